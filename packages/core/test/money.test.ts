import { expect } from 'chai';
import fc from 'fast-check';
import {
  errorMessage,
  isMoney,
  MAX_FACTOR_LENGTH,
  Money,
  money,
  sum,
  SajjaError,
  ROUNDING_MODES,
} from '../src/index.js';
import { amountText, satangToText, textToSatang } from './arbitraries.js';
import { expectSajjaError } from './expect-sajja-error.js';

/** Up to 18 integer digits: well past 2^53. */
const amount = amountText();
const toSatang = textToSatang;

describe('money', () => {
  it('always writes two decimals', () => {
    expect(money('1234.5').toString()).to.equal('1234.50');
    expect(money('7').toString()).to.equal('7.00');
    expect(money('-21').toString()).to.equal('-21.00');
    expect(money('0.25').toString()).to.equal('0.25');
  });

  it('reads finite numbers by their shortest decimal form', () => {
    expect(money(19.99).toString()).to.equal('19.99');
    expect(money(1e12).toString()).to.equal('1000000000000.00');
    expect(money(-0).toString()).to.equal('0.00');
  });

  it('keeps integers past 2^53 exact when they come as strings', () => {
    expect(money('9007199254740993').toString()).to.equal('9007199254740993.00');
    expect(money('9007199254740993').plus('0.01').toString()).to.equal('9007199254740993.01');
    expect(money('9007199254740993').equals('9007199254740992')).to.equal(false);
  });

  it('rejects more than two decimals unless told how to round', () => {
    expectSajjaError(() => money('1.005'), 'INVALID_AMOUNT', 'too-many-decimals');
    expectSajjaError(() => money(0.1 + 0.2), 'INVALID_AMOUNT', 'too-many-decimals');
    expect(money('1.005', { rounding: 'half-up' }).toString()).to.equal('1.01');
    expect(money('1.005', { rounding: 'half-even' }).toString()).to.equal('1.00');
    expect(money('19.999', { rounding: 'half-up' }).toString()).to.equal('20.00');
    expect(money('-1.005', { rounding: 'half-up' }).toString()).to.equal('-1.01');
    expect(money(0.1 + 0.2, { rounding: 'half-up' }).toString()).to.equal('0.30');
  });

  it('rejects what is not a plain decimal, NaN and Infinity, with coded errors', () => {
    for (const text of ['', ' 1', '1,000', '1e5', '+1', '.5', 'abc', '1.2.3', '0x10']) {
      expectSajjaError(() => money(text), 'INVALID_AMOUNT', 'not-a-number');
    }
    expectSajjaError(() => money(Number.NaN), 'INVALID_AMOUNT', 'not-finite');
    expectSajjaError(() => money(Number.POSITIVE_INFINITY), 'INVALID_AMOUNT', 'not-finite');
    expectSajjaError(() => money(null as never), 'INVALID_AMOUNT', 'wrong-type');
    expectSajjaError(() => money(10n as never), 'INVALID_AMOUNT', 'wrong-type');
    expectSajjaError(() => money('1'.repeat(101)), 'INVALID_AMOUNT', 'too-large');
  });

  it('keeps the offending input on the error', () => {
    try {
      money('1.005');
      expect.fail('money should have thrown');
    } catch (error) {
      expect(error).to.be.instanceOf(SajjaError);
      expect((error as SajjaError).input).to.equal('1.005');
      expect((error as SajjaError).details).to.deep.equal({ maxDecimals: 2 });
    }
  });

  it('adds, subtracts, negates and compares', () => {
    expect(money('0.10').plus('0.20').toString()).to.equal('0.30');
    expect(money('100').minus('100.01').toString()).to.equal('-0.01');
    expect(money('5').negated().toString()).to.equal('-5.00');
    expect(money('0').negated().toString()).to.equal('0.00');
    expect(money('-5').abs().toString()).to.equal('5.00');
    expect(money('2').compare('10')).to.equal(-1);
    expect(money('10').compare(money('2'))).to.equal(1);
    expect(money('2.50').compare('2.5')).to.equal(0);
    expect(money('0.00').isZero()).to.equal(true);
    expect(money('-0.01').isNegative()).to.equal(true);
    expect(money('0').isNegative()).to.equal(false);
    expect(money('0').isPositive()).to.equal(false);
    expect(money('0.01').isPositive()).to.equal(true);
  });

  it('multiplies by rates and counts, rounding to satang as asked', () => {
    expect(money('1000').times('0.0125').toString()).to.equal('12.50');
    expect(money('150').times(12).toString()).to.equal('1800.00');
    expect(money('0.05').times('0.5').toString()).to.equal('0.03');
    expect(money('0.05').times('0.5', 'half-even').toString()).to.equal('0.02');
    expect(money('10').times('0.3333', 'down').toString()).to.equal('3.33');
    expect(money('10').times('0.3331', 'up').toString()).to.equal('3.34');
    expect(money('-0.05').times('0.5').toString()).to.equal('-0.03');
    expectSajjaError(() => money('1').times('abc'), 'INVALID_ARGUMENT', 'invalid-factor');
    expectSajjaError(() => money('1').times(Number.NaN), 'INVALID_ARGUMENT', 'invalid-factor');
  });

  it('rounds to multiples with each mode', () => {
    expect(money('8884.12').round('1', 'up').toString()).to.equal('8885.00');
    expect(money('8884.12').round('1').toString()).to.equal('8884.00');
    expect(money('8884.50').round('1').toString()).to.equal('8885.00');
    expect(money('8884.50').round('1', 'half-even').toString()).to.equal('8884.00');
    expect(money('8885.50').round('1', 'half-even').toString()).to.equal('8886.00');
    expect(money('8884.99').round('1', 'down').toString()).to.equal('8884.00');
    expect(money('10.13').round('0.25').toString()).to.equal('10.25');
    expect(money('10.12').round('0.25').toString()).to.equal('10.00');
    expect(money('125').round('10', 'half-even').toString()).to.equal('120.00');
    expect(money('135').round('10', 'half-even').toString()).to.equal('140.00');
    expect(money('125').round('10').toString()).to.equal('130.00');
    expect(money('-125').round('10').toString()).to.equal('-130.00');
    expect(money('-121').round('10', 'up').toString()).to.equal('-130.00');
    expect(money('-129').round('10', 'down').toString()).to.equal('-120.00');
    expect(money('-0.40').round('1').toString()).to.equal('0.00');
    expect(money('100').round('10', 'up').toString()).to.equal('100.00');
  });

  it('refuses to round to a multiple that is not a positive satang amount, or by an unknown mode', () => {
    expectSajjaError(() => money('1').round('0'), 'INVALID_ARGUMENT', 'invalid-multiple');
    expectSajjaError(() => money('1').round('-1'), 'INVALID_ARGUMENT', 'invalid-multiple');
    expectSajjaError(() => money('1').round('0.001'), 'INVALID_AMOUNT', 'too-many-decimals');
    expectSajjaError(
      () => money('1').round('1', 'nearest' as never),
      'INVALID_ARGUMENT',
      'invalid-rounding-mode',
    );
  });

  it('sums lists, including an empty one', () => {
    expect(sum([]).toString()).to.equal('0.00');
    expect(sum(['0.10', '0.20', money('0.70')]).toString()).to.equal('1.00');
    expect(sum(new Set(['1', '2'])).toString()).to.equal('3.00');
  });

  it('is immutable and serialises to its string', () => {
    const amount = money('12.30');
    expect(Object.isFrozen(amount)).to.equal(true);
    expect(JSON.stringify({ amount })).to.equal('{"amount":"12.30"}');
    expect(`${amount}`).to.equal('12.30');
    expect(String(amount)).to.equal('12.30');
  });

  it('refuses to be used as a JavaScript number', () => {
    const amount = money('12.30') as unknown as number;
    expect(() => amount * 2).to.throw(TypeError);
    expect(() => +amount).to.throw(TypeError);
    expect(() => amount < 20).to.throw(TypeError);
  });

  it('recognises Money from another copy of the library', () => {
    const foreign = Object.create(null) as Record<PropertyKey, unknown>;
    foreign[Symbol.for('sajja.money')] = true;
    foreign.toString = () => '5.50';
    expect(isMoney(foreign)).to.equal(true);
    expect(
      money(foreign as unknown as Money)
        .plus('1')
        .toString(),
    ).to.equal('6.50');
    expect(isMoney({})).to.equal(false);
    expect(isMoney('5.50')).to.equal(false);
  });

  describe('properties', () => {
    it('adds and subtracts exactly, like integer satang', () => {
      fc.assert(
        fc.property(amount, amount, (a, b) => {
          const total = money(a).plus(b);
          expect(toSatang(total.toString())).to.equal(toSatang(a) + toSatang(b));
          expect(total.minus(b).equals(a)).to.equal(true);
          expect(money(a).minus(b).equals(money(b).minus(a).negated())).to.equal(true);
        }),
      );
    });

    it('compares as integer satang do', () => {
      fc.assert(
        fc.property(amount, amount, (a, b) => {
          const [x, y] = [toSatang(a), toSatang(b)];
          expect(money(a).compare(b)).to.equal(x < y ? -1 : x > y ? 1 : 0);
        }),
      );
    });

    it('sums in any order to the same total', () => {
      fc.assert(
        fc.property(fc.array(amount, { maxLength: 30 }), (list) => {
          const expected = list.reduce((total, text) => total + toSatang(text), 0n);
          expect(toSatang(sum(list).toString())).to.equal(expected);
          expect(sum([...list].reverse()).equals(sum(list))).to.equal(true);
        }),
      );
    });

    it('multiplies by whole counts as repeated addition', () => {
      fc.assert(
        fc.property(amount, fc.integer({ min: 0, max: 50 }), (a, count) => {
          const repeated = sum(Array.from({ length: count }, () => a));
          expect(money(a).times(count).equals(repeated)).to.equal(true);
        }),
      );
    });

    it('rounds to a multiple of the step, within one step, in the direction the mode says', () => {
      const step = fc.constantFrom('0.05', '0.25', '1', '5', '10', '100', '0.01', '0.03', '7');
      fc.assert(
        fc.property(amount, step, fc.constantFrom(...ROUNDING_MODES), (a, multiple, mode) => {
          const value = toSatang(a);
          const unit = toSatang(money(multiple).toString());
          const rounded = toSatang(money(a).round(multiple, mode).toString());
          expect(rounded % unit).to.equal(0n);
          const distance = rounded > value ? rounded - value : value - rounded;
          expect(distance < unit).to.equal(true);
          const magnitude = (n: bigint) => (n < 0n ? -n : n);
          if (mode === 'up') expect(magnitude(rounded) >= magnitude(value)).to.equal(true);
          if (mode === 'down') expect(magnitude(rounded) <= magnitude(value)).to.equal(true);
          if (mode === 'half-up' || mode === 'half-even')
            expect(distance * 2n <= unit).to.equal(true);
        }),
      );
    });
  });
});

describe('money: reading plain text without decimal arithmetic', () => {
  /** A plain decimal with at most two decimals → its toString, by BigInt satang alone. */
  const expectedText = (text: string): string => {
    const negative = text.startsWith('-');
    const [whole, fraction = ''] = (negative ? text.slice(1) : text).split('.');
    const satang = BigInt(whole! + fraction.padEnd(2, '0'));
    return satangToText(negative ? -satang : satang);
  };

  it('writes what decimal.js would, for leading zeros, short fractions and minus zero', () => {
    const cases: Array<[string, string]> = [
      ['007.5', '7.50'],
      ['-0', '0.00'],
      ['-0.00', '0.00'],
      ['-000.0', '0.00'],
      ['-0.05', '-0.05'],
      ['0.5', '0.50'],
      ['1234.56', '1234.56'],
      ['1.000', '1.00'], // past two decimals, read by decimal.js: trailing zeros are no decimals
    ];
    for (const [text, written] of cases) expect(money(text).toString(), text).to.equal(written);
  });

  it('reads any plain amount of up to 100 integer digits as BigInt satang do', () => {
    const plain = fc
      .tuple(
        fc.boolean(),
        fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 100 }),
        fc.constantFrom('', '.0', '.5', '.05', '.50', '.99'),
      )
      .map(([minus, whole, fraction]) => `${minus ? '-' : ''}${whole}${fraction}`);
    fc.assert(
      fc.property(plain, (text) => {
        const amount = money(text);
        expect(amount.toString(), text).to.equal(expectedText(text));
        // The decimal made later from the text is the same amount.
        expect(amount.plus('0').toString()).to.equal(expectedText(text));
        expect(amount.isZero()).to.equal(expectedText(text) === '0.00');
      }),
    );
  });
});

describe('money: hostile input', () => {
  it('refuses text past 200 characters before reading it, amounts and rounded amounts alike', () => {
    for (const text of ['9'.repeat(200_000), `1.${'1'.repeat(200_000)}`, '1'.repeat(201)]) {
      const error = expectSajjaError(
        () => money(text, { rounding: 'half-up' }),
        'INVALID_AMOUNT',
        'too-long',
      );
      expect(error.details).to.deep.equal({ maxLength: 200 });
    }
    // 200 characters are read, and then held to 100 integer digits.
    expect(money(`0.${'4'.repeat(198)}`, { rounding: 'half-up' }).toString()).to.equal('0.44');
    expectSajjaError(() => money('1'.repeat(200)), 'INVALID_AMOUNT', 'too-large');
    expect(money('9'.repeat(100)).toString()).to.equal(`${'9'.repeat(100)}.00`);
  });

  it('refuses a factor text past 40 characters before reading it', () => {
    const error = expectSajjaError(
      () => money('10').times(`0.${'1'.repeat(200_000)}`),
      'INVALID_ARGUMENT',
      'too-long',
    );
    expect(error.details).to.deep.equal({ maxLength: MAX_FACTOR_LENGTH });
    expect(MAX_FACTOR_LENGTH).to.equal(40);
    expect(errorMessage(error, 'en')).to.equal('The number is too long (at most 40 characters).');
    expect(
      money('100')
        .times(`0.${'1'.repeat(38)}`)
        .toString(),
    ).to.equal('11.11');
    expectSajjaError(
      () => money('100').times(`0.${'1'.repeat(39)}`),
      'INVALID_ARGUMENT',
      'too-long',
    );
  });

  it('refuses a bigint or an object as a factor or rounding mode with a coded error', () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    for (const factor of [10n, circular, Object.create(null), Symbol('x'), null]) {
      expectSajjaError(
        () => money('10').times(factor as never),
        'INVALID_ARGUMENT',
        'invalid-factor',
      );
    }
    for (const rounding of [10n, circular, Object.create(null), Symbol('x')]) {
      expectSajjaError(
        () => money('1.005', { rounding: rounding as never }),
        'INVALID_ARGUMENT',
        'invalid-rounding-mode',
      );
      expectSajjaError(
        () => money('1').times('0.5', rounding as never),
        'INVALID_ARGUMENT',
        'invalid-rounding-mode',
      );
    }
  });

  it('refuses circular, prototype-less and bigint amounts as wrong-type', () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    for (const value of [circular, Object.create(null), 10n, Symbol('x'), [], () => '1']) {
      expectSajjaError(() => money(value as never), 'INVALID_AMOUNT', 'wrong-type');
      expectSajjaError(() => money('1').plus(value as never), 'INVALID_AMOUNT', 'wrong-type');
    }
    // A foreign Money whose text cannot be read.
    const broken = Object.create(null) as Record<PropertyKey, unknown>;
    broken[Symbol.for('sajja.money')] = true;
    expectSajjaError(() => money(broken as never), 'INVALID_AMOUNT', 'wrong-type');
  });

  it('sums only lists: not a string of digits, null or a number', () => {
    for (const value of ['123', null, undefined, 5, {}]) {
      expectSajjaError(() => sum(value as never), 'INVALID_ARGUMENT', 'not-a-list');
    }
  });

  it('has Thai and English sentences for every reason it gives', () => {
    const errors = [
      expectSajjaError(() => money('1').times('x'), 'INVALID_ARGUMENT', 'invalid-factor'),
      expectSajjaError(() => money('1').round('0'), 'INVALID_ARGUMENT', 'invalid-multiple'),
      expectSajjaError(
        () => money('1').round('1', 'nearest' as never),
        'INVALID_ARGUMENT',
        'invalid-rounding-mode',
      ),
      expectSajjaError(() => sum(null as never), 'INVALID_ARGUMENT', 'not-a-list'),
    ];
    for (const error of errors) {
      for (const language of ['th', 'en'] as const) {
        expect(errorMessage(error, language), error.reason).not.to.equal(
          errorMessage(new SajjaError('INVALID_ARGUMENT', 'unknown' as never, ''), language),
        );
      }
    }
  });
});
