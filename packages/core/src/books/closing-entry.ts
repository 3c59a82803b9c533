import { booksError } from './books-sentences.js';
import { assertIsoDate } from '../dates/iso-date.js';
import { invalidOption } from '../errors/sajja-error.js';
import { Dec } from '../money/decimal.js';
import { Money } from '../money/money.js';
import { accountBalances } from './account-balances.js';
import type { Books } from './books.js';
import { accountFor } from './entry-builders.js';
import type { JournalEntry, JournalLine } from './journal.js';
import { checkOptions } from '../errors/check-option-keys.js';
import { checkBooks } from './invalid-input.js';

/** What {@link yearEndClosingEntry} takes. */
export interface ClosingEntryOptions {
  /** The entry's id, unique in the books. */
  readonly id: string;
  /** The last day of the year being closed, ISO. */
  readonly date: string;
  /** What the entry says; default `'ปิดบัญชีสิ้นปี'` (year-end closing). */
  readonly memo?: string;
}

/**
 * The year-end closing entry (รายการปิดบัญชี) of the books on `date`, to post with
 * {@link postEntry}: in each sub-fund, every income and expense account's balance up to `date`
 * is brought to zero and the difference, the year's surplus (or loss), goes to the first
 * `'retained-surplus'` account. The entry is marked `closing: true`, so income statements and
 * monthly flows still show the year as it was earned. Allocating the surplus to the by-laws'
 * buckets (`allocateProfit`) is then a separate entry from retained surplus.
 *
 * Earlier closing entries count, so closing again a year later closes only the new year.
 *
 * @throws {@link "@sajja/core".SajjaError} `INVALID_ARGUMENT` / `invalid-option`
 *   (`details.option` `'books'`) for `books` not made by
 *   `createBooks`, or `options` not an object; `unknown-option` for an option other than
 *   `id`, `date` and `memo`; `INVALID_DATE` for a bad `date`;
 *   `INVALID_ARGUMENT` with reason `nothing-to-close` when no income or expense account has a
 *   balance, or `no-account-for-role` when the chart has no retained-surplus account.
 *
 * @example
 * ```ts
 * books = postEntry(books, yearEndClosingEntry(books, { id: 'CLOSE-2024', date: '2024-12-31' }));
 * incomeStatement(books, { from: '2024-01-01', to: '2024-12-31' }).surplus; // unchanged
 * balanceSheet(books, { asOf: '2024-12-31' }).currentSurplus.toString();    // '0.00'
 * ```
 */
export function yearEndClosingEntry(books: Books, options: ClosingEntryOptions): JournalEntry {
  checkBooks(books);
  checkOptions(options, ['id', 'date', 'memo'], 'yearEndClosingEntry');
  const { id, date, memo = 'ปิดบัญชีสิ้นปี' } = options;
  if (typeof id !== 'string' || id === '') throw invalidOption('id', id, 'a non-empty string');
  if (typeof memo !== 'string') throw invalidOption('memo', memo, 'a string');
  assertIsoDate(date);
  const retained = accountFor(books.chart, 'retained-surplus');
  const closes = new Set(
    books.chart.filter((a) => a.type === 'income' || a.type === 'expense').map((a) => a.code),
  );
  const lines: JournalLine[] = [];
  for (const { code: subFund } of books.subFunds) {
    const balances = accountBalances(books.entries, { to: date, subFund });
    // Debits minus credits of what is closed; the surplus is its negation.
    let closed = new Dec(0);
    for (const account of books.chart) {
      const balance = closes.has(account.code) ? balances.get(account.code) : undefined;
      if (balance === undefined || balance.isZero()) continue;
      closed = closed.plus(balance);
      lines.push(amountLine(account.code, subFund, balance.negated()));
    }
    if (!closed.isZero()) lines.push(amountLine(retained, subFund, closed));
  }
  if (lines.length === 0) {
    throw booksError('nothing-to-close', `Nothing to close on ${date}: no income or expense.`, {
      input: date,
    });
  }
  return { id, date, memo, closing: true, lines };
}

/** A line moving `amount` (debit-positive) on `account`. */
function amountLine(account: string, subFund: string, amount: Dec): JournalLine {
  const text = Money.fromDecimal(amount.abs()).toString();
  return amount.isNegative()
    ? { account, credit: text, subFund }
    : { account, debit: text, subFund };
}
