import { openStore, type SajjaStore } from '@sajja/store';

// Every widget naming the same store shares one connection: one IndexedDB open per page,
// however many widgets a partner places.
const connections = new Map<string, Promise<SajjaStore>>();

/**
 * The open store called `name` (default `'sajja'`), opened on first use and shared by every
 * widget on the page. A failed open is forgotten, so a later call tries again (the household
 * may have left private mode or freed space).
 */
export function connectStore(name: string): Promise<SajjaStore> {
  const key = name.trim() || 'sajja';
  let connection = connections.get(key);
  if (!connection) {
    connection = openStore({ name: key });
    connections.set(key, connection);
    connection.catch(() => connections.delete(key));
  }
  return connection;
}
