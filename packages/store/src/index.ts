/**
 * `@sajja/store`: local-first storage on Dexie (IndexedDB) for households and their funds.
 * Data stays in the household's own browser.
 *
 * @packageDocumentation
 */
export { openStore, DEFAULT_STORE_NAME } from './open-store.js';
export type { OpenStoreOptions, SajjaStore, SajjaDatabase, MetaRecord } from './open-store.js';
export { SCHEMA_VERSIONS, CURRENT_SCHEMA_VERSION } from './schema.js';
export type { SchemaVersion } from './schema.js';
