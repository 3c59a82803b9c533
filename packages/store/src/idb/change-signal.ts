/**
 * The signal live queries re-run on: a write committed to any Sajja database, by this page or,
 * through a `BroadcastChannel` per connection, by another tab, frame or copy of the store
 * (two bundles on one page). Coarse on purpose: a household's queries are small, and re-running
 * them all after a write is cheaper than tracking which ranges each one read.
 */

type Listener = () => void;
const listeners = new Set<Listener>();

/** @internal Calls `listener` after every committed write; returns the way to stop. */
export function onStoreChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** @internal Tells this page's live queries that a write was committed. */
export function announceStoreChange(): void {
  for (const listener of [...listeners]) listener();
}

/** @internal The channel that carries a database's writes to other tabs and frames. */
export function changeChannel(databaseName: string): BroadcastChannel | undefined {
  if (typeof BroadcastChannel !== 'function') return undefined;
  const channel = new BroadcastChannel(`sajja-store:${databaseName}`);
  channel.onmessage = announceStoreChange;
  return channel;
}
