import { expect } from 'chai';
import fc from 'fast-check';
import { addDays, daysBetween, isLeapYear } from '../src/dates/iso-date.js';
import {
  savingsInterest,
  TIER_MODES,
  type DayCount,
  type InterestMethod,
  type InterestTiers,
  type SavingsInterestOptions,
} from '../src/savings/savings-interest.js';
import type { SavingsTransaction } from '../src/savings/transactions.js';
import { satangToText, textToSatang } from './arbitraries.js';
import { expectSajjaError } from './expect-sajja-error.js';

type Options = Partial<SavingsInterestOptions>;

/** Interest at 1 % a year, daily balance, actual/365, unless `options` say otherwise. */
function interest(
  transactions: SavingsTransaction[],
  from: string,
  to: string,
  options: Options = {},
): string {
  return savingsInterest({
    transactions,
    from,
    to,
    ratePercentPerYear: '1',
    method: 'daily-balance',
    dayCount: 'actual/365',
    ...options,
  }).toString();
}

describe('savingsInterest', () => {
  it('pays a deposit from its own day', () => {
    // 2023-03-10..31 is 22 days: 36,500 × 1 % × 22 / 365 = 22.00.
    expect(
      interest([{ date: '2023-03-10', amount: '36500' }], '2023-03-01', '2023-03-31'),
    ).to.equal('22.00');
    // Deposited on the last day of the period: one day, 36,500 × 1 % / 365 = 1.00.
    expect(
      interest([{ date: '2023-03-31', amount: '36500' }], '2023-03-01', '2023-03-31'),
    ).to.equal('1.00');
    expect(
      interest([{ date: '2023-04-01', amount: '36500' }], '2023-03-01', '2023-03-31'),
    ).to.equal('0.00');
  });

  it('pays nothing for money withdrawn on the day it is withdrawn', () => {
    // 36,500 from 1 January, all withdrawn on 6 January: it earns 1–5 January, 5.00.
    const account = [
      { date: '2023-01-01', amount: '36500' },
      { date: '2023-01-06', amount: '-36500' },
    ];
    expect(interest(account, '2023-01-01', '2023-01-10')).to.equal('5.00');
  });

  it('nets a deposit and a withdrawal on the same day by end-of-day balance', () => {
    // 10,000 in and out on 5 January changes no end-of-day balance: 36,500 × 10 days = 10.00.
    const account = [
      { date: '2023-01-01', amount: '36500' },
      { date: '2023-01-05', amount: '-10000' },
      { date: '2023-01-05', amount: '10000' },
    ];
    expect(interest(account, '2023-01-01', '2023-01-10')).to.equal('10.00');
  });

  it('opens the period with every transaction before it, in any order', () => {
    // 73,000 − 36,500 in 2022 leaves 36,500 through January 2023: 31 days, 31.00.
    const account = [
      { date: '2023-02-01', amount: '-100' },
      { date: '2022-12-01', amount: '-36500' },
      { date: '2022-05-01', amount: '73000' },
    ];
    expect(interest(account, '2023-01-01', '2023-01-31')).to.equal('31.00');
  });

  it('divides by 366 in leap years only under actual/actual', () => {
    const leap = [{ date: '2024-01-01', amount: '36600' }];
    // 36,600 × 1 % × 366 / 366 = 366.00, but × 366 / 365 = 367.0027… under actual/365.
    expect(interest(leap, '2024-01-01', '2024-12-31', { dayCount: 'actual/actual' })).to.equal(
      '366.00',
    );
    expect(interest(leap, '2024-01-01', '2024-12-31')).to.equal('367.00');
    // 2023 is a common year: both day counts divide by 365.
    const common = [{ date: '2023-01-01', amount: '36500' }];
    expect(interest(common, '2023-01-01', '2023-12-31', { dayCount: 'actual/actual' })).to.equal(
      '365.00',
    );
    expect(interest(common, '2023-01-01', '2023-12-31')).to.equal('365.00');
  });

  it('splits a period across a year end into its years', () => {
    // 133,590 = 365 × 366: 31 Dec 2023 earns 1,335.90 / 365 = 3.66, 1 Jan 2024 1,335.90 / 366 = 3.65.
    const account = [{ date: '2023-06-01', amount: '133590' }];
    for (const method of [
      'daily-balance',
      'minimum-monthly-balance',
      'average-daily-balance',
    ] as const) {
      expect(
        interest(account, '2023-12-31', '2024-01-01', { dayCount: 'actual/actual', method }),
        method,
      ).to.equal('7.31');
      expect(interest(account, '2023-12-31', '2024-01-01', { method }), method).to.equal('7.32');
    }
  });

  describe('three methods on one account', () => {
    // Balances from 2023-05-20 to 2023-07-10 (52 days), deposited 2023-05-01:
    //   05-20..06-10  36,500 (22 days: 12 in May, 10 in June)
    //   06-11..06-20  18,250 (10 days, after −18,250)
    //   06-21..07-04  91,250 (14 days: 10 in June, 4 in July, after +73,000)
    //   07-05..07-10  83,950 (6 days, after −7,300)
    const account = [
      { date: '2023-05-01', amount: '36500' },
      { date: '2023-06-11', amount: '-18250' },
      { date: '2023-06-21', amount: '73000' },
      { date: '2023-07-05', amount: '-7300' },
    ];
    const run = (method: InterestMethod, tiers?: InterestTiers) =>
      interest(account, '2023-05-20', '2023-07-10', tiers ? { method, tiers } : { method });
    const tiers = (mode: InterestTiers['mode']): InterestTiers => ({
      mode,
      bands: [
        { from: '0', ratePercentPerYear: '1' },
        { from: '50000', ratePercentPerYear: '2' },
      ],
    });

    it('daily balance: each day on its own balance', () => {
      // Balance-days 36,500 × 22 + 18,250 × 10 + 91,250 × 14 + 83,950 × 6 = 2,766,700;
      // × 1 % / 365 = 75.80.
      expect(run('daily-balance')).to.equal('75.80');
    });

    it('minimum monthly balance: each month on its lowest balance, for its days in the period', () => {
      // May (12 days) 36,500; June (30 days) 18,250; July (10 days) 83,950:
      // (438,000 + 547,500 + 839,500) × 1 % / 365 = 50.00.
      expect(run('minimum-monthly-balance')).to.equal('50.00');
    });

    it('average daily balance: the period on its average, which a flat rate makes the daily sum', () => {
      // Average 2,766,700 / 52 = 53,205.77…; × 1 % × 52 / 365 = 75.80, as daily balance.
      expect(run('average-daily-balance')).to.equal('75.80');
    });

    it('whole-balance tiers: the whole balance at the rate of the band it reaches', () => {
      // Daily: 36,500 and 18,250 at 1 % (985,500 balance-days); 91,250 and 83,950 at 2 %
      // (1,781,200): (985,500 + 3,562,400) / 100 / 365 = 124.60.
      expect(run('daily-balance', tiers('whole-balance'))).to.equal('124.60');
      // The average, 53,205.77, reaches the 2 % band: 2,766,700 × 2 % / 365 = 151.60.
      expect(run('average-daily-balance', tiers('whole-balance'))).to.equal('151.60');
      // Minimums: May 36,500 and June 18,250 at 1 %, July 83,950 at 2 %:
      // (438,000 + 547,500 + 839,500 × 2) / 100 / 365 = 73.00.
      expect(run('minimum-monthly-balance', tiers('whole-balance'))).to.equal('73.00');
    });

    it('by-band tiers: each slice of the balance at its own band rate', () => {
      // 91,250 earns 50,000 × 1 + 41,250 × 2 = 132,500 %-baht a day; 83,950: 117,900.
      // (803,000 + 182,500 + 132,500 × 14 + 117,900 × 6) / 100 / 365 = 97.2027… → 97.20.
      expect(run('daily-balance', tiers('by-band'))).to.equal('97.20');
    });
  });

  it('pays whole-balance tiers from a band start, inclusive, and nothing below the first band', () => {
    const tiers: InterestTiers = {
      mode: 'whole-balance',
      bands: [
        { from: '1000', ratePercentPerYear: '1' },
        { from: '36500', ratePercentPerYear: '2' },
      ],
    };
    const days = (amount: string) =>
      interest([{ date: '2023-01-01', amount }], '2023-01-01', '2023-01-10', { tiers });
    expect(days('36500')).to.equal('20.00');
    expect(days('36499.99')).to.equal('10.00');
    expect(days('999.99')).to.equal('0.00');
  });

  it('lets tiers replace the flat rate', () => {
    const tiers: InterestTiers = { mode: 'by-band', bands: [{ from: '0', ratePercentPerYear: 2 }] };
    const account = [{ date: '2023-01-01', amount: '36500' }];
    expect(
      interest(account, '2023-01-01', '2023-01-10', { tiers, ratePercentPerYear: '9' }),
    ).to.equal('20.00');
  });

  it('pays nothing on days the balance is negative', () => {
    // Overdrawn by 36,500 for 5 days, then 36,500 in credit for 5 days: 5.00, not 0.00.
    const account = [
      { date: '2023-01-01', amount: '-36500' },
      { date: '2023-01-06', amount: '73000' },
    ];
    expect(interest(account, '2023-01-01', '2023-01-10')).to.equal('5.00');
  });

  it('rounds once, at the end, not day by day', () => {
    // 100 baht earns 0.0027… a day, which rounds to 0.00; ten days earn 0.0274 → 0.03.
    expect(interest([{ date: '2023-01-01', amount: '100' }], '2023-01-01', '2023-01-10')).to.equal(
      '0.03',
    );
    // Exactly half a satang rounds up: 36,500 × 0.0005 % × 10 / 365 = 0.005 → 0.01.
    expect(
      interest([{ date: '2023-01-01', amount: '36500' }], '2023-01-01', '2023-01-10', {
        ratePercentPerYear: '0.0005',
      }),
    ).to.equal('0.01');
  });

  it('accepts rates as numbers and a period of one day', () => {
    expect(
      interest([{ date: '2023-01-01', amount: '36500' }], '2023-01-05', '2023-01-05', {
        ratePercentPerYear: 1.5,
      }),
    ).to.equal('1.50');
  });

  it('rejects bad dates, amounts, periods and terms with coded errors', () => {
    const ok = [{ date: '2023-01-01', amount: '100' }];
    expectSajjaError(() => interest(ok, '2023-02-29', '2023-03-01'), 'INVALID_DATE', 'no-such-day');
    expectSajjaError(() => interest(ok, '2023-01-01', '2023-1-31'), 'INVALID_DATE', 'not-a-date');
    expectSajjaError(
      () => interest([{ date: '2023-13-01', amount: '1' }], '2023-01-01', '2023-01-31'),
      'INVALID_DATE',
      'no-such-month',
    );
    expectSajjaError(
      () => interest([{ date: '2023-01-01', amount: '1.005' }], '2023-01-01', '2023-01-31'),
      'INVALID_AMOUNT',
      'too-many-decimals',
    );
    expectSajjaError(
      () => interest([{ date: '2023-01-01', amount: 'lots' }], '2023-01-01', '2023-01-31'),
      'INVALID_AMOUNT',
      'not-a-number',
    );
    const after = expectSajjaError(
      () => interest(ok, '2023-02-01', '2023-01-31'),
      'INVALID_ARGUMENT',
      'invalid-option',
    );
    expect(after.details).to.deep.equal({ option: 'from' });
    const terms = expectSajjaError(
      () =>
        interest(ok, '2023-01-01', '2023-01-31', {
          ratePercentPerYear: '-1',
          method: 'daily' as InterestMethod,
          dayCount: '30/360' as DayCount,
        }),
      'INVALID_ARGUMENT',
      'invalid-option',
    );
    expect(terms.details).to.deep.equal({ option: 'ratePercentPerYear' });
    expect(terms.problems.map((p) => `${p.path}: ${p.reason}`)).to.deep.equal([
      'ratePercentPerYear: below-minimum',
      'method: unknown-value',
      'dayCount: unknown-value',
    ]);
    const tiers = expectSajjaError(
      () =>
        interest(ok, '2023-01-01', '2023-01-31', {
          tiers: {
            mode: 'progressive' as InterestTiers['mode'],
            bands: [
              { from: '0', ratePercentPerYear: '1' },
              { from: '0', ratePercentPerYear: 'x' },
            ],
          },
        }),
      'INVALID_ARGUMENT',
      'invalid-option',
    );
    expect(tiers.problems.map((p) => `${p.path}: ${p.reason}`)).to.deep.equal([
      'tiers.mode: unknown-value',
      'tiers.bands[1].ratePercentPerYear: not-a-number',
      'tiers.bands[1].from: unordered-bands',
    ]);
    expectSajjaError(
      () => interest(ok, '2023-01-01', '2023-01-31', { ratePercentPerYear: undefined }),
      'INVALID_ARGUMENT',
      'invalid-option',
    );
  });
});

// ---------------------------------------------------------------------------------------------
// A naive reference: walk every day, sum every transaction up to it, exact BigInt fractions.

const METHODS: readonly InterestMethod[] = [
  'daily-balance',
  'minimum-monthly-balance',
  'average-daily-balance',
];
const L = 365n * 366n;

/** A rate of at most three decimals in thousandths of a percent (test data only). */
const thousandths = (rate: string | number) => BigInt(Math.round(Number(rate) * 1000));

/**
 * What a balance of `b / n` satang earns in a year, times `n`, in thousandths of a percent of
 * a satang: flat, or by the tiers (each band's `from` compared to the balance).
 */
function yearly(rate: string, tiers?: InterestTiers): (b: bigint, n: bigint) => bigint {
  const bands = (tiers?.bands ?? [{ from: '0', ratePercentPerYear: rate }]).map((band) => ({
    from: textToSatang(Number(band.from).toFixed(2)),
    rate: thousandths(band.ratePercentPerYear),
  }));
  return (b, n) => {
    if (b <= 0n) return 0n;
    if (tiers?.mode === 'whole-balance') {
      const reached = bands.filter((band) => b >= band.from * n).at(-1);
      return reached ? reached.rate * b : 0n;
    }
    return bands.reduce((earned, band, i) => {
      const top = i + 1 < bands.length ? bands[i + 1]!.from * n : b;
      const slice = (b < top ? b : top) - band.from * n;
      return slice > 0n ? earned + slice * band.rate : earned;
    }, 0n);
  };
}

/** The interest by walking the period day by day, with exact BigInt fractions. */
function reference(
  transactions: SavingsTransaction[],
  from: string,
  to: string,
  earn: (b: bigint, n: bigint) => bigint,
  method: InterestMethod,
  dayCount: DayCount,
): string {
  // Per day: the balance (satang) and L / days-in-year.
  const days: Array<{ date: string; balance: bigint; weight: bigint }> = [];
  for (let date = from; date <= to; date = addDays(date, 1)) {
    let balance = 0n;
    for (const t of transactions) if (t.date <= date) balance += textToSatang(String(t.amount));
    const leap = dayCount === 'actual/actual' && isLeapYear(Number(date.slice(0, 4)));
    days.push({ date, balance, weight: L / (leap ? 366n : 365n) });
  }
  // interest (satang) = numerator / denominator; the rate in thousandths of a percent.
  let numerator = 0n;
  let denominator = 1000n * 100n * L;
  if (method === 'daily-balance') {
    for (const day of days) numerator += earn(day.balance, 1n) * day.weight;
  } else if (method === 'minimum-monthly-balance') {
    const months = new Map<string, typeof days>();
    for (const day of days)
      months.set(day.date.slice(0, 7), [...(months.get(day.date.slice(0, 7)) ?? []), day]);
    for (const month of months.values()) {
      const lowest = month.reduce(
        (low, day) => (day.balance < low ? day.balance : low),
        month[0]!.balance,
      );
      for (const day of month) numerator += earn(lowest, 1n) * day.weight;
    }
  } else {
    const total = days.reduce((sum, day) => sum + day.balance, 0n);
    const weights = days.reduce((sum, day) => sum + day.weight, 0n);
    numerator = earn(total, BigInt(days.length)) * weights;
    denominator *= BigInt(days.length);
  }
  return satangToText((2n * numerator + denominator) / (2n * denominator));
}

const dayIn = (from: string, span: number) =>
  fc.integer({ min: -40, max: span }).map((n) => addDays(from, n));
const FROM = '2023-11-15';
const SPAN = daysBetween(FROM, '2024-03-20');
const transactionsArb = (minSatang: bigint) =>
  fc.array(
    fc.record({
      date: dayIn(FROM, SPAN + 10),
      amount: fc.bigInt({ min: minSatang, max: 5_000_000n }).map(satangToText),
    }),
    { maxLength: 12 },
  );
const periodArb = fc
  .tuple(fc.integer({ min: 0, max: SPAN }), fc.integer({ min: 0, max: SPAN }))
  .map(([a, b]) => [addDays(FROM, Math.min(a, b)), addDays(FROM, Math.max(a, b))] as const);
const rateArb = fc.integer({ min: 0, max: 20_000 }).map((n) => (n / 1000).toFixed(3));
const methodArb = fc.constantFrom(...METHODS);
const dayCountArb = fc.constantFrom<DayCount>('actual/365', 'actual/actual');

describe('savingsInterest properties', () => {
  it('equals a naive day-by-day reference, for every method and day count', () => {
    fc.assert(
      fc.property(
        transactionsArb(-3_000_000n),
        periodArb,
        rateArb,
        methodArb,
        dayCountArb,
        (transactions, [from, to], rate, method, dayCount) => {
          const actual = interest(transactions, from, to, {
            ratePercentPerYear: rate,
            method,
            dayCount,
          });
          expect(actual).to.equal(
            reference(transactions, from, to, yearly(rate), method, dayCount),
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  it('equals the reference with tiers in either mode', () => {
    const bandsArb = fc
      .tuple(
        fc.uniqueArray(fc.integer({ min: 1, max: 60_000 }), { minLength: 1, maxLength: 3 }),
        fc.array(rateArb, { minLength: 4, maxLength: 4 }),
        fc.boolean(),
      )
      .map(([starts, rates, fromZero]) =>
        [...(fromZero ? [0] : []), ...starts.sort((a, b) => a - b)].map((start, i) => ({
          from: String(start),
          ratePercentPerYear: rates[i]!,
        })),
      );
    fc.assert(
      fc.property(
        transactionsArb(-3_000_000n),
        periodArb,
        fc.record({ mode: fc.constantFrom(...TIER_MODES), bands: bandsArb }),
        methodArb,
        dayCountArb,
        (transactions, [from, to], tiers, method, dayCount) => {
          const actual = interest(transactions, from, to, { tiers, method, dayCount });
          expect(actual).to.equal(
            reference(transactions, from, to, yearly('0', tiers), method, dayCount),
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  it('is never negative, whatever the balances', () => {
    fc.assert(
      fc.property(
        transactionsArb(-5_000_000n),
        periodArb,
        rateArb,
        methodArb,
        (transactions, [from, to], rate, method) => {
          expect(
            interest(transactions, from, to, { ratePercentPerYear: rate, method }).startsWith('-'),
          ).to.equal(false);
        },
      ),
    );
  });

  it('never falls when a deposit is added or the rate rises, flat or tiered', () => {
    const tiersArb = fc.option(
      fc.record({
        mode: fc.constantFrom<InterestTiers['mode']>('whole-balance', 'by-band'),
        bands: fc.constant([
          { from: '0', ratePercentPerYear: '1' },
          { from: '10000', ratePercentPerYear: '1.5' },
          { from: '30000', ratePercentPerYear: '2' },
        ]),
      }),
      { nil: undefined },
    );
    fc.assert(
      fc.property(
        transactionsArb(-3_000_000n),
        periodArb,
        rateArb,
        rateArb,
        methodArb,
        dayCountArb,
        tiersArb,
        fc.record({
          date: dayIn(FROM, SPAN),
          amount: fc.bigInt({ min: 1n, max: 5_000_000n }).map(satangToText),
        }),
        (transactions, [from, to], rate, otherRate, method, dayCount, tiers, deposit) => {
          const terms = { method, dayCount, ratePercentPerYear: rate, ...(tiers ? { tiers } : {}) };
          const before = textToSatang(interest(transactions, from, to, terms));
          const after = textToSatang(interest([...transactions, deposit], from, to, terms));
          expect(after >= before, `${before} → ${after}`).to.equal(true);
          const [low, high] =
            Number(rate) <= Number(otherRate) ? [rate, otherRate] : [otherRate, rate];
          const flat = { method, dayCount };
          expect(
            textToSatang(interest(transactions, from, to, { ...flat, ratePercentPerYear: high })) >=
              textToSatang(interest(transactions, from, to, { ...flat, ratePercentPerYear: low })),
          ).to.equal(true);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('pays a single band from zero as the flat rate, in either tier mode', () => {
    fc.assert(
      fc.property(
        transactionsArb(-3_000_000n),
        periodArb,
        rateArb,
        methodArb,
        dayCountArb,
        fc.constantFrom<InterestTiers['mode']>('whole-balance', 'by-band'),
        (transactions, [from, to], rate, method, dayCount, mode) => {
          const flat = interest(transactions, from, to, {
            ratePercentPerYear: rate,
            method,
            dayCount,
          });
          const tiered = interest(transactions, from, to, {
            method,
            dayCount,
            tiers: { mode, bands: [{ from: '0', ratePercentPerYear: rate }] },
          });
          expect(tiered).to.equal(flat);
        },
      ),
      { numRuns: 60 },
    );
  });
});
