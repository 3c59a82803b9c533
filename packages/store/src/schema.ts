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
];

/** The schema version this release of `@sajja/store` writes. */
export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;

/** Declares every version on a Dexie database before it is opened (internal). */
export function declareSchema(db: Dexie): void {
  for (const { version, stores } of SCHEMA_VERSIONS) db.version(version).stores(stores);
}
