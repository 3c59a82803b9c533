import { RuleChecker } from '../rules/rule-checker.js';

/**
 * Fines a pledge group charges, as plain decimal strings of baht. Both are optional; a fine
 * left out is zero. How {@link pledgeStatus} decides that a month is late or missed is
 * described there.
 */
export interface PledgeFines {
  /** Charged once for each month paid in full after its due date. */
  readonly perLateMonth?: string;
  /** Charged once for each month still not paid in full after the month has ended. */
  readonly perMissedMonth?: string;
}

/**
 * A pledge (sajja, สัจจะ) group's by-laws for the monthly pledge, as data. Each member pledges
 * a fixed amount a month (see {@link MemberPledge}), due by `dueDay` of every month. Check one
 * with {@link validatePledgeRules}.
 *
 * @example
 * ```ts
 * const rules: PledgeRules = {
 *   dueDay: 5,
 *   defaultAmount: '100',
 *   minAmount: '10',
 *   maxAmount: '500',
 *   fines: { perLateMonth: '5', perMissedMonth: '10' }, // illustrative amounts
 * };
 * ```
 */
export interface PledgeRules {
  /**
   * The day of the month (1–31) by which each month's pledge is due. In shorter months it is
   * that month's last day: 31 means 29 February in 2024 and 30 April.
   */
  readonly dueDay: number;
  /** The monthly pledge of a member who has not chosen another amount; at least 0.01. */
  readonly defaultAmount: string;
  /** The smallest monthly pledge a member may choose; none when absent. */
  readonly minAmount?: string;
  /** The largest monthly pledge a member may choose; none when absent. */
  readonly maxAmount?: string;
  /** Fines for late and missed months; none when absent. */
  readonly fines?: PledgeFines;
}

/**
 * The pledge rules of the Trat sajja groups as this project's issue states them: 100 baht a
 * month, due by the 5th, with members choosing from 10 to 500 baht a month (the Trat model in
 * the project's DOMAIN.md, from the WSJ report on the Trat groups). No fines: no source gives
 * their amounts, so each group adds its own by-laws' fines.
 */
export const SAJJA_PLEDGE_RULES: PledgeRules = /* @__PURE__ */ Object.freeze({
  dueDay: 5,
  defaultAmount: '100',
  minAmount: '10',
  maxAmount: '500',
});

/**
 * Checks a pledge group's rules and returns them typed. Every problem is reported at once.
 *
 * @throws {@link "@sajja/core".SajjaError} `RULES_INVALID`, with `problems` listing each `{ path, reason }`:
 *   `required`, `not-an-object`, `not-a-whole-number` (`dueDay`), `not-an-amount`,
 *   `below-minimum` (`dueDay` below 1, an amount below 0.01 or a fine below 0, a `maxAmount`
 *   below `minAmount`, a `defaultAmount` below `minAmount`; `details.min`), `above-maximum`
 *   (`dueDay` above 31, a `defaultAmount` above `maxAmount`; `details.max`) and
 *   `unknown-field` (a key the rules, or their `fines`, do not have: `details.field`, and
 *   `details.closest` for the field probably meant).
 *
 * @example
 * ```ts
 * validatePledgeRules(SAJJA_PLEDGE_RULES); // returns the rules
 * validatePledgeRules({ dueDay: 32, defaultAmount: '600', maxAmount: '500' });
 * // throws RULES_INVALID: dueDay above-maximum, defaultAmount above-maximum
 * ```
 */
export function validatePledgeRules(rules: unknown): PledgeRules {
  const check = new RuleChecker();
  const root = check.record('', rules);
  if (root) {
    check.knownFields('', root, ['dueDay', 'defaultAmount', 'minAmount', 'maxAmount', 'fines']);
    check.wholeNumber('dueDay', root.dueDay, { min: 1, max: 31 });
    const optional = (key: string) =>
      root[key] === undefined ? undefined : check.amount(key, root[key], { min: '0.01' });
    const min = optional('minAmount');
    const max = optional('maxAmount');
    if (min && max && max.compare(min) < 0) {
      check.add('maxAmount', 'below-minimum', { min: min.toString() });
    }
    const amount = check.amount('defaultAmount', root.defaultAmount, { min: '0.01' });
    if (amount && min && amount.compare(min) < 0) {
      check.add('defaultAmount', 'below-minimum', { min: min.toString() });
    } else if (amount && max && amount.compare(max) > 0) {
      check.add('defaultAmount', 'above-maximum', { max: max.toString() });
    }
    const fines = root.fines === undefined ? undefined : check.record('fines', root.fines);
    if (fines) check.knownFields('fines', fines, ['perLateMonth', 'perMissedMonth']);
    for (const key of ['perLateMonth', 'perMissedMonth'] as const) {
      if (fines?.[key] !== undefined) check.amount(`fines.${key}`, fines[key]);
    }
  }
  check.throwIfAny('Pledge rules', rules);
  return rules as PledgeRules;
}
