import type {
  FlatInterest,
  InterestRate,
  LevelPayment,
  LoanDayCount,
  LoanMethod,
  LoanRoundingMode,
  PaymentTiming,
  RepayEvery,
  RoundPaymentMode,
} from './loan-terms.js';

/** A part of what a borrower owes, in the order a payment settles it. */
export type RepaymentPart = 'penalty' | 'interest' | 'principal';

/** The usual allocation order (DOMAIN.md): penalty → interest → principal, oldest instalment first. */
export const DEFAULT_ALLOCATION_ORDER: readonly RepaymentPart[] = /* @__PURE__ */ Object.freeze([
  'penalty',
  'interest',
  'principal',
]);

/**
 * What an overpayment's prepaid principal does to the rest of the schedule:
 * - `'reduce-term'`: instalments stay the same; the loan ends sooner.
 * - `'reduce-payment'`: the end date stays; the remaining instalments become smaller.
 */
export type PrepaymentRule = 'reduce-term' | 'reduce-payment';

/**
 * What money received before an instalment falls due pays, once everything due is paid:
 * - `'next-installment'` (the default): the next instalment (the first one not yet due and not
 *   yet settled), at its scheduled amounts, in the allocation order: its scheduled interest in
 *   full and its principal. A member who pays at the monthly meeting a few days before the due
 *   date has paid that instalment: it is settled, never overdue, never penalised. Less than the
 *   whole instalment pays it in part; the rest stays due on its due date. Only money beyond the
 *   whole next instalment prepays principal, by {@link LoanRules.prepayment}.
 * - `'prepay'`: all of it prepays principal, after the interest the current period has earned
 *   so far; the next instalment is still asked on its date (smaller, or the loan ends sooner).
 *
 * Either way, money that covers the whole payoff (as `payoffQuote` prices it, interest to the
 * day) pays the loan off: a payoff is not an early instalment.
 */
export type EarlyPaymentRule = 'next-installment' | 'prepay';

/**
 * A penalty of simple interest at `percent` a year on an overdue instalment's **principal
 * only**, for each day it is late (the 2021 rule: 5 %/year).
 */
export interface PercentPerYearPenalty {
  /** Says which kind of penalty this is. */
  readonly kind: 'percent-per-year';
  /** The yearly percentage (`'5'`), as a plain decimal string. */
  readonly percent: string;
}

/** A penalty of one fixed fee for each instalment paid late. */
export interface FixedFeePenalty {
  /** Says which kind of penalty this is. */
  readonly kind: 'fixed-fee';
  /** The fee per late instalment (`'50'`), as a plain decimal string. */
  readonly fee: string;
}

/**
 * A late-payment penalty (เบี้ยปรับ), never compounding and always capped (see
 * {@link LoanRules.maxPenalty}).
 */
export type PenaltyRule = PercentPerYearPenalty | FixedFeePenalty;

/** The penalty used when rules give none: 5 % a year on overdue principal (the 2021 rule). */
export const DEFAULT_PENALTY_RULE: PenaltyRule = /* @__PURE__ */ Object.freeze({
  kind: 'percent-per-year',
  percent: '5',
} as const);

/** Guarantors (ผู้ค้ำประกัน) a loan needs once it is larger than `above`. */
export interface GuarantorStep {
  /** Loans larger than this amount (`'20000'`) need `count` guarantors. */
  readonly above: string;
  /** The number of guarantors needed. */
  readonly count: number;
}

/**
 * How much a member may borrow. Every limit present applies; the smallest wins. Amounts and
 * multiples are plain decimal strings.
 */
export interface LoanLimitRules {
  /** At most this multiple of the member's savings (`'3'`). */
  readonly savingsMultiple?: string;
  /** At most this multiple of the member's shares (`'2'`). */
  readonly sharesMultiple?: string;
  /** At most this amount in total, including what is already outstanding (`'20000'`). */
  readonly maxAmount?: string;
  /**
   * A share-secured loan may reach this percentage of the member's shares (`'90'`), whatever
   * the multiples say.
   */
  readonly shareSecuredPercent?: string;
  /** Guarantors needed by loan size, in increasing order of `above`. */
  readonly guarantors?: readonly GuarantorStep[];
}

/**
 * A fund's lending by-laws, as data (stored as codes, never as translated labels). Validate
 * with `validateLoanRules`; start from a preset such as `SAJJA_GROUP_LOAN_RULES`.
 */
export interface LoanRules {
  /** The contractual rate. Rules above 15 %/year get a warning (Civil and Commercial Code s.654). */
  readonly rate: InterestRate;
  /** How instalments are built. */
  readonly method: LoanMethod;
  /**
   * The usual (and longest allowed) term in months, for loans repaid every month. Give this or
   * `installmentCount`.
   */
  readonly termMonths?: number;
  /** The usual (and most allowed) number of instalments, whatever `repayEvery` is. */
  readonly installmentCount?: number;
  /** How often instalments fall due; default every month (see `LoanTerms.repayEvery`). */
  readonly repayEvery?: RepayEvery;
  /** How interest is measured; default `'period'`. */
  readonly dayCount?: LoanDayCount;
  /** Instalments rounded to this multiple (`'1'`, `'10'`), up by default; default satang. */
  readonly roundPaymentTo?: string;
  /** How `roundPaymentTo` rounds: `'up'` (default), `'nearest'` or `'down'`. */
  readonly roundPaymentMode?: RoundPaymentMode;
  /** How every satang is rounded: `'half-up'` (default) or `'half-even'`. */
  readonly roundingMode?: LoanRoundingMode;
  /** How a flat loan's interest adds up; default `'per-installment'`. */
  readonly flatInterest?: FlatInterest;
  /** The first n instalments pay interest only; default 0. */
  readonly graceOnPrincipal?: number;
  /** The interest of the first n instalments is paid with the next one; default 0. */
  readonly graceOnInterestPayment?: number;
  /** The first n periods charge no interest; default 0. */
  readonly interestFreePeriods?: number;
  /** Instalments at the end (default) or the start of each period. */
  readonly paymentTiming?: PaymentTiming;
  /** How a declining loan's level instalment is solved; default `'periodic'`. */
  readonly levelPayment?: LevelPayment;
  /** The order a payment settles what is due; default {@link DEFAULT_ALLOCATION_ORDER}. */
  readonly allocationOrder?: readonly RepaymentPart[];
  /**
   * What money paid before an instalment falls due pays; default `'next-installment'`: the
   * next instalment, settled early at its scheduled amounts (never overdue, never penalised),
   * and only money beyond it prepays principal. `'prepay'`: all of it prepays principal. Money
   * that covers the payoff pays the loan off either way (see {@link EarlyPaymentRule}).
   */
  readonly earlyPayment?: EarlyPaymentRule;
  /**
   * What prepaid principal (money beyond the next instalment, see
   * {@link LoanRules.earlyPayment}) does to the rest of the schedule; default `'reduce-term'`.
   */
  readonly prepayment?: PrepaymentRule;
  /** The late-payment penalty; default {@link DEFAULT_PENALTY_RULE}. */
  readonly penalty?: PenaltyRule;
  /** Days after the due date before an instalment counts as late for penalties; default 0. */
  readonly penaltyGraceDays?: number;
  /**
   * The most penalty one overdue instalment may carry (`'500'`). Whatever is given, a penalty
   * never exceeds the overdue principal it is charged on (the default cap).
   */
  readonly maxPenalty?: string;
  /** How much a member may borrow. */
  readonly limits?: LoanLimitRules;
}
