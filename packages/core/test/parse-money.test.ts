import { expect } from 'chai';
import fc from 'fast-check';
import {
  errorMessage,
  formatMoney,
  MAX_AMOUNT_LENGTH,
  money,
  parseMoney,
  SajjaError,
} from '../src/index.js';
import { readTypedAmount } from '../src/money/parse-money.js';
import { amountText } from './arbitraries.js';
import { expectSajjaError } from './expect-sajja-error.js';

describe('parseMoney', () => {
  it('reads what people type', () => {
    const cases: Array<[string, string]> = [
      ['1,234.50', '1234.50'],
      [' 1234.5 ', '1234.50'],
      ['๑,๒๓๔.๕๐', '1234.50'],
      ['฿100', '100.00'],
      ['฿ 1,000', '1000.00'],
      ['250 บาท', '250.00'],
      ['250บาท', '250.00'],
      ['฿๒๕๐ บาท', '250.00'],
      ['0', '0.00'],
      ['.5', '0.50'],
      ['12.', '12.00'],
      ['007', '7.00'],
      ['-21', '-21.00'],
      ['−21', '-21.00'],
      ['-฿21', '-21.00'],
      ['1,000,000', '1000000.00'],
      ['\u00a0\t42\n', '42.00'],
      ['999999999999999.99', '999999999999999.99'],
    ];
    for (const [typed, expected] of cases) {
      expect(parseMoney(typed).toString(), typed).to.equal(expected);
    }
  });

  it('throws INVALID_AMOUNT with the input and a reason for each kind of mistake', () => {
    const cases: Array<[string, string]> = [
      ['', 'empty'],
      ['   ', 'empty'],
      ['฿', 'empty'],
      ['บาท', 'empty'],
      ['-', 'empty'],
      ['abc', 'not-a-number'],
      ['12a', 'not-a-number'],
      ['1e5', 'not-a-number'],
      ['NaN', 'not-a-number'],
      ['Infinity', 'not-a-number'],
      ['-Infinity', 'not-a-number'],
      ['+5', 'not-a-number'],
      ['1 234', 'not-a-number'],
      ['.', 'not-a-number'],
      ['--5', 'not-a-number'],
      ['1.2.3', 'two-decimal-points'],
      ['1..2', 'two-decimal-points'],
      ['1,23,4', 'misplaced-separator'],
      ['12,34', 'misplaced-separator'],
      [',123', 'misplaced-separator'],
      ['1234,567', 'misplaced-separator'],
      ['1,234.5,6', 'misplaced-separator'],
      ['1.005', 'too-many-decimals'],
      ['19.999', 'too-many-decimals'],
      ['1000000000000000', 'too-large'],
      ['9,999,999,999,999,999', 'too-large'],
    ];
    for (const [typed, reason] of cases) {
      const error = expectSajjaError(() => parseMoney(typed), 'INVALID_AMOUNT', reason);
      expect(error.input, typed).to.equal(typed);
    }
    expectSajjaError(() => parseMoney(12 as never), 'INVALID_AMOUNT', 'wrong-type');
    expectSajjaError(() => parseMoney(undefined as never), 'INVALID_AMOUNT', 'wrong-type');
  });

  it('counts only significant digits toward the size limit', () => {
    expect(parseMoney('0000000000000000001').toString()).to.equal('1.00');
  });

  it('rounds extra decimals only when asked', () => {
    expect(parseMoney('1.005', { rounding: 'half-up' }).toString()).to.equal('1.01');
    expect(parseMoney('๑๙.๙๙๙', { rounding: 'half-up' }).toString()).to.equal('20.00');
    expect(parseMoney('2.675', { rounding: 'down' }).toString()).to.equal('2.67');
  });

  it('gives Thai and English messages a widget can show', () => {
    const error = expectSajjaError(
      () => parseMoney('1.005'),
      'INVALID_AMOUNT',
      'too-many-decimals',
    );
    expect(errorMessage(error, 'en')).to.equal(
      'An amount may have at most 2 decimal places (satang).',
    );
    expect(errorMessage(error, 'th')).to.equal('จำนวนเงินมีทศนิยมได้ไม่เกิน 2 ตำแหน่ง (สตางค์)');
    expect(errorMessage(error)).to.equal(errorMessage(error, 'th'));
    const tooLarge = expectSajjaError(
      () => parseMoney('1'.repeat(16)),
      'INVALID_AMOUNT',
      'too-large',
    );
    expect(errorMessage(tooLarge, 'en')).to.equal('The amount is too large (at most 15 digits).');
  });

  it('refuses zero and negative amounts with positive: true, in words people read', () => {
    for (const text of ['0', '0.00', '-5', '−1,000', '฿0', '๐.๐๐', '-0.01']) {
      const error = expectSajjaError(
        () => parseMoney(text, { positive: true }),
        'INVALID_AMOUNT',
        'not-positive',
      );
      expect(error.input).to.equal(text);
      expect(errorMessage(error, 'en')).to.equal('The amount must be greater than zero.');
      expect(errorMessage(error, 'th')).to.equal('จำนวนเงินต้องมากกว่าศูนย์');
    }
    expect(parseMoney('0.01', { positive: true }).toString()).to.equal('0.01');
    expect(parseMoney('๑,๒๓๔.๕', { positive: true }).toString()).to.equal('1234.50');
    // What is not an amount at all keeps its own reason: the positive check comes after.
    expectSajjaError(() => parseMoney('', { positive: true }), 'INVALID_AMOUNT', 'empty');
    expectSajjaError(() => parseMoney('12a', { positive: true }), 'INVALID_AMOUNT', 'not-a-number');
  });

  it('with positive: true, gives what parseMoney gives for every amount over 0 and refuses the rest', () => {
    // Signed amounts, zero among them, up to the 15 integer digits parseMoney reads.
    fc.assert(
      fc.property(amountText(10n ** 17n - 1n), fc.boolean(), (text, positiveOption) => {
        const plain = parseMoney(text);
        if (!positiveOption || plain.isPositive()) {
          const checked = parseMoney(text, { positive: positiveOption });
          expect(checked.equals(plain), text).to.equal(true);
        } else {
          expectSajjaError(
            () => parseMoney(text, { positive: true }),
            'INVALID_AMOUNT',
            'not-positive',
          );
        }
      }),
    );
  });

  it('takes positive beside rounding, and still refuses unknown options', () => {
    expect(parseMoney('1.005', { positive: true, rounding: 'half-up' }).toString()).to.equal(
      '1.01',
    );
    expectSajjaError(
      () => parseMoney('0.001', { positive: true, rounding: 'half-up' }),
      'INVALID_AMOUNT',
      'not-positive',
    );
    expectSajjaError(
      () => parseMoney('1', { positiv: true } as never),
      'INVALID_ARGUMENT',
      'unknown-option',
    );
  });

  it('reads back every form formatMoney writes', () => {
    // Up to 15 integer digits, the most parseMoney accepts.
    const amount = amountText(10n ** 17n - 1n).map((text) => money(text));
    fc.assert(
      fc.property(
        amount,
        fc.constantFrom('arabic' as const, 'thai' as const),
        fc.boolean(),
        fc.constantFrom('none' as const, 'symbol' as const, 'word' as const),
        (value, digits, grouping, currency) => {
          const text = formatMoney(value, { digits, grouping, currency });
          expect(parseMoney(text).equals(value), text).to.equal(true);
          expect(parseMoney(value.toString()).equals(value)).to.equal(true);
        },
      ),
    );
  });
});

describe('formatMoney', () => {
  it('writes two decimals with thousands commas', () => {
    expect(formatMoney('1234.5')).to.equal('1,234.50');
    expect(formatMoney('0')).to.equal('0.00');
    expect(formatMoney('999')).to.equal('999.00');
    expect(formatMoney('1000')).to.equal('1,000.00');
    expect(formatMoney('-1234567.8')).to.equal('-1,234,567.80');
    expect(formatMoney('1234.5', { grouping: false })).to.equal('1234.50');
  });

  it('writes Thai digits and currency marks on request', () => {
    expect(formatMoney('1234.5', { digits: 'thai' })).to.equal('๑,๒๓๔.๕๐');
    expect(formatMoney('1234.5', { digits: 'thai', currency: 'word' })).to.equal('๑,๒๓๔.๕๐ บาท');
    expect(formatMoney('-21', { currency: 'symbol' })).to.equal('-฿21.00');
  });

  it('refuses what money refuses', () => {
    expectSajjaError(() => formatMoney('1.005'), 'INVALID_AMOUNT', 'too-many-decimals');
    expectSajjaError(() => formatMoney('abc'), 'INVALID_AMOUNT', 'not-a-number');
  });

  it('takes null options as none, and refuses option values it does not know', () => {
    expect(formatMoney('1234.5', null as never)).to.equal('1,234.50');
    const cases: Array<[object, string]> = [
      [{ digits: 'roman' }, 'digits'],
      [{ digits: 10n }, 'digits'],
      [{ grouping: 'yes' }, 'grouping'],
      [{ currency: 'dollar' }, 'currency'],
      [{ currency: Symbol('฿') }, 'currency'],
    ];
    for (const [options, option] of cases) {
      const error = expectSajjaError(
        () => formatMoney('1', options as never),
        'INVALID_ARGUMENT',
        'invalid-option',
      );
      expect(error.details).to.deep.equal({ option });
    }
  });
});

describe('parseMoney: the one-pass reading of plain typed amounts', () => {
  /** What parseMoney gives, or the code and reason it throws: results to compare. */
  const outcome = (read: () => { toString(): string }): string => {
    try {
      return read().toString();
    } catch (error) {
      if (!(error instanceof SajjaError)) throw error;
      return `${error.code}/${error.reason} ${JSON.stringify(error.input)}`;
    }
  };

  it('reads commas, leading zeros, bare fractions, trailing points and minus zero as before', () => {
    const cases: Array<[string, string]> = [
      ['1,234,567.89', '1234567.89'],
      ['0,001', '1.00'],
      ['-0', '0.00'],
      ['-0.00', '0.00'],
      ['-.5', '-0.50'],
      ['-12.', '-12.00'],
      ['000.10', '0.10'],
      ['999,999,999,999,999.99', '999999999999999.99'],
      ['0000000000000000001.5', '1.50'],
    ];
    for (const [typed, expected] of cases) {
      expect(parseMoney(typed).toString(), typed).to.equal(expected);
      expect(readTypedAmount(typed, undefined).toString(), typed).to.equal(expected);
    }
  });

  it('agrees with the full reading on any text of digits, commas, points and signs', () => {
    const typedText = fc.string({
      unit: fc.constantFrom(...'0123456789,.-', '−', ' ', '฿', '๕', 'e'),
      maxLength: 24,
    });
    fc.assert(
      fc.property(typedText, (text) => {
        expect(
          outcome(() => parseMoney(text)),
          text,
        ).to.equal(outcome(() => readTypedAmount(text, undefined)));
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with the full reading on well-formed amounts, grouped or not', () => {
    const typedAmount = fc
      .tuple(
        fc.boolean(),
        fc.bigInt({ min: 0n, max: 10n ** 16n }),
        fc.boolean(),
        fc.constantFrom('', '.', '.5', '.05', '.50', '.555'),
        fc.nat({ max: 3 }),
      )
      .map(([minus, whole, grouped, fraction, zeros]) => {
        const digits = '0'.repeat(zeros) + whole.toString();
        const integer = grouped ? digits.replace(/\B(?=(\d{3})+$)/g, ',') : digits;
        return `${minus ? '-' : ''}${integer}${fraction}`;
      });
    fc.assert(
      fc.property(typedAmount, (text) => {
        expect(
          outcome(() => parseMoney(text)),
          text,
        ).to.equal(outcome(() => readTypedAmount(text, undefined)));
      }),
    );
  });
});

describe('parseMoney: hostile input', () => {
  it('refuses text past 200 characters before reading it, with the limit', () => {
    const error = expectSajjaError(
      () => parseMoney('9'.repeat(200_000)),
      'INVALID_AMOUNT',
      'too-long',
    );
    expect(error.details).to.deep.equal({ maxLength: MAX_AMOUNT_LENGTH });
    expect(MAX_AMOUNT_LENGTH).to.equal(200);
    expect(errorMessage(error, 'en')).to.equal('The amount is too long (at most 200 characters).');
    expect(errorMessage(error, 'th')).to.equal('จำนวนเงินยาวเกินไป (ไม่เกิน 200 ตัวอักษร)');
    expectSajjaError(
      () => parseMoney(`1.${'1'.repeat(200_000)}`, { rounding: 'half-up' }),
      'INVALID_AMOUNT',
      'too-long',
    );
    // 200 characters are read: here 3 digits and 197 spaces.
    expect(parseMoney(`${' '.repeat(197)}123`).toString()).to.equal('123.00');
    expectSajjaError(() => parseMoney(`${' '.repeat(198)}123`), 'INVALID_AMOUNT', 'too-long');
  });

  it('refuses bigints, symbols, circular and prototype-less objects as wrong-type', () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    for (const value of [10n, Symbol('x'), circular, Object.create(null), [], null]) {
      const error = expectSajjaError(
        () => parseMoney(value as never),
        'INVALID_AMOUNT',
        'wrong-type',
      );
      expect(error.input).to.equal(value);
    }
  });

  it('refuses an unknown rounding mode, of any type, when it has to round', () => {
    for (const rounding of [10n, 'nearest', null, {}]) {
      expectSajjaError(
        () => parseMoney('1.005', { rounding: rounding as never }),
        'INVALID_ARGUMENT',
        'invalid-rounding-mode',
      );
    }
  });
});
