import type { SajjaDatabase } from './database.js';
import type { LedgerRecord } from './ledger.js';

/**
 * The corrections in one household's ledger (entries with `reverses`), copied from its chunks
 * in one record: every list, page, count and summary needs them all, since a correction dated
 * anywhere cancels an entry dated anywhere else, and corrections are few (a mistake now and
 * then) where entries are many. Derived data, kept in step with the chunks in every write and
 * not in backups.
 */
export interface LedgerCorrectionsRecord {
  /** The household. */
  readonly householdId: string;
  /** Its corrections, in the order they were written. */
  readonly entries: LedgerRecord[];
}

/** @internal The household's corrections, in the order they were written. */
export async function correctionsOf(
  db: SajjaDatabase,
  householdId: string,
): Promise<LedgerRecord[]> {
  return (await db.ledgerCorrections.get(householdId))?.entries ?? [];
}

/** @internal The ids that do not count: the corrections and the entries they cancel. */
export function cancelledIds(corrections: readonly LedgerRecord[]): Set<string> {
  const ids = new Set<string>();
  for (const correction of corrections) {
    ids.add(correction.id);
    ids.add(correction.reverses!);
  }
  return ids;
}

/** @internal Records new corrections (entries with `reverses`), inside the caller's transaction. */
export async function addCorrections(
  db: SajjaDatabase,
  entries: readonly LedgerRecord[],
): Promise<void> {
  const byHousehold = new Map<string, LedgerRecord[]>();
  for (const entry of entries) {
    if (entry.reverses === undefined) continue;
    const list = byHousehold.get(entry.householdId);
    if (list) list.push(entry);
    else byHousehold.set(entry.householdId, [entry]);
  }
  if (byHousehold.size === 0) return;
  const households = [...byHousehold.keys()];
  const stored = await db.ledgerCorrections.bulkGet(households);
  await db.ledgerCorrections.bulkPut(
    households.map((householdId, position) => ({
      householdId,
      entries: [...(stored[position]?.entries ?? []), ...byHousehold.get(householdId)!],
    })),
  );
}
