import { assertIsoDate, compareIsoDates } from '../dates/iso-date.js';
import { money, type Money } from '../money/money.js';
import type { BilingualLabel } from '../welfare/welfare-presets.js';
import {
  checkTransactions,
  transactionKind,
  type SavingsTransaction,
  type SavingsTransactionKind,
} from './transactions.js';

/** One line of a passbook (สมุดบัญชี): the movement in its column and the balance after it. */
export interface PassbookLine {
  /** The day of the movement (ISO `YYYY-MM-DD`). */
  readonly date: string;
  /** What the movement is; show it with {@link PASSBOOK_CODE_LABELS}. */
  readonly code: SavingsTransactionKind;
  /** Money in (positive), or null when the line is money out. */
  readonly deposit: Money | null;
  /** Money out, without its sign, or null when the line is money in. */
  readonly withdrawal: Money | null;
  /** The balance after this line. */
  readonly balance: Money;
}

/**
 * Thai and English labels of the passbook codes: ฝาก/Deposit, ถอน/Withdrawal,
 * ดอกเบี้ย/Interest, ค่าธรรมเนียม/Fee, เงินปันผล/Dividend.
 */
export const PASSBOOK_CODE_LABELS: Readonly<Record<SavingsTransactionKind, BilingualLabel>> =
  /* @__PURE__ */ Object.freeze({
    deposit: { th: 'ฝาก', en: 'Deposit' },
    withdrawal: { th: 'ถอน', en: 'Withdrawal' },
    interest: { th: 'ดอกเบี้ย', en: 'Interest' },
    fee: { th: 'ค่าธรรมเนียม', en: 'Fee' },
    dividend: { th: 'เงินปันผล', en: 'Dividend' },
  });

/**
 * The lines a paper passbook shows for `transactions`: oldest first, transactions of the same
 * day in the order given, each with the running balance. A negative amount goes in the
 * withdrawal column (without its sign), a positive one in the deposit column; a zero amount
 * goes in the withdrawal column for a withdrawal or a fee and in the deposit column otherwise.
 *
 * @throws {@link "@sajja/core".SajjaError} `INVALID_DATE` for a bad date, `INVALID_AMOUNT` for a bad amount; `INVALID_ARGUMENT` / `invalid-option` for
 *   `transactions` that are not a list of objects (`details.option` names the first that is
 *   not, or a hole).
 *
 * @example
 * ```ts
 * passbook([
 *   { date: '2024-02-01', amount: '-200' },
 *   { date: '2024-01-05', amount: '500' },
 * ]).map((line) => `${line.date} ${line.code} ${line.balance}`);
 * // ['2024-01-05 deposit 500.00', '2024-02-01 withdrawal 300.00']
 * ```
 */
export function passbook(transactions: readonly SavingsTransaction[]): PassbookLine[] {
  checkTransactions(transactions);
  let balance = money('0');
  return [...transactions]
    .sort((a, b) => compareIsoDates(a.date, b.date))
    .map((transaction) => {
      const amount = money(transaction.amount);
      const code = transactionKind(transaction);
      const out =
        amount.isNegative() || (amount.isZero() && (code === 'withdrawal' || code === 'fee'));
      balance = balance.plus(amount);
      return {
        date: assertIsoDate(transaction.date),
        code,
        deposit: out ? null : amount,
        withdrawal: out ? amount.abs() : null,
        balance,
      };
    });
}
