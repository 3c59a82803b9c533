import { checkOptionKeys } from '../errors/check-option-keys.js';
import { invalidOption } from '../errors/sajja-error.js';
import {
  addDays,
  assertIsoDate,
  dayNumberOf,
  dayNumberOfParts,
  daysInMonth,
  isoDateFromParts,
  isoDateOfDayNumber,
} from '../dates/iso-date.js';
import { conflictingOptions } from './loan-sentences.js';
import {
  LOAN_TERM_FIELDS,
  PAYMENT_TIMINGS,
  REPAY_UNITS,
  type PaymentTiming,
  type RepayEvery,
} from './loan-terms.js';

/** @internal The most of each unit {@link RepayEvery.count} may be: a year. */
export const MAX_REPAY_EVERY = { month: 12, week: 52, day: 366 } as const;

/** Every month, the default {@link RepayEvery}. */
export const MONTHLY: RepayEvery = /* @__PURE__ */ Object.freeze({ count: 1, unit: 'month' });

/** The most due dates {@link installmentDueDates} lists: 100 years of months. */
const MAX_DUE_DATES = 1200;

/** What fixes a loan's due dates: the part of {@link LoanTerms} about the calendar. */
export interface DueDateTerms {
  /** The day the money was paid out, ISO `YYYY-MM-DD`. */
  readonly disbursedOn: string;
  /** The first due date, ISO; after `disbursedOn`. Default: one month after `disbursedOn`. */
  readonly firstDueOn?: string;
  /**
   * The day of the month instalments fall on (1–31), clamped to each month's last day.
   * Default: the day of `firstDueOn`, or else of `disbursedOn`. Monthly repayment only.
   */
  readonly dueDayOfMonth?: number;
  /** How often instalments fall due; default every month. */
  readonly repayEvery?: RepayEvery;
  /** `'start'`: the first instalment falls due on `disbursedOn`; default `'end'`. */
  readonly paymentTiming?: PaymentTiming;
}

/**
 * The first `count` due dates of a loan, one a month (or as {@link DueDateTerms.repayEvery}
 * says), in strictly increasing order.
 *
 * Every date is measured from the anchor day, never from the previous (clamped) date, so a loan
 * disbursed on 31 January falls due on 29 February, 31 March, 30 April, … and not on the 29th
 * for ever after. The anchor day is `dueDayOfMonth` when given, else the day of `firstDueOn`,
 * else the day of `disbursedOn`. The first due date is `firstDueOn` itself when given, else the
 * anchor day of the month after `disbursedOn`.
 *
 * Every `n` months, the dates are `n` months apart on the anchor day. Every `n` weeks or days,
 * they are exactly `7n` or `n` days apart, from `firstDueOn`, or else from `disbursedOn` plus
 * one step. With `paymentTiming: 'start'` the first due date is `disbursedOn` itself and the
 * others follow a step apart (a loan repaid at the start of each period).
 *
 * `terms` may be whole {@link LoanTerms}: their other fields are let through, any other key is
 * refused.
 *
 * @throws {@link "@sajja/core".SajjaError} `INVALID_DATE` for a date that is not one, or when a due date
 *   would pass the year 9999; `INVALID_ARGUMENT` / `invalid-option` when `terms` is not an
 *   object, `firstDueOn` is not after `disbursedOn` (`details.option` `'firstDueOn'`),
 *   `dueDayOfMonth` is not a whole number from 1 to 31, `repayEvery` is not `{ count, unit }`
 *   (a whole `count` from 1 to 12 months, 52 weeks or 366 days), `paymentTiming` is not
 *   `'end'` or `'start'`, or `count` is not a whole number from 0 to 1,200 (checked first);
 *   `unknown-option` for a key of `terms` that {@link LoanTerms} does not have;
 *   `conflicting-options` for `firstDueOn` with `paymentTiming: 'start'`, or `dueDayOfMonth`
 *   with weekly or daily repayment.
 *
 * @example
 * ```ts
 * installmentDueDates({ disbursedOn: '2024-01-31' }, 3); // ['2024-02-29', '2024-03-31', '2024-04-30']
 * installmentDueDates({ disbursedOn: '2024-01-10', firstDueOn: '2024-03-05' }, 2);
 * // ['2024-03-05', '2024-04-05']
 * ```
 */
export function installmentDueDates(terms: DueDateTerms, count: number): string[] {
  if (!Number.isSafeInteger(count) || count < 0 || count > MAX_DUE_DATES) {
    throw invalidOption('count', count, `a whole number from 0 to ${MAX_DUE_DATES}`);
  }
  if (typeof terms !== 'object' || terms === null) {
    throw invalidOption('terms', terms, 'an object with disbursedOn');
  }
  checkOptionKeys(terms, LOAN_TERM_FIELDS, 'DueDateTerms');
  return dueDatesOf(terms, count, checkRepayEvery(terms.repayEvery));
}

/**
 * @internal {@link installmentDueDates} for terms whose keys and `repayEvery` (`every`) are
 * already checked, and `count` a whole number in range: `loanSchedule`'s own checks. `days`,
 * when given, receives each date's day number.
 */
export function dueDatesOf(
  terms: DueDateTerms,
  count: number,
  every: RepayEvery,
  days?: number[],
): string[] {
  const disbursedOn = assertIsoDate(terms.disbursedOn, 'disbursement date');
  const { firstDueOn, dueDayOfMonth } = terms;
  if (firstDueOn !== undefined) {
    assertIsoDate(firstDueOn, 'first due date');
    if (firstDueOn <= disbursedOn) {
      throw invalidOption('firstDueOn', firstDueOn, `after disbursedOn (${disbursedOn})`);
    }
  }
  if (
    dueDayOfMonth !== undefined &&
    (!Number.isInteger(dueDayOfMonth) || dueDayOfMonth < 1 || dueDayOfMonth > 31)
  ) {
    throw invalidOption('dueDayOfMonth', dueDayOfMonth, 'a whole number from 1 to 31');
  }
  const timing = terms.paymentTiming ?? 'end';
  if (!PAYMENT_TIMINGS.includes(timing)) {
    throw invalidOption('paymentTiming', timing, "'end' or 'start'");
  }
  if (timing === 'start' && firstDueOn !== undefined) {
    throw conflictingOptions(
      'firstDueOn',
      'paymentTiming',
      'a loan repaid at the start of each period pays its first instalment on disbursedOn.',
      firstDueOn,
    );
  }
  if (every.unit !== 'month') {
    if (dueDayOfMonth !== undefined) {
      throw conflictingOptions(
        'dueDayOfMonth',
        'repayEvery',
        `instalments every ${every.count} ${every.unit}(s) do not fall on a day of the month.`,
        dueDayOfMonth,
      );
    }
    const step = every.count * (every.unit === 'week' ? 7 : 1);
    const first = firstDueOn ?? (timing === 'start' ? disbursedOn : addDays(disbursedOn, step));
    const dates: string[] = [];
    const firstDay = dayNumberOf(first);
    // Stepped on the calendar, a month carried at a time (a step is at most 366 days).
    let [year, month, day] = partsOf(first);
    for (let k = 0; k < count; k++) {
      if (k > 0) {
        day += step;
        for (let length; day > (length = daysInMonth(year, month)); day -= length) {
          if (month++ === 12) [year, month] = [year + 1, 1];
        }
      }
      dates.push(
        k === 0
          ? first
          : year > 9999
            ? isoDateOfDayNumber(firstDay + k * step, terms)
            : isoDateFromParts(year, month, day, terms),
      );
      days?.push(firstDay + k * step);
    }
    return dates;
  }
  const [startYear, startMonth, startDay] = partsOf(firstDueOn ?? disbursedOn);
  const day = dueDayOfMonth ?? startDay;
  // Months are counted from year 0 month 0, so one index gives both year and month.
  const firstMonth =
    startYear * 12 +
    startMonth -
    1 +
    (firstDueOn === undefined && timing === 'end' ? every.count : 0);
  const dates: string[] = [];
  for (let k = 0; k < count; k++) {
    if (k === 0 && (firstDueOn !== undefined || timing === 'start')) {
      const first = firstDueOn ?? disbursedOn;
      dates.push(first);
      days?.push(dayNumberOf(first));
      continue;
    }
    const index = firstMonth + k * every.count;
    const year = Math.floor(index / 12);
    const month = index - year * 12 + 1;
    const lastDay = year >= 1 && year <= 9999 ? daysInMonth(year, month) : day;
    const clamped = Math.min(day, lastDay);
    dates.push(isoDateFromParts(year, month, clamped, terms, 'due date'));
    days?.push(dayNumberOfParts(year, month, clamped));
  }
  return dates;
}

/**
 * @internal A checked {@link RepayEvery} (the default, every month, when undefined).
 *
 * @throws {@link "@sajja/core".SajjaError} `INVALID_ARGUMENT` (`invalid-option`, `unknown-option`).
 */
export function checkRepayEvery(value: unknown): RepayEvery {
  if (value === undefined) return MONTHLY;
  if (typeof value !== 'object' || value === null) {
    throw invalidOption('repayEvery', value, "an object such as { count: 2, unit: 'week' }");
  }
  checkOptionKeys(value, ['count', 'unit'], 'repayEvery', 'repayEvery.');
  const { count, unit } = value as RepayEvery;
  if (!REPAY_UNITS.includes(unit)) {
    throw invalidOption('repayEvery.unit', unit, `one of ${REPAY_UNITS.join(', ')}`);
  }
  const max = MAX_REPAY_EVERY[unit];
  if (!Number.isInteger(count) || count < 1 || count > max) {
    throw invalidOption('repayEvery.count', count, `a whole number from 1 to ${max}`);
  }
  return value as RepayEvery;
}

function partsOf(iso: string): [number, number, number] {
  return [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
}
