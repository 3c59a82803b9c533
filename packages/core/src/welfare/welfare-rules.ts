import { RuleChecker } from '../rules/rule-checker.js';

/**
 * What a member contributes to a welfare fund: exactly one of an amount per day (CODI's model:
 * 1 baht a day, paid monthly or yearly), per month, or per year. Amounts are plain decimal
 * strings (`'1'`, `'30'`, `'365'`).
 */
export type WelfareContribution =
  | {
      /** Contributed for every day of membership. */
      readonly perDay: string;
    }
  | {
      /** Contributed for every month of membership, from the joining date. */
      readonly perMonth: string;
    }
  | {
      /** Contributed for every year of membership, from the joining date. */
      readonly perYear: string;
    };

/** A fixed amount per claim (birth: 1,000 baht). */
export interface FixedBenefit {
  /** Says how the amount is found: fixed. */
  readonly type: 'fixed';
  /** Paid per claim. */
  readonly amount: string;
}

/** An amount per unit claimed (hospital: 200 baht a night), with optional caps. */
export interface PerUnitBenefit {
  /** Says how the amount is found: per-unit. */
  readonly type: 'per-unit';
  /** Paid per unit (night, day, visit). */
  readonly perUnit: string;
  /** The most one claim pays (600 baht a stay). */
  readonly maxPerClaim?: string;
  /** The most claims of this kind pay a member in one calendar year (1,000 baht). */
  readonly maxPerYear?: string;
}

/** One step of a {@link MembershipYearsBenefit}: from `minYears` completed years, `amount`. */
export interface MembershipYearsStep {
  /** Completed years of membership from which this step applies. */
  readonly minYears: number;
  /** Paid per claim from then on (until a higher step applies). */
  readonly amount: string;
}

/** An amount that grows with completed years of membership (death: 3,000 to 30,000 baht). */
export interface MembershipYearsBenefit {
  /** Says how the amount is found: by-membership-years. */
  readonly type: 'by-membership-years';
  /** Steps in increasing `minYears`, no two the same. Below the first step nothing is paid. */
  readonly steps: readonly MembershipYearsStep[];
}

/** An allowance paid once a calendar year after `minYears` of membership (elderly: 200/year after 3 years). */
export interface AnnualBenefit {
  /** Says how the amount is found: annual. */
  readonly type: 'annual';
  /** Paid once per calendar year. */
  readonly amount: string;
  /** Completed years of membership needed. */
  readonly minYears: number;
}

/** One benefit of a welfare fund's table; `type` says how its amount is found. */
export type Benefit = FixedBenefit | PerUnitBenefit | MembershipYearsBenefit | AnnualBenefit;

/** Every benefit `type`, for validation and for rule editors. */
export const BENEFIT_TYPES: readonly Benefit['type'][] = /* @__PURE__ */ Object.freeze([
  'fixed',
  'per-unit',
  'by-membership-years',
  'annual',
]);

/**
 * A community welfare fund's by-laws, as data. Benefit kinds are stable codes
 * (`'birth'`, `'hospital'`, `'death'`: lower-case letters, digits and dashes), never
 * translated labels.
 *
 * @example
 * ```ts
 * const rules: WelfareRules = {
 *   waitingDays: 180,
 *   contribution: { perDay: '1' },
 *   benefits: {
 *     birth: { type: 'fixed', amount: '1000' },
 *     hospital: { type: 'per-unit', perUnit: '200', maxPerClaim: '600', maxPerYear: '1000' },
 *   },
 *   dependantFactor: '0.5',
 * };
 * ```
 */
export interface WelfareRules {
  /** Days from joining before benefits start (joined 2025-06-01 + 180 → from 2025-11-28). */
  readonly waitingDays: number;
  /** What each member contributes. */
  readonly contribution: WelfareContribution;
  /** The benefit table, by kind code. */
  readonly benefits: Readonly<Record<string, Benefit>>;
  /**
   * For claims by a member's dependants (family members), every amount and cap of the table
   * times this factor (a decimal from 0 to 1, such as `'0.5'`). Without it, dependants are
   * paid as members.
   */
  readonly dependantFactor?: string;
  /**
   * Days a member's contributions may lag behind a claim's date before the claim is refused
   * with `CONTRIBUTIONS_IN_ARREARS` (default {@link DEFAULT_ARREARS_GRACE_DAYS}).
   */
  readonly arrearsGraceDays?: number;
}

/** Contributions may lag this many days behind a claim by default: one monthly payment. */
export const DEFAULT_ARREARS_GRACE_DAYS = 31;

const KIND_CODE = /^[a-z][a-z0-9-]*$/;

const WELFARE_RULE_FIELDS = [
  'waitingDays',
  'contribution',
  'benefits',
  'dependantFactor',
  'arrearsGraceDays',
];

/** The fields of each type of {@link Benefit}. */
const BENEFIT_FIELDS: Readonly<Record<Benefit['type'], readonly string[]>> = {
  fixed: ['type', 'amount'],
  'per-unit': ['type', 'perUnit', 'maxPerClaim', 'maxPerYear'],
  'by-membership-years': ['type', 'steps'],
  annual: ['type', 'amount', 'minYears'],
};

/**
 * Checks a welfare fund's rules and returns them typed. Every problem is reported at once.
 *
 * @throws {@link "@sajja/core".SajjaError} `RULES_INVALID`, with `problems` listing each
 *   `{ path, reason }`: `required`, `not-an-object`, `not-an-amount`, `below-minimum`,
 *   `above-maximum`, `not-a-whole-number`, `not-a-number`, `unknown-value` (an unknown benefit
 *   `type`), `one-contribution` (not exactly one of perDay, perMonth, perYear),
 *   `invalid-kind` (a kind that is not a code), `no-steps`, `overlapping-steps` (two steps with
 *   the same `minYears`), `unordered-steps`, `cap-below-claim-cap` (`maxPerYear` below
 *   `maxPerClaim`), `too-long` (a decimal past {@link "@sajja/core".MAX_DECIMAL_LENGTH} characters),
 *   `unknown-field` (a key the rules, or an object in them, do not have: `details.field`, and
 *   `details.closest` for the field probably meant).
 *
 * @example
 * ```ts
 * validateWelfareRules({ waitingDays: 180, contribution: { perDay: '1' }, benefits: {} });
 * validateWelfareRules({ waitingDays: -1 }); // throws RULES_INVALID (below-minimum, required, …)
 * ```
 */
export function validateWelfareRules(rules: unknown): WelfareRules {
  const check = new RuleChecker();
  const root = check.record('', rules);
  if (root) {
    check.knownFields('', root, WELFARE_RULE_FIELDS);
    check.wholeNumber('waitingDays', root.waitingDays, { max: 3650 });
    checkContribution(check, root.contribution);
    const benefits = check.record('benefits', root.benefits);
    if (benefits) {
      for (const [kind, benefit] of Object.entries(benefits)) {
        if (!KIND_CODE.test(kind)) check.add(`benefits.${kind}`, 'invalid-kind', { kind });
        checkBenefit(check, `benefits.${kind}`, benefit);
      }
    }
    if (root.dependantFactor !== undefined) {
      check.decimal('dependantFactor', root.dependantFactor, { max: '1' });
    }
    if (root.arrearsGraceDays !== undefined) {
      check.wholeNumber('arrearsGraceDays', root.arrearsGraceDays, { max: 3650 });
    }
  }
  check.throwIfAny('Welfare rules', rules);
  return rules as WelfareRules;
}

function checkContribution(check: RuleChecker, value: unknown): void {
  const contribution = check.record('contribution', value);
  if (!contribution) return;
  check.knownFields('contribution', contribution, ['perDay', 'perMonth', 'perYear']);
  const key = check.exactlyOne(
    'contribution',
    contribution,
    ['perDay', 'perMonth', 'perYear'],
    'one-contribution',
  );
  if (key) check.amount(`contribution.${key}`, contribution[key]);
}

function checkBenefit(check: RuleChecker, path: string, value: unknown): void {
  const benefit = check.record(path, value);
  if (!benefit) return;
  const type = check.oneOf(`${path}.type`, benefit.type, BENEFIT_TYPES);
  if (type) check.knownFields(path, benefit, BENEFIT_FIELDS[type]);
  switch (type) {
    case 'fixed':
      check.amount(`${path}.amount`, benefit.amount);
      break;
    case 'per-unit': {
      check.amount(`${path}.perUnit`, benefit.perUnit);
      const perClaim =
        benefit.maxPerClaim === undefined
          ? undefined
          : check.amount(`${path}.maxPerClaim`, benefit.maxPerClaim);
      const perYear =
        benefit.maxPerYear === undefined
          ? undefined
          : check.amount(`${path}.maxPerYear`, benefit.maxPerYear);
      if (perClaim && perYear && perYear.compare(perClaim) < 0) {
        check.add(`${path}.maxPerYear`, 'cap-below-claim-cap', {
          maxPerClaim: perClaim.toString(),
        });
      }
      break;
    }
    case 'by-membership-years':
      checkSteps(check, `${path}.steps`, benefit.steps);
      break;
    case 'annual':
      check.amount(`${path}.amount`, benefit.amount);
      check.wholeNumber(`${path}.minYears`, benefit.minYears, { max: 150 });
      break;
  }
}

function checkSteps(check: RuleChecker, path: string, given: unknown): void {
  const value = check.list(path, given);
  if (!value) return;
  if (value.length === 0) check.add(path, 'no-steps');
  let previous: number | undefined;
  value.forEach((entry: unknown, index) => {
    const step = check.record(`${path}[${index}]`, entry);
    if (!step) return;
    check.knownFields(`${path}[${index}]`, step, ['minYears', 'amount']);
    const minYears = check.wholeNumber(`${path}[${index}].minYears`, step.minYears, { max: 150 });
    check.amount(`${path}[${index}].amount`, step.amount);
    if (minYears === undefined) return;
    if (previous !== undefined && minYears === previous) {
      check.add(`${path}[${index}].minYears`, 'overlapping-steps', { minYears });
    } else if (previous !== undefined && minYears < previous) {
      check.add(`${path}[${index}].minYears`, 'unordered-steps', { minYears, previous });
    }
    previous = minYears;
  });
}
