import { localToday } from '@sajja/core';
import { ledgerCategory } from '@sajja/core/ledger';
import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LocalizeController } from '../shared/localize-controller.js';
import { SajjaHeadedElement } from '../shared/headed-element.js';
import { themeStyles } from '../shared/theme.styles.js';
import { DEFAULT_STORE_NAME } from '@sajja/core';
import { householdLedgerStyles } from './household-ledger.styles.js';
import { householdLedgerStrings } from './household-ledger.strings.js';
import { LedgerCorrections } from './ledger-corrections.js';
import { LedgerCsvFiles } from './ledger-csv-files.js';
import { LedgerEntryForm } from './ledger-entry-form.js';
import type { SajjaLedgerChangeDetail } from './ledger-events.js';
import type { LedgerHost, LedgerSentence } from './ledger-host.js';
import { FIRST_MONTH, MONTH } from './ledger-month.js';
import { LedgerMonthView } from './ledger-month-view.js';

export type {
  SajjaLedgerAddDetail,
  SajjaLedgerChangeDetail,
  SajjaLedgerChangeEvent,
  SajjaLedgerEntryChange,
  SajjaLedgerImportDetail,
  SajjaLedgerReverseDetail,
} from './ledger-events.js';

/**
 * `<sajja-household-ledger>` is a household's income–expense account (บัญชีครัวเรือน) on a
 * partner page: a form to add income or an expense (category in the widget's language, amount
 * as people type it, Buddhist-Era date, note), the month's entries as the paper book lays them
 * out ("date | item | income | expense | balance", newest first, 50 at a time), the month's
 * summary (income, expense, net, savings, savings rate) with a bar chart of the last months,
 * corrections by reversal with a confirm step, and CSV export and import with the store's
 * line-by-line validation messages. Everything it shows is live: a write by another widget or
 * another tab updates it.
 *
 * The balance of a row is the household's balance after that entry: the net (income minus
 * expense) of every entry that counts, from the first ever to this one. It is the month's
 * opening balance (the store's summary of everything before the month) plus the month's
 * entries up to this one, so a month costs the same however long the ledger. Transfers change
 * nothing; reversed entries and their corrections count nowhere.
 *
 * Under the list, the month's payments with the household's groups and funds (deposits,
 * loan repayments, contributions, welfare benefits received, as `<sajja-deposit-form>` or the
 * committee recorded them) show with how each was paid (cash, PromptPay and the slip's
 * reference). They are the funds' records, not ledger entries, so the totals leave them out,
 * and the section says so.
 * A deposit recorded with `<sajja-deposit-form>` (unless `ledger="off"`) is household saving:
 * it is a `'savings-deposit'` entry of the list, marked "from the deposit to <group>", counted
 * in the savings and savings rate, and left out of the payments below. It is reversed by
 * reversing the deposit, so its row offers no reversal of its own.
 *
 * @example
 * ```html
 * <sajja-household-ledger household="h-042" store="codi-portal"></sajja-household-ledger>
 * ```
 *
 * @tag sajja-household-ledger
 * @attr household - the id of the household whose ledger this is.
 * @attr store - the store (IndexedDB database) name; default `'sajja'`.
 * @attr month - the month shown, `YYYY-MM` (default: this month). The month buttons change it.
 * @attr chart-months - how many months the chart shows, ending with the month shown: 1–24,
 *   default 6.
 * @attr page-size - how many entries the list shows at first and adds with each "more": 1–500,
 *   default 50.
 * @attr show-reversed - also list reversed entries and their corrections, struck through and
 *   without a balance (default: hidden, as they count nowhere). The checkbox above the list
 *   toggles it.
 * @fires {SajjaLedgerChangeEvent} sajja-ledger-change - after an entry is added or reversed or a
 *   CSV file is imported; `detail` is a {@link SajjaLedgerChangeDetail} (money as strings).
 *   Bubbles and is composed.
 * @csspart form - the form that adds an entry.
 * @csspart summary - the month's summary figures.
 * @csspart chart - the bar chart of income and expenses by month.
 * @csspart table - the table of the month's entries.
 * @csspart group-payments - the month's payments with the household's groups and funds (not
 *   ledger entries), each with how it was paid.
 * @csspart payment-method - how a group payment was paid (cash, PromptPay and its slip).
 * @csspart deposit-mark - "from the deposit to <group>" under an entry a deposit wrote.
 * @csspart files - CSV export and import.
 * @cssprop --sajja-primary-color - buttons, focus rings and the income bars.
 * @cssprop --sajja-on-primary-color - text on the buttons.
 * @cssprop --sajja-danger-color - errors and the expense bars.
 * @cssprop --sajja-muted-color - hints, notes and month names under the chart.
 * @cssprop --sajja-field-background-color - the fields' background.
 * @cssprop --sajja-border-color - field borders and table rules.
 * @cssprop --sajja-border-radius - corner radius.
 * @cssprop --sajja-spacing - the base gap.
 * @cssprop --sajja-font-family - the font (inherited by default).
 * @cssprop --sajja-text-color - the text colour (inherited by default).
 * @cssprop --sajja-background-color - the widget's background (transparent by default).
 * @cssprop --sajja-highlight-color - the background of a row waiting for confirmation.
 */
export class SajjaHouseholdLedger extends SajjaHeadedElement implements LedgerHost {
  /** The shadow styles. */
  static override styles = [themeStyles, householdLedgerStyles];

  /** The id of the household whose ledger this is. */
  @property() household = '';

  /** The store (IndexedDB database) name; default `'sajja'`. */
  @property() store = DEFAULT_STORE_NAME;

  /** The month shown, `YYYY-MM` (default: this month). The month buttons change it. */
  @property() month = '';

  /** How many months the chart shows, ending with the month shown: 1–24, default 6. */
  @property({ type: Number, attribute: 'chart-months' }) chartMonths = 6;

  /** How many entries the list shows at first and adds with each "more": 1–500, default 50. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 50;

  /**
   * Also list reversed entries and their corrections, struck through and without a balance
   * (default: hidden, as they count nowhere). The checkbox above the list toggles it.
   */
  @property({ type: Boolean, attribute: 'show-reversed', reflect: true }) showReversed = false;

  /** What the polite status line says, worded at render time. */
  @state() private announcement?: LedgerSentence;

  /** @internal The ledger's sentences, in the widget's language and digits. */
  readonly localize = new LocalizeController(this, householdLedgerStrings);

  private readonly entryForm = new LedgerEntryForm(this);
  private readonly corrections = new LedgerCorrections(this);
  private readonly monthView = new LedgerMonthView(this, this.corrections, () => {
    const span = Math.trunc(Number(this.chartMonths));
    return span >= 1 && span <= 24 ? span : 6;
  });
  private readonly csvFiles = new LedgerCsvFiles(this);

  /** @internal The month shown: `month` when it is a valid `YYYY-MM` from 1900 on, else this month. */
  get shownMonth(): string {
    return MONTH.test(this.month) && this.month >= FIRST_MONTH
      ? this.month
      : localToday().slice(0, 7);
  }

  /** Starts a new month, household or store from its first page, with nothing half-done. */
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const other = changed.has('household') || changed.has('store');
    if (other || changed.has('month') || changed.has('showReversed')) {
      this.monthView.reset();
      this.corrections.reset();
    }
    if (other) {
      this.csvFiles.reset();
      this.entryForm.reset();
    }
  }

  /** @internal Says `sentence` in the polite status line (none: clears it). */
  announce(sentence?: LedgerSentence): void {
    this.announcement = sentence;
    this.requestUpdate();
  }

  /** @internal A category's label in the widget's language (its code when unknown). */
  categoryLabel(code: string): string {
    return ledgerCategory(code)?.label[this.language] ?? code;
  }

  /** @internal Fires `sajja-ledger-change`. */
  fire(detail: SajjaLedgerChangeDetail): void {
    this.dispatchEvent(
      new CustomEvent<SajjaLedgerChangeDetail>('sajja-ledger-change', {
        detail,
        bubbles: true,
        composed: true,
      }),
    );
  }

  /** @internal Focuses what `selector` finds in the shadow root after the next render. */
  focusLater(selector: string): void {
    void this.updateComplete.then(() =>
      (this.renderRoot.querySelector(selector) as HTMLElement | null)?.focus(),
    );
  }

  override render() {
    return this.regionIfNoHeading(
      this.localize.t('title'),
      html`
        ${this.ownHeading(this.localize.t('title'))} ${this.entryForm.render()}
        <div class="status" role="status" aria-live="polite">${this.announcement?.() ?? ''}</div>
        ${this.monthView.render()} ${this.csvFiles.render()}
      `,
    );
  }
}
