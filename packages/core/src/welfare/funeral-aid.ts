import { checkOptions } from '../errors/check-option-keys.js';
import { invalidOption } from '../errors/sajja-error.js';
import { Dec } from '../money/decimal.js';
import { money, Money, sum } from '../money/money.js';
import { roundToPlaces } from '../money/rounding.js';
import { RuleChecker } from '../rules/rule-checker.js';

/**
 * What a member pays to keep a funeral-aid membership: exactly one of an amount per month or
 * per year, as a plain decimal string (`'5'`, `'50'`).
 */
export type FuneralAidUpkeep =
  | {
      /** Upkeep per month, at most {@link FUNERAL_AID_LEGAL_CAPS}`.upkeepPerMonth`. */
      readonly perMonth: string;
    }
  | {
      /** Upkeep per year, at most {@link FUNERAL_AID_LEGAL_CAPS}`.upkeepPerYear`. */
      readonly perYear: string;
    };

/**
 * A mutual funeral-aid association's (ฌาปนกิจสงเคราะห์) by-laws, as data: when a member dies,
 * every paying member pays a fixed levy; the association keeps a percentage of what was
 * collected for its expenses and pays the rest to the beneficiary. Amounts are plain decimal
 * strings. Check one with {@link validateFuneralAidRules}.
 *
 * @example
 * ```ts
 * const rules: FuneralAidRules = {
 *   joiningFee: '100',
 *   upkeep: { perYear: '50' },
 *   levyPerDeath: '20',
 *   expensePercent: '7.5',
 * };
 * ```
 */
export interface FuneralAidRules {
  /** Paid once on joining; at most {@link FUNERAL_AID_LEGAL_CAPS}`.joiningFee`. */
  readonly joiningFee: string;
  /** Upkeep per month (at most 5 baht) or per year (at most 50 baht). */
  readonly upkeep: FuneralAidUpkeep;
  /** What each paying member pays for each death; above zero. */
  readonly levyPerDeath: string;
  /** The share of each death's collection kept for expenses, a decimal from 0 to 100 (`'7.5'`). */
  readonly expensePercent: string;
}

/**
 * The legal caps for mutual funeral-aid associations (ฌาปนกิจสงเคราะห์) under Thai law, as
 * stated in the project's DOMAIN.md: a joining fee of at most 100 baht, and upkeep of at most
 * 5 baht a month or 50 baht a year. {@link validateFuneralAidRules} reports rules above them as
 * `above-legal-cap`.
 */
export const FUNERAL_AID_LEGAL_CAPS = /* @__PURE__ */ Object.freeze({
  /** The most a joining fee may be, in baht. */
  joiningFee: '100',
  /** The most upkeep may be per month, in baht. */
  upkeepPerMonth: '5',
  /** The most upkeep may be per year, in baht. */
  upkeepPerYear: '50',
} as const);

/**
 * Illustrative rules for examples, tests and rule editors: joining fee 100 baht and upkeep
 * 5 baht a month (both at the legal caps), a levy of 20 baht per death and 10 % kept for
 * expenses. NOT a preset from any real association: no source gives typical numbers beyond
 * the legal caps, so each association must enter its own by-laws.
 */
export const FUNERAL_AID_EXAMPLE_RULES: FuneralAidRules = /* @__PURE__ */ Object.freeze({
  joiningFee: '100',
  upkeep: /* @__PURE__ */ Object.freeze({ perMonth: '5' }),
  levyPerDeath: '20',
  expensePercent: '10',
});

/**
 * Checks a funeral-aid association's rules and returns them typed. Every problem is reported
 * at once.
 *
 * @throws {@link "@sajja/core".SajjaError} `RULES_INVALID`, with `problems` listing each `{ path, reason }`:
 *   `required`, `not-an-object`, `not-an-amount`, `below-minimum` (a negative amount, or a
 *   `levyPerDeath` below 0.01), `one-upkeep` (not exactly one of `upkeep.perMonth` and
 *   `upkeep.perYear`; `details.given`), `above-legal-cap` (joining fee or upkeep above
 *   {@link FUNERAL_AID_LEGAL_CAPS}; `details.cap`), for `expensePercent` `not-a-number`,
 *   `too-long` or `above-maximum` (over 100), and `unknown-field` (a key the rules, or their
 *   `upkeep`, do not have: `details.field`, `details.closest`).
 *
 * @example
 * ```ts
 * validateFuneralAidRules(FUNERAL_AID_EXAMPLE_RULES); // returns the rules
 * validateFuneralAidRules({ ...FUNERAL_AID_EXAMPLE_RULES, joiningFee: '150' });
 * // throws RULES_INVALID: joiningFee above-legal-cap, details { cap: '100' }
 * ```
 */
export function validateFuneralAidRules(rules: unknown): FuneralAidRules {
  const check = new RuleChecker();
  const root = check.record('', rules);
  if (root) {
    check.knownFields('', root, ['joiningFee', 'upkeep', 'levyPerDeath', 'expensePercent']);
    checkCapped(check, 'joiningFee', root.joiningFee, FUNERAL_AID_LEGAL_CAPS.joiningFee);
    const upkeep = check.record('upkeep', root.upkeep);
    if (upkeep) check.knownFields('upkeep', upkeep, ['perMonth', 'perYear']);
    const key = upkeep && check.exactlyOne('upkeep', upkeep, ['perMonth', 'perYear'], 'one-upkeep');
    if (upkeep && key) {
      const cap = key === 'perMonth' ? 'upkeepPerMonth' : 'upkeepPerYear';
      checkCapped(check, `upkeep.${key}`, upkeep[key], FUNERAL_AID_LEGAL_CAPS[cap]);
    }
    check.amount('levyPerDeath', root.levyPerDeath, { min: '0.01' });
    check.decimal('expensePercent', root.expensePercent, { max: '100' });
  }
  check.throwIfAny('Funeral-aid rules', rules);
  return rules as FuneralAidRules;
}

function checkCapped(check: RuleChecker, path: string, value: unknown, cap: string): void {
  if (check.amount(path, value)?.compare(cap) === 1) check.add(path, 'above-legal-cap', { cap });
}

/** What {@link funeralAidPayout} takes. */
export interface FuneralAidPayoutOptions {
  /** The association's rules; validated first. */
  readonly rules: FuneralAidRules;
  /** Members who pay the levy for a death: a whole number from 0. */
  readonly payingMembers: number;
  /** Deaths in the period: a whole number from 0; 1 by default. */
  readonly deaths?: number;
}

/** The money of {@link funeralAidPayout}: per death, and for all the deaths of the period. */
export interface FuneralAidPayout {
  /** What one paying member pays in the period: levy × deaths. */
  readonly levyPerMember: Money;
  /** Collected for one death: levy × paying members. */
  readonly collectedPerDeath: Money;
  /** Kept for expenses from one death's collection: collected × expensePercent / 100, half-up. */
  readonly expensePerDeath: Money;
  /** Paid to one death's beneficiary: collected − expense. */
  readonly payoutPerDeath: Money;
  /** Collected for all deaths: collectedPerDeath × deaths. */
  readonly totalCollected: Money;
  /** Kept for expenses from all deaths: expensePerDeath × deaths. */
  readonly totalExpense: Money;
  /** Paid to all beneficiaries: payoutPerDeath × deaths. */
  readonly totalPayout: Money;
}

/**
 * What a funeral-aid association collects for a death, keeps for expenses and pays to the
 * beneficiary, per death and for `deaths` deaths.
 *
 * Each death is its own collection: the expense is rounded half-up to the satang once per
 * death, and the payout is the collection minus that expense, so payout + expense always equals
 * the collection exactly. Totals are the per-death amounts times `deaths`.
 *
 * @throws {@link "@sajja/core".SajjaError} `RULES_INVALID` for bad rules (see {@link validateFuneralAidRules});
 *   `INVALID_ARGUMENT` with reason `invalid-option` (`details.option`) when `options` is not an
 *   object or `payingMembers` or `deaths` is not a whole number from 0 (at most 2^53 − 1),
 *   `unknown-option` for an option other than `rules`, `payingMembers` and `deaths`.
 *
 * @example
 * ```ts
 * const result = funeralAidPayout({
 *   rules: { ...FUNERAL_AID_EXAMPLE_RULES, levyPerDeath: '15', expensePercent: '7.5' },
 *   payingMembers: 1237,
 * });
 * result.collectedPerDeath.toString(); // '18555.00'
 * result.expensePerDeath.toString();   // '1391.63' (1,391.625 rounded half-up)
 * result.payoutPerDeath.toString();    // '17163.37'
 * ```
 */
export function funeralAidPayout(options: FuneralAidPayoutOptions): FuneralAidPayout {
  checkOptions(options, ['rules', 'payingMembers', 'deaths'], 'funeralAidPayout');
  const { rules, payingMembers, deaths = 1 } = options;
  const valid = validateFuneralAidRules(rules);
  wholeCount('payingMembers', payingMembers);
  wholeCount('deaths', deaths);
  const levy = money(valid.levyPerDeath);
  const collectedPerDeath = levy.times(payingMembers);
  // percent / 100 is exact in decimal, so `times` rounds exactly once.
  const expenseFactor = new Dec(String(valid.expensePercent)).div(100).toFixed();
  const expensePerDeath = collectedPerDeath.times(expenseFactor, 'half-up');
  const payoutPerDeath = collectedPerDeath.minus(expensePerDeath);
  return {
    levyPerMember: levy.times(deaths),
    collectedPerDeath,
    expensePerDeath,
    payoutPerDeath,
    totalCollected: collectedPerDeath.times(deaths),
    totalExpense: expensePerDeath.times(deaths),
    totalPayout: payoutPerDeath.times(deaths),
  };
}

/** The period {@link funeralAidMemberCharges} charges a member for. */
export interface FuneralAidChargePeriod {
  /** Months of upkeep: a whole number from 0. */
  readonly months: number;
  /** Deaths levied in the period: a whole number from 0. */
  readonly deaths: number;
  /** True when the member joins in this period and owes the joining fee; false by default. */
  readonly joining?: boolean;
}

/** What one member owes for a period, from {@link funeralAidMemberCharges}. */
export interface FuneralAidMemberCharges {
  /** The joining fee, or 0.00 when not joining. */
  readonly joiningFee: Money;
  /** Upkeep for the period's months. */
  readonly upkeep: Money;
  /** levyPerDeath × deaths. */
  readonly levies: Money;
  /** joiningFee + upkeep + levies. */
  readonly total: Money;
}

/**
 * What one member owes a funeral-aid association for a period: the joining fee (when joining),
 * upkeep for `months` months and the levy for each of `deaths` deaths.
 *
 * Upkeep per month is `perMonth × months`. Upkeep per year is charged pro rata by whole months,
 * `perYear × months / 12`, rounded half-up to the satang once (division last, so an exact half
 * satang rounds up): 12 months cost exactly `perYear`, 18 months one and a half times it,
 * 7 months of 50 baht a year 29.17. Associations that charge a whole year for any part of one
 * should pass `months` rounded up to a multiple of 12.
 *
 * @throws {@link "@sajja/core".SajjaError} `RULES_INVALID` for bad rules (see {@link validateFuneralAidRules});
 *   `INVALID_ARGUMENT` with reason `invalid-option` (`details.option`) when `period` is not an
 *   object, `months` or `deaths` is not a whole number from 0 (at most 2^53 − 1), or `joining`
 *   is not a boolean; `unknown-option` for a key of `period` other than these three.
 *
 * @example
 * ```ts
 * const charges = funeralAidMemberCharges(FUNERAL_AID_EXAMPLE_RULES, { months: 3, deaths: 2, joining: true });
 * charges.total.toString(); // '155.00' (joining 100 + upkeep 15 + levies 40)
 * funeralAidMemberCharges({ ...FUNERAL_AID_EXAMPLE_RULES, upkeep: { perYear: '50' } }, { months: 7, deaths: 0 })
 *   .upkeep.toString();     // '29.17'
 * ```
 */
export function funeralAidMemberCharges(
  rules: FuneralAidRules,
  period: FuneralAidChargePeriod,
): FuneralAidMemberCharges {
  const valid = validateFuneralAidRules(rules);
  checkOptions(period, ['months', 'deaths', 'joining'], 'funeralAidMemberCharges', 'period');
  const { months, deaths, joining = false } = period;
  wholeCount('months', months);
  wholeCount('deaths', deaths);
  if (typeof joining !== 'boolean') throw invalidOption('joining', joining, 'true or false');
  const { perMonth, perYear } = valid.upkeep as { perMonth?: string; perYear?: string };
  const upkeep =
    perMonth !== undefined
      ? money(perMonth).times(months)
      : Money.fromDecimal(
          roundToPlaces(money(perYear!).toDecimal().times(months).div(12), 2, 'half-up'),
        );
  const joiningFee = money(joining ? valid.joiningFee : '0');
  const levies = money(valid.levyPerDeath).times(deaths);
  return { joiningFee, upkeep, levies, total: sum([joiningFee, upkeep, levies]) };
}

function wholeCount(option: string, value: unknown): void {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw invalidOption(option, value, 'a whole number from 0');
  }
}
