// Benchmark (issue 20): 360-instalment schedules per second with every combination of the loan
// conventions loanSchedule accepts, against today's conventions (the defaults) in the same run
// as the baseline. Every combination is timed on the same seeded loans (a sweep: the slowest
// of 1,000-odd short timings is mostly the unluckiest), then the ten slowest are timed again on
// four times as many loans, interleaved with the baseline, and the goal (≥ 2,000 schedules/s)
// is judged on the slowest of those. Run after `pnpm build`; asserts nothing about time.
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
import { loanSchedule } from '../dist/loans/index.js';

const LOANS = size(16, 2);
const COUNT = 360;
const WARMUP_RUNS = size(1, 0);
const MEASURED_RUNS = size(5, 1);
const GOAL_PER_SECOND = 2_000;

/** Seeded 360-instalment loans: principals of 10,000–3,000,000 baht, 3–24 %/year. */
function makeLoans(seed = 20261207) {
  const random = seeded(seed);
  const int = (below) => Math.floor(random() * below);
  return Array.from({ length: LOANS }, () => {
    const satang = 1_000_000 + int(299_000_000);
    const month = 1 + int(12);
    const day = 1 + int(28);
    return {
      principal: `${Math.floor(satang / 100)}.${String(satang % 100).padStart(2, '0')}`,
      rate: { percent: String(3 + int(22)), per: 'year' },
      disbursedOn: `2024-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    };
  });
}

/** Every combination of the options' values (each option's values, crossed). */
const OPTIONS = {
  method: ['declining', 'equal-principal', 'flat'],
  repayEvery: [undefined, { count: 2, unit: 'week' }],
  dayCount: [undefined, 'actual/365', 'actual/actual', '30/360'],
  roundingMode: [undefined, 'half-even'],
  round: [undefined, 'nearest'],
  flatInterest: [undefined, 'contract-total'],
  grace: [undefined, 'principal', 'interest', 'free'],
  paymentTiming: [undefined, 'start'],
  levelPayment: [undefined, 'actual-days'],
  tranches: [undefined, 'two'],
};

function* combinations(keys = Object.keys(OPTIONS), chosen = {}) {
  if (keys.length === 0) {
    yield chosen;
    return;
  }
  const [key, ...rest] = keys;
  for (const value of OPTIONS[key]) yield* combinations(rest, { ...chosen, [key]: value });
}

/** The terms of `loan` under one combination. */
function termsOf(loan, c) {
  const terms = { ...loan, method: c.method };
  if (c.repayEvery) {
    terms.installmentCount = COUNT;
    terms.repayEvery = c.repayEvery;
  } else {
    terms.termMonths = COUNT;
  }
  if (c.dayCount) terms.dayCount = c.dayCount;
  if (c.roundingMode) terms.roundingMode = c.roundingMode;
  if (c.round) Object.assign(terms, { roundPaymentTo: '10', roundPaymentMode: c.round });
  if (c.flatInterest) terms.flatInterest = c.flatInterest;
  if (c.grace === 'principal') terms.graceOnPrincipal = 6;
  if (c.grace === 'interest') terms.graceOnInterestPayment = 3;
  if (c.grace === 'free') terms.interestFreePeriods = 3;
  if (c.paymentTiming) terms.paymentTiming = c.paymentTiming;
  if (c.levelPayment) terms.levelPayment = c.levelPayment;
  if (c.tranches) {
    const [baht] = loan.principal.split('.');
    const half = Math.floor(Number(baht) / 2);
    const [y, m, d] = loan.disbursedOn.split('-').map(Number);
    const later = `${y}-${String(((m + 2) % 12) + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    const on = later > loan.disbursedOn ? later : `${y + 1}-${later.slice(5)}`;
    terms.disbursements = [
      { on: loan.disbursedOn, amount: String(half) },
      { on, amount: (Number(loan.principal) - half).toFixed(2) },
    ];
  }
  return terms;
}

/** Whether loanSchedule accepts a combination (those that make no sense are refused). */
function accepted(terms) {
  try {
    loanSchedule(terms);
    return true;
  } catch (error) {
    if (error.reason === 'conflicting-options') return false;
    throw error;
  }
}

const loans = makeLoans();
const moreLoans = [20261207, 20261208, 20261209, 20261210].flatMap((seed) => makeLoans(seed));
const all = [...combinations()];
const valid = all
  .map((c) => ({ c, inputs: loans.map((loan) => termsOf(loan, c)) }))
  .filter(({ inputs }) => accepted(inputs[0]));
const baselineInputs = loans.map((loan) => termsOf(loan, { method: 'declining' }));
printHeading(
  `Node ${process.version}; ${valid.length} combinations accepted of ${all.length} crossed ` +
    `(the rest are refused as conflicting-options), ${LOANS} seeded ${COUNT}-instalment loans ` +
    `each; median of ${MEASURED_RUNS} runs after ${WARMUP_RUNS} warm-up.\n`,
);

const runs = { warmupRuns: WARMUP_RUNS, measuredRuns: MEASURED_RUNS };
const results = [];
let [baseline] = measure([{ fn: loanSchedule, inputs: baselineInputs }], runs);
const started = performance.now();
for (const { c, inputs } of valid) {
  const [measured] = measure([{ fn: loanSchedule, inputs }], runs);
  check(
    measured.results.every((s) => s.installments.at(-1).balance.toString() === '0.00'),
    `a schedule under ${JSON.stringify(c)} does not end at a balance of 0.00`,
  );
  results.push({ c, perSecond: measured.perSecond });
}
const seconds = (performance.now() - started) / 1000;
// The baseline again at the end, so drift over the run shows.
const [baselineAfter] = measure([{ fn: loanSchedule, inputs: baselineInputs }], runs);
results.sort((a, b) => a.perSecond - b.perSecond);
// The ten slowest again, on four times the loans, each interleaved with the baseline.
const confirmed = results.slice(0, size(10, 2)).map(({ c }) => {
  const [measured, base] = measure(
    [
      { fn: loanSchedule, inputs: moreLoans.map((loan) => termsOf(loan, c)) },
      { fn: loanSchedule, inputs: moreLoans.map((loan) => termsOf(loan, { method: 'declining' })) },
    ],
    runs,
  );
  return { c, perSecond: measured.perSecond, baseline: base.perSecond };
});
confirmed.sort((a, b) => a.perSecond - b.perSecond);
const describe = (c) =>
  Object.entries(c)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) =>
      typeof v === 'object' ? `${k} ${v.count} ${v.unit}` : k === 'method' ? v : `${k} ${v}`,
    )
    .join(', ');
const slowest = confirmed[0];
const total = results.length * LOANS;
const overall = total / results.reduce((sum, r) => sum + LOANS / r.perSecond, 0);
printTable([
  ['360-instalment schedules', 'median schedules/s', 'vs today’s conventions', 'goal'],
  [
    'baseline: today’s conventions (declining, monthly), at the start',
    format(baseline.perSecond),
    '1.0×',
    '',
  ],
  ['baseline again, at the end', format(baselineAfter.perSecond), '', ''],
  ...results
    .slice(0, 3)
    .map((r) => [
      `sweep, slow: ${describe(r.c)}`,
      format(r.perSecond),
      `${(baseline.perSecond / r.perSecond).toFixed(1)}× slower`,
      '',
    ]),
  ...confirmed
    .slice(0, 5)
    .map((r) => [
      `timed again (${moreLoans.length} loans): ${describe(r.c)}`,
      format(r.perSecond),
      `${(r.baseline / r.perSecond).toFixed(1)}× slower`,
      '',
    ]),
  [
    `every combination (${results.length}), harmonic mean`,
    format(overall),
    `${(baseline.perSecond / overall).toFixed(1)}× slower`,
    '',
  ],
  [
    'the slowest combination, timed again',
    format(slowest.perSecond),
    '',
    `≥ ${format(GOAL_PER_SECOND)}/s: ${verdict(slowest.perSecond, { atLeast: GOAL_PER_SECOND })}`,
  ],
]);
console.log(
  `\n${results.length} combinations timed in ${seconds.toFixed(1)} s. The fastest: ` +
    `${describe(results.at(-1).c)}, ${format(results.at(-1).perSecond)}/s.`,
);
