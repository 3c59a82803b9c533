import { checkList } from '../errors/check-option-keys.js';
import { invalidOption, SajjaError } from '../errors/sajja-error.js';
import { money } from '../money/money.js';
import { satangOf, satangText } from '../money/satang.js';
import { ageingBucket, type AgeingBucket } from './ageing.js';

/** What is late on one loan, as {@link loanStatus} gives it, in plain data. */
export interface LoanArrears {
  /** What is overdue, penalties included: a plain decimal string, 0 or more (`'2244.52'`). */
  readonly amount: string;
  /** Days since the oldest overdue instalment fell due: a whole number, 0 or more. */
  readonly daysPastDue: number;
}

/** What is late on several loans together, from {@link combinedArrears}. */
export interface CombinedArrears {
  /** Every loan's overdue amount added up (`'3364.52'`). */
  readonly amount: string;
  /** The most days past due of any loan: the oldest overdue instalment of them all. */
  readonly daysPastDue: number;
  /** The {@link AgeingBucket} of `daysPastDue`. */
  readonly bucket: AgeingBucket;
}

/**
 * What is late on several loans together (a member's, or a household's in every fund): the
 * overdue amounts added up, exactly, and the most days past due with its ageing bucket, as
 * an arrears report counts a borrower by the oldest instalment they owe.
 *
 * An `undefined` in the list stands for a loan with nothing late, so a list mapped from loans
 * needs no filtering. Returns `undefined` when no loan has arrears (the list is empty or holds
 * only `undefined`).
 *
 * @throws {@link "@sajja/core".SajjaError} `INVALID_AMOUNT` for a bad amount; `INVALID_ARGUMENT`
 *   with reason `negative-amount` (`details.index`) or `invalid-option` (`arrears` not a list,
 *   a hole in it (give `undefined` for a loan without arrears), an item not an object, or `daysPastDue` not a whole number of 0 or more; `details.option`,
 *   such as `'arrears[1].daysPastDue'`).
 *
 * @example
 * ```ts
 * combinedArrears([
 *   { amount: '2244.52', daysPastDue: 36 },
 *   undefined, // a loan paid on time
 *   { amount: '1120.00', daysPastDue: 5 },
 * ]);
 * // { amount: '3364.52', daysPastDue: 36, bucket: '31-60' }
 * combinedArrears([undefined]); // undefined
 * ```
 */
export function combinedArrears(
  arrears: readonly (LoanArrears | undefined)[],
): CombinedArrears | undefined {
  checkList(arrears, 'arrears', 'item (arrears, or undefined)');
  let amount = 0n;
  let daysPastDue = -1;
  arrears.forEach((each, index) => {
    if (each === undefined) return;
    const label = `arrears[${index}]`;
    if (typeof each !== 'object' || each === null) {
      throw invalidOption(label, each, 'arrears: { amount, daysPastDue }, or undefined');
    }
    const days = each.daysPastDue;
    if (!Number.isSafeInteger(days) || days < 0) {
      throw invalidOption(`${label}.daysPastDue`, days, 'a whole number of days, 0 or more');
    }
    const overdue = money(each.amount);
    if (overdue.isNegative()) {
      throw new SajjaError(
        'INVALID_ARGUMENT',
        'negative-amount',
        `${label} has a negative amount (${overdue.toString()}); arrears are 0 or more.`,
        { input: each.amount, details: { index } },
      );
    }
    amount += satangOf(overdue);
    daysPastDue = Math.max(daysPastDue, days);
  });
  if (daysPastDue < 0) return undefined;
  return { amount: satangText(amount), daysPastDue, bucket: ageingBucket(daysPastDue) };
}
