import { storeError } from './store-sentences.js';
import { SajjaError } from '@sajja/core';
import Dexie, { type Table } from 'dexie';

/**
 * @internal Adds a record whose id must be new; a taken id is the caller's mistake
 * (`INVALID_ARGUMENT`, `duplicate-id`), never a silent overwrite.
 */
export async function addNew<T extends { readonly id: string }>(
  table: Table<T, string>,
  record: T,
  tableName: string,
): Promise<void> {
  try {
    await table.add(record);
  } catch (error) {
    if (error instanceof Dexie.ConstraintError) throw duplicateId(tableName, record.id);
    throw error;
  }
}

/** @internal `INVALID_ARGUMENT` (`duplicate-id`): `table` already has a record with this id. */
export function duplicateId(table: string, id: string): SajjaError {
  return new SajjaError(
    'INVALID_ARGUMENT',
    'duplicate-id',
    `The ${table} table already has a record with id ${JSON.stringify(id)}.`,
    { input: id, details: { table, id } },
  );
}

/** @internal `INVALID_ARGUMENT` (`unknown-record`): an id that names no record of `table`. */
export function unknownRecord(table: string, id: unknown): SajjaError {
  return storeError(
    'unknown-record',
    `The ${table} table has no record with id ${JSON.stringify(id)}.`,
    { input: id, details: { table, id: String(id) } },
  );
}
