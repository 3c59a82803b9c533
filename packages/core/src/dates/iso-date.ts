import { dateError } from './date-sentences.js';
import { SajjaError, type SajjaErrorDetails } from '../errors/sajja-error.js';

/**
 * Calendar dates as ISO `YYYY-MM-DD` strings: validation and the small amount of arithmetic that
 * loans and savings need. Everything is computed on integers in the proleptic Gregorian calendar,
 * never through `Date`, so no time zone or daylight-saving rule can move a date by one day.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MIN_YEAR = 1;
const MAX_YEAR = 9999;
const floor = Math.floor;
const RESULT_LABEL = 'result of moving';
const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** @internal The reasons of an `INVALID_DATE` error. */
export type DateReason = 'not-a-date' | 'no-such-month' | 'no-such-day' | 'year-out-of-range';

/**
 * @internal An `INVALID_DATE` error for `input`, with a short English message naming it
 * (`Invalid due date "2023-02-29" (no-such-day)`).
 */
export function invalidDate(
  reason: DateReason,
  input: unknown,
  label = 'date',
  details?: SajjaErrorDetails,
): SajjaError {
  const shown =
    typeof input === 'string'
      ? JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…` : input)
      : typeof input === 'number'
        ? input
        : typeof input;
  // A label is a developer's word for the value; anything else is not repeated.
  const named = typeof label === 'string' ? label : 'date';
  return dateError(reason, `Invalid ${named} ${shown} (${reason})`, {
    input,
    details,
  });
}

function requireInteger(value: number, name: string): void {
  if (!Number.isInteger(value)) {
    throw new SajjaError('INVALID_ARGUMENT', 'not-an-integer', `${name} must be an integer`, {
      input: value,
    });
  }
}

/** What is wrong with a year, month and day as a date, checked in that order, if anything. */
function dateProblem(year: number, month: number, day: number): DateReason | undefined {
  if (!Number.isInteger(month) || month < 1 || month > 12) return 'no-such-month';
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) return 'year-out-of-range';
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return 'no-such-day';
  return undefined;
}

/**
 * @internal The ISO date for a year, month and day, or an INVALID_DATE error carrying `input`
 * (the text a person typed, when the parts came from parsing it).
 */
export function isoDateFromParts(
  year: number,
  month: number,
  day: number,
  input: unknown,
  label?: string,
): string {
  const problem = dateProblem(year, month, day);
  if (problem) throw invalidDate(problem, input, label);
  // One string from its character codes, no padded pieces: a schedule writes a date an instalment.
  const digit = (n: number): number => 48 + ((n | 0) % 10);
  return String.fromCharCode(
    digit(year / 1000),
    digit(year / 100),
    digit(year / 10),
    digit(year),
    45,
    digit(month / 10),
    digit(month),
    45,
    digit(day / 10),
    digit(day),
  );
}

type DateParts = [year: number, month: number, day: number];

/** The year, month and day of an ISO date, or what is wrong with `value` as one. */
function readIsoDate(value: unknown): DateParts | DateReason {
  const match = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  if (!match) return 'not-a-date';
  const parts: DateParts = [Number(match[1]), Number(match[2]), Number(match[3])];
  return dateProblem(...parts) ?? parts;
}

/** The year, month and day of a valid ISO date, or an INVALID_DATE error. */
function isoParts(value: unknown, label?: string): DateParts {
  const parts = readIsoDate(value);
  if (typeof parts === 'string') throw invalidDate(parts, value, label);
  return parts;
}

/**
 * True when `value` is a string naming a real calendar date as `YYYY-MM-DD`, with a year from
 * 0001 to 9999 in the proleptic Gregorian calendar. Nothing else is accepted: no time, no time
 * zone, no one-digit month or day, no surrounding spaces.
 *
 * @example
 * ```ts
 * isIsoDate('2024-02-29'); // true: 2024 is a leap year
 * isIsoDate('1900-02-29'); // false: 1900 is not (divisible by 100 but not by 400)
 * isIsoDate('2024-1-5');   // false: month and day need two digits
 * ```
 */
export function isIsoDate(value: unknown): value is string {
  return typeof readIsoDate(value) !== 'string';
}

/**
 * Returns `value` when it is a valid ISO date (see {@link isIsoDate}); otherwise throws a
 * `SajjaError` with code `INVALID_DATE` and reason `'not-a-date'` (not a string of the form
 * `YYYY-MM-DD`), `'no-such-month'`, `'no-such-day'` or `'year-out-of-range'` (year 0000).
 *
 * @param label - What the value is, for the English message (`'due date'`); default `'date'`.
 *
 * @example
 * ```ts
 * assertIsoDate('2024-01-15');            // '2024-01-15'
 * assertIsoDate('2023-02-29', 'due date'); // throws INVALID_DATE / no-such-day
 * ```
 */
export function assertIsoDate(value: unknown, label?: string): string {
  isoParts(value, label);
  return value as string;
}

/**
 * True for leap years of the proleptic Gregorian calendar: divisible by 4, except centuries not
 * divisible by 400 (1900 is not a leap year, 2000 and 2024 are). Throws `INVALID_ARGUMENT` when
 * `year` is not an integer.
 *
 * @example
 * ```ts
 * isLeapYear(2024); // true
 * isLeapYear(1900); // false
 * ```
 */
export function isLeapYear(year: number): boolean {
  requireInteger(year, 'year');
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * The number of days (28–31) in `month` (1–12) of `year`. Throws `INVALID_DATE` /
 * `'no-such-month'` for a month outside 1–12 and `INVALID_ARGUMENT` for a year that is not an
 * integer.
 *
 * @example
 * ```ts
 * daysInMonth(2024, 2); // 29
 * daysInMonth(2023, 2); // 28
 * ```
 */
export function daysInMonth(year: number, month: number): number {
  const leap = isLeapYear(year);
  const length = Number.isInteger(month) ? MONTH_LENGTHS[month - 1] : undefined;
  if (length === undefined) throw invalidDate('no-such-month', month, 'month');
  return month === 2 && leap ? 29 : length;
}

/**
 * Days since 1970-01-01 (negative before), from Howard Hinnant's `days_from_civil`
 * (https://howardhinnant.github.io/date_algorithms.html): exact integer arithmetic, no `Date`.
 */
function toDayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + floor(yearOfEra / 4) - floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/**
 * @internal Days since 1970-01-01 of an ISO date already known to be valid, without checking
 * it again: for sweeps over many dates (interest on daily balances).
 */
export function dayNumberOf(iso: string): number {
  // Digits by character code: a loan's ledger reads a day number for every instalment.
  const digit = (at: number): number => iso.charCodeAt(at) - 48;
  return toDayNumber(
    digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3),
    digit(5) * 10 + digit(6),
    digit(8) * 10 + digit(9),
  );
}

/**
 * @internal The ISO date of a day number (days since 1970-01-01), for sweeps that step by days
 * (weekly due dates); INVALID_DATE with `input` when it leaves the years 0001–9999.
 */
export function isoDateOfDayNumber(dayNumber: number, input: unknown): string {
  return fromDayNumber(dayNumber, input);
}

/** @internal Days since 1970-01-01 of a valid year, month and day. */
export function dayNumberOfParts(year: number, month: number, day: number): number {
  return toDayNumber(year, month, day);
}

/** @internal Days since 1970-01-01 of 31 December of `year` (a whole number). */
export function lastDayOfYear(year: number): number {
  return toDayNumber(year, 12, 31);
}

/** The inverse of {@link toDayNumber} (Hinnant's `civil_from_days`), as an ISO date. */
function fromDayNumber(dayNumber: number, input: unknown): string {
  const z = dayNumber + 719468;
  const era = floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = floor(
    (dayOfEra - floor(dayOfEra / 1460) + floor(dayOfEra / 36524) - floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + floor(yearOfEra / 4) - floor(yearOfEra / 100));
  const shiftedMonth = floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return isoDateFromParts(year, month, day, input, RESULT_LABEL);
}

/**
 * The signed number of whole days from `fromIso` to `toIso`: positive when `toIso` is later,
 * 0 for the same date. Leap days count. Both dates are validated with {@link assertIsoDate}.
 *
 * @example
 * ```ts
 * daysBetween('2024-02-28', '2024-03-01'); // 2 (29 February lies between)
 * daysBetween('2024-12-31', '2024-01-01'); // -365
 * ```
 */
export function daysBetween(fromIso: string, toIso: string): number {
  return toDayNumber(...isoParts(toIso, 'to')) - toDayNumber(...isoParts(fromIso, 'from'));
}

/**
 * The ISO date `days` days after `iso` (before it when `days` is negative). Throws
 * `INVALID_ARGUMENT` when `days` is not an integer and `INVALID_DATE` / `'year-out-of-range'`
 * when the result would leave the years 0001–9999.
 *
 * @example
 * ```ts
 * addDays('2024-02-28', 1);  // '2024-02-29'
 * addDays('2025-01-01', -1); // '2024-12-31'
 * ```
 */
export function addDays(iso: string, days: number): string {
  const parts = isoParts(iso);
  requireInteger(days, 'days');
  return fromDayNumber(toDayNumber(...parts) + days, iso);
}

/**
 * The ISO date `months` calendar months after `iso` (before it when negative), on the same day
 * of the month, or on that month's last day when it is shorter: the rule loan schedules use
 * for a due date on the 29th–31st. Each call counts from `iso` itself, so a schedule should
 * compute every due date from the first one (`addMonths(first, k)`), never step from the
 * previous clamped date, or 31 January would drift to the 29th for the rest of the year.
 * Throws like {@link addDays}.
 *
 * @example
 * ```ts
 * addMonths('2024-01-31', 1);  // '2024-02-29' (clamped: 2024 is a leap year)
 * addMonths('2024-01-31', 2);  // '2024-03-31'
 * addMonths('2024-03-15', -3); // '2023-12-15'
 * ```
 */
export function addMonths(iso: string, months: number): string {
  const [year, month, day] = isoParts(iso);
  requireInteger(months, 'months');
  const monthIndex = year * 12 + month - 1 + months;
  const newYear = floor(monthIndex / 12);
  const newMonth = monthIndex - newYear * 12 + 1;
  const lastDay = daysInMonth(newYear, newMonth);
  return isoDateFromParts(newYear, newMonth, Math.min(day, lastDay), iso, RESULT_LABEL);
}

/**
 * Orders two ISO dates: -1 when `a` is earlier, 1 when later, 0 when the same day. Suits
 * `Array.prototype.sort`. Both dates are validated with {@link assertIsoDate}.
 *
 * @example
 * ```ts
 * compareIsoDates('2024-01-15', '2024-02-01'); // -1
 * ['2024-03-01', '2023-12-31'].sort(compareIsoDates); // ['2023-12-31', '2024-03-01']
 * ```
 */
export function compareIsoDates(a: string, b: string): -1 | 0 | 1 {
  isoParts(a, 'a');
  isoParts(b, 'b');
  // Valid ISO dates have fixed-width fields, so text order is date order.
  return a < b ? -1 : a > b ? 1 : 0;
}
