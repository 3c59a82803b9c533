import { assertIsoDate } from './iso-date.js';

/**
 * Years between the Christian Era and the Buddhist Era used in Thailand: พ.ศ. = ค.ศ. + 543.
 * Sajja applies it to every date, as modern Thai usage and `Intl` do. (Before 1941 the Thai year
 * began on 1 April, so papers of that time dated January to March one year lower.)
 */
export const BUDDHIST_ERA_OFFSET = 543;

/**
 * The Buddhist-Era year (พ.ศ.) of an ISO date. Throws `INVALID_DATE` when `iso` is not a valid
 * ISO date (see `assertIsoDate`).
 *
 * @example
 * ```ts
 * toBuddhistYear('2024-01-15'); // 2567
 * ```
 */
export function toBuddhistYear(iso: string): number {
  return Number(assertIsoDate(iso).slice(0, 4)) + BUDDHIST_ERA_OFFSET;
}
