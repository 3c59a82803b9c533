import type { Money } from '../money/money.js';
import { accountBalances, checkScope } from './account-balances.js';
import type { Books } from './books.js';
import { section, type StatementSection } from './statement-lines.js';
import type { AsOfOptions } from './trial-balance.js';
import { checkOptions } from '../errors/check-option-keys.js';
import { checkBooks } from './invalid-input.js';

/**
 * A balance sheet (งบแสดงฐานะการเงิน) as of a day. It always balances:
 * `assets.total = liabilities.total + equity.total + currentSurplus`.
 */
export interface BalanceSheet {
  /** The last day counted, if limited. */
  readonly asOf?: string;
  /** The sub-fund, when the sheet is one sub-fund's. */
  readonly subFund?: string;
  /** Asset accounts (debits minus credits). */
  readonly assets: StatementSection;
  /** Liability accounts (credits minus debits). */
  readonly liabilities: StatementSection;
  /** Equity accounts (credits minus debits): shares, funds, reserve, retained surplus. */
  readonly equity: StatementSection;
  /**
   * Income minus expenses not yet closed into equity: everything counted, until a year-end
   * closing entry moves it to retained surplus or the by-laws' buckets.
   */
  readonly currentSurplus: Money;
  /** `liabilities.total + equity.total + currentSurplus`; equal to `assets.total`. */
  readonly totalLiabilitiesAndEquity: Money;
}

/**
 * The balance sheet of the books, of one sub-fund or of the whole group, as of a day. Each
 * sub-fund's sheet balances on its own, and the group's is the sum of its sub-funds'.
 *
 * @throws {@link "@sajja/core".SajjaError} `INVALID_ARGUMENT` / `invalid-option`
 *   (`details.option` `'books'`) for `books` not made by
 *   `createBooks`, or `options` not an object; `unknown-option` for an option it does not
 *   have; `INVALID_DATE` for a bad `asOf`;
 *   `INVALID_ARGUMENT` / `unknown-sub-fund`.
 *
 * @example
 * ```ts
 * const sheet = balanceSheet(books, { asOf: '2024-01-31', subFund: 'livestock' });
 * sheet.assets.total.equals(sheet.totalLiabilitiesAndEquity); // true
 * ```
 */
export function balanceSheet(books: Books, options: AsOfOptions = {}): BalanceSheet {
  checkBooks(books);
  checkOptions(options, ['asOf', 'subFund'], 'balanceSheet');
  const { asOf, subFund } = options;
  checkScope(books, { to: asOf, subFund });
  const balances = accountBalances(books.entries, { to: asOf, subFund });
  const liabilities = section(books.chart, balances, 'liability');
  const equity = section(books.chart, balances, 'equity');
  const currentSurplus = section(books.chart, balances, 'income').total.minus(
    section(books.chart, balances, 'expense').total,
  );
  return Object.freeze({
    ...(asOf === undefined ? {} : { asOf }),
    ...(subFund === undefined ? {} : { subFund }),
    assets: section(books.chart, balances, 'asset'),
    liabilities,
    equity,
    currentSurplus,
    totalLiabilitiesAndEquity: liabilities.total.plus(equity.total).plus(currentSurplus),
  });
}
