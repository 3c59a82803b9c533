import type { ChangeTable, SyncedRecord } from '@sajja/store/records';
import type { SqlClient, SyncDatabase } from './database.js';
import { SyncError, syncProblem, type SyncProblem } from './errors.js';
import { mergeVersion } from './record-merge.js';
import { ownersOf, type RecordOwners } from './record-owners.js';
import { readPushRequest, type PushedChange } from './push-request.js';
import { referenceProblems } from './push-references.js';
import { registrationProblem } from './push-registration.js';
import { writeProblem } from './push-scope.js';
import { scopeKey, type SyncScope } from './scope.js';
import { loadRecords, loadReversals, recordKey, type RecordRow } from './stored-records.js';

/** What happened to one pushed change. */
export type PushStatus = 'stored' | 'unchanged' | 'merged' | 'lost';

/** One change's result in a push's answer, in the order of `changes`. */
export interface PushResult {
  /** The change's table. */
  readonly table: ChangeTable;
  /** The record's id. */
  readonly id: string;
  /**
   * `stored`: new on the server; `unchanged`: already stored as sent; `merged`: its editable
   * part won by its clock and is stored; `lost`: the stored version's won, this one is kept in
   * the history.
   */
  readonly status: PushStatus;
  /** The record's sequence number on the server now. */
  readonly seq?: number;
  /** For `lost`: the version the server keeps, to apply in place of the one sent. */
  readonly record?: SyncedRecord;
  /** For `lost`: the kept version's clock reading. */
  readonly hlc?: string;
}

/** The answer to an accepted push (and, unchanged, to the same batch sent again). */
export interface PushResponse {
  /** The batch's id. */
  readonly batchId: string;
  /** One result per change, in order. */
  readonly results: readonly PushResult[];
  /** The highest sequence number among the results (0 for an empty push). */
  readonly lastSeq: number;
}

/** What {@link applyPush} reports beside its answer, for the request's log line. */
export interface PushOutcome {
  /** The answer. */
  readonly response: PushResponse;
  /** True when the batch had been applied before and its first answer is given again. */
  readonly replayed: boolean;
}

/** Any fixed number: the lock that orders pushes on PostgreSQL (see {@link applyPush}). */
const PUSH_LOCK = 5873202;

/** The working state of one record during a push. */
interface Working {
  table: ChangeTable;
  id: string;
  owners: RecordOwners;
  record: SyncedRecord;
  hlc: string;
  seq?: number;
  /** True once this push changes it (new, or merged). */
  dirty: boolean;
  /** The change index that first made it dirty (the order sequence numbers follow). */
  firstDirty?: number;
}

/**
 * Applies a push for `scope`, all or nothing in one transaction: the batch's first answer if it
 * was applied before; otherwise every change checked (the store's checks, the scope, the
 * records it refers to, a household's membership registered on the server, the immutable parts
 * of records already stored), and only when none has
 * a problem, every change written with new sequence numbers, the losing versions of editable
 * records in `record_history`, and the answer kept with the batch.
 *
 * On PostgreSQL, pushes take turns from their first read to their commit (a transaction-level
 * advisory lock), so sequence numbers become visible in order and a pull never skips one.
 *
 * @throws {@link SyncError} `FORBIDDEN` (a network or auditor token; records out of scope, with
 *   problems), `INVALID_REQUEST`, `BATCH_TOO_LARGE`, `RECORDS_REFUSED` (with problems).
 */
export async function applyPush(
  db: SyncDatabase,
  scope: SyncScope,
  body: unknown,
): Promise<PushOutcome> {
  if (!('household' in scope) && !('role' in scope && scope.role === 'treasurer')) {
    throw new SyncError('FORBIDDEN');
  }
  const request = readPushRequest(body, Date.now());
  const key = scopeKey(scope);
  return db.transaction(async (client) => {
    if (db.kind === 'postgres') await client.query('SELECT pg_advisory_xact_lock($1)', [PUSH_LOCK]);
    const [applied] = await client.query<{ response: PushResponse | string }>(
      'SELECT response FROM batches WHERE scope_key = $1 AND batch_id = $2',
      [key, request.batchId],
    );
    if (applied) {
      const response =
        typeof applied.response === 'string' ? JSON.parse(applied.response) : applied.response;
      return { response: response as PushResponse, replayed: true };
    }
    if (request.problems.length > 0) throw new SyncError('RECORDS_REFUSED', request.problems);
    const response = await writeChanges(client, scope, key, request.batchId, request.changes);
    return { response, replayed: false };
  });
}

async function writeChanges(
  client: SqlClient,
  scope: SyncScope,
  batchScope: string,
  batchId: string,
  changes: readonly PushedChange[],
): Promise<PushResponse> {
  const stored = await loadRecords(client, referencedKeys(changes));

  const forbidden = changes.flatMap((change) => {
    const reason =
      writeProblem(scope, change, stored.get(recordKey(change.table, change.record.id)), changes) ??
      registrationProblem(scope, change, stored);
    return reason === undefined
      ? []
      : [syncProblem(change.index, change.table, change.record.id, { path: '', reason })];
  });
  if (forbidden.length > 0) throw new SyncError('FORBIDDEN', forbidden);

  const reversed = changes.flatMap(({ table, record }): [ChangeTable, string][] => {
    const target = (record as { reverses?: string }).reverses;
    return target === undefined ? [] : [[table, target]];
  });
  const problems: SyncProblem[] = referenceProblems(
    scope,
    changes,
    stored,
    await loadReversals(client, reversed),
  );

  const working = new Map<string, Working>();
  const history: { table: ChangeTable; id: string; record: SyncedRecord; hlc: string }[] = [];
  const outcomes: { key: string; status: PushStatus }[] = [];
  for (const change of changes) {
    const key = recordKey(change.table, change.record.id);
    const current = working.get(key) ?? fromRow(stored.get(key));
    if (current === undefined) {
      working.set(key, {
        table: change.table,
        id: change.record.id,
        owners: ownersOf(change.table, change.record),
        record: change.record,
        hlc: change.hlc,
        dirty: true,
        firstDirty: change.index,
      });
      outcomes.push({ key, status: 'stored' });
      continue;
    }
    working.set(key, current);
    const outcome = mergeVersion(change.table, current, change);
    switch (outcome.status) {
      case 'immutable':
        problems.push(
          syncProblem(change.index, change.table, change.record.id, {
            path: outcome.path,
            reason: 'immutable',
          }),
        );
        break;
      case 'unchanged':
        outcomes.push({ key, status: 'unchanged' });
        break;
      case 'lost':
        history.push({
          table: change.table,
          id: change.record.id,
          record: change.record,
          hlc: change.hlc,
        });
        outcomes.push({ key, status: 'lost' });
        break;
      case 'merged':
        history.push({
          table: current.table,
          id: current.id,
          record: current.record,
          hlc: current.hlc,
        });
        current.record = outcome.winner.record;
        current.hlc = outcome.winner.hlc;
        if (!current.dirty) {
          current.dirty = true;
          current.firstDirty = change.index;
        }
        outcomes.push({ key, status: 'merged' });
        break;
    }
  }
  if (problems.length > 0) {
    throw new SyncError(
      'RECORDS_REFUSED',
      problems.sort((a, b) => a.index - b.index),
    );
  }

  const dirty = [...working.values()]
    .filter((record) => record.dirty)
    .sort((a, b) => a.firstDirty! - b.firstDirty!);
  if (dirty.length > 0) {
    // One range of sequence numbers for the push, in the order of its changes. Pushes take
    // turns (see applyPush), so the range is the push's alone and commits in order.
    const [range] = await client.query<{ last: string | number | bigint }>(
      "SELECT setval('record_seq', nextval('record_seq') + $1::bigint - 1) AS last",
      [dirty.length],
    );
    const first = Number(range!.last) - dirty.length + 1;
    dirty.forEach((record, position) => (record.seq = first + position));
  }
  const results = outcomes.map(({ key: recordAt, status }): PushResult => {
    const record = working.get(recordAt)!;
    return {
      table: record.table,
      id: record.id,
      status,
      ...(record.seq === undefined ? {} : { seq: record.seq }),
      ...(status === 'lost' ? { record: record.record, hlc: record.hlc } : {}),
    };
  });
  const lastSeq = results.reduce((last, result) => Math.max(last, result.seq ?? 0), 0);
  const response: PushResponse = { batchId, results, lastSeq };
  // The records, the history and the batch's answer in one statement.
  await client.query(
    `WITH written AS (
       INSERT INTO records (table_name, id, household_id, organisation_id, record, hlc, seq)
       SELECT x.t, x.i, x.h, x.o, x.r, x.c, x.s
       FROM jsonb_to_recordset($1::jsonb) AS x(t text, i text, h text, o text, r jsonb, c text, s bigint)
       ON CONFLICT (table_name, id) DO UPDATE SET
         household_id = EXCLUDED.household_id, organisation_id = EXCLUDED.organisation_id,
         record = EXCLUDED.record, hlc = EXCLUDED.hlc, seq = EXCLUDED.seq
     ), kept AS (
       INSERT INTO record_history (table_name, id, record, hlc, batch_id)
       SELECT x.t, x.i, x.r, x.c, $4
       FROM jsonb_to_recordset($2::jsonb) AS x(t text, i text, r jsonb, c text)
     )
     INSERT INTO batches (scope_key, batch_id, response) VALUES ($3, $4, $5::jsonb)`,
    [
      JSON.stringify(
        dirty.map((record) => ({
          t: record.table,
          i: record.id,
          h: record.owners.householdId,
          o: record.owners.organisationId,
          r: record.record,
          c: record.hlc,
          s: record.seq,
        })),
      ),
      JSON.stringify(
        history.map((entry) => ({ t: entry.table, i: entry.id, r: entry.record, c: entry.hlc })),
      ),
      batchScope,
      batchId,
      JSON.stringify(response),
    ],
  );
  return response;
}

function fromRow(row: RecordRow | undefined): Working | undefined {
  if (row === undefined) return undefined;
  return {
    table: row.table,
    id: row.id,
    owners: { householdId: row.householdId, organisationId: row.organisationId },
    record: row.record,
    hlc: row.hlc,
    seq: row.seq,
    dirty: false,
  };
}

/** The records a push's checks need: its own, and those they refer to. */
function referencedKeys(changes: readonly PushedChange[]): [ChangeTable, string][] {
  const keys: [ChangeTable, string][] = [];
  for (const { table, record } of changes) {
    keys.push([table, record.id]);
    const fields = record as unknown as Record<string, string | undefined>;
    if (table !== 'households' && table !== 'organisations' && fields.householdId) {
      keys.push(['households', fields.householdId]);
    }
    if (fields.organisationId && table !== 'organisations' && table !== 'ledger') {
      keys.push(['organisations', fields.organisationId]);
    }
    if (fields.membershipId) keys.push(['memberships', fields.membershipId]);
    if (fields.loanId) keys.push(['loans', fields.loanId]);
    if (fields.reverses) keys.push([table, fields.reverses]);
  }
  return keys;
}
