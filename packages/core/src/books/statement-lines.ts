import { Dec } from '../money/decimal.js';
import { Money } from '../money/money.js';
import type { Account, AccountType } from './chart-of-accounts.js';

/** One account of an income statement or a balance sheet, signed for its section. */
export interface StatementLine {
  /** The account's code. */
  readonly account: string;
  /**
   * The balance on the section's side: credits minus debits for liabilities, equity and
   * income; debits minus credits for assets and expenses. A contra account comes out negative.
   */
  readonly amount: Money;
}

/** A section of a statement: its lines and their total. */
export interface StatementSection {
  /** Accounts with at least one line counted, in chart order. */
  readonly lines: readonly StatementLine[];
  /** The sum of the lines. */
  readonly total: Money;
}

/** @internal The lines of `type`'s accounts from debit-positive balances, and their total. */
export function section(
  chart: readonly Account[],
  balances: ReadonlyMap<string, Dec>,
  type: AccountType,
): StatementSection {
  const debitSide = type === 'asset' || type === 'expense';
  let total = new Dec(0);
  const lines: StatementLine[] = [];
  for (const account of chart) {
    const balance = account.type === type ? balances.get(account.code) : undefined;
    if (balance === undefined) continue;
    const amount = debitSide ? balance : balance.negated();
    total = total.plus(amount);
    lines.push(Object.freeze({ account: account.code, amount: Money.fromDecimal(amount) }));
  }
  return Object.freeze({ lines: Object.freeze(lines), total: Money.fromDecimal(total) });
}
