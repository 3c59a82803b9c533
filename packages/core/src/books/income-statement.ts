import type { Money } from '../money/money.js';
import { accountBalances, checkScope } from './account-balances.js';
import type { Books } from './books.js';
import { section, type StatementSection } from './statement-lines.js';
import { checkOptions } from '../errors/check-option-keys.js';
import { checkBooks } from './invalid-input.js';

/** Options of {@link incomeStatement}. */
export interface PeriodOptions {
  /** The first day counted (ISO); default the first entry's. */
  readonly from?: string;
  /** The last day counted (ISO); default the last entry's. */
  readonly to?: string;
  /** One sub-fund's book only; default the whole group (consolidated). */
  readonly subFund?: string;
}

/** An income statement (งบกำไรขาดทุน) for a period. */
export interface IncomeStatement {
  /** The first day counted, if limited. */
  readonly from?: string;
  /** The last day counted, if limited. */
  readonly to?: string;
  /** The sub-fund, when the statement is one sub-fund's. */
  readonly subFund?: string;
  /** Income accounts: credits minus debits over the period. */
  readonly income: StatementSection;
  /** Expense accounts: debits minus credits over the period. */
  readonly expenses: StatementSection;
  /** Income minus expenses: the net profit (กำไรสุทธิ), negative for a loss. */
  readonly surplus: Money;
}

/**
 * The income statement of the books, of one sub-fund or of the whole group, for the entries
 * dated from `from` to `to` (both included), year-end closing entries left out. Its `surplus` is the net profit a year-end
 * allocation shares out (`allocateProfit`).
 *
 * @throws {@link "@sajja/core".SajjaError} `INVALID_ARGUMENT` / `invalid-option`
 *   (`details.option` `'books'`) for `books` not made by
 *   `createBooks`, or `options` not an object; `unknown-option` for an option it does not
 *   have; `INVALID_DATE` for a bad `from` or `to`;
 *   `INVALID_ARGUMENT` / `unknown-sub-fund`.
 *
 * @example
 * ```ts
 * const year = incomeStatement(books, { from: '2024-01-01', to: '2024-12-31' });
 * year.surplus.toString(); // the year's net profit
 * ```
 */
export function incomeStatement(books: Books, options: PeriodOptions = {}): IncomeStatement {
  checkBooks(books);
  checkOptions(options, ['from', 'to', 'subFund'], 'incomeStatement');
  const { from, to, subFund } = options;
  checkScope(books, { from, to, subFund });
  const balances = accountBalances(books.entries, { from, to, subFund, skipClosing: true });
  const income = section(books.chart, balances, 'income');
  const expenses = section(books.chart, balances, 'expense');
  return Object.freeze({
    ...(from === undefined ? {} : { from }),
    ...(to === undefined ? {} : { to }),
    ...(subFund === undefined ? {} : { subFund }),
    income,
    expenses,
    surplus: income.total.minus(expenses.total),
  });
}
