import { changesNaming, readChanges, storeChanges } from './change-storage.js';
import type { SajjaDatabase } from './database.js';
import { live, type LiveQuery } from './live-query.js';
import { guarded } from './storage-errors.js';
import type { ChangeTable } from './change-tables.js';

export { CHANGE_TABLES, type ChangeTable } from './change-tables.js';

/**
 * What a write did to the record it names:
 * - `'add'`: created it;
 * - `'update'`: replaced it (an organisation's name or rules, through `organisations.put`; a
 *   household's name, through `households.rename`; a membership's `leftOn`, through
 *   `memberships.leave`);
 * - `'reverse'`: created it as a reversal of another record (see its `reverses`);
 * - `'delete'`: flagged it as deleted (a soft delete: the record stays);
 * - `'import'`: created it from a backup or a CSV file;
 * - `'sync'`: wrote it as pulled from a sync server (created, or replaced by a later edit made
 *   on another device). Never pushed back.
 */
export type ChangeAction = 'add' | 'update' | 'reverse' | 'delete' | 'import' | 'sync';

/** Every {@link ChangeAction}. */
export const CHANGE_ACTIONS: readonly ChangeAction[] = Object.freeze([
  'add',
  'update',
  'reverse',
  'delete',
  'import',
  'sync',
]);

/**
 * One record of the append-only change log: which records a write touched, how and when. Each
 * write and its change record are committed in one transaction, so the log never misses a
 * change nor records one that did not happen. Change records are never edited or removed.
 *
 * A single write names one record; an import names every record it wrote, in one change
 * record, since it is one event (and one IndexedDB request instead of one per row: an import
 * of 100,000 entries would otherwise write 200,000 records).
 */
export interface ChangeRecord {
  /** The position in the log: 1, 2, 3, … in the order the writes happened. */
  readonly seq: number;
  /** When the write happened, as an ISO timestamp (UTC). */
  readonly at: string;
  /** The table written. */
  readonly table: ChangeTable;
  /** The ids of the records written (one, except for an import). */
  readonly recordIds: readonly string[];
  /** What the write did. */
  readonly action: ChangeAction;
}

/** A change record before the database numbers it. */
export type NewChangeRecord = Omit<ChangeRecord, 'seq'> & {
  /** The position in the log; the database numbers the record when absent. */
  readonly seq?: number;
};

/** Options for {@link ChangeLog.list}. */
export interface ChangeListOptions {
  /** Only changes of this table. */
  readonly table?: ChangeTable;
  /** Only changes of this record. */
  readonly recordId?: string;
}

/** The change log of a store: read-only, every write of the other repositories lands here. */
export interface ChangeLog {
  /**
   * The changes, oldest first.
   *
   * @example
   * ```ts
   * const history = await store.changes.list({ recordId: entry.id });
   * history.map((change) => change.action); // ['add', 'delete']
   * ```
   */
  list(options?: ChangeListOptions): Promise<ChangeRecord[]>;
  /** {@link ChangeLog.list}, live. */
  live(options?: ChangeListOptions): LiveQuery<ChangeRecord[]>;
}

/**
 * @internal Appends the change record of one write, inside the caller's transaction. A change
 * naming several records (an import) also writes `changeRecordIds` (see change-storage.ts),
 * which the transaction must then include.
 */
export async function logChange(
  db: SajjaDatabase,
  table: ChangeTable,
  recordIds: readonly string[],
  action: ChangeAction,
  at: string,
): Promise<void> {
  if (recordIds.length > 0) await storeChanges(db, [{ at, table, recordIds, action }]);
}

/** @internal The change log repository of `db`. */
export function createChangeLog(db: SajjaDatabase): ChangeLog {
  const read = async ({ table, recordId }: ChangeListOptions = {}): Promise<ChangeRecord[]> => {
    const changes = await db.transaction('r', db.changes, db.changeRecordIds, () =>
      recordId === undefined ? readChanges(db) : changesNaming(db, recordId),
    );
    return table === undefined ? changes : changes.filter((change) => change.table === table);
  };
  return {
    list: (options) => guarded(() => read(options)),
    live: (options) => live(db, () => read(options)),
  };
}
