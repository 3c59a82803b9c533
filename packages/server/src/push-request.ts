import {
  checkSyncedRecord,
  isChangeTable,
  type ChangeTable,
  type SyncedRecord,
} from '@sajja/store/records';
import { SyncError, syncProblem, type SyncProblem } from './errors.js';
import { isHlc, isHlcTooFarAhead, NO_HLC } from './hlc.js';

/** The most changes one push may carry. */
export const MAX_CHANGES_PER_PUSH = 1000;
/** The longest batch id and device id, in characters. */
const MAX_KEY_LENGTH = 100;

/** One change of a push, its record checked and normalised by the store's own checks. */
export interface PushedChange {
  /** Its place in the push's `changes`. */
  readonly index: number;
  /** Its table. */
  readonly table: ChangeTable;
  /** The record, normalised. */
  readonly record: SyncedRecord;
  /** Its clock reading (`'0'` when the change carried none). */
  readonly hlc: string;
}

/** A push read and checked record by record. */
export interface PushRequest {
  /** The batch's id, unique per scope: a batch sent again is answered from the first time. */
  readonly batchId: string;
  /** The device that sent it. */
  readonly deviceId: string;
  /** The changes whose records passed the store's checks. */
  readonly changes: readonly PushedChange[];
  /** The problems of the others (any one refuses the whole push). */
  readonly problems: readonly SyncProblem[];
}

const isKey = (value: unknown): value is string =>
  typeof value === 'string' &&
  value !== '' &&
  [...value].length <= MAX_KEY_LENGTH &&
  isStorableText(value);

/**
 * False for text PostgreSQL cannot store: a NUL character (refused in `text` and `jsonb`) or a
 * lone surrogate (not Unicode, refused in `jsonb`).
 */
export function isStorableText(text: string): boolean {
  return !text.includes('\u0000') && text.isWellFormed();
}

/** The path of the first key or string in `value` that is not {@link isStorableText}. */
function unstorableText(value: unknown, path = '', depth = 0): string | undefined {
  if (typeof value === 'string') return isStorableText(value) ? undefined : path;
  if (typeof value !== 'object' || value === null || depth > 40) return undefined;
  for (const [key, item] of Object.entries(value)) {
    const at = path === '' ? key : `${path}.${key}`;
    if (!isStorableText(key)) return at;
    const found = unstorableText(item, at, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads a push's body: its shape (`INVALID_REQUEST` when wrong), its size in changes
 * (`BATCH_TOO_LARGE`), then every change's clock (readable, and not more than
 * `MAX_HLC_AHEAD_MS` after `nowMs`, the server's clock) and record through the store's checks
 * (`checkSyncedRecord`), collecting every problem rather than stopping at the first.
 *
 * @throws {@link SyncError} `INVALID_REQUEST`, `BATCH_TOO_LARGE`.
 */
export function readPushRequest(body: unknown, nowMs: number): PushRequest {
  if (!isObject(body) || !Array.isArray(body.changes)) throw new SyncError('INVALID_REQUEST');
  if (body.changes.length > MAX_CHANGES_PER_PUSH) throw new SyncError('BATCH_TOO_LARGE');
  const { batchId, deviceId } = body;
  if (!isKey(batchId) || !isKey(deviceId)) throw new SyncError('INVALID_REQUEST');
  for (const key of Object.keys(body)) {
    if (!['batchId', 'deviceId', 'changes'].includes(key)) throw new SyncError('INVALID_REQUEST');
  }
  const changes: PushedChange[] = [];
  const problems: SyncProblem[] = [];
  body.changes.forEach((change: unknown, index) => {
    if (!isObject(change)) {
      problems.push(
        syncProblem(index, undefined, undefined, { path: '', reason: 'not-an-object' }),
      );
      return;
    }
    const { table, record, hlc } = change;
    const id = isObject(record) && isKey(record.id) ? record.id : undefined;
    const named = isChangeTable(table) ? table : undefined;
    const own: SyncProblem[] = [];
    for (const key of Object.keys(change)) {
      if (!['table', 'record', 'hlc'].includes(key)) {
        own.push(syncProblem(index, named, id, { path: key, reason: 'unknown-field' }));
      }
    }
    if (named === undefined) {
      own.push(syncProblem(index, undefined, id, { path: 'table', reason: 'unknown-value' }));
    }
    if (hlc !== undefined && !isHlc(hlc)) {
      own.push(syncProblem(index, named, id, { path: 'hlc', reason: 'not-an-hlc' }));
    } else if (hlc !== undefined && isHlcTooFarAhead(hlc, nowMs)) {
      own.push(syncProblem(index, named, id, { path: 'hlc', reason: 'clock-ahead' }));
    }
    if (named !== undefined) {
      const characters = unstorableText(record);
      if (characters !== undefined) {
        own.push(
          syncProblem(index, named, id, { path: characters, reason: 'unsupported-character' }),
        );
      }
      const checked = checkSyncedRecord(named, record);
      for (const problem of checked.problems) {
        // Paths relative to the record, as the store gives them.
        own.push(syncProblem(index, named, id, problem));
      }
      if (own.length === 0 && checked.record !== undefined) {
        changes.push({
          index,
          table: named,
          record: checked.record,
          hlc: (hlc as string | undefined) ?? NO_HLC,
        });
      }
    }
    problems.push(...own);
  });
  return { batchId, deviceId, changes, problems };
}
