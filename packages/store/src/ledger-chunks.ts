import Dexie from 'dexie';
import type { SajjaDatabase } from './database.js';
import type { LedgerRecord } from './ledger.js';

/**
 * A run of one household's ledger entries, stored as one IndexedDB record: the ledger is kept
 * in chunks because IndexedDB in Chromium spends about as long on each record it writes as on
 * its content (one record per entry stored 4,000–6,000 entries a second; the same entries in
 * records of 1,000 over 150,000 a second). A chunk covers the days from its `start` up to the
 * day before the next chunk's start, never past the end of its month: each month begins with a
 * chunk starting on its 1st, split at day boundaries into more chunks while it holds more than
 * 1,000 entries (a household seldom writes more than a few hundred entries a month, so most
 * months are one chunk).
 *
 * Entries are never taken out of a chunk (a deletion only sets `deletedAt`), so an entry stays
 * in the chunk its date first put it in, until a split moves it to the chunk that now covers
 * its day.
 */
export interface LedgerChunkRecord {
  /** The household whose entries these are. */
  readonly householdId: string;
  /** The first day the chunk covers (ISO `YYYY-MM-DD`): the 1st of its month, or a split's day. */
  readonly start: string;
  /** The entries, ordered by date and then by id. */
  readonly entries: LedgerRecord[];
}

/**
 * @internal The most entries a chunk holds unless one day alone has more (a day is never
 * split): a single write reads and rewrites one chunk, some 10 ms at 1,000 entries.
 */
export const MAX_CHUNK_ENTRIES = 1000;

/** The ledger's order: by date, then by id (by UTF-16 code units, as IndexedDB orders keys). */
function compareEntries(a: LedgerRecord, b: LedgerRecord): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  return 0;
}

function monthStart(date: string): string {
  return `${date.slice(0, 7)}-01`;
}

/**
 * @internal `entries` in ledger order. Grouped by day first: a month holds at most 31 days, and
 * comparing ids alone within a day is the cheaper comparison (this is most of an import's
 * sorting).
 */
export function inLedgerOrder(entries: readonly LedgerRecord[]): LedgerRecord[] {
  const byDay = new Map<string, LedgerRecord[]>();
  for (const entry of entries) {
    const day = byDay.get(entry.date);
    if (day) day.push(entry);
    else byDay.set(entry.date, [entry]);
  }
  const sorted: LedgerRecord[] = [];
  for (const date of [...byDay.keys()].sort()) {
    const day = byDay.get(date)!;
    if (day.length > 1) day.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (const entry of day) sorted.push(entry);
  }
  return sorted;
}

/** Two runs of entries, each in ledger order, as one run in ledger order. */
function merge(a: readonly LedgerRecord[], b: readonly LedgerRecord[]): LedgerRecord[] {
  if (a.length === 0) return [...b];
  if (b.length === 0) return [...a];
  const merged: LedgerRecord[] = new Array<LedgerRecord>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) {
    merged[k++] = compareEntries(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!;
  }
  while (i < a.length) merged[k++] = a[i++]!;
  while (j < b.length) merged[k++] = b[j++]!;
  return merged;
}

/**
 * @internal The chunk records for `entries` (in ledger order, all in `start`'s month, on or
 * after it): one when they fit, else parts of about equal size cut at day boundaries, the first
 * keeping `start` and each other starting on its first entry's day.
 */
export function chunkRecords(
  householdId: string,
  start: string,
  entries: LedgerRecord[],
): LedgerChunkRecord[] {
  if (entries.length <= MAX_CHUNK_ENTRIES) return [{ householdId, start, entries }];
  const target = Math.ceil(entries.length / Math.ceil(entries.length / MAX_CHUNK_ENTRIES));
  const chunks: LedgerChunkRecord[] = [];
  let partStart = 0;
  let dayStart = 0;
  while (dayStart < entries.length) {
    const date = entries[dayStart]!.date;
    let dayEnd = dayStart + 1;
    while (dayEnd < entries.length && entries[dayEnd]!.date === date) dayEnd++;
    const size = dayStart - partStart;
    if (size > 0 && (size >= target || size + (dayEnd - dayStart) > MAX_CHUNK_ENTRIES)) {
      chunks.push({
        householdId,
        start: chunks.length === 0 ? start : entries[partStart]!.date,
        entries: entries.slice(partStart, dayStart),
      });
      partStart = dayStart;
    }
    dayStart = dayEnd;
  }
  chunks.push({
    householdId,
    start: chunks.length === 0 ? start : entries[partStart]!.date,
    entries: entries.slice(partStart),
  });
  return chunks;
}

/**
 * @internal Every chunk record of one household's entries (any order), as an upgrade or a
 * rebuild writes them into an empty table.
 */
export function householdChunkRecords(
  householdId: string,
  entries: readonly LedgerRecord[],
): LedgerChunkRecord[] {
  const byMonth = new Map<string, LedgerRecord[]>();
  for (const entry of entries) {
    const start = monthStart(entry.date);
    const month = byMonth.get(start);
    if (month) month.push(entry);
    else byMonth.set(start, [entry]);
  }
  return [...byMonth].flatMap(([start, month]) =>
    chunkRecords(householdId, start, inLedgerOrder(month)),
  );
}

/** The largest of the sorted `starts` on or before `date` in `date`'s month, if any. */
function chunkStartFor(starts: readonly string[], date: string): string | undefined {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (starts[middle]! <= date) low = middle + 1;
    else high = middle;
  }
  const start = starts[low - 1];
  return start !== undefined && start >= monthStart(date) ? start : undefined;
}

/** The household's chunks that may hold a day from `from` to `to` (either end open). */
function chunksCovering(db: SajjaDatabase, householdId: string, from?: string, to?: string) {
  return db.ledgerChunks
    .where('[householdId+start]')
    .between(
      [householdId, from === undefined ? Dexie.minKey : monthStart(from)],
      [householdId, to ?? Dexie.maxKey],
      true,
      true,
    );
}

/**
 * @internal The starts of the household's chunks that cover some day from `from` to `to`
 * (ISO dates; either end open), oldest first.
 */
export async function chunkStarts(
  db: SajjaDatabase,
  householdId: string,
  from?: string,
  to?: string,
): Promise<string[]> {
  const keys = await chunksCovering(db, householdId, from, to).primaryKeys();
  return keys.map(([, start]) => start);
}

/**
 * @internal The household's entries dated from `from` to `to` (either end open), in ledger
 * order, deleted ones included.
 */
export async function entriesBetween(
  db: SajjaDatabase,
  householdId: string,
  from?: string,
  to?: string,
): Promise<LedgerRecord[]> {
  const chunks = await chunksCovering(db, householdId, from, to).toArray();
  const entries: LedgerRecord[] = [];
  for (const { entries: chunk } of chunks) {
    for (const entry of chunk) {
      if ((from === undefined || entry.date >= from) && (to === undefined || entry.date <= to)) {
        entries.push(entry);
      }
    }
  }
  return entries;
}

/**
 * @internal Finds stored entries in the household's chunks by id and date (an entry's date
 * tells its chunk): the entries found, by id.
 */
export async function entriesAt(
  db: SajjaDatabase,
  householdId: string,
  wanted: readonly { readonly id: string; readonly date: string }[],
): Promise<Map<string, LedgerRecord>> {
  const found = new Map<string, LedgerRecord>();
  if (wanted.length === 0) return found;
  const dates = wanted.map(({ date }) => date).sort();
  const starts = await chunkStarts(db, householdId, dates[0], dates[dates.length - 1]);
  const idsByStart = new Map<string, Set<string>>();
  for (const { id, date } of wanted) {
    const start = chunkStartFor(starts, date);
    if (start === undefined) continue;
    const ids = idsByStart.get(start);
    if (ids) ids.add(id);
    else idsByStart.set(start, new Set([id]));
  }
  const keys = [...idsByStart.keys()];
  const chunks = await db.ledgerChunks.bulkGet(keys.map((start) => [householdId, start]));
  chunks.forEach((chunk, position) => {
    const ids = idsByStart.get(keys[position]!)!;
    for (const entry of chunk?.entries ?? []) if (ids.has(entry.id)) found.set(entry.id, entry);
  });
  return found;
}

/**
 * @internal Writes entries of one household into its chunks, inside the caller's transaction:
 * `added` (new ids) inserted in order, `replaced` (stored entries, same id and date) put in
 * place of the stored ones. Only the chunks they fall in are read and rewritten; a chunk grown
 * past {@link MAX_CHUNK_ENTRIES} is split.
 */
export async function writeToChunks(
  db: SajjaDatabase,
  householdId: string,
  added: readonly LedgerRecord[],
  replaced: readonly LedgerRecord[] = [],
): Promise<void> {
  if (added.length === 0 && replaced.length === 0) return;
  let first = (added[0] ?? replaced[0])!.date;
  let last = first;
  for (const { date } of [...added, ...replaced]) {
    if (date < first) first = date;
    if (date > last) last = date;
  }
  const starts = await chunkStarts(db, householdId, first, last);
  const changes = new Map<string, { added: LedgerRecord[]; replaced: Map<string, LedgerRecord> }>();
  const changeOf = (date: string) => {
    const start = chunkStartFor(starts, date) ?? monthStart(date);
    let change = changes.get(start);
    if (!change) {
      change = { added: [], replaced: new Map() };
      changes.set(start, change);
    }
    return change;
  };
  for (const entry of added) changeOf(entry.date).added.push(entry);
  for (const entry of replaced) changeOf(entry.date).replaced.set(entry.id, entry);

  const keys = [...changes.keys()];
  const stored = await db.ledgerChunks.bulkGet(keys.map((start) => [householdId, start]));
  const records: LedgerChunkRecord[] = [];
  keys.forEach((start, position) => {
    const change = changes.get(start)!;
    let entries = stored[position]?.entries ?? [];
    if (change.replaced.size > 0) {
      entries = entries.map((entry) => change.replaced.get(entry.id) ?? entry);
    }
    entries = merge(entries, inLedgerOrder(change.added));
    records.push(...chunkRecords(householdId, start, entries));
  });
  await db.ledgerChunks.bulkPut(records);
}
