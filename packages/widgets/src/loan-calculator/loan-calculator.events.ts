import type { InterestRate, LoanMethod, RepayEvery, RoundPaymentMode } from '@sajja/core/loans';

/** One instalment in a {@link SajjaCalculateDetail}; amounts as strings (`'1100.00'`). */
export interface CalculatedInstallment {
  /** The instalment number, from 1. */
  readonly n: number;
  /** When it falls due, ISO `YYYY-MM-DD`. */
  readonly dueDate: string;
  /** The amount due. */
  readonly payment: string;
  /** The part that repays principal. */
  readonly principal: string;
  /** The part that is interest. */
  readonly interest: string;
  /** The principal still owed afterwards. */
  readonly balance: string;
}

/** The `detail` of a `sajja-calculate` event: the terms and the schedule, money as strings. */
export interface SajjaCalculateDetail {
  /** The loan amount (`'20000.00'`). */
  readonly principal: string;
  /** The rate as entered (`{ percent: '1', per: 'month' }`). */
  readonly rate: InterestRate;
  /** The number of instalments of a loan repaid every month; absent otherwise. */
  readonly termMonths?: number;
  /** The number of instalments of a loan repaid every week or two; absent for a monthly one. */
  readonly installmentCount?: number;
  /** How often instalments fall due (`{ count: 2, unit: 'week' }`), as the core takes it. */
  readonly repayEvery: RepayEvery;
  /** The method. */
  readonly method: LoanMethod;
  /** How many first instalments pay interest only (0: none). */
  readonly graceOnPrincipal: number;
  /** The multiple the instalment is rounded to (`'10.00'`); absent when it is not rounded. */
  readonly roundPaymentTo?: string;
  /** How it is rounded to `roundPaymentTo`; absent when it is not rounded. */
  readonly roundPaymentMode?: RoundPaymentMode;
  /** The first (regular) instalment. */
  readonly payment: string;
  /** The sum of interest over the schedule. */
  readonly totalInterest: string;
  /** The sum of every payment. */
  readonly totalPayment: string;
  /** Every instalment. */
  readonly installments: readonly CalculatedInstallment[];
}

/** The event `<sajja-loan-calculator>` fires after each calculation. */
export type SajjaCalculateEvent = CustomEvent<SajjaCalculateDetail>;
