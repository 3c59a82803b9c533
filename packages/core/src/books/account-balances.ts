import { booksError } from './books-sentences.js';
import { assertIsoDate } from '../dates/iso-date.js';
import { Dec } from '../money/decimal.js';
import type { Books } from './books.js';
import type { PostedEntry } from './journal.js';
import { shownValue } from '../errors/check-option-keys.js';

/** Which entries and lines a statement counts (internal). */
export interface BalanceScope {
  /** Entries dated on or after this day; default from the first. */
  readonly from?: string | undefined;
  /** Entries dated on or before this day; default to the last. */
  readonly to?: string | undefined;
  /** Lines of this sub-fund only; default every sub-fund. */
  readonly subFund?: string | undefined;
  /** Leave out year-end closing entries (for income statements). */
  readonly skipClosing?: boolean;
}

/**
 * @internal Each account's balance over the scope as debits minus credits (so assets and
 * expenses come out positive, the others negative), by account code; accounts without a line
 * in scope are absent. Exact decimals: nothing is rounded, since every amount is whole satang.
 */
export function accountBalances(
  entries: readonly PostedEntry[],
  scope: BalanceScope,
): Map<string, Dec> {
  const { from, to, subFund, skipClosing = false } = scope;
  const balances = new Map<string, Dec>();
  for (const entry of entries) {
    if ((from !== undefined && entry.date < from) || (to !== undefined && entry.date > to))
      continue;
    if (skipClosing && entry.closing) continue;
    for (const line of entry.lines) {
      if (subFund !== undefined && line.subFund !== subFund) continue;
      const before = balances.get(line.account) ?? new Dec(0);
      balances.set(
        line.account,
        line.debit === undefined ? before.minus(line.credit!) : before.plus(line.debit),
      );
    }
  }
  return balances;
}

/** @internal Checks a scope's dates and sub-fund against the books; returns the scope. */
export function checkScope(books: Books, scope: BalanceScope): BalanceScope {
  if (scope.from !== undefined) assertIsoDate(scope.from, 'from date');
  if (scope.to !== undefined) assertIsoDate(scope.to, 'to date');
  const { subFund } = scope;
  if (subFund !== undefined && !books.subFunds.some((fund) => fund.code === subFund)) {
    throw booksError(
      'unknown-sub-fund',
      `The books have no sub-fund ${JSON.stringify(shownValue(subFund))}.`,
      {
        input: subFund,
        details: { subFund: shownValue(subFund) },
      },
    );
  }
  return scope;
}
