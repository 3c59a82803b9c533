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
 * - `'period'`: each instalment period is one month; the periodic rate is `percent / 100` per
 *   month, or a yearly rate ÷ 12.
 * - `'actual/365'`: interest on the actual days between due dates (the first period from the
 *   disbursement), at the yearly rate ÷ 365 per day.
 */
export type LoanDayCount = 'period' | 'actual/365';

/** Every {@link LoanDayCount}, for validation and for pickers. */
export const LOAN_DAY_COUNTS: readonly LoanDayCount[] = /* @__PURE__ */ Object.freeze([
  'period',
  'actual/365',
]);

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
  /** The number of monthly instalments, 1 to 600. */
  readonly termMonths: number;
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
   * Rounds each instalment **up** to this multiple (`'1'`, `'10'`): the exact `PMT` of a
   * `'declining'` loan, the principal part plus interest of the others; the last instalment
   * absorbs the difference. Default: none (a `'declining'` payment is `PMT` rounded half-up to
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
