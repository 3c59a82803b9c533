import type Dexie from 'dexie';

/**
 * Every schema version of the Sajja database, oldest first, declared in this one place.
 * A new version appends an entry (with an `upgrade` when existing records must change) and
 * never edits an old one: browsers out there hold data at every version ever released.
 *
 * Index syntax is Dexie's: the first key is the primary key.
 */
export const SCHEMA_VERSIONS = [
  {
    version: 1,
    stores: {
      /** Key–value facts about the database itself (when it was created, by which release). */
      meta: 'key',
    },
  },
] as const;

/** The schema version this release of `@sajja/store` writes. */
export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;

/** Declares every version on a Dexie database before it is opened (internal). */
export function declareSchema(db: Dexie): void {
  for (const { version, stores } of SCHEMA_VERSIONS) db.version(version).stores(stores);
}
