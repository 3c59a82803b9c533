import { SajjaError } from '@sajja/core';
import type { SajjaStore } from '@sajja/store';

/**
 * What the widgets use of the module `@sajja/store`: the functions `shared/store-module.ts`
 * picks, which `loadStore` loads by `import()`. A bundler keeps only these in the store chunk
 * (a dynamic import of `@sajja/store` itself would keep every function of it that any chunk
 * uses: the committee's roster in a household's store chunk). A widget that needs another
 * function adds it there and here.
 */
export type StoreModule = Pick<
  typeof import('@sajja/store'),
  'openStore' | 'requestPersistence' | 'liveHouseholdOverview'
>;

let loading: Promise<StoreModule> | undefined;

/**
 * The `@sajja/store` module, loaded on first use and shared by every widget on the page. In the
 * one-script bundle it is a chunk of its own, so a page whose widgets store nothing (a loan
 * calculator, a baht text) never downloads it. A failed load (the chunk not hosted beside the
 * bundle, the network down) rejects with the `STORAGE_UNAVAILABLE` error widgets show when the
 * browser's storage fails, and is forgotten, so a later call tries again.
 */
export function loadStore(): Promise<StoreModule> {
  loading ??= import('./store-module.js').then(
    ({ storeModule }) => storeModule,
    (error: unknown) => {
      loading = undefined;
      const failure = new SajjaError(
        'STORAGE_UNAVAILABLE',
        'storage-failed',
        `The storage code (@sajja/store) could not be loaded: ${String(error)}`,
      );
      failure.cause = error;
      throw failure;
    },
  );
  return loading;
}

// Every widget naming the same store shares one connection: one IndexedDB open per page,
// however many widgets a partner places.
const connections = new Map<string, Promise<SajjaStore>>();

/**
 * The open store called `name` (default `'sajja'`), opened on first use and shared by every
 * widget on the page. A failed open (or a failed load of the store's code) is forgotten, so a
 * later call tries again (the household may have left private mode or freed space).
 */
export function connectStore(name: string): Promise<SajjaStore> {
  const key = name.trim() || 'sajja';
  let connection = connections.get(key);
  if (!connection) {
    connection = loadStore().then((store) => store.openStore({ name: key }));
    connections.set(key, connection);
    connection.catch(() => connections.delete(key));
  }
  return connection;
}

/**
 * Opens (creating or upgrading it on first use) a household's local Sajja database and returns
 * its repositories: `openStore` of `@sajja/store`, for the page around the widgets (creating
 * households, reading what they stored) without a second script. The store's code loads on
 * first use, the first call of this or of a widget that stores something; in the one-script
 * bundle it is a chunk beside `sajja-widgets.js`. Its errors are the store's; a failed load of
 * its code rejects with `STORAGE_UNAVAILABLE` (`storage-failed`), and a later call tries again.
 * The widgets open their own connections (by their `store` attribute), never this one.
 *
 * @example
 * ```js
 * import { openStore } from '/assets/sajja/sajja-widgets.js';
 * const store = await openStore({ name: 'codi-portal' });
 * const household = await store.households.add({ name: 'บ้านนายสมชาย' });
 * ```
 */
export function openStore(
  ...args: Parameters<typeof import('@sajja/store').openStore>
): ReturnType<typeof import('@sajja/store').openStore> {
  return loadStore().then((store) => store.openStore(...args));
}

/**
 * Asks the browser to keep this site's data even when the disk runs low: `requestPersistence`
 * of `@sajja/store` (see there for when browsers grant it), loading the store's code on first
 * use as {@link openStore} does. Resolves `true` when the data is now persistent, `false` when
 * the browser refused, does not support it or the store's code could not be loaded. Never
 * throws.
 *
 * @example
 * ```js
 * if (!(await requestPersistence())) showBackupReminder();
 * ```
 */
export function requestPersistence(): ReturnType<typeof import('@sajja/store').requestPersistence> {
  return loadStore().then(
    (store) => store.requestPersistence(),
    () => false,
  );
}
