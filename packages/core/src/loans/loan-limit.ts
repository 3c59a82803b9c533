import { checkOptionKeys } from '../errors/check-option-keys.js';
import { invalidOption, SajjaError } from '../errors/sajja-error.js';
import { readDecimal } from '../money/decimal.js';
import { money, type Money, type MoneyInput } from '../money/money.js';
import { RuleChecker } from '../rules/rule-checker.js';
import type { LoanLimitRules, LoanRules } from './loan-rules.js';
import { checkLoanLimitRules, LOAN_RULE_FIELDS } from './validate-loan-rules.js';

/**
 * Which limit a {@link LoanLimitReason} is:
 * - `'savings-multiple'`: `savings × savingsMultiple`;
 * - `'shares-multiple'`: `shares × sharesMultiple`;
 * - `'max-amount'`: the absolute `maxAmount`;
 * - `'share-secured'`: `shares × shareSecuredPercent / 100` (an alternative; see {@link loanLimit}).
 */
export type LoanLimitCode = 'savings-multiple' | 'shares-multiple' | 'max-amount' | 'share-secured';

/** One limit that applies to a member, with the amounts a widget needs to explain it. */
export interface LoanLimitReason {
  /** Which limit this is. */
  readonly code: LoanLimitCode;
  /** What the rule allows in total, what is already outstanding included. */
  readonly limit: Money;
  /** What it leaves for a new loan: `limit − outstanding`, never below 0. */
  readonly available: Money;
  /** True for the limit that decides {@link LoanLimit.maxAmount} (the first, on a tie). */
  readonly binding: boolean;
  /**
   * The figures behind `limit`, as strings: `{ multiple, savings }`, `{ multiple, shares }`,
   * `{ maxAmount }`, or `{ percent, shares }`.
   */
  readonly details: Readonly<Record<string, string>>;
}

/** What {@link loanLimit} takes. */
export interface LoanLimitInput {
  /** The member's savings (zero or more). */
  readonly savings: MoneyInput;
  /** The member's share capital (zero or more). */
  readonly shares: MoneyInput;
  /** The principal the member still owes on earlier loans (zero or more). */
  readonly outstanding: MoneyInput;
  /** The fund's rules; only `limits` is read. */
  readonly rules: Pick<LoanRules, 'limits'>;
}

/** The most a member may borrow now, and why. */
export interface LoanLimit {
  /**
   * The largest new loan the ordinary limits allow: the smallest of them minus what is
   * outstanding, never below 0. `null` when the rules set none of savings multiple, shares
   * multiple or maximum amount (no limit, not a limit of zero).
   */
  readonly maxAmount: Money | null;
  /** The limit that decides `maxAmount`; absent when `maxAmount` is `null`. */
  readonly binding?: LoanLimitCode;
  /** Every ordinary limit that applies, in the order savings, shares, maximum amount. */
  readonly reasons: readonly LoanLimitReason[];
  /** Guarantors a loan of `maxAmount` needs (see {@link guarantorsFor}); absent when it is `null`. */
  readonly guarantorsNeeded?: number;
  /**
   * The share-secured limit, when the rules set `shareSecuredPercent`: a loan secured by the
   * member's own shares may reach this, whatever the multiples say.
   */
  readonly shareSecured?: LoanLimitReason;
  /** The largest new share-secured loan: `shareSecured.available`. */
  readonly shareSecuredMax?: Money;
}

/**
 * The largest new loan a member may take under a fund's limits, with each limit and which one
 * binds.
 *
 * Every limit is a total for all the member's loans: the new loan may bring what is owed up to
 * the smallest of `savings × savingsMultiple`, `shares × sharesMultiple` and `maxAmount`, so
 * `maxAmount` is that smallest limit minus `outstanding`, never below 0. Products are rounded
 * down to the satang (a limit is never exceeded by rounding).
 *
 * A share-secured loan is an alternative, reported separately as `shareSecured` and
 * `shareSecuredMax`: `shares × shareSecuredPercent / 100` (rounded down), still no more than
 * `maxAmount` when the rules set one, minus everything `outstanding` (the shares secure one
 * debt at a time). The multiples do not apply to it. The caller chooses which kind of loan
 * to offer; guarantors (`guarantorsNeeded`) are counted for the ordinary maximum.
 *
 * @throws {@link "@sajja/core".SajjaError} `INVALID_AMOUNT` for an amount that is not one;
 *   `INVALID_ARGUMENT` with reason `negative-amount` for negative savings, shares or
 *   outstanding, `invalid-option` for an `input` that is not an object, `unknown-option` for
 *   a key of it other than `savings`, `shares`, `outstanding` and `rules`; `RULES_INVALID` for
 *   `limits` that `validateLoanRules` would reject (or rules with a field
 *   {@link LoanRules} does not have: `unknown-field`).
 *
 * @example
 * ```ts
 * const limit = loanLimit({
 *   savings: '12000',
 *   shares: '0',
 *   outstanding: '5000',
 *   rules: SAJJA_GROUP_LOAN_RULES, // twice the savings; 3–5 guarantors
 * });
 * limit.maxAmount?.toString(); // '19000.00': 2 × 12,000 − 5,000
 * limit.binding;               // 'savings-multiple'
 * limit.guarantorsNeeded;      // 3
 * ```
 */
export function loanLimit(input: LoanLimitInput): LoanLimit {
  if (typeof input !== 'object' || input === null) {
    throw invalidOption('input', input, 'an object: { savings, shares, outstanding, rules }');
  }
  checkOptionKeys(input, ['savings', 'shares', 'outstanding', 'rules'], 'loanLimit');
  const savings = nonNegative('savings', input.savings);
  const shares = nonNegative('shares', input.shares);
  const outstanding = nonNegative('outstanding', input.outstanding);
  const limits = checkedLimits(input.rules);
  const candidates: Array<Omit<LoanLimitReason, 'available' | 'binding'>> = [];
  if (limits.savingsMultiple !== undefined) {
    candidates.push({
      code: 'savings-multiple',
      limit: savings.times(limits.savingsMultiple, 'down'),
      details: { multiple: limits.savingsMultiple, savings: savings.toString() },
    });
  }
  if (limits.sharesMultiple !== undefined) {
    candidates.push({
      code: 'shares-multiple',
      limit: shares.times(limits.sharesMultiple, 'down'),
      details: { multiple: limits.sharesMultiple, shares: shares.toString() },
    });
  }
  const cap = limits.maxAmount === undefined ? undefined : money(limits.maxAmount);
  if (cap) {
    candidates.push({ code: 'max-amount', limit: cap, details: { maxAmount: cap.toString() } });
  }
  const available = (limit: Money): Money =>
    limit.compare(outstanding) > 0 ? limit.minus(outstanding) : money(0);
  let smallest: (typeof candidates)[number] | undefined;
  for (const candidate of candidates) {
    if (!smallest || candidate.limit.compare(smallest.limit) < 0) smallest = candidate;
  }
  const reasons = candidates.map((candidate) =>
    Object.freeze({
      ...candidate,
      available: available(candidate.limit),
      binding: candidate === smallest,
    }),
  );
  const maxAmount = smallest ? available(smallest.limit) : null;
  const result: {
    -readonly [K in keyof LoanLimit]: LoanLimit[K];
  } = { maxAmount, reasons: Object.freeze(reasons) };
  if (smallest && maxAmount) {
    result.binding = smallest.code;
    result.guarantorsNeeded = guarantorsFor(maxAmount, { limits });
  }
  if (limits.shareSecuredPercent !== undefined) {
    const percent = limits.shareSecuredPercent;
    let limit = shares.times(readDecimal(percent)!.div(100).toFixed(), 'down');
    if (cap && cap.compare(limit) < 0) limit = cap;
    const shareSecured: LoanLimitReason = Object.freeze({
      code: 'share-secured',
      limit,
      available: available(limit),
      binding: false,
      details: { percent, shares: shares.toString() },
    });
    result.shareSecured = shareSecured;
    result.shareSecuredMax = shareSecured.available;
  }
  return Object.freeze(result);
}

/**
 * The number of guarantors (ผู้ค้ำประกัน) a loan of `amount` needs under the rules' guarantor
 * steps: the `count` of the last step whose `above` the amount exceeds, or 0 when it exceeds
 * none (or the rules have no steps).
 *
 * @throws {@link "@sajja/core".SajjaError} `INVALID_AMOUNT` for an amount that is not one;
 *   `INVALID_ARGUMENT` / `negative-amount` for a negative one; `RULES_INVALID` for bad limits.
 *
 * @example
 * ```ts
 * guarantorsFor('20000', SAJJA_GROUP_LOAN_RULES);    // 3 (steps: above 0 → 3, 20,000 → 4, 50,000 → 5)
 * guarantorsFor('20000.01', SAJJA_GROUP_LOAN_RULES); // 4
 * ```
 */
export function guarantorsFor(amount: MoneyInput, rules: Pick<LoanRules, 'limits'>): number {
  const loan = nonNegative('amount', amount);
  let count = 0;
  for (const step of checkedLimits(rules).guarantors ?? []) {
    if (loan.compare(step.above) > 0) count = step.count;
  }
  return count;
}

function checkedLimits(rules: Pick<LoanRules, 'limits'>): LoanLimitRules {
  const check = new RuleChecker();
  const root = check.record('', rules);
  if (root) check.knownFields('', root, LOAN_RULE_FIELDS);
  const limits =
    root?.limits === undefined ? {} : checkLoanLimitRules(check, 'limits', root.limits);
  check.throwIfAny('Loan rules', rules);
  return limits!;
}

function nonNegative(name: string, value: MoneyInput): Money {
  const amount = money(value);
  if (amount.isNegative()) {
    throw new SajjaError(
      'INVALID_ARGUMENT',
      'negative-amount',
      `${name} cannot be negative (${amount.toString()}).`,
      { input: value, details: { option: name } },
    );
  }
  return amount;
}
