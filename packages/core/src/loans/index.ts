/**
 * `@sajja/core/loans`: repayment schedules for every method, repayments and arrears, capped
 * penalties, payoff quotes, borrowing limits, debt-relief plans, and lending by-laws as data.
 *
 * @module @sajja/core/loans
 */
export { LOAN_METHODS, LOAN_DAY_COUNTS } from './loan-terms.js';
export type {
  LoanMethod,
  LoanDayCount,
  InterestRate,
  LoanTerms,
  Installment,
  LoanSchedule,
} from './loan-terms.js';
export { DEFAULT_ALLOCATION_ORDER, DEFAULT_PENALTY_RULE } from './loan-rules.js';
export type {
  RepaymentPart,
  PrepaymentRule,
  PenaltyRule,
  PercentPerYearPenalty,
  FixedFeePenalty,
  GuarantorStep,
  LoanLimitRules,
  LoanRules,
} from './loan-rules.js';
