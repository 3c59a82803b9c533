import { daysInMonth } from '../dates/iso-date.js';
import { describeInput, RuleChecker } from '../rules/rule-checker.js';
import {
  checkInterestTerms,
  INTEREST_TERM_FIELDS,
  type InterestTerms,
} from './savings-interest.js';

/** The calendar period a {@link WithdrawalLimit} counts withdrawals in. */
export type WithdrawalPeriod = 'month' | 'year';

/** Every {@link WithdrawalPeriod}, for validation and for pickers. */
export const WITHDRAWAL_PERIODS: readonly WithdrawalPeriod[] = /* @__PURE__ */ Object.freeze([
  'month',
  'year',
]);

/** How many withdrawals a member may make per calendar month or year, and what more cost. */
export interface WithdrawalLimit {
  /** Withdrawals allowed in each period without the `feeBeyond` fee (0 or more). */
  readonly count: number;
  /** The calendar period counted: `'month'` or `'year'`. */
  readonly per: WithdrawalPeriod;
  /**
   * The fee for each withdrawal beyond `count` in a period (`'20'`). Without it, a withdrawal
   * beyond `count` is refused.
   */
  readonly feeBeyond?: string;
}

/**
 * A savings product's by-laws, as data: amounts and rates as plain decimal strings, dates of
 * the year as `'MM-DD'` codes. Interest is rounded half-up to satang once per posting.
 *
 * @example
 * ```ts
 * const rules: SavingsRules = {
 *   ratePercentPerYear: '1',
 *   method: 'daily-balance',
 *   dayCount: 'actual/365',
 *   postingDates: ['06-30', '12-31'],
 *   minimumBalance: '100',
 *   withdrawalLimit: { count: 2, per: 'month', feeBeyond: '10' },
 * };
 * ```
 */
export interface SavingsRules extends InterestTerms {
  /** The rate in percent a year (`'1'`); required unless `tiers` is given, which replaces it. */
  readonly ratePercentPerYear?: string;
  /**
   * The days of the year interest is credited, as `'MM-DD'` in increasing order
   * (`['06-30', '12-31']`); at least one. `'02-29'` is refused, since most years lack it.
   */
  readonly postingDates: readonly string[];
  /** The balance a withdrawal must leave in the account (`'100'`); none when absent. */
  readonly minimumBalance?: string;
  /** A limit on withdrawals per calendar month or year; none when absent. */
  readonly withdrawalLimit?: WithdrawalLimit;
  /** A fee charged on every withdrawal (`'5'`), besides any `withdrawalLimit.feeBeyond`. */
  readonly withdrawalFee?: string;
}

/**
 * A village bank's passbook savings: interest on each day's end-of-day balance, actual/365,
 * credited on 30 June and 31 December, and a minimum balance of 100 baht (all from DOMAIN.md,
 * "Savings and shares"), at 1 % a year (illustrative: DOMAIN.md gives no rate). No withdrawal
 * limit or fee: add the group's own.
 */
export const VILLAGE_BANK_SAVINGS_RULES: SavingsRules = /* @__PURE__ */ Object.freeze({
  ratePercentPerYear: '1',
  method: 'daily-balance',
  dayCount: 'actual/365',
  postingDates: /* @__PURE__ */ Object.freeze(['06-30', '12-31']),
  minimumBalance: '100',
} as const);

const MONTH_DAY = /^(\d\d)-(\d\d)$/;

/**
 * Checks a savings product's rules and returns them typed. Every problem is reported at once.
 *
 * @throws {@link "@sajja/core".SajjaError} `RULES_INVALID`, with `problems` listing each `{ path, reason }`:
 *   `required`, `not-an-object`, `not-a-list`, `not-an-amount`, `not-a-number`,
 *   `not-a-whole-number`, `below-minimum`, `above-maximum`, `unknown-value` (method, day count,
 *   tier mode, withdrawal period), `no-bands` (an empty `tiers.bands`), `unordered-bands`
 *   (a band's `from` not above the previous one's), `no-posting-dates`,
 *   `invalid-posting-date` (not an `'MM-DD'` day found in every year),
 *   `unordered-posting-dates` (not in increasing order, or repeated), `too-long` (a decimal past {@link "@sajja/core".MAX_DECIMAL_LENGTH} characters),
 *   `unknown-field` (a key the rules, or an object in them, do not have: `details.field`, and
 *   `details.closest` for the field probably meant).
 *
 * @example
 * ```ts
 * validateSavingsRules(VILLAGE_BANK_SAVINGS_RULES); // the preset, unchanged
 * validateSavingsRules({ method: 'daily', postingDates: ['6-30'] });
 * // throws RULES_INVALID: ratePercentPerYear required, method unknown-value, …
 * ```
 */
export function validateSavingsRules(rules: unknown): SavingsRules {
  const check = new RuleChecker();
  const root = check.record('', rules);
  if (root) {
    check.knownFields('', root, [
      ...INTEREST_TERM_FIELDS,
      'postingDates',
      'minimumBalance',
      'withdrawalLimit',
      'withdrawalFee',
    ]);
    checkInterestTerms(check, root);
    checkPostingDates(check, root.postingDates);
    for (const key of ['minimumBalance', 'withdrawalFee'] as const) {
      if (root[key] !== undefined) check.amount(key, root[key]);
    }
    const limit =
      root.withdrawalLimit === undefined
        ? undefined
        : check.record('withdrawalLimit', root.withdrawalLimit);
    if (limit) {
      check.knownFields('withdrawalLimit', limit, ['count', 'per', 'feeBeyond']);
      check.wholeNumber('withdrawalLimit.count', limit.count, { max: 10_000 });
      check.oneOf('withdrawalLimit.per', limit.per, WITHDRAWAL_PERIODS);
      if (limit.feeBeyond !== undefined) check.amount('withdrawalLimit.feeBeyond', limit.feeBeyond);
    }
  }
  check.throwIfAny('Savings rules', rules);
  return rules as SavingsRules;
}

function checkPostingDates(check: RuleChecker, given: unknown): void {
  const value = check.list('postingDates', given);
  if (!value) return;
  if (value.length === 0) check.add('postingDates', 'no-posting-dates');
  value.forEach((code: unknown, index) => {
    const path = `postingDates[${index}]`;
    const match = typeof code === 'string' ? MONTH_DAY.exec(code) : null;
    const [month, day] = [Number(match?.[1]), Number(match?.[2])];
    // 2023 is a common year: a posting day must exist in every year, so not 29 February.
    if (!match || month < 1 || month > 12 || day < 1 || day > daysInMonth(2023, month)) {
      check.add(path, 'invalid-posting-date', { value: describeInput(code) });
    } else if (
      index > 0 &&
      typeof value[index - 1] === 'string' &&
      (code as string) <= (value[index - 1] as string)
    ) {
      check.add(path, 'unordered-posting-dates', { value: describeInput(code) });
    }
  });
}
