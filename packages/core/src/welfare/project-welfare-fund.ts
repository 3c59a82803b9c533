import { checkOptionKeys, checkOptions } from '../errors/check-option-keys.js';
import { SajjaError, invalidOption } from '../errors/sajja-error.js';
import { Dec } from '../money/decimal.js';
import { money, Money, sum, type MoneyInput } from '../money/money.js';
import { roundToPlaces } from '../money/rounding.js';
import { contributionPeriod } from './contributions-due.js';
import {
  matchingFunds,
  nonNegativeDecimal,
  RATIO_FIELDS,
  type MatchingRatios,
} from './matching-funds.js';
import { unknownKindSentences } from './welfare-sentences.js';
import { validateWelfareRules, type Benefit, type WelfareRules } from './welfare-rules.js';

/**
 * How often a benefit is expected to be claimed, for {@link projectWelfareFund}: claims per
 * 1,000 members per year (an expected value: `'7.5'` is 0.75 claims a year in a fund of 100).
 */
export interface ClaimRate {
  /** Expected claims per 1,000 members per year; a decimal of zero or more. */
  readonly perThousand: string | number;
  /**
   * Average units per claim of a `per-unit` benefit (nights in hospital); default 1. Ignored
   * for other benefit types.
   */
  readonly unitsPerClaim?: number;
  /**
   * The expected amount of one claim, overriding what the benefit table gives (a fund's
   * average death benefit, say). Any benefit type; a decimal of zero or more.
   */
  readonly amountPerClaim?: string;
}

/** What {@link projectWelfareFund} takes. */
export interface WelfareProjectionOptions {
  /** Members, constant, or one whole number per year (at least `years` of them). */
  readonly members: number | readonly number[];
  /** The fund's rules: contribution and benefit table. */
  readonly rules: WelfareRules;
  /** Expected claims by benefit kind; a kind left out is projected as never claimed. */
  readonly claimRates: Readonly<Record<string, ClaimRate>>;
  /** Years to project, 1 to 100. */
  readonly years: number;
  /** The fund's balance at the start (may be negative). */
  readonly opening: MoneyInput;
  /** The three-party ratios (see {@link matchingFunds}); default `1 : 1 : 1`. */
  readonly matching?: MatchingRatios;
}

/** One year of a {@link WelfareProjection}. */
export interface WelfareProjectionYear {
  /** 1 for the first year projected. */
  readonly year: number;
  /** Members this year. */
  readonly members: number;
  /** Members' contributions: members × a year's contribution. */
  readonly contributions: Money;
  /** Matching money from the local and central government. */
  readonly matching: Money;
  /** `contributions + matching`. */
  readonly income: Money;
  /** Expected payouts: the sum of `payoutsByKind`. */
  readonly payouts: Money;
  /** Expected payouts of every benefit kind in the rules, each rounded half-up to the satang. */
  readonly payoutsByKind: Readonly<Record<string, Money>>;
  /** Balance at the start of the year: the previous year's `closing`. */
  readonly opening: Money;
  /** `opening + income − payouts`, exactly. */
  readonly closing: Money;
}

/** What {@link projectWelfareFund} gives. */
export interface WelfareProjection {
  /** One row per year. */
  readonly years: readonly WelfareProjectionYear[];
  /** The first year whose closing balance is below zero, or `null`. */
  readonly firstNegativeYear: number | null;
  /**
   * The largest factor every benefit amount could be multiplied by with no closing balance
   * below zero, with 4 decimals rounded down (`'1.0000'`: the table just holds); `null` when
   * nothing is ever paid out; `'0.0000'` when a balance is negative whatever is paid.
   */
  readonly maxBenefitScale: string | null;
}

/**
 * Illustrative claim rates for the kinds of the Chamung benefit table (birth, hospital,
 * scholarship, elderly, death), to start a projection from. They are round numbers of a
 * plausible size, **not measured and with no source**: replace them with the fund's own
 * claim history. `elderly` counts members receiving the allowance per 1,000 members.
 */
export const EXAMPLE_CLAIM_RATES: Readonly<Record<string, ClaimRate>> =
  /* @__PURE__ */ Object.freeze({
    birth: { perThousand: '10' },
    hospital: { perThousand: '80', unitsPerClaim: 3 },
    scholarship: { perThousand: '50' },
    elderly: { perThousand: '100' },
    death: { perThousand: '7' },
  });

const PROJECTION_OPTIONS = ['members', 'rules', 'claimRates', 'years', 'opening', 'matching'];
const CLAIM_RATE_FIELDS = ['perThousand', 'unitsPerClaim', 'amountPerClaim'];

/**
 * Projects a community welfare fund year by year: members' contributions, government
 * matching, expected payouts and the balance, to see whether a benefit table is affordable.
 *
 * - A year's contribution per member is `perDay × 365`, `perMonth × 12` or `perYear`; matching
 *   is what {@link matchingFunds} gives the two government sides for those contributions.
 * - Expected payouts of a kind are `members × perThousand / 1000` claims (not rounded to whole
 *   claims) times the expected amount of a claim, rounded half-up to the satang once per kind
 *   and year. The amount of a claim is `amountPerClaim` when given; otherwise a fixed or annual
 *   benefit's `amount`, a per-unit benefit's `perUnit × unitsPerClaim` capped at `maxPerClaim`,
 *   or the highest step of a by-membership-years benefit (conservative: as if every member had
 *   reached it).
 * - Not modelled: the waiting period and the `minYears` of annual benefits (the claim rate
 *   says how many claim), `maxPerYear` (a per-member cap, so payouts may be overstated), and
 *   `dependantFactor` (dependants' claims are projected at members' amounts). Benefits without
 *   a claim rate are projected as never claimed.
 * - `maxBenefitScale` is computed exactly from the rows as shown (yearly payouts already
 *   rounded to the satang): the least, over years with payouts so far, of (opening + income so
 *   far) ÷ (payouts so far). Payouts scaled by it are rounded again, so a projection rerun with
 *   scaled amounts can differ from the scaled payouts by half a satang per kind and year.
 *
 * @throws {@link "@sajja/core".SajjaError} `RULES_INVALID` for invalid rules; `INVALID_ARGUMENT` with reason
 *   `invalid-option` (`details.option` names it) for `years` (1 to 100), `members`, a claim
 *   rate or a matching ratio out of range (a decimal of at most
 *   {@link "@sajja/core".MAX_DECIMAL_LENGTH} characters), `unknown-kind` for a claim rate of a kind the
 *   rules lack, or `unknown-option` for an option (or a key of a claim rate or of `matching`)
 *   it does not have;
 *   `INVALID_AMOUNT` for an opening balance that is not an amount.
 *
 * @example
 * ```ts
 * const projection = projectWelfareFund({
 *   members: 100,
 *   rules: {
 *     waitingDays: 180,
 *     contribution: { perDay: '1' },
 *     benefits: { death: { type: 'fixed', amount: '10000' } },
 *   },
 *   claimRates: { death: { perThousand: '8' } },
 *   years: 3,
 *   opening: '0',
 * });
 * projection.years[0]?.income.toString();  // '109500.00' (36,500 from members, matched 1:1:1)
 * projection.years[0]?.payouts.toString(); // '8000.00'   (0.8 deaths × 10,000)
 * projection.maxBenefitScale;              // '13.6875'   (109,500 / 8,000)
 * ```
 */
export function projectWelfareFund(options: WelfareProjectionOptions): WelfareProjection {
  checkOptions(options, PROJECTION_OPTIONS, 'projectWelfareFund');
  checkOptionKeys(options.matching, RATIO_FIELDS, 'projectWelfareFund', 'matching.');
  const { years, claimRates } = options;
  const rules = validateWelfareRules(options.rules);
  if (!Number.isInteger(years) || years < 1 || years > 100) {
    throw invalidOption('years', years, 'a whole number from 1 to 100');
  }
  const given = options.members;
  const members = typeof given === 'number' ? Array<number>(years).fill(given) : given;
  if (
    !Array.isArray(members) ||
    members.length < years ||
    // Index by index: a hole is no count.
    Array.from({ length: years }, (_, year) => members[year]).some(
      (count) => !Number.isSafeInteger(count) || count! < 0,
    )
  ) {
    throw invalidOption('members', given, `a whole number of 0 or more, or ${years} of them`);
  }
  if (typeof claimRates !== 'object' || claimRates === null) {
    throw invalidOption('claimRates', claimRates, 'an object of claim rates by kind');
  }
  for (const kind of Object.keys(claimRates)) {
    if (!Object.hasOwn(rules.benefits, kind)) {
      throw new SajjaError(
        'INVALID_ARGUMENT',
        'unknown-kind',
        `claimRates has "${kind}", which the rules' benefits lack.`,
        { input: kind, details: { kind }, sentences: unknownKindSentences(kind) },
      );
    }
  }
  // Expected payout per member per year of each kind, exact.
  const perMember = Object.entries(rules.benefits).map(([kind, benefit]): [string, Dec] => {
    const rate = Object.hasOwn(claimRates, kind) ? claimRates[kind] : undefined;
    return [kind, rate === undefined ? new Dec(0) : expectedPerMember(kind, benefit, rate)];
  });
  const [, perPeriod, months] = contributionPeriod(rules.contribution);
  const perMemberYear = perPeriod.times(months ? 12 / months : 365);

  const rows: WelfareProjectionYear[] = [];
  let balance = money(options.opening);
  let available = balance.toDecimal(); // opening + income so far
  let paidOut = new Dec(0);
  let scale: Dec | null = null;
  let rescuable = true;
  let firstNegativeYear: number | null = null;
  for (let year = 1; year <= years; year++) {
    const count = members[year - 1]!;
    const contributions = perMemberYear.times(count);
    const split = matchingFunds({ memberContributions: contributions, ratios: options.matching });
    const matching = split.localGovernment.plus(split.centralGovernment);
    const income = contributions.plus(matching);
    const payoutsByKind: Record<string, Money> = {};
    for (const [kind, expected] of perMember) {
      payoutsByKind[kind] = Money.fromDecimal(roundToPlaces(expected.times(count), 2, 'half-up'));
    }
    const payouts = sum(Object.values(payoutsByKind));
    const opening = balance;
    balance = opening.plus(income).minus(payouts);
    rows.push({
      year,
      members: count,
      contributions,
      matching,
      income,
      payouts,
      payoutsByKind,
      opening,
      closing: balance,
    });
    if (firstNegativeYear === null && balance.isNegative()) firstNegativeYear = year;

    available = available.plus(income.toDecimal());
    paidOut = paidOut.plus(payouts.toDecimal());
    // Short before any payout: that year closes below zero whatever the benefits are scaled by.
    if (available.lt(0)) rescuable = false;
    if (paidOut.gt(0)) {
      const ratio = available.times(10000).divToInt(paidOut); // in ten-thousandths, rounded down
      if (scale === null || ratio.lt(scale)) scale = ratio;
    }
  }
  return {
    years: rows,
    firstNegativeYear,
    maxBenefitScale: scale === null ? null : (rescuable ? scale : new Dec(0)).div(10000).toFixed(4),
  };
}

/** A member's expected payout of one benefit kind in a year: claims per member × amount per claim. */
function expectedPerMember(kind: string, benefit: Benefit, rate: ClaimRate): Dec {
  const option = `claimRates.${kind}`;
  if (typeof rate !== 'object' || rate === null) throw invalidOption(option, rate, 'a claim rate');
  checkOptionKeys(rate, CLAIM_RATE_FIELDS, 'projectWelfareFund', `${option}.`);
  const perThousand = nonNegativeDecimal(rate.perThousand, `${option}.perThousand`);
  const units = nonNegativeDecimal(rate.unitsPerClaim ?? 1, `${option}.unitsPerClaim`);
  let amount: Dec;
  if (rate.amountPerClaim !== undefined) {
    amount = nonNegativeDecimal(rate.amountPerClaim, `${option}.amountPerClaim`);
  } else if (benefit.type === 'per-unit') {
    amount = units.times(benefit.perUnit);
    if (benefit.maxPerClaim !== undefined) amount = Dec.min(amount, benefit.maxPerClaim);
  } else if (benefit.type === 'by-membership-years') {
    amount = Dec.max(...benefit.steps.map((step) => step.amount));
  } else {
    amount = new Dec(benefit.amount);
  }
  return perThousand.times(amount).div(1000);
}
