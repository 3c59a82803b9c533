import { expect } from 'chai';
import fc from 'fast-check';
import { addMonths, daysInMonth } from '../src/index.js';
import { SAJJA_PLEDGE_RULES } from '../src/savings/pledge-rules.js';
import { pledgeStartMonth } from '../src/savings/pledge-start-month.js';
import { pledgeStatus } from '../src/savings/pledge-status.js';
import { isoDate } from './arbitraries.js';
import { expectSajjaError } from './expect-sajja-error.js';

describe('pledgeStartMonth', () => {
  it('starts in the joining month when its due day is on or after the joining day', () => {
    expect(pledgeStartMonth('2024-03-01', 5)).to.equal('2024-03');
    expect(pledgeStartMonth('2024-03-05', 5)).to.equal('2024-03');
  });

  it('starts the next month when the due day has passed', () => {
    expect(pledgeStartMonth('2024-03-06', 5)).to.equal('2024-04');
    expect(pledgeStartMonth('2024-03-20', 5)).to.equal('2024-04');
  });

  it('crosses into the next year from December', () => {
    expect(pledgeStartMonth('2024-12-31', 25)).to.equal('2025-01');
  });

  it("caps the due day at the month's length, February of leap years included", () => {
    // Due on the 31st: 29 February in 2024, 28 February in 2025, 30 April.
    expect(pledgeStartMonth('2024-02-29', 31)).to.equal('2024-02');
    expect(pledgeStartMonth('2025-02-28', 31)).to.equal('2025-02');
    expect(pledgeStartMonth('2025-04-30', 31)).to.equal('2025-04');
    expect(pledgeStartMonth('2024-02-29', 30)).to.equal('2024-02');
    expect(pledgeStartMonth('2023-02-28', 29)).to.equal('2023-02');
  });

  it('starts the next month on a month-end joining day after a shorter due day', () => {
    expect(pledgeStartMonth('2024-01-31', 30)).to.equal('2024-02');
    expect(pledgeStartMonth('2024-02-29', 28)).to.equal('2024-03');
    expect(pledgeStartMonth('2025-02-28', 27)).to.equal('2025-03');
  });

  it('refuses a bad joining day or due day with coded errors', () => {
    expectSajjaError(() => pledgeStartMonth('2025-02-29', 5), 'INVALID_DATE', 'no-such-day');
    expectSajjaError(() => pledgeStartMonth('2024-3-1', 5), 'INVALID_DATE', 'not-a-date');
    for (const dueDay of [0, 32, 5.5, Number.NaN, '5' as unknown as number]) {
      const error = expectSajjaError(
        () => pledgeStartMonth('2024-03-01', dueDay),
        'INVALID_ARGUMENT',
        'invalid-option',
      );
      expect(error.details).to.deep.equal({ option: 'dueDay' });
    }
    expectSajjaError(() => pledgeStartMonth('9999-12-31', 5), 'INVALID_DATE', 'year-out-of-range');
  });

  it('gives the first month whose due date falls on or after the joining day (fast-check)', () => {
    const dueDateOf = (month: string, dueDay: number) => {
      const length = daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5)));
      return `${month}-${String(Math.min(dueDay, length)).padStart(2, '0')}`;
    };
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 1, max: 31 }), (joinedOn, dueDay) => {
        const start = pledgeStartMonth(joinedOn, dueDay);
        expect(dueDateOf(start, dueDay) >= joinedOn).to.equal(true);
        const before = addMonths(`${start}-01`, -1).slice(0, 7);
        expect(dueDateOf(before, dueDay) < joinedOn).to.equal(true);
        // pledgeStatus, given this start, dates the first month's pledge on or after joining.
        const status = pledgeStatus(
          { rules: { ...SAJJA_PLEDGE_RULES, dueDay }, startMonth: start },
          [],
          addMonths(joinedOn, 2),
        );
        expect(status.months[0]!.dueDate).to.equal(dueDateOf(start, dueDay));
      }),
    );
  });
});
