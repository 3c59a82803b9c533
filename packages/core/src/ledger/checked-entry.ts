import { isIsoDate } from '../dates/iso-date.js';
import { SajjaError } from '../errors/sajja-error.js';
import { isMoney, money, type Money } from '../money/money.js';
import { parseMoney } from '../money/parse-money.js';
import { rememberSatang } from '../money/remembered-satang.js';
import { satangOf } from '../money/satang.js';
import { LEDGER_CATEGORIES } from './ledger-categories.js';
import type { LedgerEntry } from './ledger-entry.js';
import { ledgerEntryProblems } from './validate-ledger-entry.js';

/**
 * Fast checks for the functions that read many entries at once (summaries, running balances):
 * the common, already-valid entry costs a few map lookups and one BigInt, and anything else is
 * sent through the full validator, which either normalises it (`'1,234.5'`) or explains it.
 * Internal.
 */

/** A canonical stored amount: digits, a point, two digits (`'120.50'`), as validation writes. */
const CANONICAL_AMOUNT = /^\d+\.\d\d$/;

const categoryIndex: ReadonlyMap<string, number> = /* @__PURE__ */ new Map(
  /* @__PURE__ */ LEDGER_CATEGORIES.map((category, index) => [category.code, index]),
);

/**
 * @internal Reads the entries of one list, remembering what it has checked: a ledger has far
 * fewer distinct dates and amounts than entries (households write 50.00 and 100.00 again and
 * again), and a map lookup costs less than a regular expression and a BigInt parse.
 */
export class LedgerEntryReader {
  readonly #satangByAmount = new Map<string, bigint>();
  readonly #validDates = new Set<string>();

  /**
   * The index in `LEDGER_CATEGORIES` of the category of entry number `index`, after checking
   * that it is an object whose category exists and belongs to its kind.
   */
  categoryIndex(entry: LedgerEntry, index: number): number {
    const category =
      typeof entry === 'object' && entry !== null ? categoryIndex.get(entry.category) : undefined;
    if (category === undefined || LEDGER_CATEGORIES[category]!.kind !== entry.kind) {
      throw invalidEntryAt(entry, index);
    }
    return category;
  }

  /** Checks that entry number `index` has a valid ISO date. */
  checkDate(entry: LedgerEntry, index: number): void {
    if (this.#validDates.has(entry.date)) return;
    if (!isIsoDate(entry.date)) throw invalidEntryAt(entry, index);
    this.#validDates.add(entry.date);
  }

  /** The amount of entry number `index` in whole satang (exact: a BigInt, never a float). */
  satang(entry: LedgerEntry, index: number): bigint {
    const { amount } = entry;
    if (typeof amount === 'string') {
      const known = this.#satangByAmount.get(amount);
      if (known !== undefined) return known;
      const satang = amountSatang(amount, entry, index);
      rememberSatang(this.#satangByAmount, amount, satang);
      return satang;
    }
    return amountSatang(isMoney(amount) ? amount.toString() : amount, entry, index);
  }
}

/** The satang of an amount that must be more than zero, or the entry's error. */
function amountSatang(amount: unknown, entry: LedgerEntry, index: number): bigint {
  if (typeof amount === 'string' && CANONICAL_AMOUNT.test(amount)) {
    const satang = BigInt(amount.replace('.', ''));
    if (satang > 0n) return satang;
  }
  // Text people typed (`'1,234.5'`, Thai digits) reads as validation reads it.
  let parsed: Money | undefined;
  try {
    parsed = isMoney(amount) ? money(amount) : parseMoney(amount as string);
  } catch {
    parsed = undefined;
  }
  if (!parsed?.isPositive()) throw invalidEntryAt(entry, index);
  return satangOf(parsed);
}

/**
 * @internal The error for entry number `index` of a list: every problem the validator finds,
 * with paths such as `'[3].amount'`.
 */
export function invalidEntryAt(entry: unknown, index: number): SajjaError {
  const problems = ledgerEntryProblems(entry).map((problem) => ({
    ...problem,
    path: problem.path ? `[${index}].${problem.path}` : `[${index}]`,
  }));
  const list = problems.map((problem) => `${problem.path}: ${problem.reason}`).join('; ');
  return new SajjaError(
    'INVALID_ARGUMENT',
    'invalid-ledger-entry',
    `Ledger entry ${index} is not valid: ${list}`,
    { input: entry, problems, details: { index } },
  );
}
