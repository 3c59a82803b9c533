import Dexie, { type Table } from 'dexie';
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
import { moveLedgerIntoChunks } from './ledger-upgrade.js';
import type { LoanRecord } from './loans.js';
import type { MembershipRecord } from './memberships.js';
import type { OrganisationRecord } from './organisations.js';
import type { AuditLinkRecord } from './audit-links.js';
import type { RecordClockRecord, SyncStateRecord } from './sync-state.js';
import { chainExistingRecords } from './audit-upgrade.js';
import {
  buildOrganisationSums,
  type LoanPaymentsRecord,
  type MemberTotalsRecord,
  type OrganisationMonthRecord,
  type SumsTables,
} from './organisation-sums.js';

/** @internal A record of the `meta` table: one fact about the database. */
export interface MetaRecord {
  /** What the fact is about, such as `'createdAt'`. */
  key: string;
  /** The fact, as text. */
  value: string;
}

/** @internal The schema version this release writes (IndexedDB's version is ten times it). */
export const CURRENT_SCHEMA_VERSION = 7;

/**
 * @internal The Dexie database behind a `SajjaStore`. Every schema version ever released is
 * declared here, oldest first, and never edited: browsers out there hold data at each of them.
 * A new version adds a `this.version(n)` line (with `.upgrade()` when records must change) and
 * a test that builds the version before it, fills it and opens it with this class.
 */
export class SajjaDatabase extends Dexie {
  /** Facts about the database itself (when it was created). */
  declare readonly meta: Table<MetaRecord, string>;
  declare readonly households: Table<HouseholdRecord, string>;
  declare readonly organisations: Table<OrganisationRecord, string>;
  declare readonly memberships: Table<MembershipRecord, string>;
  /** Ledger entries in chunks of up to 1,000, by household and first day (ledger-chunks.ts). */
  declare readonly ledgerChunks: Table<LedgerChunkRecord, [string, string]>;
  /** Where each ledger entry is stored, by bucket of its id (derived, ledger-ids.ts). */
  declare readonly ledgerIds: Table<LedgerIdBucketRecord, number>;
  /** Each household's ledger corrections (derived, ledger-corrections.ts). */
  declare readonly ledgerCorrections: Table<LedgerCorrectionsRecord, string>;
  /** The ledger summed by household and month (derived, ledger-months.ts). */
  declare readonly ledgerMonths: Table<LedgerMonthRecord, [string, string]>;
  declare readonly fundTransactions: Table<FundTransactionRecord, string>;
  declare readonly loans: Table<LoanRecord, string>;
  /** The append-only change log (change-storage.ts). */
  declare readonly changes: Table<StoredChangeRecord, number, NewStoredChangeRecord>;
  /** The ids of each change that names several records (change-storage.ts). */
  declare readonly changeRecordIds: Table<ChangeRecordIdsRecord, number>;
  /** Each organisation's audit chain, one link per record written (audit-links.ts). */
  declare readonly auditLinks: Table<AuditLinkRecord, [string, number]>;
  /** Each organisation's members' running totals by month (derived, organisation-sums.ts). */
  declare readonly memberTotals: Table<MemberTotalsRecord, [string, string]>;
  /** Each loan's repayments, split as the books split them (derived, organisation-sums.ts). */
  declare readonly loanPayments: Table<LoanPaymentsRecord, string>;
  /** Each organisation's journal summed by month and account (derived, organisation-sums.ts). */
  declare readonly organisationMonths: Table<OrganisationMonthRecord, [string, string]>;
  /** The device's sync identity, clock and progress: one record (sync-state.ts). */
  declare readonly syncState: Table<SyncStateRecord, string>;
  /** The HLC of each record whose editable parts were edited (sync-state.ts). */
  declare readonly recordClocks: Table<RecordClockRecord, [string, string]>;

  constructor(name: string, indexedDB: IDBFactory) {
    super(name, { indexedDB, IDBKeyRange: globalThis.IDBKeyRange, autoOpen: false });
    this.version(1).stores({ meta: 'key' });
    this.version(2).stores({
      households: 'id',
      organisations: 'id',
      memberships: 'id, householdId, organisationId',
      // Per-entry ledger until version 4; its two sparse indexes held only reversals and
      // soft-deleted entries (IndexedDB leaves a record out of a compound index when a part is
      // missing).
      ledger: 'id, [householdId+date], [householdId+reverses], [householdId+deletedAt], reverses',
      fundTransactions: 'id, [householdId+date], [membershipId+date], organisationId, reverses',
      // Derived: kept in step with the ledger in every write transaction; not in backups.
      ledgerMonths: '[householdId+month]',
      // Append-only, numbered in the order of the writes; found by any id a change names.
      changes: '++seq, *recordIds',
    });
    // Repayments name their loan in fundTransactions' loanId without an index: the household
    // overview reads a household's transactions anyway.
    this.version(3).stores({ loans: 'id, householdId, membershipId, organisationId' });
    // The ledger in chunks: one record per entry could not import more than 4,000–6,000
    // entries a second. Beside the chunks, derived and kept in step in every write: the id
    // directory and each household's corrections. The ids of a change naming several records
    // (an import) move out of the multi-entry index into changeRecordIds.
    this.version(4)
      .stores({
        ledger: null,
        ledgerChunks: '[householdId+start]',
        ledgerIds: 'bucket',
        ledgerCorrections: 'householdId',
        changeRecordIds: 'seq',
      })
      .upgrade(moveLedgerIntoChunks);
    // The audit trail: each organisation's records chained by hash as they are written, the
    // records already stored chained by the upgrade. Links are found by organisation and
    // month (a year's verification), and fund transactions by organisation and date.
    this.version(5)
      .stores({
        auditLinks: '[organisationId+seq], [organisationId+month], [table+recordId]',
        fundTransactions:
          'id, [householdId+date], [membershipId+date], organisationId, reverses, [organisationId+date]',
      })
      .upgrade(chainExistingRecords);
    // The organisation views' sums: derived, kept in step with fund transactions and loans in
    // every write transaction (organisation-sums.ts), never in backups; the upgrade builds them
    // from the records stored.
    this.version(6)
      .stores({
        memberTotals: '[organisationId+month]',
        loanPayments: 'loanId, membershipId, [organisationId+openUntil]',
        organisationMonths: '[organisationId+month]',
      })
      .upgrade((tx) =>
        buildOrganisationSums({
          fundTransactions: tx.table('fundTransactions'),
          loans: tx.table('loans'),
          memberTotals: tx.table('memberTotals'),
          loanPayments: tx.table('loanPayments'),
          organisationMonths: tx.table('organisationMonths'),
        } as SumsTables),
      );
    // Sync (issue 19): the device's identity, clock and progress, and the hybrid-logical-clock
    // stamp of each record whose editable parts were edited (records never edited have none).
    // Both start empty: the device id is made on first use.
    this.version(CURRENT_SCHEMA_VERSION).stores({
      syncState: 'key',
      recordClocks: '[table+id]',
    });
  }
}
