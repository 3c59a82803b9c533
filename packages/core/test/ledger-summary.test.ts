import { expect } from 'chai';
import fc from 'fast-check';
import { money, sum, type Money } from '../src/index.js';
import { activeLedgerEntries } from '../src/ledger/active-entries.js';
import { LEDGER_CATEGORIES, ledgerCategory } from '../src/ledger/ledger-categories.js';
import type { LedgerEntry, LedgerEntryKind } from '../src/ledger/ledger-entry.js';
import { runningBalances } from '../src/ledger/running-balances.js';
import {
  summarizeLedger,
  type LedgerPeriodSummary,
  type SummarizeLedgerOptions,
} from '../src/ledger/summarize-ledger.js';
import { satangToText } from './arbitraries.js';
import { expectSajjaError } from './expect-sajja-error.js';

function entry(
  id: string,
  date: string,
  kind: LedgerEntryKind,
  category: string,
  amount: string | Money,
  extra: { reverses?: string; note?: string } = {},
): LedgerEntry {
  return { id, date, kind, category, amount, ...extra };
}

/**
 * A household's first months of 2024, with a correction of a March entry written in April and
 * entries just outside the range used below.
 */
const ledger: LedgerEntry[] = [
  entry('1', '2024-01-05', 'income', 'farming', '10000.00'),
  entry('2', '2024-01-05', 'expense', 'food', '1250.50'),
  entry('3', '2024-01-20', 'expense', 'savings-deposit', '1000.00'),
  entry('4', '2024-01-25', 'expense', 'debt-repayment', '2000.00'),
  entry('5', '2024-01-25', 'transfer', 'transfer', '500.00'),
  entry('6', '2024-03-02', 'income', 'wages', '3000.00'),
  entry('7', '2024-03-10', 'expense', 'education', '450.25'),
  entry('8', '2024-03-10', 'expense', 'food', '99.75'), // a mistake…
  entry('9', '2024-04-02', 'expense', 'food', '99.75', { reverses: '8' }), // …corrected in April
  entry('10', '2023-12-31', 'income', 'farming', '777.00'),
  entry('11', '2025-01-01', 'expense', 'food', '5.00'),
];

/** The figures of a period summary as plain strings, for deep comparison. */
function figures(summary: LedgerPeriodSummary) {
  return {
    period: summary.period,
    from: summary.from,
    to: summary.to,
    income: summary.income.toString(),
    expense: summary.expense.toString(),
    net: summary.net.toString(),
    savings: summary.savings.toString(),
    debtService: summary.debtService.toString(),
    savingsRate: summary.savingsRate,
    debtServiceRatio: summary.debtServiceRatio,
    daysWithEntries: summary.daysWithEntries,
  };
}

/** The non-zero categories of a summary, as strings. */
function usedCategories(summary: LedgerPeriodSummary): Record<string, string> {
  return Object.fromEntries(
    Object.entries(summary.byCategory)
      .filter(([, amount]) => !amount.isZero())
      .map(([code, amount]) => [code, amount.toString()]),
  );
}

describe('summarizeLedger', () => {
  const byMonth = summarizeLedger(ledger, { from: '2024-01-01', to: '2024-04-30', by: 'month' });

  it('sums each month: income, expense, net, savings, debt service, rates and days', () => {
    const [january, february, march, april] = byMonth.periods.map(figures);
    // January: income 10,000.00; expense 1,250.50 + 1,000.00 + 2,000.00 = 4,250.50 (the
    // transfer is neither); savings 1,000 ÷ 10,000 = 10 %; debt 2,000 ÷ 10,000 = 20 %;
    // entries on the 5th, 20th and 25th.
    expect(january).to.deep.equal({
      period: '2024-01',
      from: '2024-01-01',
      to: '2024-01-31',
      income: '10000.00',
      expense: '4250.50',
      net: '5749.50',
      savings: '1000.00',
      debtService: '2000.00',
      savingsRate: '10.00',
      debtServiceRatio: '20.00',
      daysWithEntries: 3,
    });
    // March: the food entry of 99.75 is cancelled by April's correction, so only education
    // counts: net 3,000.00 − 450.25 = 2,549.75; no savings out of income: 0 %.
    expect(march).to.deep.equal({
      period: '2024-03',
      from: '2024-03-01',
      to: '2024-03-31',
      income: '3000.00',
      expense: '450.25',
      net: '2549.75',
      savings: '0.00',
      debtService: '0.00',
      savingsRate: '0.00',
      debtServiceRatio: '0.00',
      daysWithEntries: 2,
    });
    // April holds only the correction: it adds nothing, but it was a day of keeping the book.
    expect(april).to.include({ income: '0.00', expense: '0.00', net: '0.00', daysWithEntries: 1 });
    expect(february?.period).to.equal('2024-02');
  });

  it('includes empty months, with zeros and no rates (nothing to divide by)', () => {
    expect(byMonth.periods.map((p) => p.period)).to.deep.equal([
      '2024-01',
      '2024-02',
      '2024-03',
      '2024-04',
    ]);
    expect(figures(byMonth.periods[1]!)).to.deep.equal({
      period: '2024-02',
      from: '2024-02-01',
      to: '2024-02-29',
      income: '0.00',
      expense: '0.00',
      net: '0.00',
      savings: '0.00',
      debtService: '0.00',
      savingsRate: null,
      debtServiceRatio: null,
      daysWithEntries: 0,
    });
    expect(Object.values(byMonth.periods[1]!.byCategory).every((m) => m.isZero())).to.equal(true);
  });

  it('lists every category in byCategory, in catalogue order, transfers only there', () => {
    const january = byMonth.periods[0]!;
    expect(Object.keys(january.byCategory)).to.deep.equal(LEDGER_CATEGORIES.map((c) => c.code));
    expect(usedCategories(january)).to.deep.equal({
      farming: '10000.00',
      food: '1250.50',
      'debt-repayment': '2000.00',
      'savings-deposit': '1000.00',
      transfer: '500.00',
    });
  });

  it('totals the range, leaving out entries dated outside it', () => {
    // Income 10,000 + 3,000 = 13,000; expense 4,250.50 + 450.25 = 4,700.75 (the entries of
    // 2023-12-31 and 2025-01-01 are outside). Savings 1,000 ÷ 13,000 = 7.6923 % → 7.69;
    // debt 2,000 ÷ 13,000 = 15.3846 % → 15.38. Six distinct days.
    expect(figures(byMonth.total)).to.deep.equal({
      period: '2024-01-01/2024-04-30',
      from: '2024-01-01',
      to: '2024-04-30',
      income: '13000.00',
      expense: '4700.75',
      net: '8299.25',
      savings: '1000.00',
      debtService: '2000.00',
      savingsRate: '7.69',
      debtServiceRatio: '15.38',
      daysWithEntries: 6,
    });
  });

  it('summarises by year, with the same totals as the months', () => {
    const byYear = summarizeLedger(ledger, { from: '2024-01-01', to: '2024-12-31', by: 'year' });
    expect(byYear.periods).to.have.length(1);
    expect(figures(byYear.periods[0]!)).to.deep.equal({
      ...figures(byMonth.total),
      period: '2024',
      to: '2024-12-31',
    });
    expect(figures(byYear.total)).to.deep.equal({
      ...figures(byMonth.total),
      period: '2024-01-01/2024-12-31',
      to: '2024-12-31',
    });
  });

  it('includes empty years between two others', () => {
    const { periods } = summarizeLedger(ledger, {
      from: '2022-06-15',
      to: '2025-01-01',
      by: 'year',
    });
    expect(periods.map((p) => [p.period, p.from, p.to, p.income.toString()])).to.deep.equal([
      ['2022', '2022-06-15', '2022-12-31', '0.00'],
      ['2023', '2023-01-01', '2023-12-31', '777.00'],
      ['2024', '2024-01-01', '2024-12-31', '13000.00'],
      ['2025', '2025-01-01', '2025-01-01', '0.00'],
    ]);
  });

  it('cuts the first and last months at from and to', () => {
    const { periods, total } = summarizeLedger(ledger, {
      from: '2024-01-20',
      to: '2024-03-05',
      by: 'month',
    });
    expect(periods.map((p) => [p.period, p.from, p.to])).to.deep.equal([
      ['2024-01', '2024-01-20', '2024-01-31'],
      ['2024-02', '2024-02-01', '2024-02-29'],
      ['2024-03', '2024-03-01', '2024-03-05'],
    ]);
    // January keeps the savings deposit, the repayment and the transfer, not the 5th.
    expect(usedCategories(periods[0]!)).to.deep.equal({
      'debt-repayment': '2000.00',
      'savings-deposit': '1000.00',
      transfer: '500.00',
    });
    // Income: the wage of 2 March; expense: 1,000 + 2,000 (the March food is after the 5th).
    expect(figures(total)).to.include({ income: '3000.00', expense: '3000.00', net: '0.00' });
    expect(total.daysWithEntries).to.equal(3);
  });

  it('cancels a corrected entry in its own month even when the correction is dated after to', () => {
    const { periods } = summarizeLedger(ledger, {
      from: '2024-03-01',
      to: '2024-03-31',
      by: 'month',
    });
    expect(periods[0]!.expense.toString()).to.equal('450.25');
    expect(periods[0]!.byCategory.food!.toString()).to.equal('0.00');
  });

  it('keeps a corrected entry cancelled when its correction is corrected', () => {
    const undo = entry('12', '2024-04-03', 'expense', 'food', '99.75', { reverses: '9' });
    const { periods } = summarizeLedger([...ledger, undo], {
      from: '2024-03-01',
      to: '2024-04-30',
      by: 'month',
    });
    expect(periods.map((p) => p.byCategory.food!.toString())).to.deep.equal(['0.00', '0.00']);
    expect(periods[0]!.expense.toString()).to.equal('450.25');
    expect(periods[1]!.daysWithEntries).to.equal(2); // writing it was still keeping the book
  });

  it('rounds the savings rate half-up at two decimals, exactly', () => {
    const rate = (income: string, savings: string) =>
      summarizeLedger(
        [
          entry('i', '2024-05-01', 'income', 'trade', income),
          entry('s', '2024-05-02', 'expense', 'savings-deposit', savings),
        ],
        { from: '2024-05-01', to: '2024-05-31', by: 'month' },
      ).total.savingsRate;
    expect(rate('800.00', '1.00')).to.equal('0.13'); // 0.125 % exactly: half-up
    expect(rate('3.00', '1.00')).to.equal('33.33'); // 33.333… %
    expect(rate('3.00', '2.00')).to.equal('66.67'); // 66.666… %
    expect(rate('100.00', '250.00')).to.equal('250.00'); // saving more than earned (from cash)
    // 0.07 ÷ 0.3 is 23.333… %: binary floating point gives 23.333333333333336.
    expect(rate('0.30', '0.07')).to.equal('23.33');
  });

  it('accepts amounts as Money and as people type them', () => {
    const { total } = summarizeLedger(
      [
        entry('a', '2024-01-01', 'income', 'wages', money('1000')),
        entry('b', '2024-01-02', 'expense', 'food', '1,234.5'),
        entry('c', '2024-01-03', 'expense', 'food', '๑๐'),
      ],
      { from: '2024-01-01', to: '2024-01-31', by: 'year' },
    );
    expect(total.expense.toString()).to.equal('1244.50');
    expect(total.net.toString()).to.equal('-244.50');
  });

  it('sums exactly where floating point would drift', () => {
    // 0.10 a thousand times is 100.00; adding 0.1 as a float a thousand times is 99.9999999999986.
    const dimes = Array.from({ length: 1000 }, (_, i) =>
      entry(String(i), '2024-01-01', 'income', 'trade', '0.10'),
    );
    const { total } = summarizeLedger(dimes, { from: '2024-01-01', to: '2024-01-01', by: 'month' });
    expect(total.income.toString()).to.equal('100.00');
    // Amounts far past 2^53 satang stay exact.
    const huge = [
      entry('a', '2024-01-01', 'income', 'trade', '900719925474099.27'),
      entry('b', '2024-01-01', 'income', 'trade', '0.01'),
    ];
    expect(
      summarizeLedger(huge, {
        from: '2024-01-01',
        to: '2024-01-01',
        by: 'month',
      }).total.income.toString(),
    ).to.equal('900719925474099.28');
  });

  it('refuses a bad range or grouping', () => {
    const run = (options: unknown) => () =>
      summarizeLedger(ledger, options as SummarizeLedgerOptions);
    expectSajjaError(
      run({ from: '2024-02-01', to: '2024-01-31', by: 'month' }),
      'INVALID_ARGUMENT',
      'invalid-option',
    );
    expectSajjaError(
      run({ from: '2024-01-01', to: '2024-12-31', by: 'week' }),
      'INVALID_ARGUMENT',
      'invalid-option',
    );
    expectSajjaError(
      run({ from: '2024-02-30', to: '2024-12-31', by: 'month' }),
      'INVALID_DATE',
      'no-such-day',
    );
    expectSajjaError(run({ from: '2024-01-01', by: 'month' }), 'INVALID_DATE', 'not-a-date');
    expectSajjaError(run(undefined), 'INVALID_ARGUMENT', 'invalid-option');
  });

  it('refuses an invalid entry, saying which one and why, even outside the range', () => {
    const bad = [...ledger, entry('x', '2030-01-01', 'income', 'food', '-1')];
    const error = expectSajjaError(
      () => summarizeLedger(bad, { from: '2024-01-01', to: '2024-12-31', by: 'month' }),
      'INVALID_ARGUMENT',
      'invalid-ledger-entry',
    );
    expect(error.problems.map((p) => [p.path, p.reason])).to.deep.equal([
      ['[11].category', 'category-kind-mismatch'],
      ['[11].amount', 'not-positive'],
    ]);
    expect(error.details).to.deep.equal({ index: 11 });
    for (const broken of [
      { ...ledger[0]!, date: '2024-02-30' },
      { ...ledger[0]!, kind: 'gift' },
      { ...ledger[0]!, category: 'lottery' },
      { ...ledger[0]!, amount: '0.00' },
      { ...ledger[0]!, amount: 12 },
      null,
    ]) {
      expectSajjaError(
        () =>
          summarizeLedger([broken as LedgerEntry], {
            from: '2024-01-01',
            to: '2024-01-31',
            by: 'month',
          }),
        'INVALID_ARGUMENT',
        'invalid-ledger-entry',
      );
    }
  });
});

describe('activeLedgerEntries', () => {
  const sale = entry('a', '2024-03-01', 'income', 'farming', '500.00');
  const fix = entry('b', '2024-04-02', 'income', 'farming', '500.00', { reverses: 'a' });
  const food = entry('c', '2024-03-03', 'expense', 'food', '80.00');
  const ids = (entries: readonly LedgerEntry[]) => activeLedgerEntries(entries).map((e) => e.id);

  it('returns the same entries, in order, when nothing is corrected', () => {
    const active = activeLedgerEntries([food, sale]);
    expect(active).to.deep.equal([food, sale]);
    expect(active[0]).to.equal(food);
  });

  it('removes a corrected entry and its correction, wherever they are in the list', () => {
    expect(ids([sale, fix, food])).to.deep.equal(['c']);
    expect(ids([fix, food, sale])).to.deep.equal(['c']);
  });

  it('ignores a correction of a correction: the original stays cancelled', () => {
    // A correction cannot be reversed (the store refuses it: reverses-reversal); to restore
    // the sale, the household enters it again.
    const undo = entry('d', '2024-04-03', 'income', 'farming', '500.00', { reverses: 'b' });
    expect(ids([sale, fix, undo, food])).to.deep.equal(['c']);
    const redo = entry('e', '2024-04-04', 'income', 'farming', '500.00', { reverses: 'd' });
    expect(ids([sale, fix, undo, redo, food])).to.deep.equal(['c']);
    // Listed before the correction it names, or dated before it: still ignored.
    const early = entry('f', '2024-01-01', 'income', 'farming', '500.00', { reverses: 'b' });
    expect(ids([early, sale, fix, food])).to.deep.equal(['c']);
  });

  it('lets only the earliest of two corrections of one entry count', () => {
    const again = entry('d', '2024-04-01', 'income', 'farming', '500.00', { reverses: 'a' });
    // `again` (1 April) is earlier than `fix` (2 April): it is the one in force, and `fix`,
    // the later duplicate, cancels nothing (the store refuses it: already-reversed).
    expect(ids([sale, fix, again])).to.deep.equal([]);
    const lines = runningBalances([sale, fix, again]);
    expect(lines.map((l) => [l.entry.id, l.change.toString()])).to.deep.equal([
      ['a', '500.00'],
      ['d', '-500.00'],
      ['b', '0.00'],
    ]);
    // On the same day, the one listed first is in force.
    const sameDay = entry('e', '2024-04-02', 'income', 'farming', '500.00', { reverses: 'a' });
    const changes = runningBalances([sale, sameDay, fix]).map((l) => l.change.toString());
    expect(changes).to.deep.equal(['500.00', '-500.00', '0.00']);
  });

  it('ignores a correction of a correction that is itself ignored', () => {
    const again = entry('d', '2024-04-05', 'income', 'farming', '500.00', { reverses: 'a' });
    const undoAgain = entry('e', '2024-04-06', 'income', 'farming', '500.00', { reverses: 'd' });
    expect(ids([sale, fix, again, undoAgain, food])).to.deep.equal(['c']);
  });

  it('drops a correction of an entry that is not in the list', () => {
    expect(ids([fix, food])).to.deep.equal(['c']);
  });

  it('ends on a loop of corrections correcting each other (corrupt data)', () => {
    const x = entry('x', '2024-01-01', 'expense', 'food', '1.00', { reverses: 'y' });
    const y = entry('y', '2024-01-01', 'expense', 'food', '1.00', { reverses: 'x' });
    expect(ids([x, y, food])).to.deep.equal(['c']);
  });
});

describe('runningBalances', () => {
  it('lists entries by date with the balance after each, from an opening balance', () => {
    const lines = runningBalances(
      [
        entry('2', '2024-03-02', 'expense', 'food', '80.00'),
        entry('1', '2024-03-01', 'income', 'wages', '300.00'),
        entry('3', '2024-03-02', 'transfer', 'transfer', '50.00'),
        entry('4', '2024-03-02', 'expense', 'savings-deposit', '100.25'),
      ],
      '100',
    );
    expect(lines.map((l) => [l.entry.id, l.change.toString(), l.balance.toString()])).to.deep.equal(
      [
        ['1', '300.00', '400.00'],
        ['2', '-80.00', '320.00'],
        ['3', '0.00', '320.00'],
        ['4', '-100.25', '219.75'],
      ],
    );
  });

  it('keeps the given order within a day and starts from zero by default', () => {
    const lines = runningBalances([
      entry('b', '2024-01-01', 'expense', 'food', '1.00'),
      entry('a', '2024-01-01', 'income', 'wages', '5.00'),
    ]);
    expect(lines.map((l) => [l.entry.id, l.balance.toString()])).to.deep.equal([
      ['b', '-1.00'],
      ['a', '4.00'],
    ]);
  });

  it('shows a correction on its own date, undoing what the corrected entry did', () => {
    const lines = runningBalances(ledger.slice(5, 9));
    expect(lines.map((l) => [l.entry.id, l.change.toString(), l.balance.toString()])).to.deep.equal(
      [
        ['6', '3000.00', '3000.00'],
        ['7', '-450.25', '2549.75'],
        ['8', '-99.75', '2450.00'],
        ['9', '99.75', '2549.75'],
      ],
    );
  });

  it('changes nothing for a duplicate correction or one naming no entry in the list', () => {
    const lines = runningBalances([
      entry('a', '2024-01-01', 'income', 'wages', '10.00'),
      entry('b', '2024-01-02', 'income', 'wages', '10.00', { reverses: 'a' }),
      entry('c', '2024-01-03', 'income', 'wages', '10.00', { reverses: 'a' }),
      entry('d', '2024-01-04', 'income', 'wages', '10.00', { reverses: 'gone' }),
    ]);
    expect(lines.map((l) => l.change.toString())).to.deep.equal([
      '10.00',
      '-10.00',
      '0.00',
      '0.00',
    ]);
  });

  it('changes nothing for a correction of a correction', () => {
    const lines = runningBalances([
      entry('a', '2024-01-01', 'expense', 'food', '10.00'),
      entry('b', '2024-01-02', 'expense', 'food', '10.00', { reverses: 'a' }),
      entry('c', '2024-01-03', 'expense', 'food', '10.00', { reverses: 'b' }),
    ]);
    expect(lines.map((l) => [l.change.toString(), l.balance.toString()])).to.deep.equal([
      ['-10.00', '-10.00'],
      ['10.00', '0.00'],
      ['0.00', '0.00'],
    ]);
  });

  it('refuses invalid entries and a bad opening balance', () => {
    expectSajjaError(
      () => runningBalances([entry('a', '2024-01-01', 'income', 'food', '1.00')]),
      'INVALID_ARGUMENT',
      'invalid-ledger-entry',
    );
    expectSajjaError(() => runningBalances([], '1.005'), 'INVALID_AMOUNT', 'too-many-decimals');
  });
});

describe('ledger summaries, invariants (fast-check)', () => {
  const FROM = '2023-11-01';
  const TO = '2025-02-28';
  const dates = fc
    .integer({ min: 0, max: 480 }) // 2023-11-01 to 2025-02-23
    .map((day) => new Date(Date.UTC(2023, 10, 1 + day)).toISOString().slice(0, 10));
  const plainEntry = fc.record({
    date: dates,
    category: fc.constantFrom(...LEDGER_CATEGORIES.map((c) => c.code)),
    satang: fc.bigInt({ min: 1n, max: 10n ** 12n }),
  });
  /** Entries with ids 0…n−1, about one in five a correction of an earlier-listed entry. */
  const ledgers = fc
    .array(fc.tuple(plainEntry, fc.option(fc.nat(), { freq: 4 })), { maxLength: 60 })
    .map((rows) =>
      rows.map(([{ date, category, satang }, target], index): LedgerEntry => {
        const { kind } = ledgerCategory(category)!;
        const base = entry(String(index), date, kind, category, satangToText(satang));
        return target === null || index === 0
          ? base
          : { ...base, reverses: String(target % index) };
      }),
    );
  // Each run sums up to 60 entries into 16 months and checks every figure: kept modest.
  const runs = { numRuns: 60 };

  const amounts = (summary: LedgerPeriodSummary) => [
    summary.income,
    summary.expense,
    summary.net,
    summary.savings,
    summary.debtService,
    ...Object.values(summary.byCategory),
  ];

  it('has net = income − expense, and categories summing to income and expense', () => {
    fc.assert(
      fc.property(ledgers, fc.constantFrom<'month' | 'year'>('month', 'year'), (entries, by) => {
        const { periods, total } = summarizeLedger(entries, { from: FROM, to: TO, by });
        for (const summary of [...periods, total]) {
          const ofKind = (kind: LedgerEntryKind) =>
            sum(
              LEDGER_CATEGORIES.filter((c) => c.kind === kind).map(
                (c) => summary.byCategory[c.code]!,
              ),
            );
          expect(summary.net.equals(summary.income.minus(summary.expense))).to.equal(true);
          expect(ofKind('income').equals(summary.income)).to.equal(true);
          expect(ofKind('expense').equals(summary.expense)).to.equal(true);
        }
      }),
      runs,
    );
  });

  it('has months that add up to their year and to the total, days included', () => {
    fc.assert(
      fc.property(ledgers, (entries) => {
        const options = { from: '2024-01-01', to: '2024-12-31' };
        const months = summarizeLedger(entries, { ...options, by: 'month' });
        const year = summarizeLedger(entries, { ...options, by: 'year' });
        expect(months.periods).to.have.length(12);
        const monthAmounts = months.periods.map(amounts);
        const added = monthAmounts[0]!.map((_, k) =>
          sum(monthAmounts.map((list) => list[k]!)).toString(),
        );
        for (const whole of [year.periods[0]!, year.total, months.total]) {
          expect(amounts(whole).map(String)).to.deep.equal(added);
          const days = months.periods.reduce((n, month) => n + month.daysWithEntries, 0);
          expect(whole.daysWithEntries).to.equal(days);
        }
      }),
      runs,
    );
  });

  it('equals a plain decimal sum over the active entries in the range', () => {
    fc.assert(
      fc.property(ledgers, (entries) => {
        const { total } = summarizeLedger(entries, { from: FROM, to: TO, by: 'year' });
        const active = activeLedgerEntries(entries);
        const sumOf = (keep: (e: LedgerEntry) => boolean) =>
          sum(active.filter(keep).map((e) => e.amount)).toString();
        expect(total.income.toString()).to.equal(sumOf((e) => e.kind === 'income'));
        expect(total.expense.toString()).to.equal(sumOf((e) => e.kind === 'expense'));
        expect(total.savings.toString()).to.equal(sumOf((e) => e.category === 'savings-deposit'));
        expect(total.daysWithEntries).to.equal(new Set(entries.map((e) => e.date)).size);
      }),
      runs,
    );
  });

  it('ends the running balance at the opening plus the net of the active entries', () => {
    fc.assert(
      fc.property(ledgers, fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), (entries, open) => {
        const opening = satangToText(open);
        const lines = runningBalances(entries, opening);
        const { total } = summarizeLedger(entries, { from: FROM, to: TO, by: 'year' });
        const last = lines.at(-1)?.balance ?? money(opening);
        expect(last.toString()).to.equal(total.net.plus(opening).toString());
        // Each balance is the previous one plus the change.
        lines.reduce((previous, line) => {
          expect(line.balance.toString()).to.equal(previous.plus(line.change).toString());
          return line.balance;
        }, money(opening));
        // Dates never go backwards.
        const ordered = lines.map((line) => line.entry.date);
        expect(ordered).to.deep.equal([...ordered].sort());
      }),
      runs,
    );
  });

  /**
   * Entries with ids 0…n−1, about one in three a correction naming any entry of the list (one
   * listed later, another correction, an entry corrected already) or an id not in it.
   */
  const tangledLedgers = fc
    .array(fc.tuple(plainEntry, fc.option(fc.nat(), { freq: 2 })), { maxLength: 40 })
    .map((rows) =>
      rows.map(([{ date, category, satang }, target], index): LedgerEntry => {
        const { kind } = ledgerCategory(category)!;
        const base = entry(String(index), date, kind, category, satangToText(satang));
        if (target === null) return base;
        const named = target % (rows.length + 1);
        // An id past the list names nothing; an entry never names itself (validation refuses it).
        const reverses = named === index || named === rows.length ? 'gone' : String(named);
        return { ...base, reverses };
      }),
    );

  it('never keeps a correction, and removes an entry only when a correction names it', () => {
    fc.assert(
      fc.property(tangledLedgers, (entries) => {
        const active = activeLedgerEntries(entries);
        expect(active.filter((e) => e.reverses !== undefined)).to.deep.equal([]);
        const kept = new Set(active.map((e) => e.id));
        const removed = entries.filter((e) => e.reverses === undefined && !kept.has(e.id));
        const named = new Set(entries.flatMap((e) => e.reverses ?? []));
        for (const e of removed) expect(named.has(e.id)).to.equal(true);
        // Each correction cancels at most one entry, and only one that is not a correction.
        const inForce = entries.filter((e) => {
          const target = entries.find((other) => other.id === e.reverses);
          return target !== undefined && target.reverses === undefined;
        });
        expect(removed.length).to.be.at.most(inForce.length);
        // Summaries are sums over the active entries, whatever the tangle.
        const { total } = summarizeLedger(entries, { from: FROM, to: TO, by: 'year' });
        const sumOf = (kind: LedgerEntryKind) =>
          sum(active.filter((e) => e.kind === kind).map((e) => e.amount)).toString();
        expect(total.income.toString()).to.equal(sumOf('income'));
        expect(total.expense.toString()).to.equal(sumOf('expense'));
        const last = runningBalances(entries).at(-1)?.balance ?? money('0');
        expect(last.toString()).to.equal(total.net.toString());
      }),
      runs,
    );
  });

  it('changes no figure when a correction of a correction or a second correction is added', () => {
    fc.assert(
      fc.property(tangledLedgers, fc.nat(), (entries, pick) => {
        const before = figuresOf(entries);
        const chosen = entries[pick % Math.max(1, entries.length)];
        if (chosen === undefined) return;
        const cancelled =
          chosen.reverses === undefined && !activeLedgerEntries(entries).includes(chosen);
        // A correction can never be corrected; an entry already cancelled cannot be again. The
        // new one is dated last and listed last, so it is never the earliest.
        if (chosen.reverses === undefined && !cancelled) return;
        const latest = entries.map((e) => e.date).reduce((a, b) => (a > b ? a : b));
        const added = { ...chosen, id: 'added', date: latest, reverses: chosen.id };
        expect(figuresOf([...entries, added])).to.deep.equal(before);
      }),
      runs,
    );
  });

  /** The active ids, the total summary's amounts and the last running balance. */
  function figuresOf(entries: readonly LedgerEntry[]) {
    const { total } = summarizeLedger(entries, { from: FROM, to: TO, by: 'year' });
    return {
      active: activeLedgerEntries(entries).map((e) => e.id),
      total: amounts(total).map(String),
      last: runningBalances(entries).at(-1)?.balance.toString() ?? '0.00',
    };
  }
});
