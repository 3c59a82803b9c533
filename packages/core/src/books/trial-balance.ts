import { Dec } from '../money/decimal.js';
import { Money } from '../money/money.js';
import { accountBalances, checkScope } from './account-balances.js';
import type { Books } from './books.js';
import type { AccountType } from './chart-of-accounts.js';
import { checkOptions } from '../errors/check-option-keys.js';
import { checkBooks } from './invalid-input.js';

/** Options of {@link trialBalance} and {@link balanceSheet}. */
export interface AsOfOptions {
  /** Count entries dated on or before this day (ISO); default every entry. */
  readonly asOf?: string;
  /** One sub-fund's book only; default the whole group (consolidated). */
  readonly subFund?: string;
}

/** One account of a {@link TrialBalance}: its balance in the debit or the credit column. */
export interface TrialBalanceLine {
  /** The account's code. */
  readonly account: string;
  /** The account's type. */
  readonly type: AccountType;
  /** The balance when debits exceed credits; otherwise 0.00. */
  readonly debit: Money;
  /** The balance when credits exceed debits; otherwise 0.00. */
  readonly credit: Money;
}

/** A trial balance (งบทดลอง): every account's balance, and the column totals, which agree. */
export interface TrialBalance {
  /** The last day counted, if limited. */
  readonly asOf?: string;
  /** The sub-fund, when the balance is one sub-fund's. */
  readonly subFund?: string;
  /** Accounts with at least one line counted, in chart order. */
  readonly lines: readonly TrialBalanceLine[];
  /** The sum of the debit column. */
  readonly totalDebit: Money;
  /** The sum of the credit column; always equal to `totalDebit`. */
  readonly totalCredit: Money;
}

/**
 * The trial balance of the books, of one sub-fund or of the whole group, as of a day. Every
 * posted entry balances within each sub-fund, so the two columns always agree; the report is
 * for showing that, and the balances, at a meeting or to an auditor.
 *
 * @throws {@link "@sajja/core".SajjaError} `INVALID_ARGUMENT` / `invalid-option`
 *   (`details.option` `'books'`) for `books` not made by
 *   `createBooks`, or `options` not an object; `unknown-option` for an option it does not
 *   have; `INVALID_DATE` for a bad `asOf`;
 *   `INVALID_ARGUMENT` / `unknown-sub-fund` for a sub-fund the books do not have.
 *
 * @example
 * ```ts
 * const tb = trialBalance(books, { asOf: '2024-01-31' });
 * tb.totalDebit.equals(tb.totalCredit); // true
 * ```
 */
export function trialBalance(books: Books, options: AsOfOptions = {}): TrialBalance {
  checkBooks(books);
  checkOptions(options, ['asOf', 'subFund'], 'trialBalance');
  const { asOf, subFund } = options;
  checkScope(books, { to: asOf, subFund });
  const balances = accountBalances(books.entries, { to: asOf, subFund });
  let debits = new Dec(0);
  let credits = new Dec(0);
  const zero = Money.fromDecimal(new Dec(0));
  const lines = books.chart.flatMap((account): TrialBalanceLine[] => {
    const balance = balances.get(account.code);
    if (balance === undefined) return [];
    const debit = balance.isPositive() ? Money.fromDecimal(balance) : zero;
    const credit = balance.isNegative() ? Money.fromDecimal(balance.negated()) : zero;
    debits = debits.plus(debit.toDecimal());
    credits = credits.plus(credit.toDecimal());
    return [Object.freeze({ account: account.code, type: account.type, debit, credit })];
  });
  return Object.freeze({
    ...(asOf === undefined ? {} : { asOf }),
    ...(subFund === undefined ? {} : { subFund }),
    lines: Object.freeze(lines),
    totalDebit: Money.fromDecimal(debits),
    totalCredit: Money.fromDecimal(credits),
  });
}
