import type { Table } from 'dexie';
import type { SajjaDatabase } from './database.js';
import type { StoredRecords } from './importing.js';
import type { LedgerRecord } from './ledger.js';
import { entriesAt, writeToChunks } from './ledger-chunks.js';
import { addCorrections, correctionsOf } from './ledger-corrections.js';
import { addLedgerPlaces, ledgerPlaces } from './ledger-ids.js';
import { applyMonthDeltas, deletionDeltas, monthDeltas } from './ledger-months.js';

/**
 * The ledger's entries as the repositories and imports see them (internal): stored in chunks
 * (ledger-chunks.ts), found by id through the id directory (ledger-ids.ts), with each
 * household's corrections (ledger-corrections.ts) and monthly sums (ledger-months.ts) kept in
 * step by the two writes below, in the caller's transaction.
 */

/** @internal The tables a ledger write changes, besides the households it checks. */
export function ledgerWriteTables(db: SajjaDatabase): Table[] {
  return [
    db.ledgerChunks,
    db.ledgerIds,
    db.ledgerCorrections,
    db.ledgerMonths,
    db.changes,
    db.changeRecordIds,
  ];
}

/** @internal The stored entries with these ids, by id (ids not stored are left out). */
export async function ledgerEntries(
  db: SajjaDatabase,
  ids: Iterable<string>,
): Promise<Map<string, LedgerRecord>> {
  const places = await ledgerPlaces(db, ids);
  const byHousehold = new Map<string, { id: string; date: string }[]>();
  for (const [id, { householdId, date }] of places) {
    const list = byHousehold.get(householdId);
    if (list) list.push({ id, date });
    else byHousehold.set(householdId, [{ id, date }]);
  }
  const found = new Map<string, LedgerRecord>();
  for (const [householdId, wanted] of byHousehold) {
    for (const [id, entry] of await entriesAt(db, householdId, wanted)) found.set(id, entry);
  }
  return found;
}

/** @internal The stored entry with this id, or `undefined`. */
export async function ledgerEntry(
  db: SajjaDatabase,
  id: string,
): Promise<LedgerRecord | undefined> {
  return (await ledgerEntries(db, [id])).get(id);
}

/**
 * @internal Stores new entries (checked already: new ids, corrections of entries that exist
 * and may be corrected) with everything derived from them: the chunks they fall in, the id
 * directory, the households' corrections and the monthly sums. `originalOf` finds the entry a
 * correction cancels. Inside the caller's transaction over {@link ledgerWriteTables}.
 */
export async function addLedgerEntries(
  db: SajjaDatabase,
  entries: readonly LedgerRecord[],
  originalOf: (id: string) => LedgerRecord | undefined,
): Promise<void> {
  if (entries.length === 0) return;
  const byHousehold = new Map<string, LedgerRecord[]>();
  for (const entry of entries) {
    const list = byHousehold.get(entry.householdId);
    if (list) list.push(entry);
    else byHousehold.set(entry.householdId, [entry]);
  }
  for (const [householdId, added] of byHousehold) await writeToChunks(db, householdId, added);
  await addLedgerPlaces(db, entries);
  await addCorrections(db, entries);
  await applyMonthDeltas(db, monthDeltas(entries, originalOf));
}

/**
 * @internal Soft-deletes a stored entry (neither a correction nor corrected): puts `deleted`
 * (the entry with `deletedAt`) in its place and takes it out of the monthly sums.
 */
export async function deleteLedgerEntry(
  db: SajjaDatabase,
  entry: LedgerRecord,
  deleted: LedgerRecord,
): Promise<void> {
  await writeToChunks(db, entry.householdId, [], [deleted]);
  await applyMonthDeltas(db, deletionDeltas(entry));
}

/** @internal Every stored entry of every household, ordered by id (as backups list them). */
export async function allLedgerEntries(db: SajjaDatabase): Promise<LedgerRecord[]> {
  const entries: LedgerRecord[] = [];
  for (const chunk of await db.ledgerChunks.toArray()) {
    for (const entry of chunk.entries) entries.push(entry);
  }
  return entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** @internal The stored ledger as imports look records up in it. */
export function storedLedger(db: SajjaDatabase): StoredRecords<LedgerRecord> {
  return {
    async withIds(ids) {
      const found = await ledgerEntries(db, ids);
      return ids.map((id) => found.get(id));
    },
    async correctionsOf(ids) {
      const targets = new Set(ids);
      const households = new Set(
        [...(await ledgerPlaces(db, targets)).values()].map((place) => place.householdId),
      );
      const corrections: LedgerRecord[] = [];
      for (const householdId of households) {
        for (const correction of await correctionsOf(db, householdId)) {
          if (targets.has(correction.reverses!)) corrections.push(correction);
        }
      }
      return corrections;
    },
  };
}
