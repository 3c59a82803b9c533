import type Dexie from 'dexie';

/** One version of the database schema. */
export interface SchemaVersion {
  /** The version number; each new version is one higher than the last. */
  readonly version: number;
  /** Dexie's table declarations at this version: table name → primary key and indexes. */
  readonly stores: Readonly<Record<string, string>>;
}

/**
 * Every schema version of the Sajja database, oldest first, declared in this one place.
 * A new version appends an entry (with an `upgrade` when existing records must change) and
 * never edits an old one: browsers out there hold data at every version ever released.
 *
 * Index syntax is Dexie's: the first key is the primary key.
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
];

/** The schema version this release of `@sajja/store` writes. */
export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;

/** Declares every version on a Dexie database before it is opened (internal). */
export function declareSchema(db: Dexie): void {
  for (const { version, stores } of SCHEMA_VERSIONS) db.version(version).stores(stores);
}
