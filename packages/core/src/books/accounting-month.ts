import { dateError } from '../dates/date-sentences.js';
import { daysInMonth, invalidDate } from '../dates/iso-date.js';

/**
 * Months as the books count them (internal): `'YYYY-MM'` strings, which compare as text in
 * date order, as ISO dates do.
 */

const MONTH = /^(\d{4})-(\d{2})$/;

/**
 * @internal Returns `value` when it is a month `'YYYY-MM'` (years 0001–9999), else throws
 * `INVALID_DATE` with reason `not-a-month`, `no-such-month` or `year-out-of-range`.
 */
export function assertMonth(value: unknown, label = 'month'): string {
  const match = typeof value === 'string' ? MONTH.exec(value) : null;
  if (!match) {
    const shown = typeof value === 'string' ? `"${value}"` : typeof value;
    throw dateError('not-a-month', `Invalid ${label} ${shown} (not-a-month)`, {
      input: value,
    });
  }
  const month = Number(match[2]);
  if (month < 1 || month > 12) throw invalidDate('no-such-month', value, label);
  if (Number(match[1]) < 1) throw invalidDate('year-out-of-range', value, label);
  return value as string;
}

/** @internal The first day of a valid month, ISO. */
export function firstDayOf(month: string): string {
  return `${month}-01`;
}

/** @internal The last day of a valid month, ISO. */
export function lastDayOf(month: string): string {
  const days = daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)));
  return `${month}-${String(days)}`;
}
