// Benchmark: a year of daily-balance savings interest for 10,000 seeded accounts of 100
// transactions each, with savingsInterest (sorted once, swept by runs of equal balance) against
// two naive day-by-day baselines in the same run: the test suite's reference (every day re-sums
// every transaction, exact BigInt) and a day loop with a running decimal balance. Run after
// `pnpm build`. Prints medians, accounts per second and ratios; asserts nothing about time.
import { check, format, measure, printHeading, printTable, seeded, size } from './harness.mjs';
import Decimal from 'decimal.js';
import { addDays, isLeapYear } from '../dist/index.js';
import { savingsInterest } from '../dist/savings/index.js';

const ACCOUNTS = size(10_000, 50);
const TRANSACTIONS = 100;
// The day-by-day baselines run on the first accounts only, scaled.
const NAIVE_ACCOUNTS = size(250, 5);
const WARMUP_RUNS = size(1, 0);
const MEASURED_RUNS = size(5, 1);
const FROM = '2024-01-01';
const TO = '2024-12-31';
const TERMS = { ratePercentPerYear: '1.25', method: 'daily-balance', dayCount: 'actual/actual' };

/**
 * Accounts opened in 2023 with a deposit, then 99 movements at random days of 2023-12 to 2024
 * (unsorted, as a store returns them): deposits of 20–5,000 baht, a quarter withdrawals of up to
 * 2,000 baht, amounts with satang. Some balances dip below zero, which earns nothing.
 */
function makeAccounts() {
  const random = seeded(20240630);
  const int = (below) => Math.floor(random() * below);
  const amount = (maxSatang) => {
    const satang = 2000 + int(maxSatang - 2000);
    return `${Math.floor(satang / 100)}.${String(satang % 100).padStart(2, '0')}`;
  };
  return Array.from({ length: ACCOUNTS }, () => {
    const transactions = [{ date: addDays('2023-01-01', int(365)), amount: amount(2_000_000) }];
    for (let i = 1; i < TRANSACTIONS; i++) {
      const date = addDays('2023-12-01', int(397));
      transactions.push(
        random() < 0.25
          ? { date, amount: `-${amount(200_000)}`, kind: 'withdrawal' }
          : { date, amount: amount(500_000) },
      );
    }
    return transactions;
  });
}

/** The test suite's reference: every day, the balance re-summed from every transaction. */
function naiveResum(transactions) {
  const [rate, scale] = rateParts(TERMS.ratePercentPerYear);
  const L = 365n * 366n;
  const satang = transactions.map((t) => [t.date, BigInt(t.amount.replace('.', ''))]);
  let numerator = 0n;
  for (let date = FROM; date <= TO; date = addDays(date, 1)) {
    let balance = 0n;
    for (const [day, amount] of satang) if (day <= date) balance += amount;
    const weight = L / (isLeapYear(Number(date.slice(0, 4))) ? 366n : 365n);
    if (balance > 0n) numerator += balance * rate * weight;
  }
  const denominator = scale * 100n * L;
  return toBaht((2n * numerator + denominator) / (2n * denominator));
}

/** A day loop with a running decimal balance, as most spreadsheets and ports do it. */
function naiveRunning(transactions) {
  const sorted = [...transactions].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const rate = new Decimal(TERMS.ratePercentPerYear).dividedBy(100);
  let balance = new Decimal(0);
  let total = new Decimal(0);
  let next = 0;
  for (let date = FROM; date <= TO; date = addDays(date, 1)) {
    while (next < sorted.length && sorted[next].date <= date) {
      balance = balance.plus(sorted[next++].amount);
    }
    const year = isLeapYear(Number(date.slice(0, 4))) ? 366 : 365;
    if (balance.gt(0)) total = total.plus(balance.times(rate).dividedBy(year));
  }
  return total.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}

function rateParts(rate) {
  const [whole, fraction = ''] = rate.split('.');
  return [BigInt(whole + fraction), 10n ** BigInt(fraction.length)];
}

function toBaht(satang) {
  return `${satang / 100n}.${String(satang % 100n).padStart(2, '0')}`;
}

const fast = (transactions) =>
  savingsInterest({ ...TERMS, transactions, from: FROM, to: TO }).toString();

const accounts = makeAccounts();
const subset = accounts.slice(0, NAIVE_ACCOUNTS);
printHeading(
  `Node ${process.version}; ${ACCOUNTS} seeded accounts × ${TRANSACTIONS} transactions; ` +
    `daily balance ${FROM}..${TO}, ${TERMS.dayCount}; median of ${MEASURED_RUNS} runs after ${WARMUP_RUNS} warm-up.\n`,
);

const [sweep, resum, running] = measure(
  [
    { fn: fast, inputs: accounts },
    { fn: naiveResum, inputs: subset },
    { fn: naiveRunning, inputs: subset },
  ],
  { warmupRuns: WARMUP_RUNS, measuredRuns: MEASURED_RUNS },
);
const agree = (results) => results.filter((r, i) => r === sweep.results[i]).length;
check(
  agree(resum.results) === NAIVE_ACCOUNTS,
  'savingsInterest differs from the re-summing reference',
);

const rows = [
  ['savings interest, a year', 'accounts', 'median accounts/s', 'sweep is', 'same result'],
  ['@sajja/core savingsInterest (sweep)', format(ACCOUNTS), format(sweep.perSecond), '', '-'],
  [
    'naive: re-sum every day (BigInt, test reference)',
    format(NAIVE_ACCOUNTS),
    format(resum.perSecond),
    `${(sweep.perSecond / resum.perSecond).toFixed(1)}× faster`,
    `${agree(resum.results)}/${NAIVE_ACCOUNTS}`,
  ],
  [
    'naive: day loop, running balance (decimal.js)',
    format(NAIVE_ACCOUNTS),
    format(running.perSecond),
    `${(sweep.perSecond / running.perSecond).toFixed(1)}× faster`,
    `${agree(running.results)}/${NAIVE_ACCOUNTS}`,
  ],
];
printTable(rows);
console.log(
  `\nAll ${format(ACCOUNTS)} accounts: ${(ACCOUNTS / sweep.perSecond).toFixed(2)} s with the sweep; ` +
    `about ${(ACCOUNTS / resum.perSecond).toFixed(0)} s and ${(ACCOUNTS / running.perSecond).toFixed(0)} s ` +
    `with the naive baselines (scaled from ${NAIVE_ACCOUNTS}).`,
);
