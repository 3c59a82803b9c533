/**
 * `@sajja/core/loans`: repayment schedules for every method, repayments and arrears, capped
 * penalties, payoff quotes, borrowing limits, debt-relief plans, and lending by-laws as data.
 *
 * @module @sajja/core/loans
 */
export {
  LOAN_METHODS,
  LOAN_DAY_COUNTS,
  ROUND_PAYMENT_MODES,
  LOAN_ROUNDING_MODES,
  FLAT_INTEREST_RULES,
  REPAY_UNITS,
  PAYMENT_TIMINGS,
  LEVEL_PAYMENT_RULES,
} from './loan-terms.js';
export type {
  LoanMethod,
  LoanDayCount,
  InterestRate,
  LoanTerms,
  Installment,
  LoanSchedule,
  RoundPaymentMode,
  LoanRoundingMode,
  FlatInterest,
  RepayUnit,
  RepayEvery,
  PaymentTiming,
  LevelPayment,
  Disbursement,
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
  EarlyPaymentRule,
} from './loan-rules.js';
export { loanSchedule, MAX_TERM_MONTHS, MAX_INSTALLMENTS } from './schedule.js';
export { installmentDueDates } from './due-dates.js';
export type { DueDateTerms } from './due-dates.js';
export {
  validateLoanRules,
  loanRulesWarnings,
  REPAYMENT_PARTS,
  PREPAYMENT_RULES,
  EARLY_PAYMENT_RULES,
  PENALTY_KINDS,
  LEGAL_INTEREST_CAP_PERCENT,
} from './validate-loan-rules.js';
export {
  VILLAGE_FUND_LOAN_RULES,
  SAJJA_GROUP_LOAN_RULES,
  COOPERATIVE_LOAN_RULES,
} from './loan-presets.js';
export { loanTermsFromRules } from './loan-terms-from-rules.js';
export type { LoanRequest } from './loan-terms-from-rules.js';
export { loanLimit, guarantorsFor } from './loan-limit.js';
export type { LoanLimit, LoanLimitCode, LoanLimitInput, LoanLimitReason } from './loan-limit.js';
export { debtReliefPlan, MAX_SIMULATION_MONTHS } from './debt-relief-plan.js';
export type {
  Debt,
  ConsolidationOffer,
  DebtReliefInput,
  ConsolidatedDebt,
  RemainingDebt,
  DebtOutcome,
  DebtReliefPlan,
} from './debt-relief-plan.js';
export { ageingBucket, AGEING_BUCKETS } from './ageing.js';
export type { AgeingBucket } from './ageing.js';
export { combinedArrears } from './combined-arrears.js';
export type { LoanArrears, CombinedArrears } from './combined-arrears.js';
export { latePenalty } from './penalty.js';
export type {
  Loan,
  LoanPayment,
  LoanState,
  LoanStateInstallment,
  RepaymentAmounts,
} from './loan.js';
export { applyPayment } from './apply-payment.js';
export type { AllocationLine, PaymentAllocation, AppliedPayment } from './apply-payment.js';
export { loanStatus } from './loan-status.js';
export type {
  InstallmentStatus,
  LoanStatusInstallment,
  NextInstallment,
  LoanStatus,
} from './loan-status.js';
export { payoffQuote } from './payoff-quote.js';
export type { PayoffQuote } from './payoff-quote.js';
