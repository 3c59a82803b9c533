import { SajjaError } from '@sajja/core';
import type { Table } from './idb/table.js';

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
    if (isConstraintError(error)) throw duplicateId(tableName, record.id);
    throw error;
  }
}

/** @internal True for IndexedDB's refusal of a key that is taken (or of a unique index value). */
export function isConstraintError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'ConstraintError';
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
  return new SajjaError(
    'INVALID_ARGUMENT',
    'unknown-record',
    `The ${table} table has no record with id ${JSON.stringify(id)}.`,
    { input: id, details: { table, id: String(id) } },
  );
}
