import { addDays, addMonths, daysInMonth, isSajjaError, money, type Money } from '@sajja/core';
import { runningBalances, type LedgerSummary } from '@sajja/core/ledger';
import type {
  FundTransactionRecord,
  LedgerRecord,
  LiveQuery,
  OrganisationRecord,
  SajjaStore,
} from '@sajja/store';
import { combineLive, constantLive } from './combine-live.js';

/** What the widget reads live for the month it shows. */
export interface MonthView {
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
export interface LedgerRow {
  readonly entry: LedgerRecord;
  readonly status: 'counts' | 'reversed' | 'correction';
  readonly balance?: Money;
}

/** The month's lines, newest first, with the balances it opens and closes with. */
export interface MonthRows {
  readonly rows: readonly LedgerRow[];
  readonly opening: Money;
  readonly closing: Money;
}

/** A month as the `month` attribute takes it, `YYYY-MM`. */
export const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
/** The first month the widget pages to (BE 2443); dates before it are almost surely typos. */
export const FIRST_MONTH = '1900-01';
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

/** Entries in the order they were written in the book: by date, then as they were recorded. */
function bookOrder(a: LedgerRecord, b: LedgerRecord): number {
  const by = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return by(a.date, b.date) || by(a.recordedAt, b.recordedAt) || by(a.id, b.id);
}

/** The month `step` months from `month`, or the error when that is past the calendar's end. */
export function monthAfter(month: string, step: number): string | Error {
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
 * The live query of everything the widget shows for `month` of a household: the entries (and,
 * with `showReversed`, the reversed ones), the chart's months, the balance brought forward and
 * the month's payments with the groups.
 */
export function monthQuery(
  store: SajjaStore,
  householdId: string,
  month: string,
  showReversed: boolean,
  chartSpan: number,
): LiveQuery<MonthView> {
  const first = `${month}-01`;
  const last = lastDayOf(month);
  const ledger = store.ledger;
  const withReversed: LiveQuery<LedgerRecord[] | undefined> = showReversed
    ? ledger.liveList({ householdId, from: first, to: last, includeReversed: true })
    : constantLive(undefined);
  return combineLive({
    entries: ledger.liveList({ householdId, from: first, to: last }),
    withReversed,
    chart: ledger.liveSummary({
      householdId,
      from: addMonths(first, 1 - chartSpan),
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

const rowsCache = new WeakMap<MonthView, MonthRows>();

/**
 * The month's lines, newest first: the entries that count with the balance after each (the
 * balance brought forward plus the month up to it), and with `show-reversed` the reversed
 * entries and their corrections, without a balance. Worked out once per view.
 */
export function monthRows(view: MonthView): MonthRows {
  const cached = rowsCache.get(view);
  if (cached) return cached;
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
  rowsCache.set(view, result);
  return result;
}
