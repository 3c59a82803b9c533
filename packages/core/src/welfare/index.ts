/**
 * `@sajja/core/welfare`: community welfare fund rules, benefits, contributions, matching funds
 * and solvency projection; mutual funeral aid.
 *
 * @module @sajja/core/welfare
 */
export {
  validateWelfareRules,
  BENEFIT_TYPES,
  DEFAULT_ARREARS_GRACE_DAYS,
} from './welfare-rules.js';
export type {
  WelfareRules,
  WelfareContribution,
  Benefit,
  FixedBenefit,
  PerUnitBenefit,
  MembershipYearsBenefit,
  MembershipYearsStep,
  AnnualBenefit,
} from './welfare-rules.js';
export { completedYears, benefitsStartOn } from './membership.js';
export { welfareBenefit } from './welfare-benefit.js';
export type {
  WelfareMember,
  WelfareClaim,
  PaidClaim,
  WelfareReason,
  WelfareReasonCode,
  WelfareDecision,
} from './welfare-benefit.js';
export { welfareReasonMessage } from './welfare-reason-message.js';
export { CHAMUNG_WELFARE_RULES, WELFARE_BENEFIT_LABELS } from './welfare-presets.js';
export type { BilingualLabel } from './welfare-presets.js';
export {
  validateFuneralAidRules,
  funeralAidPayout,
  funeralAidMemberCharges,
  FUNERAL_AID_LEGAL_CAPS,
  FUNERAL_AID_EXAMPLE_RULES,
} from './funeral-aid.js';
export type {
  FuneralAidRules,
  FuneralAidUpkeep,
  FuneralAidPayoutOptions,
  FuneralAidPayout,
  FuneralAidChargePeriod,
  FuneralAidMemberCharges,
} from './funeral-aid.js';
export { contributionsDue } from './contributions-due.js';
export type { ContributionsDue } from './contributions-due.js';
export { matchingFunds } from './matching-funds.js';
export type { MatchingRatios, MatchingFunds } from './matching-funds.js';
export { projectWelfareFund, EXAMPLE_CLAIM_RATES } from './project-welfare-fund.js';
export type {
  ClaimRate,
  WelfareProjectionOptions,
  WelfareProjectionYear,
  WelfareProjection,
} from './project-welfare-fund.js';
