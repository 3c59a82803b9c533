/**
 * `@sajja/core/savings`: savings accounts and interest, shares and dividends, pledges (สัจจะ)
 * and the discipline score.
 *
 * @module @sajja/core/savings
 */
export { accountBalance } from './transactions.js';
export type { SavingsTransaction, SavingsTransactionKind, SavingsAccount } from './transactions.js';
export { savingsByMonth, lastTwelveMonths } from './savings-by-month.js';
export type { DepositOrWithdrawal, SavingsMonthBalance } from './savings-by-month.js';
export {
  shareDividend,
  dividendWarnings,
  DIVIDEND_WEIGHTINGS,
  COOPERATIVE_DIVIDEND_CAP_PERCENT,
} from './share-dividend.js';
export type {
  DividendWeighting,
  ShareContribution,
  ShareDividendOptions,
} from './share-dividend.js';
export {
  validateShareRules,
  shareRulesWarnings,
  sharesFor,
  COOPERATIVE_SHARE_RULES,
} from './share-rules.js';
export type { ShareRules, SharesForAmount } from './share-rules.js';
export { validatePledgeRules, SAJJA_PLEDGE_RULES } from './pledge-rules.js';
export type { PledgeRules, PledgeFines } from './pledge-rules.js';
export { pledgeStatus } from './pledge-status.js';
export { pledgeStartMonth } from './pledge-start-month.js';
export type {
  MemberPledge,
  PledgeDeposit,
  PledgeMonth,
  PledgeMonthStatus,
  PledgeStatus,
} from './pledge-status.js';
export { disciplineScore, DISCIPLINE_FORMULA } from './discipline-score.js';
export type {
  DisciplineInput,
  DisciplinePeriod,
  DisciplineScore,
  DisciplineComponents,
  DisciplineComponent,
  DisciplineComponentCode,
  OnTimePledgesDetails,
  LedgerDaysDetails,
  PledgeStreakDetails,
  LedgerMonth,
} from './discipline-score.js';
export { savingsInterest, INTEREST_METHODS, DAY_COUNTS, TIER_MODES } from './savings-interest.js';
export type {
  InterestMethod,
  DayCount,
  TierMode,
  InterestBand,
  InterestTiers,
  InterestTerms,
  SavingsInterestOptions,
} from './savings-interest.js';
export {
  validateSavingsRules,
  VILLAGE_BANK_SAVINGS_RULES,
  WITHDRAWAL_PERIODS,
} from './savings-rules.js';
export type { SavingsRules, WithdrawalLimit, WithdrawalPeriod } from './savings-rules.js';
export { postInterest } from './post-interest.js';
export type { InterestTransaction } from './post-interest.js';
export { checkWithdrawal, savingsReasonMessage } from './check-withdrawal.js';
export type { SavingsReason, SavingsReasonCode, WithdrawalCheck } from './check-withdrawal.js';
export { passbook, PASSBOOK_CODE_LABELS } from './passbook.js';
export type { PassbookLine } from './passbook.js';
