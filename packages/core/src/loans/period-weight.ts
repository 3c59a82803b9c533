import { dayNumberOf, daysInMonth, isLeapYear, lastDayOfYear } from '../dates/iso-date.js';
import type { LoanDayCount } from './loan-terms.js';

/*
 * How a day count weighs a period (internal). A whole period's interest on a base is
 * `base × rate × weight`, `rate` being the periodic rate under 'period' and the yearly rate
 * under the others, and `weight` a fraction: 1 under 'period', days / 365 under 'actual/365',
 * each day over the days of the year it ends in under 'actual/actual', 30-day months / 360 under
 * '30/360'. Money paid out (or prepaid) within a period earns its share of the period's weight
 * by actual days — under 'actual/actual' its own days of each year.
 */

/** @internal A date of a schedule: ISO `YYYY-MM-DD` and its day number (days since 1970-01-01). */
export interface SchedulePoint {
  readonly iso: string;
  readonly day: number;
}

/** @internal The {@link SchedulePoint} of an ISO date known to be valid. */
export function pointOf(iso: string): SchedulePoint {
  return { iso, day: dayNumberOf(iso) };
}

/** @internal A fraction of whole numbers, `numerator / denominator`, the denominator above 0. */
export interface Weight {
  readonly numerator: bigint;
  readonly denominator: bigint;
}

const ONE: Weight = { numerator: 1n, denominator: 1n };
const YEAR_PAIR = 365n * 366n;

/**
 * @internal The weight of the whole period from `start` to `end` under a day count. Under
 * '30/360' a period of whole months (counted back from `end` on the schedule's `anchorDay`)
 * weighs 30 days a month; a first period longer or shorter than that adds (or is) a stub of
 * 30 × its actual days ÷ the actual days of the month it falls in — so 15 January to
 * 1 February weighs 30 × 17/31 days, as Fineract charges a short first period.
 */
export function periodWeight(
  dayCount: LoanDayCount,
  start: SchedulePoint,
  end: SchedulePoint,
  anchorDay: number,
): Weight {
  switch (dayCount) {
    case 'period':
      return ONE;
    case 'actual/365':
      return { numerator: BigInt(end.day - start.day), denominator: 365n };
    case 'actual/actual':
      return { numerator: actualActualDays(start, end), denominator: YEAR_PAIR };
    case '30/360':
      return thirtyDays(start, end, anchorDay);
  }
}

/**
 * @internal Under 'actual/actual', the weight of the days from `from` to `to` over 365 × 366:
 * days of common years × 366 plus days of leap years × 365, a day belonging to the year it
 * ends in (Fineract's split: 12 December to 12 January is 19 days of the old year and 12 of the
 * new, the night into 1 January being the new year's).
 */
export function actualActualDays(from: SchedulePoint, to: SchedulePoint): bigint {
  return BigInt(actualActualWeight(from, to));
}

/**
 * @internal {@link actualActualDays} as a whole number (at most 366 × 3,652,059 days: exact).
 */
export function actualActualWeight(from: SchedulePoint, to: SchedulePoint): number {
  const fromYear = yearOf(from.iso);
  // Within one year: one rate.
  if (yearOf(to.iso) === fromYear) return (to.day - from.day) * (isLeapYear(fromYear) ? 365 : 366);
  let weight = 0;
  let cursor = from.day;
  for (let year = fromYear; cursor < to.day; year++) {
    const lastDay = lastDayOfYear(year);
    const end = lastDay < to.day ? lastDay : to.day;
    weight += (end - cursor) * (isLeapYear(year) ? 365 : 366);
    cursor = end;
  }
  return weight;
}

/** The year of an ISO date, by character codes. */
function yearOf(iso: string): number {
  let year = 0;
  for (let at = 0; at < 4; at++) year = year * 10 + iso.charCodeAt(at) - 48;
  return year;
}

/** The 30/360 weight of a period (see {@link periodWeight}). */
function thirtyDays(start: SchedulePoint, end: SchedulePoint, anchorDay: number): Weight {
  const year = Number(end.iso.slice(0, 4));
  const month = Number(end.iso.slice(5, 7));
  const endDay = Number(end.iso.slice(8, 10));
  // A due date clamped to a short month counts back on the day it was clamped from.
  const back = endDay === daysInMonth(year, month) && anchorDay > endDay ? anchorDay : endDay;
  // Months back from `end`, on that day clamped to each month, while still after `start`.
  const monthsBack = (m: number): number => {
    const index = year * 12 + month - 1 - m;
    const y = Math.floor(index / 12);
    const mm = index - y * 12 + 1;
    if (y < 1) return Number.NEGATIVE_INFINITY;
    const day = Math.min(back, daysInMonth(y, mm));
    return dayNumberOf(
      `${String(y).padStart(4, '0')}-${String(mm).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    );
  };
  let whole = 0;
  while (monthsBack(whole + 1) >= start.day) whole++;
  const stubEnd = whole === 0 ? end.day : monthsBack(whole);
  const stub = stubEnd - start.day;
  if (stub === 0) return { numerator: BigInt(30 * whole), denominator: 360n };
  const stubMonth = BigInt(stubEnd - monthsBack(whole + 1));
  return {
    numerator: 30n * (BigInt(whole) * stubMonth + BigInt(stub)),
    denominator: 360n * stubMonth,
  };
}
