/**
 * `@sajja/core`: money, Thai text and dates for Thai community finance. Pure functions over
 * immutable values; runs the same in Node and in browsers.
 *
 * @packageDocumentation
 */
export { SajjaError, isSajjaError } from './errors/sajja-error.js';
export type {
  SajjaErrorCode,
  SajjaErrorDetails,
  SajjaErrorInit,
  SajjaProblem,
} from './errors/sajja-error.js';
export { errorMessage, problemMessage } from './errors/messages.js';
export type { Language } from './errors/messages.js';
export { Money, money, sum, isMoney, MAX_MONEY_DIGITS } from './money/money.js';
export type { MoneyInput, MoneyOptions } from './money/money.js';
export { ROUNDING_MODES } from './money/rounding.js';
export type { RoundingMode } from './money/rounding.js';
export { toThaiDigits, fromThaiDigits } from './text/thai-digits.js';
export type { DigitStyle } from './text/thai-digits.js';
export { parseMoney, MAX_TYPED_DIGITS } from './money/parse-money.js';
export { formatMoney } from './money/format-money.js';
export type { FormatMoneyOptions } from './money/format-money.js';
export { allocate } from './money/allocate.js';
export type { AllocationWeight } from './money/allocate.js';
export { bahtText } from './text/baht-text.js';
export type { BahtTextOptions, EdRule } from './text/baht-text.js';
export {
  isIsoDate,
  assertIsoDate,
  isLeapYear,
  daysInMonth,
  daysBetween,
  addDays,
  addMonths,
  compareIsoDates,
} from './dates/iso-date.js';
export { toBuddhistYear, BUDDHIST_ERA_OFFSET } from './dates/buddhist-era.js';
export {
  formatThaiDate,
  THAI_MONTH_NAMES,
  THAI_MONTH_ABBREVIATIONS,
} from './dates/format-thai-date.js';
export type { ThaiDateStyle, FormatThaiDateOptions } from './dates/format-thai-date.js';
export { parseThaiDate } from './dates/parse-thai-date.js';
export {
  validateWelfareRules,
  BENEFIT_TYPES,
  DEFAULT_ARREARS_GRACE_DAYS,
} from './welfare/welfare-rules.js';
export type {
  WelfareRules,
  WelfareContribution,
  Benefit,
  FixedBenefit,
  PerUnitBenefit,
  MembershipYearsBenefit,
  MembershipYearsStep,
  AnnualBenefit,
} from './welfare/welfare-rules.js';
export { completedYears, benefitsStartOn } from './welfare/membership.js';
export { welfareBenefit } from './welfare/welfare-benefit.js';
export type {
  WelfareMember,
  WelfareClaim,
  PaidClaim,
  WelfareReason,
  WelfareReasonCode,
  WelfareDecision,
} from './welfare/welfare-benefit.js';
export { welfareReasonMessage } from './welfare/welfare-reason-message.js';
export { CHAMUNG_WELFARE_RULES, WELFARE_BENEFIT_LABELS } from './welfare/welfare-presets.js';
export type { BilingualLabel } from './welfare/welfare-presets.js';
export {
  validateFuneralAidRules,
  funeralAidPayout,
  funeralAidMemberCharges,
  FUNERAL_AID_LEGAL_CAPS,
  FUNERAL_AID_EXAMPLE_RULES,
} from './welfare/funeral-aid.js';
export type {
  FuneralAidRules,
  FuneralAidUpkeep,
  FuneralAidPayoutOptions,
  FuneralAidPayout,
  FuneralAidChargePeriod,
  FuneralAidMemberCharges,
} from './welfare/funeral-aid.js';
export { contributionsDue } from './welfare/contributions-due.js';
export type { ContributionsDue } from './welfare/contributions-due.js';
export { matchingFunds } from './welfare/matching-funds.js';
export type { MatchingRatios, MatchingFunds } from './welfare/matching-funds.js';
export { projectWelfareFund, EXAMPLE_CLAIM_RATES } from './welfare/project-welfare-fund.js';
export type {
  ClaimRate,
  WelfareProjectionOptions,
  WelfareProjectionYear,
  WelfareProjection,
} from './welfare/project-welfare-fund.js';
export { ruleWarningMessage } from './rules/rule-warning.js';
export type { RuleWarning, RuleWarningCode } from './rules/rule-warning.js';
export { accountBalance } from './savings/transactions.js';
export type {
  SavingsTransaction,
  SavingsTransactionKind,
  SavingsAccount,
} from './savings/transactions.js';
export {
  shareDividend,
  dividendWarnings,
  DIVIDEND_WEIGHTINGS,
  COOPERATIVE_DIVIDEND_CAP_PERCENT,
} from './savings/share-dividend.js';
export type {
  DividendWeighting,
  ShareContribution,
  ShareDividendOptions,
} from './savings/share-dividend.js';
export {
  validateShareRules,
  shareRulesWarnings,
  sharesFor,
  COOPERATIVE_SHARE_RULES,
} from './savings/share-rules.js';
export type { ShareRules, SharesForAmount } from './savings/share-rules.js';
export { validatePledgeRules, SAJJA_PLEDGE_RULES } from './savings/pledge-rules.js';
export type { PledgeRules, PledgeFines } from './savings/pledge-rules.js';
export { pledgeStatus } from './savings/pledge-status.js';
export type {
  MemberPledge,
  PledgeDeposit,
  PledgeMonth,
  PledgeMonthStatus,
  PledgeStatus,
} from './savings/pledge-status.js';
export { disciplineScore, DISCIPLINE_FORMULA } from './savings/discipline-score.js';
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
} from './savings/discipline-score.js';
export {
  savingsInterest,
  INTEREST_METHODS,
  DAY_COUNTS,
  TIER_MODES,
} from './savings/savings-interest.js';
export type {
  InterestMethod,
  DayCount,
  TierMode,
  InterestBand,
  InterestTiers,
  InterestTerms,
  SavingsInterestOptions,
} from './savings/savings-interest.js';
export {
  validateSavingsRules,
  VILLAGE_BANK_SAVINGS_RULES,
  WITHDRAWAL_PERIODS,
} from './savings/savings-rules.js';
export type { SavingsRules, WithdrawalLimit, WithdrawalPeriod } from './savings/savings-rules.js';
export { postInterest } from './savings/post-interest.js';
export type { InterestTransaction } from './savings/post-interest.js';
export { checkWithdrawal, savingsReasonMessage } from './savings/check-withdrawal.js';
export type {
  SavingsReason,
  SavingsReasonCode,
  WithdrawalCheck,
} from './savings/check-withdrawal.js';
export { passbook, PASSBOOK_CODE_LABELS } from './savings/passbook.js';
export type { PassbookLine } from './savings/passbook.js';
