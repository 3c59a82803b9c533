// Benchmark: bahtText against the npm peers `bahttext` and `thai-baht-text`, and parseMoney
// against a naive Number() baseline, with issue 16's two goals for typed amounts judged
// against baselines from the same run. Run with `pnpm bench` (builds first); `--smoke` for a
// tiny run. Prints medians and ratios measured in this run; asserts nothing about time, only
// that Sajja's answers are right.
import { createRequire } from 'node:module';
import * as core from '../dist/index.js';
import {
  check,
  format,
  measure,
  printHeading,
  printTable,
  seeded,
  size,
  verdict,
} from './harness.mjs';

const require = createRequire(import.meta.url);
const { bahttext } = require('bahttext');
const thaiBahtText = require('thai-baht-text');

const INPUT_COUNT = size(10_000, 200);
const WARMUP_RUNS = size(3, 0);
const MEASURED_RUNS = size(7, 1);

const { bahtText, money, parseMoney } = core;

/**
 * 10,000 amounts as plain decimal strings, all below 2^53 satang so that the peers' numbers are
 * exact: a quarter each of small whole baht, amounts with satang, large amounts with satang,
 * and ล้าน-heavy values (10,0xx,xxx and round millions), some negative.
 */
function makeAmounts() {
  const random = seeded(20240601);
  const int = (below) => Math.floor(random() * below);
  const withSatang = (baht) => {
    const satang = int(100);
    return satang === 0 ? String(baht) : `${baht}.${String(satang).padStart(2, '0')}`;
  };
  const amounts = [];
  for (let i = 0; i < INPUT_COUNT; i++) {
    let amount;
    switch (i % 4) {
      case 0:
        amount = String(int(1000));
        break;
      case 1:
        amount = withSatang(int(100_000));
        break;
      case 2:
        amount = withSatang(int(1_000_000_000_000));
        break;
      default:
        amount =
          random() < 0.5
            ? String(10_000_000 + int(100_000))
            : String(int(10_000) * 1_000_000 + int(10));
    }
    amounts.push(random() < 0.05 ? `-${amount}` : amount);
  }
  return amounts;
}

/** The same amounts as people type them: thousands commas, two decimals where there are satang. */
function typed(amount) {
  const [whole, fraction] = amount.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

// The cases peers get wrong, with Excel's BAHTTEXT text.
const PEER_BUG_CASES = [
  ['0', 'ศูนย์บาทถ้วน'],
  ['21', 'ยี่สิบเอ็ดบาทถ้วน'],
  ['101', 'หนึ่งร้อยเอ็ดบาทถ้วน'],
  ['1000001', 'หนึ่งล้านเอ็ดบาทถ้วน'],
  ['10034567', 'สิบล้านสามหมื่นสี่พันห้าร้อยหกสิบเจ็ดบาทถ้วน'],
  ['10056518', 'สิบล้านห้าหมื่นหกพันห้าร้อยสิบแปดบาทถ้วน'],
  ['1000000000000', 'หนึ่งล้านล้านบาทถ้วน'],
  ['-21', 'ลบยี่สิบเอ็ดบาทถ้วน'],
  ['0.25', 'ยี่สิบห้าสตางค์'],
  ['1.01', 'หนึ่งบาทหนึ่งสตางค์'],
  ['1.005', 'หนึ่งบาทหนึ่งสตางค์'],
  ['19.999', 'ยี่สิบบาทถ้วน'],
  [
    '9007199254740993',
    'เก้าพันเจ็ดล้านหนึ่งแสนเก้าหมื่นเก้าพันสองร้อยห้าสิบสี่ล้านเจ็ดแสนสี่หมื่นเก้าร้อยเก้าสิบสามบาทถ้วน',
  ],
];

/** How many peer-bug cases `fn` writes as Excel does; a throw counts as wrong. */
function correctCount(fn, toInput) {
  let right = 0;
  const wrong = [];
  for (const [amount, expected] of PEER_BUG_CASES) {
    let actual;
    try {
      actual = fn(toInput(amount));
    } catch (error) {
      actual = `throws ${error?.name ?? error}`;
    }
    if (actual === expected) right++;
    else wrong.push(`${amount} → ${JSON.stringify(actual)}`);
  }
  return { right, wrong };
}

const amounts = makeAmounts();
const numbers = amounts.map(Number);
const moneys = amounts.map((amount) => money(amount));

const candidates = [
  { name: 'bahttext 2.4.0 (number)', peer: true, fn: bahttext, inputs: numbers, toInput: Number },
  {
    name: 'thai-baht-text 2.0.5 (number)',
    peer: true,
    fn: thaiBahtText,
    inputs: numbers,
    toInput: Number,
  },
  {
    name: '@sajja/core bahtText (string)',
    fn: (x) => bahtText(x),
    inputs: amounts,
    toInput: String,
  },
  {
    name: '@sajja/core bahtText (string, sheets)',
    fn: (x) => bahtText(x, { ed: 'sheets' }),
    inputs: amounts,
    toInput: String,
    correctness: false, // The peer-bug list holds Excel's text; Sheets differs on purpose.
  },
  {
    // A Money formats itself once and keeps the text, so this row is the repeat-render case.
    name: '@sajja/core bahtText (Money, reused)',
    fn: (x) => bahtText(x),
    inputs: moneys,
    toInput: (amount) => money(amount, { rounding: 'half-up' }),
  },
  {
    name: '@sajja/core bahtText(money(string))',
    fn: (x) => bahtText(money(x, { rounding: 'half-up' })),
    inputs: amounts,
    toInput: String,
  },
];

printHeading(
  `Node ${process.version}; ${INPUT_COUNT} seeded amounts; median of ${MEASURED_RUNS} runs after ${WARMUP_RUNS} warm-up runs.\n`,
);

const runs = { warmupRuns: WARMUP_RUNS, measuredRuns: MEASURED_RUNS };
const medians = measure(candidates, runs).map((candidate) => candidate.perSecond);
const fastestPeer = Math.max(...candidates.flatMap((c, i) => (c.peer ? [medians[i]] : [])));
const rows = candidates.map((candidate, i) => {
  const check =
    candidate.correctness === false ? undefined : correctCount(candidate.fn, candidate.toInput);
  return {
    name: candidate.name,
    opsPerSecond: medians[i],
    ratio: medians[i] / fastestPeer,
    correct: check ? `${check.right}/${PEER_BUG_CASES.length}` : 'n/a',
    wrong: check?.wrong ?? [],
  };
});

const header = ['bahtText', 'median ops/s', 'vs faster peer', 'Excel-correct peer-bug cases'];
const table = [
  header,
  ...rows.map((r) => [r.name, format(r.opsPerSecond), `${r.ratio.toFixed(2)}×`, r.correct]),
];
printTable(table);

console.log('\nWrong answers on the peer-bug cases:');
for (const row of rows) {
  if (row.wrong.length === 0) continue;
  console.log(`  ${row.name}:`);
  for (const line of row.wrong) console.log(`    ${line}`);
}

// Issue 16's goals, for amounts as people type them (`1,234.56`): reading one, and reading one
// then writing it in words. Both baselines start from the same strings in the same run;
// bahttext is even given its numbers ready, so it does no reading at all.
const texts = amounts.map(typed);
texts.forEach((text, i) => {
  const read = parseMoney(text);
  check(read.toString() === money(amounts[i]).toString(), `parseMoney(${text})`);
  check(bahtText(read) === bahtText(amounts[i]), `bahtText(parseMoney(${text}))`);
});
for (const row of rows) {
  check(!row.name.startsWith('@sajja') || row.wrong.length === 0, `${row.name}, peer-bug cases`);
}
// The issue judges these ratios: three times the runs, so that a run slowed by other work on
// the machine moves the median less.
const goalRuns = { warmupRuns: WARMUP_RUNS, measuredRuns: MEASURED_RUNS * 3 };
// Each goal's pair is timed on its own, so that neither pays for the other pair's garbage.
const [parsed, naive] = measure(
  [
    { fn: (text) => parseMoney(text), inputs: texts },
    { fn: (text) => Number(text.replace(/,/g, '')), inputs: texts },
  ],
  goalRuns,
).map((candidate) => candidate.perSecond);
const [parsedWords, peerWords] = measure(
  [
    { fn: (text) => bahtText(parseMoney(text)), inputs: texts },
    { fn: bahttext, inputs: numbers },
  ],
  goalRuns,
).map((candidate) => candidate.perSecond);
const goals = [
  ['parseMoney(typed)', parsed, "Number(typed.replace(/,/g, ''))", naive, 0.5],
  ['bahtText(parseMoney(typed))', parsedWords, 'bahttext 2.4.0 (number ready)', peerWords, 1],
];
console.log('\nIssue 16 goals: typed amounts (1,234.56), against baselines of this run');
printTable([
  ['measured', 'median ops/s', 'baseline', 'median ops/s', 'ratio', 'goal', 'verdict'],
  ...goals.map(([name, perSecond, baseline, baselinePerSecond, goal]) => {
    const ratio = perSecond / baselinePerSecond;
    return [
      name,
      format(perSecond),
      baseline,
      format(baselinePerSecond),
      `${ratio.toFixed(2)}×`,
      `≥ ${goal.toFixed(2)}×`,
      verdict(ratio, { atLeast: goal }),
    ];
  }),
]);
