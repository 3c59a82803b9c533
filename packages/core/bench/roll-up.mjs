// Benchmark: rolling up a network of 1,000 groups' monthly reports with rollUp, all at once and
// map-reduce style (chunks of 100, then the 10 partial summaries), against a naive baseline in
// the same run that adds the same fields as JavaScript numbers. Run after `pnpm build`:
//   node bench/roll-up.mjs
// Prints medians and ratios measured in this run; asserts nothing about time.
import { rollUp } from '../dist/books/index.js';
import { check, format, measure, printHeading, printTable, seeded, size } from './harness.mjs';

const GROUPS = size(1_000, 20);
const CHUNK = size(100, 5);
const WARMUP_RUNS = size(3, 0);
const MEASURED_RUNS = size(11, 1);
const BUCKETS = ['1-30', '31-60', '61-90', '90+'];
const FUNDS = ['general', 'livestock', 'fertiliser', 'debt-relief', 'insurance'];

/**
 * 1,000 group reports as they arrive from groups (the JSON form of monthlyReport's result):
 * seeded amounts in satang from a few hundred baht to a few million, written as two-decimal
 * strings; 1 to 5 sub-funds; up to 8 loans in arrears.
 */
function makeReports() {
  const random = seeded(20240131);
  const satang = (maxBaht) => Math.floor(random() * maxBaht * 100);
  const text = (s) => `${Math.floor(s / 100)}.${String(s % 100).padStart(2, '0')}`;
  return Array.from({ length: GROUPS }, (_, g) => {
    const members = 20 + Math.floor(random() * 200);
    const portfolio = satang(3_000_000);
    const principal = Math.floor(portfolio * random() * 0.2);
    const buckets = BUCKETS.map(() => Math.floor(principal * random() * 0.4));
    const funds = FUNDS.slice(0, 1 + Math.floor(random() * FUNDS.length));
    return {
      kind: 'monthly-report',
      group: `กลุ่มที่ ${g + 1}`,
      month: '2024-01',
      from: '2024-01-01',
      to: '2024-01-31',
      deposits: {
        savings: text(satang(50_000)),
        shares: text(satang(50_000)),
        total: text(satang(100_000)),
      },
      withdrawals: {
        savings: text(satang(20_000)),
        shares: text(satang(5_000)),
        total: text(satang(25_000)),
      },
      loansIssued: { count: Math.floor(random() * 6), amount: text(satang(200_000)) },
      repayments: {
        principal: text(satang(150_000)),
        interest: text(satang(15_000)),
        total: '0.00',
      },
      fines: text(satang(2_000)),
      welfare: {
        contributions: text(satang(10_000)),
        payments: text(satang(8_000)),
        balance: text(satang(300_000)),
      },
      result: { income: '0.00', expenses: '0.00', surplus: '0.00' },
      cash: { onHand: text(satang(500_000)), bank: text(satang(2_000_000)), total: '0.00' },
      balances: {
        savings: text(satang(2_000_000)),
        shares: text(satang(3_000_000)),
        loansOutstanding: text(portfolio),
      },
      subFunds: funds.map((code) => ({
        code,
        label: { th: code, en: code },
        cashOnHand: '0.00',
        bank: '0.00',
        loansOutstanding: '0.00',
        netAssets: text(satang(1_000_000)),
      })),
      arrears: {
        loans: Array.from({ length: Math.floor(random() * 9) }, () => ({})),
        byBucket: Object.fromEntries(BUCKETS.map((bucket, i) => [bucket, text(buckets[i])])),
        total: text(buckets.reduce((a, b) => a + b, 0)),
        principal: text(principal),
        portfolio: text(portfolio),
        atRisk: text(Math.min(portfolio, principal * 3)),
      },
      members: { atStart: members, joined: [], left: [], atEnd: members },
    };
  });
}

/** Every amount field rollUp reads, as paths into a report. */
const AMOUNT_PATHS = [
  'deposits.total',
  'withdrawals.total',
  'loansIssued.amount',
  'repayments.principal',
  'repayments.interest',
  'fines',
  'balances.savings',
  'balances.shares',
  'balances.loansOutstanding',
  'cash.onHand',
  'cash.bank',
  'welfare.contributions',
  'welfare.payments',
  'welfare.balance',
  'arrears.total',
  'arrears.principal',
  'arrears.portfolio',
  'arrears.atRisk',
  ...BUCKETS.map((bucket) => `arrears.byBucket.${bucket}`),
].map((path) => path.split('.'));

/**
 * The baseline: the same fields added up as JavaScript numbers (parseFloat), no checks, the
 * ratio from the float sums: what a quick script would do.
 */
function naiveRollUp(reports) {
  const totals = new Array(AMOUNT_PATHS.length).fill(0);
  const funds = {};
  let members = 0;
  for (const report of reports) {
    AMOUNT_PATHS.forEach((path, i) => {
      let value = report;
      for (const key of path) value = value[key];
      totals[i] += parseFloat(value);
    });
    members += report.members.atEnd;
    for (const fund of report.subFunds)
      funds[fund.code] = (funds[fund.code] ?? 0) + parseFloat(fund.netAssets);
  }
  const at = (name) => totals[AMOUNT_PATHS.findIndex((path) => path.join('.') === name)];
  return {
    savings: at('balances.savings'),
    members,
    funds,
    ratio: at('arrears.principal') / at('arrears.portfolio'),
  };
}

function mapReduce(reports) {
  const partials = [];
  for (let i = 0; i < reports.length; i += CHUNK)
    partials.push(rollUp(reports.slice(i, i + CHUNK)));
  return rollUp(partials);
}

const reports = makeReports();
const runs = { warmupRuns: WARMUP_RUNS, measuredRuns: MEASURED_RUNS };
const [whole, chunked, naive] = measure(
  [
    { fn: rollUp, inputs: [reports] },
    { fn: mapReduce, inputs: [reports] },
    { fn: naiveRollUp, inputs: [reports] },
  ],
  runs,
);

printHeading(
  `Node ${process.version}; ${format(GROUPS)} seeded group reports; median of ${MEASURED_RUNS} runs after ${WARMUP_RUNS} warm-up runs.\n`,
);
const row = (name, candidate) => [
  name,
  (1000 / candidate.perSecond).toFixed(2),
  format(candidate.perSecond * GROUPS),
  `${(candidate.perSecond / naive.perSecond).toFixed(2)}×`,
];
printTable([
  [`roll-up of ${format(GROUPS)} groups`, 'median ms', 'groups/s', 'vs baseline'],
  row('@sajja/core rollUp (all at once)', whole),
  row(`@sajja/core rollUp (chunks of ${CHUNK}, then the summaries)`, chunked),
  row(`baseline: parseFloat sums of the same ${AMOUNT_PATHS.length} fields`, naive),
]);

// What exactness buys: the baseline's totals against rollUp's exact ones.
const exact = whole.results[0];
const float = naive.results[0];
const same = JSON.stringify(exact) === JSON.stringify(chunked.results[0]);
console.log(`\nall at once and map-reduce give the same summary: ${same ? 'yes' : 'NO'}`);
check(same, 'rollUp in chunks differs from rollUp all at once');
console.log(
  `arrears rate from the summed parts: exact ${exact.arrears.ratio}, baseline ${float.ratio}`,
);
console.log(`savings of the network: exact ${exact.savings}, baseline ${float.savings}`);
