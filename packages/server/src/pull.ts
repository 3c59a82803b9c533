import type { ChangeTable, SyncedRecord } from '@sajja/store/records';
import type { SqlClient } from './database.js';
import { SyncError } from './errors.js';
import type { SyncScope } from './scope.js';

/** The most changes one pull answers with, and the default. */
export const MAX_PULL_LIMIT = 5000;
/** The number of changes a pull answers with when it does not say. */
export const DEFAULT_PULL_LIMIT = 1000;

/** One record in a pull's answer: its latest version. */
export interface PulledChange {
  /** Its sequence number on the server. */
  readonly seq: number;
  /** Its table. */
  readonly table: ChangeTable;
  /** The record, as the store keeps it. */
  readonly record: SyncedRecord;
  /** Its clock reading. */
  readonly hlc: string;
}

/** The answer to a pull. */
export interface PullResponse {
  /** The records in scope changed after the cursor, oldest change first. */
  readonly changes: readonly PulledChange[];
  /** Where to pull from next (opaque: send it back as `since`). */
  readonly cursor: string;
  /** True when more changes wait: pull again from `cursor`. */
  readonly more: boolean;
}

/** A pull's query parameters, read. */
export interface PullRequest {
  /** The last sequence number the device has (0: from the start). */
  readonly since: number;
  /** The most changes to answer with. */
  readonly limit: number;
}

/**
 * Reads `since` (a cursor from an earlier pull, or absent) and `limit` (1 to 5,000, default
 * 1,000).
 *
 * @throws {@link SyncError} `INVALID_REQUEST` for anything else.
 */
export function readPullRequest(since: string | undefined, limit: string | undefined): PullRequest {
  const cursor = since === undefined || since === '' ? '0' : since;
  if (!/^\d{1,15}$/.test(cursor)) throw new SyncError('INVALID_REQUEST');
  const size = limit === undefined || limit === '' ? String(DEFAULT_PULL_LIMIT) : limit;
  if (!/^\d{1,4}$/.test(size) || Number(size) < 1 || Number(size) > MAX_PULL_LIMIT) {
    throw new SyncError('INVALID_REQUEST');
  }
  return { since: Number(cursor), limit: Number(size) };
}

/**
 * The rows a scope reads, as SQL over `records r` with the scope's id as `$1`:
 * - a household: its rows, and the organisations it has a membership in;
 * - an organisation (treasurer or auditor): its rows (never a ledger entry: a ledger row has
 *   no organisation owner), and the households that have a membership in it.
 * Each branch is an index range on (owner, seq).
 */
function scopeBranches(scope: SyncScope): string[] {
  if ('household' in scope) {
    return [
      'r.household_id = $1',
      `r.organisation_id IN (SELECT m.organisation_id FROM records m
         WHERE m.table_name = 'memberships' AND m.household_id = $1)
       AND r.table_name = 'organisations'`,
    ];
  }
  if ('organisation' in scope) {
    return [
      'r.organisation_id = $1',
      `r.household_id IN (SELECT m.household_id FROM records m
         WHERE m.table_name = 'memberships' AND m.organisation_id = $1)
       AND r.table_name = 'households'`,
    ];
  }
  throw new SyncError('FORBIDDEN');
}

interface Row {
  seq: string | number | bigint;
  table_name: ChangeTable;
  record: SyncedRecord | string;
  hlc: string;
}

/**
 * The latest version of every record `scope` may read changed after `since`, in sequence
 * order, at most `limit` (the records table keeps only the latest version, so a record changed
 * twice appears once, at its last change).
 *
 * @throws {@link SyncError} `FORBIDDEN` for a network token.
 */
export async function pull(
  client: SqlClient,
  scope: SyncScope,
  { since, limit }: PullRequest,
): Promise<PullResponse> {
  const id =
    'household' in scope ? scope.household : 'organisation' in scope ? scope.organisation : '';
  const branches = scopeBranches(scope).map(
    (where) => `(SELECT r.seq, r.table_name, r.record, r.hlc FROM records r
       WHERE ${where} AND r.seq > $2 ORDER BY r.seq LIMIT $3)`,
  );
  const rows = await client.query<Row>(
    `SELECT seq, table_name, record, hlc FROM (${branches.join(' UNION ALL ')}) AS found
     ORDER BY seq LIMIT $3`,
    [id, since, limit + 1],
  );
  const more = rows.length > limit;
  const changes = rows.slice(0, limit).map(
    (row): PulledChange => ({
      seq: Number(row.seq),
      table: row.table_name,
      record: typeof row.record === 'string' ? JSON.parse(row.record) : row.record,
      hlc: row.hlc,
    }),
  );
  const cursor = String(changes.at(-1)?.seq ?? since);
  return { changes, cursor, more };
}
