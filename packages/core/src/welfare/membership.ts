import { addDays, addMonths, assertIsoDate, compareIsoDates } from '../dates/iso-date.js';

/**
 * Completed years of membership on `onDate`: joined 2015-03-10 → 4 on 2020-03-09, 5 on
 * 2020-03-10. A member who joined on 29 February completes a year on 28 February in years
 * without one. Before joining, 0.
 *
 * @example
 * ```ts
 * completedYears('2015-03-10', '2020-03-09'); // 4
 * completedYears('2015-03-10', '2020-03-10'); // 5
 * ```
 */
export function completedYears(joinedOn: string, onDate: string): number {
  assertIsoDate(joinedOn, 'joining date');
  assertIsoDate(onDate);
  let years = Number(onDate.slice(0, 4)) - Number(joinedOn.slice(0, 4));
  if (years > 0 && compareIsoDates(addMonths(joinedOn, 12 * years), onDate) > 0) years -= 1;
  return Math.max(0, years);
}

/**
 * The first day a member may claim benefits: `waitingDays` after joining (joined 2025-06-01
 * with 180 days → 2025-11-28).
 *
 * @example
 * ```ts
 * benefitsStartOn('2025-06-01', 180); // '2025-11-28'
 * ```
 */
export function benefitsStartOn(joinedOn: string, waitingDays: number): string {
  return addDays(assertIsoDate(joinedOn, 'joining date'), waitingDays);
}
