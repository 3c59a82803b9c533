import { DEFAULT_STORE_NAME, isSajjaError } from '@sajja/core';
import type { OrganisationShareOut } from '@sajja/store';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keepGroupBooks } from '../meeting/meeting-store.js';
import { downloadCsv } from '../household-ledger/csv-file.js';
import { loadOnFirstUse } from '../meeting-report/load-on-first-use.js';
import { OrganisationChanges } from '../meeting-report/organisation-changes.js';
import { printDocument } from '../meeting-report/print-document.js';
import { LocalizeController } from '../shared/localize-controller.js';
import { SajjaHeadedElement } from '../shared/headed-element.js';
import { inDigits } from '../shared/display.js';
import { connectStore } from '../shared/store-connection.js';
import { themeStyles } from '../shared/theme.styles.js';
import { memberColumns, memberTotals } from './share-out-columns.js';
import { shareOutCsv, shareOutFileName } from './share-out-csv.js';
import { shareOutHtml } from './share-out-html.js';
import { shareOutStrings } from './share-out.strings.js';
import { shareOutStyles } from './share-out.styles.js';

const loadReads = loadOnFirstUse(() => import('../shared/committee-views.js'));
type Reads = Awaited<ReturnType<typeof loadReads>>;

/** What the widget shows: waiting, the year-end, or why there is none. */
type Shown =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | {
      readonly status: 'ready';
      readonly yearEnd: OrganisationShareOut;
      readonly group?: string;
      readonly reads: Reads;
    }
  | { readonly status: 'error'; readonly error: unknown };

/**
 * `<sajja-share-out>` is a group's or fund's year-end (การจัดสรรกำไรสุทธิ), from what its store
 * holds: the year's net profit from its books, its split by the by-laws' profit buckets (the
 * core's `allocateProfit`), and what each member receives (the core's `shareOut`): the dividend
 * on shares, the members' share and the average return on the loan interest they paid, with
 * the totals. It is `organisationShareOut` of `@sajja/store`; the buckets the by-laws keep for
 * the group (reserve, welfare, committee…) show in the split only.
 *
 * The members' table becomes one card per member on a phone. "Download as CSV" saves the
 * members' amounts as a CSV file (columns in the widgets guide); "Print" prints the year-end
 * alone on A4 through a hidden frame, as `<sajja-meeting-report>` prints. A loss, by-laws
 * without `profit` buckets or buckets that do not add up to 100 % show the core's message (in
 * the widget's language), as do an unknown organisation and a bad year.
 *
 * A write through the store (a meeting row saved, a correction, another tab) shows by itself:
 * as `<sajja-meeting-report>`, the widget follows the store's live roster of the year's last
 * month and reads the year-end again after each change, the old one staying on screen meanwhile.
 *
 * @example
 * ```html
 * <sajja-share-out organisation="org-7" year="2025" store="codi-portal"></sajja-share-out>
 * ```
 *
 * @tag sajja-share-out
 * @attr organisation - the id of the group or fund in the store.
 * @attr year - the fiscal year, a calendar year of the common era (`2025`: 1 January to
 *   31 December 2025, shown as พ.ศ. 2568). No default: a year that is missing or not a whole
 *   number shows the store's error.
 * @attr store - the store (IndexedDB database) name; default `'sajja'`.
 * @csspart status - the polite live region: loading, the year-end ready, a file downloaded, no
 *   organisation chosen.
 * @csspart error - why there is no share-out (a loss, missing or wrong profit rules, an unknown
 *   organisation, a bad year, a storage failure), an alert.
 * @csspart profit - the year's net profit.
 * @csspart allocation - the table of the profit's split by the by-laws.
 * @csspart members - the table of what each member receives (cards on a phone).
 * @csspart actions - the buttons.
 * @csspart export-button - the button that downloads the CSV file.
 * @csspart print-button - the button that prints the year-end.
 * @cssprop --sajja-primary-color - the buttons and the profit.
 * @cssprop --sajja-on-primary-color - the text of the print button.
 * @cssprop --sajja-danger-color - errors.
 * @cssprop --sajja-muted-color - the status line and the cards' labels.
 * @cssprop --sajja-border-color - table rules and the cards' borders.
 * @cssprop --sajja-border-radius - corner radius.
 * @cssprop --sajja-spacing - the base gap.
 * @cssprop --sajja-font-family - the font (inherited by default).
 * @cssprop --sajja-text-color - the text colour (inherited by default).
 * @cssprop --sajja-background-color - the background (transparent by default).
 */
export class SajjaShareOut extends SajjaHeadedElement {
  /** The shadow styles. */
  static override styles = [themeStyles, shareOutStyles];

  /** The id of the group or fund in the store. */
  @property() organisation = '';

  /**
   * The fiscal year, a calendar year of the common era (`2025`: 1 January to 31 December 2025,
   * shown as พ.ศ. 2568). No default: a year that is missing or not a whole number shows the
   * store's error.
   */
  @property({ type: Number }) year?: number;

  /** The store (IndexedDB database) name; default `'sajja'`. */
  @property() store = DEFAULT_STORE_NAME;

  @state() private shown: Shown = { status: 'idle' };
  /** The file just downloaded, announced in the status line until the next read. */
  @state() private exported = '';

  private readonly localize = new LocalizeController(this, shareOutStrings);
  /** Reads again, quietly, after a write through the store to the organisation's records. */
  private readonly changes = new OrganisationChanges(() => void this.read(true));
  private readKey?: string;
  private generation = 0;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const key = this.organisation
      ? `${this.store}\u0000${this.organisation}\u0000${String(this.year)}`
      : '';
    if (key === this.readKey) return;
    this.readKey = key;
    this.changes.stop();
    if (key) void this.read();
    else this.shown = { status: 'idle' };
  }

  /**
   * Reads the year-end again, as when the widget first showed it. Resolves when it is shown.
   */
  async refresh(): Promise<void> {
    if (this.organisation) await this.read();
  }

  /**
   * Downloads the members' amounts as a CSV file (`sajja-share-out-2025.csv`, columns in the
   * widgets guide) and announces it. Does nothing while no year-end is shown.
   */
  exportCsv(): void {
    const shown = this.shown;
    if (shown.status !== 'ready') return;
    const file = shareOutFileName(shown.yearEnd);
    downloadCsv(this.renderRoot as ShadowRoot, shareOutCsv(shown.yearEnd), file);
    this.exported = file;
  }

  /**
   * Prints the year-end alone, on A4, through a hidden frame. Does nothing while no year-end is
   * shown.
   */
  async print(): Promise<void> {
    const shown = this.shown;
    if (shown.status !== 'ready') return;
    const { language: lang, digits } = this.localize;
    await printDocument(
      this.renderRoot as ShadowRoot,
      shareOutHtml(shown.yearEnd, {
        ...(shown.group === undefined ? {} : { group: shown.group }),
        lang,
        digits,
        bucketName: (code) => this.bucketName(code, shown.reads),
      }),
      this.localize.t('documentTitle', { year: shown.yearEnd.year + 543 }),
    );
  }

  /**
   * Reads the year-end. `quiet` (after a write the widget was told of) keeps the year-end on
   * screen while the new one is read, and says nothing new.
   */
  private async read(quiet = false): Promise<void> {
    // The committee's device holds the group's books; and, with the meeting's, this static
    // use of the store's module lets the bundler cut the store's chunk along one line.
    keepGroupBooks();
    const generation = ++this.generation;
    const { organisation: organisationId, year } = this;
    if (!quiet || this.shown.status !== 'ready') {
      this.shown = { status: 'loading' };
      this.exported = '';
    }
    let shown: Shown;
    try {
      const [store, reads] = await Promise.all([connectStore(this.store), loadReads()]);
      // The year's last month: its roster reads every record the year-end does.
      if (generation === this.generation && this.readKey && Number.isInteger(year)) {
        const month = `${String(year).padStart(4, '0')}-12`;
        this.changes.follow(
          this.readKey,
          store,
          reads.liveOrganisationRoster,
          organisationId,
          month,
        );
      }
      const [yearEnd, organisation] = await Promise.all([
        reads.organisationShareOut(store, { organisationId, year: year as number }),
        store.organisations.get(organisationId),
      ]);
      shown = {
        status: 'ready',
        yearEnd,
        ...(organisation ? { group: organisation.name } : {}),
        reads,
      };
    } catch (error) {
      shown = { status: 'error', error };
    }
    if (generation === this.generation) this.shown = shown;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page: read again, the records may have changed meanwhile.
    if (this.hasUpdated && this.readKey === undefined) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.changes.stop();
    this.readKey = undefined;
  }

  private bucketName(code: string, reads: Reads): string {
    return reads.PROFIT_BUCKET_LABELS[code]?.[this.localize.language] ?? code;
  }

  private money(amount: string): string {
    return this.localize.money(amount);
  }

  override render() {
    const shown = this.shown;
    const yearText =
      shown.status === 'ready' ? this.localize.t('year', { year: shown.yearEnd.year + 543 }) : '';
    const status =
      shown.status === 'idle'
        ? this.localize.t('noOrganisation')
        : shown.status === 'loading'
          ? this.localize.t('loading')
          : shown.status === 'ready'
            ? this.exported
              ? this.localize.t('exported', { file: this.exported })
              : this.localize.t('loaded', {
                  year: shown.yearEnd.year + 543,
                  count: shown.yearEnd.shareOut.length,
                })
            : '';
    const title = this.localize.t('title');
    return this.regionIfNoHeading(
      title,
      html`${this.ownHeading(
          html`${title}${yearText ? html` <span class="year">${yearText}</span>` : nothing}`,
          { className: 'title' },
        )}
        <p part="status" class="status" role="status" aria-live="polite">${status}</p>
        ${shown.status === 'error'
          ? html`<p part="error" class="error" role="alert">
              ${this.localize.message(shown.error)}
              ${isSajjaError(shown.error, 'RULES_INVALID')
                ? this.localize.t('checkRules')
                : nothing}
            </p>`
          : nothing}
        ${shown.status === 'ready' ? this.renderYearEnd(shown) : nothing}`,
    );
  }

  private renderYearEnd(shown: Extract<Shown, { status: 'ready' }>) {
    const { yearEnd, reads } = shown;
    const t = this.localize.t.bind(this.localize);
    return html`
      <p part="profit" class="profit">
        <span class="label">${t('profit')}</span>
        <span class="figure">${t('baht', { amount: this.money(yearEnd.profit) })}</span>
      </p>
      <div part="actions" class="actions">
        <button
          part="export-button"
          class="secondary"
          type="button"
          @click=${() => this.exportCsv()}
        >
          ${t('export')}
        </button>
        <button part="print-button" type="button" @click=${() => this.print()}>
          ${t('print')}
        </button>
      </div>
      <section aria-labelledby="allocation-title">
        ${this.heading(1, t('allocation'), { id: 'allocation-title', className: 'subtitle' })}
        <table part="allocation" class="allocation">
          <caption class="visually-hidden">
            ${t('allocationCaption', { amount: this.money(yearEnd.profit) })}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t('bucket')}</th>
              <th scope="col" class="amount">${t('amount')}</th>
            </tr>
          </thead>
          <tbody>
            ${Object.entries(yearEnd.allocation).map(
              ([code, amount]) =>
                html`<tr>
                  <th scope="row">${this.bucketName(code, reads)}</th>
                  <td class="amount">${this.money(amount)}</td>
                </tr>`,
            )}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">${t('profit')}</th>
              <td class="amount">${this.money(yearEnd.profit)}</td>
            </tr>
          </tfoot>
        </table>
      </section>
      <section aria-labelledby="members-title">
        ${this.heading(1, t('members'), { id: 'members-title', className: 'subtitle' })}
        ${yearEnd.shareOut.length === 0
          ? html`<p>${t('noMembers')}</p>`
          : this.renderMembers(yearEnd)}
      </section>
    `;
  }

  /**
   * The members' table. Its rows, cells and headers carry their roles, so it stays a table to
   * assistive technology when a phone's width lays its rows out as cards.
   */
  private renderMembers(yearEnd: OrganisationShareOut) {
    const columns = memberColumns(yearEnd);
    const totals = memberTotals(yearEnd.shareOut);
    const t = this.localize.t.bind(this.localize);
    const cell = (label: string, amount: string) =>
      html`<td role="cell" class="amount" data-label=${label}>${this.money(amount)}</td>`;
    return html`<table part="members" class="members" role="table">
      <caption>
        ${t('membersCaption', {
          count: yearEnd.shareOut.length,
          year: yearEnd.year + 543,
        })}
      </caption>
      <thead role="rowgroup">
        <tr role="row">
          <th role="columnheader" scope="col">${t('memberNumber')}</th>
          <th role="columnheader" scope="col">${t('member')}</th>
          ${columns.map(
            (column) =>
              html`<th role="columnheader" scope="col" class="amount">${t(column.label)}</th>`,
          )}
          <th role="columnheader" scope="col" class="amount">${t('total')}</th>
        </tr>
      </thead>
      <tbody role="rowgroup">
        ${yearEnd.shareOut.map(
          (member) =>
            html`<tr role="row" data-membership=${member.membershipId}>
              <td role="cell" class="number" data-label=${t('memberNumber')}>
                ${inDigits(member.memberNumber ?? '', this.localize.digits)}
              </td>
              <th role="rowheader" scope="row" class="name">${member.householdName}</th>
              ${columns.map((column) => cell(t(column.label), member[column.field]))}
              ${cell(t('total'), member.total)}
            </tr>`,
        )}
      </tbody>
      <tfoot role="rowgroup">
        <tr role="row" class="totals">
          <th role="rowheader" scope="row" colspan="2">${t('allMembers')}</th>
          ${columns.map((column) => cell(t(column.label), totals[column.field]))}
          ${cell(t('total'), totals.total)}
        </tr>
      </tfoot>
    </table>`;
  }
}
