import { reversalProblem, type SajjaProblem, type SajjaProblemReason } from '@sajja/core';
import type { Table } from 'dexie';
import type { ImportProblem } from './import-report.js';
import type { LedgerRecord } from './ledger.js';
import { sameEntry } from './ledger-record.js';
import { canonicalJson } from './record-checker.js';

/**
 * The machinery both imports share (internal): one candidate per incoming record, checked in
 * stages that only ever add problems, so every problem of every record is reported at once and
 * the write happens only when the caller decides it may.
 */

/** Where an incoming record came from, for its problems. */
export type Place = { readonly line: number } | { readonly table: string; readonly index: number };

/** @internal One incoming record on its way in. */
export interface Candidate<T> {
  readonly place: Place;
  /** The normalised record (meaningful only while `problems` is empty). */
  record: T;
  readonly problems: SajjaProblem[];
  /** Already in the database exactly so: counted, not written. */
  unchanged: boolean;
}

/** @internal A candidate that is neither invalid nor already stored: it will be written. */
export function isNew<T>(candidate: Candidate<T>): boolean {
  return candidate.problems.length === 0 && !candidate.unchanged;
}

/** @internal A candidate without problems (new or unchanged). */
export function isGood<T>(candidate: Candidate<T>): boolean {
  return candidate.problems.length === 0;
}

/** @internal The problems of every candidate, placed, in candidate order. */
export function placedProblems(candidates: readonly Candidate<unknown>[]): ImportProblem[] {
  return candidates.flatMap(({ place, problems }) =>
    problems.map((problem) => ({ ...place, ...problem })),
  );
}

/**
 * @internal Where an import looks up what is stored: a table of records by id, or the
 * ledger, whose entries are stored in chunks (ledger-entries.ts).
 */
export interface StoredRecords<T> {
  /** The stored records with these ids (`undefined` where none), in order. */
  withIds(ids: readonly string[]): Promise<(T | undefined)[]>;
  /** The stored corrections of these ids: records whose `reverses` is one of them. */
  correctionsOf(ids: readonly string[]): Promise<T[]>;
}

/**
 * @internal A table (records by id, with an index on `reverses` where they have it), or
 * {@link StoredRecords}.
 */
export type RecordSource<T> = Table<T, string> | StoredRecords<T>;

function storedRecords<T>(source: RecordSource<T>): StoredRecords<T> {
  if ('withIds' in source) return source;
  return {
    withIds: (ids) => storedWithIds(source, ids),
    correctionsOf: (ids) =>
      source
        .where('reverses')
        .anyOf([...ids])
        .toArray(),
  };
}

/** Above this many ids, reading every key of the table at once beats one request per id. */
const KEY_SCAN_THRESHOLD = 200;

/**
 * @internal The stored records with these ids (`undefined` where none), in order. IndexedDB
 * costs a round trip per request, so for many ids (an import) all primary keys are read in one
 * request and only the ids found are fetched: an import into an empty table reads nothing more.
 */
export async function storedWithIds<T>(
  table: Table<T, string>,
  ids: readonly string[],
): Promise<(T | undefined)[]> {
  if (ids.length <= KEY_SCAN_THRESHOLD) return table.bulkGet([...ids]);
  const keys = new Set(await table.toCollection().primaryKeys());
  const present = ids.filter((id) => keys.has(id));
  const records = new Map<string, T | undefined>();
  const found = await table.bulkGet(present);
  present.forEach((id, position) => records.set(id, found[position]));
  return ids.map((id) => records.get(id));
}

/**
 * @internal Marks a second record with an id already used by an earlier one (`duplicate-id`),
 * and records already stored: identical ones as unchanged, different ones as a `conflict`
 * (an import adds what is missing and never overwrites).
 */
export async function checkAgainstStored<T extends { readonly id: string }>(
  candidates: readonly Candidate<T>[],
  source: RecordSource<T>,
  comparable: (record: T) => unknown = (record) => record,
): Promise<void> {
  const firstById = new Map<string, Candidate<T>>();
  for (const candidate of candidates) {
    if (!isGood(candidate)) continue;
    const { id } = candidate.record;
    if (firstById.has(id)) {
      candidate.problems.push({ path: 'id', reason: 'duplicate-id', details: { id } });
    } else {
      firstById.set(id, candidate);
    }
  }
  const good = [...firstById.values()];
  const stored = await storedRecords(source).withIds(good.map((candidate) => candidate.record.id));
  good.forEach((candidate, position) => {
    const existing = stored[position];
    if (existing === undefined) return;
    if (canonicalJson(comparable(existing)) === canonicalJson(comparable(candidate.record))) {
      candidate.unchanged = true;
    } else {
      candidate.problems.push({
        path: 'id',
        reason: 'conflict',
        details: { id: candidate.record.id },
      });
    }
  });
}

/**
 * @internal The records with these ids, from the good candidates first and the database for
 * the rest (`undefined` where neither has one).
 */
export async function lookUp<T extends { readonly id: string }>(
  ids: Iterable<string>,
  candidates: readonly Candidate<T>[],
  source: RecordSource<T>,
): Promise<Map<string, T>> {
  const found = new Map<string, T>();
  for (const candidate of candidates) {
    if (isGood(candidate)) found.set(candidate.record.id, candidate.record);
  }
  const missing = [...new Set(ids)].filter((id) => !found.has(id));
  const stored = missing.length === 0 ? [] : await storedRecords(source).withIds(missing);
  missing.forEach((id, position) => {
    const record = stored[position];
    if (record !== undefined) found.set(id, record);
  });
  return found;
}

/** What the reversal checks need of a record: ledger entries and fund transactions alike. */
type Reversible = {
  readonly id: string;
  readonly householdId: string;
  readonly reverses?: string;
  readonly deletedAt?: string;
};

/**
 * @internal Checks every new correction among the candidates against what it corrects (found
 * among the candidates or in the database): same household, the reversal rule of
 * `@sajja/core` (`reversalProblem`: not itself a correction, not corrected already in the
 * database or by an earlier candidate), not deleted, and the same entry (`same`). The store
 * keeps corrections one-to-one so that each has one meaning.
 */
export async function checkReversals<T extends Reversible>(
  candidates: readonly Candidate<T>[],
  source: RecordSource<T>,
  same: (original: T, reversal: T) => boolean,
): Promise<void> {
  const reversals = candidates.filter(
    (candidate) => isNew(candidate) && candidate.record.reverses !== undefined,
  );
  if (reversals.length === 0) return;
  const targets = reversals.map((candidate) => candidate.record.reverses!);
  const originals = await lookUp(targets, candidates, source);
  const storedReversals = await storedRecords(source).correctionsOf(targets);
  const reversedBy = new Map<string, string>();
  for (const stored of storedReversals) reversedBy.set(stored.reverses!, stored.id);
  for (const candidate of candidates) {
    // Unchanged corrections are in the database already, so they hold their originals.
    const { record } = candidate;
    if (candidate.unchanged && record.reverses !== undefined)
      reversedBy.set(record.reverses, record.id);
  }
  for (const candidate of reversals) {
    const { record } = candidate;
    const target = record.reverses!;
    const original = originals.get(target);
    const details = { id: target };
    const problem = (reason: SajjaProblemReason): void => {
      candidate.problems.push({ path: 'reverses', reason, details });
    };
    if (original === undefined || original.householdId !== record.householdId) {
      problem('unknown-reversed');
      continue;
    }
    // A correction of the original stored, or accepted earlier in this import, is another.
    const by = reversedBy.get(target);
    const rule = reversalProblem(original, by !== undefined && by !== record.id ? 1 : 0);
    if (rule !== undefined) problem(rule);
    else if (original.deletedAt !== undefined) problem('reverses-deleted');
    else if (!same(original, record)) problem('reversal-mismatch');
    else reversedBy.set(target, record.id);
  }
}

/** @internal A correction must repeat the ledger entry it cancels. */
export const sameLedgerEntry = (original: LedgerRecord, reversal: LedgerRecord): boolean =>
  sameEntry(original, reversal);
