import { dayNumberOf, daysInMonth, isLeapYear } from '../dates/iso-date.js';
import type { LoanDayCount } from './loan-terms.js';

/*
 * How a day count weighs the days of a period (internal). A period's interest on a base is
 * `base × rate × weight / per`, where `rate` is the periodic rate under 'period' and the yearly
 * rate under the others: a whole period weighs `per` under 'period' (its days over its days),
 * `days` of 365 under 'actual/365', each day of 365 or 366 under 'actual/actual' (a common
 * denominator 365 × 366), 30-day months of 360 under '30/360'.
 */

/** @internal A date of a schedule as the day counts read it. */
export interface SchedulePoint {
  /** ISO `YYYY-MM-DD`. */
  readonly iso: string;
  /** Days since 1970-01-01. */
  readonly day: number;
  /** The date on a calendar of 30-day months: `year × 360 + (month − 1) × 30 + day (≤ 30)`. */
  readonly thirty: number;
}

/**
 * @internal The {@link SchedulePoint} of `iso`. A date on the last day of a month shorter than
 * the schedule's anchor day (the day of the month it keeps, 1–31) counts as the anchor day, so
 * that a due date clamped to a short month (29 February for the 31st) is the 30th on the
 * 30/360 calendar and every whole month weighs 30.
 */
export function pointOf(iso: string, anchorDay: number): SchedulePoint {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  let day = Number(iso.slice(8, 10));
  if (anchorDay > day && day === daysInMonth(year, month)) day = anchorDay;
  return { iso, day: dayNumberOf(iso), thirty: year * 360 + (month - 1) * 30 + Math.min(day, 30) };
}

/** @internal The divisor of a day count's weights for the period from `start` to `end`. */
export function weightDivisor(dayCount: LoanDayCount, start: SchedulePoint, end: SchedulePoint) {
  switch (dayCount) {
    case 'period':
      return BigInt(end.day - start.day);
    case 'actual/365':
      return 365n;
    case 'actual/actual':
      return YEAR_PAIR;
    case '30/360':
      return 360n;
  }
}

const YEAR_PAIR = 365n * 366n;

/** @internal The weight of the days from `from` to `to` under a day count (see above). */
export function weightOf(dayCount: LoanDayCount, from: SchedulePoint, to: SchedulePoint): bigint {
  switch (dayCount) {
    case 'period':
    case 'actual/365':
      return BigInt(to.day - from.day);
    case '30/360':
      return BigInt(to.thirty - from.thirty);
    case 'actual/actual':
      return actualActualWeight(from, to);
  }
}

/** Days of common years × 366 plus days of leap years × 365: the days over 365 × 366. */
function actualActualWeight(from: SchedulePoint, to: SchedulePoint): bigint {
  let weight = 0n;
  let cursor = from.day;
  for (let year = Number(from.iso.slice(0, 4)); cursor < to.day; year++) {
    const nextYear =
      year >= 9999 ? to.day : dayNumberOf(`${String(year + 1).padStart(4, '0')}-01-01`);
    const end = nextYear < to.day ? nextYear : to.day;
    weight += BigInt(end - cursor) * (isLeapYear(year) ? 365n : 366n);
    cursor = end;
  }
  return weight;
}
