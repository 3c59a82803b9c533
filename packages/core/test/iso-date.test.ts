import { expect } from 'chai';
import fc from 'fast-check';
import {
  addDays,
  addMonths,
  assertIsoDate,
  compareIsoDates,
  daysBetween,
  daysInMonth,
  isIsoDate,
  isLeapYear,
} from '../src/dates/iso-date.js';
import { SajjaError } from '../src/errors/sajja-error.js';
import { isoDate } from './arbitraries.js';
import { expectSajjaError } from './expect-sajja-error.js';

const DAY_MS = 86_400_000;

/** Milliseconds since the epoch of an ISO date, by the platform's own calendar. */
function referenceTime(iso: string): number {
  const [year = 0, month = 0, day = 0] = iso.split('-').map(Number);
  // Date.UTC reads years 0–99 as 1900–1999; setUTCFullYear takes the year as given.
  const date = new Date(Date.UTC(2000, 0, 1));
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

function referenceIsIsoDate(text: string): boolean {
  const [year = 0, month = 0, day = 0] = text.split('-').map(Number);
  const date = new Date(referenceTime(text));
  return (
    year >= 1 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
  );
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

describe('isIsoDate', () => {
  it('accepts real calendar dates written YYYY-MM-DD', () => {
    for (const date of ['2024-01-15', '2024-12-31', '0001-01-01', '9999-12-31']) {
      expect(isIsoDate(date), date).to.equal(true);
    }
  });

  it('knows the Gregorian leap years: 2000 and 2024 have 29 February, 1900 and 2023 do not', () => {
    expect(isIsoDate('2000-02-29')).to.equal(true);
    expect(isIsoDate('2024-02-29')).to.equal(true);
    expect(isIsoDate('1900-02-29')).to.equal(false);
    expect(isIsoDate('2023-02-29')).to.equal(false);
  });

  it('rejects days and months that do not exist', () => {
    for (const date of ['2024-13-01', '2024-00-10', '2024-01-00', '2024-04-31', '2024-01-32']) {
      expect(isIsoDate(date), date).to.equal(false);
    }
  });

  it('rejects the year 0000', () => {
    expect(isIsoDate('0000-01-01')).to.equal(false);
  });

  it('rejects other shapes: one-digit fields, times, spaces, Thai digits, slashes', () => {
    const texts = [
      '2024-1-5',
      '24-01-15',
      ' 2024-01-15',
      '2024-01-15\n',
      '2024-01-15T00:00:00Z',
      '2024/01/15',
      '15/01/2567',
      '๒๐๒๔-๐๑-๑๕',
      '+02024-01-15',
      '',
    ];
    for (const text of texts) expect(isIsoDate(text), JSON.stringify(text)).to.equal(false);
  });

  it('rejects values that are not strings, Date objects included', () => {
    for (const value of [20240115, null, undefined, new Date(Date.UTC(2024, 0, 15)), {}]) {
      expect(isIsoDate(value)).to.equal(false);
    }
  });

  it('agrees with the platform calendar on YYYY-MM-DD strings with month 0–13 and day 0–32', () => {
    const candidate = fc
      .tuple(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
      )
      .map(([year, month, day]) => `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`);
    fc.assert(
      fc.property(candidate, (text) => isIsoDate(text) === referenceIsIsoDate(text)),
      { numRuns: 2000 },
    );
  });
});

describe('assertIsoDate', () => {
  it('returns a valid ISO date unchanged', () => {
    expect(assertIsoDate('2024-02-29')).to.equal('2024-02-29');
  });

  it('names the reason a value is not a date', () => {
    expectSajjaError(() => assertIsoDate('15/01/2567'), 'INVALID_DATE', 'not-a-date');
    expectSajjaError(() => assertIsoDate(20240115), 'INVALID_DATE', 'not-a-date');
    expectSajjaError(() => assertIsoDate(undefined), 'INVALID_DATE', 'not-a-date');
    expectSajjaError(() => assertIsoDate('2024-13-01'), 'INVALID_DATE', 'no-such-month');
    expectSajjaError(() => assertIsoDate('2024-00-01'), 'INVALID_DATE', 'no-such-month');
    expectSajjaError(() => assertIsoDate('2023-02-29'), 'INVALID_DATE', 'no-such-day');
    expectSajjaError(() => assertIsoDate('2024-06-31'), 'INVALID_DATE', 'no-such-day');
    expectSajjaError(() => assertIsoDate('0000-01-01'), 'INVALID_DATE', 'year-out-of-range');
  });

  it('keeps the rejected value and uses the label in the message', () => {
    expect(() => assertIsoDate('2023-02-29', 'due date'))
      .to.throw(SajjaError, /^Invalid due date "2023-02-29"/)
      .with.property('input', '2023-02-29');
  });
});

describe('isLeapYear', () => {
  it('follows the Gregorian rule for centuries', () => {
    expect([1900, 2000, 2023, 2024, 2100, 2400].map(isLeapYear)).to.deep.equal([
      false,
      true,
      false,
      true,
      false,
      true,
    ]);
  });

  it('refuses a year that is not an integer', () => {
    expectSajjaError(() => isLeapYear(2024.5), 'INVALID_ARGUMENT', 'not-an-integer');
    expectSajjaError(() => isLeapYear(Number.NaN), 'INVALID_ARGUMENT', 'not-an-integer');
  });
});

describe('daysInMonth', () => {
  it('gives the length of every month, with 29 days in February of a leap year', () => {
    const lengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    for (let month = 1; month <= 12; month++) {
      expect(daysInMonth(2023, month)).to.equal(lengths[month - 1]);
      expect(daysInMonth(2024, month)).to.equal(month === 2 ? 29 : lengths[month - 1]);
    }
    expect(daysInMonth(1900, 2)).to.equal(28);
    expect(daysInMonth(2000, 2)).to.equal(29);
  });

  it('refuses months outside 1–12', () => {
    for (const month of [0, 13, -1, 1.5]) {
      expectSajjaError(() => daysInMonth(2024, month), 'INVALID_DATE', 'no-such-month');
    }
  });
});

describe('daysBetween', () => {
  it('counts 29 February in a leap year and not in other years', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).to.equal(2);
    expect(daysBetween('2023-02-28', '2023-03-01')).to.equal(1);
    expect(daysBetween('1900-02-28', '1900-03-01')).to.equal(1);
    expect(daysBetween('2000-02-28', '2000-03-01')).to.equal(2);
  });

  it('crosses year ends', () => {
    expect(daysBetween('2023-12-31', '2024-01-01')).to.equal(1);
    expect(daysBetween('2024-01-01', '2025-01-01')).to.equal(366);
    expect(daysBetween('2023-01-01', '2024-01-01')).to.equal(365);
    expect(daysBetween('2023-07-01', '2024-06-30')).to.equal(365);
  });

  it('is zero for the same day and negative when going back', () => {
    expect(daysBetween('2024-01-15', '2024-01-15')).to.equal(0);
    expect(daysBetween('2024-12-31', '2024-01-01')).to.equal(-365);
  });

  it('spans the whole supported range', () => {
    expect(daysBetween('0001-01-01', '9999-12-31')).to.equal(3_652_058);
  });

  it('validates both dates', () => {
    expectSajjaError(() => daysBetween('2024-01-15', '2024-02-30'), 'INVALID_DATE', 'no-such-day');
    expectSajjaError(() => daysBetween('15/01/2567', '2024-01-15'), 'INVALID_DATE', 'not-a-date');
  });

  it('agrees with Date.UTC on random pairs of dates', () => {
    fc.assert(
      fc.property(isoDate, isoDate, (from, to) => {
        const expected = (referenceTime(to) - referenceTime(from)) / DAY_MS;
        return daysBetween(from, to) === expected;
      }),
    );
  });
});

describe('addDays', () => {
  it('steps across leap days, month ends and year ends', () => {
    expect(addDays('2024-02-28', 1)).to.equal('2024-02-29');
    expect(addDays('2023-02-28', 1)).to.equal('2023-03-01');
    expect(addDays('2024-12-31', 1)).to.equal('2025-01-01');
    expect(addDays('2025-01-01', -1)).to.equal('2024-12-31');
    expect(addDays('2024-01-15', 366)).to.equal('2025-01-15');
    expect(addDays('2024-01-15', 0)).to.equal('2024-01-15');
  });

  it('refuses a result outside the years 0001–9999', () => {
    expectSajjaError(() => addDays('9999-12-31', 1), 'INVALID_DATE', 'year-out-of-range');
    expectSajjaError(() => addDays('0001-01-01', -1), 'INVALID_DATE', 'year-out-of-range');
  });

  it('refuses a number of days that is not an integer', () => {
    expectSajjaError(() => addDays('2024-01-15', 0.5), 'INVALID_ARGUMENT', 'not-an-integer');
    expectSajjaError(() => addDays('2024-01-15', Infinity), 'INVALID_ARGUMENT', 'not-an-integer');
  });

  it('moves exactly as many days as daysBetween counts back', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -200_000, max: 200_000 }), (date, days) => {
        return daysBetween(date, addDays(date, days)) === days;
      }),
    );
  });

  it('agrees with Date.UTC', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -50_000, max: 50_000 }), (date, days) => {
        const expected = new Date(referenceTime(date) + days * DAY_MS).toISOString().slice(0, 10);
        return addDays(date, days) === expected;
      }),
    );
  });
});

describe('addMonths', () => {
  it('clamps the 31st to the last day of shorter months', () => {
    const fromJanuary31 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13].map((months) =>
      addMonths('2024-01-31', months),
    );
    expect(fromJanuary31).to.deep.equal([
      '2024-02-29',
      '2024-03-31',
      '2024-04-30',
      '2024-05-31',
      '2024-06-30',
      '2024-07-31',
      '2024-08-31',
      '2024-09-30',
      '2024-10-31',
      '2024-11-30',
      '2024-12-31',
      '2025-01-31',
      '2025-02-28',
    ]);
  });

  it('clamps to 28 February outside leap years and keeps 29 February four years on', () => {
    expect(addMonths('2023-01-31', 1)).to.equal('2023-02-28');
    expect(addMonths('2024-02-29', 12)).to.equal('2025-02-28');
    expect(addMonths('2024-02-29', 48)).to.equal('2028-02-29');
    expect(addMonths('2099-02-28', 12)).to.equal('2100-02-28');
  });

  it('goes back across year ends', () => {
    expect(addMonths('2024-03-15', -3)).to.equal('2023-12-15');
    expect(addMonths('2024-01-31', -2)).to.equal('2023-11-30');
    expect(addMonths('2024-03-31', -1)).to.equal('2024-02-29');
    expect(addMonths('2024-01-15', 0)).to.equal('2024-01-15');
  });

  it('refuses a result outside the years 0001–9999 and a fractional number of months', () => {
    expectSajjaError(() => addMonths('9999-12-01', 1), 'INVALID_DATE', 'year-out-of-range');
    expectSajjaError(() => addMonths('0001-01-31', -1), 'INVALID_DATE', 'year-out-of-range');
    expectSajjaError(() => addMonths('2024-01-31', 1.5), 'INVALID_ARGUMENT', 'not-an-integer');
  });

  it('keeps the day, or the last day of the month when that is shorter', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -1200, max: 1200 }), (date, months) => {
        const [year = 0, month = 0, day = 0] = date.split('-').map(Number);
        const index = year * 12 + month - 1 + months;
        const [newYear, newMonth] = [Math.floor(index / 12), (index % 12) + 1];
        const expectedDay = Math.min(day, daysInMonth(newYear, newMonth));
        return (
          addMonths(date, months) ===
          `${pad(newYear, 4)}-${pad(newMonth, 2)}-${pad(expectedDay, 2)}`
        );
      }),
    );
  });
});

describe('compareIsoDates', () => {
  it('orders dates and sorts a list', () => {
    expect(compareIsoDates('2024-01-15', '2024-02-01')).to.equal(-1);
    expect(compareIsoDates('2024-02-01', '2024-01-15')).to.equal(1);
    expect(compareIsoDates('2024-01-15', '2024-01-15')).to.equal(0);
    expect(['2024-03-01', '2023-12-31', '2024-02-29'].sort(compareIsoDates)).to.deep.equal([
      '2023-12-31',
      '2024-02-29',
      '2024-03-01',
    ]);
  });

  it('refuses anything that is not a valid ISO date', () => {
    expectSajjaError(() => compareIsoDates('2024-1-5', '2024-01-05'), 'INVALID_DATE', 'not-a-date');
    expectSajjaError(
      () => compareIsoDates('2024-01-05', '2023-02-29'),
      'INVALID_DATE',
      'no-such-day',
    );
  });

  it('agrees with the sign of daysBetween', () => {
    fc.assert(
      fc.property(
        isoDate,
        isoDate,
        (a, b) => compareIsoDates(a, b) === Math.sign(daysBetween(b, a)),
      ),
    );
  });
});
