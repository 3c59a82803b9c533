import { expect } from 'chai';
import fc from 'fast-check';
import { errorMessage, money, sum, type Money } from '../src/index.js';
import { allocateProfit, validateProfitBuckets } from '../src/year-end/allocate-profit.js';
import {
  COOPERATIVE_PROFIT_BUCKETS,
  PROFIT_BUCKET_LABELS,
  SAJJA_TRAT_PROFIT_BUCKETS,
  VILLAGE_FUND_PROFIT_BUCKETS,
} from '../src/year-end/profit-presets.js';
import { satangToText, textToSatang } from './arbitraries.js';
import { expectSajjaError, rulesProblems } from './expect-sajja-error.js';

const texts = (split: Record<string, Money>): Record<string, string> =>
  Object.fromEntries(Object.entries(split).map(([code, amount]) => [code, amount.toString()]));
const problemsOf = (buckets: unknown) => rulesProblems(() => validateProfitBuckets(buckets));

describe('allocateProfit', () => {
  it('splits 1,234,567.89 by the cooperative preset to the satang', () => {
    // 123,456,789 satang × percent / 100, exactly:
    //   reserve        10.35 → 12,777,777.6615     dividend       70.85 → 87,469,135.0065
    //   average-return 11.72 → 14,469,135.6708     bonus           2.85 →  3,518,518.4865
    //   welfare         3.54 →  4,370,370.3306     public-benefit  0.47 →    580,246.9083
    //   other           0.22 →    271,604.9358
    // The floors sum to 123,456,785: the 4 satang left go to the largest remainders, .9358
    // (other), .9083 (public-benefit), .6708 (average-return) and .6615 (reserve).
    expect(texts(allocateProfit('1234567.89', COOPERATIVE_PROFIT_BUCKETS))).to.deep.equal({
      reserve: '127777.78',
      dividend: '874691.35',
      'average-return': '144691.36',
      bonus: '35185.18',
      welfare: '43703.70',
      'public-benefit': '5802.47',
      other: '2716.05',
    });
  });

  it('gives the odd satang of a 50/50 split to the earlier bucket', () => {
    expect(texts(allocateProfit('1000.01', SAJJA_TRAT_PROFIT_BUCKETS))).to.deep.equal({
      members: '500.01',
      welfare: '500.00',
    });
    expect(texts(allocateProfit('0.01', { welfare: '50', members: '50' }))).to.deep.equal({
      welfare: '0.01',
      members: '0.00',
    });
  });

  it('breaks ties by the caller’s order of buckets and keeps that order in the result', () => {
    const quarters = { a: '25', b: '25', c: '25', d: '25' };
    // 3 satang, four equal remainders of 0.75: the first three buckets get one each.
    const forward = allocateProfit('0.03', quarters);
    expect(Object.keys(forward)).to.deep.equal(['a', 'b', 'c', 'd']);
    expect(texts(forward)).to.deep.equal({ a: '0.01', b: '0.01', c: '0.01', d: '0.00' });
    const backward = allocateProfit('0.03', { d: '25', c: '25', b: '25', a: '25' });
    expect(Object.keys(backward)).to.deep.equal(['d', 'c', 'b', 'a']);
    expect(texts(backward)).to.deep.equal({ d: '0.01', c: '0.01', b: '0.01', a: '0.00' });
  });

  it('gives an exact 100 percent split without rounding anything', () => {
    // 10 % of 120,000 is 12,000: no remainder anywhere.
    expect(texts(allocateProfit('120000', VILLAGE_FUND_PROFIT_BUCKETS))).to.deep.equal({
      reserve: '12000.00',
      dividend: '48000.00',
      'average-return': '24000.00',
      welfare: '12000.00',
      committee: '12000.00',
      'public-benefit': '6000.00',
      'fund-contribution': '6000.00',
    });
  });

  it('gives a 0 % bucket nothing, and every bucket 0.00 of a zero profit', () => {
    expect(texts(allocateProfit('100', { reserve: 0, members: 100 }))).to.deep.equal({
      reserve: '0.00',
      members: '100.00',
    });
    expect(texts(allocateProfit('0', SAJJA_TRAT_PROFIT_BUCKETS))).to.deep.equal({
      members: '0.00',
      welfare: '0.00',
    });
  });

  it('takes percents as numbers or strings and sums them as decimals, not floats', () => {
    // The cooperative's percents as JavaScript numbers add up to 99.99999999999999 in binary
    // floating point; as decimals they are exactly 100, so the split is accepted.
    const asNumbers = { reserve: 10.35, dividend: 70.85, 'average-return': 11.72, bonus: 2.85 };
    const rest = { welfare: 3.54, 'public-benefit': 0.47, other: 0.22 };
    const floats = Object.values({ ...asNumbers, ...rest }).reduce((a, b) => a + b, 0);
    expect(floats).to.not.equal(100);
    expect(texts(allocateProfit('10000', { ...asNumbers, ...rest }))).to.deep.equal({
      reserve: '1035.00',
      dividend: '7085.00',
      'average-return': '1172.00',
      bonus: '285.00',
      welfare: '354.00',
      'public-benefit': '47.00',
      other: '22.00',
    });
    expect(texts(allocateProfit('1000', { a: '0.1', b: 0.2, c: '99.7' }))).to.deep.equal({
      a: '1.00',
      b: '2.00',
      c: '997.00',
    });
  });

  it('refuses a loss: it is not shared out', () => {
    const error = expectSajjaError(
      () => allocateProfit('-5000.50', SAJJA_TRAT_PROFIT_BUCKETS),
      'INVALID_ARGUMENT',
      'net-loss',
    );
    expect(error.details).to.deep.equal({ netProfit: '-5000.50', loss: '5000.50' });
    // A loss is written without a minus: the sentence says it is a loss.
    expect(errorMessage(error, 'th')).to.equal('ปีนี้ขาดทุน 5000.50 บาท จึงไม่มีกำไรให้จัดสรร');
    expectSajjaError(
      () => allocateProfit('1.005', SAJJA_TRAT_PROFIT_BUCKETS),
      'INVALID_AMOUNT',
      'too-many-decimals',
    );
    expectSajjaError(
      () => allocateProfit('abc', SAJJA_TRAT_PROFIT_BUCKETS),
      'INVALID_AMOUNT',
      'not-a-number',
    );
  });

  it('checks the buckets before the profit, so bad by-laws are reported even on a loss', () => {
    expectSajjaError(() => allocateProfit('-1', { members: '60' }), 'RULES_INVALID', 'sum-not-100');
  });
});

describe('validateProfitBuckets', () => {
  it('accepts every preset, and each sums to exactly 100', () => {
    for (const preset of [
      SAJJA_TRAT_PROFIT_BUCKETS,
      COOPERATIVE_PROFIT_BUCKETS,
      VILLAGE_FUND_PROFIT_BUCKETS,
    ]) {
      expect(validateProfitBuckets(preset)).to.equal(preset);
      const hundredths = Object.values(preset).map((percent) =>
        textToSatang(money(percent).toString()),
      );
      expect(hundredths.reduce((a, b) => a + b, 0n)).to.equal(10000n);
    }
  });

  it('keeps DOMAIN.md’s six cooperative buckets (99.78 %) and puts the rest in other', () => {
    const { other, ...named } = COOPERATIVE_PROFIT_BUCKETS;
    expect(other).to.equal('0.22');
    expect(named).to.deep.equal({
      reserve: '10.35',
      dividend: '70.85',
      'average-return': '11.72',
      bonus: '2.85',
      welfare: '3.54',
      'public-benefit': '0.47',
    });
    const error = expectSajjaError(
      () => validateProfitBuckets(named),
      'RULES_INVALID',
      'sum-not-100',
    );
    expect(error.problems).to.deep.equal([
      { path: '', reason: 'sum-not-100', details: { sum: '99.78' } },
    ]);
  });

  it('names every preset bucket in Thai and English', () => {
    const codes = new Set(
      [SAJJA_TRAT_PROFIT_BUCKETS, COOPERATIVE_PROFIT_BUCKETS, VILLAGE_FUND_PROFIT_BUCKETS].flatMap(
        (preset) => Object.keys(preset),
      ),
    );
    for (const code of codes) {
      const label = PROFIT_BUCKET_LABELS[code];
      expect(label?.th, code).to.match(/[\u0E00-\u0E7F]/);
      expect(label?.en, code).to.match(/^[A-Z]/);
    }
    expect(PROFIT_BUCKET_LABELS['average-return']?.th).to.equal('เงินเฉลี่ยคืน');
    expect(PROFIT_BUCKET_LABELS.reserve?.th).to.equal('ทุนสำรอง');
    expect(PROFIT_BUCKET_LABELS.welfare?.th).to.equal('ทุนสวัสดิการ');
    expect(PROFIT_BUCKET_LABELS['public-benefit']?.th).to.equal('ทุนสาธารณประโยชน์');
    expect(PROFIT_BUCKET_LABELS['fund-contribution']?.th).to.equal(
      'เงินสมทบเครือข่ายกองทุนหมู่บ้าน',
    );
    expect(PROFIT_BUCKET_LABELS.members?.th).to.equal('เงินปันผลคืนสมาชิก');
  });

  it('reports every problem at once, and no sum while a percent is bad', () => {
    expect(
      problemsOf({ reserve: '-10', 'Average-Return': '60', welfare: 'fifty', '7': '50' }),
    ).to.deep.equal([
      // JavaScript lists the integer-like key first, whatever order it was written in.
      { path: '7', reason: 'invalid-bucket-code' },
      { path: 'reserve', reason: 'below-minimum' },
      { path: 'Average-Return', reason: 'invalid-bucket-code' },
      { path: 'welfare', reason: 'not-a-number' },
    ]);
  });

  it('reports the exact sum when it is not 100', () => {
    const problems = (buckets: unknown) => {
      const error = expectSajjaError(
        () => validateProfitBuckets(buckets),
        'RULES_INVALID',
        'sum-not-100',
      );
      return error.problems;
    };
    expect(problems({ a: '33.333', b: '33.333', c: '33.333' })).to.deep.equal([
      { path: '', reason: 'sum-not-100', details: { sum: '99.999' } },
    ]);
    expect(problems({ a: 50, b: 50.01 })).to.deep.equal([
      { path: '', reason: 'sum-not-100', details: { sum: '100.01' } },
    ]);
    expect(problems({})).to.deep.equal([
      { path: '', reason: 'sum-not-100', details: { sum: '0' } },
    ]);
  });

  it('refuses a split that is not an object of percents', () => {
    expect(problemsOf(null)).to.deep.equal([{ path: '', reason: 'not-an-object' }]);
    expect(problemsOf(['50', '50'])).to.deep.equal([{ path: '', reason: 'not-an-object' }]);
    expect(problemsOf(undefined)).to.deep.equal([{ path: '', reason: 'required' }]);
    expect(problemsOf({ a: '1e2' })).to.deep.equal([{ path: 'a', reason: 'not-a-number' }]);
    expect(problemsOf({ a: Number.NaN, b: 100 })).to.deep.equal([
      { path: 'a', reason: 'not-a-number' },
    ]);
  });
});

describe('allocateProfit, properties', () => {
  /** 1 to 8 bucket codes with whole hundredths of a percent that add up to 100. */
  const buckets = fc
    .array(fc.integer({ min: 0, max: 10000 }), { minLength: 0, maxLength: 7 })
    .map((cuts) => {
      const points = [0, ...cuts.sort((a, b) => a - b), 10000];
      return Object.fromEntries(
        points
          .slice(1)
          .map((point, i) => [`bucket-${i}`, satangToText(BigInt(point - points[i]!))]),
      );
    });
  const profit = fc.bigInt({ min: 0n, max: 10n ** 15n });

  it('sums exactly to the net profit, each amount within a satang of its exact share', () => {
    fc.assert(
      fc.property(profit, buckets, (satang, split) => {
        const result = allocateProfit(satangToText(satang), split);
        expect(sum(Object.values(result)).toString()).to.equal(satangToText(satang));
        expect(Object.keys(result)).to.deep.equal(Object.keys(split));
        for (const [code, amount] of Object.entries(result)) {
          // |amount × 10000 − profit × hundredths| < 10000, all in whole satang.
          const hundredths = textToSatang(split[code]!);
          const difference = textToSatang(amount.toString()) * 10000n - satang * hundredths;
          expect(difference > -10000n && difference < 10000n, code).to.equal(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
