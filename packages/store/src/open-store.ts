import { SajjaError } from '@sajja/core';
import Dexie, { type Table } from 'dexie';
import { declareSchema } from './schema.js';

/** The database name used when none is given. */
export const DEFAULT_STORE_NAME = 'sajja';

/** A record of the `meta` table: one fact about the database. */
export interface MetaRecord {
  /** What the fact is about, such as `'createdAt'`. */
  key: string;
  /** The fact, as text. */
  value: string;
}

/** Options for {@link openStore}. */
export interface OpenStoreOptions {
  /**
   * The IndexedDB database name (default `'sajja'`). Give each partner site or app its own name
   * so two of them on one origin never share data by accident.
   */
  name?: string;
  /**
   * The IndexedDB implementation to use (default: the browser's `indexedDB`). For tests and
   * for environments that provide their own.
   */
  indexedDB?: IDBFactory;
}

/** The Dexie database behind a {@link SajjaStore}, with its typed tables. */
export type SajjaDatabase = Dexie & {
  /** Facts about the database itself. */
  readonly meta: Table<MetaRecord, string>;
};

function createDatabase(name: string, indexedDB: IDBFactory): SajjaDatabase {
  const db = new Dexie(name, { indexedDB, IDBKeyRange: globalThis.IDBKeyRange, autoOpen: false });
  declareSchema(db);
  return db as SajjaDatabase;
}

/** An open Sajja database. Close it when done; open it again with {@link openStore}. */
export interface SajjaStore {
  /** The IndexedDB database name. */
  readonly name: string;
  /** The Dexie database, for the repositories built on it. */
  readonly db: SajjaDatabase;
  /** When this database was first created, as an ISO timestamp. */
  createdAt(): Promise<string>;
  /** Closes the connection; the data stays. */
  close(): void;
}

const MAX_NAME_LENGTH = 100;

/**
 * Opens (creating it on first use) the household's local Sajja database in IndexedDB.
 *
 * @throws {@link @sajja/core!"@sajja/core".SajjaError} `STORAGE_UNAVAILABLE` (reason `no-indexeddb` or `open-failed`)
 *   when the browser gives no usable IndexedDB: private modes, blocked storage, old browsers.
 *   `INVALID_ARGUMENT` (reason `invalid-option`) for an empty or over-long name.
 *
 * @example
 * ```ts
 * const store = await openStore({ name: 'codi-portal' });
 * console.log(store.name, await store.createdAt());
 * store.close();
 * ```
 */
export async function openStore(options: OpenStoreOptions = {}): Promise<SajjaStore> {
  const name = options.name ?? DEFAULT_STORE_NAME;
  if (typeof name !== 'string' || name.trim() === '' || name.length > MAX_NAME_LENGTH) {
    throw new SajjaError(
      'INVALID_ARGUMENT',
      'invalid-option',
      `A store name must be 1–${MAX_NAME_LENGTH} characters, got ${JSON.stringify(name)}.`,
      { input: name },
    );
  }
  const factory = options.indexedDB ?? globalThis.indexedDB;
  if (!factory) {
    throw new SajjaError(
      'STORAGE_UNAVAILABLE',
      'no-indexeddb',
      'IndexedDB is not available in this environment.',
      { input: name },
    );
  }
  const db = createDatabase(name, factory);
  try {
    await db.open();
    // Written once; a later open finds it and leaves it alone.
    await db.meta.add({ key: 'createdAt', value: new Date().toISOString() }).catch((error) => {
      if (!(error instanceof Dexie.ConstraintError)) throw error;
    });
  } catch (error) {
    db.close();
    throw new SajjaError(
      'STORAGE_UNAVAILABLE',
      'open-failed',
      `Could not open the IndexedDB database ${JSON.stringify(name)}: ${String(error)}`,
      { input: name },
    );
  }
  return {
    name,
    db,
    async createdAt() {
      const record = await db.meta.get('createdAt');
      return record?.value ?? '';
    },
    close: () => db.close(),
  };
}
