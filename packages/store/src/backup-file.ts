import Dexie from 'dexie';
import type { SajjaBackup } from './backup.js';
import { CURRENT_SCHEMA_VERSION, SajjaDatabase } from './database.js';
import { newId } from './ids.js';
import type { ImportProblem } from './import-report.js';
import { isPlainObject } from './record-checker.js';
import { storageError } from './storage-errors.js';

/**
 * The store's database in Dexie's export format (`dexie-export-import`), internal: written and
 * read by that library, which streams the tables in slices and knows Dexie's schema syntax and
 * versions. The library writes whatever a file holds straight into tables; what it lacks (every
 * record validated, related records checked, all or nothing, problems placed by table and
 * index, the change log kept) is the store's own backup import, which such a file goes through
 * after the library has read it into a database of its own.
 */

/** The tables derived from others: left out of a file, rebuilt from the records on import. */
const DERIVED_TABLES: ReadonlySet<string> = new Set([
  'meta',
  'ledgerIds',
  'ledgerCorrections',
  'ledgerMonths',
  'memberTotals',
  'loanPayments',
  'organisationMonths',
]);

/**
 * This device's sync identity, clock and progress: never in a file, so a store restored from one
 * is a device of its own.
 */
const DEVICE_TABLES: ReadonlySet<string> = new Set(['syncState', 'recordClocks']);

/** @internal The database's records as a Dexie export file (JSON), the library loaded on first use. */
export async function exportDexieFile(db: SajjaDatabase): Promise<Blob> {
  const { exportDB } = await import('dexie-export-import');
  return exportDB(db, {
    filter: (table) => !DERIVED_TABLES.has(table) && !DEVICE_TABLES.has(table),
  });
}

/** @internal True for the parsed JSON of a Dexie export file. */
export function isDexieExport(value: unknown): value is Record<string, unknown> {
  return isPlainObject(value) && value.formatName === 'dexie';
}

/**
 * @internal Reads a Dexie export of a Sajja database (of this schema version or an older one)
 * into a backup: the library imports it into a new, private database, which opens through the
 * store's own upgrades and is read by `exportBackup` as any store is; then it is deleted. The
 * store's database is not touched. A file that is no Sajja database, from a newer schema, or
 * cut short is a problem, never a throw; a storage failure throws as any write would.
 */
export async function backupFromDexieExport(
  exported: Record<string, unknown>,
  exportBackup: (db: SajjaDatabase) => Promise<SajjaBackup>,
): Promise<SajjaBackup | ImportProblem> {
  const data = exported.data;
  if (exported.formatVersion !== 1 || !isPlainObject(data) || !Array.isArray(data.tables)) {
    return { path: 'formatVersion', reason: 'not-a-backup', details: { expected: 'dexie 1' } };
  }
  const tables = data.tables.map((table) => (isPlainObject(table) ? table.name : undefined));
  if (!tables.includes('meta') && !tables.includes('households')) {
    return { path: 'data.tables', reason: 'not-a-backup', details: { expected: 'households' } };
  }
  const version = data.databaseVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { path: 'data.databaseVersion', reason: 'not-a-whole-number' };
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    return {
      path: 'data.databaseVersion',
      reason: 'unsupported-version',
      details: { version, supported: CURRENT_SCHEMA_VERSION },
    };
  }
  const { importDB } = await import('dexie-export-import');
  const name = `sajja-import-${newId()}`;
  let staged: Dexie | undefined;
  let db: SajjaDatabase | undefined;
  try {
    staged = await importDB(new Blob([JSON.stringify(exported)]), { name });
    staged.close();
    db = new SajjaDatabase(name, indexedDB);
    await db.open();
    return await exportBackup(db);
  } catch (error) {
    const mapped = storageError(error);
    if (mapped !== error) throw mapped;
    return { path: '', reason: 'not-a-backup', details: { error: String(error) } };
  } finally {
    staged?.close();
    db?.close();
    await Dexie.delete(name).catch(() => undefined);
  }
}
