import type { ChangeTable } from './change-log.js';
import type { SajjaDatabase } from './database.js';
import { formatHlc, parseHlc, receiveHlc, tickHlc } from './hlc.js';
import { newId } from './ids.js';

/**
 * What went wrong in the last sync, for people to read: a code (`TOKEN_EXPIRED`, `OFFLINE`,
 * `RECORDS_REFUSED`, one of the server's error codes …), the record it concerns when it is about
 * one, and a sentence in English and in Thai.
 */
export interface SyncProblem {
  /** The server's error code, or the client's own: `OFFLINE`, `NETWORK`, `BAD_RESPONSE`. */
  readonly code: string;
  /** Why, when the server said (a refused record's reason: `'immutable'`, `'not-positive'` …). */
  readonly reason?: string;
  /** The table of the record concerned. */
  readonly table?: string;
  /** The id of the record concerned. */
  readonly recordId?: string;
  /** What happened, in English. */
  readonly message: string;
  /** What happened, in Thai. */
  readonly messageTh: string;
}

/**
 * A record the server refused: it is not sent again until it changes, or, when the refusal may
 * pass later (see `passesLater` in sync-retry.ts: what it names is not on the server yet, or its
 * clock is ahead of the server's), once the server has sent something new or an hour has gone.
 */
export interface RefusedRecord {
  /** Its table. */
  readonly table: ChangeTable;
  /** Its id. */
  readonly id: string;
  /** The problem, as the server gave it. */
  readonly problem: SyncProblem;
  /** The change log number it was refused at: sent again only when a later change names it. */
  readonly seq: number;
  /** The pull cursor when it was refused (none: before the first pull). */
  readonly cursor?: string;
  /** When it was refused (ISO); absent in a state written before refusals were retried. */
  readonly refusedAt?: string;
}

/** Where the push has got to: every change before `seq`, and `offset` ids of change `seq`. */
export interface PushPosition {
  /** The first change not wholly pushed. */
  readonly seq: number;
  /** How many of its record ids were pushed. */
  readonly offset: number;
}

/** A batch sent but not known to be stored: sent again, as it was, until the server answers. */
export interface PendingBatch {
  /** Its id, which the server remembers for the batches it applied. */
  readonly batchId: string;
  /** Where it starts in the change log. */
  readonly from: PushPosition;
  /** Where it ends (exclusive): the push position once it is stored. */
  readonly to: PushPosition;
}

/**
 * @internal The one record of the `syncState` table (key `'sync'`): the device's identity and
 * clock, and how far it has synced. Kept in the store so that any page, any tab, sees it.
 */
export interface SyncStateRecord {
  /** Always `'sync'`. */
  readonly key: 'sync';
  /** This device (this store, in this browser): made once, sent with every push. */
  readonly deviceId: string;
  /** The last HLC the device issued or received. */
  readonly hlc?: string;
  /** The server's cursor after the last pull stored. */
  readonly cursor?: string;
  /** Where the push has got to in the change log. */
  readonly pushed?: PushPosition;
  /** The batch sent but not yet acknowledged. */
  readonly pendingBatch?: PendingBatch;
  /** When the last sync ended well (ISO). */
  readonly lastSyncedAt?: string;
  /** How the last sync ended: well (`'idle'`), without network (`'offline'`), or not. */
  readonly outcome?: 'idle' | 'offline' | 'error';
  /** The problem of the last sync, when it had one. */
  readonly problem?: SyncProblem;
  /** The records the server refused (not sent again until they change). */
  readonly refused?: readonly RefusedRecord[];
}

/** @internal The key of a record in a sync's maps and sets: its table and id. */
export function syncKey(table: string, id: unknown): string {
  return `${table}\u0000${String(id)}`;
}

/** The key of the sync-state record. */
export const SYNC_STATE_KEY = 'sync';

/**
 * @internal The sync-state record, made (with a new device id) when the store has none, inside
 * the caller's transaction (which must include `db.syncState` for writing).
 */
export async function syncStateOf(db: SajjaDatabase): Promise<SyncStateRecord> {
  const stored = await db.syncState.get(SYNC_STATE_KEY);
  if (stored) return stored;
  const state: SyncStateRecord = { key: SYNC_STATE_KEY, deviceId: newId() };
  await db.syncState.put(state);
  return state;
}

/**
 * @internal A new HLC for a local edit, the device's clock moved on, inside the caller's
 * transaction (which must include `db.syncState`).
 */
export async function nextHlc(db: SajjaDatabase): Promise<string> {
  const state = await syncStateOf(db);
  const last = state.hlc === undefined ? undefined : parseHlc(state.hlc);
  const hlc = formatHlc(tickHlc(last, Date.now(), state.deviceId));
  await db.syncState.put({ ...state, hlc });
  return hlc;
}

/**
 * @internal Moves the device's clock past `remote` (an HLC pulled from the server), inside the
 * caller's transaction, so that a later local edit of a pulled record wins over it.
 */
export async function receiveRemoteHlc(db: SajjaDatabase, remote: string): Promise<void> {
  const seen = parseHlc(remote);
  if (!seen) return;
  const state = await syncStateOf(db);
  const last = state.hlc === undefined ? undefined : parseHlc(state.hlc);
  if (last && formatHlc(last) > remote) return;
  await db.syncState.put({
    ...state,
    hlc: formatHlc(receiveHlc(last, seen, Date.now(), state.deviceId)),
  });
}

/** @internal The HLC of an edited record, as the `recordClocks` table keeps it. */
export interface RecordClockRecord {
  /** The record's table. */
  readonly table: ChangeTable;
  /** The record's id. */
  readonly id: string;
  /** The HLC of the record's editable parts as they are. */
  readonly hlc: string;
}

/** @internal The HLC of a record (`undefined` when it was never edited). */
export async function recordHlc(
  db: SajjaDatabase,
  table: ChangeTable,
  id: string,
): Promise<string | undefined> {
  return (await db.recordClocks.get([table, id]))?.hlc;
}

/**
 * @internal Stamps a record just edited with a new HLC, inside the caller's transaction
 * (which must include `db.syncState` and `db.recordClocks`).
 */
export async function stampEdit(
  db: SajjaDatabase,
  table: ChangeTable,
  id: string,
): Promise<string> {
  const hlc = await nextHlc(db);
  await db.recordClocks.put({ table, id, hlc });
  return hlc;
}
