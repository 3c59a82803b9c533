import { addDays, assertIsoDate } from '../dates/iso-date.js';
import { invalidOption } from '../errors/sajja-error.js';
import { savingsInterest } from './savings-interest.js';
import { validateSavingsRules, type SavingsRules } from './savings-rules.js';
import {
  checkAccount,
  transactionKind,
  type SavingsAccount,
  type SavingsTransaction,
} from './transactions.js';

/** An interest credit made by {@link postInterest}: a {@link SavingsTransaction} ready to store. */
export interface InterestTransaction extends SavingsTransaction {
  /** The posting date (ISO `YYYY-MM-DD`). */
  readonly date: string;
  /** The interest, rounded half-up to satang, as a plain decimal string (`'12.34'`). */
  readonly amount: string;
  /** Always `'interest'`. */
  readonly kind: 'interest';
}

/** The most years {@link postInterest} posts for, from the first transaction to `asOf`. */
const MAX_YEARS = 100;

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
 *   transaction date, `INVALID_AMOUNT` for a bad amount, `INVALID_ARGUMENT` / `invalid-option`
 *   for an `account` that is not an object with a list of transactions, or an `asOf` more
 *   than 100 years after the first transaction (checked before any interest is computed).
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
  checkAccount(account);
  assertIsoDate(asOf, 'as-of date');
  const transactions: SavingsTransaction[] = [...account.transactions];
  const dates = transactions.map((transaction) =>
    assertIsoDate(transaction.date, 'transaction date'),
  );
  if (dates.length === 0) return [];
  const first = dates.reduce((a, b) => (b < a ? b : a));
  if (Number(asOf.slice(0, 4)) - Number(first.slice(0, 4)) > MAX_YEARS) {
    throw invalidOption('asOf', asOf, `at most ${MAX_YEARS} years after the first transaction`);
  }
  const posted = new Set(
    transactions.filter((t) => transactionKind(t) === 'interest').map((t) => t.date),
  );
  // The rules' interest terms alone: savingsInterest takes no posting dates or fees.
  const { ratePercentPerYear, tiers, method, dayCount } = rules;
  const terms = { ratePercentPerYear, tiers, method, dayCount };
  const credits: InterestTransaction[] = [];
  let from = first;
  for (let year = Number(first.slice(0, 4)); year <= Number(asOf.slice(0, 4)); year++) {
    for (const monthDay of rules.postingDates) {
      const date = `${String(year).padStart(4, '0')}-${monthDay}`;
      if (date < first || date > asOf) continue;
      if (!posted.has(date)) {
        const amount = savingsInterest({ ...terms, transactions, from, to: date }).toString();
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
