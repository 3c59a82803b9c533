// Benchmark: 360-month loan schedules per second with loanSchedule, for each method, against a
// float baseline measured in the same run: the same conventions written the way most
// spreadsheets and ports write them, with JavaScript numbers (Math.pow PMT, Math.round(x * 100)
// / 100). The float baseline is faster and wrong: binary fractions drift (1.005 * 100 is
// 100.49999…, balances collect representation error), so the table also counts how many of its
// schedules differ from ours by at least one satang somewhere. Run after `pnpm build`. Prints
// medians and ratios; asserts nothing about time.
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

const LOANS = size(200, 5);
const TERM_MONTHS = 360;
const WARMUP_RUNS = size(2, 0);
const MEASURED_RUNS = size(7, 1);
/** Issue 16's goal: 360-month declining schedules a second. */
const GOAL_DECLINING_PER_SECOND = 3_000;
const METHODS = ['declining', 'equal-principal', 'flat'];

/**
 * 200 seeded 30-year loans: principals of 10,000–3,000,000 baht with satang, monthly rates of
 * 0.25–2 % in hundredths (a tenth of them quoted per year), disbursed on days 1–31 of 2024's
 * months (so month-end clamping is exercised), a quarter with payments rounded up to 10 baht.
 */
function makeLoans() {
  const random = seeded(20240131);
  const int = (below) => Math.floor(random() * below);
  return Array.from({ length: LOANS }, () => {
    const satang = 1_000_000 + int(299_000_000);
    const hundredths = 25 + int(176);
    const yearly = random() < 0.1;
    const month = 1 + int(12);
    const day = Math.min(1 + int(31), [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]);
    return {
      principal: `${Math.floor(satang / 100)}.${String(satang % 100).padStart(2, '0')}`,
      rate: yearly
        ? { percent: String((hundredths * 12) / 100), per: 'year' }
        : { percent: String(hundredths / 100), per: 'month' },
      termMonths: TERM_MONTHS,
      disbursedOn: `2024-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      ...(random() < 0.25 ? { roundPaymentTo: '10' } : {}),
    };
  });
}

/** The float baseline: the same conventions with numbers; due dates left out (not money). */
function floatSchedule(terms) {
  const round2 = (x) => Math.round(x * 100) / 100;
  const principal = Number(terms.principal);
  const percent = Number(terms.rate.percent);
  const i = terms.rate.per === 'month' ? percent / 100 : percent / 1200;
  const n = terms.termMonths;
  const step = terms.roundPaymentTo === undefined ? undefined : Number(terms.roundPaymentTo);
  const roundUp = (x) => (step === undefined ? x : Math.ceil(x / step) * step);
  const exactPmt = i === 0 ? principal / n : (principal * i) / (1 - Math.pow(1 + i, -n));
  const level = step === undefined ? round2(exactPmt) : Math.ceil(exactPmt / step) * step;
  const part = round2(principal / n);
  const rows = [];
  let balance = principal;
  for (let k = 0; k < n && balance > 0; k++) {
    const interest = round2((terms.method === 'flat' ? principal : balance) * i);
    let payment = terms.method === 'declining' ? level : roundUp(part + interest);
    if (payment < interest) payment = interest;
    let paid = payment - interest;
    if (k === n - 1 || paid >= balance) {
      paid = balance;
      payment = balance + interest;
    }
    balance -= paid;
    rows.push(
      `${payment.toFixed(2)} ${paid.toFixed(2)} ${interest.toFixed(2)} ${balance.toFixed(2)}`,
    );
  }
  return rows.join('\n');
}

const exactRows = (schedule) =>
  schedule.installments
    .map((i) => `${i.payment} ${i.principal} ${i.interest} ${i.balance}`)
    .join('\n');

const loans = makeLoans();
printHeading(
  `Node ${process.version}; ${LOANS} seeded ${TERM_MONTHS}-month loans per method; ` +
    `median of ${MEASURED_RUNS} runs after ${WARMUP_RUNS} warm-up.\n`,
);
const rows = [
  [
    '360-month schedules',
    'median schedules/s',
    'float baseline/s',
    'vs float',
    'float schedules that differ',
    'goal',
  ],
];
const versus = (ours, float) => {
  const ratio = ours.perSecond / float.perSecond;
  return ratio >= 1 ? `${ratio.toFixed(1)}× faster` : `${(1 / ratio).toFixed(1)}× slower`;
};
for (const method of METHODS) {
  const inputs = loans.map((terms) => ({ ...terms, method }));
  // loanSchedule builds the rows' Money when `installments` is first read; the second
  // candidate reads every row as text, the float baseline's output, for the whole cost. Each
  // is interleaved with the baseline on its own, so neither pays for the other's garbage.
  const runs = { warmupRuns: WARMUP_RUNS, measuredRuns: MEASURED_RUNS };
  const [ours, float] = measure(
    [
      { fn: loanSchedule, inputs },
      { fn: floatSchedule, inputs },
    ],
    runs,
  );
  const [withRows] = measure([{ fn: (terms) => exactRows(loanSchedule(terms)), inputs }], runs);
  const differ = withRows.results.filter((text, k) => text !== float.results[k]).length;
  check(
    ours.results.every((s) => s.installments.at(-1).balance.toString() === '0.00'),
    `a ${method} schedule does not end at a balance of 0.00`,
  );
  check(
    ours.results.every((s, k) => exactRows(s) === withRows.results[k]),
    `a ${method} schedule's rows differ between two readings`,
  );
  const goal = (candidate) =>
    method === 'declining'
      ? `≥ ${format(GOAL_DECLINING_PER_SECOND)}/s: ${verdict(candidate.perSecond, { atLeast: GOAL_DECLINING_PER_SECOND })}`
      : '';
  rows.push(
    [
      `@sajja/core loanSchedule, ${method}`,
      format(ours.perSecond),
      format(float.perSecond),
      versus(ours, float),
      `${differ}/${LOANS}`,
      goal(ours),
    ],
    [
      `  … and every row read as text`,
      format(withRows.perSecond),
      '',
      versus(withRows, float),
      '',
      goal(withRows),
    ],
  );
}
printTable(rows);
console.log(
  '\nloanSchedule makes its rows (Money) when `installments` is first read; "every row read as text"' +
    '\nreads them all and writes each amount, as the float baseline does. The float baseline assumes a' +
    '\nmonthly period (no actual/365) and prints numbers with toFixed(2); a schedule "differs" when any' +
    '\npayment, principal, interest or balance is off by a satang or more.',
);
