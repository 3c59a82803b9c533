import { expect } from 'chai';
import fc from 'fast-check';
import { money, satangOf, satangText, sum } from '../src/index.js';
import { amountText, textToSatang } from './arbitraries.js';
import { expectSajjaError } from './expect-sajja-error.js';

describe('satangOf and satangText', () => {
  it('read a Money and a stored amount as whole satang, and write them back', () => {
    expect(satangOf(money('12.34'))).to.equal(1234n);
    expect(satangOf('-12.50')).to.equal(-1250n);
    expect(satangOf('0.05')).to.equal(5n);
    expect(satangText(1234n)).to.equal('12.34');
    expect(satangText(-5n)).to.equal('-0.05');
    expect(satangText(0n)).to.equal('0.00');
    expect(satangText(-100n)).to.equal('-1.00');
  });

  it('read any other text through money(): fewer decimals, or none', () => {
    expect(satangOf('12.5')).to.equal(1250n);
    expect(satangOf('7')).to.equal(700n);
    expect(satangOf('-0.1')).to.equal(-10n);
  });

  it('refuse text that is not an amount, as money() does', () => {
    expectSajjaError(() => satangOf('abc'), 'INVALID_AMOUNT', 'not-a-number');
    expectSajjaError(() => satangOf('1.234'), 'INVALID_AMOUNT', 'too-many-decimals');
    expectSajjaError(() => satangOf(''), 'INVALID_AMOUNT', 'not-a-number');
  });

  it('agree with money() on every amount, beyond 2^53 satang', () => {
    fc.assert(
      fc.property(amountText(), (text) => {
        expect(satangOf(text)).to.equal(textToSatang(text));
        expect(satangOf(money(text))).to.equal(textToSatang(text));
        expect(satangText(satangOf(text))).to.equal(money(text).toString());
      }),
    );
  });

  it('sum as money sums: the satang of a sum are the sum of the satang', () => {
    fc.assert(
      fc.property(fc.array(amountText(10n ** 15n), { maxLength: 20 }), (texts) => {
        const total = texts.reduce((acc, text) => acc + satangOf(text), 0n);
        expect(satangText(total)).to.equal(sum(texts).toString());
      }),
    );
  });
});

describe('satangOf and satangText: hostile input', () => {
  it('refuse numbers instead of misreading them (5 is not 5 satang, 12.3 not 1,230)', () => {
    for (const value of [5, 12.3, 0, Number.NaN]) {
      const error = expectSajjaError(
        () => satangOf(value as never),
        'INVALID_AMOUNT',
        'wrong-type',
      );
      expect(error.input).to.deep.equal(value);
    }
    expect(satangOf(money(5))).to.equal(500n);
    expect(satangOf(money(12.3))).to.equal(1230n);
  });

  it('refuse null, bigints, symbols and objects with a coded error', () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    for (const value of [null, undefined, 10n, Symbol('x'), circular, Object.create(null), []]) {
      expectSajjaError(() => satangOf(value as never), 'INVALID_AMOUNT', 'wrong-type');
    }
  });

  it('hold text to what money() holds it to, sizes first', () => {
    expectSajjaError(() => satangOf('9'.repeat(200_000)), 'INVALID_AMOUNT', 'too-long');
    expectSajjaError(() => satangOf(`${'9'.repeat(196)}.00`), 'INVALID_AMOUNT', 'too-large');
    expect(satangOf(`${'9'.repeat(100)}.00`)).to.equal(10n ** 102n - 100n);
    expect(satangOf('-0.00')).to.equal(0n);
    expect(satangOf('007.5')).to.equal(750n);
  });

  it('write only bigints, and none longer than an amount may be written', () => {
    for (const value of [5, '5', null, 1.5]) {
      expectSajjaError(() => satangText(value as never), 'INVALID_ARGUMENT', 'not-a-bigint');
    }
    expectSajjaError(() => satangText(10n ** 200_000n), 'INVALID_AMOUNT', 'too-long');
    expectSajjaError(() => satangText(-(10n ** 198n)), 'INVALID_AMOUNT', 'too-long');
    expect(satangText(-(10n ** 198n - 1n))).to.have.length(200);
  });
});
