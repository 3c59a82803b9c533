import type { ChangeTable, SyncedRecord } from '@sajja/store/records';
import type { SqlClient } from './database.js';

/** A row of `records`: the latest version of one record, with its owners and place. */
export interface RecordRow {
  /** The record's table. */
  readonly table: ChangeTable;
  /** The record's id. */
  readonly id: string;
  /** Its owning household (see `ownersOf`). */
  readonly householdId: string | null;
  /** Its owning organisation (see `ownersOf`). */
  readonly organisationId: string | null;
  /** The record. */
  readonly record: SyncedRecord;
  /** Its clock reading. */
  readonly hlc: string;
  /** Its sequence number. */
  readonly seq: number;
}

/** One key for a record of a table: the map key of {@link loadRecords}. */
export function recordKey(table: ChangeTable, id: string): string {
  return `${table}\u0000${id}`;
}

interface Row {
  table_name: ChangeTable;
  id: string;
  household_id: string | null;
  organisation_id: string | null;
  record: SyncedRecord | string;
  hlc: string;
  seq: string | number | bigint;
}

/** The stored records among `keys`, in one query, by {@link recordKey}. */
export async function loadRecords(
  client: SqlClient,
  keys: readonly (readonly [ChangeTable, string])[],
): Promise<Map<string, RecordRow>> {
  const found = new Map<string, RecordRow>();
  if (keys.length === 0) return found;
  const unique = [
    ...new Map(keys.map(([table, id]) => [recordKey(table, id), { t: table, i: id }])).values(),
  ];
  const rows = await client.query<Row>(
    `SELECT r.table_name, r.id, r.household_id, r.organisation_id, r.record, r.hlc, r.seq
     FROM jsonb_to_recordset($1::jsonb) AS k(t text, i text)
     JOIN records r ON r.table_name = k.t AND r.id = k.i`,
    [JSON.stringify(unique)],
  );
  for (const row of rows) found.set(recordKey(row.table_name, row.id), rowOf(row));
  return found;
}

/**
 * The stored corrections of the records `keys` name: for each reversed record's
 * {@link recordKey}, the id of the stored record that reverses it.
 */
export async function loadReversals(
  client: SqlClient,
  keys: readonly (readonly [ChangeTable, string])[],
): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  if (keys.length === 0) return found;
  const rows = await client.query<{ table_name: ChangeTable; id: string; reverses: string }>(
    `SELECT r.table_name, r.id, r.record->>'reverses' AS reverses
     FROM jsonb_to_recordset($1::jsonb) AS k(t text, i text)
     JOIN records r ON r.table_name = k.t AND r.record->>'reverses' = k.i AND r.record ? 'reverses'`,
    [JSON.stringify(keys.map(([table, id]) => ({ t: table, i: id })))],
  );
  for (const row of rows) found.set(recordKey(row.table_name, row.reverses), row.id);
  return found;
}

/** A `records` row as the server uses it (the record parsed, the sequence a number). */
export function rowOf(row: Row): RecordRow {
  return {
    table: row.table_name,
    id: row.id,
    householdId: row.household_id,
    organisationId: row.organisation_id,
    record: typeof row.record === 'string' ? JSON.parse(row.record) : row.record,
    hlc: row.hlc,
    seq: Number(row.seq),
  };
}
