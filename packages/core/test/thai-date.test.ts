import { expect } from 'chai';
import fc from 'fast-check';
import { BUDDHIST_ERA_OFFSET, toBuddhistYear } from '../src/dates/buddhist-era.js';
import {
  THAI_MONTH_ABBREVIATIONS,
  THAI_MONTH_NAMES,
  formatThaiDate,
  type ThaiDateStyle,
} from '../src/dates/format-thai-date.js';
import { parseThaiDate } from '../src/dates/parse-thai-date.js';
import { errorMessage } from '../src/errors/messages.js';
import { SajjaError } from '../src/errors/sajja-error.js';
import type { DigitStyle } from '../src/text/thai-digits.js';
import { isoDate } from './arbitraries.js';
import { expectSajjaError } from './expect-sajja-error.js';

function expectInvalidDate(text: unknown, reason: string): void {
  expect(() => parseThaiDate(text as string), JSON.stringify(text))
    .to.throw(SajjaError)
    .that.includes({ code: 'INVALID_DATE', reason });
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

const STYLES: readonly ThaiDateStyle[] = ['short', 'long', 'numeric'];
const DIGITS: readonly DigitStyle[] = ['arabic', 'thai'];

describe('toBuddhistYear', () => {
  it('adds 543 to the Christian-Era year', () => {
    expect(BUDDHIST_ERA_OFFSET).to.equal(543);
    expect(toBuddhistYear('2024-01-15')).to.equal(2567);
    expect(toBuddhistYear('2024-12-31')).to.equal(2567);
    expect(toBuddhistYear('1900-01-01')).to.equal(2443);
  });

  it('refuses text that is not an ISO date', () => {
    expectSajjaError(() => toBuddhistYear('15/01/2567'), 'INVALID_DATE', 'not-a-date');
    expectSajjaError(() => toBuddhistYear('2023-02-29'), 'INVALID_DATE', 'no-such-day');
  });
});

describe('formatThaiDate', () => {
  it('writes the short style by default: day, abbreviated month, Buddhist-Era year', () => {
    expect(formatThaiDate('2024-01-15')).to.equal('15 ม.ค. 2567');
    expect(formatThaiDate('2024-01-15', { style: 'short' })).to.equal('15 ม.ค. 2567');
  });

  it('writes the full month name in the long style, without the era word', () => {
    expect(formatThaiDate('2024-01-15', { style: 'long' })).to.equal('15 มกราคม 2567');
  });

  it('writes two-digit day and month in the numeric style', () => {
    expect(formatThaiDate('2024-01-15', { style: 'numeric' })).to.equal('15/01/2567');
    expect(formatThaiDate('2024-03-05', { style: 'numeric' })).to.equal('05/03/2567');
  });

  it('writes a one-digit day without a leading zero in words', () => {
    expect(formatThaiDate('2024-03-05')).to.equal('5 มี.ค. 2567');
    expect(formatThaiDate('2024-03-05', { style: 'long' })).to.equal('5 มีนาคม 2567');
  });

  it('writes Thai digits when asked, in every style', () => {
    expect(formatThaiDate('2024-01-15', { digits: 'thai' })).to.equal('๑๕ ม.ค. ๒๕๖๗');
    expect(formatThaiDate('2024-01-15', { digits: 'thai', style: 'long' })).to.equal(
      '๑๕ มกราคม ๒๕๖๗',
    );
    expect(formatThaiDate('2024-01-15', { digits: 'thai', style: 'numeric' })).to.equal(
      '๑๕/๐๑/๒๕๖๗',
    );
    expect(formatThaiDate('2024-01-15', { digits: 'arabic' })).to.equal('15 ม.ค. 2567');
  });

  it('names every month', () => {
    const short = [];
    const long = [];
    for (let month = 1; month <= 12; month++) {
      short.push(formatThaiDate(`2024-${pad(month)}-01`).slice(2, -5));
      long.push(formatThaiDate(`2024-${pad(month)}-01`, { style: 'long' }).slice(2, -5));
    }
    expect(short.join(' ')).to.equal(
      'ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค.',
    );
    expect(long.join(' ')).to.equal(
      'มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม',
    );
    expect(THAI_MONTH_ABBREVIATIONS).to.have.length(12);
    expect(THAI_MONTH_NAMES).to.have.length(12);
  });

  it('spells months as the platform Thai calendar does, without depending on it', () => {
    // Node's full ICU and Chromium both carry Thai; a runtime without it cannot check this.
    expect(Intl.DateTimeFormat.supportedLocalesOf('th')).to.deep.equal(['th']);
    for (let month = 1; month <= 12; month++) {
      const iso = `2024-${pad(month)}-09`;
      const date = new Date(`${iso}T00:00:00Z`);
      const intl = (dateStyle: 'medium' | 'long'): string =>
        new Intl.DateTimeFormat('th-TH', { dateStyle, timeZone: 'UTC' }).format(date);
      expect(formatThaiDate(iso)).to.equal(intl('medium'));
      expect(formatThaiDate(iso, { style: 'long' })).to.equal(intl('long'));
    }
  });

  it('refuses unknown options', () => {
    const style = 'full' as ThaiDateStyle;
    const digits = 'roman' as DigitStyle;
    expectSajjaError(
      () => formatThaiDate('2024-01-15', { style }),
      'INVALID_ARGUMENT',
      'invalid-option',
    );
    expectSajjaError(
      () => formatThaiDate('2024-01-15', { digits }),
      'INVALID_ARGUMENT',
      'invalid-option',
    );
  });

  it('refuses dates that are not valid ISO dates', () => {
    expectSajjaError(() => formatThaiDate('15/01/2567'), 'INVALID_DATE', 'not-a-date');
    expectSajjaError(() => formatThaiDate('2566-02-29'), 'INVALID_DATE', 'no-such-day');
  });
});

describe('parseThaiDate', () => {
  it('reads day/month/Buddhist-Era year', () => {
    expect(parseThaiDate('15/01/2567')).to.equal('2024-01-15');
  });

  it('reads one-digit days and months', () => {
    expect(parseThaiDate('5/1/2567')).to.equal('2024-01-05');
    expect(parseThaiDate('05/1/2567')).to.equal('2024-01-05');
  });

  it('reads the separators / - and .', () => {
    expect(parseThaiDate('15-01-2567')).to.equal('2024-01-15');
    expect(parseThaiDate('15.01.2567')).to.equal('2024-01-15');
  });

  it('reads Thai digits and ignores surrounding whitespace', () => {
    expect(parseThaiDate('๑๕/๐๑/๒๕๖๗')).to.equal('2024-01-15');
    expect(parseThaiDate('  15/01/2567\t\n')).to.equal('2024-01-15');
    expect(parseThaiDate('\u00a0๑๕ ม.ค. ๒๕๖๗ ')).to.equal('2024-01-15');
  });

  it('reads what formatThaiDate writes, with or without พ.ศ.', () => {
    expect(parseThaiDate('15 ม.ค. 2567')).to.equal('2024-01-15');
    expect(parseThaiDate('15 มกราคม 2567')).to.equal('2024-01-15');
    expect(parseThaiDate('15 มกราคม พ.ศ. 2567')).to.equal('2024-01-15');
    expect(parseThaiDate('15 ม.ค. พ.ศ. 2567')).to.equal('2024-01-15');
    expect(parseThaiDate('๑๕ มกราคม พ.ศ. ๒๕๖๗')).to.equal('2024-01-15');
    expect(parseThaiDate('15 ม.ค.พ.ศ.2567')).to.equal('2024-01-15');
  });

  it('reads month words that share letters with พ.ศ.', () => {
    expect(parseThaiDate('1 พ.ค. 2567')).to.equal('2024-05-01');
    expect(parseThaiDate('1 พ.ย. พ.ศ. 2567')).to.equal('2024-11-01');
    expect(parseThaiDate('1 พฤษภาคม พ.ศ.2567')).to.equal('2024-05-01');
  });

  it('reads abbreviations without dots and the everyday short month names', () => {
    expect(parseThaiDate('15 มค 2567')).to.equal('2024-01-15');
    expect(parseThaiDate('15 มีค 2567')).to.equal('2024-03-15');
    expect(parseThaiDate('15 มกรา 2567')).to.equal('2024-01-15');
    expect(parseThaiDate('15 กุมภา 2567')).to.equal('2024-02-15');
    expect(parseThaiDate('15 พฤศจิกา 2567')).to.equal('2024-11-15');
  });

  it('accepts 29 February only in a leap year', () => {
    expect(parseThaiDate('29/02/2567')).to.equal('2024-02-29');
    expectInvalidDate('29/02/2566', 'no-such-day');
    expectInvalidDate('29 ก.พ. 2566', 'no-such-day');
  });

  it('refuses days a month does not have', () => {
    expectInvalidDate('31/02/2567', 'no-such-day');
    expectInvalidDate('31/04/2567', 'no-such-day');
    expectInvalidDate('0/01/2567', 'no-such-day');
  });

  it('refuses months outside 1–12', () => {
    expectInvalidDate('15/13/2567', 'no-such-month');
    expectInvalidDate('15/00/2567', 'no-such-month');
  });

  it('refuses a Christian-Era year and asks for a Buddhist-Era one', () => {
    let error: unknown;
    try {
      parseThaiDate('15/01/2024');
    } catch (thrown) {
      error = thrown;
    }
    expect(error).to.be.instanceOf(SajjaError).that.includes({ reason: 'year-out-of-range' });
    expect(errorMessage(error as SajjaError, 'th')).to.equal(
      'ปีต้องเป็นปีพุทธศักราช (พ.ศ.) เช่น 2567',
    );
    expect((error as SajjaError).details).to.deep.equal({ minYear: 2400, maxYear: 3000 });
  });

  it('accepts Buddhist-Era years from 2400 to 3000', () => {
    expect(parseThaiDate('01/01/2400')).to.equal('1857-01-01');
    expect(parseThaiDate('31/12/3000')).to.equal('2457-12-31');
    expectInvalidDate('31/12/2399', 'year-out-of-range');
    expectInvalidDate('01/01/3001', 'year-out-of-range');
  });

  it('refuses two-digit years, which leave the century to a guess', () => {
    expectInvalidDate('15/01/67', 'not-a-date');
    expectInvalidDate('15 ม.ค. 67', 'not-a-date');
  });

  it('refuses text in no accepted form', () => {
    const texts = [
      'hello',
      '',
      '   ',
      '2567',
      '2024-01-15',
      '15/01-2567',
      '115/01/2567',
      '15/01/02567',
      '15 มกร 2567',
      '15 January 2567',
      '15 พ.ศ. 2567',
      'ม.ค. 2567',
    ];
    for (const text of texts) expectInvalidDate(text, 'not-a-date');
  });

  it('refuses values that are not strings', () => {
    for (const value of [15012567, null, undefined, new Date(Date.UTC(2024, 0, 15))]) {
      expectInvalidDate(value, 'not-a-date');
    }
  });

  it('keeps the text as typed in the error', () => {
    expect(() => parseThaiDate(' 31/02/2567 '))
      .to.throw(SajjaError)
      .with.property('input', ' 31/02/2567 ');
  });

  it('reads back every style and digit form formatThaiDate writes', () => {
    fc.assert(
      fc.property(
        isoDate,
        fc.constantFrom(...STYLES),
        fc.constantFrom(...DIGITS),
        (date, style, digits) => parseThaiDate(formatThaiDate(date, { style, digits })) === date,
      ),
      { numRuns: 500 },
    );
  });

  it('reads numeric dates with or without leading zeros, with any one separator', () => {
    fc.assert(
      fc.property(
        isoDate,
        fc.constantFrom('/', '-', '.'),
        fc.boolean(),
        (date, separator, zeros) => {
          const [year = 0, month = 0, day = 0] = date.split('-').map(Number);
          const field = (n: number): string => (zeros ? pad(n) : String(n));
          const text = [field(day), field(month), year + 543].join(separator);
          return parseThaiDate(text) === date;
        },
      ),
    );
  });
});
