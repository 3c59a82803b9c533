import { expect } from 'chai';
import fc from 'fast-check';
import { money } from '../src/money/money.js';
import { bahtText, type EdRule } from '../src/text/baht-text.js';
import { expectSajjaError } from './expect-sajja-error.js';

const RULES: EdRule[] = ['excel', 'sheets'];

// An independent reader of the words, to check bahtText against: Thai words → satang as a BigInt.
const NUMBER_WORDS: [string, bigint][] = [
  ['หนึ่ง', 1n],
  ['เอ็ด', 1n],
  ['สอง', 2n],
  ['ยี่', 2n],
  ['สาม', 3n],
  ['สี่', 4n],
  ['ห้า', 5n],
  ['หก', 6n],
  ['เจ็ด', 7n],
  ['แปด', 8n],
  ['เก้า', 9n],
];
const PLACE_WORDS: [string, bigint][] = [
  ['สิบ', 10n],
  ['ร้อย', 100n],
  ['พัน', 1000n],
  ['หมื่น', 10000n],
  ['แสน', 100000n],
];

/** A number below one million in words (no ล้าน) → its value. */
function decodeGroup(words: string): bigint {
  let total = 0n;
  let pending: bigint | undefined;
  let rest = words;
  while (rest !== '') {
    const digit = NUMBER_WORDS.find(([word]) => rest.startsWith(word));
    const place = PLACE_WORDS.find(([word]) => rest.startsWith(word));
    if (digit) {
      if (pending !== undefined) throw new Error(`two digits in a row in ${words}`);
      pending = digit[1];
      rest = rest.slice(digit[0].length);
    } else if (place) {
      if (pending === undefined && place[1] !== 10n) throw new Error(`no digit before ${place[0]}`);
      total += (pending ?? 1n) * place[1];
      pending = undefined;
      rest = rest.slice(place[0].length);
    } else {
      throw new Error(`unknown word at ${rest}`);
    }
  }
  return total + (pending ?? 0n);
}

/** Any whole number in words: ล้าน multiplies everything before it by a million. */
function decodeWhole(words: string): bigint {
  return words.split('ล้าน').reduce((value, group) => value * 1_000_000n + decodeGroup(group), 0n);
}

/** The full text of bahtText → signed satang. */
function decode(text: string): bigint {
  if (text === 'ศูนย์บาทถ้วน') return 0n;
  const negative = text.startsWith('ลบ');
  const body = negative ? text.slice(2) : text;
  const match = /^(?:(.+)บาท)?(?:ถ้วน|(.+)สตางค์)$/.exec(body);
  if (!match || (match[1] === undefined && match[2] === undefined))
    throw new Error(`cannot read ${text}`);
  const baht = match[1] === undefined ? 0n : decodeWhole(match[1]);
  const satang = match[2] === undefined ? 0n : decodeGroup(match[2]);
  if (satang === 0n && match[2] !== undefined) throw new Error(`zero satang written in ${text}`);
  const total = baht * 100n + satang;
  return negative ? -total : total;
}

/** A nonnegative plain decimal rounded half-up to satang, as a BigInt. */
function roundedSatang(amount: string): bigint {
  const [whole, fraction = ''] = amount.split('.');
  const cents = BigInt(whole + (fraction + '00').slice(0, 2));
  return fraction.length > 2 && fraction[2]! >= '5' ? cents + 1n : cents;
}

const digitString = (minLength: number, maxLength: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength, maxLength });
/** Nonnegative plain decimals: up to 30 integer digits (leading zeros too), 0–4 decimals. */
const plainDecimal = fc
  .tuple(digitString(1, 30), digitString(0, 4))
  .map(([whole, fraction]) => (fraction === '' ? whole : `${whole}.${fraction}`));

describe('bahtText', () => {
  describe('writes baht like Excel BAHTTEXT', () => {
    const cases: [string, string][] = [
      ['1234', 'หนึ่งพันสองร้อยสามสิบสี่บาทถ้วน'],
      ['0', 'ศูนย์บาทถ้วน'],
      ['1', 'หนึ่งบาทถ้วน'],
      ['10', 'สิบบาทถ้วน'],
      ['11', 'สิบเอ็ดบาทถ้วน'],
      ['20', 'ยี่สิบบาทถ้วน'],
      ['21', 'ยี่สิบเอ็ดบาทถ้วน'],
      ['100', 'หนึ่งร้อยบาทถ้วน'],
      ['101', 'หนึ่งร้อยเอ็ดบาทถ้วน'],
      ['2001', 'สองพันเอ็ดบาทถ้วน'],
      ['1000000', 'หนึ่งล้านบาทถ้วน'],
      ['1000001', 'หนึ่งล้านเอ็ดบาทถ้วน'],
      ['10034567', 'สิบล้านสามหมื่นสี่พันห้าร้อยหกสิบเจ็ดบาทถ้วน'],
      ['10056518', 'สิบล้านห้าหมื่นหกพันห้าร้อยสิบแปดบาทถ้วน'],
      ['5001000000', 'ห้าพันเอ็ดล้านบาทถ้วน'],
      ['1000000000000', 'หนึ่งล้านล้านบาทถ้วน'],
      ['1000000000000000000', 'หนึ่งล้านล้านล้านบาทถ้วน'],
      ['-21', 'ลบยี่สิบเอ็ดบาทถ้วน'],
    ];
    for (const [amount, words] of cases) {
      it(`writes ${amount} as ${words}`, () => {
        expect(bahtText(amount)).to.equal(words);
      });
    }
  });

  describe('satang', () => {
    it('writes only satang when there is no baht', () => {
      expect(bahtText('0.25')).to.equal('ยี่สิบห้าสตางค์');
    });

    it('writes one satang as หนึ่ง, not เอ็ด', () => {
      expect(bahtText('1.01')).to.equal('หนึ่งบาทหนึ่งสตางค์');
      expect(bahtText('0.01')).to.equal('หนึ่งสตางค์');
    });

    it('reads .5 as fifty satang', () => {
      expect(bahtText('1.50')).to.equal('หนึ่งบาทห้าสิบสตางค์');
      expect(bahtText('1.5')).to.equal('หนึ่งบาทห้าสิบสตางค์');
    });

    it('writes satang 11 and 21 with เอ็ด under both rules', () => {
      for (const ed of RULES) {
        expect(bahtText('0.11', { ed })).to.equal('สิบเอ็ดสตางค์');
        expect(bahtText('3.21', { ed })).to.equal('สามบาทยี่สิบเอ็ดสตางค์');
      }
    });

    it('rounds half-up to satang instead of truncating', () => {
      expect(bahtText('1.005')).to.equal('หนึ่งบาทหนึ่งสตางค์');
      expect(bahtText('1.0049999')).to.equal('หนึ่งบาทถ้วน');
      expect(bahtText('0.125')).to.equal('สิบสามสตางค์');
    });

    it('carries rounding into the baht', () => {
      expect(bahtText('19.999')).to.equal('ยี่สิบบาทถ้วน');
      expect(bahtText('0.995')).to.equal('หนึ่งบาทถ้วน');
      expect(bahtText('999999.995')).to.equal('หนึ่งล้านบาทถ้วน');
    });

    it('rounds negatives away from zero', () => {
      expect(bahtText('-0.005')).to.equal('ลบหนึ่งสตางค์');
      expect(bahtText('-1.005')).to.equal('ลบหนึ่งบาทหนึ่งสตางค์');
    });
  });

  describe('signs and zeros', () => {
    it('writes a negative that rounds to zero without ลบ', () => {
      expect(bahtText('-0.001')).to.equal('ศูนย์บาทถ้วน');
      expect(bahtText('-0')).to.equal('ศูนย์บาทถ้วน');
    });

    it('ignores leading zeros', () => {
      expect(bahtText('000')).to.equal('ศูนย์บาทถ้วน');
      expect(bahtText('0000101')).to.equal('หนึ่งร้อยเอ็ดบาทถ้วน');
      expect(bahtText('-00.50')).to.equal('ลบห้าสิบสตางค์');
    });
  });

  describe('amounts past 2^53', () => {
    it('keeps every digit of a string amount', () => {
      expect(bahtText('9007199254740992')).to.equal(
        'เก้าพันเจ็ดล้านหนึ่งแสนเก้าหมื่นเก้าพันสองร้อยห้าสิบสี่ล้านเจ็ดแสนสี่หมื่นเก้าร้อยเก้าสิบสองบาทถ้วน',
      );
      expect(bahtText('9007199254740993')).to.equal(
        'เก้าพันเจ็ดล้านหนึ่งแสนเก้าหมื่นเก้าพันสองร้อยห้าสิบสี่ล้านเจ็ดแสนสี่หมื่นเก้าร้อยเก้าสิบสามบาทถ้วน',
      );
    });

    it('writes any number of digits, ล้าน every six', () => {
      expect(bahtText('1' + '0'.repeat(36))).to.equal('หนึ่ง' + 'ล้าน'.repeat(6) + 'บาทถ้วน');
      expect(bahtText('21000000000000000000.21')).to.equal(
        'ยี่สิบเอ็ดล้านล้านล้านบาทยี่สิบเอ็ดสตางค์',
      );
    });
  });

  describe('the เอ็ด rule', () => {
    const cases: [string, string, string][] = [
      ['101', 'หนึ่งร้อยเอ็ดบาทถ้วน', 'หนึ่งร้อยหนึ่งบาทถ้วน'],
      ['201', 'สองร้อยเอ็ดบาทถ้วน', 'สองร้อยหนึ่งบาทถ้วน'],
      ['2001', 'สองพันเอ็ดบาทถ้วน', 'สองพันหนึ่งบาทถ้วน'],
      ['1000001', 'หนึ่งล้านเอ็ดบาทถ้วน', 'หนึ่งล้านหนึ่งบาทถ้วน'],
      ['51000001', 'ห้าสิบเอ็ดล้านเอ็ดบาทถ้วน', 'ห้าสิบเอ็ดล้านหนึ่งบาทถ้วน'],
      ['5001000000', 'ห้าพันเอ็ดล้านบาทถ้วน', 'ห้าพันหนึ่งล้านบาทถ้วน'],
      ['11', 'สิบเอ็ดบาทถ้วน', 'สิบเอ็ดบาทถ้วน'],
      ['21', 'ยี่สิบเอ็ดบาทถ้วน', 'ยี่สิบเอ็ดบาทถ้วน'],
      ['1', 'หนึ่งบาทถ้วน', 'หนึ่งบาทถ้วน'],
      ['1000000', 'หนึ่งล้านบาทถ้วน', 'หนึ่งล้านบาทถ้วน'],
    ];
    for (const [amount, excel, sheets] of cases) {
      it(`writes ${amount} as ${excel} (Excel) and ${sheets} (Sheets)`, () => {
        expect(bahtText(amount)).to.equal(excel);
        expect(bahtText(amount, { ed: 'excel' })).to.equal(excel);
        expect(bahtText(amount, { ed: 'sheets' })).to.equal(sheets);
      });
    }
  });

  describe('Money input', () => {
    it('writes a Money the same as its string', () => {
      expect(bahtText(money('-1234.5'))).to.equal('ลบหนึ่งพันสองร้อยสามสิบสี่บาทห้าสิบสตางค์');
      expect(bahtText(money('0'))).to.equal('ศูนย์บาทถ้วน');
    });

    it('gives the same words for any Money as for the same string', () => {
      const amount = fc
        .tuple(fc.boolean(), digitString(1, 40), digitString(0, 2))
        .map(
          ([minus, whole, fraction]) =>
            `${minus ? '-' : ''}${whole}${fraction ? '.' + fraction : ''}`,
        );
      fc.assert(
        fc.property(amount, fc.constantFrom(...RULES), (text, ed) => {
          expect(bahtText(money(text), { ed })).to.equal(bahtText(text, { ed }));
        }),
      );
    });
  });

  describe('bad input', () => {
    for (const text of [
      '',
      ' 1',
      '1 ',
      '1e5',
      '1,000',
      'abc',
      '1.2.3',
      '.5',
      '1.',
      '-',
      '+1',
      '--1',
      '๑',
    ]) {
      it(`rejects the string ${JSON.stringify(text)} as not-a-number`, () => {
        expectSajjaError(() => bahtText(text), 'INVALID_AMOUNT', 'not-a-number');
      });
    }

    const values: [string, unknown][] = [
      ['NaN', Number.NaN],
      ['the number 12', 12],
      ['null', null],
      ['undefined', undefined],
      ['a bigint', 12n],
      ['a plain object', { amount: '12' }],
    ];
    for (const [name, value] of values) {
      it(`rejects ${name} as wrong-type`, () => {
        expectSajjaError(() => bahtText(value as string), 'INVALID_AMOUNT', 'wrong-type');
      });
    }

    it('tells the caller to pass a decimal string or Money for a number', () => {
      expect(() => bahtText(12 as unknown as string)).to.throw(/pass a decimal string or Money/);
    });

    it('rejects an unknown ed rule', () => {
      expectSajjaError(
        () => bahtText('1', { ed: 'lotus' as EdRule }),
        'INVALID_ARGUMENT',
        'invalid-option',
      );
    });

    it('rejects an ed rule that is a bigint, a symbol or a circular object with a coded error', () => {
      const circular: Record<string, unknown> = {};
      circular.self = circular;
      for (const ed of [10n, Symbol('excel'), circular, Object.create(null)]) {
        expectSajjaError(
          () => bahtText('1', { ed: ed as EdRule }),
          'INVALID_ARGUMENT',
          'invalid-option',
        );
      }
    });

    it('rejects a bigint, a symbol and objects without a prototype as wrong-type', () => {
      for (const value of [10n ** 30n, Symbol('1'), Object.create(null)]) {
        expectSajjaError(() => bahtText(value as string), 'INVALID_AMOUNT', 'wrong-type');
      }
    });

    it('rejects text past 200 characters before reading it, and writes 200', () => {
      const error = expectSajjaError(
        () => bahtText('1'.repeat(200_000)),
        'INVALID_AMOUNT',
        'too-long',
      );
      expect(error.details).to.deep.equal({ maxLength: 200 });
      expectSajjaError(() => bahtText('1'.repeat(201)), 'INVALID_AMOUNT', 'too-long');
      expect(decode(bahtText('1' + '0'.repeat(199)))).to.equal(10n ** 201n);
    });
  });

  describe('properties', () => {
    it('ends every nonnegative amount with บาทถ้วน or สตางค์ and never leaks undefined or NaN', () => {
      fc.assert(
        fc.property(plainDecimal, fc.constantFrom(...RULES), (amount, ed) => {
          const words = bahtText(amount, { ed });
          expect(words.endsWith('บาทถ้วน') || words.endsWith('สตางค์')).to.equal(true);
          expect(words).not.to.match(/undefined|NaN|null/);
        }),
      );
    });

    it('writes words that read back as the amount rounded half-up to satang', () => {
      fc.assert(
        fc.property(plainDecimal, fc.constantFrom(...RULES), (amount, ed) => {
          expect(decode(bahtText(amount, { ed }))).to.equal(roundedSatang(amount));
        }),
        { numRuns: 500 },
      );
    });

    it('writes a negative as ลบ and the words of its size', () => {
      fc.assert(
        fc.property(plainDecimal, fc.constantFrom(...RULES), (amount, ed) => {
          fc.pre(roundedSatang(amount) !== 0n);
          expect(bahtText('-' + amount, { ed })).to.equal('ลบ' + bahtText(amount, { ed }));
        }),
      );
    });

    it('differs between the rules only in หนึ่ง for เอ็ด', () => {
      fc.assert(
        fc.property(plainDecimal, (amount) => {
          const excel = bahtText(amount, { ed: 'excel' });
          const sheets = bahtText(amount, { ed: 'sheets' });
          expect(excel.replaceAll('เอ็ด', 'หนึ่ง')).to.equal(sheets.replaceAll('เอ็ด', 'หนึ่ง'));
          expect(excel.split('เอ็ด').length).to.be.at.least(sheets.split('เอ็ด').length);
        }),
      );
    });
  });
});
