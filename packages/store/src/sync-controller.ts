import { SajjaError } from '@sajja/core';
import type { SajjaDatabase } from './database.js';
import { live, type LiveQuery } from './live-query.js';
import { guarded } from './storage-errors.js';
import { LOG_START, pendingCount } from './sync-pending.js';
import { SYNC_STATE_KEY, type SyncProblem } from './sync-state.js';
import type { SyncTransport, TokenSource } from './sync-run.js';

export type { SyncProblem };

/** Where a sync server is and how to sign in to it: a token, or a way to get one. */
export type SyncConnection =
  | {
      /** The server's base URL (`'https://sync.example.org'`). */
      readonly url: string;
      /** A bearer token (JWT) the partner's site signed for this household or group. */
      readonly token: string;
    }
  | {
      /** The server's base URL (`'https://sync.example.org'`). */
      readonly url: string;
      /**
       * Gets a token: called before the first request, and once more when the server answers
       * `TOKEN_EXPIRED` (a second expiry in a row is shown as the problem).
       */
      readonly getToken: () => Promise<string>;
    };

/** Options of {@link SajjaStore.sync}. */
export interface SyncOptions {
  /** How often to sync in the background once started, in ms (default 30,000). */
  readonly interval?: number;
  /** The longest wait between tries after failures, in ms (default 300,000: 5 minutes). */
  readonly maxBackoff?: number;
  /** The first wait after a failure, in ms, doubled after each failure (default 1,000). */
  readonly minBackoff?: number;
  /** How long one request may take, in ms (default 60,000). */
  readonly timeout?: number;
  /** Most records one pull asks for (1–5,000, default 1,000). */
  readonly pullLimit?: number;
  /** `fetch` to use (default the page's). */
  readonly fetch?: typeof fetch;
}

/**
 * Where a store's sync stands:
 * - `state`: `'syncing'` while a sync runs; after one, `'idle'` (it went well), `'offline'` (the
 *   server could not be reached: the device offline or the server down) or `'error'` (see
 *   `problem`); `'stopped'` when no sync runs in the background here (read from the store
 *   without a controller: the outcome of the last sync, `'stopped'` when there was none);
 * - `lastSyncedAt`: when a sync last ended well (ISO timestamp);
 * - `pending`: how many record writes wait to be pushed;
 * - `problem`: what went wrong, with the record concerned when a record was refused.
 */
export interface SyncStatus {
  /** What the sync is doing, or how the last one ended. */
  readonly state: 'idle' | 'syncing' | 'offline' | 'error' | 'stopped';
  /** When a sync last ended well (ISO timestamp, UTC). */
  readonly lastSyncedAt?: string;
  /** How many record writes wait to be pushed. */
  readonly pending: number;
  /** What went wrong in the last sync, or a record refused. */
  readonly problem?: SyncProblem;
}

/**
 * Syncs a store with a Sajja sync server (`@sajja/server`): made by {@link SajjaStore.sync}.
 * It pushes the store's change log in batches (resumed where it stopped after any
 * interruption, a batch sent again with its id so the server stores it once), then pulls what
 * changed on the server until nothing more is left. Started, it syncs at once, every `interval`
 * and when the browser comes back online, waiting longer after each failure (doubling, with
 * jitter, up to 5 minutes). A sync never holds up a write: each of its steps is a short
 * transaction of its own. It fires `'status'` (a `CustomEvent` whose `detail` is the
 * {@link SyncStatus}) whenever the status changes.
 *
 * @example
 * ```ts
 * const sync = store.sync({ url: 'https://sync.example.org', getToken: () => fetchToken() });
 * sync.addEventListener('status', () => render(sync.status));
 * sync.start();
 * await sync.syncNow(); // { state: 'idle', pending: 0, lastSyncedAt: '…' }
 * ```
 */
export interface SyncController extends EventTarget {
  /** Syncs now and then in the background (every `interval`, and on `online`) until stopped. */
  start(): void;
  /** Stops the background sync (a sync running finishes). */
  stop(): void;
  /** Syncs now (or joins the sync running) and resolves with the status after it. */
  syncNow(): Promise<SyncStatus>;
  /** The status now. */
  readonly status: SyncStatus;
}

/** @internal The status as the store holds it, for any page (state from the last outcome). */
export async function storedSyncStatus(db: SajjaDatabase): Promise<SyncStatus> {
  return db.transaction('r', db.syncState, db.changes, db.changeRecordIds, async () => {
    const state = await db.syncState.get(SYNC_STATE_KEY);
    const pending = await pendingCount(db, state?.pushed ?? LOG_START);
    return {
      state: state?.outcome ?? 'stopped',
      pending,
      ...(state?.lastSyncedAt ? { lastSyncedAt: state.lastSyncedAt } : {}),
      ...(state?.problem ? { problem: state.problem } : {}),
    };
  });
}

/** @internal {@link storedSyncStatus}, as a live query. */
export function liveSyncStatus(db: SajjaDatabase): LiveQuery<SyncStatus> {
  return live(db, () => storedSyncStatus(db));
}

/** @internal `store.syncStatus()`. */
export function readSyncStatus(db: SajjaDatabase): Promise<SyncStatus> {
  return guarded(() => storedSyncStatus(db));
}

function invalidConnection(message: string, input: unknown): never {
  throw new SajjaError('INVALID_ARGUMENT', 'invalid-option', message, { input });
}

/** The sync engine, loaded on a controller's first sync: most pages never sync. */
const engine = () => import('./sync-run.js');

/** @internal The controller `store.sync` returns. */
export class StoreSyncController extends EventTarget implements SyncController {
  #status: SyncStatus = { state: 'stopped', pending: 0 };
  #running: Promise<SyncStatus> | undefined;
  #started = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #failures = 0;
  #token: string | undefined;
  readonly #db: SajjaDatabase;
  readonly #connection: SyncConnection;
  readonly #options: Required<Omit<SyncOptions, 'fetch'>> & { fetch?: typeof fetch };
  readonly #online = () => {
    if (this.#started) this.#schedule(0);
  };

  constructor(db: SajjaDatabase, connection: SyncConnection, options: SyncOptions = {}) {
    super();
    if (typeof connection !== 'object' || connection === null) {
      invalidConnection('store.sync takes { url, token } or { url, getToken }.', connection);
    }
    if (typeof connection.url !== 'string' || !/^https?:\/\//.test(connection.url)) {
      invalidConnection('The sync server url must be an http(s) URL.', connection.url);
    }
    const hasToken = 'token' in connection && typeof connection.token === 'string';
    const hasGetter = 'getToken' in connection && typeof connection.getToken === 'function';
    if (!hasToken && !hasGetter) {
      invalidConnection('store.sync needs a token or a getToken function.', connection);
    }
    this.#db = db;
    this.#connection = connection;
    this.#options = {
      interval: options.interval ?? 30_000,
      maxBackoff: options.maxBackoff ?? 300_000,
      minBackoff: options.minBackoff ?? 1_000,
      timeout: options.timeout ?? 60_000,
      pullLimit: Math.min(5_000, Math.max(1, Math.floor(options.pullLimit ?? 1_000))),
      ...(options.fetch ? { fetch: options.fetch } : {}),
    };
  }

  get status(): SyncStatus {
    return this.#status;
  }

  start(): void {
    if (this.#started) return;
    this.#started = true;
    globalThis.addEventListener?.('online', this.#online);
    this.#schedule(0);
  }

  stop(): void {
    this.#started = false;
    globalThis.removeEventListener?.('online', this.#online);
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (!this.#running) this.#set({ ...this.#status, state: 'stopped' });
  }

  syncNow(): Promise<SyncStatus> {
    this.#running ??= this.#run().finally(() => {
      this.#running = undefined;
    });
    return this.#running;
  }

  #set(status: SyncStatus): void {
    this.#status = status;
    this.dispatchEvent(new CustomEvent('status', { detail: status }));
  }

  #schedule(delay: number): void {
    clearTimeout(this.#timer);
    if (!this.#started) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      void this.syncNow();
    }, delay);
  }

  #tokens(): TokenSource {
    const connection = this.#connection;
    return {
      current: async () => {
        if ('token' in connection) return connection.token;
        this.#token ??= await connection.getToken();
        return this.#token;
      },
      renew: async () => {
        if (!('getToken' in connection)) return undefined;
        this.#token = await connection.getToken();
        return this.#token;
      },
    };
  }

  async #run(): Promise<SyncStatus> {
    this.#set({ ...this.#status, state: 'syncing' });
    let delay = this.#options.interval;
    try {
      const { runSync } = await engine();
      const transport: SyncTransport = {
        url: this.#connection.url.replace(/\/+$/, ''),
        tokens: this.#tokens(),
        fetch: this.#options.fetch ?? globalThis.fetch.bind(globalThis),
        timeoutMs: this.#options.timeout,
        pullLimit: this.#options.pullLimit,
      };
      // One sync at a time per store across the tabs of a browser, where it can tell.
      const locks = (globalThis.navigator as Navigator | undefined)?.locks;
      await (locks
        ? locks.request(`sajja-sync:${this.#db.name}`, () => runSync(this.#db, transport))
        : runSync(this.#db, transport));
      this.#failures = 0;
    } catch (error) {
      this.#failures += 1;
      const exponential = this.#options.minBackoff * 2 ** Math.min(this.#failures - 1, 30);
      const capped = Math.min(this.#options.maxBackoff, exponential);
      // Full jitter on the upper half: devices that failed together do not retry together.
      delay = capped / 2 + Math.random() * (capped / 2);
      const retryAfter = (error as { retryAfterMs?: number }).retryAfterMs;
      if (retryAfter !== undefined) delay = Math.max(delay, retryAfter);
    }
    const stored = await storedSyncStatus(this.#db).catch(() => undefined);
    const status: SyncStatus = stored ?? {
      ...this.#status,
      state: 'error',
    };
    this.#set(status);
    this.#schedule(delay);
    return status;
  }
}
