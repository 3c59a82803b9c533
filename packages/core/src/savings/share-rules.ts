import { savingsError } from './savings-sentences.js';
import { SajjaError } from '../errors/sajja-error.js';
import { money, Money, type MoneyInput } from '../money/money.js';
import { RuleChecker } from '../rules/rule-checker.js';
import type { RuleWarning } from '../rules/rule-warning.js';
import { DIVIDEND_WEIGHTINGS, dividendWarnings, type DividendWeighting } from './share-dividend.js';

/**
 * A group's rules for member shares (ทุนเรือนหุ้น), as data. Amounts are plain decimal strings.
 * Check one with {@link validateShareRules}.
 *
 * @example
 * ```ts
 * const rules: ShareRules = {
 *   shareValue: '10',
 *   weighting: 'remaining-months',
 *   fiscalYearStartMonth: 4,
 *   ratePercent: '6.15',
 *   minSharesPerMember: 10,
 * };
 * ```
 */
export interface ShareRules {
  /** Baht per share, at least 0.01 (`'10'`). */
  readonly shareValue: string;
  /** How purchases during the year are weighted for the dividend. */
  readonly weighting: DividendWeighting;
  /** The calendar month (1–12) on whose first day the fiscal year starts. */
  readonly fiscalYearStartMonth: number;
  /**
   * The dividend rate, percent a year, zero or more (`'6.15'`). Optional: the general meeting
   * usually sets it each year from the profit. Above 10 it is allowed but warned about
   * (see {@link shareRulesWarnings}).
   */
  readonly ratePercent?: string;
  /** The fewest shares a member must hold, a whole number from 0. */
  readonly minSharesPerMember?: number;
  /** The most shares one member may hold, a whole number from 1 and not below the minimum. */
  readonly maxSharesPerMember?: number;
}

/**
 * Share rules in the cooperative style: 10 baht a share, the month-weighted dividend
 * (`'remaining-months'`), and a fiscal year from January. The share value (village funds'
 * 10 baht) and the weighting are from DOMAIN.md; the January fiscal year is illustrative
 * [no source]. No rate (the general meeting votes it yearly) and no share limits: add the
 * group's own by-laws to a copy.
 */
export const COOPERATIVE_SHARE_RULES: ShareRules = /* @__PURE__ */ Object.freeze({
  shareValue: '10',
  weighting: 'remaining-months',
  fiscalYearStartMonth: 1,
} as const);

const SHARE_RULE_FIELDS = [
  'shareValue',
  'weighting',
  'fiscalYearStartMonth',
  'ratePercent',
  'minSharesPerMember',
  'maxSharesPerMember',
];

/**
 * Checks a group's share rules and returns them typed. Every problem is reported at once.
 *
 * @throws {@link "@sajja/core".SajjaError} `RULES_INVALID`, with `problems` listing each `{ path, reason }`:
 *   `required`, `not-an-object`, `not-an-amount`, `below-minimum` (a `shareValue` below 0.01, a
 *   negative rate, `fiscalYearStartMonth` below 1, `maxSharesPerMember` below 1),
 *   `above-maximum` (`fiscalYearStartMonth` above 12), `unknown-value` (a `weighting` not in
 *   {@link DIVIDEND_WEIGHTINGS}), `not-a-number`, `not-a-whole-number`, `max-below-min`
 *   (`maxSharesPerMember` below `minSharesPerMember`; `details.min`), `too-long` (a decimal past {@link "@sajja/core".MAX_DECIMAL_LENGTH} characters),
 *   `unknown-field` (a key the rules, or an object in them, do not have: `details.field`, and
 *   `details.closest` for the field probably meant). A rate above 10 % is
 *   not a problem: see {@link shareRulesWarnings}.
 *
 * @example
 * ```ts
 * validateShareRules(COOPERATIVE_SHARE_RULES); // returns the rules
 * validateShareRules({ shareValue: '0', weighting: 'daily', fiscalYearStartMonth: 13 });
 * // throws RULES_INVALID: shareValue below-minimum, weighting unknown-value,
 * // fiscalYearStartMonth above-maximum
 * ```
 */
export function validateShareRules(rules: unknown): ShareRules {
  const check = new RuleChecker();
  const root = check.record('', rules);
  if (root) {
    check.knownFields('', root, SHARE_RULE_FIELDS);
    check.amount('shareValue', root.shareValue, { min: '0.01' });
    check.oneOf('weighting', root.weighting, DIVIDEND_WEIGHTINGS);
    check.wholeNumber('fiscalYearStartMonth', root.fiscalYearStartMonth, { min: 1, max: 12 });
    if (root.ratePercent !== undefined) check.decimal('ratePercent', root.ratePercent);
    const least =
      root.minSharesPerMember === undefined
        ? undefined
        : check.wholeNumber('minSharesPerMember', root.minSharesPerMember);
    const most =
      root.maxSharesPerMember === undefined
        ? undefined
        : check.wholeNumber('maxSharesPerMember', root.maxSharesPerMember, { min: 1 });
    if (least !== undefined && most !== undefined && most < least) {
      check.add('maxSharesPerMember', 'max-below-min', { min: least });
    }
  }
  check.throwIfAny('Share rules', rules);
  return rules as ShareRules;
}

/**
 * Warnings about share rules that are allowed but worth a second look, for a rules editor to
 * show: a `ratePercent` above the 10 % a year cooperative regulation allows gives
 * `DIVIDEND_ABOVE_COOPERATIVE_CAP` (path `'ratePercent'`). Groups decide; nothing is refused.
 * Show each with {@link "@sajja/core".ruleWarningMessage}.
 *
 * @throws {@link "@sajja/core".SajjaError} `RULES_INVALID` for rules that {@link validateShareRules} rejects.
 *
 * @example
 * ```ts
 * shareRulesWarnings({ ...COOPERATIVE_SHARE_RULES, ratePercent: '12' });
 * // [{ code: 'DIVIDEND_ABOVE_COOPERATIVE_CAP', path: 'ratePercent', details: { rate: '12', cap: '10' } }]
 * shareRulesWarnings({ ...COOPERATIVE_SHARE_RULES, ratePercent: '10' }); // []
 * ```
 */
export function shareRulesWarnings(rules: ShareRules): RuleWarning[] {
  const { ratePercent } = validateShareRules(rules);
  return ratePercent === undefined ? [] : dividendWarnings(ratePercent);
}

/** What {@link sharesFor} returns: whole shares, and the money left over. */
export interface SharesForAmount {
  /** Whole shares the amount buys. */
  readonly shares: number;
  /** What is left after buying them: from 0.00 to just under one share's value. */
  readonly remainder: Money;
}

/**
 * How many whole shares `amount` buys at the rules' `shareValue`, and what is left (to hand
 * back or keep as savings, as the group decides). Share limits are not applied here.
 *
 * @throws {@link "@sajja/core".SajjaError} `INVALID_AMOUNT` for an amount that is not one, `INVALID_ARGUMENT`
 *   with reason `negative-amount` for a negative amount or `too-many-shares` when the count
 *   would pass 2^53 − 1, and `RULES_INVALID` for rules that are not an object, a `shareValue`
 *   below 0.01 or not an amount, or a field {@link ShareRules} does not have (`unknown-field`).
 *
 * @example
 * ```ts
 * const { shares, remainder } = sharesFor('1005', COOPERATIVE_SHARE_RULES);
 * shares;               // 100
 * remainder.toString(); // '5.00'
 * ```
 */
export function sharesFor(
  amount: MoneyInput,
  rules: Pick<ShareRules, 'shareValue'>,
): SharesForAmount {
  const check = new RuleChecker();
  const root = check.record('', rules);
  if (root) check.knownFields('', root, SHARE_RULE_FIELDS);
  const value = root && check.amount('shareValue', root.shareValue, { min: '0.01' });
  check.throwIfAny('Share rules', rules);
  const total = money(amount);
  if (total.isNegative()) {
    throw new SajjaError(
      'INVALID_ARGUMENT',
      'negative-amount',
      `Cannot buy shares with a negative amount (${total.toString()}).`,
      { input: amount },
    );
  }
  const step = value!.toDecimal();
  const shares = total.toDecimal().divToInt(step);
  if (shares.gt(Number.MAX_SAFE_INTEGER)) {
    throw savingsError(
      'too-many-shares',
      `${total.toString()} buys ${shares.toFixed()} shares, more than can be counted exactly.`,
      { input: amount, details: { maxShares: Number.MAX_SAFE_INTEGER } },
    );
  }
  return {
    shares: shares.toNumber(),
    remainder: Money.fromDecimal(total.toDecimal().minus(shares.times(step))),
  };
}
