import { SajjaError } from '@sajja/core';

/**
 * `load` (an `import()` of a committee widget's reading code) wrapped so that it runs once and
 * is shared by every element of the widget on the page. A failed load (the chunk not hosted
 * beside the bundle, the network down) rejects with the `STORAGE_UNAVAILABLE` error the
 * widgets show when the store's code cannot be loaded, and is forgotten, so a later call tries
 * again.
 */
export function loadOnFirstUse<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      const failure = new SajjaError(
        'STORAGE_UNAVAILABLE',
        'storage-failed',
        `The committee's reading code could not be loaded: ${String(error)}`,
      );
      failure.cause = error;
      throw failure;
    }));
}
