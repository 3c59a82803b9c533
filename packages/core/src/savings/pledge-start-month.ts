import { addMonths, assertIsoDate, daysInMonth } from '../dates/iso-date.js';
import { invalidOption } from '../errors/sajja-error.js';

/**
 * The first month a new member owes the pledge (สัจจะ), as `'YYYY-MM'`: the month of
 * `joinedOn` when its due day falls on or after the joining day, otherwise the next month. A
 * member who joins on the 20th owes nothing for a month due on the 5th. The due day is capped
 * at the month's length, as {@link pledgeStatus} caps it: with due day 31, a member joining on
 * 29 February 2024 owes February (due that day), one joining on 29 April 2025 owes April (due
 * on the 30th).
 *
 * The result is the `startMonth` of a {@link MemberPledge}.
 *
 * @param joinedOn - The day the member joined (ISO `YYYY-MM-DD`).
 * @param dueDay - The day of the month the pledge is due (the rules' `dueDay`, 1 to 31).
 *
 * @throws {@link "@sajja/core".SajjaError} `INVALID_DATE` for a bad `joinedOn` (and
 *   `year-out-of-range` for a start after December 9999); `INVALID_ARGUMENT` /
 *   `invalid-option` (`details.option` `'dueDay'`) for a due day that is not a whole number
 *   from 1 to 31.
 *
 * @example
 * ```ts
 * pledgeStartMonth('2024-03-05', 5);  // '2024-03': due on the day of joining
 * pledgeStartMonth('2024-03-20', 5);  // '2024-04'
 * pledgeStartMonth('2024-12-31', 25); // '2025-01'
 * pledgeStartMonth('2025-02-28', 31); // '2025-02': due on the 28th in February 2025
 * ```
 */
export function pledgeStartMonth(joinedOn: string, dueDay: number): string {
  assertIsoDate(joinedOn, 'joining date');
  if (!Number.isInteger(dueDay) || dueDay < 1 || dueDay > 31) {
    throw invalidOption('dueDay', dueDay, 'a whole number from 1 to 31');
  }
  const year = Number(joinedOn.slice(0, 4));
  const month = Number(joinedOn.slice(5, 7));
  const dueThisMonth = Math.min(dueDay, daysInMonth(year, month));
  const start = Number(joinedOn.slice(8)) <= dueThisMonth ? joinedOn : addMonths(joinedOn, 1);
  return start.slice(0, 7);
}
