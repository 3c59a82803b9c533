import { logChange } from './change-log.js';
import type { SajjaDatabase } from './database.js';
import { newId, timestampNow } from './ids.js';
import { live, type LiveQuery } from './live-query.js';
import { assertValid } from './record-checker.js';
import { stampEdit } from './sync-state.js';
import { addNew, unknownRecord } from './write.js';
import { checkHousehold } from './household-record.js';
import { guarded } from './storage-errors.js';

/** A household: the people who keep one income–expense account together. */
export interface HouseholdRecord {
  /** A unique id (a UUID unless the caller chose one). */
  readonly id: string;
  /** The household's name as its members write it (`'บ้านนายสมชาย'`), 1–200 characters. */
  readonly name: string;
  /** When the household was added, as an ISO timestamp (UTC). */
  readonly createdAt: string;
}

/** What {@link HouseholdRepository.add} takes. */
export interface NewHousehold {
  /** An id of your own (a partner system's), 1–100 characters; a UUID is made when absent. */
  readonly id?: string;
  /** The household's name, trimmed, 1–200 characters. */
  readonly name: string;
}

/** The households of a store. */
export interface HouseholdRepository {
  /**
   * Adds a household and returns it as stored.
   *
   * @throws {@link @sajja/core!"@sajja/core".SajjaError} `INVALID_ARGUMENT` (`invalid-household`, with
   *   `problems`) for a bad name or id, (`duplicate-id`) when the id is taken;
   *   `STORAGE_FULL`, `STORAGE_UNAVAILABLE` when the browser refuses the write.
   *
   * @example
   * ```ts
   * const household = await store.households.add({ name: 'บ้านนายสมชาย' });
   * household.id; // '3b2f…'
   * ```
   */
  add(household: NewHousehold): Promise<HouseholdRecord>;
  /**
   * Gives a household a new name and returns it as stored. The name is one of the few parts of
   * a record that may change: the edit is stamped with the device's hybrid logical clock, so
   * when two devices rename the household before they sync, the later rename wins on both
   * (last writer wins). The change log records `'update'`.
   *
   * @throws {@link @sajja/core!"@sajja/core".SajjaError} `INVALID_ARGUMENT` (`invalid-household`, with
   *   `problems`) for a bad name, (`unknown-record`) for an unknown household; `STORAGE_FULL`,
   *   `STORAGE_UNAVAILABLE`.
   *
   * @example
   * ```ts
   * await store.households.rename(household.id, 'บ้านนางสมศรี');
   * ```
   */
  rename(id: string, name: string): Promise<HouseholdRecord>;
  /** The household with this id, or `undefined`. */
  get(id: string): Promise<HouseholdRecord | undefined>;
  /** Every household, in the order they were added. */
  list(): Promise<HouseholdRecord[]>;
  /** {@link HouseholdRepository.list}, live. */
  live(): LiveQuery<HouseholdRecord[]>;
}

/** @internal The household repository of `db`. */
export function createHouseholdRepository(db: SajjaDatabase): HouseholdRepository {
  const list = async (): Promise<HouseholdRecord[]> => {
    const households = await db.households.toArray();
    return households.sort(
      (a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
    );
  };
  return {
    add: (household) =>
      guarded(async () => {
        const at = timestampNow();
        const record = assertValid(
          checkHousehold({ ...household, id: household?.id ?? newId(), createdAt: at }),
          'invalid-household',
          'household',
          household,
        );
        await db.transaction('rw', db.households, db.changes, async () => {
          await addNew(db.households, record, 'households');
          await logChange(db, 'households', [record.id], 'add', at);
        });
        return record;
      }),
    rename: (id, name) =>
      guarded(() =>
        db.transaction(
          'rw',
          [db.households, db.changes, db.syncState, db.recordClocks],
          async () => {
            const stored = await db.households.get(id);
            if (stored === undefined) throw unknownRecord('households', id);
            const record = assertValid(
              checkHousehold({ ...stored, name }),
              'invalid-household',
              'household',
              name,
            );
            if (record.name === stored.name) return stored;
            await db.households.put(record);
            await stampEdit(db, 'households', id);
            await logChange(db, 'households', [id], 'update', timestampNow());
            return record;
          },
        ),
      ),
    get: (id) => guarded(() => db.households.get(id)),
    list: () => guarded(list),
    live: () => live(db, list),
  };
}
