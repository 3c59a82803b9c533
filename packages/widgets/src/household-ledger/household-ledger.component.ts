import {
  addDays,
  addMonths,
  daysInMonth,
  errorMessage,
  isSajjaError,
  localToday,
  money,
  parseMoney,
  problemMessage,
  SajjaError,
  type Money,
  type SajjaProblem,
} from '@sajja/core';
import {
  LEDGER_CATEGORIES,
  ledgerCategory,
  ledgerEntryProblems,
  runningBalances,
  type LedgerEntryKind,
  type LedgerPeriodSummary,
  type LedgerSummary,
} from '@sajja/core/ledger';
import type {
  FundTransactionRecord,
  ImportProblem,
  ImportReport,
  LedgerRecord,
  OrganisationRecord,
  LiveQuery,
  SajjaStore,
} from '@sajja/store';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { repeat } from 'lit/directives/repeat.js';
import { parseDateInput, formatDateInput } from '../shared/date-input.js';
import { displayDate, displayMoney, displayMonth, displayNumber } from '../shared/display.js';
import { LiveController } from '../shared/live-controller.js';
import { SajjaElement } from '../shared/sajja-element.js';
import { connectStore } from '../shared/store-connection.js';
import { themeStyles } from '../shared/theme.styles.js';
import { translate } from '../shared/translations.js';
import { combineLive, constantLive } from './combine-live.js';
import { downloadCsv, readCsvFile } from './csv-file.js';
import { householdLedgerStyles } from './household-ledger.styles.js';
import { householdLedgerStrings } from './household-ledger.strings.js';
import { renderLedgerChart } from './ledger-chart.js';
import { renderGroupPayments } from './group-payments.js';
import { isDepositEntry, renderDepositMark } from './deposit-entry.js';

/** What an entry added, or reversed, through `<sajja-household-ledger>` was; money as a string. */
export interface SajjaLedgerEntryChange {
  /** The household whose ledger changed. */
  readonly householdId: string;
  /** The id of the entry added, or of the entry reversed. */
  readonly entryId: string;
  /** The day of the entry (for a reversal: the day of the correction), ISO `YYYY-MM-DD`. */
  readonly date: string;
  /** `'income'` or `'expense'` (`'transfer'` only for a reversed imported transfer). */
  readonly kind: LedgerEntryKind;
  /** The category code (`'food'`), never a translated label. */
  readonly category: string;
  /** The amount, a two-decimal string (`'120.50'`). */
  readonly amount: string;
}

/** The `detail` of `sajja-ledger-change` after an entry was added. */
export interface SajjaLedgerAddDetail extends SajjaLedgerEntryChange {
  /** What happened. */
  readonly action: 'add';
  /** The household's note, as stored (trimmed); absent when none was written. */
  readonly note?: string;
}

/** The `detail` of `sajja-ledger-change` after an entry was reversed (corrected). */
export interface SajjaLedgerReverseDetail extends SajjaLedgerEntryChange {
  /** What happened. */
  readonly action: 'reverse';
  /** The id of the correction the store appended (its `reverses` is `entryId`). */
  readonly reversalId: string;
}

/** The `detail` of `sajja-ledger-change` after a CSV file was imported. */
export interface SajjaLedgerImportDetail {
  /** What happened. */
  readonly action: 'import';
  /** The household whose ledger changed. */
  readonly householdId: string;
  /** Entries written. */
  readonly imported: number;
  /** Rows already in the ledger exactly as in the file, left as they were. */
  readonly unchanged: number;
  /** Rows left out because of a problem (only when the good rows alone were imported). */
  readonly skipped: number;
}

/** The `detail` of a `sajja-ledger-change` event; `action` tells which. */
export type SajjaLedgerChangeDetail =
  | SajjaLedgerAddDetail
  | SajjaLedgerReverseDetail
  | SajjaLedgerImportDetail;

/** The event `<sajja-household-ledger>` fires after each write it makes to the ledger. */
export type SajjaLedgerChangeEvent = CustomEvent<SajjaLedgerChangeDetail>;

/** What the widget reads live for the month it shows. */
interface MonthView {
  /** The month's entries that count (store order: by date, then id). */
  readonly entries: LedgerRecord[];
  /** With `show-reversed`: the month's entries, reversed ones and corrections included. */
  readonly withReversed: LedgerRecord[] | undefined;
  /** The chart's months, ending with the month shown. */
  readonly chart: LedgerSummary;
  /**
   * From 1900 to the day before the month shown, in spans the summarizer takes (see
   * {@link summarySpans}); none for January 1900.
   */
  readonly before: Readonly<Record<string, LedgerSummary>>;
  /** The entries that count dated before 1900 (typos, almost always none). */
  readonly early: LedgerRecord[];
  /** The month's fund transactions with the household's groups, corrected pairs left out. */
  readonly payments: FundTransactionRecord[];
  /** The organisations, for the payments' group names. */
  readonly organisations: OrganisationRecord[];
}

/** One line of the list: the entry, whether it counts, and the balance after it if it does. */
interface LedgerRow {
  readonly entry: LedgerRecord;
  readonly status: 'counts' | 'reversed' | 'correction';
  readonly balance?: Money;
}

interface MonthRows {
  readonly rows: readonly LedgerRow[];
  readonly opening: Money;
  readonly closing: Money;
}

/** A CSV import refused because of problems, kept so the good rows can be imported after all. */
interface RefusedImport {
  readonly fileName: string;
  readonly text: string;
  readonly problems: readonly ImportProblem[];
  /** A problem with the whole file (its header or quoting): no row can be read. */
  readonly unreadable: boolean;
}

type Field = 'category' | 'amount' | 'date' | 'note';
type StringKey = keyof typeof householdLedgerStrings.th;

const FIELDS: readonly Field[] = ['category', 'amount', 'date', 'note'];
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
/** The first month the widget pages to (BE 2443); dates before it are almost surely typos. */
const FIRST_MONTH = '1900-01';
/**
 * Where the summary behind the balance brought forward starts. A summary by year costs about
 * as much per year as per month of entries, so one from year 1 (the first ISO date) takes tens
 * of milliseconds for its 2,000 empty years; entries before 1900 are read as a list instead,
 * which is an empty index range in every real ledger.
 */
const SUMMARY_FROM = `${FIRST_MONTH}-01`;
/** The most years one summary by year may cover (the core's summarizer takes 1,200 periods). */
const SUMMARY_SPAN_YEARS = 1200;

/**
 * The ranges from 1900 to the day before `first` (ISO), each at most
 * {@link SUMMARY_SPAN_YEARS} years, whole years but the last: one for every month before the
 * year 3100, a few for the calendar's last months (December 9999 needs seven).
 */
function summarySpans(first: string): [string, string][] {
  const to = addDays(first, -1);
  const lastYear = Number(to.slice(0, 4));
  const spans: [string, string][] = [];
  // Years as numbers: as text, '10299' would sort before '9999'.
  for (let year = Number(SUMMARY_FROM.slice(0, 4)); year <= lastYear; year += SUMMARY_SPAN_YEARS) {
    const endYear = year + SUMMARY_SPAN_YEARS - 1;
    spans.push([`${year}-01-01`, endYear < lastYear ? `${endYear}-12-31` : to]);
  }
  return spans;
}
/** Problems that make a whole CSV file unreadable, so no "good rows" exist to import. */
const FILE_PROBLEMS = new Set([
  'csv-bad-header',
  'csv-unclosed-quote',
  'csv-text-after-quote',
  'not-a-string',
]);
/** How many problems of a refused import are listed (a broken file can have thousands). */
const PROBLEMS_SHOWN = 20;

/** Entries in the order they were written in the book: by date, then as they were recorded. */
function bookOrder(a: LedgerRecord, b: LedgerRecord): number {
  const by = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return by(a.date, b.date) || by(a.recordedAt, b.recordedAt) || by(a.id, b.id);
}

/** The month `step` months from `month`, or the error when that is past the calendar's end. */
function monthAfter(month: string, step: number): string | SajjaError {
  try {
    return addMonths(`${month}-01`, step).slice(0, 7);
  } catch (error) {
    if (!isSajjaError(error)) throw error;
    return error;
  }
}

function lastDayOf(month: string): string {
  const days = daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)));
  return `${month}-${String(days).padStart(2, '0')}`;
}

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
 * loan repayments, contributions as `<sajja-deposit-form>` or the committee recorded them) show
 * with how each was paid (cash, PromptPay and the slip's reference). They are the funds'
 * records, not ledger entries, so the totals leave them out, and the section says so.
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
 * @fires sajja-ledger-change - after an entry is added or reversed or a CSV file is imported;
 *   `detail` is a {@link SajjaLedgerChangeDetail} (money as strings). Bubbles and is composed.
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
 * @cssprop --sajja-danger-color - errors and the expense bars.
 * @cssprop --sajja-muted-color - hints, notes and month names under the chart.
 * @cssprop --sajja-border-color - field borders and table rules.
 * @cssprop --sajja-border-radius - corner radius.
 * @cssprop --sajja-spacing - the base gap.
 * @cssprop --sajja-font-family - the font (inherited by default).
 * @cssprop --sajja-highlight-color - the background of a row waiting for confirmation.
 */
export class SajjaHouseholdLedger extends SajjaElement {
  /** The shadow styles. */
  static override styles = [themeStyles, householdLedgerStyles];

  /** The id of the household whose ledger this is. */
  @property() household = '';

  /** The store (IndexedDB database) name; default `'sajja'`. */
  @property() store = 'sajja';

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

  @state() private kind: 'income' | 'expense' = 'expense';
  @state() private errors: Partial<Record<Field, string>> = {};
  @state() private formError = '';
  @state() private saving = false;
  @state() private announcement = '';
  @state() private confirming?: string;
  @state() private reversing = false;
  @state() private listError = '';
  @state() private rowsShown = 0;
  @state() private fileBusy = false;
  @state() private fileError = '';
  @state() private refused?: RefusedImport;

  private readonly view = new LiveController<MonthView>(
    this,
    () =>
      this.household
        ? [this.household, this.shownMonth, this.showReversed, this.chartSpan].join('\u0000')
        : undefined,
    () => this.store,
    (store) => this.monthQuery(store),
  );

  private rowsCache?: { readonly view: MonthView; readonly rows: MonthRows };

  /** The month shown: `month` when it is a valid `YYYY-MM` from 1900 on, else this month. */
  private get shownMonth(): string {
    return MONTH.test(this.month) && this.month >= FIRST_MONTH
      ? this.month
      : localToday().slice(0, 7);
  }

  private get chartSpan(): number {
    const span = Math.trunc(Number(this.chartMonths));
    return span >= 1 && span <= 24 ? span : 6;
  }

  private get pageLength(): number {
    const length = Math.trunc(Number(this.pageSize));
    return length >= 1 && length <= 500 ? length : 50;
  }

  private monthQuery(store: SajjaStore): LiveQuery<MonthView> {
    const householdId = this.household;
    const first = `${this.shownMonth}-01`;
    const last = lastDayOf(this.shownMonth);
    const ledger = store.ledger;
    const withReversed: LiveQuery<LedgerRecord[] | undefined> = this.showReversed
      ? ledger.liveList({ householdId, from: first, to: last, includeReversed: true })
      : constantLive(undefined);
    return combineLive({
      entries: ledger.liveList({ householdId, from: first, to: last }),
      withReversed,
      chart: ledger.liveSummary({
        householdId,
        from: addMonths(first, 1 - this.chartSpan),
        to: last,
        by: 'month',
      }),
      // Whole months only, which the store answers from its monthly sums, by year: a
      // hundred-odd periods, however long the ledger.
      // January 1900 has nothing before it (and a combination of no queries never answers).
      before:
        first > SUMMARY_FROM
          ? combineLive(
              Object.fromEntries(
                summarySpans(first).map(([from, to], index) => [
                  index,
                  ledger.liveSummary({ householdId, from, to, by: 'year' }),
                ]),
              ),
            )
          : constantLive({}),
      early: ledger.liveList({ householdId, to: addDays(SUMMARY_FROM, -1) }),
      payments: store.fundTransactions.liveList({ householdId, from: first, to: last }),
      organisations: store.organisations.live(),
    });
  }

  /** Starts a new month, household or store from its first page, with nothing half-done. */
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (
      changed.has('month') ||
      changed.has('household') ||
      changed.has('store') ||
      changed.has('showReversed')
    ) {
      this.rowsShown = 0;
      this.confirming = undefined;
      this.listError = '';
    }
    if (changed.has('household') || changed.has('store')) {
      this.refused = undefined;
      this.fileError = '';
      this.formError = '';
    }
  }

  private t(key: StringKey, values: Readonly<Record<string, string | number>> = {}): string {
    return translate(householdLedgerStrings, this.language, key, values);
  }

  private messageFor(error: unknown): string {
    if (!isSajjaError(error)) return this.t('unexpected');
    if (error.reason === 'unknown-record' && error.details.table === 'households') {
      return this.t('unknownHousehold');
    }
    return errorMessage(error, this.language);
  }

  private categoryLabel(code: string): string {
    return ledgerCategory(code)?.label[this.language] ?? code;
  }

  private fire(detail: SajjaLedgerChangeDetail): void {
    this.dispatchEvent(
      new CustomEvent<SajjaLedgerChangeDetail>('sajja-ledger-change', {
        detail,
        bubbles: true,
        composed: true,
      }),
    );
  }

  private focusLater(selector: string): void {
    void this.updateComplete.then(() =>
      (this.renderRoot.querySelector(selector) as HTMLElement | null)?.focus(),
    );
  }

  // ---- adding an entry -------------------------------------------------------------------

  private onKindChange(event: Event): void {
    this.kind = (event.target as HTMLInputElement).value === 'income' ? 'income' : 'expense';
    const { category: _dropped, ...others } = this.errors;
    this.errors = others;
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.saving) return;
    const language = this.language;
    const form = event.currentTarget as HTMLFormElement;
    const input = (name: Field) => form.elements.namedItem(name) as HTMLInputElement;
    const errors: Partial<Record<Field, string>> = {};
    const kind = this.kind;
    const category = input('category').value;
    if (category === '') errors.category = this.t('categoryRequired');
    let amount: Money | undefined;
    try {
      amount = parseMoney(input('amount').value);
      if (!amount.isPositive()) {
        const notPositive = new SajjaError(
          'INVALID_AMOUNT',
          'not-positive',
          'A ledger amount must be more than 0.',
        );
        errors.amount = errorMessage(notPositive, language);
      }
    } catch (error) {
      if (!isSajjaError(error)) throw error;
      errors.amount = errorMessage(error, language);
    }
    let date: string | undefined;
    try {
      date = parseDateInput(input('date').value);
    } catch (error) {
      if (!isSajjaError(error)) throw error;
      errors.date = errorMessage(error, language);
    }
    const note = input('note').value.trim();
    const entry = {
      date: date ?? '',
      kind,
      category,
      amount: amount?.toString() ?? '',
      ...(note === '' ? {} : { note }),
    };
    // What the fields cannot tell alone (a note too long, a category of the other kind) is
    // checked as the store will check it, so the message sits beside its field.
    if (amount && date && category)
      this.addProblems(errors, ledgerEntryProblems({ id: 'new', ...entry }));
    this.formError = '';
    if (!this.household) this.formError = this.t('noHousehold');
    if (this.showErrors(errors) || this.formError) return;

    this.saving = true;
    try {
      const store = await connectStore(this.store);
      const record = await store.ledger.add(this.household, entry);
      this.errors = {};
      input('amount').value = '';
      input('note').value = '';
      this.announcement = this.t(kind === 'income' ? 'savedIncome' : 'savedExpense', {
        amount: displayMoney(record.amount, this.digitStyle),
        category: this.categoryLabel(record.category),
      });
      if (record.date.slice(0, 7) !== this.shownMonth) this.month = record.date.slice(0, 7);
      this.fire({
        action: 'add',
        householdId: record.householdId,
        entryId: record.id,
        date: record.date,
        kind: record.kind,
        category: record.category,
        amount: record.amount,
        ...(record.note === undefined ? {} : { note: record.note }),
      });
      this.focusLater('#amount');
    } catch (error) {
      const fieldErrors: Partial<Record<Field, string>> = {};
      if (isSajjaError(error)) this.addProblems(fieldErrors, error.problems);
      if (!this.showErrors(fieldErrors)) this.formError = this.messageFor(error);
    } finally {
      this.saving = false;
    }
  }

  /** Adds a message for each problem whose field is on the form and has none yet. */
  private addProblems(
    errors: Partial<Record<Field, string>>,
    problems: readonly SajjaProblem[],
  ): void {
    for (const problem of problems) {
      const field = problem.path as Field;
      if (FIELDS.includes(field) && !errors[field]) {
        errors[field] = problemMessage(problem, this.language);
      }
    }
  }

  /** Shows `errors` beside their fields and focuses the first; false when there are none. */
  private showErrors(errors: Partial<Record<Field, string>>): boolean {
    this.errors = errors;
    const first = FIELDS.find((field) => errors[field]);
    if (!first) return false;
    this.announcement = this.t('fixErrors');
    this.focusLater(`#${first}`);
    return true;
  }

  // ---- the month -------------------------------------------------------------------------

  private goToMonth(step: number): void {
    const month = monthAfter(this.shownMonth, step);
    if (typeof month === 'string') this.month = month;
    else this.listError = this.messageFor(month);
    this.announcement = '';
  }

  private rowsOf(view: MonthView): MonthRows {
    if (this.rowsCache?.view === view) return this.rowsCache.rows;
    const counting = [...view.entries].sort(bookOrder);
    const early = runningBalances(view.early);
    const opening = Object.values(view.before)
      .reduce((sum, span) => sum.plus(span.total.net), money('0'))
      .plus(early[early.length - 1]?.balance ?? '0');
    const lines = runningBalances(counting, opening);
    const rows: LedgerRow[] = lines.map((line) => ({
      entry: line.entry,
      status: 'counts',
      balance: line.balance,
    }));
    if (view.withReversed) {
      const counted = new Set(counting.map((entry) => entry.id));
      for (const entry of view.withReversed) {
        if (counted.has(entry.id)) continue;
        rows.push({ entry, status: entry.reverses === undefined ? 'reversed' : 'correction' });
      }
      rows.sort((a, b) => bookOrder(a.entry, b.entry));
    }
    rows.reverse();
    const result = { rows, opening, closing: lines[lines.length - 1]?.balance ?? opening };
    this.rowsCache = { view, rows: result };
    return result;
  }

  // ---- corrections -----------------------------------------------------------------------

  private askToReverse(entry: LedgerRecord): void {
    this.confirming = entry.id;
    this.listError = '';
    this.focusLater('#confirm-reverse');
  }

  private cancelReverse(): void {
    const id = this.confirming;
    this.confirming = undefined;
    void this.updateComplete.then(() => {
      const buttons = this.renderRoot.querySelectorAll<HTMLButtonElement>('button[data-reverse]');
      [...buttons].find((button) => button.dataset.reverse === id)?.focus();
    });
  }

  private async reverseEntry(entry: LedgerRecord): Promise<void> {
    if (this.reversing) return;
    this.reversing = true;
    this.listError = '';
    try {
      const store = await connectStore(this.store);
      const reversal = await store.ledger.reverse(entry.id);
      this.confirming = undefined;
      this.announcement = this.t('reversed', {
        category: this.categoryLabel(entry.category),
        amount: displayMoney(entry.amount, this.digitStyle),
      });
      this.fire({
        action: 'reverse',
        householdId: entry.householdId,
        entryId: entry.id,
        reversalId: reversal.id,
        date: reversal.date,
        kind: entry.kind,
        category: entry.category,
        amount: entry.amount,
      });
      this.focusLater('#month-heading');
    } catch (error) {
      this.listError = this.messageFor(error);
    } finally {
      this.reversing = false;
    }
  }

  // ---- CSV -------------------------------------------------------------------------------

  private async exportCsv(): Promise<void> {
    if (!this.household) {
      this.fileError = this.t('noHousehold');
      return;
    }
    this.fileBusy = true;
    this.fileError = '';
    try {
      const store = await connectStore(this.store);
      const text = await store.exportLedgerCsv(this.household);
      const fileName = `sajja-ledger-${localToday()}.csv`;
      downloadCsv(this.renderRoot as ShadowRoot, text, fileName);
      this.announcement = this.t('exported', { file: fileName });
    } catch (error) {
      this.fileError = this.messageFor(error);
    } finally {
      this.fileBusy = false;
    }
  }

  private async onFileChosen(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    this.fileError = '';
    this.refused = undefined;
    let text: string;
    try {
      text = await readCsvFile(file);
    } catch {
      this.fileError = this.t('notRead');
      return;
    } finally {
      // So choosing the same file again, once corrected, is a change too.
      input.value = '';
    }
    await this.importCsv(file.name, text, false);
  }

  private async importCsv(fileName: string, text: string, skipInvalid: boolean): Promise<void> {
    if (!this.household) {
      this.fileError = this.t('noHousehold');
      return;
    }
    this.fileBusy = true;
    this.fileError = '';
    try {
      const store = await connectStore(this.store);
      const report = await store.importLedgerCsv(this.household, text, { skipInvalid });
      if (report.problems.length > 0 && !skipInvalid) {
        this.refused = {
          fileName,
          text,
          problems: report.problems,
          unreadable: report.problems.some((problem) => FILE_PROBLEMS.has(problem.reason)),
        };
        this.announcement = '';
        this.focusLater('#problems-heading');
        return;
      }
      this.refused = undefined;
      this.announcement = this.importedMessage(report);
      this.fire({
        action: 'import',
        householdId: this.household,
        imported: report.imported,
        unchanged: report.unchanged,
        skipped: report.skipped,
      });
    } catch (error) {
      this.fileError = this.messageFor(error);
    } finally {
      this.fileBusy = false;
    }
  }

  private importedMessage(report: ImportReport): string {
    const digits = this.digitStyle;
    const parts = [this.t('imported', { count: displayNumber(report.imported, digits) })];
    if (report.unchanged > 0) {
      parts.push(this.t('importedUnchanged', { count: displayNumber(report.unchanged, digits) }));
    }
    if (report.skipped > 0) {
      parts.push(this.t('importedSkipped', { count: displayNumber(report.skipped, digits) }));
    }
    return parts.join(' ');
  }

  private problemText(problem: ImportProblem): string {
    const values = {
      line: displayNumber(problem.line ?? 1, this.digitStyle),
      message: problemMessage(problem, this.language),
      column: problem.path,
    };
    return this.t(problem.path ? 'problemLineColumn' : 'problemLine', values);
  }

  // ---- rendering -------------------------------------------------------------------------

  override render() {
    return html`
      <h2>${this.t('title')}</h2>
      ${this.renderForm()}
      <div class="status" role="status" aria-live="polite">${this.announcement}</div>
      ${this.renderMonth()} ${this.renderFiles()}
    `;
  }

  private renderForm() {
    const language = this.language;
    const categories = LEDGER_CATEGORIES.filter((category) => category.kind === this.kind);
    const describedBy = (name: Field, hint: boolean) =>
      hint ? `${name}-hint ${name}-error` : `${name}-error`;
    const invalid = (name: Field) => (this.errors[name] ? 'true' : 'false');
    const error = (name: Field) =>
      html`<span class="error" id="${name}-error">${this.errors[name] ?? ''}</span>`;
    const text = (name: 'amount' | 'date' | 'note', label: string, hint: string, initial = '') =>
      html`<div class="field">
        <label for=${name}>${label}</label>
        <input
          id=${name}
          name=${name}
          .value=${initial}
          inputmode=${name === 'amount' ? 'decimal' : name === 'date' ? 'numeric' : 'text'}
          autocomplete="off"
          aria-invalid=${invalid(name)}
          aria-describedby=${describedBy(name, true)}
        />
        <span class="hint" id="${name}-hint">${hint}</span>
        ${error(name)}
      </div>`;
    return html`<form part="form" novalidate @submit=${this.onSubmit}>
      <fieldset>
        <legend>${this.t('addLegend')}</legend>
        <fieldset>
          <legend>${this.t('kind')}</legend>
          <div class="segmented">
            ${(['income', 'expense'] as const).map(
              (kind) =>
                html`<label>
                  <input
                    type="radio"
                    name="kind"
                    value=${kind}
                    .checked=${this.kind === kind}
                    @change=${this.onKindChange}
                  /><span>${this.t(kind)}</span>
                </label>`,
            )}
          </div>
        </fieldset>
        <div class="fields">
          <div class="field">
            <label for="category">${this.t('category')}</label>
            ${keyed(
              this.kind,
              html`<select
                id="category"
                name="category"
                aria-invalid=${invalid('category')}
                aria-describedby=${describedBy('category', false)}
              >
                <option value="">${this.t('chooseCategory')}</option>
                ${categories.map(
                  (category) =>
                    html`<option value=${category.code}>${category.label[language]}</option>`,
                )}
              </select>`,
            )}
            ${error('category')}
          </div>
          ${text('amount', this.t('amount'), this.t('amountHint'))}
          ${text(
            'date',
            this.t('date'),
            this.t('dateHint'),
            formatDateInput(localToday(), this.digitStyle),
          )}
          ${text('note', this.t('note'), this.t('noteHint'))}
        </div>
        <button type="submit" ?disabled=${this.saving}>
          ${this.saving ? this.t('saving') : this.t('save')}
        </button>
        <p class="error" role="alert">${this.formError}</p>
      </fieldset>
    </form>`;
  }

  private renderMonth() {
    const language = this.language;
    const digits = this.digitStyle;
    const month = this.shownMonth;
    const previous = addMonths(`${month}-01`, -1).slice(0, 7);
    const next = monthAfter(month, 1);
    const short = (of: string | SajjaError) =>
      typeof of === 'string' ? displayDate(`${of}-01`, language, digits).split(' ')[1] : '';
    return html`<section class="month" aria-labelledby="month-heading">
      <div class="month-nav">
        <button
          class="secondary"
          type="button"
          ?disabled=${previous < FIRST_MONTH}
          @click=${() => this.goToMonth(-1)}
        >
          <span aria-hidden="true">‹</span> ${short(previous)}<span class="visually-hidden">
            (${this.t('previousMonth')})</span
          >
        </button>
        <h3 id="month-heading" tabindex="-1" aria-live="polite">
          ${displayMonth(month, language, digits)}
        </h3>
        <button
          class="secondary"
          type="button"
          ?disabled=${typeof next !== 'string'}
          @click=${() => this.goToMonth(1)}
        >
          ${short(next)}<span class="visually-hidden"> (${this.t('nextMonth')})</span>
          <span aria-hidden="true">›</span>
        </button>
      </div>
      <p class="error" role="alert">${this.listError}</p>
      ${this.renderMonthBody()}
    </section>`;
  }

  private renderMonthBody() {
    if (!this.household) return html`<p class="error">${this.t('noHousehold')}</p>`;
    const state = this.view.state;
    if (state.status === 'loading') return html`<p class="hint">${this.t('loading')}</p>`;
    if (state.status === 'error') {
      return html`<p class="error" role="alert">${this.messageFor(state.error)}</p>`;
    }
    const view = state.value;
    const monthRows = this.rowsOf(view);
    const summary = view.chart.periods[view.chart.periods.length - 1];
    return html`
      ${summary ? this.renderSummary(summary, monthRows) : nothing}
      ${renderLedgerChart(view.chart.periods, this.language, this.digitStyle)}
      ${this.renderList(monthRows.rows)}
      ${renderGroupPayments(view.payments, view.organisations, this.language, this.digitStyle)}
    `;
  }

  private renderSummary(summary: LedgerPeriodSummary, rows: MonthRows) {
    const digits = this.digitStyle;
    const money = (amount: Money) => `${displayMoney(amount, digits)} ${this.t('baht')}`;
    const item = (label: string, value: string, name: string) =>
      html`<div class=${name}>
        <dt>${label}</dt>
        <dd class="amount">${value}</dd>
      </div>`;
    const rate =
      summary.savingsRate === null
        ? this.t('noIncome')
        : this.t('percent', { value: displayMoney(summary.savingsRate, digits) });
    return html`<h4 class="visually-hidden">
        ${this.t('monthSummary', {
          month: displayMonth(this.shownMonth, this.language, digits),
        })}
      </h4>
      <dl part="summary" class="summary">
        ${item(this.t('opening'), money(rows.opening), 'opening')}
        ${item(this.t('income'), money(summary.income), 'income')}
        ${item(this.t('expense'), money(summary.expense), 'expense')}
        ${item(this.t('net'), money(summary.net), 'net')}
        ${item(this.t('savings'), money(summary.savings), 'savings')}
        ${item(this.t('savingsRate'), rate, 'savings-rate')}
        ${item(this.t('closing'), money(rows.closing), 'closing')}
      </dl>`;
  }

  private renderList(rows: readonly LedgerRow[]) {
    const digits = this.digitStyle;
    const shown = Math.min(rows.length, this.rowsShown || this.pageLength);
    const visible = rows.slice(0, shown);
    const remaining = rows.length - shown;
    const caption = this.t('listCaption', {
      month: displayMonth(this.shownMonth, this.language, digits),
    });
    return html`<div class="toolbar">
        <label class="check">
          <input
            type="checkbox"
            .checked=${this.showReversed}
            @change=${(event: Event) => {
              this.showReversed = (event.target as HTMLInputElement).checked;
            }}
          />
          ${this.t('showReversed')}
        </label>
        ${rows.length > 0
          ? html`<span class="hint"
              >${this.t('showing', {
                shown: displayNumber(shown, digits),
                total: displayNumber(rows.length, digits),
              })}</span
            >`
          : nothing}
      </div>
      ${rows.length === 0
        ? html`<p class="empty">${this.t('empty')}</p>`
        : html`<div class="table-scroll" role="region" tabindex="0" aria-labelledby="list-caption">
            <table part="table">
              <caption id="list-caption">
                ${caption}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${this.t('colDate')}</th>
                  <th scope="col">${this.t('colItem')}</th>
                  <th scope="col" class="amount">${this.t('colIncome')}</th>
                  <th scope="col" class="amount">${this.t('colExpense')}</th>
                  <th scope="col" class="amount">${this.t('colBalance')}</th>
                  <th scope="col">${this.t('colAction')}</th>
                </tr>
              </thead>
              <tbody>
                ${repeat(
                  visible,
                  (row) => row.entry.id,
                  (row) => this.renderRow(row),
                )}
              </tbody>
            </table>
          </div>`}
      ${remaining > 0
        ? html`<button
            class="secondary more"
            type="button"
            @click=${() => {
              this.rowsShown = shown + this.pageLength;
              // The button goes when nothing is left to show: keep focus in the list.
              if (this.rowsShown >= rows.length) this.focusLater('.table-scroll');
            }}
          >
            ${this.t('more', {
              count: displayNumber(Math.min(remaining, this.pageLength), digits),
            })}
          </button>`
        : nothing}`;
  }

  private renderRow(row: LedgerRow) {
    const { entry, status } = row;
    const language = this.language;
    const digits = this.digitStyle;
    const amount = displayMoney(entry.amount, digits);
    const date = displayDate(entry.date, language, digits);
    const category = this.categoryLabel(entry.category);
    const struck = status === 'counts' ? '' : 'struck';
    const mark =
      status === 'reversed'
        ? this.t('reversedMark')
        : status === 'correction'
          ? this.t('correctionMark')
          : '';
    const confirming = this.confirming === entry.id;
    const state = this.view.state;
    const groups = state.status === 'ready' ? state.value.organisations : [];
    return html`<tr class=${status} data-id=${entry.id}>
        <td class="date ${struck}">${date}</td>
        <td class="item">
          <span class=${struck}>${category}</span>
          ${entry.note ? html`<span class="note">${entry.note}</span>` : nothing}
          ${entry.kind === 'transfer'
            ? html`<span class="note">${this.t('transferMark', { amount })}</span>`
            : nothing}
          ${renderDepositMark(entry, groups, language)}
          ${mark ? html`<span class="mark">(${mark})</span>` : nothing}
        </td>
        <td class="amount income ${struck}">${entry.kind === 'income' ? amount : ''}</td>
        <td class="amount expense ${struck}">${entry.kind === 'expense' ? amount : ''}</td>
        <td class="amount balance">${row.balance ? displayMoney(row.balance, digits) : ''}</td>
        <td class="action">
          ${status === 'counts' && !isDepositEntry(entry)
            ? html`<button
                class="secondary"
                type="button"
                data-reverse=${entry.id}
                aria-label=${this.t('reverseLabel', { category, amount, date })}
                aria-expanded=${confirming ? 'true' : 'false'}
                @click=${() => this.askToReverse(entry)}
              >
                ${this.t('reverse')}
              </button>`
            : nothing}
        </td>
      </tr>
      ${confirming
        ? html`<tr class="confirm">
            <td colspan="6">
              <div
                role="group"
                aria-labelledby="confirm-text"
                @keydown=${(event: KeyboardEvent) => {
                  if (event.key === 'Escape') this.cancelReverse();
                }}
              >
                <p id="confirm-text">${this.t('confirmReverse', { category, amount, date })}</p>
                <div class="confirm-actions">
                  <button
                    id="confirm-reverse"
                    type="button"
                    ?disabled=${this.reversing}
                    @click=${() => this.reverseEntry(entry)}
                  >
                    ${this.t('confirm')}
                  </button>
                  <button class="secondary" type="button" @click=${this.cancelReverse}>
                    ${this.t('cancel')}
                  </button>
                </div>
              </div>
            </td>
          </tr>`
        : nothing}`;
  }

  private renderFiles() {
    const refused = this.refused;
    return html`<section part="files" class="files" aria-labelledby="files-heading">
      <h3 id="files-heading">${this.t('files')}</h3>
      <div>
        <button class="secondary" type="button" ?disabled=${this.fileBusy} @click=${this.exportCsv}>
          ${this.t('export')}
        </button>
      </div>
      <div class="field">
        <label for="import-file">${this.t('import')}</label>
        <input
          id="import-file"
          type="file"
          accept=".csv,text/csv"
          ?disabled=${this.fileBusy}
          aria-describedby="import-hint import-error"
          @change=${this.onFileChosen}
        />
        <span class="hint" id="import-hint"
          >${this.fileBusy ? this.t('working') : this.t('importHint')}</span
        >
        <span class="error" id="import-error" role="alert">${this.fileError}</span>
      </div>
      ${refused ? this.renderRefused(refused) : nothing}
    </section>`;
  }

  private renderRefused(refused: RefusedImport) {
    const digits = this.digitStyle;
    const listed = refused.problems.slice(0, PROBLEMS_SHOWN);
    const more = refused.problems.length - listed.length;
    return html`<div class="problems" role="alert">
      <h3 id="problems-heading" tabindex="-1">
        ${this.t('importRefused', {
          file: refused.fileName,
          count: displayNumber(refused.problems.length, digits),
        })}
      </h3>
      <ul>
        ${listed.map((problem) => html`<li>${this.problemText(problem)}</li>`)}
        ${more > 0
          ? html`<li>${this.t('moreProblems', { count: displayNumber(more, digits) })}</li>`
          : nothing}
      </ul>
      <div class="problem-actions">
        ${refused.unreadable
          ? html`<p>${this.t('fixFile')}</p>`
          : html`<button
              type="button"
              ?disabled=${this.fileBusy}
              @click=${() => this.importCsv(refused.fileName, refused.text, true)}
            >
              ${this.t('importGoodRows')}
            </button>`}
        <button
          class="secondary"
          type="button"
          @click=${() => {
            this.refused = undefined;
          }}
        >
          ${this.t('dismiss')}
        </button>
      </div>
    </div>`;
  }
}
