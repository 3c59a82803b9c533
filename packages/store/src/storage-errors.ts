import { SajjaError, type StorageFullReason, type StorageUnavailableReason } from '@sajja/core';

/**
 * The one place where IndexedDB and Dexie failures become coded {@link SajjaError}s, so a widget
 * can tell "the disk is full" from "this browser keeps nothing" and never loses a write silently.
 */

/** The reasons of a `STORAGE_UNAVAILABLE` error raised by `@sajja/store` (the core's union). */
export type { StorageUnavailableReason };

/** Errors that mean the database itself cannot be used, whatever the data. */
const CONNECTION_LOST = new Set(['DatabaseClosedError', 'InvalidStateError']);
const STORAGE_FAILED = new Set([
  'OpenFailedError',
  'VersionError',
  'UpgradeError',
  'UnknownError',
  'AbortError',
  'TimeoutError',
  'SecurityError',
  'InvalidAccessError',
  'NotReadableError',
]);

/** The error itself and every error it wraps: Dexie's `inner`, a BulkError's failures, `cause`. */
function* causes(error: unknown, depth = 0): Generator<unknown> {
  if (error === null || error === undefined || depth > 8) return;
  yield error;
  if (typeof error !== 'object') return;
  const { inner, cause, failures } = error as {
    inner?: unknown;
    cause?: unknown;
    failures?: unknown;
  };
  yield* causes(inner, depth + 1);
  yield* causes(cause, depth + 1);
  if (Array.isArray(failures)) for (const failure of failures) yield* causes(failure, depth + 1);
}

function nameOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'name' in error
    ? String((error as { name: unknown }).name)
    : '';
}

function coded(
  code: 'STORAGE_FULL' | 'STORAGE_UNAVAILABLE',
  reason: StorageFullReason | StorageUnavailableReason,
  message: string,
  original: unknown,
): SajjaError {
  const error = new SajjaError(code, reason, message, { details: { error: nameOf(original) } });
  Object.defineProperty(error, 'cause', { value: original, configurable: true, writable: true });
  return error;
}

/**
 * The {@link SajjaError} for a failure of IndexedDB, or `error` itself when it is something else
 * (a `SajjaError` thrown by validation inside a transaction, a programming error):
 * - a `QuotaExceededError` anywhere in the chain → `STORAGE_FULL` (`quota-exceeded`);
 * - Dexie's `MissingAPIError` → `STORAGE_UNAVAILABLE` (`no-indexeddb`);
 * - a closed or vanished connection → `STORAGE_UNAVAILABLE` (`connection-lost`);
 * - any other failure of the browser's storage → `STORAGE_UNAVAILABLE` (`storage-failed`, or
 *   `whenUnavailable` while opening).
 *
 * The original error is kept as the result's `cause`.
 */
export function storageError(
  error: unknown,
  whenUnavailable: StorageUnavailableReason = 'storage-failed',
): unknown {
  if (error instanceof SajjaError) return error;
  const chain = [...causes(error)];
  const names = chain.map(nameOf);
  if (names.includes('QuotaExceededError')) {
    return coded(
      'STORAGE_FULL',
      'quota-exceeded',
      'The browser refused to store more data for this site (storage quota exceeded); nothing of this change was saved.',
      error,
    );
  }
  if (names.includes('MissingAPIError')) {
    return coded('STORAGE_UNAVAILABLE', 'no-indexeddb', 'IndexedDB is not available.', error);
  }
  const first = names[0] ?? '';
  if (CONNECTION_LOST.has(first) && whenUnavailable === 'storage-failed') {
    return coded(
      'STORAGE_UNAVAILABLE',
      'connection-lost',
      `The database connection is closed: ${String(error)}`,
      error,
    );
  }
  if (CONNECTION_LOST.has(first) || names.some((name) => STORAGE_FAILED.has(name))) {
    return coded(
      'STORAGE_UNAVAILABLE',
      whenUnavailable,
      `The browser's storage failed: ${String(error)}`,
      error,
    );
  }
  return error;
}

/** Runs `work`, turning IndexedDB failures into coded errors (see {@link storageError}). */
export async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw storageError(error);
  }
}
