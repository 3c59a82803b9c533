import { expect } from 'chai';
import fc from 'fast-check';
import { errorMessage, formatMoney, money, parseMoney } from '../src/index.js';
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
});
