import { dateError } from '../dates/date-sentences.js';
import { savingsError } from './savings-sentences.js';
import { assertIsoDate, daysInMonth, invalidDate, isoDateFromParts } from '../dates/iso-date.js';
import { checkList } from '../errors/check-option-keys.js';
import { SajjaError, invalidOption } from '../errors/sajja-error.js';
import { Dec } from '../money/decimal.js';
import { money, Money, type MoneyInput } from '../money/money.js';
import { validatePledgeRules, type PledgeRules } from './pledge-rules.js';

/** One member's pledge in a pledge (sajja) group: the group's rules, the amount and the start. */
export interface MemberPledge {
  /** The group's pledge rules (due day, limits, fines); validated first. */
  readonly rules: PledgeRules;
  /** The first month owed, as `'YYYY-MM'` (`'2024-01'`). */
  readonly startMonth: string;
  /**
   * The member's monthly pledge; `rules.defaultAmount` when absent. Must lie within the rules'
   * `minAmount` and `maxAmount` and be at least 0.01.
   */
  readonly amount?: MoneyInput;
}

/** A payment toward a pledge. */
export interface PledgeDeposit {
  /** The day it was paid (ISO `YYYY-MM-DD`). */
  readonly date: string;
  /** What was paid: zero or more. */
  readonly amount: MoneyInput;
}

/**
 * Where a month of a pledge stands on the `asOf` day of {@link pledgeStatus}:
 * - `'upcoming'`: its due date is after `asOf` (it may already be paid ahead, in part or whole);
 * - `'on-time'`: paid in full on or before its due date;
 * - `'late'`: paid in full after its due date, by `asOf`;
 * - `'partial'`: past its due date and not paid in full, but its month has not ended: it can
 *   still be paid this month (it will then be late). Paid in part or not at all;
 * - `'missed'`: not paid in full by `asOf`, and its month has ended. A part paid shows in
 *   {@link PledgeMonth.paid}. Paying it later makes it `'late'`.
 */
export type PledgeMonthStatus = 'on-time' | 'late' | 'missed' | 'partial' | 'upcoming';

/** One month of a pledge, from {@link pledgeStatus}. */
export interface PledgeMonth {
  /** The month, as `'YYYY-MM'`. */
  readonly month: string;
  /** The day the month's pledge is due: the rules' due day, or the month's last day if shorter. */
  readonly dueDate: string;
  /** What the deposits up to `asOf` put toward this month; never more than the pledge. */
  readonly paid: Money;
  /** The date of the deposit that paid the month in full, or `null` when it is not yet paid. */
  readonly paidOn: string | null;
  /** Where the month stands on `asOf`. */
  readonly status: PledgeMonthStatus;
  /** The fine the rules charge for this month on `asOf` (late or missed); zero otherwise. */
  readonly fine: Money;
}

/** Where a member's pledge stands on a day, from {@link pledgeStatus}. */
export interface PledgeStatus {
  /** The monthly pledge. */
  readonly amount: Money;
  /**
   * Every month from the start month through the month of `asOf`, oldest first: the months due
   * and, when its due day has not come, the current month as `'upcoming'`. Empty when `asOf` is
   * before the start month.
   */
  readonly months: readonly PledgeMonth[];
  /** Months whose due date is on or before `asOf`. */
  readonly monthsDue: number;
  /** Months due that were paid on time. */
  readonly onTime: number;
  /** Months due that were paid in full late. */
  readonly late: number;
  /** Months due, not paid in full, whose month has ended. */
  readonly missed: number;
  /** Months due, not paid in full, whose month has not ended (at most one: the current one). */
  readonly partial: number;
  /** `monthsDue × amount`. */
  readonly amountDue: Money;
  /** Every deposit dated on or before `asOf`. */
  readonly totalPaid: Money;
  /** What is owed for the months due and not yet paid: `max(0, amountDue − totalPaid)`. */
  readonly arrears: Money;
  /** What was paid beyond the months due: `max(0, totalPaid − amountDue)`; it pays the next months. */
  readonly paidAhead: Money;
  /** Whole months after the months due that {@link PledgeStatus.paidAhead} pays in full. */
  readonly paidAheadMonths: number;
  /** The sum of every month's fine on `asOf` (separate from {@link PledgeStatus.arrears}). */
  readonly fines: Money;
  /** On-time months in a row up to the latest month due; 0 when that month was not on time. */
  readonly currentStreak: number;
  /** The most on-time months in a row among the months due. */
  readonly longestStreak: number;
  /** The due date of the oldest month not yet paid in full: in the past when in arrears. */
  readonly nextDueDate: string;
  /** What remains to pay for that month. */
  readonly nextAmountDue: Money;
}

const MONTH = /^(\d{4})-(\d{2})$/;
const LAST_MONTH_INDEX = 9999 * 12 + 11;
/** The most months a status lists, from `startMonth` to `asOf`: 100 years. */
const MAX_LISTED_MONTHS = 1200;

/**
 * Where a member's monthly pledge (สัจจะ) stands on `asOf`: each month's due date, payment and
 * status, the counts on time, late and missed, the arrears, the fines, and the streaks of
 * on-time months.
 *
 * - **Months due.** Month k (from `startMonth`) is due on the rules' `dueDay`, or on its last
 *   day when the month is shorter (due day 31: 29 February 2024, 28 February 2025, 30 April).
 *   It is due once its due date is on or before `asOf`: the current month counts from its due
 *   day, not before.
 * - **Applying deposits.** Deposits dated on or before `asOf` are applied in date order (same
 *   day: in the order given) to the oldest month not yet paid in full: a large deposit pays
 *   several months, a deposit while in arrears pays the oldest arrears first, and money beyond
 *   the months due pays the next months ahead. A month is paid on the date of the deposit that
 *   completes it, so a month paid ahead is on time. Deposits after `asOf` are ignored.
 * - **Statuses** are those of {@link PledgeMonthStatus}; missed means "not paid in full when its
 *   month ended, and still not by `asOf`".
 * - **Fines** on `asOf`: `fines.perLateMonth` for each late month and `fines.perMissedMonth` for
 *   each missed month; none for on-time, partial or upcoming months. Paying a missed month
 *   turns its fine into the late-month fine. Fines are reported apart from the arrears and are
 *   not paid by deposits.
 * - **Streaks** count consecutive months due with status on time; a late, partial or missed
 *   month ends a streak; upcoming months are not counted.
 *
 * @throws {@link "@sajja/core".SajjaError} `RULES_INVALID` for bad rules (see {@link validatePledgeRules});
 *   `INVALID_DATE` for a bad `asOf` or deposit date, and for a `startMonth` that is not a month
 *   (`not-a-month`, `no-such-month`, `year-out-of-range`, also when deposits pay past the year
 *   9999); `INVALID_AMOUNT` for a bad amount; `INVALID_ARGUMENT` with reason
 *   `pledge-out-of-range` (the amount is below 0.01 or outside the rules' limits;
 *   `details.amount`, `details.min` and, with a limit, `details.max`), `negative-amount` (a
 *   negative deposit) or `invalid-option` (`pledge` not an object, `deposits` not a list or
 *   with a hole, or an `asOf` more than 1,200 months (100 years) after `startMonth`;
 *   `details.option`).
 *
 * @example
 * ```ts
 * const status = pledgeStatus(
 *   { rules: SAJJA_PLEDGE_RULES, startMonth: '2024-01' },
 *   [
 *     { date: '2024-01-03', amount: '100' }, // January on time
 *     { date: '2024-02-20', amount: '100' }, // February late
 *   ],                                        // March not paid: missed
 *   '2024-04-10',                             // April past due: partial
 * );
 * status.months.map((m) => m.status); // ['on-time', 'late', 'missed', 'partial']
 * status.arrears.toString();          // '200.00'
 * status.nextDueDate;                 // '2024-03-05'
 * ```
 */
export function pledgeStatus(
  pledge: MemberPledge,
  deposits: readonly PledgeDeposit[],
  asOf: string,
): PledgeStatus {
  if (typeof pledge !== 'object' || pledge === null)
    throw invalidOption('pledge', pledge, 'a pledge object');
  checkList(deposits, 'deposits', 'deposit');
  const rules = validatePledgeRules(pledge.rules);
  const start = monthIndexOf(pledge.startMonth);
  assertIsoDate(asOf, 'as-of date');
  const amount = pledgeAmount(pledge, rules);
  const zero = money('0');
  const fineFor = {
    late: money(rules.fines?.perLateMonth ?? '0'),
    missed: money(rules.fines?.perMissedMonth ?? '0'),
  };
  const asOfIndex = Number(asOf.slice(0, 4)) * 12 + Number(asOf.slice(5, 7)) - 1;
  const listed = Math.max(0, asOfIndex - start + 1);
  if (listed > MAX_LISTED_MONTHS) {
    throw invalidOption('asOf', asOf, `at most ${MAX_LISTED_MONTHS} months after startMonth`);
  }

  // Oldest month first: `cursor` is the month the next baht goes to.
  const pledged = amount.toDecimal();
  const paid: Dec[] = Array.from({ length: listed }, () => new Dec(0));
  const paidOn: (string | null)[] = Array.from({ length: listed }, () => null);
  let cursor = 0;
  let total = new Dec(0);
  let beyondListed = new Dec(0);
  for (const deposit of sortedDeposits(deposits, asOf)) {
    let left = deposit.amount;
    total = total.plus(left);
    while (left.gt(0) && cursor < listed) {
      const take = Dec.min(left, pledged.minus(paid[cursor]!));
      paid[cursor] = paid[cursor]!.plus(take);
      left = left.minus(take);
      if (paid[cursor]!.eq(pledged)) paidOn[cursor++] = deposit.date;
    }
    beyondListed = beyondListed.plus(left);
  }

  const months: PledgeMonth[] = [];
  const counts = { 'on-time': 0, late: 0, missed: 0, partial: 0, upcoming: 0 };
  let fines = new Dec(0);
  let run = 0;
  let longestStreak = 0;
  for (let k = 0; k < listed; k++) {
    const { month, dueDate, lastDay } = calendarMonth(start + k, rules.dueDay);
    const status = monthStatus(dueDate, lastDay, paidOn[k] ?? null, asOf);
    counts[status] += 1;
    if (status !== 'upcoming') run = status === 'on-time' ? run + 1 : 0;
    longestStreak = Math.max(longestStreak, run);
    const fine = status === 'late' || status === 'missed' ? fineFor[status] : zero;
    fines = fines.plus(fine.toDecimal());
    months.push({
      month,
      dueDate,
      paid: Money.fromDecimal(paid[k]!),
      paidOn: paidOn[k] ?? null,
      status,
      fine,
    });
  }

  const monthsDue = listed - counts.upcoming;
  const amountDue = pledged.times(monthsDue);
  const paidAhead = Dec.max(0, total.minus(amountDue));
  // The first month not paid in full: a listed one, or one the money beyond them reaches.
  const aheadMonths = beyondListed.divToInt(pledged);
  const nextIndex = cursor < listed ? start + cursor : aheadMonths.plus(start + listed).toNumber();
  const nextPaid = cursor < listed ? paid[cursor]! : beyondListed.minus(aheadMonths.times(pledged));
  return {
    amount,
    months,
    monthsDue,
    onTime: counts['on-time'],
    late: counts.late,
    missed: counts.missed,
    partial: counts.partial,
    amountDue: Money.fromDecimal(amountDue),
    totalPaid: Money.fromDecimal(total),
    arrears: Money.fromDecimal(Dec.max(0, amountDue.minus(total))),
    paidAhead: Money.fromDecimal(paidAhead),
    paidAheadMonths: paidAhead.divToInt(pledged).toNumber(),
    fines: Money.fromDecimal(fines),
    currentStreak: run,
    longestStreak,
    nextDueDate: calendarMonth(nextIndex, rules.dueDay).dueDate,
    nextAmountDue: Money.fromDecimal(pledged.minus(nextPaid)),
  };
}

/** Month `index` (months since year 0): its `'YYYY-MM'`, due date and last day. */
function calendarMonth(index: number, dueDay: number) {
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  if (index > LAST_MONTH_INDEX) throw invalidDate('year-out-of-range', year, 'next due date');
  const length = daysInMonth(year, month);
  return {
    month: isoDateFromParts(year, month, 1, index).slice(0, 7),
    dueDate: isoDateFromParts(year, month, Math.min(dueDay, length), index),
    lastDay: isoDateFromParts(year, month, length, index),
  };
}

/** A month's status on `asOf` (see {@link PledgeMonthStatus}); ISO dates compare as text. */
function monthStatus(
  dueDate: string,
  lastDay: string,
  paidOn: string | null,
  asOf: string,
): PledgeMonthStatus {
  if (dueDate > asOf) return 'upcoming';
  if (paidOn !== null) return paidOn <= dueDate ? 'on-time' : 'late';
  return asOf > lastDay ? 'missed' : 'partial';
}

/** The months since year 0 of a `'YYYY-MM'` month (January of year 1 is 12), or INVALID_DATE. */
function monthIndexOf(value: unknown): number {
  const match = typeof value === 'string' ? MONTH.exec(value) : null;
  if (!match) {
    const shown = typeof value === 'string' ? `"${value}"` : typeof value;
    const message = `Invalid start month ${shown} (not-a-month)`;
    throw dateError('not-a-month', message, { input: value });
  }
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (month < 1 || month > 12) throw invalidDate('no-such-month', value, 'start month');
  if (year < 1) throw invalidDate('year-out-of-range', value, 'start month');
  return year * 12 + month - 1;
}

/** The member's monthly pledge, checked against the rules' limits (validated, so min ≥ 0.01). */
function pledgeAmount(pledge: MemberPledge, rules: PledgeRules): Money {
  const amount = money(pledge.amount ?? rules.defaultAmount);
  const min = money(rules.minAmount ?? '0.01');
  const max = rules.maxAmount === undefined ? undefined : money(rules.maxAmount);
  if (amount.compare(min) >= 0 && (max === undefined || amount.compare(max) <= 0)) return amount;
  throw savingsError(
    'pledge-out-of-range',
    `A monthly pledge of ${amount} is outside the group's limits (${min}${max ? ` to ${max}` : ''}).`,
    {
      input: pledge.amount,
      details: { amount: `${amount}`, min: `${min}`, ...(max ? { max: `${max}` } : {}) },
    },
  );
}

/** The deposits dated on or before `asOf`, validated, in date order (stable). */
function sortedDeposits(
  deposits: readonly PledgeDeposit[],
  asOf: string,
): { date: string; amount: Dec }[] {
  const valid = deposits.map((deposit, index) => {
    const date = assertIsoDate(deposit?.date, `deposit date [${index}]`);
    const amount = money(deposit.amount);
    if (amount.isNegative()) {
      throw new SajjaError(
        'INVALID_ARGUMENT',
        'negative-amount',
        `Deposit [${index}] of ${amount.toString()} is negative; a pledge deposit cannot take money out.`,
        { input: deposit.amount },
      );
    }
    return { date, amount: amount.toDecimal() };
  });
  // Array.prototype.sort is stable, so deposits of one day keep the order given.
  return valid
    .filter((d) => d.date <= asOf)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
