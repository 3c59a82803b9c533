import { stampEdit } from './sync-state.js';
import {
  assertIsoDate,
  localToday,
  reversalProblem,
  SajjaError,
  type ReversalProblem,
  type SajjaProblem,
} from '@sajja/core';
import {
  validateLedgerEntry,
  type LedgerEntry,
  type LedgerSummary,
  type SummarizeLedgerOptions,
  type ValidLedgerEntry,
} from '@sajja/core/ledger';
import Dexie from 'dexie';
import { storeError } from './store-sentences.js';
import { logChange } from './change-log.js';
import type { SajjaDatabase } from './database.js';
import { newId, timestampNow } from './ids.js';
import { live, type LiveQuery } from './live-query.js';
import { chunkStarts, entriesBetween } from './ledger-chunks.js';
import { cancelledIds, correctionsOf } from './ledger-corrections.js';
import {
  addLedgerEntries,
  deleteLedgerEntry,
  ledgerEntry,
  ledgerWriteTables,
} from './ledger-entries.js';
import { ledgerPlaces } from './ledger-ids.js';
import { refuseIfFromDeposit } from './deposit-ledger.js';
import { summaryFromMonths } from './ledger-months.js';
import { compact } from './record-checker.js';
import { sameEntry } from './ledger-record.js';
import { guarded } from './storage-errors.js';
import { duplicateId, unknownRecord } from './write.js';

/**
 * A household ledger entry as stored: a validated `LedgerEntry` of `@sajja/core/ledger` (amount as a
 * two-decimal string, note trimmed) with the household it belongs to and when it was written.
 * Entries are never edited: a correction is a new entry with `reverses` set, and a deletion
 * only sets `deletedAt`.
 */
export interface LedgerRecord extends ValidLedgerEntry {
  /** The household whose ledger this is. */
  readonly householdId: string;
  /** When the entry was written, as an ISO timestamp (UTC). */
  readonly recordedAt: string;
  /**
   * When the entry was deleted (soft delete), as an ISO timestamp; absent while it counts.
   * A deleted entry stays in the database, the backup and the change log, and counts nowhere.
   */
  readonly deletedAt?: string;
  /**
   * The fund transaction that wrote this entry: a deposit recorded with `{ ledger: true }`
   * (the entry is its saving), or that deposit's reversal (the entry is the correction). Such
   * an entry is reversed by reversing the deposit; the ledger refuses to reverse or delete it
   * on its own (`linked-to-deposit`). Only the store sets it: `add` ignores it.
   */
  readonly fundTransactionId?: string;
}

/** What {@link LedgerRepository.add} takes: a ledger entry, the id optional. */
export type NewLedgerEntry = Omit<LedgerEntry, 'id'> & {
  /** An id of your own, any non-empty text; a UUID is made when absent. */
  readonly id?: string;
};

/** Options for {@link LedgerRepository.list}. */
export interface LedgerListOptions {
  /** The household whose ledger to read. */
  readonly householdId: string;
  /** Only entries on or after this day (ISO `YYYY-MM-DD`). */
  readonly from?: string;
  /** Only entries on or before this day (ISO `YYYY-MM-DD`). */
  readonly to?: string;
  /**
   * Also return entries cancelled by a correction, and the corrections (default `false`: only
   * the entries that count, as summaries count them).
   */
  readonly includeReversed?: boolean;
  /** Also return soft-deleted entries (default `false`). */
  readonly includeDeleted?: boolean;
}

/** Options for {@link LedgerRepository.page}. */
export interface LedgerPageOptions {
  /** The household whose ledger to read. */
  readonly householdId: string;
  /** How many entries a page holds, 1–1,000. */
  readonly limit: number;
  /** The `nextCursor` of the previous page; absent for the first (newest) page. */
  readonly before?: string;
  /** Also return cancelled entries and their corrections (default `false`). */
  readonly includeReversed?: boolean;
}

/** One page of a ledger, newest first. */
export interface LedgerPage {
  /** The entries, newest first (by date; entries of one day by id, descending). */
  readonly entries: LedgerRecord[];
  /** Pass as `before` for the next (older) page; absent on the last page. */
  readonly nextCursor?: string;
  /**
   * The ids of entries on this page that a correction cancels (only with `includeReversed`,
   * so a list can strike them through).
   */
  readonly reversed: string[];
}

/** Options for {@link LedgerRepository.count}. */
export interface LedgerCountOptions {
  /** The household whose entries to count. */
  readonly householdId: string;
  /** Also count cancelled entries and their corrections (default `false`). */
  readonly includeReversed?: boolean;
}

/** Options for {@link LedgerRepository.summary}: the household and `summarizeLedger`'s options. */
export interface LedgerSummaryOptions extends SummarizeLedgerOptions {
  /** The household whose ledger to sum. */
  readonly householdId: string;
}

/** The ledger reversal options: the day of the correction and why. */
export interface LedgerReverseOptions {
  /** The day of the correction (default: today in the browser's time zone). */
  readonly date?: string;
  /** Why the entry was corrected, at most 500 characters. */
  readonly note?: string;
}

/** The household ledgers (บัญชีครัวเรือน) of a store. */
export interface LedgerRepository {
  /**
   * Validates an entry (as `validateLedgerEntry` does: amounts as people type them are read,
   * `'1,234.5'` becomes `'1234.50'`), stores it in the household's ledger and returns it as
   * stored. An entry with `reverses` is a correction: see {@link LedgerRepository.reverse}.
   *
   * @throws {@link @sajja/core!"@sajja/core".SajjaError} `INVALID_ARGUMENT` (`invalid-ledger-entry`, with
   *   `problems`), (`unknown-record`) for an unknown household, (`duplicate-id`);
   *   `STORAGE_FULL`, `STORAGE_UNAVAILABLE`.
   *
   * @example
   * ```ts
   * const entry = await store.ledger.add(household.id, {
   *   date: '2024-03-05',
   *   kind: 'expense',
   *   category: 'food',
   *   amount: '1,234.5',
   *   note: 'ข้าวสาร',
   * });
   * entry.amount; // '1234.50'
   * ```
   */
  add(householdId: string, entry: NewLedgerEntry): Promise<LedgerRecord>;
  /**
   * Corrects an entry by appending its reversal (same kind, category, amount and
   * organisation, `reverses` set); both stay in the ledger and the history, and summaries no
   * longer count the original, in its own month. Returns the reversal. To re-instate a
   * reversed entry, add it again.
   *
   * @throws {@link @sajja/core!"@sajja/core".SajjaError} `INVALID_ARGUMENT` (`unknown-record`),
   *   (`already-reversed`), (`reverses-reversal`), (`reverses-deleted`),
   *   (`invalid-ledger-entry`) for a bad date or note, (`linked-to-deposit`) for an entry a
   *   deposit wrote (see {@link LedgerRecord.fundTransactionId}): reverse the deposit instead.
   *
   * @example
   * ```ts
   * const fix = await store.ledger.reverse(entry.id, { date: '2024-03-06', note: 'typed twice' });
   * fix.reverses === entry.id; // true
   * ```
   */
  reverse(id: string, options?: LedgerReverseOptions): Promise<LedgerRecord>;
  /**
   * Soft-deletes an entry (a mistaken one that should never have counted): it gets a
   * `deletedAt`, stays in the database and the backup, and counts nowhere. Deleting a deleted
   * entry changes nothing. Returns the entry as it now is.
   *
   * @throws {@link @sajja/core!"@sajja/core".SajjaError} `INVALID_ARGUMENT` (`unknown-record`),
   *   (`part-of-reversal`): a reversed entry or a reversal is history and stays,
   *   (`linked-to-deposit`): an entry a deposit wrote goes with the deposit.
   */
  remove(id: string): Promise<LedgerRecord>;
  /** The entry with this id (deleted or not), or `undefined`. */
  get(id: string): Promise<LedgerRecord | undefined>;
  /**
   * The household's entries, oldest first (by date; entries of one day by id).
   *
   * @throws {@link @sajja/core!"@sajja/core".SajjaError} `INVALID_DATE` for a bad `from` or `to`.
   *
   * @example
   * ```ts
   * const march = await store.ledger.list({ householdId, from: '2024-03-01', to: '2024-03-31' });
   * ```
   */
  list(options: LedgerListOptions): Promise<LedgerRecord[]>;
  /**
   * One page of the household's entries, newest first, by keyset paging on date and id: a
   * page costs the same however deep, and entries written meanwhile never shift a page.
   *
   * @throws {@link @sajja/core!"@sajja/core".SajjaError} `INVALID_ARGUMENT` (`invalid-option`) for a bad
   *   `limit` or `before`.
   *
   * @example
   * ```ts
   * const first = await store.ledger.page({ householdId, limit: 20 });
   * const second = await store.ledger.page({ householdId, limit: 20, before: first.nextCursor });
   * ```
   */
  page(options: LedgerPageOptions): Promise<LedgerPage>;
  /** How many entries {@link LedgerRepository.list} would return without dates. */
  count(options: LedgerCountOptions): Promise<number>;
  /**
   * The household's ledger summed by month or year with `summarizeLedger` from
   * `@sajja/core/ledger`: deleted entries left out, corrections cancelling the original in its
   * own period even when dated outside the range.
   *
   * @throws {@link @sajja/core!"@sajja/core".SajjaError} as `summarizeLedger` for bad options.
   *
   * @example
   * ```ts
   * const { periods, total } = await store.ledger.summary({
   *   householdId, from: '2024-01-01', to: '2024-12-31', by: 'month',
   * });
   * String(total.net); // '12500.00'
   * ```
   */
  summary(options: LedgerSummaryOptions): Promise<LedgerSummary>;
  /** {@link LedgerRepository.list}, live. */
  liveList(options: LedgerListOptions): LiveQuery<LedgerRecord[]>;
  /** {@link LedgerRepository.page}, live: the page re-reads when an entry changes. */
  livePage(options: LedgerPageOptions): LiveQuery<LedgerPage>;
  /** {@link LedgerRepository.count}, live. */
  liveCount(options: LedgerCountOptions): LiveQuery<number>;
  /** {@link LedgerRepository.summary}, live. */
  liveSummary(options: LedgerSummaryOptions): LiveQuery<LedgerSummary>;
}

/** The longest page {@link LedgerRepository.page} returns. */
export const MAX_LEDGER_PAGE = 1000;

function invalidEntry(problem: SajjaProblem, input: unknown): SajjaError {
  return new SajjaError(
    'INVALID_ARGUMENT',
    'invalid-ledger-entry',
    `Not a valid ledger entry: ${problem.path}: ${problem.reason}`,
    { input, problems: [problem] },
  );
}

function refuse(
  reason: 'already-reversed' | 'reverses-reversal' | 'reverses-deleted' | 'part-of-reversal',
  id: string,
  message: string,
): SajjaError {
  return storeError(reason, message, { input: id, details: { id } });
}

interface Cursor {
  readonly date: string;
  readonly id: string;
}

function encodeCursor(entry: LedgerRecord): string {
  return JSON.stringify([entry.date, entry.id]);
}

function decodeCursor(text: unknown): Cursor {
  let parsed: unknown;
  try {
    parsed = typeof text === 'string' ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== 2 ||
    typeof parsed[0] !== 'string' ||
    typeof parsed[1] !== 'string'
  ) {
    throw new SajjaError(
      'INVALID_ARGUMENT',
      'invalid-option',
      'before must be a nextCursor of an earlier page.',
      {
        input: text,
        details: { option: 'before' },
      },
    );
  }
  return { date: parsed[0], id: parsed[1] };
}

/** @internal The ledger repository of `db`. */
export function createLedgerRepository(db: SajjaDatabase): LedgerRepository {
  const readTables = [db.ledgerChunks, db.ledgerCorrections];

  const list = (options: LedgerListOptions): Promise<LedgerRecord[]> => {
    const { householdId, from, to, includeReversed = false, includeDeleted = false } = options;
    if (from !== undefined) assertIsoDate(from, 'from');
    if (to !== undefined) assertIsoDate(to, 'to');
    return db.transaction('r', readTables, async () => {
      const hidden = includeReversed
        ? new Set<string>()
        : cancelledIds(await correctionsOf(db, householdId));
      const entries = await entriesBetween(db, householdId, from, to);
      return entries.filter(
        (entry) => (includeDeleted || entry.deletedAt === undefined) && !hidden.has(entry.id),
      );
    });
  };

  const page = (options: LedgerPageOptions): Promise<LedgerPage> => {
    const { householdId, limit, includeReversed = false } = options;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LEDGER_PAGE) {
      throw new SajjaError(
        'INVALID_ARGUMENT',
        'invalid-option',
        `limit must be a whole number from 1 to ${MAX_LEDGER_PAGE}.`,
        {
          input: limit,
          details: { option: 'limit' },
        },
      );
    }
    const cursor = options.before === undefined ? undefined : decodeCursor(options.before);
    return db.transaction('r', readTables, async () => {
      const corrections = await correctionsOf(db, householdId);
      const hidden = includeReversed ? new Set<string>() : cancelledIds(corrections);
      const isShown = (entry: LedgerRecord): boolean =>
        entry.deletedAt === undefined &&
        !hidden.has(entry.id) &&
        (cursor === undefined ||
          entry.date < cursor.date ||
          (entry.date === cursor.date && entry.id < cursor.id));
      // Newest chunks first, one more each round (1, 2, 3, …): the first page of a ledger
      // usually needs only its newest chunk. One entry more than asked tells whether an
      // older page exists.
      const starts = (await chunkStarts(db, householdId, undefined, cursor?.date)).reverse();
      const found: LedgerRecord[] = [];
      for (let next = 0, round = 1; next < starts.length && found.length <= limit; round++) {
        const keys = starts
          .slice(next, next + round)
          .map((start): [string, string] => [householdId, start]);
        next += round;
        for (const chunk of await db.ledgerChunks.bulkGet(keys)) {
          const entries = chunk?.entries ?? [];
          for (let i = entries.length - 1; i >= 0 && found.length <= limit; i--) {
            if (isShown(entries[i]!)) found.push(entries[i]!);
          }
        }
      }
      const entries = found.slice(0, limit);
      const reversedIds = new Set(corrections.map((correction) => correction.reverses!));
      const result: { -readonly [K in keyof LedgerPage]: LedgerPage[K] } = {
        entries,
        reversed: includeReversed
          ? entries.filter((entry) => reversedIds.has(entry.id)).map((entry) => entry.id)
          : [],
      };
      if (found.length > limit) result.nextCursor = encodeCursor(entries[entries.length - 1]!);
      return result;
    });
  };

  const count = ({ householdId, includeReversed = false }: LedgerCountOptions): Promise<number> =>
    db.transaction('r', db.ledgerMonths, db.ledgerCorrections, async () => {
      // The monthly sums count, per day, the entries that are not deleted (see
      // LedgerMonthRecord.days): their total is the count without reading any entry.
      const months = await db.ledgerMonths
        .where('[householdId+month]')
        .between([householdId, Dexie.minKey], [householdId, Dexie.maxKey])
        .toArray();
      let notDeleted = 0;
      for (const month of months) for (const n of Object.values(month.days)) notDeleted += n;
      if (includeReversed) return notDeleted;
      // The store keeps corrections one-to-one with live entries (no second correction, no
      // correction of a correction or of a deleted entry), so each hides exactly two.
      return notDeleted - 2 * (await correctionsOf(db, householdId)).length;
    });

  const summary = ({ householdId, ...options }: LedgerSummaryOptions): Promise<LedgerSummary> =>
    db.transaction('r', db.ledgerChunks, db.ledgerCorrections, db.ledgerMonths, () =>
      summaryFromMonths(db, householdId, options),
    );

  /**
   * Writes a new entry (checked already, `original` being the entry it corrects), its change
   * record and everything derived from it; inside a transaction.
   */
  const write = async (record: LedgerRecord, original?: LedgerRecord): Promise<LedgerRecord> => {
    await addLedgerEntries(db, [record], () => original);
    await logChange(
      db,
      'ledger',
      [record.id],
      record.reverses === undefined ? 'add' : 'reverse',
      record.recordedAt,
    );
    return record;
  };

  /** True when the household's ledger holds a correction of the entry `id`. */
  const isCorrected = async (householdId: string, id: string): Promise<boolean> =>
    (await correctionsOf(db, householdId)).some((correction) => correction.reverses === id);

  /** What the reversal rule of `@sajja/core` forbids about correcting `original` now, if anything. */
  const reversalRuleProblem = async (
    original: LedgerRecord,
  ): Promise<ReversalProblem | undefined> =>
    reversalProblem(original, (await isCorrected(original.householdId, original.id)) ? 1 : 0);

  /** The entry `entry` corrects, or the problem with it as a correction; from the database. */
  const correctedEntry = async (entry: LedgerRecord): Promise<LedgerRecord | SajjaProblem> => {
    const details = { id: entry.reverses! };
    const original = await ledgerEntry(db, entry.reverses!);
    if (original === undefined || original.householdId !== entry.householdId) {
      return { path: 'reverses', reason: 'unknown-reversed', details };
    }
    const problem = await reversalRuleProblem(original);
    if (problem !== undefined) return { path: 'reverses', reason: problem, details };
    if (original.deletedAt !== undefined)
      return { path: 'reverses', reason: 'reverses-deleted', details };
    if (!sameEntry(original, entry))
      return { path: 'reverses', reason: 'reversal-mismatch', details };
    return original;
  };

  // The fund transactions are read to refuse correcting a deposit's entry on its own.
  const tables = [...ledgerWriteTables(db), db.households, db.fundTransactions];

  return {
    add: (householdId, entry) =>
      guarded(() =>
        db.transaction('rw', tables, async () => {
          if (typeof householdId !== 'string' || !(await db.households.get(householdId))) {
            throw unknownRecord('households', householdId);
          }
          const valid = validateLedgerEntry({ ...entry, id: entry?.id ?? newId() });
          if ((await ledgerPlaces(db, [valid.id])).size > 0) throw duplicateId('ledger', valid.id);
          const record: LedgerRecord = { ...valid, householdId, recordedAt: timestampNow() };
          if (record.reverses === undefined) return write(record);
          const original = await correctedEntry(record);
          if ('reason' in original) throw invalidEntry(original, entry);
          await refuseIfFromDeposit(db, original);
          return write(record, original);
        }),
      ),
    reverse: (id, options = {}) =>
      guarded(() =>
        db.transaction('rw', tables, async () => {
          const original = await ledgerEntry(db, id);
          if (original === undefined) throw unknownRecord('ledger', id);
          const problem = await reversalRuleProblem(original);
          if (problem === 'reverses-reversal') {
            throw refuse(
              'reverses-reversal',
              id,
              `Ledger entry ${id} is a correction; add the entry again instead of reversing the correction.`,
            );
          }
          if (problem === 'already-reversed') {
            throw refuse('already-reversed', id, `Ledger entry ${id} is already reversed.`);
          }
          if (original.deletedAt !== undefined) {
            throw refuse(
              'reverses-deleted',
              id,
              `Ledger entry ${id} is deleted; it counts nowhere and needs no correction.`,
            );
          }
          await refuseIfFromDeposit(db, original);
          const valid = validateLedgerEntry(
            compact({
              id: newId(),
              date: options.date ?? localToday(),
              kind: original.kind,
              category: original.category,
              amount: original.amount,
              note: options.note,
              organisationId: original.organisationId,
              reverses: id,
            }),
          );
          return write(
            { ...valid, householdId: original.householdId, recordedAt: timestampNow() },
            original,
          );
        }),
      ),
    remove: (id) =>
      guarded(() =>
        db.transaction('rw', [...tables, db.syncState, db.recordClocks], async () => {
          const entry = await ledgerEntry(db, id);
          if (entry === undefined) throw unknownRecord('ledger', id);
          if (entry.deletedAt !== undefined) return entry;
          if (entry.reverses !== undefined || (await isCorrected(entry.householdId, id))) {
            throw refuse(
              'part-of-reversal',
              id,
              `Ledger entry ${id} is part of a correction, which stays in the books.`,
            );
          }
          await refuseIfFromDeposit(db, entry);
          const deletedAt = timestampNow();
          const deleted: LedgerRecord = { ...entry, deletedAt };
          await deleteLedgerEntry(db, entry, deleted);
          await logChange(db, 'ledger', [id], 'delete', deletedAt);
          // Stamped for sync, though a deletion always wins: a tombstone stays.
          await stampEdit(db, 'ledger', id);
          return deleted;
        }),
      ),
    get: (id) =>
      guarded(() => db.transaction('r', db.ledgerIds, db.ledgerChunks, () => ledgerEntry(db, id))),
    list: (options) => guarded(() => list(options)),
    page: (options) => guarded(() => page(options)),
    count: (options) => guarded(() => count(options)),
    summary: (options) => guarded(() => summary(options)),
    liveList: (options) => live(db, () => list(options)),
    livePage: (options) => live(db, () => page(options)),
    liveCount: (options) => live(db, () => count(options)),
    liveSummary: (options) => live(db, () => summary(options)),
  };
}
