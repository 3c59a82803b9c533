import { yearEndError } from './year-end-sentences.js';
import { addMonths, assertIsoDate, daysBetween } from '../dates/iso-date.js';
import { invalidOption, SajjaError } from '../errors/sajja-error.js';
import { money, type Money, type MoneyInput } from '../money/money.js';
import { moneyOfSatang, satangOf } from '../money/satang.js';
import {
  DIVIDEND_WEIGHTINGS,
  shareDividend,
  type DividendWeighting,
  type ShareContribution,
} from '../savings/share-dividend.js';
import { shareYear, weightedShareCapital } from '../savings/weighted-share-capital.js';
import { checkList, checkOptions } from '../errors/check-option-keys.js';

/** A member's shares for {@link shareWeights}: the year's opening balance and its movements. */
export interface MemberShares {
  /** The member's id, a non-empty string, unique in the list. */
  readonly id: string;
  /** Share capital at the start of the fiscal year, zero or more. */
  readonly openingBalance: MoneyInput;
  /** Shares bought (positive) or withdrawn (negative) during the year, in any order. */
  readonly contributions?: readonly ShareContribution[];
}

/** The fiscal year and the weighting {@link shareWeights} uses, as in {@link shareDividend}. */
export interface ShareWeightOptions {
  /** The first day of the fiscal year, the first of a month (`'2024-01-01'`). */
  readonly fiscalYearStart: string;
  /** How purchases during the year are weighted (see {@link DividendWeighting}). */
  readonly weighting: DividendWeighting;
}

/** A member's loan interest for {@link averageReturnWeights}. */
export interface MemberInterest {
  /** The member's id, a non-empty string, unique in the list. */
  readonly id: string;
  /** Loan interest the member paid during the fiscal year, zero or more. */
  readonly interestPaid: MoneyInput;
  /** True when the member missed an instalment during the year. */
  readonly missedInstalment?: boolean;
}

/** The by-law switches of {@link averageReturnWeights}. */
export interface AverageReturnOptions {
  /**
   * Members who missed an instalment during the year get nothing from the average-return pool
   * (a by-law switch some funds have). Default `false`: everyone shares by interest paid.
   */
  readonly excludeMembersWhoMissedInstalment?: boolean;
}

/**
 * Each member's weight in a dividend pool, for {@link shareOut}: share capital weighted by how
 * long it was held during the fiscal year, by exactly the rule {@link shareDividend} pays
 * a dividend rate with. The opening balance counts for the whole year; a purchase in fiscal
 * month m for (12 − m) twelfths (`'remaining-months'`) or elevenths (`'remaining-months-11'`),
 * or for the days from the day it was paid to the year's end (`'share-days'`); a withdrawal
 * the same with the opposite sign.
 *
 * The weights are decimal strings in baht × units, the units being 12, 11 or the days of the
 * fiscal year by weighting (`'1200000.00'` for 100,000 baht held all year, month-weighted):
 * each is the member's dividend at a rate of `units × 100` percent, so the pool is shared in
 * exactly the proportions a dividend rate would pay, but adds up to the pool. Keys follow
 * `members`' order (see {@link shareOut} for integer-like ids).
 *
 * @throws {@link "@sajja/core".SajjaError} whatever {@link shareDividend} throws for a member's shares or the
 *   options (with `details.member` added for a member's); `INVALID_ARGUMENT` with reason
 *   `invalid-option` (`members` not a list or with a hole, an entry not an object, an id not
 *   a non-empty string, `options` not an object), `unknown-option` (an option other than
 *   `fiscalYearStart` and `weighting`) or `duplicate-member` (`details.member`).
 *
 * @example
 * ```ts
 * const weights = shareWeights(
 *   [
 *     { id: 'A', openingBalance: '1000' },
 *     { id: 'B', openingBalance: '0', contributions: [{ date: '2024-07-05', amount: '1200' }] },
 *   ],
 *   { fiscalYearStart: '2024-01-01', weighting: 'remaining-months' },
 * );
 * // { A: '12000.00', B: '6000.00' }: 1,000 × 12; 1,200 × (12 − 7)
 * shareOut('90', weights); // A 60.00, B 30.00
 * ```
 */
export function shareWeights(
  members: readonly MemberShares[],
  options: ShareWeightOptions,
): Record<string, string> {
  checkOptions(options, ['fiscalYearStart', 'weighting'], 'shareWeights');
  const { fiscalYearStart, weighting } = options;
  // The dividend is weighted × rate / (units × 100); at rate units × 100 it is the weighted
  // capital itself, which has at most two decimals, so no rounding touches it.
  const ratePercent = String(unitsPerYear(fiscalYearStart, weighting) * 100);
  // Checks the options once, before any member, so their errors name no member.
  shareDividend({
    openingBalance: '0',
    contributions: [],
    ratePercent,
    fiscalYearStart,
    weighting,
  });
  // At that rate each member's dividend is their weighted capital itself, computed here in
  // whole satang × units, once for all members; dates are read once for the whole fund.
  const year = shareYear(fiscalYearStart, weighting);
  return weightsByMember(members, (member, label) => {
    const { openingBalance, contributions = [] } = member as MemberShares;
    try {
      // A Money, so a weight past what Money holds is refused as shareDividend refuses it.
      return moneyOfSatang(weightedShareCapital(year, openingBalance, contributions)).toString();
    } catch (error) {
      throw withMember(error, (member as MemberShares).id, label);
    }
  });
}

/**
 * Each member's weight in the average-return pool (เงินเฉลี่ยคืน), for {@link shareOut}: the
 * loan interest they paid during the year. With the by-law switch
 * `excludeMembersWhoMissedInstalment`, members flagged `missedInstalment` get weight `0.00`
 * and so nothing; they stay in the result, so the meeting's list shows them. When every
 * member is excluded or paid no interest, {@link shareOut} refuses to share the pool
 * (`all-weights-zero`): the meeting decides what happens to it.
 *
 * @throws {@link "@sajja/core".SajjaError} `INVALID_AMOUNT` for an `interestPaid` that is not an amount;
 *   `INVALID_ARGUMENT` with reason `negative-amount` (`interestPaid` below zero;
 *   `details.member`), `invalid-option` (`members` not a list or with a hole, an entry not an
 *   object, an id not a non-empty string, `missedInstalment` or the switch not a boolean,
 *   `options` not an object), `unknown-option` (an option other than
 *   `excludeMembersWhoMissedInstalment`) or `duplicate-member` (`details.member`).
 *
 * @example
 * ```ts
 * const members = [
 *   { id: 'A', interestPaid: '1200' },
 *   { id: 'B', interestPaid: '800', missedInstalment: true },
 *   { id: 'C', interestPaid: '400' },
 * ];
 * const weights = averageReturnWeights(members, { excludeMembersWhoMissedInstalment: true });
 * shareOut('160', weights); // A 120.00, B 0.00, C 40.00
 * ```
 */
export function averageReturnWeights(
  members: readonly MemberInterest[],
  options: AverageReturnOptions = {},
): Record<string, Money> {
  checkOptions(options, ['excludeMembersWhoMissedInstalment'], 'averageReturnWeights');
  const { excludeMembersWhoMissedInstalment: exclude = false } = options;
  if (typeof exclude !== 'boolean') {
    throw invalidOption('excludeMembersWhoMissedInstalment', exclude, 'true or false');
  }
  return weightsByMember(members, (member, label) => {
    const { id, interestPaid, missedInstalment = false } = member as MemberInterest;
    if (typeof missedInstalment !== 'boolean') {
      throw invalidOption(`${label}.missedInstalment`, missedInstalment, 'true or false');
    }
    let interest: Money;
    try {
      interest = money(interestPaid);
    } catch (error) {
      throw withMember(error, id, label);
    }
    // Its sign from the satang: a Money read from text makes no decimal until one is needed.
    if (satangOf(interest) < 0n) {
      throw new SajjaError(
        'INVALID_ARGUMENT',
        'negative-amount',
        `${label}.interestPaid cannot be negative (${interest.toString()}).`,
        { input: interestPaid, details: { member: id } },
      );
    }
    return exclude && missedInstalment ? money(0) : interest;
  });
}

/** The weight units of a year: twelfths, elevenths, or the fiscal year's days. */
function unitsPerYear(fiscalYearStart: string, weighting: DividendWeighting): number {
  switch (weighting) {
    case 'remaining-months':
      return 12;
    case 'remaining-months-11':
      return 11;
    case 'share-days': {
      const start = assertIsoDate(fiscalYearStart, 'fiscal year start');
      return daysBetween(start, addMonths(start, 12));
    }
    default:
      throw invalidOption('weighting', weighting, `one of ${DIVIDEND_WEIGHTINGS.join(', ')}`);
  }
}

/** Checks the list and its ids, and maps each member to a weight under its id, in order. */
function weightsByMember<W>(
  members: unknown,
  weightOf: (member: object, label: string) => W,
): Record<string, W> {
  const list = checkList(members, 'members', 'member');
  // A Map keeps the caller's order for the ids and finds repeats in one pass.
  const weights = new Map<string, W>();
  list.forEach((member: unknown, index) => {
    const label = `members[${index}]`;
    if (typeof member !== 'object' || member === null) {
      throw invalidOption(label, member, 'an object with an id');
    }
    const { id } = member as { id?: unknown };
    if (typeof id !== 'string' || id === '') {
      throw invalidOption(`${label}.id`, id, 'a non-empty string');
    }
    if (weights.has(id)) {
      throw yearEndError(
        'duplicate-member',
        `${label} repeats member ${JSON.stringify(id)}; each member appears once.`,
        { input: member, details: { member: id } },
      );
    }
    weights.set(id, weightOf(member, label));
  });
  return Object.fromEntries(weights);
}

/** A member's error with their id in `details.member` and their place in the message. */
function withMember(error: unknown, member: string, label: string): unknown {
  if (!(error instanceof SajjaError)) return error;
  return new SajjaError(error.code, error.reason, `${label} (${member}): ${error.message}`, {
    input: error.input,
    details: { ...error.details, member },
    problems: error.problems,
  });
}
