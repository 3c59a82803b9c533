import type { SajjaDatabase } from './database.js';
import type { LedgerRecord } from './ledger.js';

/**
 * One bucket of the ledger's id directory: where each ledger entry whose id hashes to this
 * bucket is stored (its household and date, which name its chunk). The ledger is stored in
 * chunks (see `LedgerChunkRecord`), so an id alone (`ledger.get(id)`, `reverse(id)`, an
 * import's duplicate check) needs this directory to find its entry. It is derived data, kept
 * in step with the chunks in every write and not in backups.
 *
 * The directory is cut into 256 records by a hash of the id, so a single
 * write rewrites one small record (some 400 ids at 100,000 entries) and an import rewrites at
 * most every bucket once. The three lists run in parallel (position `i` of each describes one
 * entry): lists of strings cost IndexedDB far less to store and read than one object per id.
 */
export interface LedgerIdBucketRecord {
  /** The bucket number, 0 to 255: FNV-1a (32 bits) of the id's UTF-16 code units, modulo 256. */
  readonly bucket: number;
  /** The ids of the entries. */
  readonly ids: string[];
  /** The household of each entry. */
  readonly householdIds: string[];
  /** The date of each entry (ISO `YYYY-MM-DD`). */
  readonly dates: string[];
}

/** @internal How many buckets the id directory has. Part of the stored format: never change it. */
export const LEDGER_ID_BUCKETS = 256;

/** @internal The bucket of an id: FNV-1a (32 bits) over its UTF-16 code units, modulo 256. */
export function ledgerIdBucket(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % LEDGER_ID_BUCKETS;
}

/** @internal Where an entry is stored: its household and date. */
export interface LedgerPlace {
  /** The entry's household. */
  readonly householdId: string;
  /** The entry's date. */
  readonly date: string;
}

function byBucket<T>(items: Iterable<T>, id: (item: T) => string): Map<number, T[]> {
  const buckets = new Map<number, T[]>();
  for (const item of items) {
    const bucket = ledgerIdBucket(id(item));
    const list = buckets.get(bucket);
    if (list) list.push(item);
    else buckets.set(bucket, [item]);
  }
  return buckets;
}

/** @internal Where the stored entries with these ids are (ids not stored are left out). */
export async function ledgerPlaces(
  db: SajjaDatabase,
  ids: Iterable<string>,
): Promise<Map<string, LedgerPlace>> {
  const wanted = byBucket(new Set(ids), (id) => id);
  const numbers = [...wanted.keys()];
  const buckets = await db.ledgerIds.bulkGet(numbers);
  const places = new Map<string, LedgerPlace>();
  buckets.forEach((bucket, position) => {
    if (bucket === undefined) return;
    const ids = new Set(wanted.get(numbers[position]!));
    bucket.ids.forEach((id, i) => {
      if (ids.has(id))
        places.set(id, { householdId: bucket.householdIds[i]!, date: bucket.dates[i]! });
    });
  });
  return places;
}

/**
 * @internal The id directory's buckets with `entries` (new ids) added to `stored` (the buckets
 * as stored, `undefined` where none is), for the caller to put.
 */
export function bucketsWith(
  entries: readonly LedgerRecord[],
  stored: (bucket: number) => LedgerIdBucketRecord | undefined,
): LedgerIdBucketRecord[] {
  return [...byBucket(entries, (entry) => entry.id)].map(([bucket, added]) => {
    const before = stored(bucket);
    const record: LedgerIdBucketRecord = {
      bucket,
      ids: before ? [...before.ids] : [],
      householdIds: before ? [...before.householdIds] : [],
      dates: before ? [...before.dates] : [],
    };
    for (const entry of added) {
      record.ids.push(entry.id);
      record.householdIds.push(entry.householdId);
      record.dates.push(entry.date);
    }
    return record;
  });
}

/** @internal Records new entries in the id directory, inside the caller's transaction. */
export async function addLedgerPlaces(
  db: SajjaDatabase,
  entries: readonly LedgerRecord[],
): Promise<void> {
  if (entries.length === 0) return;
  const numbers = [...new Set(entries.map((entry) => ledgerIdBucket(entry.id)))];
  const stored = new Map<number, LedgerIdBucketRecord>();
  (await db.ledgerIds.bulkGet(numbers)).forEach((bucket) => {
    if (bucket) stored.set(bucket.bucket, bucket);
  });
  await db.ledgerIds.bulkPut(bucketsWith(entries, (bucket) => stored.get(bucket)));
}
