import type { Money } from '../money/money.js';

/**
 * How a loan's instalments are built (DOMAIN.md, "Loans"):
 * - `'flat'`: interest on the original principal every period; equal principal parts.
 * - `'declining'`: declining balance with equal instalments (annuity, Excel's `PMT`).
 * - `'equal-principal'`: declining balance with equal principal parts (ลดต้นลดดอก).
 */
export type LoanMethod = 'flat' | 'declining' | 'equal-principal';

/** Every {@link LoanMethod}, for validation and for pickers. */
export const LOAN_METHODS: readonly LoanMethod[] = /* @__PURE__ */ Object.freeze([
  'flat',
  'declining',
  'equal-principal',
]);

/**
 * How interest for a period is measured:
 * - `'period'`: every period is a whole period whatever its days: the periodic rate is a
 *   monthly rate (or a yearly one ÷ 12) times the months between payments; a yearly rate ÷ 52
 *   per week, ÷ 365 per day (see {@link RepayEvery}).
 * - `'actual/365'`: interest on the actual days between due dates (the first period from the
 *   disbursement), at the yearly rate ÷ 365 per day.
 * - `'actual/actual'`: actual days, each at the yearly rate ÷ the days of its own calendar year
 *   (365 or 366): a period across New Year is split at 1 January.
 * - `'30/360'`: every month counts 30 days and a year 360: a whole month is exactly 1/12 of
 *   the yearly rate whatever its days. A first period longer or shorter than whole months
 *   (counted back from its due date) adds a stub of 30 × its actual days ÷ the actual days of
 *   the month it falls in (15 January to 1 February: 30 × 17/31 days; 10 January to 5 March:
 *   one month and 30 × 26/31 days), as Fineract charges it. Monthly repayment only.
 */
export type LoanDayCount = 'period' | 'actual/365' | 'actual/actual' | '30/360';

/** Every {@link LoanDayCount}, for validation and for pickers. */
export const LOAN_DAY_COUNTS: readonly LoanDayCount[] = /* @__PURE__ */ Object.freeze([
  'period',
  'actual/365',
  'actual/actual',
  '30/360',
]);

/**
 * How `roundPaymentTo` rounds an instalment to its multiple: `'up'` (the default: never less
 * than the exact payment, so the loan may end early), `'nearest'` (Fineract's rule: ties by
 * {@link LoanRoundingMode}), `'down'` (never more; the last instalment takes the rest).
 */
export type RoundPaymentMode = 'up' | 'nearest' | 'down';

/** Every {@link RoundPaymentMode}, the default first. */
export const ROUND_PAYMENT_MODES: readonly RoundPaymentMode[] = /* @__PURE__ */ Object.freeze([
  'up',
  'nearest',
  'down',
]);

/**
 * How every amount of a schedule is rounded to the satang: `'half-up'` (the default: 0.5 satang
 * up) or `'half-even'` (banker's rounding: 0.5 satang to the even satang, Fineract's default).
 */
export type LoanRoundingMode = 'half-up' | 'half-even';

/** Every {@link LoanRoundingMode}, the default first. */
export const LOAN_ROUNDING_MODES: readonly LoanRoundingMode[] = /* @__PURE__ */ Object.freeze([
  'half-up',
  'half-even',
]);

/**
 * How a flat loan's interest adds up: `'per-installment'` (the default: each instalment's
 * interest rounded on its own) or `'contract-total'` (principal × rate × term rounded once,
 * spread evenly, the last charged instalment taking the satang left).
 */
export type FlatInterest = 'per-installment' | 'contract-total';

/** Every {@link FlatInterest}, the default first. */
export const FLAT_INTEREST_RULES: readonly FlatInterest[] = /* @__PURE__ */ Object.freeze([
  'per-installment',
  'contract-total',
]);

/** The unit of {@link RepayEvery}. */
export type RepayUnit = 'day' | 'week' | 'month';

/** Every {@link RepayUnit}. */
export const REPAY_UNITS: readonly RepayUnit[] = /* @__PURE__ */ Object.freeze([
  'day',
  'week',
  'month',
]);

/**
 * How often instalments fall due: every `count` days, weeks or months (`{ count: 2, unit:
 * 'week' }` is fortnightly). Monthly due dates keep the anchor day (clamped to short months);
 * weekly and daily ones are exactly `7 × count` or `count` days apart.
 */
export interface RepayEvery {
  /** How many units between instalments, 1 to 12 for months, 1 to 52 for weeks, 1 to 366 for days. */
  readonly count: number;
  /** The unit. */
  readonly unit: RepayUnit;
}

/**
 * When instalments are paid within their period: `'end'` (the default: the first one a period
 * after the disbursement) or `'start'` (Excel's `PMT(…, 1)`: the first one on the day of the
 * disbursement, with no interest, the last one a period before the end of the term).
 */
export type PaymentTiming = 'end' | 'start';

/** Every {@link PaymentTiming}, the default first. */
export const PAYMENT_TIMINGS: readonly PaymentTiming[] = /* @__PURE__ */ Object.freeze([
  'end',
  'start',
]);

/**
 * How a `'declining'` loan's level instalment is solved: `'periodic'` (the default: Excel's
 * `PMT` at the periodic rate, whatever the periods' days) or `'actual-days'` (the instalment
 * that repays the loan over the periods' actual interest, Fineract's progressive schedule;
 * needs a day count on days).
 */
export type LevelPayment = 'periodic' | 'actual-days';

/** Every {@link LevelPayment}, the default first. */
export const LEVEL_PAYMENT_RULES: readonly LevelPayment[] = /* @__PURE__ */ Object.freeze([
  'periodic',
  'actual-days',
]);

/** One tranche of a loan paid out in parts. */
export interface Disbursement {
  /** The day it is paid out, ISO `YYYY-MM-DD`. */
  readonly on: string;
  /** The amount paid out, more than 0. */
  readonly amount: Money | string;
}

/** An interest rate as by-laws quote it: `{ percent: '1', per: 'month' }` or `{ percent: 12, per: 'year' }`. */
export interface InterestRate {
  /**
   * The rate in percent (`'1'`, `12`, `'0.5'`); 0 for interest-free loans. Never negative; at
   * most {@link "@sajja/core".MAX_DECIMAL_LENGTH} characters.
   */
  readonly percent: string | number;
  /** The period the percentage is quoted for. */
  readonly per: 'month' | 'year';
}

/**
 * Everything needed to build a loan's repayment schedule, passed whole (the idea of
 * Fineract's `LoanApplicationTerms`). A key it does not list is refused (`unknown-option`),
 * never ignored.
 */
export interface LoanTerms {
  /** The amount lent (`'100000'` or a {@link "@sajja/core".Money}); more than 0. */
  readonly principal: Money | string;
  /** The contractual interest rate. */
  readonly rate: InterestRate;
  /**
   * The number of monthly instalments, 1 to 600, for a loan repaid every month. Give this or
   * `installmentCount`, not both.
   */
  readonly termMonths?: number;
  /**
   * The number of instalments, 1 to 1,200, whatever {@link LoanTerms.repayEvery} is. Give this
   * or `termMonths`, not both.
   */
  readonly installmentCount?: number;
  /** How often instalments fall due; default every month. */
  readonly repayEvery?: RepayEvery;
  /** How instalments are built. */
  readonly method: LoanMethod;
  /** The day the money was paid out, ISO `YYYY-MM-DD`. */
  readonly disbursedOn: string;
  /**
   * The first due date, ISO; later ones fall on the same day of following months. Default: one
   * month after `disbursedOn`.
   */
  readonly firstDueOn?: string;
  /**
   * The day of the month instalments fall on (1–31), clamped to shorter months. Default: the
   * day of `firstDueOn`, or else of `disbursedOn`. Lets a schedule recomputed from the middle of
   * a loan (after a prepayment) keep a 31st that the last due date showed as the 30th.
   */
  readonly dueDayOfMonth?: number;
  /**
   * Rounds each instalment to this multiple (`'1'`, `'10'`), **up** unless
   * {@link LoanTerms.roundPaymentMode} says otherwise: the exact `PMT` of a `'declining'` loan,
   * the principal part plus interest of the others; the last instalment absorbs the difference. Default: none (a `'declining'` payment is `PMT` rounded half-up to
   * satang; the other methods' parts are already whole satang).
   */
  readonly roundPaymentTo?: Money | string;
  /**
   * A fixed instalment instead of the computed one, for a schedule recomputed after a
   * prepayment that keeps the instalment (`'reduce-term'`): the payment of a `'declining'` or
   * `'flat'` loan, the principal part of an `'equal-principal'` one. More than 0; when given,
   * `roundPaymentTo` does not apply.
   */
  readonly installment?: Money | string;
  /** How interest is measured; default `'period'`. */
  readonly dayCount?: LoanDayCount;
  /** How `roundPaymentTo` rounds the payment; default `'up'`. Needs `roundPaymentTo`. */
  readonly roundPaymentMode?: RoundPaymentMode;
  /** How every satang of the schedule is rounded; default `'half-up'`. */
  readonly roundingMode?: LoanRoundingMode;
  /** How a `'flat'` loan's interest adds up; default `'per-installment'`. */
  readonly flatInterest?: FlatInterest;
  /** The first n instalments pay interest only; default 0. Fewer than the instalments. */
  readonly graceOnPrincipal?: number;
  /**
   * The interest of the first n instalments is charged but paid with the first instalment after
   * them (no interest on it); default 0. Fewer than the instalments.
   */
  readonly graceOnInterestPayment?: number;
  /** The first n periods charge no interest at all; default 0. At most the instalments. */
  readonly interestFreePeriods?: number;
  /** When instalments are paid within their period; default `'end'`. */
  readonly paymentTiming?: PaymentTiming;
  /** How a `'declining'` loan's level instalment is solved; default `'periodic'`. */
  readonly levelPayment?: LevelPayment;
  /**
   * The tranches of a loan paid out in parts, in date order: the first on `disbursedOn`, the
   * others before the last due date, adding up to `principal`. Default: all on `disbursedOn`.
   */
  readonly disbursements?: readonly Disbursement[];
}

/** @internal The fields of {@link LoanTerms}: any other key is refused as a likely typo. */
export const LOAN_TERM_FIELDS: readonly string[] = /* @__PURE__ */ Object.freeze([
  'principal',
  'rate',
  'termMonths',
  'method',
  'disbursedOn',
  'firstDueOn',
  'dueDayOfMonth',
  'roundPaymentTo',
  'installment',
  'dayCount',
  'installmentCount',
  'repayEvery',
  'roundPaymentMode',
  'roundingMode',
  'flatInterest',
  'graceOnPrincipal',
  'graceOnInterestPayment',
  'interestFreePeriods',
  'paymentTiming',
  'levelPayment',
  'disbursements',
]);

/** One instalment of a {@link LoanSchedule}. All amounts are {@link "@sajja/core".Money}. */
export interface Installment {
  /** The instalment number, from 1. */
  readonly n: number;
  /** When it falls due, ISO `YYYY-MM-DD`. */
  readonly dueDate: string;
  /** The amount due: `principal + interest`. */
  readonly payment: Money;
  /** The part of the payment that repays principal. */
  readonly principal: Money;
  /** The part of the payment that is interest. */
  readonly interest: Money;
  /** The principal still owed after this instalment is paid; 0 after the last. */
  readonly balance: Money;
}

/** A loan's repayment schedule, as built by `loanSchedule`. */
export interface LoanSchedule {
  /** The instalments in order of due date. */
  readonly installments: readonly Installment[];
  /** The sum of every instalment's interest. */
  readonly totalInterest: Money;
  /** The sum of every instalment's payment: principal + total interest. */
  readonly totalPayment: Money;
}
