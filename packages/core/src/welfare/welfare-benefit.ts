import { welfareError } from './welfare-sentences.js';
import { checkList } from '../errors/check-option-keys.js';
import { describeInput } from '../rules/rule-checker.js';
import { invalidOption } from '../errors/sajja-error.js';
import { addDays, assertIsoDate, compareIsoDates } from '../dates/iso-date.js';
import { money, sum, type Money } from '../money/money.js';
import { benefitsStartOn, completedYears } from './membership.js';
import {
  DEFAULT_ARREARS_GRACE_DAYS,
  validateWelfareRules,
  type Benefit,
  type WelfareRules,
} from './welfare-rules.js';

/** The member a claim is for. */
export interface WelfareMember {
  /** The day the member joined the fund. */
  readonly joinedOn: string;
  /** True when the claim is for a dependant (family member) rather than the member. */
  readonly dependant?: boolean;
  /** The last day the member's contributions cover; unknown if absent (then not checked for arrears, and nothing counts as paid). */
  readonly contributionsPaidThrough?: string;
}

/** A claim for one benefit. */
export interface WelfareClaim {
  /** The benefit kind code, a key of the rules' `benefits`. */
  readonly kind: string;
  /** The day of the event claimed for (birth, discharge from hospital, death). */
  readonly date: string;
  /** Units claimed for a `per-unit` benefit (nights in hospital); a whole number ≥ 1. */
  readonly units?: number;
}

/** A claim already paid, for yearly caps. */
export interface PaidClaim {
  /** The benefit kind code. */
  readonly kind: string;
  /** The day of the claim. */
  readonly date: string;
  /** What was paid, as a plain decimal string or Money. */
  readonly amount: string | Money;
}

/**
 * Why a claim is paid less than asked, or not at all:
 * - `WAITING_PERIOD`: the claim falls before the waiting period ends (`details.eligibleFrom`).
 * - `NOT_COVERED`: the fund's table has no such benefit kind.
 * - `MEMBERSHIP_TOO_SHORT`: fewer completed years than the benefit needs (`details.minYears`).
 * - `ANNUAL_CAP_REACHED`: this year's cap is used up, or an annual allowance was already paid.
 * - `CAPPED`: paid, but less than asked, by `details.cap` (`'per-claim'` or `'per-year'`).
 * - `CONTRIBUTIONS_IN_ARREARS`: contributions lag the claim by more than the grace days.
 */
export type WelfareReasonCode =
  | 'WAITING_PERIOD'
  | 'NOT_COVERED'
  | 'MEMBERSHIP_TOO_SHORT'
  | 'ANNUAL_CAP_REACHED'
  | 'CAPPED'
  | 'CONTRIBUTIONS_IN_ARREARS';

/** One reason attached to a {@link WelfareDecision}, with the values that explain it. */
export interface WelfareReason {
  /** The stable reason code. */
  readonly code: WelfareReasonCode;
  /** Values for a message: dates, limits, amounts (as strings). */
  readonly details?: Readonly<Record<string, string | number>>;
}

/** What {@link welfareBenefit} decides. */
export interface WelfareDecision {
  /** True when something is payable now. */
  readonly eligible: boolean;
  /** What to pay now (0.00 when not eligible). */
  readonly amount: Money;
  /** Why the amount is less than asked, or zero; empty when paid in full. */
  readonly reasons: readonly WelfareReason[];
}

/**
 * Decides what a welfare fund pays for a claim under its rules: the benefit table, the waiting
 * period, completed membership years, per-claim and per-year caps, the dependant factor, and
 * contributions in arrears. `history` holds the member's earlier paid claims; caps per year
 * count paid claims of the same kind in the same calendar year.
 *
 * @throws {@link "@sajja/core".SajjaError} `RULES_INVALID` for invalid rules, `INVALID_DATE` for bad dates,
 *   `INVALID_ARGUMENT` (reason `invalid-units`) when a per-unit claim has no whole number of
 *   units ≥ 1, `invalid-option` for a `member` or `claim` that is not an object (or a claim
 *   whose `kind` is not text), or a `history` that is not a list of objects.
 *
 * @example
 * ```ts
 * const rules = CHAMUNG_WELFARE_RULES;
 * const member = { joinedOn: '2020-01-15' };
 * welfareBenefit(rules, member, { kind: 'hospital', date: '2025-03-02', units: 4 }, []);
 * // { eligible: true, amount: 600.00, reasons: [{ code: 'CAPPED', details: { cap: 'per-claim', … } }] }
 * ```
 */
export function welfareBenefit(
  rules: WelfareRules,
  member: WelfareMember,
  claim: WelfareClaim,
  history: readonly PaidClaim[],
): WelfareDecision {
  validateWelfareRules(rules);
  if (typeof member !== 'object' || member === null) {
    throw invalidOption('member', member, 'a member: { joinedOn, … }');
  }
  if (typeof claim !== 'object' || claim === null) {
    throw invalidOption('claim', claim, 'a claim: { kind, date, units? }');
  }
  if (typeof claim.kind !== 'string') throw invalidOption('claim.kind', claim.kind, 'a kind');
  checkList(history, 'history', 'paid claim');
  history.forEach((paid: unknown, index) => {
    if (typeof paid !== 'object' || paid === null) {
      throw invalidOption(`history[${index}]`, paid, 'a paid claim: { kind, date, amount }');
    }
  });
  const date = assertIsoDate(claim.date, 'claim date');
  const reasons: WelfareReason[] = [];

  const eligibleFrom = benefitsStartOn(member.joinedOn, rules.waitingDays);
  if (compareIsoDates(date, eligibleFrom) < 0) {
    reasons.push({ code: 'WAITING_PERIOD', details: { eligibleFrom } });
  }
  if (member.contributionsPaidThrough !== undefined) {
    const paidThrough = assertIsoDate(
      member.contributionsPaidThrough,
      'contributions-paid-through date',
    );
    const graceDays = rules.arrearsGraceDays ?? DEFAULT_ARREARS_GRACE_DAYS;
    if (compareIsoDates(addDays(paidThrough, graceDays), date) < 0) {
      reasons.push({ code: 'CONTRIBUTIONS_IN_ARREARS', details: { paidThrough, graceDays } });
    }
  }
  const benefit = Object.hasOwn(rules.benefits, claim.kind)
    ? rules.benefits[claim.kind]
    : undefined;
  if (!benefit) {
    reasons.push({ code: 'NOT_COVERED', details: { kind: claim.kind } });
    return decision(money('0'), reasons);
  }

  const factor = member.dependant ? (rules.dependantFactor ?? '1') : '1';
  const scaled = (amount: string) => money(amount).times(factor);
  const paidThisYear = sum(
    history
      .filter(
        (paid) =>
          paid.kind === claim.kind && assertIsoDate(paid.date).slice(0, 4) === date.slice(0, 4),
      )
      .map((paid) => paid.amount),
  );
  const years = completedYears(member.joinedOn, date);
  const asked = askedAmount(benefit, claim, years, paidThisYear, reasons, scaled);
  if (asked === undefined) return decision(money('0'), reasons);

  let amount = asked;
  if (benefit.type === 'per-unit') {
    amount = capped(amount, benefit.maxPerClaim, 'per-claim', reasons, scaled);
    if (benefit.maxPerYear !== undefined) {
      const left = scaled(benefit.maxPerYear).minus(paidThisYear);
      if (!left.isPositive()) {
        reasons.push({
          code: 'ANNUAL_CAP_REACHED',
          details: { maxPerYear: scaled(benefit.maxPerYear).toString() },
        });
        return decision(money('0'), reasons);
      }
      amount = capped(amount, left.toString(), 'per-year', reasons, (text) => money(text));
    }
  }
  return decision(amount, reasons);
}

/** The amount a benefit gives before caps, or undefined when a reason rules it out. */
function askedAmount(
  benefit: Benefit,
  claim: WelfareClaim,
  years: number,
  paidThisYear: Money,
  reasons: WelfareReason[],
  scaled: (amount: string) => Money,
): Money | undefined {
  switch (benefit.type) {
    case 'fixed':
      return scaled(benefit.amount);
    case 'per-unit': {
      const { units } = claim;
      if (typeof units !== 'number' || !Number.isSafeInteger(units) || units < 1) {
        throw welfareError(
          'invalid-units',
          `A ${describeInput(claim.kind)} claim needs a whole number of units of at least 1, got ${describeInput(units)}.`,
          { input: units },
        );
      }
      return scaled(benefit.perUnit).times(units);
    }
    case 'by-membership-years': {
      const step = [...benefit.steps].reverse().find((candidate) => candidate.minYears <= years);
      if (step) return scaled(step.amount);
      reasons.push({
        code: 'MEMBERSHIP_TOO_SHORT',
        details: { minYears: benefit.steps[0]!.minYears, years },
      });
      return undefined;
    }
    case 'annual':
      if (years < benefit.minYears) {
        reasons.push({
          code: 'MEMBERSHIP_TOO_SHORT',
          details: { minYears: benefit.minYears, years },
        });
        return undefined;
      }
      if (!paidThisYear.isZero()) {
        reasons.push({
          code: 'ANNUAL_CAP_REACHED',
          details: { paidThisYear: paidThisYear.toString() },
        });
        return undefined;
      }
      return scaled(benefit.amount);
  }
}

function capped(
  amount: Money,
  cap: string | undefined,
  which: 'per-claim' | 'per-year',
  reasons: WelfareReason[],
  scaled: (amount: string) => Money,
): Money {
  if (cap === undefined) return amount;
  const limit = scaled(cap);
  if (amount.compare(limit) <= 0) return amount;
  reasons.push({
    code: 'CAPPED',
    details: { cap: which, asked: amount.toString(), limit: limit.toString() },
  });
  return limit;
}

/** Nothing is payable while any blocking reason stands; CAPPED alone still pays. */
function decision(amount: Money, reasons: WelfareReason[]): WelfareDecision {
  const blocked = reasons.some((reason) => reason.code !== 'CAPPED');
  const payable = blocked ? money('0') : amount;
  return { eligible: payable.isPositive(), amount: payable, reasons };
}
