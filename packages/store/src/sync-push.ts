import type { ChangeRecord, ChangeTable } from './change-log.js';
import { changesWithSeqs } from './change-storage.js';
import type { SajjaDatabase } from './database.js';
import { ledgerEntries } from './ledger-entries.js';
import {
  syncKey,
  type PushPosition,
  type RefusedRecord,
  type SyncStateRecord,
} from './sync-state.js';
export { LOG_START } from './sync-pending.js';
import { ZERO_HLC } from './hlc.js';

/**
 * What a push sends (internal): the records the change log names after the push position, as
 * they are now, in the log's order (so a record comes after those it refers to), each once.
 * Changes logged as `'sync'` (written from a pull) are never sent back.
 */

/** Most changes in one batch (the protocol's limit). */
export const MAX_BATCH_CHANGES = 1_000;
/** Most bytes of one batch's body: 1 MiB, less room for the envelope. */
export const MAX_BATCH_BYTES = 1_048_576 - 4_096;

/** One change of a push body. */
export interface PushedChange {
  readonly table: ChangeTable;
  readonly record: Record<string, unknown>;
  readonly hlc?: string;
}

/** A batch to push: its changes and where the push position moves once it is stored. */
export interface CollectedBatch {
  readonly changes: PushedChange[];
  /** The push position after it. */
  readonly to: PushPosition;
  /** The change log number each change was collected from (for refusals). */
  readonly seqs: number[];
}

/** Whether a token's holder may write a record (see `scopeOf`); `undefined` = ask the server. */
export type WriteScope = (table: ChangeTable, record: Record<string, unknown>) => boolean;

/** The change log numbers are read this many at a time. */
const CHANGES_PER_READ = 200;

/** How far `a` is before `b` (negative), the same (0) or after. */
export function comparePositions(a: PushPosition, b: PushPosition): number {
  return a.seq - b.seq || a.offset - b.offset;
}

/** The changes from `seq` on, up to `count` of them, in order. */
async function changesFrom(db: SajjaDatabase, seq: number, count: number): Promise<ChangeRecord[]> {
  const seqs = (await db.changes
    .where(':id')
    .aboveOrEqual(seq)
    .limit(count)
    .primaryKeys()) as number[];
  return (await changesWithSeqs(db, seqs)).flatMap((change) => (change ? [change] : []));
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * @internal Collects the next batch from `from`, at most {@link MAX_BATCH_CHANGES} changes and
 * {@link MAX_BATCH_BYTES} bytes, or exactly up to `until` (a batch sent before, sent again as it
 * was). Records out of the token's scope and records refused since their last change are passed
 * over. An empty batch whose `to` is past `from` means only such records were left.
 */
export async function collectBatch(
  db: SajjaDatabase,
  state: SyncStateRecord,
  from: PushPosition,
  { until, writable }: { until?: PushPosition; writable?: WriteScope } = {},
): Promise<CollectedBatch> {
  const refused = new Map<string, RefusedRecord>(
    (state.refused ?? []).map((record) => [syncKey(record.table, record.id), record]),
  );
  return db.transaction('r', [db.changes, db.changeRecordIds, ...recordTables(db)], async () => {
    const changes: PushedChange[] = [];
    const seqs: number[] = [];
    const taken = new Set<string>();
    let bytes = 0;
    let position = from;
    let full = false;
    while (!full) {
      const log = await changesFrom(db, position.seq, CHANGES_PER_READ);
      if (log.length === 0) break;
      for (const change of log) {
        if (until && comparePositions({ seq: change.seq, offset: 0 }, until) >= 0) {
          position = until;
          full = true;
          break;
        }
        const offset = change.seq === position.seq ? position.offset : 0;
        if (change.action === 'sync' || offset >= change.recordIds.length) {
          position = { seq: change.seq + 1, offset: 0 };
          continue;
        }
        const ids = change.recordIds.slice(
          offset,
          until && until.seq === change.seq ? until.offset : undefined,
        );
        const records = await recordsOf(db, change.table, ids);
        const clocks = await db.recordClocks.bulkGet(ids.map((id) => [change.table, id]));
        let taking = offset;
        for (const [index, id] of ids.entries()) {
          const record = records[index];
          const key = syncKey(change.table, id);
          const refusal = refused.get(key);
          const skip =
            record === undefined ||
            taken.has(key) ||
            (refusal !== undefined && refusal.seq >= change.seq) ||
            (writable !== undefined && !writable(change.table, record));
          if (!skip) {
            const pushed = pushedChange(change.table, record, clocks[index]?.hlc);
            const size = utf8Length(JSON.stringify(pushed)) + 1;
            if (
              !until &&
              changes.length > 0 &&
              (changes.length >= MAX_BATCH_CHANGES || bytes + size > MAX_BATCH_BYTES)
            ) {
              full = true;
              break;
            }
            changes.push(pushed);
            seqs.push(change.seq);
            taken.add(key);
            bytes += size;
          }
          taking += 1;
        }
        position =
          taking >= change.recordIds.length
            ? { seq: change.seq + 1, offset: 0 }
            : { seq: change.seq, offset: taking };
        if (full) break;
        if (until && comparePositions(position, until) >= 0) {
          position = until;
          full = true;
          break;
        }
      }
      if (log.length < CHANGES_PER_READ && !full) break;
    }
    return { changes, to: position, seqs };
  });
}

/** The tables a push reads records and their clocks from (see {@link recordsOf}). */
function recordTables(db: SajjaDatabase) {
  return [
    db.households,
    db.organisations,
    db.memberships,
    db.fundTransactions,
    db.loans,
    db.ledgerIds,
    db.ledgerChunks,
    db.recordClocks,
  ];
}

/** A record as a push sends it: with its clock, when it has one. */
function pushedChange(
  table: ChangeTable,
  record: Record<string, unknown>,
  hlc: string | undefined,
): PushedChange {
  return hlc === undefined || hlc === ZERO_HLC ? { table, record } : { table, record, hlc };
}

/**
 * @internal The records `refs` name as a push sends them, as they are now, in the order given:
 * those no longer stored, and those out of the token's scope (`writable`), left out.
 */
export async function collectRecords(
  db: SajjaDatabase,
  refs: readonly { readonly table: ChangeTable; readonly id: string }[],
  writable?: WriteScope,
): Promise<PushedChange[]> {
  return db.transaction('r', recordTables(db), async () => {
    const changes: PushedChange[] = [];
    for (const { table, id } of refs) {
      const [record] = await recordsOf(db, table, [id]);
      if (record === undefined || (writable !== undefined && !writable(table, record))) continue;
      const clock = await db.recordClocks.get([table, id]);
      changes.push(pushedChange(table, record, clock?.hlc));
    }
    return changes;
  });
}

async function recordsOf(
  db: SajjaDatabase,
  table: ChangeTable,
  ids: readonly string[],
): Promise<(Record<string, unknown> | undefined)[]> {
  if (table === 'ledger') {
    const found = await ledgerEntries(db, ids);
    return ids.map((id) => found.get(id) as Record<string, unknown> | undefined);
  }
  return (await db.table(table).bulkGet([...ids])) as (Record<string, unknown> | undefined)[];
}
