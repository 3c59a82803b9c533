import { openStore, type SajjaStore } from '@sajja/store';

// The store's small group (packages/store/test/organisation-fixture.ts), for the committee
// widgets' tests: the same records, so the figures the store's tests check by hand hold here.
// (The test server serves the repository's root, so this file can import it; see
// web-test-runner.config.mjs.)
export { smallGroup } from '../../store/test/organisation-fixture.js';

/** The group's name, as its report and share-out print it. */
export const GROUP_NAME = 'กลุ่มสัจจะบ้านหนองบัว';

/** The by-laws' profit split the share-out tests use. */
export const PROFIT = { reserve: '10', dividend: '50', 'average-return': '40' } as const;

const stores: SajjaStore[] = [];

/** A store of its own, closed by {@link closeCommitteeStores}. */
export async function committeeStore(): Promise<{ name: string; store: SajjaStore }> {
  const name = `t-${crypto.randomUUID()}`;
  const store = await openStore({ name });
  stores.push(store);
  return { name, store };
}

/** Closes the stores the tests opened. */
export function closeCommitteeStores(): void {
  for (const store of stores.splice(0)) store.close();
}

/**
 * Puts `change(record)` in place of a record of the database `name`, straight through
 * IndexedDB, behind the store's back (as someone in the browser's developer tools would): no
 * validation, no change log, no audit link.
 */
export async function editBehindTheStoresBack(
  name: string,
  table: string,
  id: string,
  change: (record: Record<string, unknown>) => Record<string, unknown>,
): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    await new Promise<void>((resolve, reject) => {
      const transaction = db.transaction(table, 'readwrite');
      const records = transaction.objectStore(table);
      const read = records.get(id);
      read.onsuccess = () => records.put(change(read.result as Record<string, unknown>));
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error);
    });
  } finally {
    db.close();
  }
}
