import type { LedgerEntry } from './ledger-entry.js';

/**
 * @internal How the corrections of a ledger pair up with what they correct:
 * - `chosen`: for each id that some entry reverses, the index of the reversal that cancels it:
 *   the earliest by date, then by position. A second reversal of the same entry is a mistake
 *   (two taps on "undo") and cancels nothing, so it cannot take the books below the truth.
 * - `cancelled`: the ids of entries whose chosen reversal is itself in force, that is, not
 *   cancelled in turn. Reversing a reversal puts the original back.
 */
export interface Reversals {
  readonly chosen: ReadonlyMap<string, number>;
  readonly cancelled: ReadonlySet<string>;
}

/**
 * The entries that still count: every entry cancelled by a correction removed, and every
 * correction (an entry with `reverses`) removed too, since a correction has no meaning of its
 * own. What is left is the ledger as if the mistakes had never been written, in the given
 * order. The entries themselves are returned as given, not copied.
 *
 * The rules, which make any list of entries have exactly one meaning:
 * - a correction cancels the entry whose id it names, wherever either is dated: the original
 *   leaves its own month's totals, and the correction adds nothing to any month;
 * - when an entry has several corrections, only the earliest (by date, then by position)
 *   cancels it; the others cancel nothing;
 * - a correction of a correction puts the original back (and so on, alternately);
 * - a correction naming an id that is not in the list cancels nothing and is removed.
 *
 * Entries are not validated here; an entry without `reverses` is kept unless something
 * cancels it.
 *
 * @example
 * ```ts
 * const sale = { id: 'a', date: '2024-03-01', kind: 'income', category: 'farming', amount: '500.00' };
 * const fix = { ...sale, id: 'b', date: '2024-04-02', reverses: 'a' };
 * const rice = { id: 'c', date: '2024-03-03', kind: 'expense', category: 'food', amount: '80.00' };
 * activeLedgerEntries([sale, fix, rice]); // [rice]
 * ```
 */
export function activeLedgerEntries<T extends LedgerEntry>(entries: readonly T[]): T[] {
  const reversals = reversalsOf(entries);
  if (!reversals) return [...entries];
  return entries.filter(
    (entry) => entry.reverses === undefined && !reversals.cancelled.has(entry.id),
  );
}

/**
 * @internal The {@link Reversals} of `entries`, or `undefined` when no entry is a correction
 * (the common case, which then costs one pass and nothing else).
 */
export function reversalsOf(entries: readonly LedgerEntry[]): Reversals | undefined {
  const chosen = new Map<string, number>();
  for (let index = 0; index < entries.length; index++) {
    // Tolerates a null in the list, so that callers validating later can report it properly.
    const target = entries[index]?.reverses;
    if (target === undefined) continue;
    const previous = chosen.get(target);
    if (previous === undefined || entries[index]!.date < entries[previous]!.date) {
      chosen.set(target, index);
    }
  }
  if (chosen.size === 0) return undefined;
  return { chosen, cancelled: cancelledIds(entries, chosen) };
}

/**
 * The ids whose chosen correction is in force. Following "is corrected by" links from an id
 * gives a chain id → r1 → r2 → … → rk that ends at a correction nobody corrects: rk is in
 * force, r(k−1) is not, and so on back, so the id is cancelled exactly when k is odd.
 * Walked without recursion, each link once, so a long chain can neither overflow the stack nor
 * cost more than its length.
 */
function cancelledIds(
  entries: readonly LedgerEntry[],
  chosen: ReadonlyMap<string, number>,
): Set<string> {
  const known = new Map<string, boolean>();
  for (const start of chosen.keys()) {
    if (known.has(start)) continue;
    const chain: string[] = [];
    const onChain = new Set<string>();
    let id = start;
    let lastCancelled: boolean;
    for (;;) {
      chain.push(id);
      onChain.add(id);
      const next = chosen.get(id);
      if (next === undefined) {
        lastCancelled = false;
        break;
      }
      const nextId = entries[next]!.id;
      const settled = known.get(nextId);
      if (settled !== undefined) {
        lastCancelled = !settled;
        break;
      }
      // A loop of corrections correcting each other (only in corrupt data) has no original to
      // cancel: the link that closes it is ignored, so the walk ends.
      if (onChain.has(nextId)) {
        lastCancelled = false;
        break;
      }
      id = nextId;
    }
    // Each id on the chain is cancelled exactly when the next one is not.
    let cancelled = lastCancelled;
    for (let k = chain.length - 1; k >= 0; k--) {
      known.set(chain[k]!, cancelled);
      cancelled = !cancelled;
    }
  }
  const cancelled = new Set<string>();
  for (const [id, isCancelled] of known) if (isCancelled) cancelled.add(id);
  return cancelled;
}
