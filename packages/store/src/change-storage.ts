import type { ChangeRecord, NewChangeRecord } from './change-log.js';
import type { SajjaDatabase } from './database.js';

/**
 * How the change log is kept in IndexedDB (internal). A change naming one record (every
 * single write) is stored whole in `changes`, whose multi-entry index over `recordIds` finds
 * it by that id. A change naming several (an import) is stored in `changes` without
 * `recordIds`, and its ids in `changeRecordIds` under the same `seq`: Chromium's IndexedDB
 * spends some 45 µs on each key of a multi-entry index, so indexing the ids of an import of
 * 100,000 entries took 4.5 s, longer than storing the entries themselves. Readers see one
 * {@link ChangeRecord} either way; changes written before schema version 4 keep their ids in
 * `changes`, and are read as they are.
 */

/** A change record as the `changes` table stores it (see {@link ChangeRecordIdsRecord}). */
export type StoredChangeRecord = Omit<ChangeRecord, 'recordIds'> & {
  /**
   * The ids of the records written: present when the change names one record, or was logged
   * before schema version 4.
   */
  readonly recordIds?: readonly string[];
};

/** A stored change record before the database numbers it. */
export type NewStoredChangeRecord = Omit<StoredChangeRecord, 'seq'> & {
  /** The position in the log; the database numbers the record when absent. */
  readonly seq?: number;
};

/** The ids of a change that names several records, kept beside the change record (`seq`). */
export interface ChangeRecordIdsRecord {
  /** The change's position in the log (its `seq` in `changes`). */
  readonly seq: number;
  /** The ids of the records the change wrote. */
  readonly recordIds: readonly string[];
}

/**
 * @internal Appends change records, inside the caller's transaction (over `changes`, and
 * `changeRecordIds` when a change names several records).
 */
export async function storeChanges(
  db: SajjaDatabase,
  changes: readonly NewChangeRecord[],
): Promise<void> {
  if (changes.length === 0) return;
  const seqs = await db.changes.bulkAdd(
    changes.map(
      ({ recordIds, ...change }): NewStoredChangeRecord =>
        recordIds.length > 1 ? change : { ...change, recordIds: [...recordIds] },
    ),
    { allKeys: true },
  );
  const many = changes.flatMap((change, position) =>
    change.recordIds.length > 1 ? [{ seq: seqs[position]!, recordIds: [...change.recordIds] }] : [],
  );
  if (many.length > 0) await db.changeRecordIds.bulkAdd(many);
}

/** The change records as readers see them: every stored one with its ids. */
function withIds(
  stored: readonly StoredChangeRecord[],
  ids: ReadonlyMap<number, readonly string[]>,
): ChangeRecord[] {
  return stored.map(({ seq, at, table, recordIds, action }) => ({
    seq,
    at,
    table,
    recordIds: recordIds ?? ids.get(seq) ?? [],
    action,
  }));
}

/** @internal The whole change log, oldest first (read inside one transaction when it matters). */
export async function readChanges(db: SajjaDatabase): Promise<ChangeRecord[]> {
  const stored = await db.changes.toArray();
  const ids = new Map(
    (await db.changeRecordIds.toArray()).map((record) => [record.seq, record.recordIds]),
  );
  return withIds(stored, ids);
}

/** @internal The change records with these numbers (`undefined` where none), in order. */
export async function changesWithSeqs(
  db: SajjaDatabase,
  seqs: readonly number[],
): Promise<(ChangeRecord | undefined)[]> {
  const stored = await db.changes.bulkGet([...seqs]);
  const many = stored.flatMap((change) =>
    change !== undefined && change.recordIds === undefined ? [change.seq] : [],
  );
  const ids = new Map(
    (await db.changeRecordIds.bulkGet(many)).flatMap((record) =>
      record ? [[record.seq, record.recordIds] as const] : [],
    ),
  );
  return stored.map((change) => (change === undefined ? undefined : withIds([change], ids)[0]));
}

/** @internal The changes naming `recordId`, oldest first. */
export async function changesNaming(db: SajjaDatabase, recordId: string): Promise<ChangeRecord[]> {
  const single = await db.changes.where('recordIds').equals(recordId).toArray();
  // Imports are few, so reading their id lists is cheaper than indexing every id in them.
  const seqs = (await db.changeRecordIds.toArray())
    .filter((record) => record.recordIds.includes(recordId))
    .map((record) => record.seq);
  const many = (await changesWithSeqs(db, seqs)).flatMap((change) => (change ? [change] : []));
  return [...withIds(single, new Map()), ...many].sort((a, b) => a.seq - b.seq);
}
