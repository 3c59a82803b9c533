import { requestResult } from './request.js';
import { keyPathOf, sameKeyPath } from './store-spec.js';

/**
 * @internal Where a table's requests go: the transaction a piece of work runs in, or, outside
 * one, a new transaction for the single request (committed before the request's promise
 * settles, so a write outside `transaction()` is durable once awaited).
 */
export interface TableScope {
  /** Runs `work` against object store `name`. */
  objectStore<R>(
    name: string,
    mode: IDBTransactionMode,
    work: (store: IDBObjectStore) => Promise<R>,
  ): Promise<R>;
  /** The key order of IndexedDB (`indexedDB.cmp`). */
  compare(a: unknown, b: unknown): number;
}

/** Lower than every IndexedDB key: the open lower end of a compound key range. */
export const MIN_KEY = -Infinity;
/** Higher than every key but arrays of arrays: the open upper end of a compound key range. */
export const MAX_KEY: IDBValidKey = [[]];

/**
 * One table (IndexedDB object store) of the database. Its methods take part in the
 * transaction of the {@link SajjaTables} they were reached through, and run alone otherwise.
 *
 * @typeParam T - The stored record.
 * @typeParam K - The primary key.
 * @typeParam TInsert - What `add` takes (the record without an auto-incremented key).
 */
export class Table<T = unknown, K extends IDBValidKey = IDBValidKey, TInsert = T> {
  /** @internal */
  constructor(
    private readonly scope: TableScope,
    /** The table's name. */
    readonly name: string,
  ) {}

  /** @internal The key order of IndexedDB. */
  compareKeys(a: unknown, b: unknown): number {
    return this.scope.compare(a, b);
  }

  /** @internal Runs `work` against this table's object store. */
  run<R>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => Promise<R>): Promise<R> {
    return this.scope.objectStore(this.name, mode, work);
  }

  /** The record with this primary key, or `undefined`. */
  get(key: K): Promise<T | undefined> {
    return this.run('readonly', (store) => requestResult(store.get(key)) as Promise<T | undefined>);
  }

  /** The records with these keys, in the same order (`undefined` where none). */
  bulkGet(keys: readonly K[]): Promise<(T | undefined)[]> {
    return this.run('readonly', (store) =>
      Promise.all(keys.map((key) => requestResult(store.get(key)) as Promise<T | undefined>)),
    );
  }

  /** Adds a new record; fails with a `ConstraintError` when its key is taken. */
  add(record: TInsert): Promise<K> {
    return this.run('readwrite', (store) => requestResult(store.add(record)) as Promise<K>);
  }

  /** Adds new records and returns their keys, in order; any failure fails them all. */
  bulkAdd(records: readonly TInsert[]): Promise<K[]> {
    return this.run('readwrite', (store) =>
      Promise.all(records.map((record) => requestResult(store.add(record)) as Promise<K>)),
    );
  }

  /** Adds or replaces a record. */
  put(record: T): Promise<K> {
    return this.run('readwrite', (store) => requestResult(store.put(record)) as Promise<K>);
  }

  /** Adds or replaces records. */
  async bulkPut(records: readonly T[]): Promise<void> {
    await this.run('readwrite', (store) =>
      Promise.all(records.map((record) => requestResult(store.put(record)))),
    );
  }

  /** Deletes the records with these keys (a missing key is no error). */
  async bulkDelete(keys: readonly K[]): Promise<void> {
    await this.run('readwrite', (store) =>
      Promise.all(keys.map((key) => requestResult(store.delete(key)))),
    );
  }

  /** Deletes every record. */
  clear(): Promise<void> {
    return this.run('readwrite', (store) => requestResult(store.clear()));
  }

  /** Every record, by primary key. */
  toArray(): Promise<T[]> {
    return this.toCollection().toArray();
  }

  /** How many records there are. */
  count(): Promise<number> {
    return this.toCollection().count();
  }

  /** The records by the index named `index` (as declared: `'householdId'`, `'[householdId+date]'`). */
  where(index: string): WhereClause<T, K> {
    return new WhereClause(this, index);
  }

  /** Every record in the order of an index (`':id'`: the primary key). */
  orderBy(index: string): Collection<T, K> {
    return new Collection(this, index, [null]);
  }

  /** Every record, by primary key. */
  toCollection(): Collection<T, K> {
    return new Collection(this, ':id', [null]);
  }
}

/** A choice of records by one index, made by one of its methods. */
export class WhereClause<T, K extends IDBValidKey> {
  /** @internal */
  constructor(
    private readonly table: Table<T, K, unknown>,
    private readonly index: string,
  ) {}

  private compare(a: unknown, b: unknown): number {
    return this.table.compareKeys(a, b);
  }

  /** The records whose index key equals `key`. */
  equals(key: IDBValidKey): Collection<T, K> {
    return this.ranges([IDBKeyRange.only(key)]);
  }

  /** The records whose index key equals any of `keys`, in index order. */
  anyOf(keys: readonly IDBValidKey[]): Collection<T, K> {
    const sorted = [...keys].sort((a, b) => this.compare(a, b));
    const unique = sorted.filter((key, at) => at === 0 || this.compare(sorted[at - 1], key) !== 0);
    return this.ranges(unique.map((key) => IDBKeyRange.only(key)));
  }

  /**
   * The records whose index key lies from `lower` to `upper`; the lower end is included and the
   * upper one is not unless said otherwise. An empty range gives no records.
   */
  between(
    lower: IDBValidKey,
    upper: IDBValidKey,
    includeLower = true,
    includeUpper = false,
  ): Collection<T, K> {
    const order = this.compare(lower, upper);
    if (order > 0 || (order === 0 && !(includeLower && includeUpper))) return this.ranges([]);
    return this.ranges([IDBKeyRange.bound(lower, upper, !includeLower, !includeUpper)]);
  }

  private ranges(ranges: IDBKeyRange[]): Collection<T, K> {
    return new Collection(this.table, this.index, ranges);
  }
}

/** Records chosen by key ranges of one index, read by one of its methods. */
export class Collection<T, K extends IDBValidKey> {
  /** @internal `[null]` means every record. */
  constructor(
    private readonly table: Table<T, K, unknown>,
    private readonly index: string,
    private readonly keyRanges: readonly (IDBKeyRange | null)[],
  ) {}

  private each<R>(
    read: (source: IDBObjectStore | IDBIndex, range: IDBKeyRange | null) => IDBRequest<R>,
  ): Promise<R[]> {
    return this.table.run('readonly', (store) => {
      // Dexie's syntax names the primary key like an index (`where('[householdId+start]')`).
      const primary =
        this.index === ':id' ||
        (!store.indexNames.contains(this.index) &&
          sameKeyPath(keyPathOf(this.index), store.keyPath));
      const source = primary ? store : store.index(this.index);
      return Promise.all(this.keyRanges.map((range) => requestResult(read(source, range))));
    });
  }

  /** The records, in index order. */
  async toArray(): Promise<T[]> {
    return (await this.each((source, range) => source.getAll(range))).flat() as T[];
  }

  /** The records' primary keys, in index order. */
  async primaryKeys(): Promise<K[]> {
    return (await this.each((source, range) => source.getAllKeys(range))).flat() as K[];
  }

  /** How many records there are. */
  async count(): Promise<number> {
    return (await this.each((source, range) => source.count(range ?? undefined))).reduce(
      (a, b) => a + b,
      0,
    );
  }

  /** The highest index key among the records, or `undefined` when there are none. */
  async lastKey(): Promise<IDBValidKey | undefined> {
    const keys = await this.each((source, range) =>
      source.openKeyCursor(range ?? undefined, 'prev'),
    );
    return keys
      .flatMap((cursor) => (cursor ? [cursor.key] : []))
      .sort((a, b) => this.table.compareKeys(a, b))
      .at(-1);
  }
}
