import { expect } from 'chai';
import fc from 'fast-check';
import { balanceSheet } from '../src/books/balance-sheet.js';
import { createBooks, type Books } from '../src/books/books.js';
import { DEFAULT_CHART_OF_ACCOUNTS } from '../src/books/chart-of-accounts.js';
import { yearEndClosingEntry } from '../src/books/closing-entry.js';
import { incomeStatement } from '../src/books/income-statement.js';
import { postEntries, postEntry, reverseEntry, type JournalEntry } from '../src/books/journal.js';
import { trialBalance } from '../src/books/trial-balance.js';
import { satangToText, textToSatang } from './arbitraries.js';
import { expectSajjaError } from './expect-sajja-error.js';

const SUB_FUNDS = ['general', 'livestock', 'fertiliser'];
const ACCOUNTS = DEFAULT_CHART_OF_ACCOUNTS.map((account) => account.code);

/** A line as `account side amount`, for compact comparisons. */
const text = (lines: ReadonlyArray<{ account: string; amount: unknown }>) =>
  lines.map((line) => `${line.account} ${String(line.amount)}`);

/**
 * A small group's year, by hand:
 * - opening: cash 10,000 and bank 40,000 against shares 45,000 and reserve 5,000;
 * - a loan of 8,000 paid out in cash; 1,200 of it repaid with 240 interest;
 * - a fine of 50; meeting costs of 300 from the bank; savings of 2,000 deposited in cash;
 * - an allowance of 400 for a doubtful loan (a contra asset), charged to bad debts.
 */
function sampleBooks(): Books {
  return createBooks({
    openPeriod: '2024-01',
    entries: [
      {
        id: 'open',
        date: '2024-01-01',
        lines: [
          { account: 'cash', debit: '10000' },
          { account: 'bank', debit: '40000' },
          { account: 'member-shares', credit: '45000' },
          { account: 'reserve', credit: '5000' },
        ],
      },
      {
        id: 'loan',
        date: '2024-02-01',
        lines: [
          { account: 'loans-receivable', debit: '8000' },
          { account: 'cash', credit: '8000' },
        ],
      },
      {
        id: 'repay',
        date: '2024-06-01',
        lines: [
          { account: 'cash', debit: '1440' },
          { account: 'loans-receivable', credit: '1200' },
          { account: 'loan-interest', credit: '240' },
        ],
      },
      {
        id: 'fine',
        date: '2024-06-01',
        lines: [
          { account: 'cash', debit: '50' },
          { account: 'fines', credit: '50' },
        ],
      },
      {
        id: 'meeting',
        date: '2024-07-01',
        lines: [
          { account: 'meeting-admin', debit: '300' },
          { account: 'bank', credit: '300' },
        ],
      },
      {
        id: 'savings',
        date: '2024-08-01',
        lines: [
          { account: 'cash', debit: '2000' },
          { account: 'member-savings', credit: '2000' },
        ],
      },
      {
        id: 'allowance',
        date: '2024-12-31',
        lines: [
          { account: 'bad-debts', debit: '400' },
          { account: 'loan-loss-allowance', credit: '400' },
        ],
      },
    ],
  });
}

describe('trial balance, income statement, balance sheet', () => {
  it('lists each account’s balance in its column, in chart order, with equal totals', () => {
    const tb = trialBalance(sampleBooks());
    // cash 10,000 − 8,000 + 1,440 + 50 + 2,000 = 5,490; bank 40,000 − 300 = 39,700;
    // loans 8,000 − 1,200 = 6,800; debits 5,490 + 39,700 + 6,800 + 300 + 400 = 52,690;
    // credits 400 + 2,000 + 45,000 + 5,000 + 240 + 50 = 52,690.
    expect(tb.lines.map((l) => `${l.account} ${l.debit} ${l.credit}`)).to.deep.equal([
      'cash 5490.00 0.00',
      'bank 39700.00 0.00',
      'loans-receivable 6800.00 0.00',
      'loan-loss-allowance 0.00 400.00',
      'member-savings 0.00 2000.00',
      'member-shares 0.00 45000.00',
      'reserve 0.00 5000.00',
      'loan-interest 0.00 240.00',
      'fines 0.00 50.00',
      'meeting-admin 300.00 0.00',
      'bad-debts 400.00 0.00',
    ]);
    expect([tb.totalDebit, tb.totalCredit].map(String)).to.deep.equal(['52690.00', '52690.00']);
    // As of 31 May only the opening and the loan count: cash 2,000 + bank 40,000 + loans 8,000.
    expect(trialBalance(sampleBooks(), { asOf: '2024-05-31' }).totalDebit.toString()).to.equal(
      '50000.00',
    );
  });

  it('shows income and expenses of a period and their difference', () => {
    const year = incomeStatement(sampleBooks(), { from: '2024-01-01', to: '2024-12-31' });
    expect(text(year.income.lines)).to.deep.equal(['loan-interest 240.00', 'fines 50.00']);
    expect(text(year.expenses.lines)).to.deep.equal(['meeting-admin 300.00', 'bad-debts 400.00']);
    // 290 − 700 = −410: a loss.
    expect([year.income.total, year.expenses.total, year.surplus].map(String)).to.deep.equal([
      '290.00',
      '700.00',
      '-410.00',
    ]);
    const firstHalf = incomeStatement(sampleBooks(), { from: '2024-01-01', to: '2024-06-30' });
    expect(firstHalf.surplus.toString()).to.equal('290.00');
  });

  it('balances the balance sheet with the contra asset reducing assets', () => {
    const sheet = balanceSheet(sampleBooks(), { asOf: '2024-12-31' });
    expect(text(sheet.assets.lines)).to.deep.equal([
      'cash 5490.00',
      'bank 39700.00',
      'loans-receivable 6800.00',
      'loan-loss-allowance -400.00',
    ]);
    // 5,490 + 39,700 + 6,800 − 400 = 51,590 = 2,000 + 50,000 − 410.
    expect(sheet.assets.total.toString()).to.equal('51590.00');
    expect(sheet.liabilities.total.toString()).to.equal('2000.00');
    expect(sheet.equity.total.toString()).to.equal('50000.00');
    expect(sheet.currentSurplus.toString()).to.equal('-410.00');
    expect(sheet.totalLiabilitiesAndEquity.toString()).to.equal('51590.00');
  });

  it('closes the year into retained surplus without changing the year’s income statement', () => {
    const books = sampleBooks();
    const closing = yearEndClosingEntry(books, { id: 'close-2024', date: '2024-12-31' });
    expect(closing).to.deep.include({ closing: true, memo: 'ปิดบัญชีสิ้นปี' });
    expect(closing.lines).to.deep.equal([
      { account: 'loan-interest', debit: '240.00', subFund: 'general' },
      { account: 'fines', debit: '50.00', subFund: 'general' },
      { account: 'meeting-admin', credit: '300.00', subFund: 'general' },
      { account: 'bad-debts', credit: '400.00', subFund: 'general' },
      { account: 'retained-surplus', debit: '410.00', subFund: 'general' },
    ]);
    const closed = postEntry(books, closing);
    expect(
      incomeStatement(closed, { from: '2024-01-01', to: '2024-12-31' }).surplus.toString(),
    ).to.equal('-410.00');
    const sheet = balanceSheet(closed, { asOf: '2024-12-31' });
    expect(sheet.currentSurplus.toString()).to.equal('0.00');
    expect(text(sheet.equity.lines)).to.deep.equal([
      'member-shares 45000.00',
      'reserve 5000.00',
      'retained-surplus -410.00',
    ]);
    expect(sheet.assets.total.equals(sheet.totalLiabilitiesAndEquity)).to.equal(true);
    expectSajjaError(
      () => yearEndClosingEntry(closed, { id: 'again', date: '2024-12-31' }),
      'INVALID_ARGUMENT',
      'nothing-to-close',
    );
    // A reversed closing entry must carry the flag, or income statements would count it.
    const reopened = reverseEntry(closed, 'close-2024', { date: '2024-12-31' });
    expect(reopened.entries.at(-1)?.closing).to.equal(true);
    expect(balanceSheet(reopened).currentSurplus.toString()).to.equal('-410.00');
  });

  it('refuses an unknown sub-fund and a bad date', () => {
    expectSajjaError(
      () => balanceSheet(sampleBooks(), { subFund: 'rice' }),
      'INVALID_ARGUMENT',
      'unknown-sub-fund',
    );
    expectSajjaError(
      () => trialBalance(sampleBooks(), { asOf: '2024-02-30' }),
      'INVALID_DATE',
      'no-such-day',
    );
    expectSajjaError(
      () => incomeStatement(sampleBooks(), { from: '2024/01/01' }),
      'INVALID_DATE',
      'not-a-date',
    );
  });
});

/**
 * Random valid journals: each entry has lines in one to three sub-funds; within each, debits on
 * random accounts and the same amounts credited on random accounts (balanced by construction).
 */
const lineArbitrary = fc.record({
  debitAccount: fc.constantFrom(...ACCOUNTS),
  creditAccount: fc.constantFrom(...ACCOUNTS),
  satang: fc.bigInt({ min: 1n, max: 10n ** 9n }),
});
const entryArbitrary = fc.record({
  day: fc.integer({ min: 1, max: 365 }),
  funds: fc.uniqueArray(fc.constantFrom(...SUB_FUNDS), { minLength: 1, maxLength: 3 }),
  pairs: fc.array(lineArbitrary, { minLength: 1, maxLength: 3 }),
  creditAsOneLine: fc.boolean(),
});
const journalArbitrary = fc.record({
  entries: fc.array(entryArbitrary, { minLength: 1, maxLength: 25 }),
  reversals: fc.array(fc.nat(), { maxLength: 5 }),
  asOfDay: fc.integer({ min: 1, max: 366 }),
});

const dayOf = (day: number) => {
  const date = new Date(Date.UTC(2024, 0, day));
  return date.toISOString().slice(0, 10);
};

type Journal = typeof journalArbitrary extends fc.Arbitrary<infer T> ? T : never;

function randomBooks(journal: Journal): Books {
  const entries: JournalEntry[] = journal.entries.map((entry, index) => ({
    id: `E-${index}`,
    date: dayOf(entry.day),
    lines: entry.funds.flatMap((subFund) => {
      const debits = entry.pairs.map((pair) => ({
        account: pair.debitAccount,
        debit: satangToText(pair.satang),
        subFund,
      }));
      const total = entry.pairs.reduce((sum, pair) => sum + pair.satang, 0n);
      const credits = entry.creditAsOneLine
        ? [{ account: entry.pairs[0]!.creditAccount, credit: satangToText(total), subFund }]
        : entry.pairs.map((pair) => ({
            account: pair.creditAccount,
            credit: satangToText(pair.satang),
            subFund,
          }));
      return [...debits, ...credits];
    }),
  }));
  let books = postEntries(createBooks({ subFunds: SUB_FUNDS }), entries);
  const reversed = new Set<number>();
  for (const pick of journal.reversals) {
    const index = pick % entries.length;
    if (reversed.has(index)) continue;
    reversed.add(index);
    books = reverseEntry(books, `E-${index}`, { date: '2024-12-31' });
  }
  return books;
}

/** Each account's debits minus credits in satang, summed straight from the posted lines. */
function referenceBalances(books: Books, asOf: string, subFund?: string): Map<string, bigint> {
  const balances = new Map<string, bigint>();
  for (const entry of books.entries) {
    if (entry.date > asOf) continue;
    for (const line of entry.lines) {
      if (subFund !== undefined && line.subFund !== subFund) continue;
      const amount = line.debit ? textToSatang(line.debit) : -textToSatang(line.credit!);
      balances.set(line.account, (balances.get(line.account) ?? 0n) + amount);
    }
  }
  return balances;
}

describe('reports over any valid journal (properties)', () => {
  it('gives a trial balance whose columns agree and match the posted lines, per sub-fund and in total', () => {
    fc.assert(
      fc.property(journalArbitrary, (journal) => {
        const books = randomBooks(journal);
        const asOf = dayOf(journal.asOfDay);
        for (const subFund of [undefined, ...SUB_FUNDS]) {
          const tb = trialBalance(books, { asOf, ...(subFund ? { subFund } : {}) });
          expect(tb.totalDebit.equals(tb.totalCredit)).to.equal(true);
          const reference = referenceBalances(books, asOf, subFund);
          const fromReport = new Map(
            tb.lines.map((line) => [
              line.account,
              textToSatang(line.debit.toString()) - textToSatang(line.credit.toString()),
            ]),
          );
          expect(fromReport).to.deep.equal(
            new Map([...reference].filter(([account]) => fromReport.has(account))),
          );
          expect([...fromReport.keys()].sort()).to.deep.equal([...reference.keys()].sort());
        }
      }),
      { numRuns: 60 },
    );
  });

  it('gives balance sheets that balance, per sub-fund and in total, and add up to the total', () => {
    fc.assert(
      fc.property(journalArbitrary, (journal) => {
        const books = randomBooks(journal);
        const asOf = dayOf(journal.asOfDay);
        const total = balanceSheet(books, { asOf });
        expect(total.assets.total.equals(total.totalLiabilitiesAndEquity)).to.equal(true);
        // The surplus on the sheet is the income statement's over everything up to asOf.
        expect(total.currentSurplus.equals(incomeStatement(books, { to: asOf }).surplus)).to.equal(
          true,
        );
        let assets = 0n;
        let surplus = 0n;
        for (const subFund of SUB_FUNDS) {
          const sheet = balanceSheet(books, { asOf, subFund });
          expect(sheet.assets.total.equals(sheet.totalLiabilitiesAndEquity), subFund).to.equal(
            true,
          );
          assets += textToSatang(sheet.assets.total.toString());
          surplus += textToSatang(sheet.currentSurplus.toString());
        }
        expect(satangToText(assets)).to.equal(total.assets.total.toString());
        expect(satangToText(surplus)).to.equal(total.currentSurplus.toString());
      }),
      { numRuns: 60 },
    );
  });

  it('keeps the sheet balanced and the income statement unchanged after a year-end closing', () => {
    fc.assert(
      fc.property(journalArbitrary, (journal) => {
        const books = randomBooks(journal);
        let closing: JournalEntry;
        try {
          closing = yearEndClosingEntry(books, { id: 'close', date: '2024-12-31' });
        } catch {
          return; // nothing to close: no income or expense account has a balance
        }
        const closed = postEntry(books, closing);
        const year = { from: '2024-01-01', to: '2024-12-31' };
        expect(
          incomeStatement(closed, year).surplus.equals(incomeStatement(books, year).surplus),
        ).to.equal(true);
        for (const subFund of [undefined, ...SUB_FUNDS]) {
          const sheet = balanceSheet(closed, subFund ? { subFund } : {});
          expect(sheet.currentSurplus.isZero()).to.equal(true);
          expect(sheet.assets.total.equals(sheet.totalLiabilitiesAndEquity)).to.equal(true);
        }
      }),
      { numRuns: 40 },
    );
  });
});
