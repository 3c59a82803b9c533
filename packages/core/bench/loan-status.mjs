// Benchmark: loanStatus over a portfolio of 10,000 seeded loans with their payment histories
// (the monthly arrears report of a large fund), against a baseline measured in the same run:
// building the same loans' schedules alone with loanSchedule, the first thing a status does.
// The ratio shows what replaying the payments (allocation, penalties, prepayments and their
// recomputed schedules) costs on top. Run after `pnpm build`. Prints medians and loans per
// second; asserts nothing about time.
import { format, measure, printHeading, printTable, seeded, size, verdict } from './harness.mjs';
import { loanSchedule, loanStatus } from '../dist/loans/index.js';

const LOANS = size(10_000, 100);
const WARMUP_RUNS = size(1, 0);
const MEASURED_RUNS = size(3, 1);
/** Issue 16's goal: loans a second for loanStatus over the portfolio. */
const GOAL_LOANS_PER_SECOND = 10_000;
const AS_OF = '2025-06-30';
const METHODS = ['declining', 'equal-principal', 'flat'];

/** ISO date `days` after `iso` (UTC, for generating inputs only). */
function plusDays(iso, days) {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Satang as a plain amount: 123456 → '1234.56'. */
function baht(satang) {
  return `${Math.floor(satang / 100)}.${String(satang % 100).padStart(2, '0')}`;
}

/**
 * 10,000 loans disbursed from 2021 to mid-2025: terms of 6–60 months, 5,000–200,000 baht,
 * every method, a third on actual/365, monthly rates of 0.5–2 % or yearly 5–15 %, a quarter
 * with payments rounded up to 10 baht, some under rules with a grace period, a fixed-fee
 * penalty or 'reduce-payment'. Each borrower has a habit: most pay each instalment on time,
 * some pay late (1–75 days), some skip instalments, some pay part; one in ten now and then
 * pays extra, which prepays principal. Only payments up to the report date are kept.
 */
function makePortfolio() {
  const random = seeded(20250630);
  const int = (below) => Math.floor(random() * below);
  const pick = (list) => list[int(list.length)];
  const rulesFor = () => {
    const roll = random();
    const base = { rate: { percent: '1', per: 'month' }, method: 'declining', termMonths: 60 };
    if (roll < 0.6) return undefined;
    if (roll < 0.75) return { ...base, penaltyGraceDays: 7 };
    if (roll < 0.9) return { ...base, penalty: { kind: 'fixed-fee', fee: '50' } };
    return { ...base, prepayment: 'reduce-payment', maxPenalty: '500' };
  };
  return Array.from({ length: LOANS }, (_, index) => {
    const monthly = random() < 0.6;
    const terms = {
      principal: baht(500_000 + int(19_500_000)),
      rate: monthly
        ? { percent: pick(['0.5', '0.75', '1', '1.25', '1.5', '2']), per: 'month' }
        : { percent: pick(['5', '6', '7.5', '9', '12', '15']), per: 'year' },
      termMonths: 6 + int(55),
      method: pick(METHODS),
      disbursedOn: plusDays('2021-01-01', int(1640)),
      ...(random() < 0.33 ? { dayCount: 'actual/365' } : {}),
      ...(random() < 0.25 ? { roundPaymentTo: '10' } : {}),
    };
    const rules = rulesFor();
    const loan = { id: `L${index}`, terms, ...(rules ? { rules } : {}) };
    const habit = random();
    const payments = [];
    for (const row of loanSchedule(terms).installments) {
      const due = row.dueDate;
      const amount = Number(row.payment.toString().replace('.', '')); // satang, read from text
      if (habit < 0.6) {
        payments.push({ date: due, amount });
      } else if (habit < 0.75) {
        payments.push({ date: plusDays(due, 1 + int(75)), amount: amount + int(5_000) });
      } else if (habit < 0.9) {
        if (random() < 0.7) payments.push({ date: plusDays(due, int(40)), amount });
      } else {
        payments.push({
          date: plusDays(due, int(20)),
          amount: Math.max(1, Math.floor(amount * (0.3 + random() * 0.6))),
        });
      }
      if (random() < 0.1 * (habit < 0.6 ? 1 : 0)) {
        payments.push({ date: plusDays(due, 3 + int(20)), amount: 100_000 + int(2_000_000) });
      }
    }
    const history = payments
      .filter((payment) => payment.date <= AS_OF)
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
      .map((payment, n) => ({
        id: `L${index}-${n}`,
        date: payment.date,
        amount: baht(payment.amount),
      }));
    return { loan, history };
  });
}

const portfolio = makePortfolio();
const records = portfolio.reduce((count, { history }) => count + history.length, 0);
const instalments = portfolio.reduce((count, { loan }) => count + loan.terms.termMonths, 0);
printHeading(
  `Node ${process.version}; ${format(LOANS)} seeded loans (6–60 months, ${format(instalments)} ` +
    `instalments), ${format(records)} payment records, status as of ${AS_OF}; ` +
    `median of ${MEASURED_RUNS} runs after ${WARMUP_RUNS} warm-up.\n`,
);

const schedules = ({ loan }) => loanSchedule(loan.terms).totalPayment.toString();
const statuses = ({ loan, history }) => {
  const status = loanStatus(loan, history, AS_OF);
  return `${status.ageingBucket} ${status.due.total} ${status.outstandingPrincipal}`;
};

const [baseline, status] = measure(
  [
    { fn: schedules, inputs: portfolio },
    { fn: statuses, inputs: portfolio },
  ],
  { warmupRuns: WARMUP_RUNS, measuredRuns: MEASURED_RUNS },
);

const buckets = {};
for (const result of status.results) {
  const bucket = result.split(' ')[0];
  buckets[bucket] = (buckets[bucket] ?? 0) + 1;
}

printTable([
  [`${format(LOANS)} loans`, 'median loans/s', 'per loan', 'time vs schedules alone', 'goal'],
  [
    'baseline: loanSchedule only',
    format(baseline.perSecond),
    `${(1e3 / baseline.perSecond).toFixed(2)} ms`,
    '1.0×',
    '',
  ],
  [
    'loanStatus (replay, totals, ageing)',
    format(status.perSecond),
    `${(1e3 / status.perSecond).toFixed(2)} ms`,
    `${(baseline.perSecond / status.perSecond).toFixed(1)}×`,
    `≥ ${format(GOAL_LOANS_PER_SECOND)}/s: ${verdict(status.perSecond, { atLeast: GOAL_LOANS_PER_SECOND })}`,
  ],
]);
console.log(
  `\nThe whole portfolio: ${(LOANS / status.perSecond).toFixed(1)} s for every status, ` +
    `${(LOANS / baseline.perSecond).toFixed(1)} s for the schedules alone. Ageing: ` +
    ['current', '1-30', '31-60', '61-90', '90+'].map((b) => `${b} ${buckets[b] ?? 0}`).join(', ') +
    '. Per-instalment rows (status.installments) are built on first read and not counted here.',
);
