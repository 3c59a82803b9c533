import { SajjaError } from '@sajja/core';
import type { LiveQuery, LiveQuerySubscription } from '@sajja/store';
// Statically: a committee's page always needs the store, so its chunk loads with the
// committee's; and the bundler then knows the store is loaded before the group views, so their
// chunk holds only what the store's lacks (and the store's none of theirs).
import { storeModule } from '../shared/store-module.js';

/** What the meeting uses of the store's views of a group (see shared/committee-views.ts). */
export type OrganisationViews = typeof import('../shared/committee-views.js');

let loading: Promise<OrganisationViews> | undefined;

/**
 * The store's organisation views, loaded on first use and shared by every meeting on the page.
 * A failed load rejects with `STORAGE_UNAVAILABLE` (`storage-failed`), as the store's own
 * loading does, and is forgotten so that a later call tries again.
 */
export function loadOrganisationViews(): Promise<OrganisationViews> {
  loading ??= import('../shared/committee-views.js').then(
    (views): OrganisationViews => views,
    (error: unknown) => {
      loading = undefined;
      const failure = new SajjaError(
        'STORAGE_UNAVAILABLE',
        'storage-failed',
        `The organisation views of @sajja/store could not be loaded: ${String(error)}`,
      );
      failure.cause = error;
      throw failure;
    },
  );
  return loading;
}

let persistenceAsked = false;

/**
 * Asks the browser, once per page, to keep this site's data even when the disk runs low: the
 * committee's device holds the group's books (see `requestPersistence` of `@sajja/store`).
 * Called after the first row is saved, by the treasurer's own action (a browser that asks
 * the person asks then, not when the page opens).
 */
export function keepGroupBooks(): void {
  if (persistenceAsked) return;
  persistenceAsked = true;
  void storeModule.requestPersistence();
}

/**
 * A live query made once `make` resolves: its values and errors go to the subscriber; a throw
 * or rejection of `make` (bad options, the code not loaded) reaches the subscriber's `error`
 * instead of escaping.
 */
export function deferredLive<T>(make: () => Promise<LiveQuery<T>>): LiveQuery<T> {
  return {
    subscribe(observer) {
      const target = typeof observer === 'function' ? { next: observer } : observer;
      let inner: LiveQuerySubscription | undefined;
      let closed = false;
      Promise.resolve()
        .then(make)
        .then(
          (query) => {
            if (!closed) inner = query.subscribe(target);
          },
          (error: unknown) => {
            if (!closed) target.error?.(error);
          },
        );
      return {
        unsubscribe() {
          closed = true;
          inner?.unsubscribe();
        },
        get closed() {
          return closed;
        },
      };
    },
  };
}
