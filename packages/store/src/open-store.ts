import { SajjaError } from '@sajja/core';
import type { LedgerToCsvOptions } from '@sajja/core/ledger';
import Dexie from 'dexie';
import type { SajjaBackup } from './backup.js';
import { createChangeLog, type ChangeLog } from './change-log.js';
import { SajjaDatabase } from './database.js';
import {
  createFundTransactionRepository,
  type FundTransactionRepository,
} from './fund-transactions.js';
import { createHouseholdRepository, type HouseholdRepository } from './households.js';
import type { ImportOptions, ImportReport } from './import-report.js';
import { createLedgerRepository, type LedgerRepository } from './ledger.js';
import { createLoanRepository, type LoanRepository } from './loans.js';
import { createMembershipRepository, type MembershipRepository } from './memberships.js';
import { createOrganisationRepository, type OrganisationRepository } from './organisations.js';
import { guarded, storageError } from './storage-errors.js';
import {
  liveSyncStatus,
  readSyncStatus,
  StoreSyncController,
  type SyncConnection,
  type SyncController,
  type SyncOptions,
  type SyncStatus,
} from './sync-controller.js';
import type { LiveQuery } from './live-query.js';

import { DEFAULT_STORE_NAME } from '@sajja/core';

/** The database name used when none is given (the core's, shared with the widgets). */
export { DEFAULT_STORE_NAME };

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
 * An open Sajja database: typed repositories over one IndexedDB database (run by Dexie, which
 * stays private: the repositories are the whole API). Every write
 * is validated, and it is committed together with its change-log record in one transaction.
 * Close it when done; open it again with {@link openStore}.
 */
export interface SajjaStore {
  /** The IndexedDB database name. */
  readonly name: string;
  /** Households. */
  readonly households: HouseholdRepository;
  /** The funds and groups households belong to. */
  readonly organisations: OrganisationRepository;
  /** Which household belongs to which organisation, on what terms. */
  readonly memberships: MembershipRepository;
  /** Household ledgers (บัญชีครัวเรือน). */
  readonly ledger: LedgerRepository;
  /** Deposits, withdrawals, repayments, contributions, loans, shares and welfare benefits. */
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
   * The same records in Dexie's export format (`dexie-export-import`, `formatName: 'dexie'`),
   * as a JSON file: for tools that read Dexie exports, or to move a database whole. Tables
   * derived from the records are left out; {@link SajjaStore.importBackup} reads the file back
   * with every check it makes of a backup. It carries no checksum: prefer
   * {@link SajjaStore.exportBackup} for a household's own copy.
   *
   * @example
   * ```ts
   * const file = await store.exportDexieBackup();
   * link.href = URL.createObjectURL(file); // 'application/json'
   * ```
   */
  exportDexieBackup(): Promise<Blob>;
  /**
   * Imports a backup made by {@link SajjaStore.exportBackup} (the object, its JSON text, or the
   * saved file as a `Blob`/`File`) or by {@link SajjaStore.exportDexieBackup}, here or in
   * another browser. A backup whose `checksum` does not match its tables (edited or damaged
   * after it was saved) is refused whole: problem `checksum-mismatch`. Every record is validated, and checked against the backup and
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
  /**
   * A controller that syncs this store with a Sajja sync server (`@sajja/server`, run by the
   * partner): it pushes what was written here and pulls what the token may see. Nothing happens
   * until `start()` (background sync) or `syncNow()`. Records keep their ids everywhere; records
   * written from a pull are logged as `'sync'` and never pushed back; a household's name, a
   * membership's leaving day and an organisation's name and rules changed on two devices end as
   * the later change on both (hybrid logical clocks). Sync never holds up a write. Use one
   * controller per store and page (several tabs take turns).
   *
   * @throws {@link @sajja/core!"@sajja/core".SajjaError} `INVALID_ARGUMENT` (`invalid-option`) for a
   *   connection without an http(s) `url`, or without `token` or `getToken`.
   *
   * @example
   * ```ts
   * const sync = store.sync({ url: 'https://sync.example.org', getToken: () => portal.token() });
   * sync.addEventListener('status', () => console.log(sync.status.state));
   * sync.start();
   * ```
   */
  sync(connection: SyncConnection, options?: SyncOptions): SyncController;
  /**
   * Where this store's sync stands, as the last sync left it (from any page or tab): when it
   * last synced, how many writes wait to be pushed, and any problem.
   */
  syncStatus(): Promise<SyncStatus>;
  /** {@link SajjaStore.syncStatus}, live: shown again on every write and every sync. */
  liveSyncStatus(): LiveQuery<SyncStatus>;
  /** Closes the connection; the data stays. */
  close(): void;
}

const MAX_NAME_LENGTH = 100;
const OPTION_NAMES: readonly (keyof OpenStoreOptions)[] = ['name', 'indexedDB'];

/**
 * The backup and file-import code, loaded on its first use: most pages never back up. When it
 * cannot be loaded (a bundle's chunk not hosted, the network down), the call fails as storage
 * does, `STORAGE_UNAVAILABLE` (`storage-failed`), and the next call tries again.
 */
const transfer = () =>
  import('./transfer.js').catch((error: unknown) => {
    const failure = new SajjaError(
      'STORAGE_UNAVAILABLE',
      'storage-failed',
      `The store's backup and import code could not be loaded: ${String(error)}`,
    );
    failure.cause = error;
    throw failure;
  });

/** Each store's database, for the store's own modules and tests; never part of the API. */
const databases = new WeakMap<SajjaStore, SajjaDatabase>();

/** @internal The Dexie database behind `store`. */
export function databaseOf(store: SajjaStore): SajjaDatabase {
  const db = databases.get(store);
  if (!db) throw new TypeError('Not a store made by openStore.');
  return db;
}

/**
 * Opens (creating or upgrading it on first use) the household's local Sajja database in
 * IndexedDB, and returns its repositories. Give the name alone (`openStore('codi-portal')`) or
 * options; without either it opens the store named `'sajja'`.
 *
 * @throws {@link @sajja/core!"@sajja/core".SajjaError} `STORAGE_UNAVAILABLE` (reason `no-indexeddb` or `open-failed`)
 *   when the browser gives no usable IndexedDB: private modes, blocked storage, old browsers;
 *   `STORAGE_FULL` when there is no room even to create it.
 *   `INVALID_ARGUMENT` (reason `invalid-option`, with `details.option`) for an empty, over-long
 *   or non-text name, an `indexedDB` that is not an IndexedDB factory, an option this function
 *   does not know (`details.closest` names the one probably meant), or anything but a name or
 *   an options object: a store other than the one asked for is never opened.
 *
 * @example
 * ```ts
 * const store = await openStore('codi-portal');
 * const household = await store.households.add({ name: 'บ้านนายสมชาย' });
 * await store.ledger.add(household.id, {
 *   date: '2024-03-05', kind: 'income', category: 'farming', amount: '2500',
 * });
 * store.ledger.liveSummary({ householdId: household.id, from: '2024-01-01', to: '2024-12-31', by: 'month' })
 *   .subscribe((summary) => drawChart(summary.periods));
 * ```
 */
export async function openStore(nameOrOptions?: string | OpenStoreOptions): Promise<SajjaStore> {
  const options = checkOptions(nameOrOptions);
  const name = options.name ?? DEFAULT_STORE_NAME;
  const factory = options.indexedDB ?? globalThis.indexedDB;
  if (!factory) {
    throw new SajjaError(
      'STORAGE_UNAVAILABLE',
      'no-indexeddb',
      'IndexedDB is not available in this environment.',
      { input: name },
    );
  }
  const db = new SajjaDatabase(name, factory);
  try {
    await db.open();
    // Written once; a later open finds it and leaves it alone.
    await db.meta.add({ key: 'createdAt', value: new Date().toISOString() }).catch((error) => {
      if (!(error instanceof Dexie.ConstraintError)) throw error;
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
  const store: SajjaStore = {
    name,
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
    exportBackup: () => guarded(async () => (await transfer()).exportBackup(db)),
    exportDexieBackup: () => guarded(async () => (await transfer()).exportDexieFile(db)),
    importBackup: (backup, importOptions) =>
      guarded(async () => (await transfer()).importBackup(db, backup, importOptions)),
    exportLedgerCsv: (householdId, csvOptions) =>
      guarded(async () => (await transfer()).exportLedgerCsv(db, householdId, csvOptions)),
    importLedgerCsv: (householdId, text, importOptions) =>
      guarded(async () => (await transfer()).importLedgerCsv(db, householdId, text, importOptions)),
    sync: (connection, syncOptions) => new StoreSyncController(db, connection, syncOptions),
    syncStatus: () => readSyncStatus(db),
    liveSyncStatus: () => liveSyncStatus(db),
    close: () => db.close(),
  };
  databases.set(store, db);
  return store;
}

/** The options asked for, each checked: never a silent default in place of a bad value. */
function checkOptions(nameOrOptions: unknown): OpenStoreOptions {
  if (nameOrOptions === undefined) return {};
  const options: Record<string, unknown> =
    typeof nameOrOptions === 'string'
      ? { name: nameOrOptions }
      : isOptionsObject(nameOrOptions)
        ? nameOrOptions
        : invalidOption('', nameOrOptions, 'openStore takes a store name or an options object');
  for (const key of Object.keys(options)) {
    if (!(OPTION_NAMES as readonly string[]).includes(key)) {
      const closest = closestName(key, OPTION_NAMES);
      invalidOption(
        key,
        options[key],
        `openStore has no option ${JSON.stringify(key)}${closest ? ` (did you mean ${JSON.stringify(closest)}?)` : ''}`,
        closest,
      );
    }
  }
  const { name, indexedDB } = options;
  if (
    name !== undefined &&
    (typeof name !== 'string' || name.trim() === '' || name.length > MAX_NAME_LENGTH)
  ) {
    invalidOption('name', name, `A store name must be text of 1–${MAX_NAME_LENGTH} characters`);
  }
  if (
    indexedDB !== undefined &&
    (typeof indexedDB !== 'object' ||
      indexedDB === null ||
      typeof (indexedDB as IDBFactory).open !== 'function')
  ) {
    invalidOption('indexedDB', indexedDB, 'indexedDB must be an IndexedDB factory');
  }
  return options as OpenStoreOptions;
}

function isOptionsObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function invalidOption(option: string, input: unknown, message: string, closest?: string): never {
  throw new SajjaError(
    'INVALID_ARGUMENT',
    'invalid-option',
    `${message}, got ${describe(input)}.`,
    {
      input,
      details: { option, ...(closest ? { closest } : {}) },
    },
  );
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'object' && value !== null)
    return Array.isArray(value) ? 'a list' : 'an object';
  return String(value);
}

/** The known name nearest to `name` (by edit distance, at most 3 edits), if any. */
function closestName(name: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 4;
  for (const candidate of known) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(
        previous[j]! + 1,
        row[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = row;
  }
  return previous[b.length]!;
}
