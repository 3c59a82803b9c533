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
import { LOAN_DAY_COUNTS, LOAN_METHODS } from './loan-terms.js';
import { checkRate, yearlyPercent } from './periodic-rate.js';
import { MAX_TERM_MONTHS } from './schedule.js';

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

/** @internal The fields of {@link LoanRules}; rules with any other are refused. */
export const LOAN_RULE_FIELDS: readonly string[] = /* @__PURE__ */ Object.freeze([
  'rate',
  'method',
  'termMonths',
  'dayCount',
  'roundPaymentTo',
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
 *   increasing order of `above`). A rate above 15 %/year is not a problem: see
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
    check.wholeNumber('termMonths', root.termMonths, { min: 1, max: MAX_TERM_MONTHS });
    if (root.dayCount !== undefined) check.oneOf('dayCount', root.dayCount, LOAN_DAY_COUNTS);
    if (root.roundPaymentTo !== undefined) {
      check.amount('roundPaymentTo', root.roundPaymentTo, { min: '0.01' });
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
