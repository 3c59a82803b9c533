// Benchmark: a year's household-ledger summary over 100,000 seeded entries, with
// summarizeLedger (whole satang in BigInt, dates and amounts read once per distinct value)
// against a naive baseline in the same run that adds a decimal.js value per entry, as most
// ports do. Two data sets: amounts as households write them (a few hundred distinct values,
// most entries repeating one) and every amount distinct (the worst case for summarizeLedger's
// per-amount memory). Run after `pnpm build`. Prints medians; asserts nothing about time.
import Decimal from 'decimal.js';
import { LEDGER_CATEGORIES, summarizeLedger } from '../dist/ledger/index.js';
import { check, format, measure, printHeading, printTable, seeded, size } from './harness.mjs';

const ENTRIES = size(100_000, 2_000);
const WARMUP_RUNS = size(3, 0);
const MEASURED_RUNS = size(11, 1);
const FROM = '2024-01-01';
const TO = '2024-12-31';
const CORRECTION_SHARE = 0.01;

const categoriesOf = (kind) => LEDGER_CATEGORIES.filter((category) => category.kind === kind);
const income = categoriesOf('income');
const expense = categoriesOf('expense');
const transfer = categoriesOf('transfer');

/**
 * Entries dated over 2024 (a few days of 2023 and 2025 too, outside the range), one income in
 * six, one transfer in fifty, the rest expenses, and 1 % corrections of an earlier entry.
 * `repeated` amounts come from a small list of round and everyday amounts; otherwise each is
 * a random number of satang up to 5,000 baht.
 */
function makeEntries(repeated) {
  const random = seeded(repeated ? 20240701 : 20240702);
  const int = (below) => Math.floor(random() * below);
  const pick = (list) => list[int(list.length)];
  const common = Array.from({ length: 300 }, (_, i) =>
    i < 40 ? `${(i + 1) * 10}.00` : `${10 + int(3000)}.${pick(['00', '25', '50', '75'])}`,
  );
  const entries = [];
  const corrected = new Set();
  for (let i = 0; i < ENTRIES; i++) {
    const day = int(372) - 3; // 2023-12-29 to 2025-01-03
    const date = new Date(Date.UTC(2024, 0, 1 + day)).toISOString().slice(0, 10);
    const roll = random();
    const category = pick(roll < 1 / 6 ? income : roll < 1 / 6 + 0.02 ? transfer : expense);
    const satang = 1 + int(500_000);
    const amount = repeated
      ? pick(common)
      : `${Math.floor(satang / 100)}.${String(satang % 100).padStart(2, '0')}`;
    const base = { id: `e${i}`, date, kind: category.kind, category: category.code, amount };
    const target = i > 0 && random() < CORRECTION_SHARE ? entries[int(i)] : undefined;
    // Corrections of plain, not yet corrected entries: the baseline knows no other kind.
    if (target && target.reverses === undefined && !corrected.has(target.id)) {
      corrected.add(target.id);
      entries.push({ ...target, id: base.id, date, reverses: target.id });
    } else {
      entries.push(base);
    }
  }
  return entries;
}

/** The naive way: a decimal.js value per entry, per-month-per-category sums, same corrections. */
function naiveMonthlySums(entries) {
  const reversed = new Set();
  for (const entry of entries) if (entry.reverses !== undefined) reversed.add(entry.reverses);
  const sums = new Map();
  for (const entry of entries) {
    if (entry.date < FROM || entry.date > TO) continue;
    if (entry.reverses !== undefined || reversed.has(entry.id)) continue;
    const key = `${entry.date.slice(0, 7)} ${entry.category}`;
    sums.set(key, (sums.get(key) ?? new Decimal(0)).plus(new Decimal(entry.amount)));
  }
  const incomeByMonth = new Map();
  for (const [key, value] of sums) {
    const [month, code] = key.split(' ');
    if (!income.some((category) => category.code === code)) continue;
    incomeByMonth.set(month, (incomeByMonth.get(month) ?? new Decimal(0)).plus(value));
  }
  return [...incomeByMonth.keys()]
    .sort()
    .map((month) => incomeByMonth.get(month).toFixed(2))
    .join(' ');
}

const monthly = (entries) => summarizeLedger(entries, { from: FROM, to: TO, by: 'month' });
const incomeByMonth = (summary) =>
  summary.periods
    .filter((period) => !period.income.isZero())
    .map((period) => period.income.toString())
    .join(' ');

printHeading(
  `Node ${process.version}; ${format(ENTRIES)} seeded ledger entries (${CORRECTION_SHARE * 100} % corrections), ` +
    `monthly summary ${FROM}..${TO}; median of ${MEASURED_RUNS} runs after ${WARMUP_RUNS} warm-up.\n`,
);

const rows = [['ledger summary, a year by month', 'median ms', 'entries/s', 'vs baseline', 'same']];
for (const repeated of [true, false]) {
  const entries = makeEntries(repeated);
  const runs = { warmupRuns: WARMUP_RUNS, measuredRuns: MEASURED_RUNS };
  // The baseline runs on its own, after: interleaved, the garbage of its 100,000 decimals is
  // collected during the next candidate's run and lands on that candidate's time.
  const [fast, yearly] = measure(
    [
      { fn: monthly, inputs: [entries] },
      {
        fn: (list) => summarizeLedger(list, { from: FROM, to: TO, by: 'year' }),
        inputs: [entries],
      },
    ],
    runs,
  );
  const [naive] = measure([{ fn: naiveMonthlySums, inputs: [entries] }], runs);
  const same = incomeByMonth(fast.results[0]) === naive.results[0] ? 'yes' : 'NO';
  const label = repeated ? 'everyday amounts' : 'all amounts distinct';
  check(same === 'yes', `summarizeLedger differs from the decimal.js baseline (${label})`);
  const row = (name, candidate, vs, agrees) => [
    `${name} (${label})`,
    (1000 / candidate.perSecond).toFixed(1),
    format(candidate.perSecond * ENTRIES),
    vs,
    agrees,
  ];
  rows.push(
    row(
      'summarizeLedger by month',
      fast,
      `${(fast.perSecond / naive.perSecond).toFixed(1)}× faster`,
      same,
    ),
    row(
      'summarizeLedger by year',
      yearly,
      `${(yearly.perSecond / naive.perSecond).toFixed(1)}× faster`,
      '',
    ),
    row('baseline: decimal.js per entry', naive, '1.0×', '-'),
  );
}
printTable(rows);
