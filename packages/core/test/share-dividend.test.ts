import { expect } from 'chai';
import fc from 'fast-check';
import { addDays, daysBetween, ruleWarningMessage, type Money } from '../src/index.js';
import {
  COOPERATIVE_DIVIDEND_CAP_PERCENT,
  DIVIDEND_WEIGHTINGS,
  dividendWarnings,
  shareDividend,
  type DividendWeighting,
  type ShareContribution,
  type ShareDividendOptions,
} from '../src/savings/share-dividend.js';
import {
  COOPERATIVE_SHARE_RULES,
  sharesFor,
  shareRulesWarnings,
  validateShareRules,
} from '../src/savings/share-rules.js';
import { satangToText, textToSatang } from './arbitraries.js';
import { expectSajjaError } from './expect-sajja-error.js';

const pad = (n: number): string => String(n).padStart(2, '0');
/** 1,000 baht on the 25th of each month of 2024. */
const monthly = Array.from({ length: 12 }, (_, i) => ({
  date: `2024-${pad(i + 1)}-25`,
  amount: '1000',
}));
const dividend = (options: Partial<ShareDividendOptions>): string =>
  shareDividend({
    openingBalance: '0',
    contributions: [],
    ratePercent: '6',
    fiscalYearStart: '2024-01-01',
    weighting: 'remaining-months',
    ...options,
  }).toString();
/** The dividend on one purchase alone. */
const onePurchase = (
  weighting: DividendWeighting,
  date: string,
  amount: string,
  ratePercent: string,
  fiscalYearStart = `${date.slice(0, 4)}-01-01`,
) => dividend({ weighting, contributions: [{ date, amount }], ratePercent, fiscalYearStart });

describe('shareDividend, month-weighted', () => {
  it('pays DOMAIN.md’s worked example exactly: 6,150 + 338.25 = 6,488.25', () => {
    const example = { openingBalance: '100000', contributions: monthly, ratePercent: '6.15' };
    expect(dividend(example)).to.equal('6488.25');
    expect(dividend({ ...example, contributions: [] })).to.equal('6150.00');
    // 1,000 × 6.15 % × (11 + 10 + … + 0)/12 = 61.5 × 5.5 = 338.25 exactly. Rounding each
    // month first (56.375 → 56.38, 46.125 → 46.13, …) would give 338.28: rounded once only.
    expect(dividend({ ...example, openingBalance: '0' })).to.equal('338.25');
  });

  it('counts fiscal months from a year that starts in April', () => {
    const april = (date: string, amount = '1200') => ({ date, amount });
    // 50,000 × 6 % = 3,000; 1,200 × 6 % = 72 in April (month 1) × 11/12 = 66, in January
    // (month 10) × 2/12 = 12, on 31 March (month 12) × 0/12 = 0.
    const contributions = [april('2024-04-15'), april('2025-01-10'), april('2025-03-31')];
    const options = { openingBalance: '50000', contributions, fiscalYearStart: '2024-04-01' };
    expect(dividend(options)).to.equal('3078.00');
    for (const date of ['2024-03-31', '2025-04-01']) {
      const error = expectSajjaError(
        () => dividend({ ...options, contributions: [april(date)] }),
        'INVALID_ARGUMENT',
        'outside-fiscal-year',
      );
      expect(error.details).to.deep.equal({ date, start: '2024-04-01', end: '2025-03-31' });
    }
  });

  it('gives a first-day purchase 11/12 and a last-day one nothing', () => {
    // 1,200 × 10 % = 120: × 11/12 = 110 on 1 January, × 0/12 on 31 December.
    expect(onePurchase('remaining-months', '2024-01-01', '1200', '10')).to.equal('110.00');
    expect(onePurchase('remaining-months', '2024-12-31', '1200', '10')).to.equal('0.00');
  });

  it('weighs by (12 − m)/11 in the /11 convention: the first month earns in full', () => {
    // 1,100 × 10 % = 110: × 11/11 in January, × 10/11 in February, × 0/11 in December.
    expect(onePurchase('remaining-months-11', '2024-01-01', '1100', '10')).to.equal('110.00');
    expect(onePurchase('remaining-months-11', '2024-02-29', '1100', '10')).to.equal('100.00');
    expect(onePurchase('remaining-months-11', '2024-12-31', '1100', '10')).to.equal('0.00');
    // The worked example's inputs: 6,150 + 61.5 × 66/11 = 6,150 + 369.
    const example = { openingBalance: '100000', contributions: monthly, ratePercent: '6.15' };
    expect(dividend({ ...example, weighting: 'remaining-months-11' })).to.equal('6519.00');
  });

  it('lets a withdrawal stop earning after its month, and cancel a purchase in the same month', () => {
    // 12,000 × 10 % = 1,200, less 1,200 × 10 % × 9/12 = 90 for the 1,200 withdrawn in March.
    const withdrawn = [{ date: '2024-03-10', amount: '-1200' }];
    const options = { openingBalance: '12000', ratePercent: '10' };
    expect(dividend({ ...options, contributions: withdrawn })).to.equal('1110.00');
    const reversed = [
      { date: '2024-03-01', amount: '1200' },
      { date: '2024-03-31', amount: '-1200' },
    ];
    expect(dividend({ ...options, contributions: reversed })).to.equal('1200.00');
  });
});

describe('shareDividend, share-days', () => {
  const shareDays = (date: string, amount: string, rate: string, start?: string) =>
    onePurchase('share-days', date, amount, rate, start);

  it('divides by 365 in a common year', () => {
    // 10,000 × 5 % = 500; 3,650 × 5 % = 182.5 held 1 July–31 December, 184 of 365 days: 92.
    const contributions = [{ date: '2023-07-01', amount: '3650' }];
    const common = { openingBalance: '10000', contributions, ratePercent: '5' };
    expect(
      dividend({ ...common, weighting: 'share-days', fiscalYearStart: '2023-01-01' }),
    ).to.equal('592.00');
    // 1,000 × 6 % = 60, held 1 February–31 December = 28 + 306 = 334 days: 54.904… → 54.90.
    expect(shareDays('2023-02-01', '1000', '6')).to.equal('54.90');
  });

  it('divides by 366 in a leap year, and counts 29 February as a day held', () => {
    // 3,660 × 5 % = 183 held 184 of 366 days: 92.
    const contributions = [{ date: '2024-07-01', amount: '3660' }];
    const leap = { openingBalance: '10000', contributions, ratePercent: '5' };
    expect(dividend({ ...leap, weighting: 'share-days' })).to.equal('592.00');
    // 60 held 1 February–31 December = 29 + 306 = 335 of 366 days: 54.918… → 54.92.
    expect(shareDays('2024-02-01', '1000', '6')).to.equal('54.92');
  });

  it('takes a fiscal year from April with 29 February inside it as 366 days', () => {
    // 2023-04-01 to 2024-03-31 holds 2024-02-29. 60 held 1–31 March 2024: 60 × 31/366 = 5.081…
    expect(shareDays('2024-03-01', '1000', '6', '2023-04-01')).to.equal('5.08');
    // The year before has 365 days: 60 × 31/365 = 5.095… → 5.10.
    expect(shareDays('2023-03-01', '1000', '6', '2022-04-01')).to.equal('5.10');
  });

  it('gives a first-day purchase the whole year and a last-day one a single day', () => {
    // 36,600 × 5 % = 1,830: × 366/366 on 1 January, × 1/366 = 5 on 31 December.
    expect(shareDays('2024-01-01', '36600', '5')).to.equal('1830.00');
    expect(shareDays('2024-12-31', '36600', '5')).to.equal('5.00');
    // 36,500 × 5 % = 1,825 × 1/365 = 5 on the last day of a common year.
    expect(shareDays('2023-12-31', '36500', '5')).to.equal('5.00');
  });

  it('stops a withdrawal earning on the day it leaves (end-of-day balance)', () => {
    // 36,600 × 5 % = 1,830, held 365 of 366 days: 1,830 − 5 = 1,825.
    const contributions = [{ date: '2024-12-31', amount: '-36600' }];
    const options = { openingBalance: '36600', contributions, ratePercent: '5' };
    expect(dividend({ ...options, weighting: 'share-days' })).to.equal('1825.00');
  });
});

describe('shareDividend input checks', () => {
  it('refuses withdrawals that take the shares below zero, netting each day', () => {
    const error = expectSajjaError(
      () =>
        dividend({
          openingBalance: '100',
          contributions: [{ date: '2024-05-01', amount: '-150' }],
        }),
      'INVALID_ARGUMENT',
      'shares-overdrawn',
    );
    expect(error.details).to.deep.equal({ date: '2024-05-01', balance: '-50.00' });
    const sameDay = [
      { date: '2024-05-01', amount: '-150' },
      { date: '2024-05-01', amount: '100' },
    ];
    expect(dividend({ openingBalance: '100', contributions: sameDay, ratePercent: '12' })).to.equal(
      '8.50', // 100 × 12 % − 50 net withdrawn in May × 12 % × 7/12 = 12 − 3.5
    );
  });

  it('rejects bad rates, weightings, years, balances and contributions with coded errors', () => {
    expectSajjaError(() => dividend({ ratePercent: '-0.01' }), 'INVALID_ARGUMENT', 'negative-rate');
    for (const ratePercent of ['abc', '6.15%', Number.NaN, Infinity, ''] as const) {
      const error = expectSajjaError(
        () => dividend({ ratePercent }),
        'INVALID_ARGUMENT',
        'invalid-option',
      );
      expect(error.details).to.deep.equal({ option: 'ratePercent' });
    }
    const weighting = 'daily' as DividendWeighting;
    expect(
      expectSajjaError(() => dividend({ weighting }), 'INVALID_ARGUMENT', 'invalid-option').details,
    ).to.deep.equal({ option: 'weighting' });
    expectSajjaError(
      () => dividend({ fiscalYearStart: '2024-04-15' }),
      'INVALID_ARGUMENT',
      'not-first-of-month',
    );
    expectSajjaError(
      () => dividend({ fiscalYearStart: '2024-13-01' }),
      'INVALID_DATE',
      'no-such-month',
    );
    expectSajjaError(
      () => dividend({ openingBalance: '-1' }),
      'INVALID_ARGUMENT',
      'negative-amount',
    );
    expectSajjaError(
      () => dividend({ openingBalance: '1.234' }),
      'INVALID_AMOUNT',
      'too-many-decimals',
    );
    const contributions = (value: unknown) => ({ contributions: value as ShareContribution[] });
    expectSajjaError(() => dividend(contributions('x')), 'INVALID_ARGUMENT', 'invalid-option');
    expectSajjaError(() => dividend(contributions([null])), 'INVALID_ARGUMENT', 'invalid-option');
    const badDay = contributions([{ date: '2023-02-29', amount: '1' }]);
    expectSajjaError(() => dividend(badDay), 'INVALID_DATE', 'no-such-day');
    const badAmount = contributions([{ date: '2024-02-29', amount: '1,000' }]);
    expectSajjaError(() => dividend(badAmount), 'INVALID_AMOUNT', 'not-a-number');
  });
});

describe('dividend warnings', () => {
  it('warns above the 10 % cooperative cap, not at it', () => {
    expect(COOPERATIVE_DIVIDEND_CAP_PERCENT).to.equal('10');
    expect(dividendWarnings('10')).to.deep.equal([]);
    expect(dividendWarnings('10.00')).to.deep.equal([]);
    expect(dividendWarnings(6.15)).to.deep.equal([]);
    const [warning, ...rest] = dividendWarnings('10.01');
    expect(rest).to.deep.equal([]);
    expect(warning).to.deep.equal({
      code: 'DIVIDEND_ABOVE_COOPERATIVE_CAP',
      path: 'ratePercent',
      details: { rate: '10.01', cap: '10' },
    });
    expect(ruleWarningMessage(warning!, 'en')).to.equal(
      'The dividend rate of 10.01% is above the cooperative cap of 10% a year.',
    );
    expectSajjaError(() => dividendWarnings('-1'), 'INVALID_ARGUMENT', 'negative-rate');
  });

  it('still computes a dividend above the cap', () => {
    expect(dividend({ openingBalance: '1000', ratePercent: '12' })).to.equal('120.00');
  });

  it('warns about share rules with a rate above the cap', () => {
    const rules = COOPERATIVE_SHARE_RULES;
    expect(shareRulesWarnings(rules)).to.deep.equal([]);
    expect(shareRulesWarnings({ ...rules, ratePercent: '10' })).to.deep.equal([]);
    expect(shareRulesWarnings({ ...rules, ratePercent: '12' })).to.deep.equal([
      {
        code: 'DIVIDEND_ABOVE_COOPERATIVE_CAP',
        path: 'ratePercent',
        details: { rate: '12', cap: '10' },
      },
    ]);
  });
});

describe('share rules', () => {
  it('offers cooperative rules: 10 baht a share, month-weighted, from January, frozen', () => {
    expect(validateShareRules(COOPERATIVE_SHARE_RULES)).to.equal(COOPERATIVE_SHARE_RULES);
    expect(COOPERATIVE_SHARE_RULES).to.deep.equal({
      shareValue: '10',
      weighting: 'remaining-months',
      fiscalYearStartMonth: 1,
    });
    expect(Object.isFrozen(COOPERATIVE_SHARE_RULES)).to.equal(true);
    const full = {
      ...COOPERATIVE_SHARE_RULES,
      ratePercent: '6.15',
      minSharesPerMember: 10,
      maxSharesPerMember: 10,
    };
    expect(validateShareRules(full)).to.equal(full);
  });

  it('reports every problem at once, in field order', () => {
    const error = expectSajjaError(
      () =>
        validateShareRules({
          shareValue: '0',
          weighting: 'daily',
          fiscalYearStartMonth: 13,
          ratePercent: '-1',
          minSharesPerMember: 10,
          maxSharesPerMember: 5,
        }),
      'RULES_INVALID',
      'below-minimum',
    );
    expect(error.problems).to.deep.equal([
      { path: 'shareValue', reason: 'below-minimum', details: { min: '0.01' } },
      {
        path: 'weighting',
        reason: 'unknown-value',
        details: { value: '"daily"', allowed: DIVIDEND_WEIGHTINGS.join(', ') },
      },
      { path: 'fiscalYearStartMonth', reason: 'above-maximum', details: { max: 12 } },
      { path: 'ratePercent', reason: 'below-minimum', details: { min: '0' } },
      { path: 'maxSharesPerMember', reason: 'max-below-min', details: { min: 10 } },
    ]);
    const missing = expectSajjaError(() => validateShareRules({}), 'RULES_INVALID', 'required');
    expect(missing.problems.map((problem) => problem.path)).to.deep.equal([
      'shareValue',
      'weighting',
      'fiscalYearStartMonth',
    ]);
    expectSajjaError(() => validateShareRules(null), 'RULES_INVALID', 'not-an-object');
    const kinds = expectSajjaError(
      () =>
        validateShareRules({
          ...COOPERATIVE_SHARE_RULES,
          shareValue: 'ten',
          fiscalYearStartMonth: 1.5,
        }),
      'RULES_INVALID',
      'not-an-amount',
    );
    expect(kinds.problems.map((problem) => problem.reason)).to.deep.equal([
      'not-an-amount',
      'not-a-whole-number',
    ]);
  });

  it('counts whole shares and the money left over', () => {
    const buy = (amount: string, shareValue = '10') => {
      const { shares, remainder } = sharesFor(amount, { shareValue });
      return [shares, remainder.toString()];
    };
    expect(buy('1005')).to.deep.equal([100, '5.00']);
    expect(buy('9.99')).to.deep.equal([0, '9.99']);
    expect(buy('0')).to.deep.equal([0, '0.00']);
    expect(buy('1.25', '0.5')).to.deep.equal([2, '0.25']);
    expectSajjaError(
      () => sharesFor('-10', COOPERATIVE_SHARE_RULES),
      'INVALID_ARGUMENT',
      'negative-amount',
    );
    expectSajjaError(() => sharesFor('10', { shareValue: '0' }), 'RULES_INVALID', 'below-minimum');
    expectSajjaError(
      () => sharesFor('1e30', COOPERATIVE_SHARE_RULES),
      'INVALID_AMOUNT',
      'not-a-number',
    );
    expectSajjaError(
      () => sharesFor('100000000000000000000', COOPERATIVE_SHARE_RULES),
      'INVALID_ARGUMENT',
      'too-many-shares',
    );
  });

  it('buys shares that add back up to the amount exactly', () => {
    fc.assert(
      fc.property(satang(10n ** 15n), fc.bigInt({ min: 1n, max: 10n ** 6n }), (amount, value) => {
        const { shares, remainder } = sharesFor(satangToText(amount), {
          shareValue: satangToText(value),
        });
        const left = textToSatang(remainder.toString());
        expect(BigInt(shares) * value + left).to.equal(amount);
        expect(left >= 0n && left < value).to.equal(true);
      }),
    );
  });
});

// Property tests -------------------------------------------------------------------------------

function satang(max: bigint): fc.Arbitrary<bigint> {
  return fc.bigInt({ min: 0n, max });
}
const amount = satang(10n ** 12n).map(satangToText);
/** A rate in ten-thousandths of a percent, 0 to 20 %, and its text: 61500 → '6.1500'. */
const rateUnits = fc.integer({ min: 0, max: 200_000 });
const rateText = (units: number): string =>
  `${Math.trunc(units / 10_000)}.${String(units % 10_000).padStart(4, '0')}`;
const fiscalYearStart = fc
  .record({ year: fc.integer({ min: 1900, max: 2200 }), month: fc.integer({ min: 1, max: 12 }) })
  .map(({ year, month }) => `${year}-${pad(month)}-01`);
const weighting = fc.constantFrom(...DIVIDEND_WEIGHTINGS);
/** A day offset into a fiscal year: 0 to 365, clamped to the year's last day. */
const offset = fc.integer({ min: 0, max: 365 });
const onDay = (start: string, days: number): string => {
  const last = daysBetween(start, `${Number(start.slice(0, 4)) + 1}${start.slice(4)}`) - 1;
  return addDays(start, Math.min(days, last));
};
const purchases = fc.array(fc.record({ offset, amount }), { maxLength: 12 });
const year = fc.record({
  start: fiscalYearStart,
  weighting,
  opening: amount,
  rate: rateUnits,
  purchases,
});
type Year = typeof year extends fc.Arbitrary<infer T> ? T : never;
const dividendOf = (
  y: Year,
  changes: { opening?: string; rate?: number; extra?: ShareContribution[] } = {},
): Money =>
  shareDividend({
    openingBalance: changes.opening ?? y.opening,
    contributions: [
      ...y.purchases.map((p) => ({ date: onDay(y.start, p.offset), amount: p.amount })),
      ...(changes.extra ?? []),
    ],
    ratePercent: rateText(changes.rate ?? y.rate),
    fiscalYearStart: y.start,
    weighting: y.weighting,
  });

describe('shareDividend properties', () => {
  it('is never negative for purchases, a balance and a rate of zero or more', () => {
    fc.assert(
      fc.property(year, (y) => {
        expect(dividendOf(y).isNegative()).to.equal(false);
      }),
    );
  });

  it('grows with the rate and with the opening balance', () => {
    fc.assert(
      fc.property(year, rateUnits, amount, (y, otherRate, otherOpening) => {
        const [low, high] = [Math.min(y.rate, otherRate), Math.max(y.rate, otherRate)];
        expect(dividendOf(y, { rate: low }).compare(dividendOf(y, { rate: high }))).to.be.at.most(
          0,
        );
        const [less, more] = [y.opening, otherOpening].sort((a, b) =>
          textToSatang(a) < textToSatang(b) ? -1 : 1,
        );
        expect(
          dividendOf(y, { opening: less! }).compare(dividendOf(y, { opening: more! })),
        ).to.be.at.most(0);
      }),
    );
  });

  it('never pays an earlier purchase less than the same purchase later', () => {
    fc.assert(
      fc.property(year, offset, offset, amount, (y, a, b, extra) => {
        const [early, late] = [onDay(y.start, Math.min(a, b)), onDay(y.start, Math.max(a, b))];
        const withEarly = dividendOf(y, { extra: [{ date: early, amount: extra }] });
        const withLate = dividendOf(y, { extra: [{ date: late, amount: extra }] });
        expect(withEarly.compare(withLate)).to.be.at.least(0);
      }),
    );
  });

  it('pays month-weighted dividends equal to a whole-satang BigInt reference', () => {
    const monthPurchase = fc.record({
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 28 }),
      satang: satang(10n ** 12n),
    });
    fc.assert(
      fc.property(
        fiscalYearStart,
        fc.constantFrom<DividendWeighting>('remaining-months', 'remaining-months-11'),
        satang(10n ** 14n),
        rateUnits,
        fc.array(monthPurchase, { maxLength: 24 }),
        (start, weighting, opening, rate, bought) => {
          const units = weighting === 'remaining-months' ? 12n : 11n;
          const [startYear, startMonth] = [Number(start.slice(0, 4)), Number(start.slice(5, 7))];
          const dateOf = (fiscalMonth: number, day: number) => {
            const index = startMonth - 1 + fiscalMonth - 1;
            return `${startYear + Math.floor(index / 12)}-${pad((index % 12) + 1)}-${pad(day)}`;
          };
          // Weighted satang: opening × units + Σ purchase × (12 − m); the dividend in satang is
          // that × rate (ten-thousandths of a percent) ÷ (units × 100 × 10,000), half-up.
          let weighted = opening * units;
          for (const p of bought) weighted += p.satang * BigInt(12 - p.month);
          const divisor = units * 1_000_000n;
          const expected = (2n * weighted * BigInt(rate) + divisor) / (2n * divisor);
          const result = shareDividend({
            openingBalance: satangToText(opening),
            contributions: bought.map((p) => ({
              date: dateOf(p.month, p.day),
              amount: satangToText(p.satang),
            })),
            ratePercent: rateText(rate),
            fiscalYearStart: start,
            weighting,
          });
          expect(textToSatang(result.toString())).to.equal(expected);
        },
      ),
    );
  });
});
