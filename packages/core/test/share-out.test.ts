import { expect } from 'chai';
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { money, sum, type Money } from '../src/index.js';
import { allocateProfit } from '../src/year-end/allocate-profit.js';
import { SAJJA_TRAT_PROFIT_BUCKETS } from '../src/year-end/profit-presets.js';
import { shareOut, type ShareOutWeights } from '../src/year-end/share-out.js';
import { averageReturnWeights, shareWeights } from '../src/year-end/share-weights.js';
import { shareDividend } from '../src/savings/share-dividend.js';
import { satangToText } from './arbitraries.js';
import { expectSajjaError } from './expect-sajja-error.js';

const texts = (split: Record<string, Money>): Record<string, string> =>
  Object.fromEntries(Object.entries(split).map(([id, amount]) => [id, amount.toString()]));

/**
 * Largest remainder in whole satang with BigInt, written from the rule rather than from the
 * code: floor shares first, then one satang each to the largest remainders, earlier first.
 */
function referenceShareOut(pool: bigint, weights: readonly bigint[]): bigint[] {
  const total = weights.reduce((a, b) => a + b, 0n);
  const parts = weights.map((weight, index) => ({
    index,
    amount: (pool * weight) / total,
    remainder: (pool * weight) % total,
  }));
  let left = pool - parts.reduce((a, part) => a + part.amount, 0n);
  const order = [...parts].sort((a, b) =>
    a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1,
  );
  for (const part of order) {
    if (left === 0n) break;
    part.amount += 1n;
    left -= 1n;
  }
  return parts.map((part) => part.amount);
}

describe('shareOut', () => {
  it('shares 100 among three equal members, the odd satang to the first', () => {
    expect(texts(shareOut('100', { 'M-001': '1', 'M-002': '1', 'M-003': '1' }))).to.deep.equal({
      'M-001': '33.34',
      'M-002': '33.33',
      'M-003': '33.33',
    });
  });

  it('gives the leftover satang to the largest remainders, not the largest weights', () => {
    // 10.00 by 1 : 2 : 6 → exact 1.111…, 2.222…, 6.666…: floors 1.11, 2.22, 6.66 leave 0.01,
    // which goes to the largest remainder (6.666…), not to the first member.
    expect(texts(shareOut('10', { a: 1, b: 2, c: 6 }))).to.deep.equal({
      a: '1.11',
      b: '2.22',
      c: '6.67',
    });
  });

  it('takes weights as strings, numbers or Money and gives zero weights 0.00', () => {
    expect(texts(shareOut('50', { a: money('300'), b: 0, c: '200', d: '0.00' }))).to.deep.equal({
      a: '30.00',
      b: '0.00',
      c: '20.00',
      d: '0.00',
    });
  });

  it('shares a zero pool as zeros', () => {
    expect(texts(shareOut('0', { a: 1, b: 3 }))).to.deep.equal({ a: '0.00', b: '0.00' });
  });

  it('lists integer-like member ids first, in numeric order, as JavaScript objects do', () => {
    const weights = { 'M-1': 1, '10': 1, '2': 1 };
    // Written M-1, 10, 2; JavaScript enumerates 2, 10, M-1, so 2 and 10 get the two satang.
    const result = shareOut('0.02', weights);
    expect(Object.keys(result)).to.deep.equal(['2', '10', 'M-1']);
    expect(texts(result)).to.deep.equal({ '2': '0.01', '10': '0.01', 'M-1': '0.00' });
  });

  it('keeps an id named __proto__ as a plain member', () => {
    const weights = JSON.parse('{"__proto__": 1, "b": 1}') as ShareOutWeights;
    const result = shareOut('1', weights);
    expect(Object.keys(result)).to.deep.equal(['__proto__', 'b']);
    expect(Object.getPrototypeOf(result)).to.equal(Object.prototype);
  });

  it('names the member whose weight is wrong', () => {
    let error = expectSajjaError(
      () => shareOut('100', { a: 1, 'M-7': -2 }),
      'INVALID_ARGUMENT',
      'negative-weight',
    );
    expect(error.details).to.deep.equal({ index: 1, member: 'M-7' });
    error = expectSajjaError(
      () => shareOut('100', { a: 1, b: 'lots' }),
      'INVALID_ARGUMENT',
      'invalid-weight',
    );
    expect(error.details).to.deep.equal({ index: 1, member: 'b' });
  });

  it('refuses a negative pool, no members, all-zero weights and weights that are not an object', () => {
    expectSajjaError(() => shareOut('-1', { a: 1 }), 'INVALID_ARGUMENT', 'negative-amount');
    expectSajjaError(() => shareOut('1.001', { a: 1 }), 'INVALID_AMOUNT', 'too-many-decimals');
    expectSajjaError(() => shareOut('100', {}), 'INVALID_ARGUMENT', 'all-weights-zero');
    expectSajjaError(
      () => shareOut('100', { a: 0, b: '0' }),
      'INVALID_ARGUMENT',
      'all-weights-zero',
    );
    for (const weights of [null, [1, 2], 'a']) {
      const error = expectSajjaError(
        () => shareOut('100', weights as never),
        'INVALID_ARGUMENT',
        'invalid-option',
      );
      expect(error.details).to.deep.equal({ option: 'weights' });
    }
  });

  describe('properties', () => {
    /** A weight as a caller gives one: zero often, else a number, a 2-decimal string or Money. */
    const weight = fc.oneof(
      { weight: 3, arbitrary: fc.constant(0n) },
      { weight: 7, arbitrary: fc.bigInt({ min: 1n, max: 10n ** 9n }) },
    );
    const asCallerWeight = (hundredths: bigint, index: number) =>
      index % 3 === 0
        ? satangToText(hundredths)
        : index % 3 === 1
          ? money(satangToText(hundredths))
          : Number(satangToText(hundredths));
    const pool = fc.bigInt({ min: 0n, max: 10n ** 14n });

    const check = (satang: bigint, hundredths: bigint[]) => {
      const ids = hundredths.map((_, index) => `member-${index}`);
      const weights = Object.fromEntries(
        ids.map((id, i) => [id, asCallerWeight(hundredths[i]!, i)]),
      );
      const result = shareOut(satangToText(satang), weights);
      expect(Object.keys(result)).to.deep.equal(ids);
      expect(sum(Object.values(result)).toString()).to.equal(satangToText(satang));
      hundredths.forEach((w, i) => {
        if (w === 0n) expect(result[ids[i]!]!.toString()).to.equal('0.00');
      });
      return { ids, result };
    };

    it('matches the reference largest remainder exactly for up to 60 members', () => {
      const weights = fc
        .array(weight, { minLength: 1, maxLength: 60 })
        .filter((list) => list.some((w) => w > 0n));
      fc.assert(
        fc.property(pool, weights, (satang, hundredths) => {
          const { ids, result } = check(satang, hundredths);
          const expected = referenceShareOut(satang, hundredths).map(satangToText);
          expect(ids.map((id) => result[id]!.toString())).to.deep.equal(expected);
        }),
        { numRuns: 150 },
      );
    });

    it('sums exactly for 10,000 members, zero weights getting 0.00, in the members’ order', function () {
      this.timeout(30_000);
      const weights = fc
        .array(weight, { minLength: 10_000, maxLength: 10_000 })
        .filter((list) => list.some((w) => w > 0n));
      fc.assert(
        fc.property(pool, weights, (satang, hundredths) => {
          check(satang, hundredths);
        }),
        { numRuns: 3 },
      );
    });
  });
});

describe('shareWeights', () => {
  const year2024 = { fiscalYearStart: '2024-01-01' } as const;

  it('weights shares by remaining months, as the dividend does', () => {
    const weights = shareWeights(
      [
        { id: 'A', openingBalance: '1000' },
        { id: 'B', openingBalance: '0', contributions: [{ date: '2024-07-05', amount: '1200' }] },
        // 12,000 held all year, 1,200 withdrawn in March (month 3): 144,000 − 1,200 × 9.
        {
          id: 'C',
          openingBalance: '12000',
          contributions: [{ date: '2024-03-10', amount: '-1200' }],
        },
      ],
      { ...year2024, weighting: 'remaining-months' },
    );
    // A: 1,000 × 12; B: 1,200 × (12 − 7).
    expect(weights).to.deep.equal({ A: '12000.00', B: '6000.00', C: '133200.00' });
    expect(texts(shareOut('90', { A: weights.A!, B: weights.B! }))).to.deep.equal({
      A: '60.00',
      B: '30.00',
    });
  });

  it('shares a pool in exactly the proportions a dividend rate pays', () => {
    // DOMAIN.md's member: 100,000 opening and 1,000 on the 25th of every month at 6.15 % →
    // 6,488.25; a member with 50,000 held all year → 3,075.00. A pool of their sum is shared
    // back to exactly those amounts: weights 1,266,000 (1,200,000 + 1,000 × 66) and 600,000.
    const monthly = Array.from({ length: 12 }, (_, i) => ({
      date: `2024-${String(i + 1).padStart(2, '0')}-25`,
      amount: '1000',
    }));
    const options = { ...year2024, weighting: 'remaining-months' } as const;
    const members = [
      { id: 'X', openingBalance: '100000', contributions: monthly },
      { id: 'Y', openingBalance: '50000' },
    ];
    const weights = shareWeights(members, options);
    expect(weights).to.deep.equal({ X: '1266000.00', Y: '600000.00' });
    const dividends = members.map((member) =>
      shareDividend({
        openingBalance: member.openingBalance,
        contributions: member.contributions ?? [],
        ratePercent: '6.15',
        ...options,
      }),
    );
    expect(dividends.map(String)).to.deep.equal(['6488.25', '3075.00']);
    expect(texts(shareOut(sum(dividends), weights))).to.deep.equal({ X: '6488.25', Y: '3075.00' });
  });

  it('weights by share-days in a leap year, and by elevenths', () => {
    const days = shareWeights(
      [
        { id: 'A', openingBalance: '3660' },
        { id: 'B', openingBalance: '0', contributions: [{ date: '2024-07-01', amount: '3660' }] },
      ],
      { ...year2024, weighting: 'share-days' },
    );
    // 3,660 × 366 days; 3,660 × 184 days (1 July to 31 December).
    expect(days).to.deep.equal({ A: '1339560.00', B: '673440.00' });
    // 100 × 366/550 = 66.5454… and 100 × 184/550 = 33.4545…: the satang goes to A.
    expect(texts(shareOut('100', days))).to.deep.equal({ A: '66.55', B: '33.45' });
    const elevenths = shareWeights(
      [
        { id: 'A', openingBalance: '1100' },
        { id: 'B', openingBalance: '0', contributions: [{ date: '2024-01-20', amount: '1100' }] },
      ],
      { ...year2024, weighting: 'remaining-months-11' },
    );
    expect(elevenths).to.deep.equal({ A: '12100.00', B: '12100.00' });
  });

  it('gives every member the weight decimal.js works out, however often an amount text repeats', () => {
    // A year of a fund reads each amount text once: the same texts again and again, written in
    // different ways ('10', '10.0', '10.00'), Money beside text, withdrawals among them.
    const amount = fc.constantFrom<string | Money>(
      '10',
      '10.0',
      '10.00',
      '10.5',
      '0.01',
      '1234.56',
      '999999.99',
      '-5',
      '-0.50',
      money('10.5'),
    );
    const movement = fc.record({
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 28 }),
      amount,
    });
    const member = fc.record({
      opening: fc.integer({ min: 100, max: 1_000_000 }).map(String),
      movements: fc.array(movement, { maxLength: 12 }),
    });
    fc.assert(
      fc.property(
        fc.array(member, { minLength: 1, maxLength: 30 }),
        fc.constantFrom('remaining-months', 'remaining-months-11'),
        (members, weighting) => {
          const contributions = members.map(({ movements }) =>
            movements.map(({ month, day, amount }) => ({
              date: `2024-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
              amount,
            })),
          );
          const weights = shareWeights(
            members.map(({ opening }, index) => ({
              id: `M${index}`,
              openingBalance: opening,
              contributions: contributions[index],
            })),
            { ...year2024, weighting },
          );
          const yearUnits = weighting === 'remaining-months' ? 12 : 11;
          members.forEach(({ opening, movements }, index) => {
            const expected = movements.reduce(
              (total, { month, amount }) =>
                total.plus(new Decimal(String(amount)).times(12 - month)),
              new Decimal(opening).times(yearUnits),
            );
            expect(weights[`M${index}`]).to.equal(expected.toFixed(2));
          });
        },
      ),
    );
  });

  it('names the member whose shares are wrong', () => {
    const options = { ...year2024, weighting: 'remaining-months' } as const;
    let error = expectSajjaError(
      () =>
        shareWeights(
          [
            { id: 'A', openingBalance: '0' },
            { id: 'B', openingBalance: '0', contributions: [{ date: '2025-01-01', amount: '10' }] },
          ],
          options,
        ),
      'INVALID_ARGUMENT',
      'outside-fiscal-year',
    );
    expect(error.details).to.deep.equal({
      date: '2025-01-01',
      start: '2024-01-01',
      end: '2024-12-31',
      member: 'B',
    });
    error = expectSajjaError(
      () =>
        shareWeights(
          [
            {
              id: 'C',
              openingBalance: '5',
              contributions: [{ date: '2024-02-01', amount: '-10' }],
            },
          ],
          options,
        ),
      'INVALID_ARGUMENT',
      'shares-overdrawn',
    );
    expect(error.details.member).to.equal('C');
    error = expectSajjaError(
      () => shareWeights([{ id: 'D', openingBalance: 'ten' }], options),
      'INVALID_AMOUNT',
      'not-a-number',
    );
    expect(error.details.member).to.equal('D');
  });

  it('checks the options even without members, and names no member for them', () => {
    let error = expectSajjaError(
      () => shareWeights([], { ...year2024, weighting: 'daily' as never }),
      'INVALID_ARGUMENT',
      'invalid-option',
    );
    expect(error.details).to.deep.equal({ option: 'weighting' });
    error = expectSajjaError(
      () =>
        shareWeights([{ id: 'A', openingBalance: '1' }], {
          fiscalYearStart: '2024-01-15',
          weighting: 'share-days',
        }),
      'INVALID_ARGUMENT',
      'not-first-of-month',
    );
    expect(error.details).to.deep.equal({});
    expectSajjaError(
      () => shareWeights([], { fiscalYearStart: '2024-02-30', weighting: 'share-days' }),
      'INVALID_DATE',
      'no-such-day',
    );
  });

  it('refuses repeated members and ids that are not ids', () => {
    const options = { ...year2024, weighting: 'remaining-months' } as const;
    const error = expectSajjaError(
      () =>
        shareWeights(
          [
            { id: 'A', openingBalance: '1' },
            { id: 'A', openingBalance: '2' },
          ],
          options,
        ),
      'INVALID_ARGUMENT',
      'duplicate-member',
    );
    expect(error.details).to.deep.equal({ member: 'A' });
    for (const [members, option] of [
      [{}, 'members'],
      [[null], 'members[0]'],
      [[{ id: '', openingBalance: '1' }], 'members[0].id'],
      [[{ id: 7, openingBalance: '1' }], 'members[0].id'],
    ] as const) {
      const invalid = expectSajjaError(
        () => shareWeights(members as never, options),
        'INVALID_ARGUMENT',
        'invalid-option',
      );
      expect(invalid.details).to.deep.equal({ option });
    }
  });
});

describe('averageReturnWeights', () => {
  const members = [
    { id: 'A', interestPaid: '1200' },
    { id: 'B', interestPaid: '800', missedInstalment: true },
    { id: 'C', interestPaid: '400' },
  ];

  it('weights by interest paid, everyone included by default', () => {
    const weights = averageReturnWeights(members);
    expect(texts(weights)).to.deep.equal({ A: '1200.00', B: '800.00', C: '400.00' });
    // 160 × 1200/2400 = 80; × 800/2400 = 53.333…; × 400/2400 = 26.666…: the satang left
    // goes to C (remainder .666…), not B (.333…).
    expect(texts(shareOut('160', weights))).to.deep.equal({ A: '80.00', B: '53.33', C: '26.67' });
    expect(
      texts(averageReturnWeights(members, { excludeMembersWhoMissedInstalment: false })),
    ).to.deep.equal(texts(weights));
  });

  it('gives members who missed an instalment nothing when the by-law says so', () => {
    const weights = averageReturnWeights(members, { excludeMembersWhoMissedInstalment: true });
    expect(texts(weights)).to.deep.equal({ A: '1200.00', B: '0.00', C: '400.00' });
    expect(texts(shareOut('160', weights))).to.deep.equal({ A: '120.00', B: '0.00', C: '40.00' });
  });

  it('leaves the pool unshared when everyone is excluded', () => {
    const weights = averageReturnWeights(
      [{ id: 'B', interestPaid: '800', missedInstalment: true }],
      {
        excludeMembersWhoMissedInstalment: true,
      },
    );
    expectSajjaError(() => shareOut('160', weights), 'INVALID_ARGUMENT', 'all-weights-zero');
  });

  it('refuses negative interest, flags that are not booleans, and repeated members', () => {
    let error = expectSajjaError(
      () => averageReturnWeights([{ id: 'A', interestPaid: '-1' }]),
      'INVALID_ARGUMENT',
      'negative-amount',
    );
    expect(error.details).to.deep.equal({ member: 'A' });
    error = expectSajjaError(
      () => averageReturnWeights([{ id: 'A', interestPaid: '1,000' }]),
      'INVALID_AMOUNT',
      'not-a-number',
    );
    expect(error.details).to.deep.equal({ member: 'A' });
    error = expectSajjaError(
      () =>
        averageReturnWeights([{ id: 'A', interestPaid: '1', missedInstalment: 'yes' as never }]),
      'INVALID_ARGUMENT',
      'invalid-option',
    );
    expect(error.details).to.deep.equal({ option: 'members[0].missedInstalment' });
    error = expectSajjaError(
      () => averageReturnWeights(members, { excludeMembersWhoMissedInstalment: 'true' as never }),
      'INVALID_ARGUMENT',
      'invalid-option',
    );
    expect(error.details).to.deep.equal({ option: 'excludeMembersWhoMissedInstalment' });
    expectSajjaError(
      () => averageReturnWeights([members[0]!, { id: 'A', interestPaid: '5' }]),
      'INVALID_ARGUMENT',
      'duplicate-member',
    );
  });
});

describe('year-end, end to end', () => {
  it('splits a profit by the Trat preset and shares the members’ half by interest paid', () => {
    const pools = allocateProfit('10000.01', SAJJA_TRAT_PROFIT_BUCKETS);
    // The odd satang goes to the earlier bucket: members 5,000.01, welfare 5,000.00.
    expect(texts(pools)).to.deep.equal({ members: '5000.01', welfare: '5000.00' });
    const weights = averageReturnWeights([
      { id: 'A', interestPaid: '300' },
      { id: 'B', interestPaid: '200' },
      { id: 'C', interestPaid: '100' },
    ]);
    // 500,001 satang × 3/6, 2/6, 1/6 = 250,000.5, 166,667, 83,333.5: floors leave 1 satang,
    // which the tie (.5 and .5) gives to A, the earlier member.
    expect(texts(shareOut(pools.members, weights))).to.deep.equal({
      A: '2500.01',
      B: '1666.67',
      C: '833.33',
    });
  });
});
