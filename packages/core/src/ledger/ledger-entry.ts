import type { Money } from '../money/money.js';

/**
 * What a household ledger entry records:
 * - `'income'`: money the household received;
 * - `'expense'`: money it spent (including savings deposits and debt repayments, which the
 *   category tells apart);
 * - `'transfer'`: money moved between the household's own places (cash to a savings group,
 *   bank to cash); neither income nor expense.
 */
export type LedgerEntryKind = 'income' | 'expense' | 'transfer';

/** Every {@link LedgerEntryKind}, for validation and pickers. */
export const LEDGER_ENTRY_KINDS: readonly LedgerEntryKind[] = /* @__PURE__ */ Object.freeze([
  'income',
  'expense',
  'transfer',
]);

/**
 * One line of a household's income–expense account (บัญชีครัวเรือน). Amounts are positive;
 * `kind` gives the direction. A correction is a new entry with `reverses` set to the id of
 * the entry it cancels (same kind, category and amount); nothing is ever edited in place. An
 * entry is corrected once, and a correction is never corrected itself (`reversalProblem`).
 */
export interface LedgerEntry {
  /** A unique id (any non-empty string, such as a UUID). */
  readonly id: string;
  /** The day of the entry, ISO `YYYY-MM-DD`. */
  readonly date: string;
  /** Income, expense or transfer. */
  readonly kind: LedgerEntryKind;
  /** A stable category code from `LEDGER_CATEGORIES` (`'food'`, `'wages'`), valid for `kind`. */
  readonly category: string;
  /** The amount, more than 0: a plain decimal string (`'120.50'`) or {@link "@sajja/core".Money}. */
  readonly amount: Money | string;
  /** The household's own words about the entry; plain text, at most 500 characters. */
  readonly note?: string;
  /** The fund or group the entry concerns (a deposit to the savings group), when any. */
  readonly organisationId?: string;
  /** For a correction: the id of the entry this one cancels. */
  readonly reverses?: string;
}
