import { addDays, assertIsoDate } from '../dates/iso-date.js';
import { savingsInterest } from './savings-interest.js';
import { validateSavingsRules, type SavingsRules } from './savings-rules.js';
import { transactionKind, type SavingsAccount, type SavingsTransaction } from './transactions.js';

/** An interest credit made by {@link postInterest}: a {@link SavingsTransaction} ready to store. */
export interface InterestTransaction extends SavingsTransaction {
  /** The posting date (ISO `YYYY-MM-DD`). */
  readonly date: string;
  /** The interest, rounded half-up to satang, as a plain decimal string (`'12.34'`). */
  readonly amount: string;
  /** Always `'interest'`. */
  readonly kind: 'interest';
}

/**
 * The interest credits an account is due under `rules` for every posting date from its first
 * transaction up to `asOf` (inclusive) that has not been posted yet, oldest first. Append them
 * to the account's transactions.
 *
 * Each posting covers the days after the previous posting date of the rules (or, for the
 * first, from the day of the account's first transaction) through the posting date, with
 * {@link savingsInterest} on the rules' terms, rounded once. Interest posted earlier, whether
 * already in the account or credited earlier in this call, is part of later balances, so
 * interest compounds at posting dates only.
 *
 * A posting date counts as posted when the account has a transaction of kind `'interest'`
 * dated that day (its amount is not checked), so running this again returns nothing new. A
 * posting that earns 0.00 makes no transaction; it is computed again, as 0.00, on a later run.
 *
 * @throws {@link "@sajja/core".SajjaError} `RULES_INVALID` for bad rules, `INVALID_DATE` for a bad `asOf` or
 *   transaction date, `INVALID_AMOUNT` for a bad amount.
 *
 * @example
 * ```ts
 * postInterest({ transactions: [{ date: '2023-01-01', amount: '36500' }] }, VILLAGE_BANK_SAVINGS_RULES, '2023-12-31');
 * // [{ date: '2023-06-30', amount: '181.00', kind: 'interest' },
 * //  { date: '2023-12-31', amount: '184.91', kind: 'interest' }]
 * ```
 */
export function postInterest(
  account: SavingsAccount,
  rules: SavingsRules,
  asOf: string,
): InterestTransaction[] {
  validateSavingsRules(rules);
  assertIsoDate(asOf, 'as-of date');
  const transactions: SavingsTransaction[] = [...account.transactions];
  const dates = transactions.map((transaction) =>
    assertIsoDate(transaction.date, 'transaction date'),
  );
  if (dates.length === 0) return [];
  const first = dates.reduce((a, b) => (b < a ? b : a));
  const posted = new Set(
    transactions.filter((t) => transactionKind(t) === 'interest').map((t) => t.date),
  );
  const credits: InterestTransaction[] = [];
  let from = first;
  for (let year = Number(first.slice(0, 4)); year <= Number(asOf.slice(0, 4)); year++) {
    for (const monthDay of rules.postingDates) {
      const date = `${String(year).padStart(4, '0')}-${monthDay}`;
      if (date < first || date > asOf) continue;
      if (!posted.has(date)) {
        const amount = savingsInterest({ ...rules, transactions, from, to: date }).toString();
        if (amount !== '0.00') {
          const credit: InterestTransaction = { date, amount, kind: 'interest' };
          credits.push(credit);
          transactions.push(credit);
        }
      }
      from = addDays(date, 1);
    }
  }
  return credits;
}
