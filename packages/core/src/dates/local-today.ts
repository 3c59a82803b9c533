import { invalidOption } from '../errors/sajja-error.js';
import { invalidDate } from './iso-date.js';

/**
 * Today's date where the person is — in the time zone of the device running the code — as ISO
 * `YYYY-MM-DD`: the default date of a form, and of a deposit recorded without one. (Every other
 * date function works on ISO strings alone and never asks a `Date` for the time zone.)
 *
 * @param now - the moment to read; the current one when left out.
 *
 * @throws {@link "@sajja/core".SajjaError} `INVALID_ARGUMENT` / `invalid-option` when `now` is not a valid
 *   `Date`; `INVALID_DATE` / `year-out-of-range` when its local year is not from 1 to 9999.
 *
 * @example
 * ```ts
 * localToday();                          // '2024-03-05' on 5 March 2024, wherever you are
 * localToday(new Date(2024, 0, 31, 23)); // '2024-01-31' (11 p.m. local time)
 * ```
 */
export function localToday(now: Date = new Date()): string {
  // A Date of this realm or another (an iframe's), holding a time.
  if (Object.prototype.toString.call(now) !== '[object Date]' || Number.isNaN(now.getTime())) {
    throw invalidOption('now', now, 'a valid Date');
  }
  const year = now.getFullYear();
  if (year < 1 || year > 9999) throw invalidDate('year-out-of-range', year, 'year of now');
  const pad = (value: number, width = 2): string => String(value).padStart(width, '0');
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
