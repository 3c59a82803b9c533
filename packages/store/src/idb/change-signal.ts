/**
 * The signal live queries re-run on: a write committed to any Sajja database, by this page or,
 * through a `BroadcastChannel` per connection, by another tab, frame or copy of the store
 * (two bundles on one page). Coarse on purpose: a household's queries are small, and re-running
 * them all after a write is cheaper than tracking which ranges each one read.
 */

type Listener = () => void;
const listeners = new Set<Listener>();
/** Who posted a message: this copy of the store has told its own live queries already. */
const thisCopy = Math.random().toString(36).slice(2);

/** @internal Calls `listener` after every committed write; returns the way to stop. */
export function onStoreChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * @internal Tells this copy's live queries that a write was committed, and through `channel`
 * (the writing connection's) every other tab, frame and copy of the store.
 */
export function announceStoreChange(channel?: BroadcastChannel): void {
  notifyListeners();
  channel?.postMessage(thisCopy);
}

function notifyListeners(): void {
  for (const listener of [...listeners]) listener();
}

/** @internal The channel that carries a database's writes to other tabs and frames. */
export function changeChannel(databaseName: string): BroadcastChannel | undefined {
  if (typeof BroadcastChannel !== 'function') return undefined;
  const channel = new BroadcastChannel(`sajja-store:${databaseName}`);
  // Every connection to the database on this page has a channel and hears the others' posts;
  // this copy's own writes have been announced to its live queries when they were posted.
  channel.onmessage = (event: MessageEvent) => {
    if (event.data !== thisCopy) notifyListeners();
  };
  return channel;
}
