import { expect } from 'chai';
import fc from 'fast-check';
import { fromThaiDigits, toThaiDigits } from '../src/index.js';
import { expectSajjaError } from './expect-sajja-error.js';

describe('toThaiDigits and fromThaiDigits', () => {
  it('swap the ten digits and leave every other character alone', () => {
    expect(toThaiDigits('1,234.50 บาท')).to.equal('๑,๒๓๔.๕๐ บาท');
    expect(fromThaiDigits('๑๕/๐๑/๒๕๖๗')).to.equal('15/01/2567');
    expect(toThaiDigits('ไม่มีตัวเลข')).to.equal('ไม่มีตัวเลข');
    expect(toThaiDigits('')).to.equal('');
  });

  it('write each digit as the other script writes it, at any place in any text (fast-check)', () => {
    const expected = (text: string, from: number, to: number) =>
      [...text]
        .map((char) => {
          const digit = char.charCodeAt(0) - from;
          return char.length === 1 && digit >= 0 && digit <= 9
            ? String.fromCharCode(to + digit)
            : char;
        })
        .join('');
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(toThaiDigits(text)).to.equal(expected(text, 0x30, 0x0e50));
        expect(fromThaiDigits(text)).to.equal(expected(text, 0x0e50, 0x30));
        expect(fromThaiDigits(toThaiDigits(text))).to.equal(fromThaiDigits(text));
      }),
    );
  });

  it('refuse what is not text', () => {
    for (const value of [undefined, null, 12, ['1'], Object.create(null)]) {
      expectSajjaError(() => toThaiDigits(value as string), 'INVALID_ARGUMENT', 'invalid-option');
      expectSajjaError(() => fromThaiDigits(value as string), 'INVALID_ARGUMENT', 'invalid-option');
    }
  });
});
