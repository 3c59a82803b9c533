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
 * The first branch is an index range on (owner, seq); the second looks the few households or
 * organisations up by primary key (never through a household's whole history).
 */
function scopeBranches(scope: SyncScope): string[] {
  if ('household' in scope) {
    return [
      'r.household_id = $1',
      `r.table_name = 'organisations' AND r.id IN (SELECT m.organisation_id FROM records m
         WHERE m.table_name = 'memberships' AND m.household_id = $1)`,
    ];
  }
  if ('organisation' in scope) {
    return [
      'r.organisation_id = $1',
      `r.table_name = 'households' AND r.id IN (SELECT m.household_id FROM records m
         WHERE m.table_name = 'memberships' AND m.organisation_id = $1)`,
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
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const ahead =
    last === undefined ? [] : await referencedAhead(client, scope, id, page, Number(last.seq));
  const changes = [...ahead, ...page].map(
    (row): PulledChange => ({
      seq: Number(row.seq),
      table: row.table_name,
      record: typeof row.record === 'string' ? JSON.parse(row.record) : row.record,
      hlc: row.hlc,
    }),
  );
  const cursor = String(last === undefined ? since : Number(last.seq));
  return { changes, cursor, more };
}

/** The order a page's records referred to ahead of their turn come in: referenced first. */
const TABLE_ORDER: readonly ChangeTable[] = [
  'households',
  'organisations',
  'memberships',
  'loans',
  'fundTransactions',
  'ledger',
];

/** The records a record refers to, as the store's import checks them. */
function referencesOf(table: ChangeTable, record: SyncedRecord): [ChangeTable, string][] {
  const fields = record as unknown as Record<string, string | undefined>;
  const found: [ChangeTable, string][] = [];
  if (table !== 'households' && fields.householdId) found.push(['households', fields.householdId]);
  if (table === 'memberships' && fields.organisationId) {
    found.push(['organisations', fields.organisationId]);
  }
  if (fields.membershipId) found.push(['memberships', fields.membershipId]);
  if (fields.loanId) found.push(['loans', fields.loanId]);
  if (fields.reverses) found.push([table, fields.reverses]);
  return found;
}

/**
 * The records in scope that the page's records refer to (at any depth) and that changed after
 * the page's last one: an edit gives a record a later sequence number than the records that
 * refer to it (a membership left after its deposits). They come ahead of the page, so that a
 * device can import every page as it comes, references resolved; they come again in their
 * turn.
 */
async function referencedAhead(
  client: SqlClient,
  scope: SyncScope,
  id: string,
  page: readonly Row[],
  lastSeq: number,
): Promise<Row[]> {
  const have = new Set(
    page.map((row) => `${row.table_name}\u0000${(row.record as { id: string }).id ?? ''}`),
  );
  const ahead: Row[] = [];
  let from: readonly Row[] = page;
  // A fund transaction refers to a loan, the loan to a membership, the membership to a
  // household and an organisation: four steps reach every reference.
  for (let depth = 0; depth < 4 && from.length > 0; depth++) {
    const wanted = new Map<string, { t: ChangeTable; i: string }>();
    for (const row of from) {
      const record = typeof row.record === 'string' ? JSON.parse(row.record) : row.record;
      for (const [table, refId] of referencesOf(row.table_name, record)) {
        const key = `${table}\u0000${refId}`;
        if (!have.has(key)) wanted.set(key, { t: table, i: refId });
      }
    }
    if (wanted.size === 0) break;
    const found = await client.query<Row>(
      `SELECT r.seq, r.table_name, r.record, r.hlc
       FROM jsonb_to_recordset($3::jsonb) AS k(t text, i text)
       JOIN records r ON r.table_name = k.t AND r.id = k.i
       WHERE r.seq > $2 AND ((${scopeBranches(scope).join(') OR (')}))`,
      [id, lastSeq, JSON.stringify([...wanted.values()])],
    );
    for (const row of found) {
      const record = typeof row.record === 'string' ? JSON.parse(row.record) : row.record;
      have.add(`${row.table_name}\u0000${record.id}`);
    }
    ahead.push(...found);
    from = found;
  }
  return ahead.sort(
    (a, b) =>
      TABLE_ORDER.indexOf(a.table_name) - TABLE_ORDER.indexOf(b.table_name) ||
      Number(a.seq) - Number(b.seq),
  );
}
