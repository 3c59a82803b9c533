import { expect } from 'chai';
import fc from 'fast-check';
import { allocate, money, sum } from '../src/index.js';
import { satangToText, textToSatang } from './arbitraries.js';
import { expectSajjaError } from './expect-sajja-error.js';

const strings = (parts: readonly unknown[]) => parts.map(String);

describe('allocate', () => {
  it('splits evenly when it can', () => {
    expect(strings(allocate('1000', ['50', '50']))).to.deep.equal(['500.00', '500.00']);
  });

  it('gives leftover satang to the largest remainders, ties to the earlier weight', () => {
    expect(strings(allocate('100', ['1', '1', '1']))).to.deep.equal(['33.34', '33.33', '33.33']);
    expect(strings(allocate('0.02', [1, 1, 1]))).to.deep.equal(['0.01', '0.01', '0.00']);
    expect(strings(allocate('0.05', [1, 3]))).to.deep.equal(['0.01', '0.04']);
    expect(strings(allocate('0.01', [1, 1]))).to.deep.equal(['0.01', '0.00']);
  });

  it('splits a real profit table exactly (co-op 2025 buckets)', () => {
    const buckets = ['10.35', '70.85', '11.72', '2.85', '3.54', '0.47', '0.22'];
    // Exact shares in satang: 1277777.673, 8746912.863, 1446913.4616, 351851.823, 437037.0012,
    // 58024.6866, 27160.4916; the 4 leftover satang go to .863, .823, .6866 and .673.
    const parts = allocate('123456.78', buckets);
    expect(sum(parts).toString()).to.equal('123456.78');
    expect(strings(parts)).to.deep.equal([
      '12777.78',
      '87469.13',
      '14469.13',
      '3518.52',
      '4370.37',
      '580.25',
      '271.60',
    ]);
  });

  it('takes weights as strings, numbers or Money, and gives zero weights nothing', () => {
    expect(strings(allocate('10', [money('3'), 0, 7]))).to.deep.equal(['3.00', '0.00', '7.00']);
    expect(strings(allocate('10', ['0.5', 1.5]))).to.deep.equal(['2.50', '7.50']);
  });

  it('splits a negative total into negative parts', () => {
    expect(strings(allocate('-100', [1, 1, 1]))).to.deep.equal(['-33.34', '-33.33', '-33.33']);
  });

  it('splits zero into zeros', () => {
    expect(strings(allocate('0', [1, 2]))).to.deep.equal(['0.00', '0.00']);
  });

  it('refuses negative weights, all-zero weights and weights that are not numbers', () => {
    expectSajjaError(() => allocate('100', [1, -1]), 'INVALID_ARGUMENT', 'negative-weight');
    expectSajjaError(() => allocate('100', ['-0.5']), 'INVALID_ARGUMENT', 'negative-weight');
    expectSajjaError(
      () => allocate('100', [0, '0', money('0')]),
      'INVALID_ARGUMENT',
      'all-weights-zero',
    );
    expectSajjaError(() => allocate('100', []), 'INVALID_ARGUMENT', 'all-weights-zero');
    expectSajjaError(() => allocate('100', [Number.NaN]), 'INVALID_ARGUMENT', 'invalid-weight');
    expectSajjaError(() => allocate('100', ['1e3']), 'INVALID_ARGUMENT', 'invalid-weight');
    expectSajjaError(() => allocate('100', [null as never]), 'INVALID_ARGUMENT', 'invalid-weight');
    expectSajjaError(() => allocate('1.005', [1]), 'INVALID_AMOUNT', 'too-many-decimals');
  });

  describe('properties', () => {
    const satang = fc.bigInt({ min: -(10n ** 16n), max: 10n ** 16n });
    const weight = fc.oneof(
      fc.integer({ min: 0, max: 1_000_000 }),
      fc.integer({ min: 0, max: 100_000 }).map((n) => (n / 100).toFixed(2)),
      fc.integer({ min: 0, max: 1_000_000 }).map((n) => money((n / 100).toFixed(2))),
    );
    const weights = fc
      .array(weight, { minLength: 1, maxLength: 25 })
      .filter((list) => list.some((w) => Number(String(w)) > 0));
    const moneyOf = satangToText;

    it('sums exactly to the total', () => {
      fc.assert(
        fc.property(satang, weights, (total, list) => {
          expect(sum(allocate(moneyOf(total), list)).toString()).to.equal(moneyOf(total));
        }),
      );
    });

    it('keeps each part within one satang of its exact share', () => {
      fc.assert(
        fc.property(satang, weights, (total, list) => {
          const parts = allocate(moneyOf(total), list);
          // Exact share in satang, scaled by Σw: |part × Σw − total × w| < Σw (weights scaled to integers).
          const scaled = list.map((w) => textToSatang(money(String(w)).toString()));
          const weightSum = scaled.reduce((a, b) => a + b, 0n);
          parts.forEach((part, i) => {
            const partSatang = textToSatang(part.toString());
            const difference = partSatang * weightSum - total * scaled[i]!;
            const magnitude = difference < 0n ? -difference : difference;
            expect(magnitude < weightSum).to.equal(true);
          });
        }),
      );
    });

    it('gives the same answer every time (deterministic ties)', () => {
      fc.assert(
        fc.property(satang, weights, (total, list) => {
          expect(strings(allocate(moneyOf(total), list))).to.deep.equal(
            strings(allocate(moneyOf(total), list)),
          );
        }),
      );
    });
  });
});

describe('allocate: hostile input', () => {
  it('refuses weights without a prototype, circular or bigint, naming the weight', () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    for (const weight of [Object.create(null), circular, 10n, Symbol('x'), [1]]) {
      const error = expectSajjaError(
        () => allocate('100', [1, weight as never]),
        'INVALID_ARGUMENT',
        'invalid-weight',
      );
      expect(error.details).to.deep.equal({ index: 1 });
    }
    expectSajjaError(
      () => allocate('100', [Object.create(null), 1]),
      'INVALID_ARGUMENT',
      'invalid-weight',
    );
  });

  it('refuses a hole in the weights instead of skipping it', () => {
    const sparse = [, 1] as number[];
    const error = expectSajjaError(
      () => allocate('100', sparse),
      'INVALID_ARGUMENT',
      'invalid-weight',
    );
    expect(error.details).to.deep.equal({ index: 0 });
  });

  it('refuses weights that are not a list', () => {
    for (const weights of [null, undefined, '11', { 0: 1, length: 1 }, new Set([1])]) {
      expectSajjaError(() => allocate('100', weights as never), 'INVALID_ARGUMENT', 'not-a-list');
    }
  });

  it('refuses a weight text past 200 characters before reading it', () => {
    const error = expectSajjaError(
      () => allocate('100', ['1', '9'.repeat(200_000)]),
      'INVALID_ARGUMENT',
      'too-long',
    );
    expect(error.details).to.deep.equal({ index: 1, maxLength: 200 });
    expect(strings(allocate('100', ['1', `0.${'0'.repeat(197)}1`]))).to.deep.equal([
      '100.00',
      '0.00',
    ]);
  });
});
