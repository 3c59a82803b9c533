import type { DatabaseVersion } from './idb/idb-database.js';
import { moveLedgerIntoChunks } from './ledger-upgrade.js';

/** One version of the database schema: its table declarations and the upgrade into it. */
export type SchemaVersion = DatabaseVersion;

/**
 * Every schema version of the Sajja database, oldest first, declared in this one place.
 * A new version appends an entry (with an `upgrade` when existing records must change) and
 * never edits an old one: browsers out there hold data at every version ever released.
 *
 * Index syntax is Dexie's, which earlier releases were built on (see idb/store-spec.ts): the
 * first key is the primary key.
 */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      // Key–value facts about the database itself (when it was created).
      meta: 'key',
    },
  },
  {
    version: 2,
    stores: {
      meta: 'key',
      households: 'id',
      organisations: 'id',
      memberships: 'id, householdId, organisationId',
      // [householdId+date] serves the ledger list, its newest-first pages and summaries; the
      // two sparse indexes hold only reversals and soft-deleted entries (IndexedDB leaves a
      // record out of a compound index when a part is missing), so counting and filtering
      // them stays cheap however long the ledger grows.
      ledger: 'id, [householdId+date], [householdId+reverses], [householdId+deletedAt], reverses',
      fundTransactions: 'id, [householdId+date], [membershipId+date], organisationId, reverses',
      // Derived: the sums of each household's ledger by month, kept in step with the ledger in
      // every write transaction (see ledger-months.ts); not in backups.
      ledgerMonths: '[householdId+month]',
      // Append-only: one record per write, numbered in the order they happened; each record
      // is found by any id it names (a multi-entry index over recordIds).
      changes: '++seq, *recordIds',
    },
  },
  {
    // Loans (loans.ts). Only the new table is declared: the upgrade carries every other table over
    // from the version before, unchanged. Repayments name their loan in fundTransactions'
    // loanId without an index: the household overview reads a household's transactions anyway.
    version: 3,
    stores: {
      loans: 'id, householdId, membershipId, organisationId',
    },
  },
  {
    // The ledger in chunks (ledger-chunks.ts): one IndexedDB record per entry could not import
    // more than 4,000–6,000 entries a second; records of up to 1,000 entries store 100,000 in
    // well under a second. Beside the chunks, derived like ledgerMonths and kept in step in
    // every write: the id directory (ledger-ids.ts) that finds an entry by id alone, and each
    // household's corrections (ledger-corrections.ts). The ids of a change naming several
    // records (an import) move out of the multi-entry index into changeRecordIds
    // (change-storage.ts). The upgrade moves every entry of `ledger` into chunks.
    version: 4,
    stores: {
      ledger: null,
      ledgerChunks: '[householdId+start]',
      ledgerIds: 'bucket',
      ledgerCorrections: 'householdId',
      changeRecordIds: 'seq',
    },
    upgrade: moveLedgerIntoChunks,
  },
];

/** The schema version this release of `@sajja/store` writes. */
export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
