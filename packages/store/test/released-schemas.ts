/**
 * What every release of `@sajja/store` wrote to IndexedDB, frozen here so the upgrade tests
 * build each older database from what was released, not from the current code (an edit to an
 * old declaration in src/database.ts then fails these tests instead of passing unnoticed).
 */

/** Dexie's table declarations of each schema version, as the Dexie-based releases declared them. */
export const RELEASED_SCHEMAS: Readonly<Record<number, Readonly<Record<string, string | null>>>> = {
  1: { meta: 'key' },
  2: {
    meta: 'key',
    households: 'id',
    organisations: 'id',
    memberships: 'id, householdId, organisationId',
    ledger: 'id, [householdId+date], [householdId+reverses], [householdId+deletedAt], reverses',
    fundTransactions: 'id, [householdId+date], [membershipId+date], organisationId, reverses',
    ledgerMonths: '[householdId+month]',
    changes: '++seq, *recordIds',
  },
  3: { loans: 'id, householdId, membershipId, organisationId' },
  4: {
    ledger: null,
    ledgerChunks: '[householdId+start]',
    ledgerIds: 'bucket',
    ledgerCorrections: 'householdId',
    changeRecordIds: 'seq',
  },
  5: {
    auditLinks: '[organisationId+seq], [organisationId+month], [table+recordId]',
    fundTransactions:
      'id, [householdId+date], [membershipId+date], organisationId, reverses, [organisationId+date]',
  },
  6: {
    memberTotals: '[organisationId+month]',
    loanPayments: 'loanId, membershipId, [organisationId+openUntil]',
    organisationMonths: '[organisationId+month]',
  },
  7: {
    syncState: 'key',
    recordClocks: '[table+id]',
  },
};

/** One object store as IndexedDB holds it. */
interface ObjectStoreLayout {
  readonly keyPath: string | string[];
  readonly autoIncrement?: boolean;
  readonly indexes?: readonly {
    readonly name: string;
    readonly keyPath: string | string[];
    readonly multiEntry?: boolean;
  }[];
}

/**
 * The database of schema version 4 as the release on its own IndexedDB layer (between the
 * Dexie-based releases and this one) created it: IndexedDB version 40, these object stores
 * and indexes, named as Dexie names them. Written with IndexedDB itself, as that layer did.
 */
export const OWN_LAYER_V4: Readonly<Record<string, ObjectStoreLayout>> = {
  meta: { keyPath: 'key' },
  households: { keyPath: 'id' },
  organisations: { keyPath: 'id' },
  memberships: {
    keyPath: 'id',
    indexes: [
      { name: 'householdId', keyPath: 'householdId' },
      { name: 'organisationId', keyPath: 'organisationId' },
    ],
  },
  fundTransactions: {
    keyPath: 'id',
    indexes: [
      { name: '[householdId+date]', keyPath: ['householdId', 'date'] },
      { name: '[membershipId+date]', keyPath: ['membershipId', 'date'] },
      { name: 'organisationId', keyPath: 'organisationId' },
      { name: 'reverses', keyPath: 'reverses' },
    ],
  },
  ledgerMonths: { keyPath: ['householdId', 'month'] },
  changes: {
    keyPath: 'seq',
    autoIncrement: true,
    indexes: [{ name: 'recordIds', keyPath: 'recordIds', multiEntry: true }],
  },
  loans: {
    keyPath: 'id',
    indexes: [
      { name: 'householdId', keyPath: 'householdId' },
      { name: 'membershipId', keyPath: 'membershipId' },
      { name: 'organisationId', keyPath: 'organisationId' },
    ],
  },
  ledgerChunks: { keyPath: ['householdId', 'start'] },
  ledgerIds: { keyPath: 'bucket' },
  ledgerCorrections: { keyPath: 'householdId' },
  changeRecordIds: { keyPath: 'seq' },
};

/** Creates `layout` at IndexedDB version `idbVersion` with plain IndexedDB, filled with `records`. */
export async function createWithIndexedDb(
  name: string,
  idbVersion: number,
  layout: Readonly<Record<string, ObjectStoreLayout>>,
  records: Readonly<Record<string, readonly unknown[]>>,
): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name, idbVersion);
    request.onupgradeneeded = () => {
      for (const [table, { keyPath, autoIncrement = false, indexes = [] }] of Object.entries(
        layout,
      )) {
        const store = request.result.createObjectStore(table, { keyPath, autoIncrement });
        for (const index of indexes) {
          store.createIndex(index.name, index.keyPath, { multiEntry: index.multiEntry ?? false });
        }
      }
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  if (Object.keys(records).length > 0) await fill(db, records);
  db.close();
}

function fill(
  db: IDBDatabase,
  records: Readonly<Record<string, readonly unknown[]>>,
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const transaction = db.transaction(Object.keys(records), 'readwrite');
    for (const [table, rows] of Object.entries(records)) {
      for (const row of rows) transaction.objectStore(table).add(row);
    }
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
  });
}

/**
 * The layout of an open database as IndexedDB reports it, for comparing what two writers
 * created: object stores with key paths, auto-increment and indexes.
 */
export async function layoutOf(name: string): Promise<Record<string, unknown>> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const layout: Record<string, unknown> = { version: db.version };
  const names = [...db.objectStoreNames];
  if (names.length > 0) {
    const transaction = db.transaction(names, 'readonly');
    for (const table of names) {
      const store = transaction.objectStore(table);
      layout[table] = {
        keyPath: store.keyPath,
        autoIncrement: store.autoIncrement,
        indexes: [...store.indexNames].map((index) => {
          const { keyPath, multiEntry, unique } = store.index(index);
          return { name: index, keyPath, multiEntry, unique };
        }),
      };
    }
  }
  db.close();
  return layout;
}
