// The browser half of `pnpm bench` (run.mjs serves this folder and opens index.html in
// Chromium): imports the BUILT store (dist/) into a real IndexedDB and times
//   1. importing 100,000 ledger entries from a CSV file (parse, validate every row, check ids
//      against the database, write entries, monthly sums and change log in one transaction),
//      against Dexie's bulkAdd of the same finished records (no validation, no change log),
//      and against IndexedDB's own add() of them without Dexie: the floor any design that
//      stores one record per entry meets;
//   2. a year's monthly summary over those entries, against summarizeLedger over the same
//      entries already in memory (the cost of reading them from IndexedDB is the difference);
//   3. the first page (50 entries, newest first), against the plain Dexie query.
// Times are medians of interleaved runs; nothing is asserted.
import { LEDGER_CATEGORIES, ledgerToCsv, summarizeLedger } from '@sajja/core/ledger';
import Dexie from 'dexie';
import { openStore } from '../dist/index.js';

const params = new URL(location.href).searchParams;
/** The 100,000; `?entries=` changes it for a quick look. */
export const ENTRY_COUNT = Number(params.get('entries') ?? 100_000);
const IMPORT_RUNS = Number(params.get('runs') ?? 3);
const SUMMARY_RUNS = 9;
const PAGE_RUNS = 31;
const PAGE_SIZE = 50;
const YEAR = { from: '2024-01-01', to: '2024-12-31', by: 'month' };

/** mulberry32, as in core's bench/harness.mjs: every run measures the same entries. */
function seeded(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 100,000 entries over 2024: ids like UUIDs, every category, a note on a third of them. */
function makeEntries() {
  const random = seeded(20240101);
  const hex = (digits) =>
    Array.from({ length: digits }, () => Math.floor(random() * 16).toString(16)).join('');
  const entries = [];
  for (let i = 0; i < ENTRY_COUNT; i++) {
    const category = LEDGER_CATEGORIES[Math.floor(random() * LEDGER_CATEGORIES.length)];
    const day = 1 + Math.floor(random() * 366); // 2024 is a leap year
    const date = new Date(Date.UTC(2024, 0, day)).toISOString().slice(0, 10);
    const satang = 100 + Math.floor(random() * 500_000);
    const entry = {
      id: `${hex(8)}-${hex(4)}-4${hex(3)}-8${hex(3)}-${hex(12)}`,
      date,
      kind: category.kind,
      category: category.code,
      amount: `${Math.floor(satang / 100)}.${String(satang % 100).padStart(2, '0')}`,
    };
    if (random() < 1 / 3) entry.note = `ค่า${category.label.th} ${i}`;
    entries.push(entry);
  }
  return entries;
}

const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];

async function timed(action) {
  const start = performance.now();
  const result = await action();
  return [performance.now() - start, result];
}

async function deleteDatabase(name) {
  await Dexie.delete(name);
}

export async function runBenchmark() {
  // Dexie turns on its debug mode (async stack traces for every promise) on localhost pages,
  // which a partner's site is not; measure what households get.
  Dexie.debug = false;
  const entries = makeEntries();
  const csv = ledgerToCsv(entries);
  const importMs = [];
  const bulkAddMs = [];
  const rawAddMs = [];
  const prefix = `sajja-bench-${Date.now()}`;
  let store;
  let householdId;

  for (let run = 0; run < IMPORT_RUNS; run++) {
    // The store's import: a fresh database each run.
    if (store) {
      store.close();
      await deleteDatabase(store.name);
    }
    store = await openStore({ name: `${prefix}-store-${run}` });
    householdId = (await store.households.add({ name: 'บ้านทดสอบ' })).id;
    const [ms, report] = await timed(() => store.importLedgerCsv(householdId, csv));
    if (report.imported !== ENTRY_COUNT)
      throw new Error(`imported ${JSON.stringify(report).slice(0, 500)}`);
    importMs.push(ms);

    // The baseline: Dexie's bulkAdd of the finished records into the same schema.
    const baselineName = `${prefix}-baseline-${run}`;
    const baseline = await openStore({ name: baselineName });
    const recordedAt = new Date().toISOString();
    const records = entries.map((entry) => ({ ...entry, householdId, recordedAt }));
    const [baselineMs] = await timed(() => baseline.db.ledger.bulkAdd(records));
    bulkAddMs.push(baselineMs);
    baseline.close();
    await deleteDatabase(baselineName);

    // The floor: IndexedDB's add() of the same records in one transaction, without Dexie.
    const rawName = `${prefix}-raw-${run}`;
    const raw = await openStore({ name: rawName });
    const idb = raw.db.backendDB();
    const [rawMs] = await timed(
      () =>
        new Promise((resolve, reject) => {
          const transaction = idb.transaction('ledger', 'readwrite');
          const table = transaction.objectStore('ledger');
          for (const record of records) table.add(record);
          transaction.oncomplete = resolve;
          transaction.onabort = () => reject(transaction.error);
        }),
    );
    rawAddMs.push(rawMs);
    raw.close();
    await deleteDatabase(rawName);
  }

  const summaryMs = [];
  const inMemoryMs = [];
  let checked = false;
  for (let run = 0; run < SUMMARY_RUNS; run++) {
    const [ms, summary] = await timed(() => store.ledger.summary({ householdId, ...YEAR }));
    summaryMs.push(ms);
    const [memoryMs, expected] = await timed(async () => summarizeLedger(entries, YEAR));
    inMemoryMs.push(memoryMs);
    if (!checked) {
      if (JSON.stringify(summary) !== JSON.stringify(expected)) throw new Error('summaries differ');
      checked = true;
    }
  }

  const pageMs = [];
  const rawPageMs = [];
  for (let run = 0; run < PAGE_RUNS; run++) {
    const [ms, page] = await timed(() => store.ledger.page({ householdId, limit: PAGE_SIZE }));
    if (page.entries.length !== PAGE_SIZE) throw new Error('short page');
    pageMs.push(ms);
    const [rawMs] = await timed(() =>
      store.db.ledger
        .where('[householdId+date]')
        .between([householdId, Dexie.minKey], [householdId, Dexie.maxKey])
        .reverse()
        .limit(PAGE_SIZE)
        .toArray(),
    );
    rawPageMs.push(rawMs);
  }

  store.close();
  await deleteDatabase(store.name);
  return {
    entryCount: ENTRY_COUNT,
    csvBytes: csv.length,
    import: {
      storeMs: median(importMs),
      bulkAddMs: median(bulkAddMs),
      rawAddMs: median(rawAddMs),
      runs: IMPORT_RUNS,
    },
    summary: { storeMs: median(summaryMs), inMemoryMs: median(inMemoryMs), runs: SUMMARY_RUNS },
    page: { storeMs: median(pageMs), rawMs: median(rawPageMs), runs: PAGE_RUNS, size: PAGE_SIZE },
    userAgent: navigator.userAgent,
  };
}
