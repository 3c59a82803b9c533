import { DEFAULT_STORE_NAME } from '@sajja/core';
import type { MonthlyReport } from '@sajja/core/books';
import type { AuditVerification } from '@sajja/store';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keepGroupBooks } from '../meeting/meeting-store.js';
import { connectStore } from '../shared/store-connection.js';
import { adoptStyles, withoutStyles } from '../shared/frame-styles.js';
import { LocalizeController } from '../shared/localize-controller.js';
import { SajjaHeadedElement } from '../shared/headed-element.js';
import { themeStyles } from '../shared/theme.styles.js';
import { loadOnFirstUse } from './load-on-first-use.js';
import { meetingReportStrings } from './meeting-report.strings.js';
import { meetingReportStyles } from './meeting-report.styles.js';
import { printDocument } from './print-document.js';
import { auditSentence } from './audit-sentence.js';
import { onScreen } from './report-on-screen.js';
import { OrganisationChanges } from './organisation-changes.js';

const loadReads = loadOnFirstUse(() => import('../shared/committee-views.js'));
type Reads = Awaited<ReturnType<typeof loadReads>>;

/** What the widget shows: waiting, the month's report with its audit, or why there is none. */
type Shown =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | {
      readonly status: 'ready';
      readonly report: MonthlyReport;
      readonly audit: AuditVerification | { readonly failure: unknown };
      readonly reads: Reads;
    }
  | { readonly status: 'error'; readonly error: unknown };

/**
 * `<sajja-meeting-report>` is the monthly meeting report (รายงานการเงินประจำเดือน) of a group or
 * fund, from what its store holds: members in and out, deposits and withdrawals, loans paid
 * out and repaid, fines and welfare money, the month's result, cash on hand and in the bank,
 * members' balances, each sub-fund's balances and the arrears list by member and age. It is
 * `organisationMonthlyReport` of `@sajja/store` printed by the core's `monthlyReportHtml`
 * (`@sajja/core/report-html`): the complete document is shown in a sandboxed frame, exactly as
 * it prints, with the group's name, Buddhist-Era dates, totals in Thai words and the signature
 * lines.
 *
 * Above it, whether the books verify: `verifyOrganisationAudit` of the store over the group's
 * records up to the month's end. A record edited or removed behind the store's back (in the
 * browser's developer tools, by another program) is named: which record, of which table, of
 * which month, and what was found.
 *
 * "Print the report" prints the report alone, on A4: the document goes into a hidden frame
 * and that frame is printed, so the page around the widget and its buttons stay off the paper
 * (see the widgets guide, Printing).
 *
 * A write through the store (`<sajja-meeting>` saving a row, any widget, another tab) shows by
 * itself: the widget follows the store's live roster of the month, which reads the same
 * records, and reads the report and checks the books again after each change, the old report
 * staying on screen meanwhile (not announced again). An edit behind the store's back reaches
 * no live query: "Read and check the books again" (`refresh()`) reads and checks when asked.
 *
 * @example
 * ```html
 * <sajja-meeting-report organisation="org-7" month="2025-03" store="codi-portal"></sajja-meeting-report>
 * ```
 *
 * @tag sajja-meeting-report
 * @attr organisation - the id of the group or fund in the store.
 * @attr month - the month of the report, `YYYY-MM` (no default: a month that is missing or not a
 *   month shows the store's error).
 * @attr store - the store (IndexedDB database) name; default `'sajja'`.
 * @csspart status - the polite live region: loading, the report ready, no organisation chosen.
 * @csspart error - why there is no report (unknown organisation, a bad month, a month before the
 *   group's first member, a storage failure), an alert.
 * @csspart audit - whether the books verify, or which record does not.
 * @csspart actions - the buttons.
 * @csspart print-button - the button that prints the report.
 * @csspart refresh-button - the button that reads the records and checks the books again.
 * @csspart document - the frame showing the printable report.
 * @cssprop --sajja-primary-color - the buttons and a verified audit's mark.
 * @cssprop --sajja-on-primary-color - the text of the print button.
 * @cssprop --sajja-danger-color - errors and an audit that does not verify.
 * @cssprop --sajja-muted-color - the status line.
 * @cssprop --sajja-border-color - the frame's border and the audit box.
 * @cssprop --sajja-border-radius - corner radius.
 * @cssprop --sajja-spacing - the base gap.
 * @cssprop --sajja-font-family - the widget's font (inherited by default; the report has its own).
 * @cssprop --sajja-text-color - the text colour (inherited by default).
 * @cssprop --sajja-background-color - the background (transparent by default).
 */
export class SajjaMeetingReport extends SajjaHeadedElement {
  /** The shadow styles. */
  static override styles = [themeStyles, meetingReportStyles];

  /** The id of the group or fund in the store. */
  @property() organisation = '';

  /**
   * The month of the report, `YYYY-MM` (no default: a month that is missing or not a month
   * shows the store's error).
   */
  @property() month = '';

  /** The store (IndexedDB database) name; default `'sajja'`. */
  @property() store = DEFAULT_STORE_NAME;

  @state() private shown: Shown = { status: 'idle' };

  private readonly localize = new LocalizeController(this, meetingReportStrings);
  private readKey?: string;
  private generation = 0;
  /** Reads again, quietly, after a write through the store to the organisation's records. */
  private readonly changes = new OrganisationChanges(() => void this.read(true));

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const key = this.organisation
      ? `${this.store}\u0000${this.organisation}\u0000${this.month}`
      : '';
    if (key === this.readKey) return;
    this.readKey = key;
    this.changes.stop();
    if (key) void this.read();
    else this.shown = { status: 'idle' };
  }

  /**
   * Reads the month's report and checks the books again, as when the widget first showed them
   * (and announces it): after a change made behind the store's back, which no live query sees.
   * Resolves when they are shown.
   */
  async refresh(): Promise<void> {
    if (this.organisation) await this.read();
  }

  /**
   * Prints the report alone, on A4, through a hidden frame (see the class). Does nothing while
   * no report is shown.
   */
  async print(): Promise<void> {
    const shown = this.shown;
    if (shown.status !== 'ready') return;
    await printDocument(
      this.renderRoot as ShadowRoot,
      this.documentOf(shown.report, shown.reads),
      this.frameTitle(),
    );
  }

  /**
   * Reads the report and checks the books. `quiet` (after a write the widget was told of) keeps
   * the report on screen while the new one is read, and says nothing new.
   */
  private async read(quiet = false): Promise<void> {
    // The committee's device holds the group's books; and, with the meeting's, this static
    // use of the store's module lets the bundler cut the store's chunk along one line.
    keepGroupBooks();
    const generation = ++this.generation;
    const { organisation: organisationId, month } = this;
    if (!quiet || this.shown.status !== 'ready') this.shown = { status: 'loading' };
    let shown: Shown;
    try {
      const [store, reads] = await Promise.all([connectStore(this.store), loadReads()]);
      if (generation === this.generation && this.readKey) {
        this.changes.follow(
          this.readKey,
          store,
          reads.liveOrganisationRoster,
          organisationId,
          month,
        );
      }
      const [report, organisation, audit] = await Promise.all([
        reads.organisationMonthlyReport(store, { organisationId, month }),
        store.organisations.get(organisationId),
        reads
          .verifyOrganisationAudit(store, { organisationId, to: month })
          .catch((failure: unknown) => ({ failure })),
      ]);
      const named = organisation ? { ...report, group: organisation.name } : report;
      shown = { status: 'ready', report: named, audit, reads };
    } catch (error) {
      shown = { status: 'error', error };
    }
    if (generation === this.generation) this.shown = shown;
  }

  private documentOf(report: MonthlyReport, reads: Reads): string {
    return reads.monthlyReportHtml(report, {
      lang: this.localize.language,
      digits: this.localize.digits,
    });
  }

  private frameTitle(): string {
    return this.localize.t('frameTitle', { month: this.localize.month(this.month) });
  }

  override render() {
    const shown = this.shown;
    const month = shown.status === 'ready' ? this.localize.month(this.month) : '';
    const status =
      shown.status === 'idle'
        ? this.localize.t('noOrganisation')
        : shown.status === 'loading'
          ? this.localize.t('loading')
          : shown.status === 'ready'
            ? this.localize.t('loaded', { month })
            : '';
    const title = this.localize.t('title');
    return this.regionIfNoHeading(
      title,
      html`${this.ownHeading(
          html`${title}${month ? html` <span class="month">${month}</span>` : nothing}`,
          { className: 'title' },
        )}
        <p part="status" class="status" role="status" aria-live="polite">${status}</p>
        ${shown.status === 'error'
          ? html`<p part="error" class="error" role="alert">
              ${this.localize.message(shown.error)}
            </p>`
          : nothing}
        ${shown.status === 'ready' ? this.renderReport(shown) : nothing}`,
    );
  }

  private renderReport(shown: Extract<Shown, { status: 'ready' }>) {
    const { audit } = shown;
    const failed = 'failure' in audit;
    const verified = !failed && audit.ok;
    return html`
      <section
        part="audit"
        class="audit ${verified ? 'ok' : 'broken'}"
        aria-labelledby="audit-title"
      >
        ${this.heading(1, this.localize.t('audit'), { id: 'audit-title', className: 'subtitle' })}
        <p role=${verified ? nothing : 'alert'}>
          ${failed
            ? `${this.localize.t('auditFailed')} ${this.localize.message(audit.failure)}`
            : auditSentence(this.localize, audit, this.month)}
        </p>
      </section>
      <div part="actions" class="actions">
        <button part="print-button" type="button" @click=${() => this.print()}>
          ${this.localize.t('print')}
        </button>
        <button
          part="refresh-button"
          class="secondary"
          type="button"
          @click=${() => this.refresh()}
        >
          ${this.localize.t('refresh')}
        </button>
      </div>
      <iframe
        part="document"
        class="document"
        title=${this.frameTitle()}
        tabindex="0"
        sandbox="allow-same-origin"
        .srcdoc=${this.frameMarkup(onScreen(this.documentOf(shown.report, shown.reads)))}
        @load=${this.fitFrame}
      ></iframe>
    `;
  }

  private frameObserver?: ResizeObserver;

  /** The styles of the document in the frame, given to it as constructed sheets on load. */
  private frameStyles: string[] = [];

  /** `html` without its `<style>` blocks, which {@link fitFrame} gives the frame again. */
  private frameMarkup(html: string): string {
    const { markup, styles } = withoutStyles(html);
    this.frameStyles = styles;
    return markup;
  }

  /**
   * The frame as tall as its document (the report scrolls with the page, not in a box), again
   * whenever its width changes. Measured in the next frame, not inside the observer's
   * callback: the new height may add the page's scrollbar, which narrows the frame again.
   */
  private readonly fitFrame = (event: Event): void => {
    const frame = event.currentTarget as HTMLIFrameElement;
    adoptStyles(frame, this.frameStyles);
    let pending = 0;
    const fit = () => {
      cancelAnimationFrame(pending);
      pending = requestAnimationFrame(() => {
        const height = frame.contentDocument?.documentElement?.scrollHeight;
        if (height && frame.style.height !== `${height}px`) frame.style.height = `${height}px`;
      });
    };
    fit();
    this.frameObserver?.disconnect();
    this.frameObserver = new ResizeObserver(fit);
    this.frameObserver.observe(frame);
  };

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page: read again, the records may have changed meanwhile.
    if (this.hasUpdated && this.readKey === undefined) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.frameObserver?.disconnect();
    this.frameObserver = undefined;
    this.changes.stop();
    this.readKey = undefined;
  }
}
