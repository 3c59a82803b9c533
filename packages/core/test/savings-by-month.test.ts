import { expect } from 'chai';
import fc from 'fast-check';
import {
  lastTwelveMonths,
  savingsByMonth,
  type DepositOrWithdrawal,
} from '../src/savings/savings-by-month.js';
import { isoDate, satangToText, textToSatang } from './arbitraries.js';
import { expectSajjaError } from './expect-sajja-error.js';

const deposit = (date: string, amount: string): DepositOrWithdrawal => ({
  date,
  kind: 'deposit',
  amount,
});
const withdrawal = (date: string, amount: string): DepositOrWithdrawal => ({
  date,
  kind: 'withdrawal',
  amount,
});
/** `{ 'YYYY-MM': balance }`, for reading a year at a glance. */
const byMonth = (movements: readonly DepositOrWithdrawal[], asOf: string) =>
  Object.fromEntries(savingsByMonth(movements, asOf).map((each) => [each.month, each.balance]));

describe('lastTwelveMonths', () => {
  it("lists the 12 months ending with asOf's month, oldest first", () => {
    expect(lastTwelveMonths('2025-03-15')).to.deep.equal([
      '2024-04',
      '2024-05',
      '2024-06',
      '2024-07',
      '2024-08',
      '2024-09',
      '2024-10',
      '2024-11',
      '2024-12',
      '2025-01',
      '2025-02',
      '2025-03',
    ]);
  });

  it('does not slip a month from a month-end day', () => {
    expect(lastTwelveMonths('2024-02-29')).to.include.ordered.members(['2023-03', '2023-04']);
    expect(lastTwelveMonths('2024-02-29').at(-1)).to.equal('2024-02');
    expect(lastTwelveMonths('2025-12-31')).to.deep.equal(
      Array.from({ length: 12 }, (_, k) => `2025-${String(k + 1).padStart(2, '0')}`),
    );
  });

  it('refuses a bad date and a year before 0001', () => {
    expectSajjaError(() => lastTwelveMonths('2025-02-29'), 'INVALID_DATE', 'no-such-day');
    expectSajjaError(() => lastTwelveMonths('0001-06-01'), 'INVALID_DATE', 'year-out-of-range');
  });
});

describe('savingsByMonth', () => {
  it('gives deposits minus withdrawals at the end of each month, and on asOf in its own', () => {
    const movements = [
      deposit('2024-06-05', '500.00'),
      deposit('2024-06-30', '100.00'), // the month's last day counts in June
      withdrawal('2024-07-01', '50.25'),
      withdrawal('2025-02-10', '200.00'),
      deposit('2025-03-15', '70.00'), // on asOf: counts
      deposit('2025-03-16', '1000.00'), // after asOf: counts nowhere
    ];
    expect(byMonth(movements, '2025-03-15')).to.deep.equal({
      '2024-04': '0.00',
      '2024-05': '0.00',
      '2024-06': '600.00',
      '2024-07': '549.75',
      '2024-08': '549.75',
      '2024-09': '549.75',
      '2024-10': '549.75',
      '2024-11': '549.75',
      '2024-12': '549.75',
      '2025-01': '549.75',
      '2025-02': '349.75',
      '2025-03': '419.75',
    });
  });

  it('counts everything before the first month in every balance', () => {
    const year = savingsByMonth(
      [deposit('2019-01-01', '1000.00'), withdrawal('2023-03-31', '1.00')],
      '2025-01-10',
    );
    expect(year.map((each) => each.balance)).to.deep.equal(Array(12).fill('999.00'));
  });

  it('takes the movements in any order', () => {
    const movements = [
      withdrawal('2025-02-10', '200.00'),
      deposit('2024-12-01', '300.00'),
      deposit('2024-06-05', '500.00'),
    ];
    expect(savingsByMonth(movements, '2025-03-15')).to.deep.equal(
      savingsByMonth([...movements].reverse(), '2025-03-15'),
    );
    expect(byMonth(movements, '2025-03-15')['2025-02']).to.equal('600.00');
  });

  it('ends February on the 29th in a leap year and on the 28th otherwise', () => {
    const leap = byMonth([deposit('2024-02-29', '10.00')], '2024-06-01');
    expect([leap['2024-02'], leap['2024-03']]).to.deep.equal(['10.00', '10.00']);
    const common = byMonth(
      [deposit('2023-02-28', '10.00'), deposit('2023-03-01', '5.00')],
      '2023-06-01',
    );
    expect([common['2023-01'], common['2023-02'], common['2023-03']]).to.deep.equal([
      '0.00',
      '10.00',
      '15.00',
    ]);
  });

  it('goes below zero when more was taken out than paid in', () => {
    const year = savingsByMonth(
      [deposit('2025-01-05', '100.00'), withdrawal('2025-01-06', '150.50')],
      '2025-01-31',
    );
    expect(year.at(-1)).to.deep.equal({ month: '2025-01', balance: '-50.50' });
  });

  it('gives a year of zeros without movements, or with only later ones', () => {
    expect(savingsByMonth([], '2025-01-31').map((each) => each.balance)).to.deep.equal(
      Array(12).fill('0.00'),
    );
    expect(byMonth([deposit('2025-02-01', '5.00')], '2025-01-31')['2025-01']).to.equal('0.00');
  });

  it('adds exactly, with no floating-point drift', () => {
    const tenths = Array.from({ length: 10 }, () => deposit('2025-01-01', '0.10'));
    expect(
      byMonth([...tenths, withdrawal('2025-01-02', '0.30')], '2025-01-31')['2025-01'],
    ).to.equal('0.70');
    const huge = '123456789012345678901234567890.12';
    expect(byMonth([deposit('2025-01-01', huge)], '2025-01-31')['2025-01']).to.equal(huge);
  });

  it('refuses bad movements and a bad asOf with coded errors', () => {
    const good = deposit('2025-01-01', '1.00');
    expectSajjaError(() => savingsByMonth([good], '2025-13-01'), 'INVALID_DATE', 'no-such-month');
    expectSajjaError(
      () => savingsByMonth([good, deposit('2025-02-30', '1.00')], '2025-03-01'),
      'INVALID_DATE',
      'no-such-day',
    );
    expectSajjaError(
      () => savingsByMonth([deposit('2025-01-01', '1.005')], '2025-03-01'),
      'INVALID_AMOUNT',
      'too-many-decimals',
    );
    const negative = expectSajjaError(
      () => savingsByMonth([good, withdrawal('2025-01-01', '-5.00')], '2025-03-01'),
      'INVALID_ARGUMENT',
      'negative-amount',
    );
    expect(negative.details).to.deep.equal({ index: 1 });
    const share = {
      date: '2025-01-01',
      kind: 'share',
      amount: '1.00',
    } as unknown as DepositOrWithdrawal;
    const kind = expectSajjaError(
      () => savingsByMonth([good, share], '2025-03-01'),
      'INVALID_ARGUMENT',
      'invalid-option',
    );
    expect(kind.details).to.deep.equal({ option: 'movements[1].kind' });
    expectSajjaError(
      () => savingsByMonth([null as unknown as DepositOrWithdrawal], '2025-03-01'),
      'INVALID_ARGUMENT',
      'invalid-option',
    );
    expectSajjaError(
      () => savingsByMonth('deposits' as unknown as DepositOrWithdrawal[], '2025-03-01'),
      'INVALID_ARGUMENT',
      'invalid-option',
    );
  });
});

describe('savingsByMonth, invariants (fast-check)', () => {
  const movement = fc.record({
    date: isoDate,
    kind: fc.constantFrom<'deposit' | 'withdrawal'>('deposit', 'withdrawal'),
    amount: fc.bigInt({ min: 0n, max: 10n ** 15n }).map(satangToText),
  });
  const signed = (each: DepositOrWithdrawal) =>
    each.kind === 'deposit' ? textToSatang(each.amount) : -textToSatang(each.amount);
  /** Deposits minus withdrawals dated on or before `day`, in satang. */
  const upTo = (movements: readonly DepositOrWithdrawal[], day: string) =>
    movements.filter((each) => each.date <= day).reduce((total, each) => total + signed(each), 0n);

  it('ends on the sum of deposits minus withdrawals up to asOf', () => {
    fc.assert(
      fc.property(fc.array(movement, { maxLength: 40 }), isoDate, (movements, asOf) => {
        const year = savingsByMonth(movements, asOf);
        expect(year.map((each) => each.month)).to.deep.equal(lastTwelveMonths(asOf));
        expect(year.at(-1)!.balance).to.equal(satangToText(upTo(movements, asOf)));
      }),
    );
  });

  it("gives each month the balance at that month's last day", () => {
    fc.assert(
      fc.property(fc.array(movement, { maxLength: 40 }), isoDate, (movements, asOf) => {
        const year = savingsByMonth(movements, asOf);
        // The day before the next month's first is the month's last day, whatever its length.
        year.slice(0, -1).forEach((each, k) => {
          const lastDay = (day: string) => day < `${year[k + 1]!.month}-01`;
          const total = movements
            .filter((m) => lastDay(m.date))
            .reduce((sum, m) => sum + signed(m), 0n);
          expect(each.balance).to.equal(satangToText(total));
        });
      }),
      { numRuns: 60 },
    );
  });
});
