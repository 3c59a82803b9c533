import type { LiveQuery, LiveQueryObserver, LiveQuerySubscription } from '@sajja/store';

/** The result type of each live query in a record of them. */
export type LiveResults<Queries> = {
  readonly [K in keyof Queries]: Queries[K] extends LiveQuery<infer T> ? T : never;
};

/**
 * One live query made of several, so a widget that needs the entries of a month and two
 * summaries subscribes (and is `loading`) once: it emits an object of their latest results when
 * every one has produced a result, and again whenever any of them changes. The first error of
 * any of them is its error, and stops the rest.
 */
export function combineLive<Queries extends Record<string, LiveQuery<unknown>>>(
  queries: Queries,
): LiveQuery<LiveResults<Queries>> {
  return {
    subscribe(observer) {
      const target: LiveQueryObserver<LiveResults<Queries>> =
        typeof observer === 'function' ? { next: observer } : observer;
      const keys = Object.keys(queries) as (keyof Queries & string)[];
      const latest = new Map<string, unknown>();
      const subscriptions: LiveQuerySubscription[] = [];
      let closed = false;
      const stop = () => {
        closed = true;
        for (const subscription of subscriptions.splice(0)) subscription.unsubscribe();
      };
      for (const key of keys) {
        if (closed) break;
        subscriptions.push(
          queries[key]!.subscribe({
            next: (value) => {
              if (closed) return;
              latest.set(key, value);
              if (latest.size === keys.length) {
                target.next?.(Object.fromEntries(latest) as LiveResults<Queries>);
              }
            },
            error: (failure) => {
              if (closed) return;
              stop();
              target.error?.(failure);
            },
          }),
        );
      }
      return {
        unsubscribe: stop,
        get closed() {
          return closed;
        },
      };
    },
  };
}

/** A live query whose result never changes: a stand-in where nothing needs reading. */
export function constantLive<T>(value: T): LiveQuery<T> {
  return {
    subscribe(observer: LiveQueryObserver<T> | ((value: T) => void)) {
      const next = typeof observer === 'function' ? observer : observer.next;
      let closed = false;
      // Asynchronously, as a real live query delivers its first result.
      queueMicrotask(() => {
        if (!closed) next?.(value);
      });
      return {
        unsubscribe: () => {
          closed = true;
        },
        get closed() {
          return closed;
        },
      };
    },
  };
}
