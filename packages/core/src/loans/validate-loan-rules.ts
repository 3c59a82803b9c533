import { RuleChecker } from '../rules/rule-checker.js';
import type { RuleWarning } from '../rules/rule-warning.js';
import type {
  EarlyPaymentRule,
  LoanLimitRules,
  LoanRules,
  PenaltyRule,
  PrepaymentRule,
  RepaymentPart,
} from './loan-rules.js';
import { isSajjaError } from '../errors/sajja-error.js';
import {
  FLAT_INTEREST_RULES,
  LEVEL_PAYMENT_RULES,
  LOAN_DAY_COUNTS,
  LOAN_METHODS,
  LOAN_ROUNDING_MODES,
  PAYMENT_TIMINGS,
  REPAY_UNITS,
  ROUND_PAYMENT_MODES,
  type LoanTerms,
} from './loan-terms.js';
import { MAX_REPAY_EVERY } from './due-dates.js';
import { MAX_INSTALLMENTS, MAX_TERM_MONTHS, planOf } from './loan-plan.js';
import { checkRate, yearlyPercent } from './periodic-rate.js';

/** Every {@link RepaymentPart}, for validation and for pickers. */
export const REPAYMENT_PARTS: readonly RepaymentPart[] = /* @__PURE__ */ Object.freeze([
  'penalty',
  'interest',
  'principal',
]);

/** Every {@link PrepaymentRule}, for validation and for pickers. */
export const PREPAYMENT_RULES: readonly PrepaymentRule[] = /* @__PURE__ */ Object.freeze([
  'reduce-term',
  'reduce-payment',
]);

/** Every {@link EarlyPaymentRule}, for validation and for pickers; the default first. */
export const EARLY_PAYMENT_RULES: readonly EarlyPaymentRule[] = /* @__PURE__ */ Object.freeze([
  'next-installment',
  'prepay',
]);

/** Every kind of {@link PenaltyRule}, for validation and for pickers. */
export const PENALTY_KINDS: readonly PenaltyRule['kind'][] = /* @__PURE__ */ Object.freeze([
  'percent-per-year',
  'fixed-fee',
]);

/**
 * The highest interest rate, in percent a year, that the Civil and Commercial Code (s.654)
 * allows lenders other than banks. Rules above it are warned about, never refused (see
 * {@link loanRulesWarnings}): groups decide.
 */
export const LEGAL_INTEREST_CAP_PERCENT = '15';

const RATE_PERIODS = ['month', 'year'] as const;

/** The fields of {@link LoanRules} that shape a schedule, passed on to its terms. */
export const SCHEDULE_RULE_FIELDS = [
  'rate',
  'method',
  'termMonths',
  'installmentCount',
  'repayEvery',
  'dayCount',
  'roundPaymentTo',
  'roundPaymentMode',
  'roundingMode',
  'flatInterest',
  'graceOnPrincipal',
  'graceOnInterestPayment',
  'interestFreePeriods',
  'paymentTiming',
  'levelPayment',
] as const;

/** @internal The fields of {@link LoanRules}; rules with any other are refused. */
export const LOAN_RULE_FIELDS: readonly string[] = /* @__PURE__ */ Object.freeze([
  ...SCHEDULE_RULE_FIELDS,
  'allocationOrder',
  'earlyPayment',
  'prepayment',
  'penalty',
  'penaltyGraceDays',
  'maxPenalty',
  'limits',
]);
/** The longest `penaltyGraceDays` rules may set: ten years. */
const MAX_GRACE_DAYS = 3650;

/**
 * Checks a fund's lending by-laws and returns them typed. Every problem is reported at once,
 * so a committee editing its rules sees them all.
 *
 * @throws {@link "@sajja/core".SajjaError} `RULES_INVALID`, with `problems` listing each `{ path, reason }`:
 *   `required`, `not-an-object`, `not-a-list`, `not-an-amount`, `not-a-number`,
 *   `not-a-whole-number`, `below-minimum`, `above-maximum` (a `termMonths` above 600, a
 *   `penaltyGraceDays` above 3,650, a guarantor `count` above 1,000, a `shareSecuredPercent`
 *   above 100), `too-long` (a decimal past {@link "@sajja/core".MAX_DECIMAL_LENGTH} characters),
 *   `unknown-field` (a key the rules, or an object in them, do not have: `details.field`, and
 *   `details.closest` for the field probably meant), `unknown-value` (rate period, method, day count,
 *   allocation part, early-payment rule, prepayment rule, penalty kind), `duplicate-value` and
 *   `missing-value` (an `allocationOrder` must name penalty, interest and principal once each;
 *   `details.value`), and `unordered-guarantor-steps` (guarantor steps not in strictly
 *   increasing order of `above`), and `conflicting-fields` (two fields each valid that make no
 *   sense together, at the first one's path, `details.conflictsWith` naming the other; checked
 *   by the code that builds schedules once every field is valid). A rate above 15 %/year is
 *   not a problem: see
 *   {@link loanRulesWarnings}.
 *
 * @example
 * ```ts
 * validateLoanRules(SAJJA_GROUP_LOAN_RULES); // the preset, unchanged
 * validateLoanRules({ rate: { percent: '-1', per: 'week' }, method: 'balloon', termMonths: 0 });
 * // throws RULES_INVALID: rate.percent below-minimum, rate.per unknown-value,
 * // method unknown-value, termMonths below-minimum
 * ```
 */
export function validateLoanRules(rules: unknown): LoanRules {
  const check = new RuleChecker();
  const root = check.record('', rules);
  if (root) {
    check.knownFields('', root, LOAN_RULE_FIELDS);
    checkRateRule(check, root.rate);
    check.oneOf('method', root.method, LOAN_METHODS);
    if (root.installmentCount === undefined || root.termMonths !== undefined) {
      check.wholeNumber('termMonths', root.termMonths, { min: 1, max: MAX_TERM_MONTHS });
    }
    if (root.installmentCount !== undefined) {
      check.wholeNumber('installmentCount', root.installmentCount, {
        min: 1,
        max: MAX_INSTALLMENTS,
      });
    }
    if (root.repayEvery !== undefined) checkRepayEveryRule(check, root.repayEvery);
    if (root.dayCount !== undefined) check.oneOf('dayCount', root.dayCount, LOAN_DAY_COUNTS);
    if (root.roundPaymentTo !== undefined) {
      check.amount('roundPaymentTo', root.roundPaymentTo, { min: '0.01' });
    }
    const choices = [
      ['roundPaymentMode', ROUND_PAYMENT_MODES],
      ['roundingMode', LOAN_ROUNDING_MODES],
      ['flatInterest', FLAT_INTEREST_RULES],
      ['paymentTiming', PAYMENT_TIMINGS],
      ['levelPayment', LEVEL_PAYMENT_RULES],
    ] as const;
    for (const [field, values] of choices) {
      if (root[field] !== undefined) check.oneOf(field, root[field], values);
    }
    for (const field of ['graceOnPrincipal', 'graceOnInterestPayment', 'interestFreePeriods']) {
      if (root[field] !== undefined)
        check.wholeNumber(field, root[field], { max: MAX_INSTALLMENTS });
    }
    if (root.allocationOrder !== undefined) checkAllocationOrder(check, root.allocationOrder);
    if (root.earlyPayment !== undefined) {
      check.oneOf('earlyPayment', root.earlyPayment, EARLY_PAYMENT_RULES);
    }
    if (root.prepayment !== undefined) check.oneOf('prepayment', root.prepayment, PREPAYMENT_RULES);
    if (root.penalty !== undefined) checkPenalty(check, root.penalty);
    if (root.penaltyGraceDays !== undefined) {
      check.wholeNumber('penaltyGraceDays', root.penaltyGraceDays, { max: MAX_GRACE_DAYS });
    }
    if (root.maxPenalty !== undefined) check.amount('maxPenalty', root.maxPenalty);
    if (root.limits !== undefined) checkLoanLimitRules(check, 'limits', root.limits);
    // Only issue 20's conventions (or two counts) can conflict: rules without them need no plan.
    if (
      check.problems.length === 0 &&
      CONVENTION_FIELDS.some((field) => root[field] !== undefined)
    ) {
      checkCombination(check, root);
    }
  }
  check.throwIfAny('Loan rules', rules);
  return rules as LoanRules;
}

/**
 * Warnings about lending rules that are allowed but worth a second look, for a rules editor to
 * show with {@link "@sajja/core".ruleWarningMessage}: a rate above {@link LEGAL_INTEREST_CAP_PERCENT}
 * (15 %) a year gives `INTEREST_ABOVE_LEGAL_CAP` with path `'rate.percent'` and `details`
 * `{ rate, cap }`, `rate` in percent a year. A monthly rate counts as 12 times itself a year
 * (simple, as by-laws quote it): 1.25 %/month is 15 %/year and passes, 1.5 %/month is 18 %.
 * Exactly 15 gives none. Penalty rates are not compared with s.654: the penalty is capped
 * anyway (see {@link LoanRules.maxPenalty}).
 *
 * @throws {@link "@sajja/core".SajjaError} `RULES_INVALID` for rules that {@link validateLoanRules} rejects.
 *
 * @example
 * ```ts
 * loanRulesWarnings({ ...SAJJA_GROUP_LOAN_RULES, rate: { percent: '2', per: 'month' } });
 * // [{ code: 'INTEREST_ABOVE_LEGAL_CAP', path: 'rate.percent', details: { rate: '24', cap: '15' } }]
 * loanRulesWarnings(SAJJA_GROUP_LOAN_RULES); // [] (1 %/month is 12 %/year)
 * ```
 */
export function loanRulesWarnings(rules: LoanRules): RuleWarning[] {
  const { rate } = validateLoanRules(rules);
  const yearly = yearlyPercent(checkRate(rate));
  if (yearly.lte(LEGAL_INTEREST_CAP_PERCENT)) return [];
  const details = { rate: yearly.toFixed(), cap: LEGAL_INTEREST_CAP_PERCENT };
  return [{ code: 'INTEREST_ABOVE_LEGAL_CAP', path: 'rate.percent', details }];
}

/** @internal Checks {@link LoanLimitRules} at `path`, recording problems in `check`. */
export function checkLoanLimitRules(
  check: RuleChecker,
  path: string,
  value: unknown,
): LoanLimitRules | undefined {
  const limits = check.record(path, value);
  if (!limits) return undefined;
  const before = check.problems.length;
  check.knownFields(path, limits, LIMIT_FIELDS);
  for (const key of ['savingsMultiple', 'sharesMultiple'] as const) {
    if (limits[key] !== undefined) check.decimal(`${path}.${key}`, limits[key]);
  }
  if (limits.maxAmount !== undefined) check.amount(`${path}.maxAmount`, limits.maxAmount);
  if (limits.shareSecuredPercent !== undefined) {
    check.decimal(`${path}.shareSecuredPercent`, limits.shareSecuredPercent, { max: '100' });
  }
  if (limits.guarantors !== undefined) {
    checkGuarantors(check, `${path}.guarantors`, limits.guarantors);
  }
  return check.problems.length === before ? (limits as LoanLimitRules) : undefined;
}

const LIMIT_FIELDS = [
  'savingsMultiple',
  'sharesMultiple',
  'maxAmount',
  'shareSecuredPercent',
  'guarantors',
];

function checkRepayEveryRule(check: RuleChecker, value: unknown): void {
  const every = check.record('repayEvery', value);
  if (!every) return;
  check.knownFields('repayEvery', every, ['count', 'unit']);
  const unit = check.oneOf('repayEvery.unit', every.unit, REPAY_UNITS);
  check.wholeNumber('repayEvery.count', every.count, {
    min: 1,
    max: MAX_REPAY_EVERY[unit ?? 'day'],
  });
}

/**
 * Options that are each valid but make no sense together (a grace as long as the loan, a
 * contract total on a loan that is not flat, termMonths for weekly repayment, …): checked by
 * the very code that builds schedules, on a sample loan under these rules, and reported as
 * `conflicting-fields` at the option's path with `details.conflictsWith`.
 */
function checkCombination(check: RuleChecker, rules: Record<string, unknown>): void {
  const sample: Record<string, unknown> = { principal: '1000', disbursedOn: '2024-01-15' };
  for (const field of SCHEDULE_RULE_FIELDS) {
    if (rules[field] !== undefined) sample[field] = rules[field];
  }
  try {
    planOf(sample as unknown as LoanTerms);
  } catch (error) {
    if (!isSajjaError(error) || error.reason !== 'conflicting-options') throw error;
    const details = error.details as { option: string; conflictsWith: string };
    check.add(details.option, 'conflicting-fields', { conflictsWith: details.conflictsWith });
  }
}

/** The fields of {@link LoanRules} whose values may conflict with others. */
const CONVENTION_FIELDS = [
  'installmentCount',
  'repayEvery',
  'roundPaymentMode',
  'flatInterest',
  'graceOnPrincipal',
  'graceOnInterestPayment',
  'interestFreePeriods',
  'paymentTiming',
  'levelPayment',
  'dayCount',
] as const;

function checkRateRule(check: RuleChecker, value: unknown): void {
  const rate = check.record('rate', value);
  if (!rate) return;
  check.knownFields('rate', rate, ['percent', 'per']);
  check.decimal('rate.percent', rate.percent);
  check.oneOf('rate.per', rate.per, RATE_PERIODS);
}

function checkAllocationOrder(check: RuleChecker, given: unknown): void {
  const value = check.list('allocationOrder', given);
  if (!value) return;
  const seen = new Set<unknown>();
  value.forEach((part: unknown, index) => {
    const path = `allocationOrder[${index}]`;
    if (check.oneOf(path, part, REPAYMENT_PARTS) === undefined) return;
    if (seen.has(part)) check.add(path, 'duplicate-value', { value: String(part) });
    seen.add(part);
  });
  for (const part of REPAYMENT_PARTS) {
    if (!seen.has(part)) check.add('allocationOrder', 'missing-value', { value: part });
  }
}

function checkPenalty(check: RuleChecker, value: unknown): void {
  const penalty = check.record('penalty', value);
  if (!penalty) return;
  const kind = check.oneOf('penalty.kind', penalty.kind, PENALTY_KINDS);
  if (kind === 'percent-per-year') {
    check.knownFields('penalty', penalty, ['kind', 'percent']);
    check.decimal('penalty.percent', penalty.percent);
  }
  if (kind === 'fixed-fee') {
    check.knownFields('penalty', penalty, ['kind', 'fee']);
    check.amount('penalty.fee', penalty.fee);
  }
}

function checkGuarantors(check: RuleChecker, path: string, given: unknown): void {
  const value = check.list(path, given);
  if (!value) return;
  let previous: string | undefined;
  value.forEach((entry: unknown, index) => {
    const at = `${path}[${index}]`;
    const step = check.record(at, entry);
    if (!step) return;
    check.knownFields(at, step, ['above', 'count']);
    const above = check.amount(`${at}.above`, step.above);
    check.wholeNumber(`${at}.count`, step.count, { max: 1000 });
    if (above === undefined) return;
    if (previous !== undefined && above.compare(previous) <= 0) {
      check.add(`${at}.above`, 'unordered-guarantor-steps', { value: above.toString() });
    }
    previous = above.toString();
  });
}
