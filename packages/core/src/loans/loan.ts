import type { Money } from '../money/money.js';
import type { LoanRules } from './loan-rules.js';
import type { Installment, LoanTerms } from './loan-terms.js';

/**
 * A loan as repayments see it: its terms, the fund's rules, and optionally the schedule it was
 * given (for instance as stored when it was disbursed).
 */
export interface Loan {
  /** The loan's id in the caller's records, carried through untouched. */
  readonly id?: string;
  /** The terms the schedule is built from, and rebuilt from after a prepayment. */
  readonly terms: LoanTerms;
  /**
   * The fund's rules for allocation, early payment, prepayment and penalties (see
   * {@link LoanRules}); the defaults when absent: penalty → interest → principal,
   * `'next-installment'` (money paid before the due date pays the next instalment),
   * `'reduce-term'`, 5 %/year on overdue principal with no grace days.
   */
  readonly rules?: LoanRules;
  /**
   * The schedule, when stored; default `loanSchedule(terms).installments`. Its principal parts
   * must add up to `terms.principal`.
   */
  readonly installments?: readonly Installment[];
}

/**
 * Money received toward a loan, or the reversal of an earlier payment. Records are never
 * edited: a mistake is corrected by a reversal (`reverses`: the id of the payment it cancels,
 * with the same `amount`) and, if need be, a new payment. Both stay in the history.
 */
export interface LoanPayment {
  /** The record's id, unique among the loan's payments; needed to reverse it later. */
  readonly id?: string;
  /** The day the money was received (or the reversal made), ISO `YYYY-MM-DD`. */
  readonly date: string;
  /** The amount received, more than 0 (`'1500'`); for a reversal, the reversed amount. */
  readonly amount: Money | string;
  /** For a reversal: the id of the payment it cancels. */
  readonly reverses?: string;
}

/** Amounts by part of what a borrower owes, and their sum. */
export interface RepaymentAmounts {
  /** Late-payment penalties. */
  readonly penalty: Money;
  /** Interest. */
  readonly interest: Money;
  /** Principal. */
  readonly principal: Money;
  /** `penalty + interest + principal`. */
  readonly total: Money;
}

/** One instalment of a {@link LoanState}: the schedule's row and what has been paid toward it. */
export interface LoanStateInstallment extends Installment {
  /** What payments so far have paid toward this instalment, by part. */
  readonly paid: RepaymentAmounts;
  /**
   * The day a payment settled the instalment (principal, interest and any penalty), before its
   * due date when it was paid early; `null` while something of it is owed.
   */
  readonly paidOn: string | null;
}

/**
 * A loan after some payments, as {@link applyPayment} returns it: immutable; each payment gives
 * a new state. The authority is `loan`, `rules` and `history`: the rest is what they add up to,
 * so a state read back from storage (JSON) works too, only more slowly (it is replayed).
 */
export interface LoanState {
  /** The loan, as given. */
  readonly loan: Loan;
  /** The rules in force: those given to {@link applyPayment}, else the loan's. */
  readonly rules: LoanRules | undefined;
  /** The date of the latest record applied; the disbursement date before any. */
  readonly asOf: string;
  /**
   * The schedule as it stands: the original instalments, and after a prepayment the rest
   * recomputed (renumbered from the current instalment on), each with what has been paid.
   */
  readonly installments: readonly LoanStateInstallment[];
  /** The principal not yet repaid. */
  readonly outstandingPrincipal: Money;
  /**
   * Principal prepaid, in total: paid ahead beyond the next instalment (under
   * `earlyPayment: 'prepay'`, all principal paid before it fell due).
   */
  readonly prepaidPrincipal: Money;
  /** Money received beyond everything owed (after the loan was paid off), to give back. */
  readonly excess: Money;
  /** Every record applied, in order: payments, reversals and the payments they cancel. */
  readonly history: readonly LoanPayment[];
}
