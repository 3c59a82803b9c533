import { assertIsoDate, compareIsoDates } from '../dates/iso-date.js';
import { checkList } from '../errors/check-option-keys.js';
import { invalidOption } from '../errors/sajja-error.js';
import { Dec } from '../money/decimal.js';
import { money, Money, type MoneyInput } from '../money/money.js';

/**
 * What a savings transaction is, for the passbook and for interest: stored as a code, shown
 * through a translation table.
 */
export type SavingsTransactionKind = 'deposit' | 'withdrawal' | 'interest' | 'fee' | 'dividend';

/**
 * One movement of a savings account: a positive `amount` is money in (a deposit, interest), a
 * negative one money out (a withdrawal, a fee). `kind` says which; without it, the sign does.
 */
export interface SavingsTransaction {
  /** The day the money moved (ISO `YYYY-MM-DD`). */
  readonly date: string;
  /** Positive for money in, negative for money out: a plain decimal string or Money. */
  readonly amount: MoneyInput;
  /** What the movement is; `'deposit'` or `'withdrawal'` by its sign when absent. */
  readonly kind?: SavingsTransactionKind;
}

/** A member's savings account: its transactions, in any order. */
export interface SavingsAccount {
  /** Every transaction of the account. */
  readonly transactions: readonly SavingsTransaction[];
}

/**
 * The balance of an account at the end of `asOf`: the sum of every transaction dated on or
 * before it.
 *
 * @throws {@link "@sajja/core".SajjaError} `INVALID_DATE` for a bad date, `INVALID_AMOUNT` for a bad amount; `INVALID_ARGUMENT` / `invalid-option` for
 *   `transactions` that are not a list of objects (`details.option` names the first that is
 *   not, or a hole).
 *
 * @example
 * ```ts
 * accountBalance([{ date: '2024-01-05', amount: '500' }, { date: '2024-02-01', amount: '-200' }], '2024-01-31');
 * // 500.00
 * ```
 */
export function accountBalance(transactions: readonly SavingsTransaction[], asOf: string): Money {
  checkTransactions(transactions);
  assertIsoDate(asOf);
  let balance = new Dec(0);
  for (const transaction of transactions) {
    if (compareIsoDates(transaction.date, asOf) <= 0) {
      balance = balance.plus(money(transaction.amount).toDecimal());
    }
  }
  return Money.fromDecimal(balance);
}

/** The kind of a transaction, from its sign when it does not say. */
export function transactionKind(transaction: SavingsTransaction): SavingsTransactionKind {
  return transaction.kind ?? (money(transaction.amount).isNegative() ? 'withdrawal' : 'deposit');
}

/**
 * @internal Checks `transactions` (a list of objects, without holes) before anything reads
 * them; `option` names the list in the error.
 */
export function checkTransactions(transactions: unknown, option = 'transactions'): void {
  const list = checkList(transactions, option, 'transaction');
  list.forEach((transaction, index) => {
    if (typeof transaction !== 'object' || transaction === null) {
      throw invalidOption(
        `${option}[${index}]`,
        transaction,
        'a transaction: { date, amount, kind? }',
      );
    }
  });
}

/** @internal Checks a {@link SavingsAccount}: an object with a list of transactions. */
export function checkAccount(account: unknown): void {
  if (typeof account !== 'object' || account === null) {
    throw invalidOption('account', account, 'an account: { transactions }');
  }
  checkTransactions((account as SavingsAccount).transactions, 'account.transactions');
}
