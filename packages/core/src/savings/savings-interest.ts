import { checkOptionKeys, checkOptions } from '../errors/check-option-keys.js';
import { invalidOption, SajjaError } from '../errors/sajja-error.js';
import { assertIsoDate, dayNumberOf, daysInMonth, isLeapYear } from '../dates/iso-date.js';
import { Dec } from '../money/decimal.js';
import { money, Money, type MoneyInput } from '../money/money.js';
import { roundToPlaces } from '../money/rounding.js';
import { satangOf as satangOfMoney } from '../money/satang.js';
import { RuleChecker } from '../rules/rule-checker.js';
import { checkTransactions, type SavingsTransaction } from './transactions.js';

/**
 * How the balance that earns interest is found (see {@link savingsInterest} for the formulas):
 * - `'daily-balance'`: every day's end-of-day balance earns for that day;
 * - `'minimum-monthly-balance'`: each calendar month earns on its lowest end-of-day balance;
 * - `'average-daily-balance'`: the whole period earns on its average end-of-day balance.
 */
export type InterestMethod = 'daily-balance' | 'minimum-monthly-balance' | 'average-daily-balance';

/**
 * The days in a year that a year's rate is divided by:
 * - `'actual/365'`: always 365, leap years too (a leap year pays 366/365 of the rate);
 * - `'actual/actual'`: 366 for days in leap years, 365 for the others.
 */
export type DayCount = 'actual/365' | 'actual/actual';

/**
 * How {@link InterestTiers} apply their bands:
 * - `'whole-balance'`: the whole balance earns the rate of the highest band it reaches;
 * - `'by-band'` (marginal): each slice of the balance earns its own band's rate.
 */
export type TierMode = 'whole-balance' | 'by-band';

/** Every {@link InterestMethod}, for validation and for pickers. */
export const INTEREST_METHODS: readonly InterestMethod[] = /* @__PURE__ */ Object.freeze([
  'daily-balance',
  'minimum-monthly-balance',
  'average-daily-balance',
]);

/** Every {@link DayCount}, for validation and for pickers. */
export const DAY_COUNTS: readonly DayCount[] = /* @__PURE__ */ Object.freeze([
  'actual/365',
  'actual/actual',
]);

/** Every {@link TierMode}, for validation and for pickers. */
export const TIER_MODES: readonly TierMode[] = /* @__PURE__ */ Object.freeze([
  'whole-balance',
  'by-band',
]);

/** One band of {@link InterestTiers}: from a balance of `from` baht up, `ratePercentPerYear`. */
export interface InterestBand {
  /** The lowest balance of the band, inclusive: an amount such as `'100000'`; `'0'` for the first. */
  readonly from: string;
  /** The band's rate in percent a year (`'1.5'`): a non-negative decimal string or number. */
  readonly ratePercentPerYear: string | number;
}

/**
 * Rates by balance band. Bands are listed in strictly increasing `from`; a balance below the
 * first band's `from` earns nothing (start at `'0'` to pay on every balance).
 *
 * With `{ mode, bands: [{ from: '0', ratePercentPerYear: '1' }, { from: '100000', ratePercentPerYear: '1.5' }] }`
 * a balance of 150,000 earns 1.5 % on all of it (`'whole-balance'`), or 1 % on 100,000 and
 * 1.5 % on 50,000 (`'by-band'`).
 */
export interface InterestTiers {
  /** Whether the whole balance earns one band's rate, or each slice its own band's. */
  readonly mode: TierMode;
  /** The bands, in strictly increasing `from`; at least one. */
  readonly bands: readonly InterestBand[];
}

/** The interest terms of a savings product: rate (or tiers), method and day count. */
export interface InterestTerms {
  /**
   * The rate in percent a year (`'1'` for 1 %): a non-negative decimal string or number.
   * Required unless `tiers` is given, which replaces it.
   */
  readonly ratePercentPerYear?: string | number;
  /** Rates by balance band; when given, `ratePercentPerYear` is ignored. */
  readonly tiers?: InterestTiers;
  /** How the balance that earns is found. */
  readonly method: InterestMethod;
  /** The days in a year the rate is divided by. */
  readonly dayCount: DayCount;
}

/** What {@link savingsInterest} takes: the terms, the transactions, and the period. */
export interface SavingsInterestOptions extends InterestTerms {
  /** The account's transactions in any order, including those before `from` (they make the opening balance). */
  readonly transactions: readonly SavingsTransaction[];
  /** The first day of the period (ISO `YYYY-MM-DD`), inclusive. */
  readonly from: string;
  /** The last day of the period (ISO `YYYY-MM-DD`), inclusive. */
  readonly to: string;
}

/**
 * The interest an account earns from `from` to `to`, both days included, rounded half-up to
 * satang once, at the end: every step before is exact (balances in whole satang, one division).
 * The transactions are sorted once and swept by runs of equal balance, so the cost grows with
 * the number of transactions, not of days.
 *
 * A day's balance is its end-of-day balance: every transaction dated on or before that day,
 * including those before `from`. So a deposit earns from its own day, and money withdrawn on a
 * day earns nothing that day. `earn(b)` is `b × rate / 100`, or with `tiers` the tiered
 * equivalent; a balance of zero or below earns nothing. `D(day)` is the day count's days in the
 * day's year (365, or 366 in a leap year under `'actual/actual'`).
 * - `'daily-balance'`: Σ over the days of earn(balance of the day) / D(day).
 * - `'minimum-monthly-balance'`: Σ over the calendar months (or the part of one inside the
 *   period) of earn(lowest balance of the month's days in the period) × those days / D.
 * - `'average-daily-balance'`: earn(A) × Σ over the days of 1 / D(day), where A is the average
 *   of the balances of every day of the period, negative ones included. So under
 *   `'actual/actual'` each day in a leap year counts 1/366 of a year, the others 1/365; under
 *   `'actual/365'` this is earn(A) × days / 365.
 *
 * @throws {@link "@sajja/core".SajjaError} `INVALID_DATE` for a bad `from`, `to` or transaction date;
 *   `INVALID_AMOUNT` for a bad transaction amount; `INVALID_ARGUMENT` / `invalid-option` when
 *   `options` is not an object or `transactions` not a list of objects, `from` is after `to`
 *   or more than 36,525 days (100 years) before it, or a term is wrong (an unknown method or
 *   day count, a negative rate or one past {@link "@sajja/core".MAX_DECIMAL_LENGTH} characters, bad
 *   tiers), with every term problem in `problems` and the first one's path as
 *   `details.option`; `unknown-option` for an option, or a key of `tiers` or of a band, that
 *   {@link SavingsInterestOptions} does not have (`details.closest`: the one probably meant).
 *
 * @example
 * ```ts
 * savingsInterest({
 *   transactions: [{ date: '2023-01-01', amount: '36500' }],
 *   ratePercentPerYear: '1', method: 'daily-balance', dayCount: 'actual/365',
 *   from: '2023-01-01', to: '2023-01-10',
 * }).toString(); // '10.00': 36,500 × 1 % × 10 / 365
 * ```
 */
export function savingsInterest(options: SavingsInterestOptions): Money {
  checkOptions(options, [...INTEREST_TERM_FIELDS, 'transactions', 'from', 'to'], 'savingsInterest');
  const { tiers: givenTiers } = options;
  checkOptionKeys(givenTiers, ['mode', 'bands'], 'savingsInterest', 'tiers.');
  const givenBands: unknown = givenTiers?.bands;
  // Up to a hole, which the terms' check reports (a sparse list could be a billion long).
  for (let index = 0; Array.isArray(givenBands) && index in givenBands; index++) {
    checkOptionKeys(givenBands[index], BAND_FIELDS, 'savingsInterest', `tiers.bands[${index}].`);
  }
  const { transactions, from, to, method, dayCount } = options;
  checkTransactions(transactions);
  const check = new RuleChecker();
  checkInterestTerms(check, options);
  const [problem] = check.problems;
  if (problem) {
    throw new SajjaError(
      'INVALID_ARGUMENT',
      'invalid-option',
      `Invalid ${problem.path}: ${problem.reason}.`,
      {
        input: options,
        details: { option: problem.path },
        problems: check.problems,
      },
    );
  }
  const start = dayNumberOf(assertIsoDate(from, 'from'));
  const days = dayNumberOf(assertIsoDate(to, 'to')) - start + 1;
  if (days < 1) {
    throw invalidOption('from', { from, to }, `on or before to (${to}), not ${from}`);
  }
  if (days > MAX_DAYS) {
    throw invalidOption('to', { from, to }, `at most ${MAX_DAYS} days (100 years) from from`);
  }
  // A flat rate is one band from 0. Balances and band starts are whole satang (bigint), so
  // every sum below is exact integer arithmetic; the rates come in once, at the end.
  const { tiers } = options;
  const bands = (
    tiers?.bands ?? [{ from: '0', ratePercentPerYear: options.ratePercentPerYear! }]
  ).map((band) => ({ from: satangOf(band.from), rate: new Dec(String(band.ratePercentPerYear)) }));
  const wholeBalance = tiers?.mode === 'whole-balance';
  // sums[k][0 | 1]: Σ (satang of the balance in band k) × days, for days in 365- and 366-day years.
  const sums = bands.map(() => [0n, 0n]);
  /** Adds what `balance / scale` earns over `times` days of a year of `diy` days, times `scale`. */
  const earn = (balance: bigint, times: number, diy: number, scale = 1n): void => {
    const slot = diy === 366 ? 1 : 0;
    for (let k = bands.length - 1; balance > 0n && k >= 0; k--) {
      const low = bands[k]!.from * scale;
      if (balance < low) continue;
      if (wholeBalance) {
        sums[k]![slot]! += balance * BigInt(times);
        return;
      }
      const next = bands[k + 1];
      const high = next && next.from * scale < balance ? next.from * scale : balance;
      sums[k]![slot]! += (high - low) * BigInt(times);
    }
  };
  const pieces = parts(from, to, start, dayCount, method === 'minimum-monthly-balance');
  let scale = 1n;
  if (method === 'daily-balance') {
    sweep(transactions, start, days, pieces, (part, balance, n) => earn(balance, n, part.diy));
  } else if (method === 'minimum-monthly-balance') {
    let lowest = 0n;
    sweep(transactions, start, days, pieces, (part, balance, n, first) => {
      if (first === part.start || balance < lowest) lowest = balance;
      if (first + n > part.end) earn(lowest, part.end - part.start + 1, part.diy);
    });
  } else {
    let balanceDays = 0n;
    sweep(transactions, start, days, pieces, (_part, balance, n) => {
      balanceDays += balance * BigInt(n);
    });
    // earn(A) for the average A = balanceDays / days, kept exact: balanceDays earns against
    // band starts × days, and the total is divided by days at the end.
    scale = BigInt(days);
    for (const part of pieces) earn(balanceDays, part.end - part.start + 1, part.diy, scale);
  }
  // One division, one rounding: Σ rate × satang-days / D / 100 / 100 over 365 × 366.
  let total = new Dec(0);
  bands.forEach(({ rate }, k) => {
    const [per365, per366] = sums[k]!;
    total = total.plus(rate.times((per365! * 366n + per366! * 365n).toString()));
  });
  const divisor = new Dec((365n * 366n * 10_000n * scale).toString());
  return Money.fromDecimal(roundToPlaces(total.dividedBy(divisor), 2, 'half-up'));
}

/** A stretch of the period inside one year (or one month) as day offsets from `from`, inclusive. */
interface Part {
  readonly start: number;
  readonly end: number;
  readonly diy: number;
}

/** The period cut at year ends (or month ends), each piece with its days in the year. */
function parts(
  from: string,
  to: string,
  start: number,
  dayCount: DayCount,
  byMonth: boolean,
): Part[] {
  const list: Part[] = [];
  let year = Number(from.slice(0, 4));
  let month = byMonth ? Number(from.slice(5, 7)) : 12;
  for (let first = 0, last = dayNumberOf(to) - start; first <= last; ) {
    const endOf = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${daysInMonth(year, month)}`;
    const end = Math.min(last, dayNumberOf(endOf) - start);
    list.push({
      start: first,
      end,
      diy: dayCount === 'actual/actual' && isLeapYear(year) ? 366 : 365,
    });
    first = end + 1;
    if (month === 12) [year, month] = [year + 1, byMonth ? 1 : 12];
    else month++;
  }
  return list;
}

/**
 * Visits runs of equal end-of-day balance (satang) in day order, none crossing a part, as
 * `visit(part, balance, days, firstDay)`: one pass over the transactions sorted once.
 */
function sweep(
  transactions: readonly SavingsTransaction[],
  start: number,
  days: number,
  partList: readonly Part[],
  visit: (part: Part, balance: bigint, days: number, firstDay: number) => void,
): void {
  let balance = 0n;
  const moves: Array<[offset: number, satang: bigint]> = [];
  for (const { date, amount } of transactions) {
    const offset = dayNumberOf(assertIsoDate(date, 'transaction date')) - start;
    const satang = satangOf(amount);
    if (offset < 0) balance += satang;
    else if (offset < days) moves.push([offset, satang]);
  }
  moves.sort((a, b) => a[0] - b[0]);
  let next = 0;
  for (const part of partList) {
    for (let day = part.start; day <= part.end; ) {
      while (next < moves.length && moves[next]![0] <= day) balance += moves[next++]![1];
      const until = Math.min(next < moves.length ? moves[next]![0] : Infinity, part.end + 1);
      visit(part, balance, until - day, day);
      day = until;
    }
  }
}

const PLAIN_AMOUNT = /^(-?\d{1,90})(?:\.(\d{1,2}))?$/;

/** An amount as whole satang: plain strings read directly, anything else through {@link money}. */
function satangOf(amount: MoneyInput): bigint {
  const match = typeof amount === 'string' ? PLAIN_AMOUNT.exec(amount) : null;
  if (match) return BigInt(match[1]! + (match[2] ?? '').padEnd(2, '0'));
  return satangOfMoney(money(amount));
}

const BAND_FIELDS = ['from', 'ratePercentPerYear'];

/** The longest period {@link savingsInterest} computes, in days: 100 years. */
const MAX_DAYS = 36_525;

/** @internal The fields of {@link InterestTerms}. */
export const INTEREST_TERM_FIELDS = ['ratePercentPerYear', 'tiers', 'method', 'dayCount'];

/**
 * @internal Checks interest terms (rate or tiers, method, day count) into `check`, with paths
 * relative to the terms object: shared by {@link savingsInterest} and the savings rules.
 */
export function checkInterestTerms(check: RuleChecker, given: object): void {
  const terms = given as Record<string, unknown>;
  if (terms.tiers !== undefined) checkTiers(check, terms.tiers);
  else check.decimal('ratePercentPerYear', terms.ratePercentPerYear);
  check.oneOf('method', terms.method, INTEREST_METHODS);
  check.oneOf('dayCount', terms.dayCount, DAY_COUNTS);
}

function checkTiers(check: RuleChecker, value: unknown): void {
  const tiers = check.record('tiers', value);
  if (!tiers) return;
  check.knownFields('tiers', tiers, ['mode', 'bands']);
  check.oneOf('tiers.mode', tiers.mode, TIER_MODES);
  const bands = check.list('tiers.bands', tiers.bands);
  if (!bands) return;
  if (bands.length === 0) {
    check.add('tiers.bands', 'no-bands');
    return;
  }
  let previous: Money | undefined;
  bands.forEach((entry: unknown, index) => {
    const path = `tiers.bands[${index}]`;
    const band = check.record(path, entry);
    if (!band) return;
    check.knownFields(path, band, BAND_FIELDS);
    const from = check.amount(`${path}.from`, band.from);
    check.decimal(`${path}.ratePercentPerYear`, band.ratePercentPerYear);
    if (from && previous && from.compare(previous) <= 0) {
      check.add(`${path}.from`, 'unordered-bands', {
        from: from.toString(),
        previous: previous.toString(),
      });
    }
    previous = from ?? previous;
  });
}
