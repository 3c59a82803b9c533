import { expect } from 'chai';
import fc from 'fast-check';
import { addDays, SajjaError, sum } from '../src/index.js';
import {
  SAJJA_PLEDGE_RULES,
  validatePledgeRules,
  type PledgeRules,
} from '../src/savings/pledge-rules.js';
import {
  pledgeStatus,
  type PledgeDeposit,
  type PledgeStatus,
} from '../src/savings/pledge-status.js';
import { expectSajjaError, rulesProblems } from './expect-sajja-error.js';

const rules = SAJJA_PLEDGE_RULES; // 100 baht, due by the 5th
const pledge = { rules, startMonth: '2024-01' };
const statuses = (status: PledgeStatus) => status.months.map((month) => month.status);
const deposit = (date: string, amount: string): PledgeDeposit => ({ date, amount });

const problemsOf = (rules: unknown) => rulesProblems(() => validatePledgeRules(rules));

describe('validatePledgeRules', () => {
  it('accepts the Sajja preset: 100 baht due by the 5th, 10 to 500 baht, no fines', () => {
    expect(validatePledgeRules(SAJJA_PLEDGE_RULES)).to.equal(SAJJA_PLEDGE_RULES);
    expect(SAJJA_PLEDGE_RULES).to.deep.equal({
      dueDay: 5,
      defaultAmount: '100',
      minAmount: '10',
      maxAmount: '500',
    });
    const withFines = { dueDay: 31, defaultAmount: '50', fines: { perLateMonth: '5' } };
    expect(validatePledgeRules(withFines)).to.equal(withFines);
  });

  it('reports every problem at once, each with its path', () => {
    let error: SajjaError | undefined;
    try {
      validatePledgeRules({
        dueDay: 32,
        defaultAmount: '600',
        minAmount: '100',
        maxAmount: '50',
        fines: { perLateMonth: '-5', perMissedMonth: 'ten' },
      });
    } catch (caught) {
      error = caught as SajjaError;
    }
    expect(error).to.be.instanceOf(SajjaError).that.includes({ code: 'RULES_INVALID' });
    expect(error!.problems).to.deep.equal([
      { path: 'dueDay', reason: 'above-maximum', details: { max: 31 } },
      { path: 'maxAmount', reason: 'below-minimum', details: { min: '100.00' } },
      { path: 'defaultAmount', reason: 'above-maximum', details: { max: '50.00' } },
      { path: 'fines.perLateMonth', reason: 'below-minimum', details: { min: '0' } },
      { path: 'fines.perMissedMonth', reason: 'not-an-amount', details: { value: '"ten"' } },
    ]);
  });

  it('requires a due day and an amount, and objects where objects belong', () => {
    expect(problemsOf({})).to.deep.equal([
      { path: 'dueDay', reason: 'required' },
      { path: 'defaultAmount', reason: 'required' },
    ]);
    expect(problemsOf(null)).to.deep.equal([{ path: '', reason: 'not-an-object' }]);
    expect(problemsOf({ dueDay: 0, defaultAmount: '5', minAmount: '10', fines: [] })).to.deep.equal(
      [
        { path: 'dueDay', reason: 'below-minimum' },
        { path: 'defaultAmount', reason: 'below-minimum' },
        { path: 'fines', reason: 'not-an-object' },
      ],
    );
    expect(problemsOf({ dueDay: 5.5, defaultAmount: '0' })).to.deep.equal([
      { path: 'dueDay', reason: 'not-a-whole-number' },
      { path: 'defaultAmount', reason: 'below-minimum' },
    ]);
  });
});

describe('pledgeStatus', () => {
  it('runs across a year end, November to February, due on the 5th', () => {
    const status = pledgeStatus(
      { rules, startMonth: '2024-11' },
      [
        deposit('2024-11-05', '100'),
        deposit('2024-12-01', '100'),
        deposit('2025-01-04', '100'),
        deposit('2025-02-05', '100'),
      ],
      '2025-02-10',
    );
    expect(status.months.map((m) => [m.month, m.dueDate, m.status])).to.deep.equal([
      ['2024-11', '2024-11-05', 'on-time'],
      ['2024-12', '2024-12-05', 'on-time'],
      ['2025-01', '2025-01-05', 'on-time'],
      ['2025-02', '2025-02-05', 'on-time'],
    ]);
    expect(status.monthsDue).to.equal(4);
    expect(status.amountDue.toString()).to.equal('400.00');
    expect(status.arrears.toString()).to.equal('0.00');
    expect([status.currentStreak, status.longestStreak]).to.deep.equal([4, 4]);
    expect(status.nextDueDate).to.equal('2025-03-05');
  });

  it('moves a due day of 30 or 31 to the last day of February, leap years included', () => {
    const dueDates = (dueDay: number, startMonth: string, asOf: string) =>
      pledgeStatus({ rules: { ...rules, dueDay }, startMonth }, [], asOf).months.map(
        (month) => month.dueDate,
      );
    expect(dueDates(31, '2025-01', '2025-04-30')).to.deep.equal([
      '2025-01-31',
      '2025-02-28',
      '2025-03-31',
      '2025-04-30',
    ]);
    expect(dueDates(30, '2024-01', '2024-03-30')).to.deep.equal([
      '2024-01-30',
      '2024-02-29',
      '2024-03-30',
    ]);
    expect(dueDates(29, '2023-02', '2023-02-28')).to.deep.equal(['2023-02-28']);
    expect(dueDates(31, '1900-02', '1900-02-28')).to.deep.equal(['1900-02-28']);

    // Paid on 29 February 2024 is on time for a due day of 31; on 1 March it is late.
    const leap = { rules: { ...rules, dueDay: 31 }, startMonth: '2024-02' };
    expect(
      statuses(pledgeStatus(leap, [deposit('2024-02-29', '100')], '2024-03-01')),
    ).to.deep.equal(['on-time', 'upcoming']);
    expect(
      statuses(pledgeStatus(leap, [deposit('2024-03-01', '100')], '2024-03-01')),
    ).to.deep.equal(['late', 'upcoming']);
    // A due day of 31 in a common year: February is due, and missed, from 1 March 2025.
    const common = { rules: { ...rules, dueDay: 31 }, startMonth: '2025-02' };
    expect(statuses(pledgeStatus(common, [], '2025-02-28'))).to.deep.equal(['partial']);
    expect(statuses(pledgeStatus(common, [], '2025-03-01'))).to.deep.equal(['missed', 'upcoming']);
    // February 2024 is due on the 29th: on the 28th it is still upcoming.
    expect(statuses(pledgeStatus(leap, [], '2024-02-28'))).to.deep.equal(['upcoming']);
    expect(statuses(pledgeStatus(leap, [], '2024-02-29'))).to.deep.equal(['partial']);
  });

  it('counts the current month only from its due day', () => {
    const on = (asOf: string) => pledgeStatus(pledge, [], asOf);
    expect(statuses(on('2024-01-04'))).to.deep.equal(['upcoming']);
    expect(on('2024-01-04').monthsDue).to.equal(0);
    expect(on('2024-01-04').arrears.toString()).to.equal('0.00');
    expect(statuses(on('2024-01-05'))).to.deep.equal(['partial']);
    expect(on('2024-01-05').arrears.toString()).to.equal('100.00');
  });

  it('tells late from missed: missed once the month ends unpaid, late once paid in full', () => {
    const unpaid = (asOf: string) => statuses(pledgeStatus(pledge, [], asOf));
    expect(unpaid('2024-01-31')).to.deep.equal(['partial']);
    expect(unpaid('2024-02-01')).to.deep.equal(['missed', 'upcoming']);

    const paidLate = pledgeStatus(pledge, [deposit('2024-01-20', '100')], '2024-02-01');
    expect(statuses(paidLate)).to.deep.equal(['late', 'upcoming']);
    expect(paidLate.months[0]!.paidOn).to.equal('2024-01-20');
    expect([paidLate.onTime, paidLate.late, paidLate.missed]).to.deep.equal([0, 1, 0]);

    // Missed January, paid in March: January becomes late; February stays missed.
    const caughtUp = pledgeStatus(pledge, [deposit('2024-03-04', '100')], '2024-03-04');
    expect(statuses(caughtUp)).to.deep.equal(['late', 'missed', 'upcoming']);
    expect(caughtUp.months[0]!.paidOn).to.equal('2024-03-04');
  });

  it('applies deposits to the oldest month first, in date order whatever the input order', () => {
    const status = pledgeStatus(
      pledge,
      [deposit('2024-02-03', '100'), deposit('2024-01-03', '100'), deposit('2024-03-06', '100')],
      '2024-03-10',
    );
    expect(statuses(status)).to.deep.equal(['on-time', 'on-time', 'late']);
    expect(status.months.map((m) => m.paidOn)).to.deep.equal([
      '2024-01-03',
      '2024-02-03',
      '2024-03-06',
    ]);
  });

  it('counts months paid ahead as on time when they fall due', () => {
    const ahead = [deposit('2024-01-02', '600')];
    const early = pledgeStatus(pledge, ahead, '2024-03-04');
    expect(statuses(early)).to.deep.equal(['on-time', 'on-time', 'upcoming']);
    expect(early.months[2]!.paid.toString()).to.equal('100.00');
    expect(early.months[2]!.paidOn).to.equal('2024-01-02');
    expect(early.paidAhead.toString()).to.equal('400.00');
    expect(early.paidAheadMonths).to.equal(4);

    const later = pledgeStatus(pledge, ahead, '2024-03-10');
    expect(statuses(later)).to.deep.equal(['on-time', 'on-time', 'on-time']);
    expect(later.paidAhead.toString()).to.equal('300.00');
    expect(later.paidAheadMonths).to.equal(3);
    expect(later.arrears.toString()).to.equal('0.00');
    expect(later.nextDueDate).to.equal('2024-07-05');
    expect(later.nextAmountDue.toString()).to.equal('100.00');
    expect(later.currentStreak).to.equal(3);

    // 250 ahead: two whole months and half of the next.
    const part = pledgeStatus(pledge, [deposit('2024-01-02', '350')], '2024-01-10');
    expect(part.paidAheadMonths).to.equal(2);
    expect(part.nextDueDate).to.equal('2024-04-05');
    expect(part.nextAmountDue.toString()).to.equal('50.00');
  });

  it('lets one lump sum pay the arrears, oldest first, and this month on time', () => {
    const status = pledgeStatus(pledge, [deposit('2024-04-03', '400')], '2024-04-10');
    expect(statuses(status)).to.deep.equal(['late', 'late', 'late', 'on-time']);
    expect(status.months.every((m) => m.paidOn === '2024-04-03')).to.equal(true);
    expect(status.arrears.toString()).to.equal('0.00');
    expect([status.onTime, status.late, status.missed]).to.deep.equal([1, 3, 0]);
    expect([status.currentStreak, status.longestStreak]).to.deep.equal([1, 1]);
  });

  it('keeps partial payments on the month until it is paid in full', () => {
    const twoParts = pledgeStatus(
      pledge,
      [deposit('2024-01-04', '60'), deposit('2024-01-09', '40')],
      '2024-01-31',
    );
    expect(statuses(twoParts)).to.deep.equal(['late']);
    expect(twoParts.months[0]!.paidOn).to.equal('2024-01-09');

    const short = pledgeStatus(
      pledge,
      [deposit('2024-01-04', '60'), deposit('2024-01-09', '15.50')],
      '2024-02-20',
    );
    expect(statuses(short)).to.deep.equal(['missed', 'partial']);
    expect(short.months.map((m) => m.paid.toString())).to.deep.equal(['75.50', '0.00']);
    expect(short.months[0]!.paidOn).to.equal(null);
    expect(short.arrears.toString()).to.equal('124.50');
    expect(short.nextDueDate).to.equal('2024-01-05');
    expect(short.nextAmountDue.toString()).to.equal('24.50');
  });

  it('charges the fines of the rules for late and missed months only', () => {
    const fined: PledgeRules = { ...rules, fines: { perLateMonth: '5', perMissedMonth: '20' } };
    const deposits = [deposit('2024-01-05', '100'), deposit('2024-02-06', '100')];
    // January on time, February late, March and April missed, May partial.
    const status = pledgeStatus({ rules: fined, startMonth: '2024-01' }, deposits, '2024-05-06');
    expect(statuses(status)).to.deep.equal(['on-time', 'late', 'missed', 'missed', 'partial']);
    expect(status.months.map((m) => m.fine.toString())).to.deep.equal([
      '0.00',
      '5.00',
      '20.00',
      '20.00',
      '0.00',
    ]);
    expect(status.fines.toString()).to.equal('45.00');
    expect(status.arrears.toString()).to.equal('300.00'); // fines are not arrears

    // Paying March and April turns their missed fines into late fines.
    const paid = pledgeStatus(
      { rules: fined, startMonth: '2024-01' },
      [...deposits, deposit('2024-05-06', '200')],
      '2024-05-06',
    );
    expect(paid.fines.toString()).to.equal('15.00');
    // The preset has no fines.
    expect(pledgeStatus(pledge, [], '2024-12-31').fines.toString()).to.equal('0.00');
  });

  it('counts the current streak back from the latest month due, and the longest of all', () => {
    const onTime = (dates: string[]) => dates.map((date) => deposit(date, '100'));
    // Jan, Feb on time; March late; April–June on time.
    const broken = pledgeStatus(
      pledge,
      onTime(['2024-01-05', '2024-02-05', '2024-03-06', '2024-04-01', '2024-05-01', '2024-06-05']),
      '2024-06-30',
    );
    expect([broken.currentStreak, broken.longestStreak]).to.deep.equal([3, 3]);

    // Jan–Mar on time, April missed, May on time (from a deposit that first pays April).
    const ended = pledgeStatus(
      pledge,
      onTime(['2024-01-05', '2024-02-05', '2024-03-05', '2024-05-02', '2024-05-03']),
      '2024-05-10',
    );
    expect(statuses(ended)).to.deep.equal(['on-time', 'on-time', 'on-time', 'late', 'on-time']);
    expect([ended.currentStreak, ended.longestStreak]).to.deep.equal([1, 3]);

    // An overdue current month ends the current streak; an upcoming one does not.
    const overdue = pledgeStatus(pledge, onTime(['2024-01-05', '2024-02-05']), '2024-03-06');
    expect([overdue.currentStreak, overdue.longestStreak]).to.deep.equal([0, 2]);
    const upcoming = pledgeStatus(pledge, onTime(['2024-01-05', '2024-02-05']), '2024-03-04');
    expect([upcoming.currentStreak, upcoming.longestStreak]).to.deep.equal([2, 2]);
  });

  it('owes nothing before the start month, and keeps early deposits for it', () => {
    const before = pledgeStatus(pledge, [], '2023-12-20');
    expect(before.months).to.deep.equal([]);
    expect([before.monthsDue, before.currentStreak, before.longestStreak]).to.deep.equal([0, 0, 0]);
    expect(before.arrears.toString()).to.equal('0.00');
    expect(before.nextDueDate).to.equal('2024-01-05');

    const early = [deposit('2023-12-20', '100')];
    expect(pledgeStatus(pledge, early, '2023-12-31').paidAheadMonths).to.equal(1);
    expect(pledgeStatus(pledge, early, '2023-12-31').nextDueDate).to.equal('2024-02-05');
    expect(statuses(pledgeStatus(pledge, early, '2024-01-05'))).to.deep.equal(['on-time']);
  });

  it('ignores deposits after the as-of day and uses the member’s own amount', () => {
    const status = pledgeStatus(
      { rules, startMonth: '2024-01', amount: '250' },
      [deposit('2024-01-05', '250'), deposit('2024-02-01', '250')],
      '2024-01-31',
    );
    expect(status.amount.toString()).to.equal('250.00');
    expect(status.totalPaid.toString()).to.equal('250.00');
    expect(status.paidAhead.toString()).to.equal('0.00');
  });

  it('rejects bad pledges and deposits with coded errors', () => {
    const at = '2024-03-01';
    expectSajjaError(
      () => pledgeStatus({ rules, startMonth: '2024-13' }, [], at),
      'INVALID_DATE',
      'no-such-month',
    );
    expectSajjaError(
      () => pledgeStatus({ rules, startMonth: '2024-1' }, [], at),
      'INVALID_DATE',
      'not-a-month',
    );
    expectSajjaError(
      () => pledgeStatus({ rules, startMonth: '0000-01' }, [], at),
      'INVALID_DATE',
      'year-out-of-range',
    );
    const tooMuch = expectSajjaError(
      () => pledgeStatus({ ...pledge, amount: '600' }, [], at),
      'INVALID_ARGUMENT',
      'pledge-out-of-range',
    );
    expect(tooMuch.details).to.deep.equal({ amount: '600.00', min: '10.00', max: '500.00' });
    expectSajjaError(
      () => pledgeStatus({ ...pledge, amount: '5' }, [], at),
      'INVALID_ARGUMENT',
      'pledge-out-of-range',
    );
    expectSajjaError(
      () =>
        pledgeStatus(
          { rules: { dueDay: 5, defaultAmount: '1' }, startMonth: '2024-01', amount: '0' },
          [],
          at,
        ),
      'INVALID_ARGUMENT',
      'pledge-out-of-range',
    );
    expectSajjaError(
      () => pledgeStatus(pledge, [deposit('2024-01-05', '-100')], at),
      'INVALID_ARGUMENT',
      'negative-amount',
    );
    expectSajjaError(
      () => pledgeStatus(pledge, [deposit('2024-02-30', '100')], at),
      'INVALID_DATE',
      'no-such-day',
    );
    expectSajjaError(
      () => pledgeStatus(pledge, [deposit('2024-01-05', '1.005')], at),
      'INVALID_AMOUNT',
      'too-many-decimals',
    );
    expectSajjaError(() => pledgeStatus(pledge, [], '2024-3-1'), 'INVALID_DATE', 'not-a-date');
    expectSajjaError(
      () => pledgeStatus({ ...pledge, rules: { ...rules, dueDay: 0 } }, [], at),
      'RULES_INVALID',
      'below-minimum',
    );
    expectSajjaError(
      () => pledgeStatus(pledge, 'none' as unknown as PledgeDeposit[], at),
      'INVALID_ARGUMENT',
      'invalid-option',
    );
    expectSajjaError(
      () =>
        pledgeStatus(
          { ...pledge, startMonth: '9999-12' },
          [deposit('9999-12-01', '200')],
          '9999-12-31',
        ),
      'INVALID_DATE',
      'year-out-of-range',
    );
  });

  describe('properties', () => {
    const base = '2023-11-01';
    const day = fc.integer({ min: 0, max: 500 }).map((offset) => addDays(base, offset));
    const amount = fc.integer({ min: 0, max: 40_000 }).map((satang) => (satang / 100).toFixed(2));
    const deposits = fc.array(fc.record({ date: day, amount }), { maxLength: 12 });
    const setup = fc.record({
      dueDay: fc.integer({ min: 1, max: 31 }),
      startMonth: fc.constantFrom('2023-11', '2023-12', '2024-01', '2024-02'),
      deposits,
      asOf: day,
    });
    const statusOf = (s: {
      dueDay: number;
      startMonth: string;
      deposits: PledgeDeposit[];
      asOf: string;
    }) =>
      pledgeStatus(
        { rules: { ...rules, dueDay: s.dueDay }, startMonth: s.startMonth },
        s.deposits,
        s.asOf,
      );

    it('keeps arrears = due − paid, never negative, and every baht accounted for', () => {
      fc.assert(
        fc.property(setup, (s) => {
          const status = statusOf(s);
          const paidByAsOf = sum(s.deposits.filter((d) => d.date <= s.asOf).map((d) => d.amount));
          expect(status.totalPaid.equals(paidByAsOf)).to.equal(true);
          const owed = status.amountDue.minus(status.totalPaid);
          expect(status.arrears.toString()).to.equal(owed.isNegative() ? '0.00' : owed.toString());
          expect(status.arrears.isNegative()).to.equal(false);
          // Paid toward due months + paid ahead = total paid; arrears + paid toward due = due.
          const dueMonths = status.months.filter((m) => m.status !== 'upcoming');
          const paidTowardDue = sum(dueMonths.map((m) => m.paid));
          expect(paidTowardDue.plus(status.paidAhead).equals(status.totalPaid)).to.equal(true);
          expect(paidTowardDue.plus(status.arrears).equals(status.amountDue)).to.equal(true);
          const { onTime, late, missed, partial, monthsDue } = status;
          expect(onTime + late + missed + partial).to.equal(monthsDue);
          expect(status.longestStreak).to.be.at.least(status.currentStreak);
          expect(status.longestStreak).to.be.at.most(onTime);
        }),
      );
    });

    it('never loses an on-time month when a deposit is added', () => {
      fc.assert(
        fc.property(setup, fc.record({ date: day, amount }), (s, extra) => {
          const before = statusOf(s);
          const after = statusOf({ ...s, deposits: [...s.deposits, extra] });
          before.months.forEach((month, index) => {
            if (month.status === 'on-time') expect(after.months[index]!.status).to.equal('on-time');
          });
          expect(after.onTime).to.be.at.least(before.onTime);
          expect(after.longestStreak).to.be.at.least(before.longestStreak);
          expect(after.arrears.compare(before.arrears)).to.be.at.most(0);
        }),
      );
    });
  });
});
