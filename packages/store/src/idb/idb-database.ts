import { announceStoreChange, changeChannel } from './change-signal.js';
import { requestResult, transactionDone } from './request.js';
import { parseStoreSpec, sameKeyPath, type StoreSpec } from './store-spec.js';
import { Table, type TableScope } from './table.js';

/** How a transaction uses its tables: `'r'` reads, `'rw'` reads and writes. */
export type TransactionMode = 'r' | 'rw';

/** A table, a table's name, or a list of them: what a transaction covers. */
export type TableArgument =
  | Table<any, any, any>
  | string
  | readonly (Table<any, any, any> | string)[];

/** What a transaction runs: it receives the tables bound to the transaction. */
export type TransactionWork<R, Tables = SajjaTables> = (tables: Tables) => R | Promise<R>;

/**
 * The tables of the database, in or out of a transaction. Reached through
 * {@link IdbDatabase.transaction}'s work, every request takes part in that transaction;
 * reached through the database itself, each request runs in a transaction of its own.
 */
export abstract class SajjaTables {
  readonly #scope: TableScope;
  readonly #names: readonly string[];
  readonly #tables = new Map<string, Table<any, any, any>>();

  /** @internal */
  constructor(scope: TableScope, tableNames: readonly string[]) {
    this.#scope = scope;
    this.#names = tableNames;
    for (const name of tableNames) {
      Object.defineProperty(this, name, { value: this.table(name), enumerable: true });
    }
  }

  /** The table named `name`. */
  table<T = any, K extends IDBValidKey = any, TInsert = T>(name: string): Table<T, K, TInsert> {
    let table = this.#tables.get(name);
    if (!table) this.#tables.set(name, (table = new Table(this.#scope, name)));
    return table as Table<T, K, TInsert>;
  }

  /** Every table the schema declares. */
  get tables(): Table<any, any, any>[] {
    return this.#names.map((name) => this.table(name));
  }

  /**
   * Runs `work` in one transaction over the tables named; it commits when `work` settles
   * successfully and the browser has written everything, and is rolled back when `work` throws
   * or a write fails. `work` may await only this transaction's requests: IndexedDB commits a
   * transaction that has nothing to do at the end of a task.
   */
  transaction<R>(
    mode: TransactionMode,
    ...scopeAndWork: [...TableArgument[], TransactionWork<R, this>]
  ): Promise<R> {
    const work = scopeAndWork.at(-1) as TransactionWork<R>;
    const names = [
      ...new Set(
        (scopeAndWork.slice(0, -1) as TableArgument[])
          .flat()
          .map((table) => (typeof table === 'string' ? table : table.name)),
      ),
    ];
    return this.runTransaction(mode, names, work);
  }

  /** @internal Runs `work` in a transaction over `names`, or in the one running. */
  protected abstract runTransaction<R>(
    mode: TransactionMode,
    names: string[],
    work: TransactionWork<R>,
  ): Promise<R>;
}

/** The tables bound to one running transaction; a nested transaction joins it. */
class TransactionTables extends SajjaTables {
  constructor(
    private readonly idbTransaction: IDBTransaction,
    tableNames: readonly string[],
    compare: TableScope['compare'],
  ) {
    super(
      {
        objectStore: (name, _mode, work) => work(idbTransaction.objectStore(name)),
        compare,
      },
      tableNames,
    );
  }

  protected override async runTransaction<R>(
    mode: TransactionMode,
    names: string[],
    work: TransactionWork<R>,
  ): Promise<R> {
    const outside = names.filter((name) => !this.idbTransaction.objectStoreNames.contains(name));
    if (outside.length > 0) {
      throw new DOMException(
        `A nested transaction names ${outside.join(', ')}, outside the running one.`,
        'NotFoundError',
      );
    }
    if (mode === 'rw' && this.idbTransaction.mode === 'readonly') {
      throw new DOMException('A nested transaction writes in a read-only one.', 'ReadOnlyError');
    }
    return work(this);
  }
}

/** One version of a database's schema (see the store's `SCHEMA_VERSIONS`). */
export interface DatabaseVersion {
  /** The version number; each new version is one higher than the last. */
  readonly version: number;
  /** Table declarations (see store-spec.ts); `null` deletes a table after `upgrade`. */
  readonly stores: Readonly<Record<string, string | null>>;
  /** Moves existing records into this version's tables, inside the upgrade transaction. */
  readonly upgrade?: (tables: SajjaTables) => Promise<void>;
}

/**
 * Earlier releases stored Dexie's version number times ten as IndexedDB's version; keeping the
 * factor lets every database they created open, and upgrade, unchanged.
 */
const VERSION_FACTOR = 10;

/**
 * A small IndexedDB database: the tables its schema versions declare, transactions that commit
 * only what succeeded together, schema upgrades, and a change signal for live queries.
 */
export class IdbDatabase extends SajjaTables {
  #connection: IDBDatabase | undefined;
  #channel: BroadcastChannel | undefined;

  constructor(
    /** The IndexedDB database name. */
    readonly name: string,
    private readonly factory: IDBFactory,
    private readonly versions: readonly DatabaseVersion[],
  ) {
    super(
      {
        // A request outside any transaction: a transaction of its own, for its one table.
        objectStore: (table, mode, work) =>
          this.run([table], mode, (transaction) => work(transaction.objectStore(table))),
        compare: (a, b) => factory.cmp(a, b),
      },
      Object.keys(finalSchema(versions)),
    );
  }

  /** The schema version of the open database (0 while closed). */
  get verno(): number {
    return (this.#connection?.version ?? 0) / VERSION_FACTOR;
  }

  /** Opens the database, creating it or upgrading it to the newest version first (once). */
  async open(): Promise<void> {
    if (this.#connection) return;
    const latest = this.versions.at(-1)?.version ?? 1;
    const request = this.factory.open(this.name, latest * VERSION_FACTOR);
    let upgradeFailure: unknown;
    request.onupgradeneeded = (event) => {
      const transaction = request.transaction!;
      this.upgrade(request.result, transaction, event.oldVersion / VERSION_FACTOR).catch(
        (error: unknown) => {
          upgradeFailure = error;
          abortQuietly(transaction);
        },
      );
    };
    let connection: IDBDatabase;
    try {
      connection = await requestResult(request);
    } catch (error) {
      throw upgradeFailure ?? error;
    }
    // Another tab upgrading the database waits for this connection to close: let it.
    connection.onversionchange = () => this.close();
    connection.onclose = () => this.close();
    this.#connection = connection;
    this.#channel = changeChannel(this.name);
  }

  /** Closes the connection; later requests fail with an `InvalidStateError`. */
  close(): void {
    this.#connection?.close();
    this.#connection = undefined;
    this.#channel?.close();
    this.#channel = undefined;
  }

  protected override runTransaction<R>(
    mode: TransactionMode,
    names: string[],
    work: TransactionWork<R>,
  ): Promise<R> {
    const tableNames = this.tables.map((table) => table.name);
    return this.run(names, mode === 'rw' ? 'readwrite' : 'readonly', (transaction) =>
      work(this.bind(transaction, tableNames)),
    );
  }

  /**
   * Runs `work` in a new transaction over `names`: settles once the browser has committed it,
   * and aborts it when `work` throws. A committed write is announced to live queries here and
   * in other tabs.
   */
  private async run<R>(
    names: string[],
    mode: IDBTransactionMode,
    work: (transaction: IDBTransaction) => R | Promise<R>,
  ): Promise<R> {
    if (!this.#connection) {
      throw new DOMException(`The database ${this.name} is closed.`, 'InvalidStateError');
    }
    const transaction = this.#connection.transaction(names, mode);
    const done = transactionDone(transaction);
    let result: R;
    try {
      result = await work(transaction);
      await done;
    } catch (error) {
      abortQuietly(transaction);
      done.catch(() => undefined);
      throw error;
    }
    if (mode === 'readwrite') announceStoreChange(this.#channel);
    return result;
  }

  private bind(transaction: IDBTransaction, tableNames: readonly string[]): SajjaTables {
    return new TransactionTables(transaction, tableNames, (a, b) => this.factory.cmp(a, b));
  }

  private async upgrade(db: IDBDatabase, transaction: IDBTransaction, from: number): Promise<void> {
    if (from === 0) {
      for (const [name, spec] of Object.entries(finalSchema(this.versions))) {
        createStore(db, name, spec);
      }
      return;
    }
    for (const version of this.versions) {
      if (version.version <= from) continue;
      const deleted: string[] = [];
      for (const [name, declaration] of Object.entries(version.stores)) {
        if (declaration === null) deleted.push(name);
        else if (!db.objectStoreNames.contains(name))
          createStore(db, name, parseStoreSpec(declaration));
        else updateIndexes(transaction.objectStore(name), parseStoreSpec(declaration));
      }
      if (version.upgrade) {
        await version.upgrade(this.bind(transaction, [...db.objectStoreNames]));
      }
      for (const name of deleted) {
        if (db.objectStoreNames.contains(name)) db.deleteObjectStore(name);
      }
    }
  }
}

/** The tables of the newest version: every declaration carried forward, deletions applied. */
function finalSchema(versions: readonly DatabaseVersion[]): Record<string, StoreSpec> {
  const tables: Record<string, StoreSpec> = {};
  for (const { stores } of versions) {
    for (const [name, declaration] of Object.entries(stores)) {
      if (declaration === null) delete tables[name];
      else tables[name] = parseStoreSpec(declaration);
    }
  }
  return tables;
}

function createStore(db: IDBDatabase, name: string, spec: StoreSpec): void {
  const store = db.createObjectStore(name, {
    keyPath: spec.keyPath,
    autoIncrement: spec.autoIncrement,
  });
  for (const index of spec.indexes) {
    store.createIndex(index.name, index.keyPath, {
      unique: index.unique,
      multiEntry: index.multiEntry,
    });
  }
}

function updateIndexes(store: IDBObjectStore, spec: StoreSpec): void {
  if (!sameKeyPath(store.keyPath, spec.keyPath)) {
    throw new DOMException(
      `The primary key of ${store.name} cannot change in an upgrade.`,
      'VersionError',
    );
  }
  const wanted = new Map(spec.indexes.map((index) => [index.name, index]));
  for (const name of [...store.indexNames]) {
    const index = store.index(name);
    const want = wanted.get(name);
    if (
      !want ||
      !sameKeyPath(index.keyPath, want.keyPath) ||
      index.unique !== want.unique ||
      index.multiEntry !== want.multiEntry
    ) {
      store.deleteIndex(name);
    }
  }
  for (const index of spec.indexes) {
    if (!store.indexNames.contains(index.name)) {
      store.createIndex(index.name, index.keyPath, {
        unique: index.unique,
        multiEntry: index.multiEntry,
      });
    }
  }
}

function abortQuietly(transaction: IDBTransaction): void {
  try {
    transaction.abort();
  } catch {
    // Already committed or aborted: nothing to undo.
  }
}
