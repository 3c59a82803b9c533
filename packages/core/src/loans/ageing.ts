import { invalidOption } from '../errors/sajja-error.js';

/**
 * How long a loan has been in arrears, in the buckets of a monthly arrears report (DOMAIN.md,
 * "Monthly meeting"): `'current'` (nothing past due), then `'1-30'`, `'31-60'`, `'61-90'` and
 * `'90+'` days past due (91 days and more).
 */
export type AgeingBucket = 'current' | '1-30' | '31-60' | '61-90' | '90+';

/** Every {@link AgeingBucket}, youngest first, for reports and pickers. */
export const AGEING_BUCKETS: readonly AgeingBucket[] = /* @__PURE__ */ Object.freeze([
  'current',
  '1-30',
  '31-60',
  '61-90',
  '90+',
]);

/**
 * The {@link AgeingBucket} of a number of days past due: 0 is `'current'`, 1–30 `'1-30'`,
 * 31–60 `'31-60'`, 61–90 `'61-90'`, 91 and more `'90+'`.
 *
 * @throws {@link "@sajja/core".SajjaError} `INVALID_ARGUMENT` / `invalid-option` (`details.option`
 *   `'daysPastDue'`) for a value that is not a whole number of 0 or more.
 *
 * @example
 * ```ts
 * ageingBucket(0);  // 'current'
 * ageingBucket(30); // '1-30'
 * ageingBucket(31); // '31-60'
 * ageingBucket(91); // '90+'
 * ```
 */
export function ageingBucket(daysPastDue: number): AgeingBucket {
  if (!Number.isSafeInteger(daysPastDue) || daysPastDue < 0) {
    throw invalidOption('daysPastDue', daysPastDue, 'a whole number of days, 0 or more');
  }
  if (daysPastDue === 0) return 'current';
  if (daysPastDue <= 30) return '1-30';
  if (daysPastDue <= 60) return '31-60';
  return daysPastDue <= 90 ? '61-90' : '90+';
}
