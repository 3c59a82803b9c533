import Dexie, { liveQuery } from 'dexie';
import { storageError } from './storage-errors.js';

/** What a {@link LiveQuery} calls: `next` with every new result, `error` when a query fails. */
export interface LiveQueryObserver<T> {
  /** Called with the first result and again after every write that changes it. */
  next?(value: T): void;
  /** Called when the query fails (a `SajjaError` for storage failures). */
  error?(error: unknown): void;
}

/** A running subscription to a {@link LiveQuery}. */
export interface LiveQuerySubscription {
  /** Stops the updates. */
  unsubscribe(): void;
  /** True once unsubscribed. */
  readonly closed: boolean;
}

/**
 * A query that re-runs whenever a write changes its result: in this page (any store object on
 * the same database) and in other tabs and frames of the same origin. It is Dexie's `liveQuery`
 * observable, so it also works with RxJS and Svelte stores.
 *
 * @example
 * ```ts
 * const subscription = store.ledger
 *   .liveList({ householdId })
 *   .subscribe({ next: (entries) => render(entries), error: (error) => show(error) });
 * // later
 * subscription.unsubscribe();
 * ```
 */
export interface LiveQuery<T> {
  /** Starts receiving results; the first one arrives asynchronously. */
  subscribe(observer: LiveQueryObserver<T> | ((value: T) => void)): LiveQuerySubscription;
}

/**
 * @internal A live version of a read of `db`, with storage failures turned into coded errors.
 * When the database closes under it (another tab deletes or upgrades it, or the store is
 * closed), the query fails with `STORAGE_UNAVAILABLE` (`connection-lost`), the error a write
 * gets then, instead of going quiet with figures no longer stored: every widget says so the
 * same way.
 */
export function live<T>(db: Dexie, read: () => Promise<T>): LiveQuery<T> {
  const observable = liveQuery(async () => {
    try {
      return await read();
    } catch (error) {
      throw storageError(error);
    }
  });
  return {
    subscribe(observer) {
      const target: LiveQueryObserver<T> =
        typeof observer === 'function' ? { next: observer } : observer;
      let closed = false;
      const inner = observable.subscribe({
        next: (value) => {
          if (!closed) target.next?.(value);
        },
        error: (error) => {
          if (!closed) stop(error);
        },
      });
      const onClose = () => {
        if (!closed) stop(storageError(new Dexie.DatabaseClosedError('The database was closed.')));
      };
      function stop(error?: unknown): void {
        closed = true;
        inner.unsubscribe();
        db.on('close').unsubscribe(onClose);
        if (error !== undefined) target.error?.(error);
      }
      db.on('close', onClose);
      return {
        unsubscribe: () => {
          if (!closed) stop();
        },
        get closed() {
          return closed;
        },
      };
    },
  };
}
