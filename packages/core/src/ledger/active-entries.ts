import { reversalProblem } from '../corrections/reversal-rule.js';
import type { LedgerEntry } from './ledger-entry.js';
import { checkList } from '../errors/check-option-keys.js';
import { invalidOption } from '../errors/sajja-error.js';

/**
 * @internal How the corrections of a ledger pair up with what they correct: for each id that
 * a correction in force cancels, the index of that correction. A correction is in force when
 * `reversalProblem` allows it, the corrections taken in date order (then list order): it names
 * an entry in the list that is not itself a correction, and no earlier correction cancels that
 * entry. Any other correction cancels nothing.
 */
export interface Reversals {
  readonly chosen: ReadonlyMap<string, number>;
}

/**
 * The entries that still count: every entry cancelled by a correction removed, and every
 * correction (an entry with `reverses`) removed too, since a correction has no meaning of its
 * own. What is left is the ledger as if the mistakes had never been written, in the given
 * order. The entries themselves are returned as given, not copied.
 *
 * The rules, which make any list of entries have exactly one meaning, are those of
 * `reversalProblem` (`@sajja/core`), the rule `@sajja/store` enforces when it writes:
 * - a correction cancels the entry whose id it names, wherever either is dated: the original
 *   leaves its own month's totals, and the correction adds nothing to any month;
 * - an entry is cancelled once: when it has several corrections, only the earliest (by date,
 *   then by position) cancels it; the others cancel nothing;
 * - a correction cannot be corrected: a correction naming another correction cancels nothing
 *   (to restore an entry, enter it again);
 * - a correction naming an id that is not in the list cancels nothing.
 *
 * A correction that cancels nothing is removed like any other. Entries are not validated
 * here; an entry without `reverses` is kept unless something cancels it.
 *
 * @throws {@link "@sajja/core".SajjaError} `INVALID_ARGUMENT` / `invalid-option` when `entries` is not a
 *   list of objects (`details.option` names the first item that is not, or a hole).
 *
 * @example
 * ```ts
 * const sale = { id: 'a', date: '2024-03-01', kind: 'income', category: 'farming', amount: '500.00' };
 * const fix = { ...sale, id: 'b', date: '2024-04-02', reverses: 'a' };
 * const rice = { id: 'c', date: '2024-03-03', kind: 'expense', category: 'food', amount: '80.00' };
 * activeLedgerEntries([sale, fix, rice]); // [rice]
 * const undo = { ...fix, id: 'd', reverses: 'b' }; // a correction of the correction
 * activeLedgerEntries([sale, fix, undo, rice]); // [rice]: `undo` cancels nothing
 * ```
 */
export function activeLedgerEntries<T extends LedgerEntry>(entries: readonly T[]): T[] {
  checkEntries(entries);
  const reversals = reversalsOf(entries);
  if (!reversals) return [...entries];
  return entries.filter((entry) => entry.reverses === undefined && !reversals.chosen.has(entry.id));
}

/**
 * @internal The {@link Reversals} of `entries`, or `undefined` when no entry is a correction
 * (the common case, which then costs one pass and nothing else). An id names the first entry
 * with that id.
 */
export function reversalsOf(entries: readonly LedgerEntry[]): Reversals | undefined {
  const corrections: number[] = [];
  for (let index = 0; index < entries.length; index++) {
    // Tolerates a null in the list, so that callers validating later can report it properly.
    if (entries[index]?.reverses !== undefined) corrections.push(index);
  }
  if (corrections.length === 0) return undefined;
  // Only the entries that corrections name: a map of every id would cost far more than the rest.
  const named = new Set(corrections.map((index) => entries[index]!.reverses!));
  const byId = new Map<string, LedgerEntry>();
  for (const entry of entries) {
    if (entry != null && named.has(entry.id) && !byId.has(entry.id)) byId.set(entry.id, entry);
  }
  // In date order, then list order: the order in which a store would have accepted them.
  corrections.sort((a, b) => {
    const dateA = entries[a]!.date;
    const dateB = entries[b]!.date;
    return dateA < dateB ? -1 : dateA > dateB ? 1 : a - b;
  });
  const chosen = new Map<string, number>();
  for (const index of corrections) {
    const target = entries[index]!.reverses!;
    const original = byId.get(target);
    if (original === undefined) continue;
    if (reversalProblem(original, chosen.has(target) ? 1 : 0) === undefined) {
      chosen.set(target, index);
    }
  }
  return { chosen };
}

/** @internal Checks that `entries` is a list of objects, without holes, before it is read. */
export function checkEntries(entries: unknown): void {
  checkList(entries, 'entries', 'ledger entry');
  (entries as unknown[]).forEach((entry, index) => {
    if (typeof entry !== 'object' || entry === null) {
      throw invalidOption(`entries[${index}]`, entry, 'a ledger entry');
    }
  });
}
