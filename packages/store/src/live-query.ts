import { onStoreChange } from './idb/change-signal.js';
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
 * the same database) and in other tabs and frames of the same origin. It follows the Observable
 * contract (`subscribe` → `{ unsubscribe, closed }`), so it also works with RxJS and Svelte
 * stores. After an error the subscription is closed, as observables are.
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
 * @internal A live version of a read, with storage failures turned into coded errors. The read
 * runs once on subscribing and again after every committed write; writes that arrive while it
 * runs cause one more run, never overlapping ones, and only the newest result is delivered.
 */
export function live<T>(read: () => Promise<T>): LiveQuery<T> {
  return {
    subscribe(observerOrNext) {
      const observer: LiveQueryObserver<T> =
        typeof observerOrNext === 'function' ? { next: observerOrNext } : observerOrNext;
      let closed = false;
      let running = false;
      let again = false;
      const stop = onStoreChange(() => refresh());
      const close = () => {
        closed = true;
        stop();
      };
      async function refresh(): Promise<void> {
        if (closed) return;
        if (running) {
          again = true;
          return;
        }
        running = true;
        try {
          do {
            again = false;
            let value: T;
            try {
              value = await read();
            } catch (error) {
              if (closed) return;
              close();
              observer.error?.(storageError(error));
              return;
            }
            if (!again && !closed) observer.next?.(value);
          } while (again && !closed);
        } finally {
          running = false;
        }
      }
      // The first result arrives asynchronously, as with any observable over storage.
      queueMicrotask(() => void refresh());
      return {
        unsubscribe: close,
        get closed() {
          return closed;
        },
      };
    },
  };
}
