// The browser half of `pnpm bench` (run.mjs serves this folder and opens index.html in
// Chromium): imports the BUILT store (dist/) into a real IndexedDB and times
//   1. importing 100,000 ledger entries from a CSV file (parse, validate every row, check ids
//      against the database, write the entries in chunks, the id directory, monthly sums and
//      change log in one transaction), against Dexie's bulkPut of the finished chunk records
//      (the floor of this design), and against the same finished records stored one IndexedDB
//      record per entry as schema version 2 did (Dexie's bulkAdd with that version's indexes,
//      and IndexedDB's own add() without Dexie or indexes: the floor of that design);
//   2. a year's monthly summary over those entries, against summarizeLedger over the same
//      entries already in memory (the cost of reading them from IndexedDB is the difference);
//   3. the first page (50 entries, newest first), against reading the newest chunk alone;
//   4. finding an entry by id alone (get), and correcting one (reverse) or adding one into a
//      month of some 8,300 entries (add), in that 100,000-entry ledger;
//   5. a deposit seen by a live balance card: from fundTransactions.add() until a subscribed
//      liveHouseholdOverview delivers the new savings, for a household in four organisations
//      with a few hundred fund transactions beside that ledger; against the same deposit
//      written with nothing subscribed.
// Only the store's public API is used; the baselines open their own Dexie databases (the page
// floor opens the store's database with IndexedDB itself). Times are medians of interleaved
// runs (the one-record-per-entry baselines after the rest: see runBenchmark); nothing is
// asserted about time, but every result is checked, so a smoke run (`?smoke`, tiny sizes)
// shows the benchmark still works.
import { addDays, addMonths, satangOf } from '@sajja/core';
import { LEDGER_CATEGORIES, ledgerToCsv, summarizeLedger } from '@sajja/core/ledger';
import Dexie from 'dexie';
import { householdOverview, liveHouseholdOverview, openStore } from '../dist/index.js';

const params = new URL(location.href).searchParams;
/** `?smoke`: tiny sizes and few runs, to check that the benchmark works; its figures mean nothing. */
export const SMOKE = params.has('smoke');
const setting = (name, full, smoke) => Number(params.get(name) ?? (SMOKE ? smoke : full));
/** The 100,000; `?entries=` changes it for a quick look. */
export const ENTRY_COUNT = setting('entries', 100_000, 1_000);
const IMPORT_RUNS = setting('runs', 3, 1);
const SUMMARY_RUNS = SMOKE ? 3 : 9;
const PAGE_RUNS = SMOKE ? 3 : 31;
const LOOKUP_RUNS = SMOKE ? 3 : 31;
const WRITE_RUNS = SMOKE ? 3 : 15;
const PAGE_SIZE = 50;
const YEAR = { from: '2024-01-01', to: '2024-12-31', by: 'month' };
/** The balance card's household: fund transactions besides the ledger, and deposits timed. */
const FUND_TRANSACTIONS = setting('transactions', 300, 30);
const DEPOSIT_RUNS = setting('deposits', 21, 3);
const DEPOSIT_WARMUP_RUNS = SMOKE ? 0 : 2;
/**
 * The card's day: the overview's discipline score counts the days with ledger entries in the
 * three months before it (some 25,000 entries here), from the monthly sums. The second day is
 * past the ledger: what the round trip takes with no ledger days at all.
 */
const AS_OF = '2024-12-31';
const AS_OF_PAST_LEDGER = '2025-03-31';
/** How long a live result may take before the benchmark gives up (it never should). */
const LIVE_TIMEOUT_MS = 10_000;

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

/** The per-entry ledger table of schema version 2, the design chunks replaced. */
const PER_ENTRY_LEDGER =
  'id, [householdId+date], [householdId+reverses], [householdId+deletedAt], reverses';

async function perEntryDatabase(name, indexes) {
  const db = new Dexie(name);
  db.version(1).stores({ ledger: indexes });
  await db.open();
  return db;
}

/** The records as stored in chunks, built as the store builds them (for the chunk floor). */
function chunkRecordsOf(records, householdId) {
  const byMonth = new Map();
  for (const record of records) {
    const month = record.date.slice(0, 7);
    if (!byMonth.has(month)) byMonth.set(month, []);
    byMonth.get(month).push(record);
  }
  const chunks = [];
  for (const [month, entries] of byMonth) {
    entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
    for (let i = 0; i < entries.length; i += 1000) {
      const part = entries.slice(i, i + 1000);
      chunks.push({ householdId, start: i === 0 ? `${month}-01` : part[0].date, entries: part });
    }
  }
  return chunks;
}

/**
 * The balance card's household beside its ledger: a village fund, two welfare funds and a sajja
 * group with pledge and lending rules, joined in 2023; FUND_TRANSACTIONS deposits, shares,
 * withdrawals and contributions over 2023–2024, a loan with its repayments and a corrected typo.
 * Returns the sajja group's membership, whose savings the card shows.
 */
async function fillHousehold(store, householdId) {
  const welfare = { waitingDays: 180, contribution: { perDay: '1' }, benefits: {} };
  const organisation = (name, kind, rules) =>
    store.organisations.add({ name, kind, ...(rules ? { rules } : {}) });
  const villageFund = await organisation('กองทุนหมู่บ้าน', 'village-fund');
  const welfareA = await organisation('กองทุนสวัสดิการตำบล', 'welfare-fund', { welfare });
  const welfareB = await organisation('กองทุนสวัสดิการชุมชน', 'welfare-fund', { welfare });
  const sajja = await organisation('กลุ่มสัจจะบ้านหนองบัว', 'pledge-group', {
    pledge: { dueDay: 5, defaultAmount: '100', minAmount: '10', maxAmount: '500' },
    loans: { rate: { percent: '1', per: 'month' }, method: 'flat', termMonths: 12 },
  });
  const join = (organisationId, joinedOn, pledgeAmount) =>
    store.memberships.add({
      householdId,
      organisationId,
      joinedOn,
      ...(pledgeAmount ? { pledgeAmount } : {}),
    });
  const inVillageFund = await join(villageFund.id, '2023-01-01');
  const inWelfareA = await join(welfareA.id, '2023-01-01');
  const inWelfareB = await join(welfareB.id, '2023-06-01');
  const inSajja = await join(sajja.id, '2023-01-01', '200');

  const random = seeded(20230101);
  const move = (membershipId, date, kind, amount, loanId) =>
    store.fundTransactions.add({ membershipId, date, kind, amount, ...(loanId ? { loanId } : {}) });
  const kinds = [
    [0.45, inSajja, 'deposit'],
    [0.6, inVillageFund, 'deposit'],
    [0.7, inVillageFund, 'share'],
    [0.75, inVillageFund, 'withdrawal'],
    [0.88, inWelfareA, 'contribution'],
    [1, inWelfareB, 'contribution'],
  ];
  for (let i = 0; i < FUND_TRANSACTIONS; i++) {
    const date = new Date(Date.UTC(2023, 0, 1 + Math.floor((i * 729) / FUND_TRANSACTIONS)))
      .toISOString()
      .slice(0, 10);
    const pick = random();
    let [, membership, kind] = kinds.find(([upTo]) => pick < upTo);
    if (membership === inWelfareB && date < inWelfareB.joinedOn) membership = inWelfareA;
    await move(membership.id, date, kind, `${10 * (1 + Math.floor(random() * 50))}`);
  }
  const loan = await store.loans.add({
    membershipId: inSajja.id,
    terms: {
      principal: '12000',
      rate: { percent: '1', per: 'month' },
      termMonths: 12,
      method: 'flat',
      disbursedOn: '2024-01-10',
    },
  });
  for (let month = 2; month <= 12; month++) {
    const date = `2024-${String(month).padStart(2, '0')}-10`;
    await move(inSajja.id, date, 'repayment', '1120', loan.id);
  }
  const typo = await move(inSajja.id, '2024-11-05', 'deposit', '2000');
  await store.fundTransactions.reverse(typo.id, { date: '2024-11-06' });
  return inSajja;
}

/**
 * A balance card: liveHouseholdOverview subscribed as a widget subscribes, showing one
 * membership's savings. `until(accept)` resolves with the time (performance.now()) at which a
 * result whose savings `accept` takes was delivered.
 */
function balanceCard(store, householdId, membershipId, asOf) {
  let latest;
  let waiting;
  let failure;
  const subscription = liveHouseholdOverview(store, { householdId, asOf }).subscribe({
    next(overview) {
      const at = performance.now();
      const membership = overview?.memberships.find((each) => each.membershipId === membershipId);
      latest = membership?.savings;
      if (waiting?.accept(latest)) waiting.resolve(at);
    },
    error(error) {
      failure = error;
      waiting?.reject(error);
    },
  });
  return {
    until(accept) {
      if (failure) return Promise.reject(failure);
      if (latest !== undefined && accept(latest)) return Promise.resolve(performance.now());
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no live result after ${LIVE_TIMEOUT_MS} ms (savings ${latest})`)),
          LIVE_TIMEOUT_MS,
        );
        waiting = {
          accept,
          resolve(at) {
            clearTimeout(timer);
            waiting = undefined;
            resolve(at);
          },
          reject(error) {
            clearTimeout(timer);
            waiting = undefined;
            reject(error);
          },
        };
      });
    },
    get savings() {
      return latest;
    },
    unsubscribe: () => subscription.unsubscribe(),
  };
}

/**
 * A deposit seen by a live balance card, against the same deposit with nothing subscribed.
 * Each run, interleaved: the deposit written alone; the overview read once (how long one
 * re-run of the card's query takes); then the card subscribes, and once it shows its first
 * result a deposit is timed from add() until the card shows the new savings.
 */
async function measureDeposit(store, householdId, membershipId, asOf) {
  const deposit = () =>
    store.fundTransactions.add({ membershipId, date: asOf, kind: 'deposit', amount: '200' });
  const writeMs = [];
  const overviewMs = [];
  const firstMs = [];
  const liveMs = [];
  const liveWriteMs = [];
  const ledgerMs = [];
  let ledgerEntries = 0;
  // The three months the discipline score looks at, read entry by entry for comparison (the
  // overview reads only their monthly sums).
  const period = { householdId, from: addDays(addMonths(asOf, -3), 1), to: asOf };
  for (let run = 0; run < DEPOSIT_WARMUP_RUNS + DEPOSIT_RUNS; run++) {
    const measured = run >= DEPOSIT_WARMUP_RUNS;
    const [aloneMs] = await timed(deposit);
    const [listMs, listed] = await timed(() =>
      store.ledger.list({ ...period, includeReversed: true }),
    );
    ledgerEntries = listed.length;
    const [readMs, overview] = await timed(() => householdOverview(store, { householdId, asOf }));
    const before = overview.memberships.find((each) => each.membershipId === membershipId).savings;

    const subscribed = performance.now();
    const card = balanceCard(store, householdId, membershipId, asOf);
    try {
      const shown = await card.until(() => true);
      if (card.savings !== before) throw new Error(`card shows ${card.savings}, not ${before}`);
      const start = performance.now();
      let writtenAt;
      const written = deposit().then(() => (writtenAt = performance.now()));
      const seenAt = await card.until(
        (savings) => satangOf(savings) === satangOf(before) + 20_000n,
      );
      await written;
      if (measured) {
        writeMs.push(aloneMs);
        overviewMs.push(readMs);
        firstMs.push(shown - subscribed);
        liveMs.push(seenAt - start);
        liveWriteMs.push(writtenAt - start);
        ledgerMs.push(listMs);
      }
    } finally {
      card.unsubscribe();
    }
  }
  return {
    liveMs: median(liveMs),
    liveRunsMs: liveMs,
    writeMs: median(writeMs),
    liveWriteMs: median(liveWriteMs),
    overviewMs: median(overviewMs),
    firstMs: median(firstMs),
    ledgerMs: median(ledgerMs),
    ledgerEntries,
    runs: DEPOSIT_RUNS,
    transactions: FUND_TRANSACTIONS,
    asOf,
  };
}

export async function runBenchmark() {
  // Dexie turns on its debug mode (async stack traces for every promise) on localhost pages,
  // which a partner's site is not; measure what households get.
  Dexie.debug = false;
  const began = performance.now();
  const entries = makeEntries();
  const csv = ledgerToCsv(entries);
  const importMs = [];
  const bulkAddMs = [];
  const rawAddMs = [];
  const chunkPutMs = [];
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
    const recordedAt = new Date().toISOString();
    const records = entries.map((entry) => ({ ...entry, householdId, recordedAt }));

    // The floor of chunks: Dexie's bulkPut of the finished chunk records, nothing else.
    const chunkName = `${prefix}-chunks-${run}`;
    const chunkDb = new Dexie(chunkName);
    chunkDb.version(1).stores({ ledgerChunks: '[householdId+start]' });
    await chunkDb.open();
    const chunks = chunkRecordsOf(records, householdId);
    const [chunkMs] = await timed(() =>
      chunkDb.transaction('rw', chunkDb.ledgerChunks, () => chunkDb.ledgerChunks.bulkPut(chunks)),
    );
    chunkPutMs.push(chunkMs);
    chunkDb.close();
    await deleteDatabase(chunkName);
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
  const newestFirst = [...entries]
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.id < b.id ? 1 : -1))
    .slice(0, PAGE_SIZE)
    .map((entry) => entry.id)
    .join();
  const rawConnection = await new Promise((resolve, reject) => {
    const request = indexedDB.open(store.name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  for (let run = 0; run < PAGE_RUNS; run++) {
    const [ms, page] = await timed(() => store.ledger.page({ householdId, limit: PAGE_SIZE }));
    if (page.entries.map((entry) => entry.id).join() !== newestFirst) throw new Error('wrong page');
    pageMs.push(ms);
    const [rawMs] = await timed(async () => {
      // The floor: IndexedDB itself reading the household's newest chunk, nothing else.
      const chunk = await new Promise((resolve, reject) => {
        const request = rawConnection
          .transaction('ledgerChunks', 'readonly')
          .objectStore('ledgerChunks')
          .openCursor(IDBKeyRange.bound([householdId, -Infinity], [householdId, [[]]]), 'prev');
        request.onsuccess = () => resolve(request.result.value);
        request.onerror = () => reject(request.error);
      });
      return chunk.entries.slice(-PAGE_SIZE).reverse();
    });
    rawPageMs.push(rawMs);
  }
  rawConnection.close();

  // Entries picked evenly through the ledger, each looked up (and later corrected) once.
  const picked = Array.from({ length: LOOKUP_RUNS }, (_, i) => entries[(i * 3217) % ENTRY_COUNT]);
  const getMs = [];
  for (const entry of picked) {
    const [ms, found] = await timed(() => store.ledger.get(entry.id));
    if (found?.amount !== entry.amount) throw new Error(`get ${entry.id}`);
    getMs.push(ms);
  }
  const reverseMs = [];
  const addMs = [];
  for (let run = 0; run < WRITE_RUNS; run++) {
    const [ms, fix] = await timed(() =>
      store.ledger.reverse(picked[run].id, { date: '2024-12-31' }),
    );
    if (fix.reverses !== picked[run].id) throw new Error('reverse');
    reverseMs.push(ms);
    const [added] = await timed(() =>
      store.ledger.add(householdId, {
        date: '2024-06-15',
        kind: 'expense',
        category: 'food',
        amount: '12.50',
      }),
    );
    addMs.push(added);
  }

  const membership = await fillHousehold(store, householdId);
  const deposit = await measureDeposit(store, householdId, membership.id, AS_OF);
  const depositPastLedger = await measureDeposit(
    store,
    householdId,
    membership.id,
    AS_OF_PAST_LEDGER,
  );

  store.close();
  await deleteDatabase(store.name);

  // The baselines of one record per entry run last: deleting a database of 100,000 records
  // leaves Chromium's IndexedDB (one LevelDB per origin) compacting for seconds, which would
  // slow whatever is timed next.
  const recordedAt = new Date().toISOString();
  const records = entries.map((entry) => ({ ...entry, householdId, recordedAt }));
  for (let run = 0; run < IMPORT_RUNS; run++) {
    // One record per entry, as schema version 2 stored them: Dexie's bulkAdd with its indexes.
    const baselineName = `${prefix}-baseline-${run}`;
    const baseline = await perEntryDatabase(baselineName, PER_ENTRY_LEDGER);
    const [baselineMs] = await timed(() => baseline.ledger.bulkAdd(records));
    bulkAddMs.push(baselineMs);
    baseline.close();
    await deleteDatabase(baselineName);

    // The floor of that design: IndexedDB's add() of the records in one transaction, without
    // Dexie and without indexes.
    const rawName = `${prefix}-raw-${run}`;
    const raw = await perEntryDatabase(rawName, 'id');
    const idb = raw.backendDB();
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

  return {
    smoke: SMOKE,
    entryCount: ENTRY_COUNT,
    csvBytes: csv.length,
    import: {
      storeMs: median(importMs),
      storeRunsMs: importMs,
      bulkAddMs: median(bulkAddMs),
      rawAddMs: median(rawAddMs),
      chunkPutMs: median(chunkPutMs),
      runs: IMPORT_RUNS,
    },
    summary: { storeMs: median(summaryMs), inMemoryMs: median(inMemoryMs), runs: SUMMARY_RUNS },
    page: { storeMs: median(pageMs), rawMs: median(rawPageMs), runs: PAGE_RUNS, size: PAGE_SIZE },
    lookup: {
      getMs: median(getMs),
      reverseMs: median(reverseMs),
      addMs: median(addMs),
      getRuns: LOOKUP_RUNS,
      writeRuns: WRITE_RUNS,
    },
    deposit,
    depositPastLedger,
    userAgent: navigator.userAgent,
    hardwareConcurrency: navigator.hardwareConcurrency,
    elapsedMs: performance.now() - began,
  };
}
