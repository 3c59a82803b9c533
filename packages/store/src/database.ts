import type {
  ChangeRecordIdsRecord,
  NewStoredChangeRecord,
  StoredChangeRecord,
} from './change-storage.js';
import type { FundTransactionRecord } from './fund-transactions.js';
import type { HouseholdRecord } from './households.js';
import type { LedgerChunkRecord } from './ledger-chunks.js';
import type { LedgerCorrectionsRecord } from './ledger-corrections.js';
import type { LedgerIdBucketRecord } from './ledger-ids.js';
import type { LedgerMonthRecord } from './ledger-months.js';
import type { LoanRecord } from './loans.js';
import type { MembershipRecord } from './memberships.js';
import type { OrganisationRecord } from './organisations.js';
import { IdbDatabase, type SajjaTables } from './idb/idb-database.js';
import type { Table } from './idb/table.js';
import { SCHEMA_VERSIONS } from './schema.js';

/** A record of the `meta` table: one fact about the database. */
export interface MetaRecord {
  /** What the fact is about, such as `'createdAt'`. */
  key: string;
  /** The fact, as text. */
  value: string;
}

/** The typed tables of the Sajja database. */
export interface SajjaTableMap {
  /** Facts about the database itself. */
  readonly meta: Table<MetaRecord, string>;
  /** Households, by id. */
  readonly households: Table<HouseholdRecord, string>;
  /** The funds and groups households belong to, by id. */
  readonly organisations: Table<OrganisationRecord, string>;
  /** Which household belongs to which organisation, by id. */
  readonly memberships: Table<MembershipRecord, string>;
  /** Household ledger entries in chunks, by household and first day (see `LedgerChunkRecord`). */
  readonly ledgerChunks: Table<LedgerChunkRecord, [string, string]>;
  /** Where each ledger entry is stored, by bucket of its id (derived from `ledgerChunks`). */
  readonly ledgerIds: Table<LedgerIdBucketRecord, number>;
  /** Each household's ledger corrections, by household (derived from `ledgerChunks`). */
  readonly ledgerCorrections: Table<LedgerCorrectionsRecord, string>;
  /** The ledger summed by household and month (derived, kept in step with `ledgerChunks`). */
  readonly ledgerMonths: Table<LedgerMonthRecord, [string, string]>;
  /** Deposits, withdrawals, repayments and the like, by id. */
  readonly fundTransactions: Table<FundTransactionRecord, string>;
  /** Loans made to member households, by id. */
  readonly loans: Table<LoanRecord, string>;
  /**
   * The append-only change log, by sequence number; a change naming several records keeps
   * their ids in `changeRecordIds` (read it through `store.changes`).
   */
  readonly changes: Table<StoredChangeRecord, number, NewStoredChangeRecord>;
  /** The ids of each change that names several records, by the change's sequence number. */
  readonly changeRecordIds: Table<ChangeRecordIdsRecord, number>;
}

/**
 * The IndexedDB database behind a `SajjaStore`, with its typed tables. Prefer the store's
 * repositories: they validate, log every change and keep related writes in one transaction.
 */
export type SajjaDatabase = IdbDatabase & SajjaTableMap;

/**
 * @internal The typed tables the repositories work on: the database itself, or the tables
 * bound to a running transaction (the argument of `transaction()`'s work).
 */
export type StoreTables = SajjaTables & SajjaTableMap;

/** @internal The database with every schema version declared, not yet opened. */
export function createDatabase(name: string, indexedDB: IDBFactory): SajjaDatabase {
  return new IdbDatabase(name, indexedDB, SCHEMA_VERSIONS) as SajjaDatabase;
}
