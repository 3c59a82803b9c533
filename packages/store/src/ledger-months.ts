import {
  summarizeLedger,
  ledgerCategory,
  type LedgerEntry,
  type LedgerSummary,
  type SummarizeLedgerOptions,
} from '@sajja/core/ledger';
import { addMonths, assertIsoDate, daysInMonth, satangOf, satangText } from '@sajja/core';
import type { SajjaDatabase } from './database.js';
import type { LedgerRecord } from './ledger.js';
import { entriesBetween } from './ledger-chunks.js';
import { correctionsOf } from './ledger-corrections.js';

/**
 * A month of one household's ledger, summed, kept in step with the ledger's chunks inside every
 * write transaction, so that a year's summary reads 12 small records instead of every entry
 * (100,000 entries take a few hundred milliseconds to read from IndexedDB even in chunks, and
 * as long again to sum). Derived data: not in backups.
 */
export interface LedgerMonthRecord {
  /** The household. */
  readonly householdId: string;
  /** The month, `'YYYY-MM'`. */
  readonly month: string;
  /**
   * Per category code, the total of the entries that count (neither deleted, nor a
   * correction, nor corrected), in whole satang as decimal text; categories at 0 left out.
   */
  readonly satang: Readonly<Record<string, string>>;
  /**
   * Per day of the month (`'05'`), how many entries that are not deleted are dated on it,
   * corrections and corrected entries included (as `summarizeLedger` counts days).
   */
  readonly days: Readonly<Record<string, number>>;
}

/** One change to the monthly sums: `satang` to a category and `entries` to a day. */
interface MonthDelta {
  readonly householdId: string;
  readonly date: string;
  readonly category?: string;
  readonly satang?: bigint;
  readonly entries?: number;
}

/**
 * @internal What writing `records` changes in the monthly sums. `originalOf` finds the entry
 * a correction cancels (it must exist: writes are checked first).
 */
export function monthDeltas(
  records: readonly LedgerRecord[],
  originalOf: (id: string) => LedgerRecord | undefined,
): MonthDelta[] {
  const deltas: MonthDelta[] = [];
  for (const record of records) {
    if (record.deletedAt !== undefined) continue;
    const { householdId, date } = record;
    deltas.push({ householdId, date, entries: 1 });
    if (record.reverses === undefined) {
      deltas.push({
        householdId,
        date,
        category: record.category,
        satang: satangOf(record.amount),
      });
    } else {
      const original = originalOf(record.reverses);
      if (original !== undefined && original.deletedAt === undefined) {
        deltas.push({
          householdId,
          date: original.date,
          category: original.category,
          satang: -satangOf(original.amount),
        });
      }
    }
  }
  return deltas;
}

/** @internal What soft-deleting `entry` (neither corrected nor a correction) changes. */
export function deletionDeltas(entry: LedgerRecord): MonthDelta[] {
  const { householdId, date, category } = entry;
  return [
    { householdId, date, entries: -1 },
    { householdId, date, category, satang: -satangOf(entry.amount) },
  ];
}

/** @internal Applies deltas to the monthly sums, inside the caller's transaction. */
export async function applyMonthDeltas(
  db: SajjaDatabase,
  deltas: readonly MonthDelta[],
): Promise<void> {
  if (deltas.length === 0) return;
  // Household → month → its deltas (nested maps: an import brings 200,000 deltas).
  const byHousehold = new Map<string, Map<string, MonthDelta[]>>();
  for (const delta of deltas) {
    let months = byHousehold.get(delta.householdId);
    if (!months) byHousehold.set(delta.householdId, (months = new Map()));
    const month = delta.date.slice(0, 7);
    const list = months.get(month);
    if (list) list.push(delta);
    else months.set(month, [delta]);
  }
  const keys = [...byHousehold].flatMap(([householdId, months]) =>
    [...months.keys()].map((month): [string, string] => [householdId, month]),
  );
  const stored = await db.ledgerMonths.bulkGet(keys);
  const puts: LedgerMonthRecord[] = [];
  const deletes: [string, string][] = [];
  keys.forEach(([householdId, month], position) => {
    const sums = new Map<string, bigint>(
      Object.entries(stored[position]?.satang ?? {}).map(([code, text]) => [code, satangOf(text)]),
    );
    const days = new Map(Object.entries(stored[position]?.days ?? {}));
    for (const delta of byHousehold.get(householdId)!.get(month)!) {
      if (delta.category !== undefined && delta.satang !== undefined) {
        sums.set(delta.category, (sums.get(delta.category) ?? 0n) + delta.satang);
      }
      if (delta.entries !== undefined) {
        const day = delta.date.slice(8, 10);
        days.set(day, (days.get(day) ?? 0) + delta.entries);
      }
    }
    const satang: Record<string, string> = {};
    for (const [code, value] of [...sums].sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (value !== 0n) satang[code] = satangText(value);
    }
    const dayCounts: Record<string, number> = {};
    for (const [day, count] of [...days].sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (count !== 0) dayCounts[day] = count;
    }
    if (Object.keys(satang).length === 0 && Object.keys(dayCounts).length === 0) {
      if (stored[position]) deletes.push([householdId, month]);
    } else {
      puts.push({ householdId, month, satang, days: dayCounts });
    }
  });
  if (puts.length > 0) await db.ledgerMonths.bulkPut(puts);
  if (deletes.length > 0) await db.ledgerMonths.bulkDelete(deletes);
}

/** The month after `month` ('2024-12' → '2025-01'). */
function nextMonth(month: string): string {
  return addMonths(`${month}-01`, 1).slice(0, 7);
}

/** The month before `month` ('2024-01' → '2023-12'). */
function previousMonth(month: string): string {
  return addMonths(`${month}-01`, -1).slice(0, 7);
}

/** The last day of `month`, ISO. */
function lastDayOf(month: string): string {
  return `${month}-${daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)))}`;
}

/** Ids of the stand-in entries below: no real id starts with a NUL character. */
const STAND_IN = '\u0000sajja-month:';

/**
 * Entries that give `summarizeLedger` exactly the sums and days of one month record:
 * - per category, one entry of the month's total, dated on a day of the month with entries;
 * - per day with entries, a transfer of 0.01 and its correction: they cancel each other in
 *   every sum, and still mark the day as one with entries.
 * So the summary is computed by the core's one summarizer, never by a second copy of it.
 */
function standInEntries(record: LedgerMonthRecord): LedgerEntry[] {
  const days = Object.keys(record.days).sort();
  const anyDay = `${record.month}-${days[0] ?? '01'}`;
  const entries: LedgerEntry[] = [];
  for (const [code, amount] of Object.entries(record.satang)) {
    const category = ledgerCategory(code);
    if (category === undefined) continue;
    entries.push({
      id: `${STAND_IN}${record.month}:${code}`,
      date: anyDay,
      kind: category.kind,
      category: code,
      amount,
    });
  }
  for (const day of days) {
    const date = `${record.month}-${day}`;
    const marker = { date, kind: 'transfer', category: 'transfer', amount: '0.01' } as const;
    entries.push({ ...marker, id: `${STAND_IN}${date}` });
    entries.push({ ...marker, id: `${STAND_IN}${date}:undo`, reverses: `${STAND_IN}${date}` });
  }
  return entries;
}

/**
 * @internal The household's ledger summary, equal to `summarizeLedger` over every entry that is
 * not deleted: whole months in the range come from the monthly sums, the days of a month the
 * range covers only in part from the entries themselves, and corrections from the household's
 * corrections record (they may cancel an entry of a partly covered month from anywhere).
 */
export async function summaryFromMonths(
  db: SajjaDatabase,
  householdId: string,
  options: SummarizeLedgerOptions,
): Promise<LedgerSummary> {
  const { from, to } = options;
  assertIsoDate(from, 'from');
  assertIsoDate(to, 'to');
  // Bad options (to before from, an unknown unit) are the summarizer's to report.
  if (to < from || (options.by !== 'month' && options.by !== 'year'))
    return summarizeLedger([], options);

  // Whole months come from the sums; the days of a month the range covers only in part
  // (at its start, its end, or both in one month) from the entries themselves.
  const fromMonth = from.slice(0, 7);
  const toMonth = to.slice(0, 7);
  const startsWhole = from.endsWith('-01');
  const endsWhole = to === lastDayOf(toMonth);
  const partial: [string, string][] = [];
  let whole: [string, string] | undefined;
  if (fromMonth === toMonth) {
    if (startsWhole && endsWhole) whole = [fromMonth, toMonth];
    else partial.push([from, to]);
  } else {
    if (!startsWhole) partial.push([from, lastDayOf(fromMonth)]);
    if (!endsWhole) partial.push([`${toMonth}-01`, to]);
    const first = startsWhole ? fromMonth : nextMonth(fromMonth);
    const last = endsWhole ? toMonth : previousMonth(toMonth);
    if (first <= last) whole = [first, last];
  }
  const wholeMonths = whole
    ? await db.ledgerMonths
        .where('[householdId+month]')
        .between([householdId, whole[0]], [householdId, whole[1]], true, true)
        .toArray()
    : [];
  const raw: LedgerRecord[] = [];
  for (const [start, end] of partial) {
    const entries = await entriesBetween(db, householdId, start, end);
    raw.push(...entries.filter((entry) => entry.deletedAt === undefined));
  }
  const seen = new Set(raw.map((entry) => entry.id));
  const corrections = (await correctionsOf(db, householdId)).filter((entry) => !seen.has(entry.id));
  return summarizeLedger([...wholeMonths.flatMap(standInEntries), ...raw, ...corrections], options);
}

/**
 * @internal The days from `from` to `to` (ISO, inclusive) on which the household has entries
 * that are not deleted (corrections and corrected entries included), oldest first: read from
 * the monthly sums' day counts, a few small records, instead of every entry of the range.
 */
export async function ledgerDaysBetween(
  db: SajjaDatabase,
  householdId: string,
  from: string,
  to: string,
): Promise<string[]> {
  if (to < from) return [];
  const months = await db.ledgerMonths
    .where('[householdId+month]')
    .between([householdId, from.slice(0, 7)], [householdId, to.slice(0, 7)], true, true)
    .toArray();
  const days: string[] = [];
  for (const { month, days: counts } of months) {
    for (const day of Object.keys(counts).sort()) {
      const date = `${month}-${day}`;
      if (counts[day]! > 0 && date >= from && date <= to) days.push(date);
    }
  }
  return days;
}

/** @internal Recomputes every monthly sum from the ledger's chunks (for checks). */
export async function rebuildLedgerMonths(db: SajjaDatabase): Promise<void> {
  const entries = (await db.ledgerChunks.toArray()).flatMap((chunk) => chunk.entries);
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  await db.ledgerMonths.clear();
  await applyMonthDeltas(
    db,
    monthDeltas(entries, (id) => byId.get(id)),
  );
}
