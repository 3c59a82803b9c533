// Benchmark: a savings group's year-end for 10,000 members and 1,000,000 seeded transactions
// (share purchases and withdrawals, loan repayments with interest): each member's interest paid
// (summed in whole satang with satangOf) and share weights (shareWeights over each member's share
// movements) aggregated from the transactions, the net profit split by the cooperative preset
// (allocateProfit), and the dividend and average-return pools shared out (shareOut), against a
// naive float baseline in the same run (Number sums, pool × w / Σw rounded per member, as
// spreadsheets and Fineract's share dividend do), which is also checked for lost satang. Then
// the audit chain: chainEntries and verifyChain over 10,000 journal records, beside the same
// records chained as the first release chained them (a WebCrypto digest awaited per record,
// whose hashes must be the same). Run after
// `pnpm build`; prints medians, phase times, memory and issue 16's goals beside them; asserts
// nothing about time (`--smoke`: tiny sizes, to check that it runs).
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
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
import { money, satangOf, satangText, sum } from '../dist/index.js';
import { GENESIS_HASH, canonicalJson, chainEntries, verifyChain } from '../dist/books/index.js';
import {
  COOPERATIVE_PROFIT_BUCKETS,
  allocateProfit,
  averageReturnWeights,
  shareOut,
  shareWeights,
} from '../dist/year-end/index.js';

const MEMBERS = size(10_000, 100);
const TRANSACTIONS = size(1_000_000, 5_000);
const CHAIN_ENTRIES = size(10_000, 100);
const WARMUP_RUNS = size(1, 0);
const MEASURED_RUNS = size(3, 1);
const FISCAL_YEAR_START = '2025-01-01';
/** Operating costs taken from interest income before the profit is split, as a fraction. */
const COST_SHARE = '0.2';
/** Issue 16's goals: the year-end's median seconds and peak MiB; records a second chained and verified. */
const GOAL_SECONDS = 0.7;
const GOAL_MIB = 250;
const GOAL_RECORDS_PER_SECOND = 50_000;

/**
 * Members with an opening share balance of 0–50,000 baht in tens, and 1,000,000 transactions
 * on random days of 2025, in no order: 45 % share purchases of 10–2,000 baht, 5 % share
 * withdrawals of at most a fiftieth of the opening balance (so no member's shares go below
 * zero), 50 % loan repayments of principal and 1.00–500.99 baht interest, 1.5 % of them late
 * (a missed instalment, which the by-law switch excludes from the average return).
 */
function makeYear() {
  const random = seeded(20251231);
  const int = (below) => Math.floor(random() * below);
  const days = [];
  for (let month = 1; month <= 12; month++) {
    const length = new Date(Date.UTC(2025, month, 0)).getUTCDate();
    for (let day = 1; day <= length; day++) {
      days.push(`2025-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
    }
  }
  const members = Array.from({ length: MEMBERS }, (_, i) => ({
    id: `M-${String(i + 1).padStart(5, '0')}`,
    opening: int(5001) * 10,
  }));
  const transactions = [];
  for (let t = 0; t < TRANSACTIONS; t++) {
    const member = int(MEMBERS);
    const date = days[int(days.length)];
    const roll = random();
    const cap = Math.floor(members[member].opening / 500) * 10;
    if (roll < 0.05 && cap >= 10) {
      transactions.push({ member, date, kind: 'share', amount: `-${(1 + int(cap / 10)) * 10}` });
    } else if (roll < 0.5) {
      transactions.push({ member, date, kind: 'share', amount: String((1 + int(200)) * 10) });
    } else {
      const interest = `${1 + int(500)}.${String(int(100)).padStart(2, '0')}`;
      const principal = String((1 + int(100)) * 100);
      transactions.push({
        member,
        date,
        kind: 'repayment',
        principal,
        interest,
        late: random() < 0.015,
      });
    }
  }
  return { members, transactions };
}

/** The year-end with @sajja/core; returns the pools and each member's dividend and return. */
function yearEnd({ members, transactions }) {
  const timings = {};
  phaseRuns.push(timings);
  let mark = performance.now();
  const lap = (phase) => {
    const now = performance.now();
    timings[phase] = now - mark;
    sampleMemory();
    mark = now;
  };
  // Sums over many amounts in whole satang (satangOf, BigInt), as the core's docs advise. Each
  // member's share movements go into a list of the size counted first (no list grows).
  const counts = new Uint32Array(members.length);
  for (const t of transactions) if (t.kind === 'share') counts[t.member] += 1;
  const contributions = Array.from(counts, (count) => new Array(count));
  const filled = new Uint32Array(members.length);
  const interest = members.map(() => 0n);
  const missed = new Uint8Array(members.length);
  for (const t of transactions) {
    if (t.kind === 'share') contributions[t.member][filled[t.member]++] = t;
    else {
      interest[t.member] += satangOf(t.interest);
      if (t.late) missed[t.member] = 1;
    }
  }
  const interestPaid = interest.map(satangText);
  const income = money(satangText(interest.reduce((total, satang) => total + satang, 0n)));
  const netProfit = income.minus(income.times(COST_SHARE));
  lap('aggregate interest, group by member');

  const dividendWeights = shareWeights(
    members.map((member, i) => ({
      id: member.id,
      openingBalance: String(member.opening),
      contributions: contributions[i],
    })),
    { fiscalYearStart: FISCAL_YEAR_START, weighting: 'remaining-months' },
  );
  const returnWeights = averageReturnWeights(
    members.map((member, i) => ({
      id: member.id,
      interestPaid: interestPaid[i],
      missedInstalment: missed[i] === 1,
    })),
    { excludeMembersWhoMissedInstalment: true },
  );
  lap('share weights and average-return weights');

  const pools = allocateProfit(netProfit, COOPERATIVE_PROFIT_BUCKETS);
  const dividends = shareOut(pools.dividend, dividendWeights);
  const returns = shareOut(pools['average-return'], returnWeights);
  lap('allocateProfit and two shareOuts');
  return { netProfit, pools, dividends, returns };
}

/** The same year-end in JavaScript numbers, rounding each member's share on its own. */
function naiveYearEnd({ members, transactions }) {
  const weights = members.map((member) => member.opening * 12);
  const interest = new Float64Array(members.length);
  const missed = new Uint8Array(members.length);
  for (const t of transactions) {
    if (t.kind === 'share')
      weights[t.member] += Number(t.amount) * (12 - Number(t.date.slice(5, 7)));
    else {
      interest[t.member] += Number(t.interest);
      if (t.late) missed[t.member] = 1;
    }
  }
  const round = (x) => Math.round(x * 100) / 100;
  const income = interest.reduce((a, b) => a + b, 0);
  const netProfit = round(income * (1 - Number(COST_SHARE)));
  const pools = Object.fromEntries(
    Object.entries(COOPERATIVE_PROFIT_BUCKETS).map(([code, percent]) => [
      code,
      round((netProfit * Number(percent)) / 100),
    ]),
  );
  const split = (pool, w) => {
    const total = w.reduce((a, b) => a + b, 0);
    return w.map((x) => round((pool * x) / total));
  };
  const returnWeights = Array.from(interest, (x, i) => (missed[i] ? 0 : x));
  return {
    netProfit,
    pools,
    dividends: split(pools.dividend, weights),
    returns: split(pools['average-return'], returnWeights),
  };
}

/** Phase times of every yearEnd run, warm-up first. */
const phaseRuns = [];
let peakHeapUsed = 0;
function sampleMemory() {
  peakHeapUsed = Math.max(peakHeapUsed, process.memoryUsage().heapUsed);
}
const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

/** Whole satang of a number of baht, and the difference between two amounts in satang. */
const floatSatang = (baht) => Math.round(baht * 100);
const moneySatang = (amount) => Number(amount.toString().replace('.', ''));

/**
 * `--one-year-end`: generate the year and run one @sajja/core year-end, nothing else, then
 * print the process's peak RSS and heap as JSON: the memory a year-end needs, apart from the
 * garbage that the repeated runs of both candidates below leave for a GC that has not run yet.
 */
if (process.argv.includes('--one-year-end')) {
  const data = makeYear();
  sampleMemory();
  const { pools } = yearEnd(data);
  check(pools.dividend.isPositive(), 'the one year-end has no dividend pool');
  const peak = { rss: process.resourceUsage().maxRSS * 1024, heapUsed: peakHeapUsed };
  console.log(JSON.stringify(peak));
  process.exit(0);
}

const generationStart = performance.now();
const year = makeYear();
const generationSeconds = (performance.now() - generationStart) / 1000;
const afterGeneration = process.memoryUsage();
sampleMemory();

printHeading(
  `Node ${process.version}; ${format(MEMBERS)} members, ${format(TRANSACTIONS)} seeded transactions ` +
    `(generated in ${generationSeconds.toFixed(1)} s); median of ${MEASURED_RUNS} runs after ${WARMUP_RUNS} warm-up.\n`,
);

const [exact, naive] = measure(
  [
    { fn: yearEnd, inputs: [year] },
    { fn: naiveYearEnd, inputs: [year] },
  ],
  { warmupRuns: WARMUP_RUNS, measuredRuns: MEASURED_RUNS },
);
// The year-end's own peak, before the audit chain runs.
const yearEndPeakRss = process.resourceUsage().maxRSS * 1024;
const yearEndPeakHeap = peakHeapUsed;
const result = exact.results[0];
const floats = naive.results[0];
const median = (list) => [...list].sort((a, b) => a - b)[list.length >> 1];

// How the float split fares against its own pools, and against the exact split.
const lost = (pool, parts) => floatSatang(pool) - parts.reduce((a, x) => a + floatSatang(x), 0);
const ids = year.members.map((member) => member.id);
const differing = (exactParts, floatParts) =>
  ids.filter((id, i) => moneySatang(exactParts[id]) !== floatSatang(floatParts[i])).length;
const addsUp = (parts, pool) => sum(Object.values(parts)).equals(pool);
check(
  addsUp(result.dividends, result.pools.dividend) &&
    addsUp(result.returns, result.pools['average-return']),
  'the shares do not add up to their pools',
);

printTable([
  [
    `year-end, ${format(MEMBERS)} members`,
    'median seconds',
    'vs baseline',
    'pools add up',
    'members ≠ exact',
    'goal',
  ],
  [
    '@sajja/core (exact, largest remainder)',
    (1 / exact.perSecond).toFixed(2),
    `${(naive.perSecond / exact.perSecond).toFixed(1)}× the time`,
    addsUp(result.dividends, result.pools.dividend) &&
    addsUp(result.returns, result.pools['average-return'])
      ? 'yes'
      : 'NO',
    '-',
    `≤ ${GOAL_SECONDS} s: ${verdict(1 / exact.perSecond, { atMost: GOAL_SECONDS })}`,
  ],
  [
    'baseline: JavaScript numbers, rounded per member',
    (1 / naive.perSecond).toFixed(2),
    '1.0×',
    `off by ${lost(floats.pools.dividend, floats.dividends)} and ${lost(floats.pools['average-return'], floats.returns)} satang`,
    `${differing(result.dividends, floats.dividends)} / ${differing(result.returns, floats.returns)}`,
    '',
  ],
]);
console.log(
  '\n(pools add up: the dividend and average-return shares sum exactly to their pools; ' +
    'the baseline\'s "off by" is pool minus the sum of its rounded shares, in satang, for the ' +
    'dividend and average-return pools; members ≠ exact counts members whose dividend / return ' +
    "differs from @sajja/core's by a satang or more.)",
);

console.log('\nPhases of the @sajja/core year-end (medians of the measured runs):');
const measuredPhases = phaseRuns.slice(WARMUP_RUNS);
printTable([
  ['phase', 'median ms'],
  ...Object.keys(measuredPhases[0]).map((phase) => [
    phase,
    format(median(measuredPhases.map((timings) => timings[phase]))),
  ]),
]);
console.log(
  `\nNet profit ${result.netProfit}; dividend pool ${result.pools.dividend}, average-return pool ${result.pools['average-return']}.`,
);

// The audit chain over journal records made from the first transactions.
const journal = year.transactions.slice(0, CHAIN_ENTRIES).map((t, i) => ({
  id: `J-${i + 1}`,
  date: t.date,
  member: ids[t.member],
  kind: t.kind,
  amount: t.kind === 'share' ? t.amount : t.interest,
}));
/**
 * The baseline: the same records chained as the first release chained them, one WebCrypto
 * digest awaited after another over the same canonical JSON; its hashes must be the core's.
 */
async function webCryptoChain(records) {
  const encoder = new TextEncoder();
  const hashes = [];
  let prevHash = GENESIS_HASH;
  for (const record of records) {
    const digest = await crypto.subtle.digest(
      'SHA-256',
      encoder.encode(canonicalJson({ ...record, prevHash })),
    );
    prevHash = Buffer.from(digest).toString('hex');
    hashes.push(prevHash);
  }
  return hashes;
}
const chainTimes = [];
const verifyTimes = [];
const webCryptoTimes = [];
let chained;
for (let run = 0; run < WARMUP_RUNS + MEASURED_RUNS; run++) {
  let start = performance.now();
  chained = await chainEntries(journal);
  const chainMs = performance.now() - start;
  start = performance.now();
  const verdict = await verifyChain(chained);
  const verifyMs = performance.now() - start;
  if (!verdict.ok) throw new Error('the benchmark chain does not verify');
  start = performance.now();
  const webCryptoHashes = await webCryptoChain(journal);
  const webCryptoMs = performance.now() - start;
  check(
    webCryptoHashes.every((hash, i) => hash === chained[i].hash),
    "chainEntries' hashes differ from WebCrypto's SHA-256 of the same records",
  );
  sampleMemory();
  if (run >= WARMUP_RUNS) {
    chainTimes.push(chainMs);
    verifyTimes.push(verifyMs);
    webCryptoTimes.push(webCryptoMs);
  }
}
console.log('');
const chainRow = (name, times, goal = true) => {
  const perSecond = CHAIN_ENTRIES / (median(times) / 1000);
  return [
    name,
    format(median(times)),
    format(perSecond),
    `${(median(webCryptoTimes) / median(times)).toFixed(1)}×`,
    goal
      ? `≥ ${format(GOAL_RECORDS_PER_SECOND)}/s: ${verdict(perSecond, { atLeast: GOAL_RECORDS_PER_SECOND })}`
      : '',
  ];
};
printTable([
  [
    `audit chain, ${format(CHAIN_ENTRIES)} records`,
    'median ms',
    'records/s',
    'vs baseline',
    'goal',
  ],
  chainRow('chainEntries (one SHA-256 after another)', chainTimes),
  chainRow('verifyChain', verifyTimes),
  chainRow('baseline: a WebCrypto digest awaited per record', webCryptoTimes, false),
]);
console.log(
  '(the baseline chains the same records as the first release did, with the same hashes: checked.)',
);

const { maxRSS } = process.resourceUsage();
const memoryGoal = (bytes) =>
  `goal ≤ ${GOAL_MIB} MiB: ${verdict(bytes / 1024 / 1024, { atMost: GOAL_MIB })}`;
const single = spawnSync(
  process.execPath,
  [fileURLToPath(import.meta.url), '--one-year-end', ...process.argv.slice(2)],
  { encoding: 'utf8' },
);
check(single.status === 0, `the one-year-end process failed: ${single.stderr}`);
const one = JSON.parse(single.stdout.trim().split('\n').at(-1));
console.log(
  `\nMemory of one year-end, in a process that generates the data and runs it once: peak RSS ` +
    `${mib(one.rss)} (${memoryGoal(one.rss)}), highest heap used ${mib(one.heapUsed)}.`,
);
console.log(
  `Memory of this process: heap used ${mib(afterGeneration.heapUsed)} after generating the transactions. ` +
    `Through the year-end runs (both candidates): highest heap used ${mib(yearEndPeakHeap)}, sampled ` +
    `after each phase without forcing a GC, so with garbage not yet collected (${memoryGoal(yearEndPeakHeap)}); ` +
    `peak RSS of the process ${mib(yearEndPeakRss)} (${memoryGoal(yearEndPeakRss)}). ` +
    `With the audit chain after them: highest heap used ${mib(peakHeapUsed)}, peak RSS ${mib(maxRSS * 1024)}.`,
);
