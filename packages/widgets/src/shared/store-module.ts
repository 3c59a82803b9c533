import { liveHouseholdOverview, openStore, requestPersistence } from '@sajja/store';
import type { StoreModule } from './store-connection.js';

/**
 * What the widgets use of `@sajja/store`, picked by name: the module `loadStore` loads by
 * `import()` (the store's chunk in the one-script bundle). Only these are kept, so the chunk
 * holds what they need and none of what the store exports beside them (the committee's roster,
 * books and share-out among them, which `meeting/organisation-views.ts` loads for the
 * committee's widgets alone). One object rather than three exports: a chunk that imports it
 * statically (the committee's) loads the whole of it, so the bundler cuts the store's chunk
 * along one line. A widget that needs another function adds it here and to `StoreModule`.
 */
export const storeModule: StoreModule = { openStore, requestPersistence, liveHouseholdOverview };
