import {
  addDays,
  addMonths,
  assertIsoDate,
  compareIsoDates,
  daysBetween,
} from '../dates/iso-date.js';
import { money, type Money } from '../money/money.js';
import type { WelfareMember } from './welfare-benefit.js';
import {
  validateWelfareRules,
  type WelfareContribution,
  type WelfareRules,
} from './welfare-rules.js';

/**
 * A member's contributions to a welfare fund on a given day: what has fallen due since joining,
 * what the payments cover, and the arrears. Counts are whole periods of the fund's
 * contribution (days, months or years); amounts are whole periods times the contribution.
 */
export interface ContributionsDue {
  /** The length of one period, from the rules' `perDay`, `perMonth` or `perYear`. */
  readonly period: 'day' | 'month' | 'year';
  /** The contribution for one period. */
  readonly amountPerPeriod: Money;
  /** Periods whose due day (their first day) is on or before `asOf`; 0 before joining. */
  readonly periodsDue: number;
  /** `periodsDue × amountPerPeriod`. */
  readonly amountDue: Money;
  /** `contributionsPaidThrough` as given, or `null` when nothing has been paid. */
  readonly paidThrough: string | null;
  /** Periods fully covered by `paidThrough`; more than `periodsDue` when paid ahead. */
  readonly periodsPaid: number;
  /** `periodsPaid × amountPerPeriod`. */
  readonly amountPaid: Money;
  /** `max(0, periodsDue − periodsPaid)`. */
  readonly periodsInArrears: number;
  /** `periodsInArrears × amountPerPeriod`; never negative. */
  readonly arrears: Money;
  /** True when at least one period due is unpaid. */
  readonly inArrears: boolean;
  /** The first day of the first period not fully paid: the next payment is due then. */
  readonly nextDueOn: string;
}

/**
 * What a member of a community welfare fund owes on `asOf`: the periods of contribution due
 * since joining, the periods their payments cover, and the arrears.
 *
 * Periods follow `rules.contribution`. With `perDay` every calendar day from `joinedOn` is one
 * period. With `perMonth` period k runs from `addMonths(joinedOn, k)` to the day before
 * `addMonths(joinedOn, k + 1)` (joined 31 January: periods start on 31 January, 28 or 29
 * February, 31 March, …, each counted from the joining day so none drifts); `perYear` is the
 * same with 12 months. A period is due on its first day and paid only when
 * `contributionsPaidThrough` reaches its last day: a part-paid period counts as unpaid, and a
 * `contributionsPaidThrough` before `joinedOn` pays nothing.
 *
 * @throws {@link "@sajja/core".SajjaError} `INVALID_DATE` for a date that is not a real ISO date,
 *   `RULES_INVALID` for invalid rules (see {@link validateWelfareRules}).
 *
 * @example
 * ```ts
 * const rules = { waitingDays: 180, contribution: { perDay: '1' }, benefits: {} };
 * const due = contributionsDue(
 *   { joinedOn: '2025-01-01', contributionsPaidThrough: '2025-01-31' },
 *   rules,
 *   '2025-03-01',
 * );
 * due.periodsDue;          // 60 (1 January to 1 March)
 * due.periodsPaid;         // 31
 * due.arrears.toString();  // '29.00'
 * due.nextDueOn;           // '2025-02-01'
 * ```
 */
export function contributionsDue(
  member: Pick<WelfareMember, 'joinedOn' | 'contributionsPaidThrough'>,
  rules: WelfareRules,
  asOf: string,
): ContributionsDue {
  const joinedOn = assertIsoDate(member?.joinedOn, 'joining date');
  const paid = member.contributionsPaidThrough ?? null;
  if (paid !== null) assertIsoDate(paid, 'paid-through date');
  assertIsoDate(asOf, 'as-of date');
  const { contribution } = validateWelfareRules(rules);

  const [period, amountPerPeriod, months] = contributionPeriod(contribution);
  const start = (k: number): string =>
    months ? addMonths(joinedOn, k * months) : addDays(joinedOn, k);
  /** How many periods start on or before `date`. */
  const periodsStartedBy = (date: string): number => {
    if (!months) return Math.max(0, daysBetween(joinedOn, date) + 1);
    // Whole months from joining to `date`, less one when the day of the month is not reached.
    let elapsed = monthIndex(date) - monthIndex(joinedOn);
    if (compareIsoDates(addMonths(joinedOn, elapsed), date) > 0) elapsed -= 1;
    return elapsed < 0 ? 0 : Math.floor(elapsed / months) + 1;
  };

  const periodsDue = periodsStartedBy(asOf);
  // Period k is fully paid when the next one starts no later than the day after `paid`.
  const periodsPaid = paid === null ? 0 : Math.max(0, periodsStartedBy(addDays(paid, 1)) - 1);
  const periodsInArrears = Math.max(0, periodsDue - periodsPaid);
  return {
    period,
    amountPerPeriod,
    periodsDue,
    amountDue: amountPerPeriod.times(periodsDue),
    paidThrough: paid,
    periodsPaid,
    amountPaid: amountPerPeriod.times(periodsPaid),
    periodsInArrears,
    arrears: amountPerPeriod.times(periodsInArrears),
    inArrears: periodsInArrears > 0,
    nextDueOn: start(periodsPaid),
  };
}

/** Months since year 0 of a valid ISO date, for counting whole months between two dates. */
function monthIndex(iso: string): number {
  return Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7));
}

/**
 * @internal The period of a validated contribution: its name, the amount per period, and its
 * length in months (0 for a day).
 */
export function contributionPeriod(
  contribution: WelfareContribution,
): [period: ContributionsDue['period'], amount: Money, months: 0 | 1 | 12] {
  const { perDay, perMonth, perYear } = contribution as Partial<Record<string, string>>;
  if (perDay !== undefined) return ['day', money(perDay), 0];
  return perMonth !== undefined ? ['month', money(perMonth), 1] : ['year', money(perYear!), 12];
}
