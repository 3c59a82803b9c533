import { money, type Money, type MoneyInput } from '../money/money.js';
import { reversalsOf } from './active-entries.js';
import { LedgerEntryReader } from './checked-entry.js';
import { moneyOfSatang, satangOf } from '../money/satang.js';
import type { LedgerEntry } from './ledger-entry.js';
import { checkList } from '../errors/check-option-keys.js';

/** One line of the ledger page: the entry, what it changed, and the balance after it. */
export interface LedgerBalanceLine<T extends LedgerEntry = LedgerEntry> {
  /** The entry, as given. */
  readonly entry: T;
  /**
   * What the entry changed the balance by: the amount for income, minus the amount for an
   * expense, 0 for a transfer; for a correction, minus what the corrected entry changed.
   */
  readonly change: Money;
  /** The balance after this entry. */
  readonly balance: Money;
}

/**
 * The ledger page "date | item | income | expense | balance": every entry in date order
 * (entries of one day in the order given), each with what it changed and the balance after
 * it, starting from `opening` (default 0.00).
 *
 * Income adds its amount, an expense (savings deposits and debt repayments included)
 * subtracts it, a transfer changes nothing. Nothing is hidden: a correction appears on its own
 * date and undoes what the corrected entry did (a corrected sale of 500 is +500 on its day and
 * −500 on the correction's). The last balance is therefore `opening` plus income minus expense
 * of {@link activeLedgerEntries}; a correction that cancels nothing there (a second correction
 * of the same entry, a correction of a correction, or one naming an entry not in the list)
 * changes nothing (0.00), for the same reason.
 *
 * @throws {@link "@sajja/core".SajjaError} `INVALID_ARGUMENT` / `'invalid-ledger-entry'` for an entry that is
 *   not valid (problems at `'[index].field'`), `invalid-option` when `entries` is not a list
 *   or has a hole; `INVALID_AMOUNT` for a bad `opening`.
 *
 * @example
 * ```ts
 * runningBalances(
 *   [
 *     { id: '2', date: '2024-03-02', kind: 'expense', category: 'food', amount: '80.00' },
 *     { id: '1', date: '2024-03-01', kind: 'income', category: 'wages', amount: '300.00' },
 *   ],
 *   '100',
 * ).map((line) => `${line.entry.id} ${line.change} ${line.balance}`);
 * // ['1 300.00 400.00', '2 -80.00 320.00']
 * ```
 */
export function runningBalances<T extends LedgerEntry>(
  entries: readonly T[],
  opening: MoneyInput = '0',
): LedgerBalanceLine<T>[] {
  checkList(entries, 'entries', 'ledger entry');
  let balance = satangOf(money(opening));
  const reader = new LedgerEntryReader();
  const signed = entries.map((entry, index) => {
    reader.categoryIndex(entry, index);
    reader.checkDate(entry, index);
    const satang = reader.satang(entry, index);
    return entry.kind === 'income' ? satang : entry.kind === 'expense' ? -satang : 0n;
  });
  const changes = correctedChanges(entries, signed);
  const order = entries.map((_, index) => index);
  // Array.prototype.sort is stable, so entries of one day keep their given order.
  order.sort((a, b) => {
    const dateA = entries[a]!.date;
    const dateB = entries[b]!.date;
    return dateA < dateB ? -1 : dateA > dateB ? 1 : 0;
  });
  return order.map((index) => {
    const change = changes[index]!;
    balance += change;
    return {
      entry: entries[index]!,
      change: moneyOfSatang(change),
      balance: moneyOfSatang(balance),
    };
  });
}

/**
 * What each entry changes, given what it would change on its own (`signed`): the same, except
 * that a correction in force undoes what the entry it corrects changed, and a correction that
 * cancels nothing changes nothing.
 */
function correctedChanges(entries: readonly LedgerEntry[], signed: readonly bigint[]): bigint[] {
  const reversals = reversalsOf(entries);
  if (!reversals) return [...signed];
  const indexById = new Map<string, number>();
  entries.forEach((entry, index) => {
    if (!indexById.has(entry.id)) indexById.set(entry.id, index);
  });
  const changes = entries.map((entry, index) =>
    entry.reverses === undefined ? signed[index]! : 0n,
  );
  // The corrected entry is never a correction itself, so its own change is what is undone.
  for (const [target, index] of reversals.chosen) changes[index] = -signed[indexById.get(target)!]!;
  return changes;
}
