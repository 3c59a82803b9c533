import { booksError } from './books-sentences.js';
import { SajjaError } from '../errors/sajja-error.js';
import { Dec } from '../money/decimal.js';
import { money, type Money, MAX_AMOUNT_LENGTH } from '../money/money.js';
import { moneyOfSatang } from '../money/satang.js';
import { roundToPlaces } from '../money/rounding.js';
import { assertMonth } from './accounting-month.js';
import { CODE_PATTERN } from './chart-of-accounts.js';
import {
  ARREARS_BUCKETS,
  type ArrearsBucket,
  type CashPosition,
  type LoansIssued,
  type MonthlyReport,
  type Repayments,
  type WelfareFlows,
} from './monthly-report.js';
import { checkList } from '../errors/check-option-keys.js';

/** Members of a network's groups. */
export interface NetworkMembers {
  /** Members at the ends of the months. */
  readonly atEnd: number;
  /** Members who joined. */
  readonly joined: number;
  /** Members who left. */
  readonly left: number;
}

/** Arrears over a network: sums, and the ratios recomputed from them. */
export interface NetworkArrears {
  /** Everything overdue (principal, interest, penalties). */
  readonly overdue: Money;
  /** The principal part of `overdue`. */
  readonly overduePrincipal: Money;
  /** What is overdue, by ageing bucket. */
  readonly byBucket: Readonly<Record<ArrearsBucket, Money>>;
  /** How many loans are in arrears. */
  readonly loans: number;
  /** Principal outstanding on every loan measured. */
  readonly portfolio: Money;
  /** Principal outstanding on loans in arrears. */
  readonly atRisk: Money;
  /**
   * The arrears rate, `overduePrincipal ÷ portfolio`, as a decimal fraction rounded half-up to
   * four places (`'0.0523'` is 5.23 %); `null` when the portfolio is 0.
   */
  readonly ratio: string | null;
  /** The portfolio at risk, `atRisk ÷ portfolio`, rounded the same way; `null` when the portfolio is 0. */
  readonly portfolioAtRisk: string | null;
}

/**
 * Totals of many groups' monthly reports: a network's (เครือข่าย) view. A summary is itself an
 * input of {@link rollUp}, so a network of any size can be added up in parallel, in any
 * grouping and any order, with the same result.
 */
export interface NetworkSummary {
  /** Says what this record is, for files and for {@link rollUp}. */
  readonly kind: 'network-summary';
  /** How many group reports are in it. */
  readonly groups: number;
  /** The months of those reports, `'YYYY-MM'`, sorted, each once. */
  readonly months: readonly string[];
  /** Members at the ends of the months, and who joined and left. */
  readonly members: NetworkMembers;
  /** Deposits into savings and shares. */
  readonly deposits: Money;
  /** Withdrawals from savings and shares. */
  readonly withdrawals: Money;
  /** Loans paid out. */
  readonly loansIssued: LoansIssued;
  /** Repayments received. */
  readonly repayments: Repayments;
  /** Fines received. */
  readonly fines: Money;
  /** Members' savings at the ends of the months. */
  readonly savings: Money;
  /** Members' shares and pledged savings at the ends of the months. */
  readonly shares: Money;
  /** Loans outstanding in the books at the ends of the months. */
  readonly loansOutstanding: Money;
  /** Cash on hand and in the bank at the ends of the months. */
  readonly cash: CashPosition;
  /** Welfare fund money in and out, and the balances at the ends of the months. */
  readonly welfare: WelfareFlows;
  /** Arrears, from the groups' loan registers. */
  readonly arrears: NetworkArrears;
  /** Each sub-fund's net assets by sub-fund code (`livestock`, …), codes sorted. */
  readonly subFunds: Readonly<Record<string, Money>>;
}

/** What {@link rollUp} adds up: monthly reports, summaries, or both, also as read from JSON. */
export type RollUpInput = MonthlyReport | NetworkSummary;

/**
 * Adds up groups' monthly reports into network totals: members, deposits and withdrawals,
 * loans paid out and repaid, savings, shares, loans outstanding, cash, welfare balances,
 * arrears by ageing bucket and each sub-fund's net assets.
 *
 * **A monoid.** `rollUp` takes reports and earlier summaries alike, and:
 * - `rollUp([])` is the identity (everything 0, no months, ratios `null`), and
 *   `rollUp([s])` equals `s` for a summary `s`;
 * - it is associative and commutative: `rollUp([a, rollUp([b, c])])`,
 *   `rollUp([rollUp([a, b]), c])` and `rollUp([c, a, b])` are equal.
 *
 * So any map-reduce engine can roll up a network in chunks, in parallel, in any order. Sums are
 * exact decimals; the ratios are never averaged: each summary keeps the numerators and
 * denominators (`overduePrincipal`, `atRisk`, `portfolio`) and the ratios are recomputed from
 * their sums, so ten small groups with 50 % arrears and one large group with none come out
 * right. Stock figures (balances, members) add the ends of the months given: roll up one month
 * at a time for a network's month-end position.
 *
 * @throws {@link "@sajja/core".SajjaError} `INVALID_ARGUMENT` with reason `invalid-report`
 *   (`details.index`, `details.path`: which input and which field) for an input that is not a
 *   monthly report or summary or has a bad field, or `not-a-list` for `reports` not a list.
 *
 * @example
 * ```ts
 * const network = rollUp(groupBooks.map((books) => monthlyReport(books, '2024-01')));
 * network.groups;                // 12
 * network.arrears.ratio;         // '0.0412': 4.12 % of principal outstanding is overdue
 * const again = rollUp([rollUp(firstHalf), rollUp(secondHalf)]); // the same totals
 * ```
 */
export function rollUp(reports: readonly RollUpInput[]): NetworkSummary {
  if (!Array.isArray(reports)) {
    throw new SajjaError('INVALID_ARGUMENT', 'not-a-list', 'rollUp takes a list of reports.', {
      input: reports,
    });
  }
  checkList(reports, 'reports', 'report');
  const total = new Totals();
  reports.forEach((report: unknown, index) => addInput(total, report, index));
  return total.summary();
}

/**
 * An exact sum of whole satang. Amounts up to 10^15 satang (ten trillion baht) are added as
 * JavaScript integers, which are exact below 2^53, and moved into a BigInt before the integer
 * part could reach that; larger amounts go to the BigInt directly. Decimal objects or BigInt
 * alone would be as exact and several times slower over a thousand reports.
 */
class SatangSum {
  #big = 0n;
  #small = 0;

  add(satang: number | bigint): void {
    if (typeof satang === 'bigint') {
      this.#big += satang;
      return;
    }
    this.#small += satang;
    if (this.#small > FLUSH_AT || this.#small < -FLUSH_AT) {
      this.#big += BigInt(this.#small);
      this.#small = 0;
    }
  }

  get value(): bigint {
    return this.#big + BigInt(this.#small);
  }
}

/** Below 2^53 by more than any one amount added as a number (10^15), so no sum loses a satang. */
const FLUSH_AT = 2 ** 52;
const MAX_NUMBER_SATANG = 10 ** 15;

/** Sums by field name, exact. */
class Totals {
  readonly amounts = new Map<string, SatangSum>();
  readonly counts = new Map<string, number>();
  readonly months = new Set<string>();
  readonly subFunds = new Map<string, SatangSum>();

  amount(key: string, satang: number | bigint): void {
    sumOf(this.amounts, key).add(satang);
  }
  count(key: string, value: number): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + value);
  }
  subFund(code: string, satang: number | bigint): void {
    sumOf(this.subFunds, code).add(satang);
  }

  summary(): NetworkSummary {
    const satang = (key: string) => this.amounts.get(key)?.value ?? 0n;
    const m = (key: string) => moneyOfSatang(satang(key));
    const n = (key: string) => this.counts.get(key) ?? 0;
    const portfolio = satang('arrears.portfolio');
    const ratio = (key: string) => {
      if (portfolio === 0n) return null;
      const exact = new Dec(String(satang(key))).div(String(portfolio));
      return roundToPlaces(exact, 4, 'half-up').toFixed(4);
    };
    const byBucket = {} as Record<ArrearsBucket, Money>;
    for (const bucket of ARREARS_BUCKETS) byBucket[bucket] = m(`arrears.byBucket.${bucket}`);
    const subFunds: Record<string, Money> = {};
    for (const code of [...this.subFunds.keys()].sort()) {
      subFunds[code] = moneyOfSatang(this.subFunds.get(code)!.value);
    }
    return Object.freeze({
      kind: 'network-summary',
      groups: n('groups'),
      months: Object.freeze([...this.months].sort()),
      members: Object.freeze({
        atEnd: n('members.atEnd'),
        joined: n('members.joined'),
        left: n('members.left'),
      }),
      deposits: m('deposits'),
      withdrawals: m('withdrawals'),
      loansIssued: Object.freeze({
        count: n('loansIssued.count'),
        amount: m('loansIssued.amount'),
      }),
      repayments: Object.freeze({
        principal: m('repayments.principal'),
        interest: m('repayments.interest'),
        total: m('repayments.principal').plus(m('repayments.interest')),
      }),
      fines: m('fines'),
      savings: m('savings'),
      shares: m('shares'),
      loansOutstanding: m('loansOutstanding'),
      cash: Object.freeze({
        onHand: m('cash.onHand'),
        bank: m('cash.bank'),
        total: m('cash.onHand').plus(m('cash.bank')),
      }),
      welfare: Object.freeze({
        contributions: m('welfare.contributions'),
        payments: m('welfare.payments'),
        balance: m('welfare.balance'),
      }),
      arrears: Object.freeze({
        overdue: m('arrears.overdue'),
        overduePrincipal: m('arrears.overduePrincipal'),
        byBucket: Object.freeze(byBucket),
        loans: n('arrears.loans'),
        portfolio: m('arrears.portfolio'),
        atRisk: m('arrears.atRisk'),
        ratio: ratio('arrears.overduePrincipal'),
        portfolioAtRisk: ratio('arrears.atRisk'),
      }),
      subFunds: Object.freeze(subFunds),
    });
  }
}

/**
 * Where each summary field comes from in a monthly report: summary key → report path. Counts
 * of lists (`members.joined`) are their lengths.
 */
const REPORT_AMOUNTS: ReadonlyArray<[string, string]> = [
  ['deposits', 'deposits.total'],
  ['withdrawals', 'withdrawals.total'],
  ['loansIssued.amount', 'loansIssued.amount'],
  ['repayments.principal', 'repayments.principal'],
  ['repayments.interest', 'repayments.interest'],
  ['fines', 'fines'],
  ['savings', 'balances.savings'],
  ['shares', 'balances.shares'],
  ['loansOutstanding', 'balances.loansOutstanding'],
  ['cash.onHand', 'cash.onHand'],
  ['cash.bank', 'cash.bank'],
  ['welfare.contributions', 'welfare.contributions'],
  ['welfare.payments', 'welfare.payments'],
  ['welfare.balance', 'welfare.balance'],
  ['arrears.overdue', 'arrears.total'],
  ['arrears.overduePrincipal', 'arrears.principal'],
  ['arrears.portfolio', 'arrears.portfolio'],
  ['arrears.atRisk', 'arrears.atRisk'],
  .../* @__PURE__ */ ARREARS_BUCKETS.map((bucket): [string, string] => [
    `arrears.byBucket.${bucket}`,
    `arrears.byBucket.${bucket}`,
  ]),
];

/** Summary amount fields are at the same paths as their keys. */
const SUMMARY_AMOUNTS = /* @__PURE__ */ REPORT_AMOUNTS.map(([key]) => key);
const SUMMARY_COUNTS = [
  'groups',
  'members.atEnd',
  'members.joined',
  'members.left',
  'loansIssued.count',
  'arrears.loans',
];

function addInput(total: Totals, input: unknown, index: number): void {
  const read = new FieldReader(input, index);
  const kind = read.at('kind');
  if (kind === 'monthly-report') {
    total.count('groups', 1);
    total.months.add(read.month('month'));
    for (const [key, path] of REPORT_AMOUNTS) total.amount(key, read.amount(path));
    total.count('members.atEnd', read.count('members.atEnd'));
    total.count('members.joined', read.list('members.joined').length);
    total.count('members.left', read.list('members.left').length);
    total.count('loansIssued.count', read.integer('loansIssued.count'));
    total.count('arrears.loans', read.list('arrears.loans').length);
    read.list('subFunds').forEach((_, i) => {
      total.subFund(read.code(`subFunds.${i}.code`), read.amount(`subFunds.${i}.netAssets`));
    });
  } else if (kind === 'network-summary') {
    read.list('months').forEach((_, i) => total.months.add(read.month(`months.${i}`)));
    for (const key of SUMMARY_AMOUNTS) total.amount(key, read.amount(key));
    for (const key of SUMMARY_COUNTS) {
      total.count(key, key === 'loansIssued.count' ? read.integer(key) : read.count(key));
    }
    const subFunds = read.at('subFunds');
    if (typeof subFunds !== 'object' || subFunds === null || Array.isArray(subFunds))
      read.fail('subFunds');
    for (const code of Object.keys(subFunds as object)) {
      total.subFund(read.code(`subFunds.${code}`, code), read.amount(`subFunds.${code}`));
    }
  } else {
    read.fail('kind');
  }
}

function sumOf(sums: Map<string, SatangSum>, key: string): SatangSum {
  let sum = sums.get(key);
  if (!sum) sums.set(key, (sum = new SatangSum()));
  return sum;
}

/** An amount as reports write it: `'1234.50'`, `'-21'`; anything else goes through `money`. */
const AMOUNT_TEXT = /^-?\d+(?:\.\d{1,2})?$/;

const pathKeys = /* @__PURE__ */ new Map<string, readonly string[]>();

/** The keys of a dotted path, split once. */
function keysOf(path: string): readonly string[] {
  let keys = pathKeys.get(path);
  if (!keys) {
    keys = path.split('.');
    // Paths with sub-fund codes and list indexes are open-ended: cache only so many.
    if (pathKeys.size < 500) pathKeys.set(path, keys);
  }
  return keys;
}

/** Reads fields of one input by dotted path, failing with `invalid-report` naming the field. */
class FieldReader {
  constructor(
    readonly input: unknown,
    readonly index: number,
  ) {}

  at(path: string): unknown {
    let value: unknown = this.input;
    for (const key of keysOf(path)) {
      if (typeof value !== 'object' || value === null) return undefined;
      value = (value as Record<string, unknown>)[key];
    }
    return value;
  }

  fail(path: string): never {
    throw booksError(
      'invalid-report',
      `Report ${this.index}: ${path === 'kind' ? 'not a monthly report or a network summary' : `${path} is missing or not valid`}.`,
      { input: this.input, details: { index: this.index, path } },
    );
  }

  /** An amount in whole satang: a number when it is at most 10^15, else a BigInt. */
  amount(path: string): number | bigint {
    const value = this.at(path);
    let text: string;
    // Longer text is money's to refuse, before it is read.
    if (typeof value === 'string' && value.length <= MAX_AMOUNT_LENGTH && AMOUNT_TEXT.test(value)) {
      text = value;
    } else {
      try {
        text = money(value as string).toString();
      } catch {
        return this.fail(path);
      }
    }
    const [whole = '', fraction = ''] = text.split('.');
    const digits = `${whole}${fraction.padEnd(2, '0')}`;
    // 16 characters hold a sign and 15 digits: below 10^15 in magnitude, exact as a number.
    if (digits.length <= 16) {
      const satang = Number(digits);
      if (Math.abs(satang) < MAX_NUMBER_SATANG) return satang;
    }
    return BigInt(digits);
  }

  /** A whole number of 0 or more. */
  count(path: string): number {
    const value = this.at(path);
    return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0
      ? value
      : this.fail(path);
  }

  /** A whole number, which may be negative (a month whose reversals outnumber its loans). */
  integer(path: string): number {
    const value = this.at(path);
    return typeof value === 'number' && Number.isSafeInteger(value) ? value : this.fail(path);
  }

  list(path: string): readonly unknown[] {
    const value = this.at(path);
    if (!Array.isArray(value)) return this.fail(path);
    // A hole is no item: stop at it, rather than walk a sparse list of a billion slots.
    for (let index = 0; index < value.length; index++) {
      if (!(index in value)) return this.fail(`${path}.${index}`);
    }
    return value;
  }

  month(path: string): string {
    try {
      return assertMonth(this.at(path));
    } catch {
      return this.fail(path);
    }
  }

  code(path: string, value: unknown = this.at(path)): string {
    return typeof value === 'string' && CODE_PATTERN.test(value) ? value : this.fail(path);
  }
}
