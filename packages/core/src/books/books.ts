import { dateError } from '../dates/date-sentences.js';
import { booksError } from './books-sentences.js';
import { isIsoDate } from '../dates/iso-date.js';
import { SajjaError, type SajjaProblem } from '../errors/sajja-error.js';
import type { Loan, LoanPayment } from '../loans/loan.js';
import { loanStatus } from '../loans/loan-status.js';
import { RuleChecker } from '../rules/rule-checker.js';
import { assertMonth } from './accounting-month.js';
import { checkChart, DEFAULT_CHART_OF_ACCOUNTS, type Account } from './chart-of-accounts.js';
import { checkBooks, throwIfProblems } from './invalid-input.js';
import { closePeriod, postEntries, type JournalEntry, type PostedEntry } from './journal.js';
import { readSubFunds, type SubFund, type SubFundInput } from './sub-funds.js';
import { checkList, shownValue } from '../errors/check-option-keys.js';

/** A member of the group, as the books and the monthly report know them. */
export interface BookMember {
  /** The member's id, unique in the books; journal lines name it in `memberId`. */
  readonly id: string;
  /** The name to print in reports. */
  readonly name: string;
  /** The day the member joined, ISO. */
  readonly joinedOn: string;
  /** The day the member left, ISO, if they have; not before `joinedOn`. */
  readonly leftOn?: string;
}

/**
 * A loan in the books' loan register: the loan itself (terms, rules, schedule) and its payment
 * records, for arrears. The money of a loan is in the journal (the disbursement, each
 * repayment); the register says what was due when, which the journal cannot. {@link issueLoan}
 * and {@link receiveLoanPayment} keep the two in step.
 */
export interface BookLoan {
  /** The loan's id, unique in the books. */
  readonly id: string;
  /** The borrower, one of the books' members. */
  readonly memberId: string;
  /** The sub-fund that lent the money. */
  readonly subFund: string;
  /** The loan: terms, optionally rules and a stored schedule. */
  readonly loan: Loan;
  /** Payment records and reversals, as `loanStatus` takes them. */
  readonly payments: readonly LoanPayment[];
}

/** A loan as {@link addLoan} takes it: the sub-fund defaults to the first, payments to none. */
export interface BookLoanInput {
  /** The loan's id, unique in the books. */
  readonly id: string;
  /** The borrower, one of the books' members. */
  readonly memberId: string;
  /** The sub-fund that lent the money; default the books' first sub-fund. */
  readonly subFund?: string;
  /** The loan: terms, optionally rules and a stored schedule. */
  readonly loan: Loan;
  /** Payment records so far; default none. */
  readonly payments?: readonly LoanPayment[];
}

/**
 * A group's books: the chart of accounts, the sub-funds, the journal, the months closed, and
 * beside the journal the members and the loan register that the monthly report needs (who
 * joined and left, what is in arrears).
 *
 * Books are immutable and plain data: every change ({@link postEntry}, {@link addMember}, …)
 * returns new books and leaves the old ones as they were, and books written out as JSON read
 * back with {@link createBooks}.
 */
export interface Books {
  /** The group's name, for report headings. */
  readonly name?: string;
  /** The chart of accounts. */
  readonly chart: readonly Account[];
  /** The sub-funds; the first is where lines without a `subFund` go. */
  readonly subFunds: readonly SubFund[];
  /** The first month entries may be dated in, `'YYYY-MM'`; none when any month may be used. */
  readonly openPeriod?: string;
  /** The last month closed by {@link closePeriod}; it and every month before it are closed. */
  readonly closedThrough?: string;
  /** The members, in the order they were added. */
  readonly members: readonly BookMember[];
  /** The loan register. */
  readonly loans: readonly BookLoan[];
  /** The journal, in posting order. */
  readonly entries: readonly PostedEntry[];
}

/** What {@link createBooks} takes; every field is optional. */
export interface BooksSetup {
  /** The group's name. */
  readonly name?: string;
  /** The chart of accounts; default {@link DEFAULT_CHART_OF_ACCOUNTS}. */
  readonly chart?: readonly Account[];
  /** The sub-funds, as {@link SubFund}s or codes; default one, `'general'`. */
  readonly subFunds?: readonly SubFundInput[];
  /** The first month entries may be dated in, `'YYYY-MM'` (opening balances are posted in it). */
  readonly openPeriod?: string;
  /** Members to start with. */
  readonly members?: readonly BookMember[];
  /** Loans to start with. */
  readonly loans?: readonly BookLoanInput[];
  /** A journal to load, posted in order as {@link postEntries} does. */
  readonly entries?: readonly JournalEntry[];
  /** Months to close after loading `entries`: this one and every one before it. */
  readonly closedThrough?: string;
}

const SETUP_FIELDS = [
  'name',
  'chart',
  'subFunds',
  'openPeriod',
  'members',
  'loans',
  'entries',
  'closedThrough',
];

/**
 * Opens a group's books: checks the chart and sub-funds, then adds members, loans and entries
 * in that order (as {@link addMember}, {@link addLoan} and {@link postEntries} do) and closes
 * the months through `closedThrough`. Books saved as JSON load back the same way:
 * `createBooks(JSON.parse(text))`.
 *
 * @throws {@link "@sajja/core".SajjaError} `RULES_INVALID` for a bad chart (see
 *   {@link validateChartOfAccounts}), sub-funds (`not-a-list`, `no-sub-funds`, `invalid-code`,
 *   `duplicate-code`, label problems; path `subFunds[i]`), `name` (`not-text`),
 *   `openPeriod` or `closedThrough` (`not-a-month`, or `period-not-open` for a closedThrough
 *   before the openPeriod), a key {@link BooksSetup} does not have (`unknown-field`,
 *   `details.closest`: the one probably meant); then the errors of {@link addMember},
 *   {@link addLoan}, {@link postEntries} and {@link closePeriod}.
 *
 * @example
 * ```ts
 * let books = createBooks({
 *   name: 'กลุ่มสัจจะบ้านคลองใหญ่',
 *   subFunds: ['general', 'livestock', 'fertiliser'],
 *   openPeriod: '2024-01',
 *   members: [{ id: 'M-001', name: 'สมใจ ใจดี', joinedOn: '2020-05-01' }],
 * });
 * books = postEntry(books, depositEntry({ id: 'E-1', date: '2024-01-05', memberId: 'M-001', amount: '200' }));
 * ```
 */
export function createBooks(setup: BooksSetup = {}): Books {
  const check = new RuleChecker();
  const root = check.record('', setup) ?? {};
  check.knownFields('', root, SETUP_FIELDS);
  const chart = root.chart ?? DEFAULT_CHART_OF_ACCOUNTS;
  checkChart(check, 'chart', chart);
  const subFunds = readSubFunds(check, 'subFunds', root.subFunds);
  if (root.name !== undefined && typeof root.name !== 'string') check.add('name', 'not-text');
  const openPeriod = readMonth(check, 'openPeriod', root.openPeriod);
  const closedThrough = readMonth(check, 'closedThrough', root.closedThrough);
  if (openPeriod && closedThrough && closedThrough < openPeriod) {
    check.add('closedThrough', 'period-not-open', { month: closedThrough, openPeriod });
  }
  check.throwIfAny('The books’ settings', setup);

  let books: Books = Object.freeze({
    ...(root.name === undefined ? {} : { name: root.name as string }),
    chart: Object.freeze([...(chart as readonly Account[])]),
    subFunds: Object.freeze(subFunds),
    ...(openPeriod === undefined ? {} : { openPeriod }),
    members: Object.freeze([]),
    loans: Object.freeze([]),
    entries: Object.freeze([]),
  });
  for (const member of listOf<BookMember>(root.members, 'members'))
    books = addMember(books, member);
  for (const loan of listOf<BookLoanInput>(root.loans, 'loans')) books = addLoan(books, loan);
  if (root.entries !== undefined) books = postEntries(books, root.entries as JournalEntry[]);
  return closedThrough === undefined ? books : closePeriod(books, closedThrough);
}

/**
 * Adds a member and returns new books.
 *
 * @throws {@link "@sajja/core".SajjaError} `INVALID_ARGUMENT` / `invalid-option`
 *   (`details.option` `'books'`) for `books` not made by
 *   {@link createBooks}; `INVALID_ARGUMENT`, reason the first of its
 *   `problems`: `not-an-object`, `required` or `not-text` (`id`, `name`), `duplicate-id`,
 *   `not-a-date` (`joinedOn`, `leftOn`), `left-before-joining`.
 *
 * @example
 * ```ts
 * books = addMember(books, { id: 'M-002', name: 'สมศรี มีสุข', joinedOn: '2024-01-10' });
 * ```
 */
export function addMember(books: Books, member: BookMember): Books {
  checkBooks(books);
  const problems: SajjaProblem[] = [];
  const add = (path: string, reason: SajjaProblem['reason'], details?: Record<string, string>) => {
    problems.push(details ? { path, reason, details } : { path, reason });
  };
  const record = member as unknown;
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    add('', record === undefined ? 'required' : 'not-an-object');
  } else {
    const { id, name, joinedOn, leftOn } = member;
    if (id === undefined || id === '') add('id', 'required');
    else if (typeof id !== 'string') add('id', 'not-text');
    else if (books.members.some((known) => known.id === id)) add('id', 'duplicate-id', { id });
    if (name === undefined) add('name', 'required');
    else if (typeof name !== 'string') add('name', 'not-text');
    if (!isIsoDate(joinedOn)) add('joinedOn', joinedOn === undefined ? 'required' : 'not-a-date');
    if (leftOn !== undefined) {
      if (!isIsoDate(leftOn)) add('leftOn', 'not-a-date');
      else if (isIsoDate(joinedOn) && leftOn < joinedOn) {
        add('leftOn', 'left-before-joining', { joinedOn, leftOn });
      }
    }
  }
  throwIfProblems(problems, 'The member', member);
  const { id, name, joinedOn, leftOn } = member;
  const kept: BookMember = Object.freeze(
    leftOn === undefined ? { id, name, joinedOn } : { id, name, joinedOn, leftOn },
  );
  return Object.freeze({ ...books, members: Object.freeze([...books.members, kept]) });
}

/**
 * Records that a member left on `leftOn` and returns new books. The member stays in the books
 * (their history is kept); they count as a member through the day before `leftOn`.
 *
 * @throws {@link "@sajja/core".SajjaError} `INVALID_ARGUMENT` / `invalid-option`
 *   (`details.option` `'books'`) for `books` not made by
 *   {@link createBooks}; `INVALID_DATE` for a bad `leftOn`;
 *   `INVALID_ARGUMENT` with reason `unknown-member` (`details.memberId`), `already-left`
 *   (`details.leftOn`) or `left-before-joining`.
 *
 * @example
 * ```ts
 * books = recordLeaving(books, 'M-002', '2024-06-30');
 * ```
 */
export function recordLeaving(books: Books, memberId: string, leftOn: string): Books {
  checkBooks(books);
  const index = books.members.findIndex((member) => member.id === memberId);
  const member = books.members[index];
  if (!member) throw unknownMember(memberId);
  if (!isIsoDate(leftOn)) {
    throw dateError('not-a-date', `Invalid leaving date ${JSON.stringify(shownValue(leftOn))}.`, {
      input: leftOn,
    });
  }
  if (member.leftOn !== undefined) {
    throw booksError('already-left', `Member ${memberId} left on ${member.leftOn}.`, {
      input: memberId,
      details: { memberId, leftOn: member.leftOn },
    });
  }
  if (leftOn < member.joinedOn) {
    throw booksError(
      'left-before-joining',
      `Member ${memberId} joined on ${member.joinedOn}, after ${leftOn}.`,
      { input: leftOn, details: { joinedOn: member.joinedOn, leftOn } },
    );
  }
  const members = [...books.members];
  members[index] = Object.freeze({ ...member, leftOn });
  return Object.freeze({ ...books, members: Object.freeze(members) });
}

/**
 * Adds a loan to the loan register and returns new books. The loan's terms and payments are
 * checked by computing its status on the disbursement day. This does not post the
 * disbursement: {@link issueLoan} does both.
 *
 * @throws {@link "@sajja/core".SajjaError} `INVALID_ARGUMENT` / `invalid-option`
 *   (`details.option` `'books'`) for `books` not made by
 *   {@link createBooks}; `INVALID_ARGUMENT`, reason the first of its
 *   `problems`: `not-an-object`, `required` or `not-text` (`id`, `memberId`), `duplicate-id`,
 *   `unknown-member`, `unknown-sub-fund`, `not-a-list` (`payments`); then the errors of
 *   `loanStatus` for bad terms, rules or payments.
 */
export function addLoan(books: Books, loan: BookLoanInput): Books {
  checkBooks(books);
  const problems: SajjaProblem[] = [];
  const add = (path: string, reason: SajjaProblem['reason'], details?: Record<string, string>) => {
    problems.push(details ? { path, reason, details } : { path, reason });
  };
  const record = loan as unknown;
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    add('', record === undefined ? 'required' : 'not-an-object');
  } else {
    const { id, memberId, subFund = books.subFunds[0]?.code, payments = [] } = loan;
    if (id === undefined || id === '') add('id', 'required');
    else if (typeof id !== 'string') add('id', 'not-text');
    else if (books.loans.some((known) => known.id === id)) add('id', 'duplicate-id', { id });
    if (memberId === undefined) add('memberId', 'required');
    else if (!books.members.some((member) => member.id === memberId)) {
      add('memberId', 'unknown-member', { memberId: shownValue(memberId) });
    }
    if (!books.subFunds.some((fund) => fund.code === subFund)) {
      add('subFund', 'unknown-sub-fund', { subFund: shownValue(subFund) });
    }
    if (!Array.isArray(payments)) add('payments', 'not-a-list');
    else checkList(payments, 'payments', 'payment');
    const inner = loan.loan as unknown;
    if (typeof inner !== 'object' || inner === null || Array.isArray(inner)) {
      add('loan', inner === undefined ? 'required' : 'not-an-object');
    } else if (typeof loan.loan.terms !== 'object' || loan.loan.terms === null) {
      add('loan.terms', loan.loan.terms === undefined ? 'required' : 'not-an-object');
    }
  }
  throwIfProblems(problems, 'The loan', loan);
  const kept: BookLoan = Object.freeze({
    id: loan.id,
    memberId: loan.memberId,
    subFund: loan.subFund ?? books.subFunds[0]!.code,
    loan: loan.loan,
    payments: Object.freeze([...(loan.payments ?? [])]),
  });
  // The status on the disbursement day reads the terms, the rules and every payment record.
  loanStatus(kept.loan, kept.payments, kept.loan.terms.disbursedOn);
  return Object.freeze({ ...books, loans: Object.freeze([...books.loans, kept]) });
}

/**
 * Adds a payment record (or a reversal of one) to a loan in the register and returns new
 * books. It does not post the money: {@link receiveLoanPayment} does both.
 *
 * @throws {@link "@sajja/core".SajjaError} `INVALID_ARGUMENT` / `invalid-option`
 *   (`details.option` `'books'`) for `books` not made by
 *   {@link createBooks}; `INVALID_ARGUMENT` / `unknown-loan`
 *   (`details.loanId`); the errors of `loanStatus` for a bad record (a duplicate id, a
 *   reversal of nothing, a date before the disbursement, …).
 */
export function addLoanPayment(books: Books, loanId: string, payment: LoanPayment): Books {
  checkBooks(books);
  const index = books.loans.findIndex((loan) => loan.id === loanId);
  const loan = books.loans[index];
  if (!loan) throw unknownLoan(loanId);
  const payments = Object.freeze([...loan.payments, payment]);
  loanStatus(loan.loan, payments, loan.loan.terms.disbursedOn);
  const loans = [...books.loans];
  loans[index] = Object.freeze({ ...loan, payments });
  return Object.freeze({ ...books, loans: Object.freeze(loans) });
}

/** @internal An `unknown-member` error for `memberId`. */
export function unknownMember(memberId: unknown): SajjaError {
  return booksError(
    'unknown-member',
    `No member has the id ${JSON.stringify(shownValue(memberId))}.`,
    {
      input: memberId,
      details: { memberId: shownValue(memberId) },
    },
  );
}

/** @internal An `unknown-loan` error for `loanId`. */
export function unknownLoan(loanId: unknown): SajjaError {
  return new SajjaError(
    'INVALID_ARGUMENT',
    'unknown-loan',
    `No loan has the id ${JSON.stringify(shownValue(loanId))}.`,
    {
      input: loanId,
      details: { loanId: shownValue(loanId) },
    },
  );
}

function readMonth(check: RuleChecker, path: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  try {
    return assertMonth(value);
  } catch {
    return check.add(path, 'not-a-month', { value: shownValue(value) });
  }
}

function listOf<T>(value: unknown, path: string): readonly T[] {
  if (value === undefined) return [];
  if (Array.isArray(value)) return checkList(value, path, 'item') as T[];
  throw new SajjaError('INVALID_ARGUMENT', 'not-a-list', `${path} must be a list.`, {
    input: value,
    details: { option: path },
  });
}
