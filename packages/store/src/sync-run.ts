import { CHANGE_TABLES, type ChangeTable } from './change-log.js';
import type { SajjaDatabase } from './database.js';
import { newId, timestampNow } from './ids.js';
import { isPlainObject } from './record-checker.js';
import { applyPulled, type PulledChange, type PulledProblem } from './sync-apply.js';
import { syncProblem } from './sync-problems.js';
import { refusalsDue } from './sync-retry.js';
import {
  collectBatch,
  collectRecords,
  comparePositions,
  LOG_START,
  MAX_BATCH_CHANGES,
  type PushedChange,
  type WriteScope,
} from './sync-push.js';
import {
  syncKey,
  syncStateOf,
  SYNC_STATE_KEY,
  type PushPosition,
  type RefusedRecord,
  type SyncProblem,
  type SyncStateRecord,
} from './sync-state.js';

/**
 * One sync of a store with a server (internal; the controller, sync-controller.ts, runs it and
 * loads this module on first use): push the change log after the push position in batches, then
 * pull until the server has nothing more. Every step is saved as it completes, so a sync cut off
 * anywhere resumes where it stood: a batch sent but not acknowledged is sent again with the same
 * id, and a page of records pulled but not stored is pulled again.
 */

/** Where a sync gets its token: the one given, or a new one on `TOKEN_EXPIRED`. */
export interface TokenSource {
  /** The token to send. */
  current(): Promise<string>;
  /** A new token after `TOKEN_EXPIRED`, or `undefined` when there is no way to get one. */
  renew(): Promise<string | undefined>;
}

/** How a sync talks to its server. */
export interface SyncTransport {
  /** The server's base URL, without a trailing slash. */
  readonly url: string;
  /** The token. */
  readonly tokens: TokenSource;
  /** `fetch`, or a stand-in with its signature. */
  readonly fetch: typeof fetch;
  /** How long a request may take before it counts as failed, in ms. */
  readonly timeoutMs: number;
  /** Most records a pull asks for at once (1–5,000). */
  readonly pullLimit: number;
}

/** A sync that stopped: what to show and whether the network is the cause. */
export class SyncFailure extends Error {
  constructor(
    readonly problem: SyncProblem,
    readonly offline: boolean,
    /** How long the server asked us to wait (429), in ms. */
    readonly retryAfterMs?: number,
  ) {
    super(problem.message);
  }
}

/** What a sync that ran to its end found. */
export interface SyncRunResult {
  /** Records pushed to the server. */
  readonly pushed: number;
  /** Records written from the server. */
  readonly pulled: number;
  /** A record refused (by the server, or by this store from a pull), when there was one. */
  readonly problem?: SyncProblem;
}

interface ServerError {
  readonly code: string;
  readonly message?: string;
  readonly messageTh?: string;
  readonly problems?: readonly Record<string, unknown>[];
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly error: ServerError,
    readonly retryAfterMs?: number,
  ) {
    super(error.message ?? error.code);
  }
}

function isOnline(): boolean {
  return typeof navigator === 'undefined' || navigator.onLine !== false;
}

function networkFailure(): SyncFailure {
  const online = isOnline();
  return new SyncFailure(syncProblem(online ? 'UNREACHABLE' : 'OFFLINE'), true);
}

/** Sends one request with the current token, once more with a new one on `TOKEN_EXPIRED`. */
async function request(
  transport: SyncTransport,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
): Promise<Record<string, unknown>> {
  let token = await transport.tokens.current();
  for (let attempt = 0; ; attempt++) {
    let response: Response;
    let text: string;
    try {
      response = await transport.fetch(`${transport.url}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(transport.timeoutMs),
      });
      // The whole body before anything is trusted: a response cut off half-way is a failure.
      text = await response.text();
    } catch {
      throw networkFailure();
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new SyncFailure(
        syncProblem(response.ok ? 'BAD_RESPONSE' : errorCode(response.status)),
        false,
      );
    }
    if (response.ok) {
      if (!isPlainObject(parsed)) throw new SyncFailure(syncProblem('BAD_RESPONSE'), false);
      return parsed;
    }
    const error =
      isPlainObject(parsed) && isPlainObject(parsed.error) && typeof parsed.error.code === 'string'
        ? (parsed.error as unknown as ServerError)
        : { code: errorCode(response.status) };
    if (error.code === 'TOKEN_EXPIRED' && attempt === 0) {
      const renewed = await transport.tokens.renew();
      if (renewed !== undefined) {
        token = renewed;
        continue;
      }
    }
    const retryAfter = Number(response.headers.get('retry-after'));
    throw new HttpError(
      response.status,
      error,
      Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : undefined,
    );
  }
}

/** The protocol's code for an HTTP status, when the body had none. */
function errorCode(status: number): string {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 413) return 'BATCH_TOO_LARGE';
  if (status === 429) return 'RATE_LIMITED';
  if (status === 404) return 'NOT_FOUND';
  if (status === 400) return 'INVALID_REQUEST';
  return 'INTERNAL';
}

function failureOf(error: HttpError): SyncFailure {
  const { code, message, messageTh } = error.error;
  return new SyncFailure(syncProblem(code, { message, messageTh }), false, error.retryAfterMs);
}

/**
 * What the token's holder may write, read from the token's `sajja` claim (the protocol's scopes),
 * so a household's device does not send its copy of its group's records, which only the group's
 * treasurer may write. `undefined` when the token says nothing readable: the server decides.
 */
export function writeScopeOf(token: string): WriteScope | undefined {
  const payload = token.split('.')[1];
  if (payload === undefined) return undefined;
  let claims: unknown;
  try {
    const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
    claims = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return undefined;
  }
  const scope = isPlainObject(claims) ? claims.sajja : undefined;
  if (!isPlainObject(scope)) return undefined;
  if (typeof scope.household === 'string') {
    const household = scope.household;
    return (table, record) =>
      table === 'households'
        ? record.id === household
        : table !== 'organisations' && record.householdId === household;
  }
  if (typeof scope.organisation === 'string') {
    const organisation = scope.organisation;
    if (scope.role !== 'treasurer') return () => false;
    // A household the treasurer registered here goes with its membership (the server takes a
    // household it does not hold yet beside a membership of it in the group, and no other).
    return (table, record) =>
      table === 'organisations'
        ? record.id === organisation
        : table === 'households' || (table !== 'ledger' && record.organisationId === organisation);
  }
  return undefined;
}

async function saveState(
  db: SajjaDatabase,
  change: (state: SyncStateRecord) => SyncStateRecord,
): Promise<SyncStateRecord> {
  return db.transaction('rw', db.syncState, async () => {
    const state = change(await syncStateOf(db));
    await db.syncState.put(state);
    return state;
  });
}

/** The problem of a record refused by the server (`problems[i]` of its error). */
function refusedRecords(
  error: HttpError,
  changes: readonly PushedChange[],
  seqs: readonly number[],
  cursor: string | undefined,
): RefusedRecord[] {
  const refusedAt = timestampNow();
  const refused: RefusedRecord[] = [];
  for (const problem of error.error.problems ?? []) {
    const index = typeof problem.index === 'number' ? problem.index : -1;
    const change = changes[index];
    if (change === undefined) continue;
    const id = String(change.record.id);
    refused.push({
      table: change.table,
      id,
      seq: seqs[index]!,
      ...(cursor === undefined ? {} : { cursor }),
      refusedAt,
      problem: syncProblem(error.error.code, {
        reason: typeof problem.reason === 'string' ? problem.reason : undefined,
        table: change.table,
        recordId: id,
        message: typeof problem.message === 'string' ? problem.message : undefined,
        messageTh: typeof problem.messageTh === 'string' ? problem.messageTh : undefined,
      }),
    });
  }
  return refused;
}

/** The records a push's error refused (none: the error is not about records). */
function refusalsOf(
  error: HttpError,
  changes: readonly PushedChange[],
  seqs: readonly number[],
  cursor: string | undefined,
): RefusedRecord[] {
  return error.error.code === 'RECORDS_REFUSED' || error.error.code === 'FORBIDDEN'
    ? refusedRecords(error, changes, seqs, cursor)
    : [];
}

/** The refused records, with `refused` in place of earlier refusals of the same records. */
function withRefusals(
  old: readonly RefusedRecord[] | undefined,
  refused: readonly RefusedRecord[],
): RefusedRecord[] {
  const again = new Set(refused.map((record) => syncKey(record.table, record.id)));
  return [...(old ?? []).filter((each) => !again.has(syncKey(each.table, each.id))), ...refused];
}

/**
 * Sends again the refused records whose refusal may pass later and is due (see
 * {@link refusalsDue}), in the order they were refused, as they are now; those refused again
 * wait for the next time, the rest are stored. Returns how many were stored.
 */
async function retryRefused(db: SajjaDatabase, transport: SyncTransport): Promise<number> {
  const state = await saveState(db, (state) => state);
  const due = refusalsDue(state, Date.now()).slice(0, MAX_BATCH_CHANGES);
  if (due.length === 0) return 0;
  const writable = writeScopeOf(await transport.tokens.current());
  const seqOf = new Map(due.map((refusal) => [syncKey(refusal.table, refusal.id), refusal.seq]));
  let changes = await collectRecords(db, due, writable);
  const collected = new Set(changes.map((change) => syncKey(change.table, change.record.id)));
  let refusedAgain: RefusedRecord[] = [];
  let storedKeys: string[] = [];
  while (changes.length > 0) {
    try {
      await request(transport, 'POST', '/v1/push', {
        batchId: newId(),
        deviceId: state.deviceId,
        changes,
      });
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      const seqs = changes.map((change) => seqOf.get(syncKey(change.table, change.record.id))!);
      const refused = refusalsOf(error, changes, seqs, state.cursor);
      if (refused.length === 0) throw failureOf(error);
      refusedAgain = [...refusedAgain, ...refused];
      // Nothing of the batch was stored: the rest goes again without them.
      const again = new Set(refused.map((record) => syncKey(record.table, record.id)));
      changes = changes.filter((change) => !again.has(syncKey(change.table, change.record.id)));
      continue;
    }
    storedKeys = changes.map((change) => syncKey(change.table, change.record.id));
    break;
  }
  // Stored now, or no longer to send (deleted here, or out of the token's scope): not refused.
  const settled = new Set([
    ...storedKeys,
    ...due
      .map((refusal) => syncKey(refusal.table, refusal.id))
      .filter((key) => !collected.has(key)),
  ]);
  await saveState(db, (current) => ({
    ...current,
    refused: withRefusals(
      (current.refused ?? []).filter((refusal) => !settled.has(syncKey(refusal.table, refusal.id))),
      refusedAgain,
    ),
  }));
  return storedKeys.length;
}

/** Pushes the change log from the push position on. Returns the records stored and lost ones. */
async function push(
  db: SajjaDatabase,
  transport: SyncTransport,
): Promise<{ pushed: number; lost: PulledChange[]; fullPull: boolean }> {
  const writable = writeScopeOf(await transport.tokens.current());
  let pushed = 0;
  let fullPull = false;
  const lost: PulledChange[] = [];
  for (;;) {
    const state = await saveState(db, (state) => state);
    const from: PushPosition = state.pushed ?? LOG_START;
    const pending =
      state.pendingBatch && comparePositions(state.pendingBatch.from, from) === 0
        ? state.pendingBatch
        : undefined;
    const batch = await collectBatch(db, state, from, { until: pending?.to, writable });
    if (batch.changes.length === 0) {
      if (comparePositions(batch.to, from) <= 0) break;
      await saveState(db, ({ pendingBatch: _pending, ...rest }) => ({ ...rest, pushed: batch.to }));
      continue;
    }
    const batchId = pending?.batchId ?? newId();
    await saveState(db, (current) => ({
      ...current,
      pendingBatch: { batchId, from, to: batch.to },
    }));
    let response: Record<string, unknown>;
    try {
      response = await request(transport, 'POST', '/v1/push', {
        batchId,
        deviceId: state.deviceId,
        changes: batch.changes,
      });
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      const refused = refusalsOf(error, batch.changes, batch.seqs, state.cursor);
      if (refused.length === 0) throw failureOf(error);
      // Nothing of the batch was stored: the rest goes again, in a new batch, without them.
      await saveState(db, ({ pendingBatch: _pending, ...rest }) => ({
        ...rest,
        refused: withRefusals(rest.refused, refused),
      }));
      continue;
    }
    const results = Array.isArray(response.results) ? response.results : [];
    for (const result of results) {
      if (!isPlainObject(result) || result.status !== 'lost') continue;
      // The server kept another version of an editable part: take it, from the result when
      // the server sends it there, else from a pull from the start.
      if (isPlainObject(result.record) && typeof result.table === 'string') {
        lost.push({
          table: result.table as ChangeTable,
          record: result.record,
          ...(typeof result.hlc === 'string' ? { hlc: result.hlc } : {}),
        });
      } else {
        fullPull = true;
      }
    }
    pushed += batch.changes.length;
    await saveState(db, ({ pendingBatch: _pending, ...rest }) => ({ ...rest, pushed: batch.to }));
  }
  return { pushed, lost, fullPull };
}

function pulledProblem(problem: PulledProblem): SyncProblem {
  return syncProblem('PULLED_RECORD_REFUSED', {
    reason: problem.reason,
    table: problem.table,
    recordId: problem.id,
  });
}

function isPulledChange(value: unknown): value is PulledChange {
  return (
    isPlainObject(value) &&
    (CHANGE_TABLES as readonly unknown[]).includes(value.table) &&
    isPlainObject(value.record) &&
    (value.hlc === undefined || typeof value.hlc === 'string')
  );
}

/** Pulls until the server has nothing more, storing each page and then its cursor. */
async function pull(
  db: SajjaDatabase,
  transport: SyncTransport,
  fromStart: boolean,
  carried: readonly PulledChange[],
): Promise<{ pulled: number; problems: PulledProblem[] }> {
  let cursor = fromStart ? undefined : (await saveState(db, (state) => state)).cursor;
  let waiting: PulledChange[] = [...carried];
  let pulled = 0;
  const problems: PulledProblem[] = [];
  for (;;) {
    const query = new URLSearchParams({ limit: String(transport.pullLimit) });
    if (cursor !== undefined) query.set('since', cursor);
    let page: Record<string, unknown>;
    try {
      page = await request(transport, 'GET', `/v1/pull?${query}`);
    } catch (error) {
      if (error instanceof HttpError) throw failureOf(error);
      throw error;
    }
    const { changes, more } = page;
    if (!Array.isArray(changes) || typeof page.cursor !== 'string' || typeof more !== 'boolean') {
      throw new SyncFailure(syncProblem('BAD_RESPONSE'), false);
    }
    const good = changes.filter(isPulledChange);
    const result = await applyPulled(db, [...waiting, ...good]);
    pulled += result.written;
    problems.push(...result.problems);
    waiting = result.waiting;
    cursor = page.cursor;
    // The cursor moves past a page only when all of it is stored: a record waiting for one it
    // names is pulled again next time if it must still wait.
    if (waiting.length === 0) {
      const next = cursor;
      await saveState(db, (state) => ({ ...state, cursor: next }));
    }
    if (!more) break;
  }
  for (const change of waiting) {
    problems.push({
      table: change.table,
      id: String(change.record.id ?? ''),
      path: '',
      reason: 'unknown-reference',
    });
  }
  return { pulled, problems };
}

/**
 * @internal One sync: push, then pull. Throws {@link SyncFailure} when it cannot finish (the
 * network, the token, the server); what was done before is kept and resumed next time.
 */
export async function runSync(db: SajjaDatabase, transport: SyncTransport): Promise<SyncRunResult> {
  try {
    const { pushed, lost, fullPull } = await push(db, transport);
    const { pulled, problems } = await pull(db, transport, fullPull, lost);
    // After the pull: what a refused record named may have just arrived.
    const retried = await retryRefused(db, transport);
    const state = await saveState(db, (state) => state);
    const refused = state.refused?.[0]?.problem;
    const problem = refused ?? (problems[0] ? pulledProblem(problems[0]) : undefined);
    await saveState(db, ({ problem: _old, ...rest }) => ({
      ...rest,
      lastSyncedAt: timestampNow(),
      outcome: problem ? 'error' : 'idle',
      ...(problem ? { problem } : {}),
    }));
    return { pushed: pushed + retried, pulled, ...(problem ? { problem } : {}) };
  } catch (error) {
    const failure =
      error instanceof SyncFailure
        ? error
        : new SyncFailure(
            syncProblem('INTERNAL', { message: `The sync failed: ${String(error)}` }),
            false,
          );
    await saveState(db, (state) => ({
      ...state,
      outcome: failure.offline ? 'offline' : 'error',
      problem: failure.problem,
    })).catch(() => undefined);
    throw failure;
  }
}

/** @internal The key of the sync state (for tests that read it). */
export { SYNC_STATE_KEY };
