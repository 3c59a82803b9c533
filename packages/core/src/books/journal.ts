import { booksError } from './books-sentences.js';
import { isIsoDate } from '../dates/iso-date.js';
import { SajjaError, type SajjaProblem } from '../errors/sajja-error.js';
import { Dec } from '../money/decimal.js';
import { money, type Money } from '../money/money.js';
import { assertMonth } from './accounting-month.js';
import type { Books } from './books.js';
import { checkBooks, throwIfProblems } from './invalid-input.js';
import { checkList, checkOptions, shownValue } from '../errors/check-option-keys.js';

/**
 * One line of a journal entry: an amount on one side of one account, in one sub-fund,
 * optionally for one member.
 */
export interface JournalLine {
  /** The account's code in the books' chart (`'cash'`, `'member-savings'`). */
  readonly account: string;
  /** The amount debited, more than 0 (`'500'`, `'500.00'` or Money); give this or `credit`. */
  readonly debit?: string | Money;
  /** The amount credited, more than 0; give this or `debit`. */
  readonly credit?: string | Money;
  /** The sub-fund's code; default the books' first sub-fund. */
  readonly subFund?: string;
  /** The member the line concerns (a depositor, a borrower), one of the books' members. */
  readonly memberId?: string;
}

/**
 * A double-entry journal entry (รายการบันทึกบัญชี) as it is posted: at least two lines whose
 * debits equal their credits within each sub-fund.
 *
 * @example
 * ```ts
 * const deposit: JournalEntry = {
 *   id: 'E-0001',
 *   date: '2024-01-05',
 *   memo: 'เงินสัจจะเดือนมกราคม',
 *   lines: [
 *     { account: 'cash', debit: '200' },
 *     { account: 'member-shares', credit: '200', memberId: 'M-001' },
 *   ],
 * };
 * ```
 */
export interface JournalEntry {
  /** The entry's id, unique in the books. */
  readonly id: string;
  /** The day of the entry, ISO `YYYY-MM-DD`, in an open month. */
  readonly date: string;
  /** What the entry is for. */
  readonly memo?: string;
  /** The lines, two or more. */
  readonly lines: readonly JournalLine[];
  /** For a reversing entry: the id of the entry it cancels (see {@link reverseEntry}). */
  readonly reverses?: string;
  /**
   * `true` for a year-end closing entry (see {@link yearEndClosingEntry}), which moves the
   * year's income and expenses into equity: income statements and the monthly report's money
   * flows leave it out, so a year's statement still shows the year; balance sheets count it.
   */
  readonly closing?: true;
}

/** A {@link JournalLine} as the books keep it: the amount as a two-decimal string, the sub-fund named. */
export interface PostedLine extends JournalLine {
  /** The amount debited (`'500.00'`), when the line is a debit. */
  readonly debit?: string;
  /** The amount credited, when the line is a credit. */
  readonly credit?: string;
  /** The sub-fund's code. */
  readonly subFund: string;
}

/**
 * A {@link JournalEntry} as the books keep it: frozen, with {@link PostedLine}s. It is plain
 * JSON (strings only), ready for storage and for an audit chain, and posts again unchanged.
 */
export interface PostedEntry extends JournalEntry {
  /** The lines, normalised. */
  readonly lines: readonly PostedLine[];
}

/**
 * Posts one entry and returns new books with it (the books passed in are unchanged). Nothing
 * posted is ever edited or deleted: a mistake is corrected with {@link reverseEntry}.
 *
 * The entry must have a unique `id`, a date in an open month (not closed by
 * {@link closePeriod}, not before the books' `openPeriod`), and at least two lines, each with
 * an account of the chart, exactly one of `debit` or `credit` (an amount above 0), a known
 * sub-fund (default: the first) and, if given, a known member. Debits must equal credits
 * exactly, and within each sub-fund: every sub-fund is a book of its own, so money moves
 * between sub-funds through an account such as `fund-transfers`, one line in each. An entry
 * with `reverses` must mirror the entry it names (see {@link reverseEntry}).
 *
 * Each posting copies the journal; post many entries at once with {@link postEntries}.
 *
 * @throws {@link "@sajja/core".SajjaError} `INVALID_ARGUMENT` / `invalid-option`
 *   (`details.option` `'books'`) for `books` not made by
 *   `createBooks`; `INVALID_ARGUMENT`, whose `reason` is the first of
 *   its `problems` (each `{ path, reason, details }`, `path` such as `'lines[1].credit'`):
 *   `not-an-object`, `required`, `not-text`, `not-a-list`, `not-a-date`, `duplicate-id`
 *   (`details.id`), `period-closed` (`details.month`, `details.closedThrough`),
 *   `period-not-open` (`details.month`, `details.openPeriod`), `too-few-lines`,
 *   `debit-or-credit` (neither or both on a line), `not-an-amount`, `not-positive`,
 *   `unknown-account` (`details.account`), `unknown-sub-fund` (`details.subFund`),
 *   `unknown-member` (`details.memberId`), `unbalanced` (`details.debits`, `details.credits`),
 *   `unbalanced-sub-fund` (also `details.subFund`), `unknown-value` (a `closing` other than
 *   `true`), and for a reversal `unknown-entry`, `already-reversed`, `reverses-a-reversal`,
 *   `before-original` or `not-a-mirror` (lines, or the `closing` flag, that do not mirror).
 *
 * @example
 * ```ts
 * let books = createBooks({ subFunds: TRAT_SUB_FUNDS, openPeriod: '2024-01' });
 * books = postEntry(books, {
 *   id: 'E-0001',
 *   date: '2024-01-05',
 *   lines: [
 *     { account: 'cash', debit: '1000', subFund: 'livestock' },
 *     { account: 'member-shares', credit: '1000', subFund: 'livestock' },
 *   ],
 * });
 * books.entries.length; // 1
 * ```
 */
export function postEntry(books: Books, entry: JournalEntry): Books {
  return postEntries(books, [entry]);
}

/**
 * Posts entries in order and returns new books with all of them, or throws for the first that
 * is not valid (and posts none). Checks each entry as {@link postEntry} does; an entry may
 * reverse one posted earlier in the same call. Use it to load a stored journal.
 *
 * @throws {@link "@sajja/core".SajjaError} `INVALID_ARGUMENT` / `invalid-option`
 *   (`details.option` `'books'`) for `books` not made by
 *   `createBooks`; as {@link postEntry}; the error's `details` are the
 *   first problem's plus `entry` (the index of the failing entry) and `entryId` (its id, when it
 *   has one); `INVALID_ARGUMENT` / `not-a-list` when `entries` is not a list, `invalid-option`
 *   for a hole in it.
 */
export function postEntries(books: Books, entries: readonly JournalEntry[]): Books {
  checkBooks(books);
  if (!Array.isArray(entries)) {
    throw new SajjaError('INVALID_ARGUMENT', 'not-a-list', 'Entries to post must be a list.', {
      input: entries,
    });
  }
  checkList(entries, 'entries', 'journal entry');
  const context = journalContext(books);
  const posted: PostedEntry[] = [];
  entries.forEach((entry: unknown, index) => {
    const problems: SajjaProblem[] = [];
    const accepted = readEntry(entry, context, problems);
    const id = (entry as { id?: unknown } | null)?.id;
    throwIfProblems(problems, `Journal entry ${index}`, entry, {
      entry: index,
      ...(typeof id === 'string' ? { entryId: id } : {}),
    });
    context.add(accepted!);
    posted.push(accepted!);
  });
  return Object.freeze({ ...books, entries: Object.freeze([...books.entries, ...posted]) });
}

/** Options of {@link reverseEntry}. */
export interface ReverseEntryOptions {
  /** The day of the reversing entry, ISO, in an open month, not before the original. */
  readonly date: string;
  /** What the reversal is for (why the original was wrong). */
  readonly memo?: string;
  /** The reversing entry's id; default `'reversal-of-'` and the original's id. */
  readonly id?: string;
}

/**
 * Cancels a posted entry by posting its mirror: the same lines with debits and credits
 * swapped (and the same `closing` flag), and `reverses` naming the original. Both stay in the
 * journal, so the history shows the mistake and its correction; nothing is edited. Post the
 * right entry afterwards if one is needed. An entry is reversed at most once, and a reversal is not itself reversed (post the
 * entry again instead).
 *
 * The reversal is dated when the correction is made, which may be months after the original:
 * a closed month stays as it was reported, and the correction shows in the month it is made.
 *
 * @throws {@link "@sajja/core".SajjaError} `INVALID_ARGUMENT` / `invalid-option`
 *   (`details.option` `'books'`) for `books` not made by
 *   `createBooks`; `INVALID_ARGUMENT` with reason `unknown-entry`
 *   (`details.id`) when no entry has the id, `invalid-option` when `options` is not an object,
 *   `unknown-option` for an option other than `date`, `memo` and `id`; otherwise as
 *   {@link postEntry}, notably
 *   `already-reversed`, `reverses-a-reversal`, `before-original` and `period-closed`.
 *
 * @example
 * ```ts
 * books = reverseEntry(books, 'E-0001', { date: '2024-02-03', memo: 'ลงผิดกองทุน' });
 * books.entries.at(-1)?.reverses; // 'E-0001'
 * ```
 */
export function reverseEntry(books: Books, id: string, options: ReverseEntryOptions): Books {
  checkBooks(books);
  checkOptions(options, ['date', 'memo', 'id'], 'reverseEntry');
  const original = books.entries.find((entry) => entry.id === id);
  if (!original) {
    throw booksError('unknown-entry', `No entry has the id ${JSON.stringify(shownValue(id))}.`, {
      input: id,
      details: { id: shownValue(id) },
    });
  }
  const { date, memo, id: reversalId = `reversal-of-${id}` } = options;
  return postEntry(books, {
    id: reversalId,
    date,
    ...(memo === undefined ? {} : { memo }),
    reverses: id,
    ...(original.closing ? { closing: original.closing } : {}),
    lines: original.lines.map(mirrorLine),
  });
}

/**
 * Closes `month` (`'YYYY-MM'`) and every month before it: entries dated in them are refused
 * from then on, so what a monthly meeting approved stays as it was. Corrections go into an open
 * month as reversing entries. Months are never reopened.
 *
 * @throws {@link "@sajja/core".SajjaError} `INVALID_ARGUMENT` / `invalid-option`
 *   (`details.option` `'books'`) for `books` not made by
 *   `createBooks`; `INVALID_DATE` for a month that is not `'YYYY-MM'`;
 *   `INVALID_ARGUMENT` with reason `period-closed` when `month` is already closed
 *   (`details.month`, `details.closedThrough`) or `period-not-open` when it is before the
 *   books' `openPeriod`.
 *
 * @example
 * ```ts
 * books = closePeriod(books, '2024-01');
 * books.closedThrough; // '2024-01'
 * ```
 */
export function closePeriod(books: Books, month: string): Books {
  checkBooks(books);
  assertMonth(month);
  const problem = periodProblem(books, month);
  if (problem) {
    throw new SajjaError(
      'INVALID_ARGUMENT',
      problem.reason,
      `Cannot close ${month}: ${problem.reason === 'period-closed' ? `the books are closed through ${books.closedThrough}` : `the books open in ${books.openPeriod}`}.`,
      { input: month, details: problem.details },
    );
  }
  return Object.freeze({ ...books, closedThrough: month });
}

/** The mirror of a line: the same amount on the other side. */
function mirrorLine(line: PostedLine): PostedLine {
  const { debit, credit, ...rest } = line;
  return debit === undefined ? { ...rest, debit: credit } : { ...rest, credit: debit };
}

/** Why entries dated in `month` may not be posted, if they may not. */
function periodProblem(books: Books, month: string): SajjaProblem | undefined {
  const { closedThrough, openPeriod } = books;
  if (closedThrough !== undefined && month <= closedThrough) {
    return { path: 'date', reason: 'period-closed', details: { month, closedThrough } };
  }
  if (openPeriod !== undefined && month < openPeriod) {
    return { path: 'date', reason: 'period-not-open', details: { month, openPeriod } };
  }
  return undefined;
}

/** What checking an entry needs to know of the books and the entries before it. */
interface JournalContext {
  readonly books: Books;
  readonly accounts: ReadonlySet<string>;
  readonly subFunds: ReadonlySet<string>;
  readonly members: ReadonlySet<string>;
  readonly defaultSubFund: string;
  readonly byId: Map<string, PostedEntry>;
  readonly reversed: Set<string>;
  add(entry: PostedEntry): void;
}

function journalContext(books: Books): JournalContext {
  const byId = new Map<string, PostedEntry>();
  const reversed = new Set<string>();
  const context: JournalContext = {
    books,
    accounts: new Set(books.chart.map((account) => account.code)),
    subFunds: new Set(books.subFunds.map((fund) => fund.code)),
    members: new Set(books.members.map((member) => member.id)),
    defaultSubFund: books.subFunds[0]?.code ?? 'general',
    byId,
    reversed,
    add(entry) {
      byId.set(entry.id, entry);
      if (entry.reverses !== undefined) reversed.add(entry.reverses);
    },
  };
  for (const entry of books.entries) context.add(entry);
  return context;
}

/** The entry as the books keep it, with its problems added to `problems`. */
function readEntry(
  value: unknown,
  context: JournalContext,
  problems: SajjaProblem[],
): PostedEntry | undefined {
  const add = (
    path: string,
    reason: SajjaProblem['reason'],
    details?: Record<string, string>,
  ): undefined => {
    problems.push(details ? { path, reason, details } : { path, reason });
    return undefined;
  };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return add('', value === undefined ? 'required' : 'not-an-object');
  }
  const entry = value as Record<string, unknown>;
  const { id, date, memo, reverses, closing } = entry;
  if (id === undefined || id === '') add('id', 'required');
  else if (typeof id !== 'string') add('id', 'not-text');
  else if (context.byId.has(id)) add('id', 'duplicate-id', { id });
  if (!isIsoDate(date)) add('date', date === undefined ? 'required' : 'not-a-date');
  else {
    const problem = periodProblem(context.books, date.slice(0, 7));
    if (problem) problems.push(problem);
  }
  if (memo !== undefined && typeof memo !== 'string') add('memo', 'not-text');
  if (closing !== undefined && closing !== true) {
    add('closing', 'unknown-value', { value: shownValue(closing), allowed: 'true' });
  }

  const lines = readLines(entry.lines, context, add);
  if (reverses !== undefined) checkReversal(entry, lines, context, add);
  if (problems.length > 0) return undefined;
  return Object.freeze({
    id: id as string,
    date: date as string,
    ...(memo === undefined ? {} : { memo: memo as string }),
    ...(reverses === undefined ? {} : { reverses: reverses as string }),
    ...(closing === true ? { closing } : {}),
    lines: Object.freeze(lines!),
  });
}

type AddProblem = (
  path: string,
  reason: SajjaProblem['reason'],
  details?: Record<string, string>,
) => undefined;

/** The lines normalised, or `undefined` when any is wrong; checks that they balance. */
function readLines(
  value: unknown,
  context: JournalContext,
  add: AddProblem,
): PostedLine[] | undefined {
  if (!Array.isArray(value)) return add('lines', value === undefined ? 'required' : 'not-a-list');
  for (let index = 0; index < value.length; index++) {
    // A hole is no line; what follows it is not read (a sparse list could be a billion long).
    if (!(index in value)) return add(`lines[${index}]`, 'required');
  }
  if (value.length < 2) add('lines', 'too-few-lines');
  const lines: PostedLine[] = [];
  let valid = true;
  value.forEach((item: unknown, index) => {
    const line = readLine(item, `lines[${index}]`, context, add);
    if (line) lines.push(line);
    else valid = false;
  });
  if (!valid || value.length < 2) return undefined;

  // Every sub-fund is a book of its own: its debits must equal its credits.
  const totals = new Map<string, [debits: Dec, credits: Dec]>();
  const all: [Dec, Dec] = [new Dec(0), new Dec(0)];
  for (const line of lines) {
    const sums = totals.get(line.subFund) ?? [new Dec(0), new Dec(0)];
    const side = line.debit === undefined ? 1 : 0;
    const amount = new Dec(line.debit ?? line.credit!);
    sums[side] = sums[side].plus(amount);
    all[side] = all[side].plus(amount);
    totals.set(line.subFund, sums);
  }
  const text = (d: Dec) => d.toFixed(2);
  if (!all[0].eq(all[1])) {
    return add('lines', 'unbalanced', { debits: text(all[0]), credits: text(all[1]) });
  }
  let balanced = true;
  for (const [subFund, [debits, credits]] of totals) {
    if (debits.eq(credits)) continue;
    balanced = false;
    add('lines', 'unbalanced-sub-fund', { subFund, debits: text(debits), credits: text(credits) });
  }
  return balanced ? lines : undefined;
}

function readLine(
  value: unknown,
  path: string,
  context: JournalContext,
  add: AddProblem,
): PostedLine | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return add(path, value === undefined ? 'required' : 'not-an-object');
  }
  const line = value as Record<string, unknown>;
  let ok = true;
  const fail: AddProblem = (at, reason, details) => {
    ok = false;
    return add(at, reason, details);
  };
  const { account, debit, credit, subFund = context.defaultSubFund, memberId } = line;
  if (account === undefined) fail(`${path}.account`, 'required');
  else if (typeof account !== 'string' || !context.accounts.has(account)) {
    fail(`${path}.account`, 'unknown-account', { account: shownValue(account) });
  }
  let side: 'debit' | 'credit' | undefined;
  let amount: Money | undefined;
  if ((debit === undefined) === (credit === undefined)) fail(path, 'debit-or-credit');
  else {
    side = debit === undefined ? 'credit' : 'debit';
    const raw = line[side];
    try {
      amount = money(raw as string);
    } catch {
      fail(`${path}.${side}`, 'not-an-amount', { value: shownValue(raw) });
    }
    if (amount && !amount.isPositive()) fail(`${path}.${side}`, 'not-positive');
  }
  if (typeof subFund !== 'string' || !context.subFunds.has(subFund)) {
    fail(`${path}.subFund`, 'unknown-sub-fund', { subFund: shownValue(subFund) });
  }
  if (memberId !== undefined && (typeof memberId !== 'string' || !context.members.has(memberId))) {
    fail(`${path}.memberId`, 'unknown-member', { memberId: shownValue(memberId) });
  }
  if (!ok) return undefined;
  return Object.freeze({
    account: account as string,
    [side!]: amount!.toString(),
    subFund: subFund as string,
    ...(memberId === undefined ? {} : { memberId: memberId as string }),
  }) as PostedLine;
}

/** Checks that an entry with `reverses` is the exact mirror of an entry that may be reversed. */
function checkReversal(
  entry: Record<string, unknown>,
  lines: readonly PostedLine[] | undefined,
  context: JournalContext,
  add: AddProblem,
): void {
  const { reverses, date } = entry;
  const original = typeof reverses === 'string' ? context.byId.get(reverses) : undefined;
  if (!original) {
    add('reverses', 'unknown-entry', { id: shownValue(reverses) });
    return;
  }
  if (context.reversed.has(original.id)) add('reverses', 'already-reversed', { id: original.id });
  if (original.reverses !== undefined) add('reverses', 'reverses-a-reversal', { id: original.id });
  if (typeof date === 'string' && isIsoDate(date) && date < original.date) {
    add('date', 'before-original', { date, originalDate: original.date });
  }
  const sameFlag = (entry.closing === true) === (original.closing === true);
  if ((lines && !isMirror(lines, original.lines)) || !sameFlag) {
    add('lines', 'not-a-mirror', { id: original.id });
  }
}

/** True when `lines` are `original`'s lines in the same order with debits and credits swapped. */
function isMirror(lines: readonly PostedLine[], original: readonly PostedLine[]): boolean {
  return (
    lines.length === original.length &&
    lines.every((line, index) => {
      const other = original[index]!;
      return (
        line.account === other.account &&
        line.subFund === other.subFund &&
        line.memberId === other.memberId &&
        line.debit === other.credit &&
        line.credit === other.debit
      );
    })
  );
}
