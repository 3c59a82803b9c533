import { expect } from 'chai';
import { createBooks } from '../src/books/books.js';
import { DEFAULT_CHART_OF_ACCOUNTS, type Account } from '../src/books/chart-of-accounts.js';
import { depositEntry } from '../src/books/entry-builders.js';
import { incomeStatement } from '../src/books/income-statement.js';
import { postEntry, reverseEntry } from '../src/books/journal.js';
import { monthlyReport } from '../src/books/monthly-report.js';
import { expectSajjaError } from './expect-sajja-error.js';
import { sampleGroup } from './monthly-report-sample.js';

/** The report as JSON would carry it: every amount a two-decimal string. */
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('monthlyReport', () => {
  it('matches the January numbers of the sample group, worked out by hand', () => {
    // Deposits: shares 500 × 3 (M-001..M-003) + 300 (M-004) = 1,800; savings 2,000 (M-001,
    //   bank) + 1,000 (M-002) − 1,000 (its reversal) + 100 (the correct deposit) = 2,100.
    // Withdrawals: M-003 takes out shares of 10,000 + 500 = 10,500 on leaving.
    // Loans paid out: L-3, 5,000. Repayments: L-4's first instalment on its due date,
    //   1,000 principal + 1 % of 3,000 = 30 interest.
    // Fines 20. Welfare: 3 × 30 = 90 in, 600 out; balance 3,000 + 90 − 600 = 2,490.
    // Result: income 30 + 20 + 50 (entrance fee) + 12.34 (bank interest) = 112.34;
    //   expenses 150 (meeting); surplus −37.66.
    // Cash (general): 23,000 − 3,000 (L-4 in Dec) + 1,500 + 1,030 + 300 + 50 − 5,000 + 1,000
    //   − 1,000 + 100 + 90 − 600 + 20 − 150 = 17,340. Livestock: 5,000 − 4,000 + 1,040 + 1,040
    //   = 3,080. Cash on hand 20,420.
    // Bank (general): 50,000 + 2,000 − 10,500 − 3,000 + 12.34 = 38,512.34. Fertiliser: 8,000
    //   − 6,000 (L-2) + 3,000 (transfer) = 5,000. Bank 43,512.34; cash and bank 63,932.34.
    // Savings 15,000 + 2,100 = 17,100; shares 45,000 + 1,800 − 10,500 = 36,300;
    //   loans: L-1 2,000 + L-2 6,000 + L-3 5,000 + L-4 2,000 = 15,000.
    // Net assets: general 17,340 + 38,512.34 + 7,000 − 17,100 = 45,752.34 (= shares 36,300
    //   + reserve 10,000 + welfare 2,490 − transfer 3,000 − 37.66); livestock 3,080 + 2,000 =
    //   5,080; fertiliser 5,000 + 6,000 = 11,000.
    // Arrears on 31 January (penalty 5 %/year on overdue principal, per instalment, rounded):
    //   L-2 unpaid since 1 Dec: 61 days ('61-90'); instalments 1 and 2 overdue: principal
    //   2,000, interest 120, penalties 1,000 × 5 % × 61/365 = 8.356 → 8.36 and
    //   1,000 × 5 % × 30/365 = 4.110 → 4.11; overdue 2,132.47.
    //   L-1's third instalment due 15 Jan: 16 days ('1-30'); 1,000 + 40 + 1,000 × 5 % × 16/365
    //   = 2.192 → 2.19; overdue 1,042.19.
    //   Total 3,174.66, of which principal 3,000; portfolio 15,000; at risk 2,000 + 6,000.
    // Members: at the start M-001, M-002, M-003 (M-006 left on 31 Dec) = 3; joined M-004
    //   (8 Jan) and M-005 (31 Jan); left M-003 (20 Jan); at the end 3 + 2 − 1 = 4.
    expect(plain(monthlyReport(sampleGroup(), '2024-01'))).to.deep.equal({
      kind: 'monthly-report',
      group: 'กลุ่มสัจจะสะสมทรัพย์บ้านคลองใหญ่',
      month: '2024-01',
      from: '2024-01-01',
      to: '2024-01-31',
      deposits: { savings: '2100.00', shares: '1800.00', total: '3900.00' },
      withdrawals: { savings: '0.00', shares: '10500.00', total: '10500.00' },
      loansIssued: { count: 1, amount: '5000.00' },
      repayments: { principal: '1000.00', interest: '30.00', total: '1030.00' },
      fines: '20.00',
      welfare: { contributions: '90.00', payments: '600.00', balance: '2490.00' },
      result: { income: '112.34', expenses: '150.00', surplus: '-37.66' },
      cash: { onHand: '20420.00', bank: '43512.34', total: '63932.34' },
      balances: { savings: '17100.00', shares: '36300.00', loansOutstanding: '15000.00' },
      subFunds: [
        {
          code: 'general',
          label: { th: 'กองทุนทั่วไป', en: 'General fund' },
          cashOnHand: '17340.00',
          bank: '38512.34',
          loansOutstanding: '7000.00',
          netAssets: '45752.34',
        },
        {
          code: 'livestock',
          label: { th: 'กองทุนปศุสัตว์', en: 'Livestock fund' },
          cashOnHand: '3080.00',
          bank: '0.00',
          loansOutstanding: '2000.00',
          netAssets: '5080.00',
        },
        {
          code: 'fertiliser',
          label: { th: 'กองทุนปุ๋ย', en: 'Fertiliser fund' },
          cashOnHand: '0.00',
          bank: '5000.00',
          loansOutstanding: '6000.00',
          netAssets: '11000.00',
        },
      ],
      arrears: {
        loans: [
          {
            loanId: 'L-2',
            memberId: 'M-002',
            name: 'สมศรี มีสุข',
            subFund: 'fertiliser',
            daysPastDue: 61,
            bucket: '61-90',
            overdue: '2132.47',
            overduePrincipal: '2000.00',
            outstandingPrincipal: '6000.00',
          },
          {
            loanId: 'L-1',
            memberId: 'M-001',
            name: 'สมชาย ใจดี',
            subFund: 'livestock',
            daysPastDue: 16,
            bucket: '1-30',
            overdue: '1042.19',
            overduePrincipal: '1000.00',
            outstandingPrincipal: '2000.00',
          },
        ],
        byBucket: { '1-30': '1042.19', '31-60': '0.00', '61-90': '2132.47', '90+': '0.00' },
        total: '3174.66',
        principal: '3000.00',
        portfolio: '15000.00',
        atRisk: '8000.00',
      },
      members: {
        atStart: 3,
        joined: [
          { id: 'M-004', name: 'มานี มานะ', date: '2024-01-08' },
          { id: 'M-005', name: 'ปิติ ยินดี', date: '2024-01-31' },
        ],
        left: [{ id: 'M-003', name: 'บุญมี ศรีสุข', date: '2024-01-20' }],
        atEnd: 4,
      },
    });
  });

  it('reports a closed month as it was, and agrees with the income statement', () => {
    const books = sampleGroup();
    const december = monthlyReport(books, '2023-12');
    // December: L-1's second instalment (1,000 + 40) and L-4 paid out (3,000, general cash).
    expect(plain(december.repayments)).to.deep.equal({
      principal: '1000.00',
      interest: '40.00',
      total: '1040.00',
    });
    expect(plain(december.loansIssued)).to.deep.equal({ count: 1, amount: '3000.00' });
    expect(december.members).to.deep.include({ atStart: 4, atEnd: 3 });
    expect(plain(december.members.left)).to.deep.equal([
      { id: 'M-006', name: 'ชูใจ รักดี', date: '2023-12-31' },
    ]);
    for (const month of ['2023-10', '2023-11', '2023-12', '2024-01', '2024-02']) {
      const report = monthlyReport(books, month);
      const statement = incomeStatement(books, { from: report.from, to: report.to });
      expect(report.result.surplus.equals(statement.surplus), month).to.equal(true);
      expect(report.members.atEnd).to.equal(
        report.members.atStart + report.members.joined.length - report.members.left.length,
      );
    }
    // On 30 November no instalment of L-1 is late (the first was paid on its due date) and
    // L-2's first falls due on 1 December: no arrears.
    expect(monthlyReport(books, '2023-11').arrears.loans).to.deep.equal([]);
  });

  it('counts a reversal against the flow it undoes, in the month it is posted', () => {
    // The 2,000 deposited on 12 January is found wrong in February and reversed there.
    const books = reverseEntry(sampleGroup(), 'J-save-1', { date: '2024-02-03' });
    const february = monthlyReport(books, '2024-02');
    expect(plain(february.deposits)).to.deep.equal({
      savings: '-2000.00',
      shares: '500.00',
      total: '-1500.00',
    });
    expect(plain(february.withdrawals)).to.deep.equal({
      savings: '0.00',
      shares: '0.00',
      total: '0.00',
    });
    // January, already reported, does not change.
    expect(monthlyReport(books, '2024-01').deposits.total.toString()).to.equal('3900.00');
  });

  it('finds money by account role, so a group’s own chart works', () => {
    const chart: Account[] = [
      ...DEFAULT_CHART_OF_ACCOUNTS,
      {
        code: 'cash-box-2',
        type: 'asset',
        normalBalance: 'debit',
        label: { th: 'เงินสดกล่องที่สอง', en: 'Second cash box' },
        role: 'cash',
      },
      {
        code: 'special-savings',
        type: 'liability',
        normalBalance: 'credit',
        label: { th: 'เงินฝากพิเศษ', en: 'Special savings' },
        role: 'member-savings',
      },
    ];
    let books = createBooks({ chart, members: [{ id: 'M-1', name: 'ก', joinedOn: '2024-01-01' }] });
    books = postEntry(
      books,
      depositEntry({ id: 'a', date: '2024-03-01', memberId: 'M-1', amount: '100' }, chart),
    );
    books = postEntry(books, {
      id: 'b',
      date: '2024-03-02',
      lines: [
        { account: 'cash-box-2', debit: '250' },
        { account: 'special-savings', credit: '250', memberId: 'M-1' },
      ],
    });
    const report = monthlyReport(books, '2024-03');
    expect(report.deposits.savings.toString()).to.equal('350.00');
    expect(report.cash.onHand.toString()).to.equal('350.00');
    expect(report.balances.savings.toString()).to.equal('350.00');
  });

  it('refuses a month that is not YYYY-MM', () => {
    expectSajjaError(() => monthlyReport(sampleGroup(), '2024-1'), 'INVALID_DATE', 'not-a-month');
    expectSajjaError(
      () => monthlyReport(sampleGroup(), '2024-13'),
      'INVALID_DATE',
      'no-such-month',
    );
  });
});
