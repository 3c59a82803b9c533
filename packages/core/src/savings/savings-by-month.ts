import { addMonths, assertIsoDate, daysInMonth } from '../dates/iso-date.js';
import { checkList } from '../errors/check-option-keys.js';
import { invalidOption, SajjaError } from '../errors/sajja-error.js';
import { money } from '../money/money.js';
import { satangOf, satangText } from '../money/satang.js';

/**
 * Money paid into or taken out of savings, as a fund records it: a positive amount, the kind
 * giving the direction.
 */
export interface DepositOrWithdrawal {
  /** The day the money moved (ISO `YYYY-MM-DD`). */
  readonly date: string;
  /** `'deposit'` adds to the savings, `'withdrawal'` takes from them. */
  readonly kind: 'deposit' | 'withdrawal';
  /** The amount moved, 0 or more: a plain decimal string (`'200.00'`). */
  readonly amount: string;
}

/** The savings at the end of one month, from {@link savingsByMonth}. */
export interface SavingsMonthBalance {
  /** The month, `'YYYY-MM'`. */
  readonly month: string;
  /** Deposits minus withdrawals up to the end of the month (`'1200.00'`). */
  readonly balance: string;
}

/**
 * The 12 months ending with the month of `asOf`, oldest first, as `'YYYY-MM'`: the months of
 * {@link savingsByMonth}.
 *
 * @throws {@link "@sajja/core".SajjaError} `INVALID_DATE` for a bad `asOf`, or
 *   `year-out-of-range` when the first month would fall before the year 0001.
 *
 * @example
 * ```ts
 * lastTwelveMonths('2025-03-31'); // ['2024-04', '2024-05', …, '2025-02', '2025-03']
 * ```
 */
export function lastTwelveMonths(asOf: string): string[] {
  const first = `${assertIsoDate(asOf, 'as-of date').slice(0, 7)}-01`;
  return Array.from({ length: 12 }, (_, k) => addMonths(first, k - 11).slice(0, 7));
}

/**
 * The savings balance at the end of each of the 12 months ending with the month of `asOf`
 * (see {@link lastTwelveMonths}): deposits minus withdrawals dated on or before the month's
 * last day, or on or before `asOf` for its own month. A member's year of savings, for a
 * chart. Everything before the first month counts in every balance; movements after `asOf`
 * count nowhere. A balance is negative when more was taken out than paid in.
 *
 * Pass the movements that count: a fund that corrects a movement by a reversal leaves out
 * both the reversed movement and its reversal. Movements may come in any order. Sums are
 * exact (whole satang).
 *
 * @throws {@link "@sajja/core".SajjaError} `INVALID_DATE` for a bad `asOf` or movement date;
 *   `INVALID_AMOUNT` for a bad amount; `INVALID_ARGUMENT` with reason `negative-amount` (an
 *   amount below zero; `details.index`) or `invalid-option` (`movements` not a list or with a
 *   hole, a movement not an object, or a kind other than `'deposit'` and `'withdrawal'`;
 *   `details.option`, such as `'movements[2].kind'`).
 *
 * @example
 * ```ts
 * const year = savingsByMonth(
 *   [
 *     { date: '2024-06-05', kind: 'deposit', amount: '500.00' },
 *     { date: '2025-02-10', kind: 'withdrawal', amount: '200.00' },
 *     { date: '2025-03-20', kind: 'deposit', amount: '100.00' }, // after asOf: not counted
 *   ],
 *   '2025-03-15',
 * );
 * year[0];  // { month: '2024-04', balance: '0.00' }
 * year[2];  // { month: '2024-06', balance: '500.00' }
 * year[10]; // { month: '2025-02', balance: '300.00' }
 * year[11]; // { month: '2025-03', balance: '300.00' }
 * ```
 */
export function savingsByMonth(
  movements: readonly DepositOrWithdrawal[],
  asOf: string,
): SavingsMonthBalance[] {
  const months = lastTwelveMonths(asOf);
  checkList(movements, 'movements', 'deposit or withdrawal');
  // Signed satang by date, oldest first (valid ISO dates order as text).
  const moves = movements
    .map((movement, index) => readMovement(movement, index))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  let balance = 0n;
  let next = 0;
  return months.map((month) => {
    const year = Number(month.slice(0, 4));
    const end = `${month}-${String(daysInMonth(year, Number(month.slice(5)))).padStart(2, '0')}`;
    const until = end < asOf ? end : asOf;
    for (; next < moves.length && moves[next]!.date <= until; next++)
      balance += moves[next]!.satang;
    return { month, balance: satangText(balance) };
  });
}

/** A movement checked, with its amount as signed whole satang. */
function readMovement(
  movement: DepositOrWithdrawal,
  index: number,
): { date: string; satang: bigint } {
  const label = `movements[${index}]`;
  if (typeof movement !== 'object' || movement === null) {
    throw invalidOption(label, movement, 'a movement: { date, kind, amount }');
  }
  const date = assertIsoDate(movement.date, `${label} date`);
  const { kind } = movement;
  if (kind !== 'deposit' && kind !== 'withdrawal') {
    throw invalidOption(`${label}.kind`, kind, "'deposit' or 'withdrawal'");
  }
  const amount = money(movement.amount);
  if (amount.isNegative()) {
    throw new SajjaError(
      'INVALID_ARGUMENT',
      'negative-amount',
      `${label} has a negative amount (${amount.toString()}); the kind gives the direction.`,
      { input: movement.amount, details: { index } },
    );
  }
  const satang = satangOf(amount);
  return { date, satang: kind === 'deposit' ? satang : -satang };
}
