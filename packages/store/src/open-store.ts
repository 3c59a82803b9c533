import { SajjaError } from '@sajja/core';
import type { LedgerToCsvOptions } from '@sajja/core/ledger';
import { exportBackup, importBackup, type SajjaBackup } from './backup.js';
import { createChangeLog, type ChangeLog } from './change-log.js';
import { createDatabase, type SajjaDatabase } from './database.js';
import {
  createFundTransactionRepository,
  type FundTransactionRepository,
} from './fund-transactions.js';
import { createHouseholdRepository, type HouseholdRepository } from './households.js';
import type { ImportOptions, ImportReport } from './import-report.js';
import { createLedgerRepository, type LedgerRepository } from './ledger.js';
import { exportLedgerCsv, importLedgerCsv } from './ledger-csv-transfer.js';
import { createLoanRepository, type LoanRepository } from './loans.js';
import { createMembershipRepository, type MembershipRepository } from './memberships.js';
import { createOrganisationRepository, type OrganisationRepository } from './organisations.js';
import { guarded, storageError } from './storage-errors.js';
import { isConstraintError } from './write.js';

/** The database name used when none is given. */
export const DEFAULT_STORE_NAME = 'sajja';

/** Options for {@link openStore}. */
export interface OpenStoreOptions {
  /**
   * The IndexedDB database name (default `'sajja'`). Give each partner site or app its own name
   * so two of them on one origin never share data by accident.
   */
  name?: string;
  /**
   * The IndexedDB implementation to use (default: the browser's `indexedDB`). For tests and
   * for environments that provide their own.
   */
  indexedDB?: IDBFactory;
}

/**
 * An open Sajja database: typed repositories over one IndexedDB database. Every write
 * is validated, and it is committed together with its change-log record in one transaction.
 * Close it when done; open it again with {@link openStore}.
 */
export interface SajjaStore {
  /** The IndexedDB database name. */
  readonly name: string;
  /** The IndexedDB database, for the repositories built on it. */
  readonly db: SajjaDatabase;
  /** Households. */
  readonly households: HouseholdRepository;
  /** The funds and groups households belong to. */
  readonly organisations: OrganisationRepository;
  /** Which household belongs to which organisation, on what terms. */
  readonly memberships: MembershipRepository;
  /** Household ledgers (บัญชีครัวเรือน). */
  readonly ledger: LedgerRepository;
  /** Deposits, withdrawals, repayments, contributions, loans and shares. */
  readonly fundTransactions: FundTransactionRepository;
  /** Loans made to member households; their repayments are fund transactions. */
  readonly loans: LoanRepository;
  /** The append-only change log. */
  readonly changes: ChangeLog;
  /** When this database was first created, as an ISO timestamp. */
  createdAt(): Promise<string>;
  /**
   * Everything the store holds (every table but the database's own facts), read in one
   * transaction: save it as a `.json` file (`JSON.stringify`) to keep the data safe.
   *
   * @example
   * ```ts
   * const backup = await store.exportBackup();
   * const file = new Blob([JSON.stringify(backup)], { type: 'application/json' });
   * ```
   */
  exportBackup(): Promise<SajjaBackup>;
  /**
   * Imports a backup (a {@link SajjaBackup}, or its JSON text) made by
   * {@link SajjaStore.exportBackup},
   * here or in another browser. Every record is validated, and checked against the backup and
   * the database (households, organisations and memberships it refers to; corrections and
   * what they correct). A record whose id is already stored is left alone: counted as
   * `unchanged` when identical, reported as a `conflict` when different (an import never
   * overwrites). If any record has a problem nothing is written, unless `skipInvalid`; what is
   * written is written in one transaction. The backup's change log is kept, and one `'import'`
   * change is logged per record written.
   *
   * @throws {@link @sajja/core!"@sajja/core".SajjaError} `STORAGE_FULL`, `STORAGE_UNAVAILABLE` (nothing
   *   written). Bad content is reported, never thrown.
   *
   * @example
   * ```ts
   * const report = await store.importBackup(await file.text());
   * if (report.problems.length > 0) showProblems(report.problems); // nothing was written
   * ```
   */
  importBackup(backup: unknown, options?: ImportOptions): Promise<ImportReport>;
  /**
   * The household's ledger as a CSV file (`ledgerToCsv` from `@sajja/core/ledger`: UTF-8 with
   * a byte-order mark for Excel, formula-guarded cells), every entry that is not deleted,
   * corrections included, oldest first. For a complete, lossless copy use
   * {@link SajjaStore.exportBackup}: a CSV file carries no deletions and no history.
   *
   * @throws {@link @sajja/core!"@sajja/core".SajjaError} `INVALID_ARGUMENT` (`unknown-record`) for an unknown
   *   household.
   */
  exportLedgerCsv(householdId: string, options?: LedgerToCsvOptions): Promise<string>;
  /**
   * Imports a ledger CSV file (one {@link SajjaStore.exportLedgerCsv} wrote, or one made in a
   * spreadsheet: see `ledgerFromCsv`) into a household's ledger. Rows without an id get one.
   * Every row is validated; problems carry the line where the row starts. An entry whose id
   * is already stored in the household is `unchanged` when the same, a `conflict` otherwise.
   * If any row has a problem nothing is written, unless `skipInvalid`; the rest is written in
   * one transaction, with one `'import'` change per entry.
   *
   * @throws {@link @sajja/core!"@sajja/core".SajjaError} `INVALID_ARGUMENT` (`unknown-record`) for an unknown
   *   household; `STORAGE_FULL`, `STORAGE_UNAVAILABLE`.
   *
   * @example
   * ```ts
   * const report = await store.importLedgerCsv(household.id, await file.text());
   * // { imported: 0, unchanged: 0, skipped: 0,
   * //   problems: [{ line: 7, path: 'amount', reason: 'not-an-amount', … }] }
   * ```
   */
  importLedgerCsv(
    householdId: string,
    text: string,
    options?: ImportOptions,
  ): Promise<ImportReport>;
  /** Closes the connection; the data stays. */
  close(): void;
}

const MAX_NAME_LENGTH = 100;

/**
 * Opens (creating or upgrading it on first use) the household's local Sajja database in
 * IndexedDB, and returns its repositories.
 *
 * @throws {@link @sajja/core!"@sajja/core".SajjaError} `STORAGE_UNAVAILABLE` (reason `no-indexeddb` or `open-failed`)
 *   when the browser gives no usable IndexedDB: private modes, blocked storage, old browsers;
 *   `STORAGE_FULL` when there is no room even to create it.
 *   `INVALID_ARGUMENT` (reason `invalid-option`) for an empty or over-long name.
 *
 * @example
 * ```ts
 * const store = await openStore({ name: 'codi-portal' });
 * const household = await store.households.add({ name: 'บ้านนายสมชาย' });
 * await store.ledger.add(household.id, {
 *   date: '2024-03-05', kind: 'income', category: 'farming', amount: '2500',
 * });
 * store.ledger.liveSummary({ householdId: household.id, from: '2024-01-01', to: '2024-12-31', by: 'month' })
 *   .subscribe((summary) => drawChart(summary.periods));
 * ```
 */
export async function openStore(options: OpenStoreOptions = {}): Promise<SajjaStore> {
  const name = options.name ?? DEFAULT_STORE_NAME;
  if (typeof name !== 'string' || name.trim() === '' || name.length > MAX_NAME_LENGTH) {
    throw new SajjaError(
      'INVALID_ARGUMENT',
      'invalid-option',
      `A store name must be 1–${MAX_NAME_LENGTH} characters, got ${JSON.stringify(name)}.`,
      { input: name },
    );
  }
  const factory = options.indexedDB ?? globalThis.indexedDB;
  if (!factory) {
    throw new SajjaError(
      'STORAGE_UNAVAILABLE',
      'no-indexeddb',
      'IndexedDB is not available in this environment.',
      { input: name },
    );
  }
  const db = createDatabase(name, factory);
  try {
    await db.open();
    // Written once; a later open finds it and leaves it alone.
    await db.meta.add({ key: 'createdAt', value: new Date().toISOString() }).catch((error) => {
      if (!isConstraintError(error)) throw error;
    });
  } catch (error) {
    db.close();
    const mapped = storageError(error, 'open-failed');
    if (mapped instanceof SajjaError) throw mapped;
    throw new SajjaError(
      'STORAGE_UNAVAILABLE',
      'open-failed',
      `Could not open the IndexedDB database ${JSON.stringify(name)}: ${String(error)}`,
      { input: name },
    );
  }
  return {
    name,
    db,
    households: createHouseholdRepository(db),
    organisations: createOrganisationRepository(db),
    memberships: createMembershipRepository(db),
    ledger: createLedgerRepository(db),
    fundTransactions: createFundTransactionRepository(db),
    loans: createLoanRepository(db),
    changes: createChangeLog(db),
    async createdAt() {
      const record = await guarded(() => db.meta.get('createdAt'));
      return record?.value ?? '';
    },
    exportBackup: () => guarded(() => exportBackup(db)),
    importBackup: (backup, importOptions) => guarded(() => importBackup(db, backup, importOptions)),
    exportLedgerCsv: (householdId, csvOptions) =>
      guarded(() => exportLedgerCsv(db, householdId, csvOptions)),
    importLedgerCsv: (householdId, text, importOptions) =>
      guarded(() => importLedgerCsv(db, householdId, text, importOptions)),
    close: () => db.close(),
  };
}
