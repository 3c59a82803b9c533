/**
 * Asks the browser to keep this site's data even when the disk runs low (persistent storage).
 * Without it, a browser may evict a site's IndexedDB under storage pressure; with it, only the
 * user can delete the data. Browsers decide by their own rules (Chromium grants it to sites
 * that are bookmarked, installed or used often, Firefox asks the user), so call it after a
 * user action such as saving the first entry, and tell the user when it is refused.
 *
 * @returns `true` when the data is now persistent (or already was), `false` when the browser
 *   refused or does not support it. Never throws.
 *
 * @example
 * ```ts
 * if (!(await requestPersistence())) showBackupReminder();
 * ```
 */
export async function requestPersistence(): Promise<boolean> {
  const storage = globalThis.navigator?.storage;
  if (typeof storage?.persist !== 'function') return false;
  try {
    if (typeof storage.persisted === 'function' && (await storage.persisted())) return true;
    return await storage.persist();
  } catch {
    return false;
  }
}

/** How much storage the site uses and may use, as the browser estimates it (in bytes). */
export interface StorageEstimate {
  /** Bytes used by this site (all its storage, not only Sajja's database). */
  readonly usage: number;
  /** Bytes the browser lets this site use. */
  readonly quota: number;
  /** Whether the data is persistent (see {@link requestPersistence}). */
  readonly persisted: boolean;
}

/**
 * The browser's estimate of this site's storage use and quota, or `undefined` where the
 * browser gives none. Estimates are deliberately imprecise (browsers pad them).
 *
 * @example
 * ```ts
 * const estimate = await storageEstimate();
 * if (estimate && estimate.usage > estimate.quota * 0.9) warnNearlyFull();
 * ```
 */
export async function storageEstimate(): Promise<StorageEstimate | undefined> {
  const storage = globalThis.navigator?.storage;
  if (typeof storage?.estimate !== 'function') return undefined;
  try {
    const { usage = 0, quota = 0 } = await storage.estimate();
    const persisted = typeof storage.persisted === 'function' ? await storage.persisted() : false;
    return { usage, quota, persisted };
  } catch {
    return undefined;
  }
}
