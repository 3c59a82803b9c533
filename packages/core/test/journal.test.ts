import { expect } from 'chai';
import { createBooks, addMember, recordLeaving, addLoan, type Books } from '../src/books/books.js';
import {
  DEFAULT_CHART_OF_ACCOUNTS,
  validateChartOfAccounts,
  type Account,
} from '../src/books/chart-of-accounts.js';
import {
  depositEntry,
  fineEntry,
  loanIssuedEntry,
  loanRepaymentEntry,
  transferEntry,
  welfareContributionEntry,
  welfarePaymentEntry,
  withdrawalEntry,
} from '../src/books/entry-builders.js';
import {
  closePeriod,
  postEntries,
  postEntry,
  reverseEntry,
  type JournalEntry,
} from '../src/books/journal.js';
import { issueLoan, receiveLoanPayment, reverseLoanPayment } from '../src/books/loan-entries.js';
import { TRAT_SUB_FUNDS } from '../src/books/sub-funds.js';
import { trialBalance } from '../src/books/trial-balance.js';
import { money } from '../src/index.js';
import { expectSajjaError, rulesProblems } from './expect-sajja-error.js';

/** The `path: reason` of every problem of an INVALID_ARGUMENT error thrown by `action`. */
function problemsOf(action: () => unknown): string[] {
  try {
    action();
  } catch (error) {
    const { code, problems, reason } = error as {
      code: string;
      reason: string;
      problems: Array<{ path: string; reason: string }>;
    };
    expect(code, String(error)).to.equal('INVALID_ARGUMENT');
    expect(reason).to.equal(problems[0]?.reason);
    return problems.map((problem) => `${problem.path}: ${problem.reason}`);
  }
  return expect.fail('expected INVALID_ARGUMENT');
}

const members = [
  { id: 'M-001', name: 'สมชาย ใจดี', joinedOn: '2020-03-01' },
  { id: 'M-002', name: 'สมศรี มีสุข', joinedOn: '2021-06-15' },
];

function trat(): Books {
  return createBooks({
    name: 'กลุ่มสัจจะ',
    subFunds: TRAT_SUB_FUNDS,
    openPeriod: '2024-01',
    members,
  });
}

const deposit: JournalEntry = {
  id: 'E-1',
  date: '2024-01-05',
  memo: 'เงินสัจจะ',
  lines: [
    { account: 'cash', debit: '200' },
    { account: 'member-shares', credit: money('200'), memberId: 'M-001' },
  ],
};

describe('chart of accounts', () => {
  it('accepts the default chart, whose roles fit their account types', () => {
    expect(validateChartOfAccounts(DEFAULT_CHART_OF_ACCOUNTS)).to.equal(DEFAULT_CHART_OF_ACCOUNTS);
    const byCode = new Map(DEFAULT_CHART_OF_ACCOUNTS.map((a) => [a.code, a]));
    expect(byCode.get('cash')).to.deep.include({
      type: 'asset',
      normalBalance: 'debit',
      role: 'cash',
    });
    expect(byCode.get('member-savings')).to.deep.include({
      type: 'liability',
      normalBalance: 'credit',
    });
    // The contra asset: an asset whose balance is normally a credit.
    expect(byCode.get('loan-loss-allowance')).to.deep.include({
      type: 'asset',
      normalBalance: 'credit',
    });
    expect(byCode.get('loan-interest')?.label).to.deep.equal({
      th: 'ดอกเบี้ยเงินกู้',
      en: 'Loan interest',
    });
  });

  it('reports every problem of a chart at once', () => {
    const chart = [
      DEFAULT_CHART_OF_ACCOUNTS[0],
      { ...DEFAULT_CHART_OF_ACCOUNTS[1], code: 'cash' },
      { code: '1010', type: 'asset', normalBalance: 'debit', label: { th: 'เงินสดย่อย' } },
      { code: 'x', type: 'cost', normalBalance: 'left', label: { th: 'ก', en: 1 }, role: 'cash' },
      {
        code: 'savings2',
        type: 'asset',
        normalBalance: 'debit',
        label: { th: 'ก', en: 'A' },
        role: 'member-savings',
      },
    ];
    expect(
      rulesProblems(() => validateChartOfAccounts(chart)).map((p) => `${p.path}: ${p.reason}`),
    ).to.deep.equal([
      '[1].code: duplicate-code',
      '[2].code: invalid-code',
      '[2].label.en: required',
      '[3].type: unknown-value',
      '[3].normalBalance: unknown-value',
      '[3].label.en: not-text',
      '[4].role: role-type-mismatch',
    ]);
    expect(rulesProblems(() => validateChartOfAccounts([]))).to.deep.equal([
      { path: '', reason: 'no-accounts' },
    ]);
  });

  it('checks the chart and the sub-funds when books are created', () => {
    expect(
      rulesProblems(() =>
        createBooks({
          chart: [{ code: 'Cash' } as unknown as Account],
          subFunds: ['general', 'general', 'Livestock'],
          openPeriod: '2024-13',
        }),
      ).map((p) => `${p.path}: ${p.reason}`),
    ).to.deep.equal([
      'chart[0].code: invalid-code',
      'chart[0].type: required',
      'chart[0].normalBalance: required',
      'chart[0].label: required',
      'subFunds[1]: duplicate-code',
      'subFunds[2]: invalid-code',
      'openPeriod: not-a-month',
    ]);
  });

  it('labels sub-funds given as codes from the Trat list, else with the code', () => {
    const books = createBooks({ subFunds: ['general', 'livestock', 'rice-bank'] });
    expect(books.subFunds.map((fund) => fund.label.th)).to.deep.equal([
      'กองทุนทั่วไป',
      'กองทุนปศุสัตว์',
      'rice-bank',
    ]);
    expect(createBooks().subFunds.map((fund) => fund.code)).to.deep.equal(['general']);
  });
});

describe('postEntry', () => {
  it('returns new books with the entry normalised, leaving the old books as they were', () => {
    const before = trat();
    const after = postEntry(before, deposit);
    expect(before.entries).to.have.length(0);
    expect(after.entries).to.deep.equal([
      {
        id: 'E-1',
        date: '2024-01-05',
        memo: 'เงินสัจจะ',
        lines: [
          // Amounts become two-decimal strings; lines without a sub-fund go to the first one.
          { account: 'cash', debit: '200.00', subFund: 'general' },
          { account: 'member-shares', credit: '200.00', subFund: 'general', memberId: 'M-001' },
        ],
      },
    ]);
    expect(Object.isFrozen(after)).to.equal(true);
    expect(Object.isFrozen(after.entries[0]?.lines[0])).to.equal(true);
    expect(JSON.parse(JSON.stringify(after.entries))).to.deep.equal(after.entries);
  });

  it('refuses an entry whose debits and credits differ by one satang', () => {
    const error = expectSajjaError(
      () =>
        postEntry(trat(), {
          id: 'E-1',
          date: '2024-01-05',
          lines: [
            { account: 'cash', debit: '100.00' },
            { account: 'member-savings', credit: '99.99', memberId: 'M-001' },
          ],
        }),
      'INVALID_ARGUMENT',
      'unbalanced',
    );
    expect(error.problems[0]?.details).to.deep.equal({ debits: '100.00', credits: '99.99' });
    expect(error.details).to.include({ entry: 0, entryId: 'E-1' });
  });

  it('refuses an entry that balances overall but not within each sub-fund', () => {
    // Cash leaves the general fund and a loan appears in the livestock fund: each fund's book
    // would be off by 5,000.
    const error = expectSajjaError(
      () =>
        postEntry(trat(), {
          id: 'E-1',
          date: '2024-01-05',
          lines: [
            { account: 'loans-receivable', debit: '5000', subFund: 'livestock', memberId: 'M-001' },
            { account: 'cash', credit: '5000', subFund: 'general' },
          ],
        }),
      'INVALID_ARGUMENT',
      'unbalanced-sub-fund',
    );
    expect(error.problems.map((problem) => problem.details)).to.deep.equal([
      { subFund: 'livestock', debits: '5000.00', credits: '0.00' },
      { subFund: 'general', debits: '0.00', credits: '5000.00' },
    ]);
  });

  it('reports every problem of an entry at once, each with its path', () => {
    expect(
      problemsOf(() =>
        postEntry(trat(), {
          id: '',
          date: '2024-02-30',
          memo: 7 as unknown as string,
          lines: [
            { account: 'cash', debit: '100', credit: '100' },
            { account: 'petty-cash', debit: '0' },
            { account: 'member-savings', credit: '-5', subFund: 'rice', memberId: 'M-999' },
            { account: 'fines', credit: '1,000' },
            { account: 'fees', credit: '1.005' },
          ],
        }),
      ),
    ).to.deep.equal([
      'id: required',
      'date: not-a-date',
      'memo: not-text',
      'lines[0]: debit-or-credit',
      'lines[1].account: unknown-account',
      'lines[1].debit: not-positive',
      'lines[2].credit: not-positive',
      'lines[2].subFund: unknown-sub-fund',
      'lines[2].memberId: unknown-member',
      'lines[3].credit: not-an-amount',
      'lines[4].credit: not-an-amount',
    ]);
    expect(
      problemsOf(() => postEntry(trat(), { ...deposit, lines: [deposit.lines[0]!] })),
    ).to.deep.equal(['lines: too-few-lines']);
    expect(problemsOf(() => postEntry(trat(), null as unknown as JournalEntry))).to.deep.equal([
      ': not-an-object',
    ]);
  });

  it('refuses a second entry with the same id', () => {
    const books = postEntry(trat(), deposit);
    expect(problemsOf(() => postEntry(books, { ...deposit, date: '2024-01-06' }))).to.deep.equal([
      'id: duplicate-id',
    ]);
  });

  it('refuses entries before the books open and in closed months, and closes months in order', () => {
    let books = trat();
    expect(problemsOf(() => postEntry(books, { ...deposit, date: '2023-12-31' }))).to.deep.equal([
      'date: period-not-open',
    ]);
    books = postEntry(books, deposit);
    // Closing March closes January and February too.
    books = closePeriod(books, '2024-03');
    expect(books.closedThrough).to.equal('2024-03');
    const error = expectSajjaError(
      () => postEntry(books, { ...deposit, id: 'E-2', date: '2024-02-29' }),
      'INVALID_ARGUMENT',
      'period-closed',
    );
    expect(error.problems[0]?.details).to.deep.equal({
      month: '2024-02',
      closedThrough: '2024-03',
    });
    expect(postEntry(books, { ...deposit, id: 'E-2', date: '2024-04-01' }).entries).to.have.length(
      2,
    );
    expectSajjaError(() => closePeriod(books, '2024-03'), 'INVALID_ARGUMENT', 'period-closed');
    expectSajjaError(() => closePeriod(books, '2024-01'), 'INVALID_ARGUMENT', 'period-closed');
    expectSajjaError(() => closePeriod(trat(), '2023-12'), 'INVALID_ARGUMENT', 'period-not-open');
    expectSajjaError(() => closePeriod(books, '2024-4'), 'INVALID_DATE', 'not-a-month');
  });

  it('posts a batch all or nothing, naming the entry that failed', () => {
    const books = trat();
    const error = expectSajjaError(
      () =>
        postEntries(books, [
          deposit,
          {
            ...deposit,
            id: 'E-2',
            lines: [{ ...deposit.lines[0]!, account: 'kitty' }, deposit.lines[1]!],
          },
        ]),
      'INVALID_ARGUMENT',
      'unknown-account',
    );
    expect(error.details).to.include({ entry: 1, entryId: 'E-2', account: 'kitty' });
    expect(books.entries).to.have.length(0);
  });
});

describe('reverseEntry', () => {
  it('posts the mirror of an entry, so its accounts return to zero, and keeps both', () => {
    let books = postEntry(trat(), deposit);
    books = reverseEntry(books, 'E-1', { date: '2024-01-06', memo: 'ลงซ้ำ' });
    expect(books.entries[1]).to.deep.equal({
      id: 'reversal-of-E-1',
      date: '2024-01-06',
      memo: 'ลงซ้ำ',
      reverses: 'E-1',
      lines: [
        { account: 'cash', credit: '200.00', subFund: 'general' },
        { account: 'member-shares', debit: '200.00', subFund: 'general', memberId: 'M-001' },
      ],
    });
    expect(
      trialBalance(books).lines.map((line) => `${line.account} ${line.debit} ${line.credit}`),
    ).to.deep.equal(['cash 0.00 0.00', 'member-shares 0.00 0.00']);
  });

  it('corrects an entry of a closed month with a reversal dated in an open month', () => {
    let books = closePeriod(postEntry(trat(), deposit), '2024-01');
    books = reverseEntry(books, 'E-1', { date: '2024-02-02', id: 'C-1' });
    expect(books.entries.map((entry) => entry.id)).to.deep.equal(['E-1', 'C-1']);
    expectSajjaError(
      () =>
        reverseEntry(closePeriod(postEntry(trat(), deposit), '2024-01'), 'E-1', {
          date: '2024-01-31',
        }),
      'INVALID_ARGUMENT',
      'period-closed',
    );
  });

  it('refuses to reverse twice, to reverse a reversal, or to reverse before the original', () => {
    const reversed = reverseEntry(postEntry(trat(), deposit), 'E-1', { date: '2024-01-06' });
    expectSajjaError(
      () => reverseEntry(reversed, 'E-1', { date: '2024-01-07', id: 'R-2' }),
      'INVALID_ARGUMENT',
      'already-reversed',
    );
    expectSajjaError(
      () => reverseEntry(reversed, 'reversal-of-E-1', { date: '2024-01-07' }),
      'INVALID_ARGUMENT',
      'reverses-a-reversal',
    );
    expectSajjaError(
      () => reverseEntry(postEntry(trat(), deposit), 'E-1', { date: '2024-01-04' }),
      'INVALID_ARGUMENT',
      'before-original',
    );
    const unknown = expectSajjaError(
      () => reverseEntry(trat(), 'E-404', { date: '2024-01-07' }),
      'INVALID_ARGUMENT',
      'unknown-entry',
    );
    expect(unknown.details).to.deep.equal({ id: 'E-404' });
  });

  it('refuses a hand-made reversal that is not the exact mirror', () => {
    const books = postEntry(trat(), deposit);
    expect(
      problemsOf(() =>
        postEntry(books, {
          id: 'R-1',
          date: '2024-01-06',
          reverses: 'E-1',
          lines: [
            { account: 'cash', credit: '150' },
            { account: 'member-shares', debit: '150', memberId: 'M-001' },
          ],
        }),
      ),
    ).to.deep.equal(['lines: not-a-mirror']);
    // The same lines with the amounts swapped back are accepted.
    const mirror = postEntry(books, {
      id: 'R-1',
      date: '2024-01-06',
      reverses: 'E-1',
      lines: [
        { account: 'cash', credit: '200' },
        { account: 'member-shares', debit: '200', memberId: 'M-001' },
      ],
    });
    expect(mirror.entries[1]?.reverses).to.equal('E-1');
  });
});

describe('books: members, loans, loading', () => {
  it('adds members, records leaving, and refuses what does not fit', () => {
    let books = addMember(trat(), { id: 'M-003', name: 'มานี', joinedOn: '2024-01-08' });
    books = recordLeaving(books, 'M-003', '2024-03-31');
    expect(books.members[2]).to.deep.equal({
      id: 'M-003',
      name: 'มานี',
      joinedOn: '2024-01-08',
      leftOn: '2024-03-31',
    });
    expectSajjaError(
      () => recordLeaving(books, 'M-003', '2024-04-30'),
      'INVALID_ARGUMENT',
      'already-left',
    );
    expectSajjaError(
      () => recordLeaving(books, 'M-404', '2024-04-30'),
      'INVALID_ARGUMENT',
      'unknown-member',
    );
    expectSajjaError(
      () => recordLeaving(books, 'M-001', '2019-01-01'),
      'INVALID_ARGUMENT',
      'left-before-joining',
    );
    expect(
      problemsOf(() => addMember(books, { id: 'M-001', name: 5, joinedOn: '2024-1-1' } as never)),
    ).to.deep.equal(['id: duplicate-id', 'name: not-text', 'joinedOn: not-a-date']);
  });

  it('adds a loan to the register after checking its member, sub-fund and terms', () => {
    const terms = {
      principal: '10000',
      rate: { percent: '1', per: 'month' },
      termMonths: 10,
      method: 'flat',
      disbursedOn: '2024-01-15',
    } as const;
    const books = addLoan(trat(), { id: 'L-1', memberId: 'M-001', loan: { terms } });
    expect(books.loans[0]).to.deep.include({ id: 'L-1', memberId: 'M-001', subFund: 'general' });
    expect(
      problemsOf(() =>
        addLoan(books, { id: 'L-1', memberId: 'M-404', subFund: 'rice', loan: { terms } }),
      ),
    ).to.deep.equal(['id: duplicate-id', 'memberId: unknown-member', 'subFund: unknown-sub-fund']);
    expectSajjaError(
      () =>
        addLoan(books, {
          id: 'L-2',
          memberId: 'M-001',
          loan: { terms: { ...terms, principal: '0' } },
        }),
      'INVALID_AMOUNT',
      'not-positive',
    );
  });

  it('loads books written out as JSON back to the same books', () => {
    let books = postEntry(trat(), deposit);
    books = reverseEntry(books, 'E-1', { date: '2024-01-06' });
    books = closePeriod(books, '2024-01');
    const loaded = createBooks(JSON.parse(JSON.stringify(books)));
    expect(JSON.stringify(loaded)).to.equal(JSON.stringify(books));
    expect(loaded.closedThrough).to.equal('2024-01');
  });
});

describe('entry builders', () => {
  it('build the usual entries with the chart’s accounts by role', () => {
    const basics = { date: '2024-01-05', memberId: 'M-001' };
    const linesOf = (entry: JournalEntry) =>
      entry.lines.map(
        (line) => `${line.account} ${line.debit ? `Dr ${line.debit}` : `Cr ${line.credit}`}`,
      );
    expect(linesOf(depositEntry({ ...basics, id: 'a', amount: '500', via: 'bank' }))).to.deep.equal(
      ['bank Dr 500.00', 'member-savings Cr 500.00'],
    );
    expect(
      linesOf(withdrawalEntry({ ...basics, id: 'b', amount: '300', account: 'shares' })),
    ).to.deep.equal(['member-shares Dr 300.00', 'cash Cr 300.00']);
    expect(linesOf(loanIssuedEntry({ ...basics, id: 'c', amount: '5000' }))).to.deep.equal([
      'loans-receivable Dr 5000.00',
      'cash Cr 5000.00',
    ]);
    // A part of zero gets no line; the cash line is the sum of the parts.
    expect(
      linesOf(
        loanRepaymentEntry({
          ...basics,
          id: 'd',
          principal: '896.03',
          interest: '100',
          penalty: '3.97',
        }),
      ),
    ).to.deep.equal([
      'cash Dr 1000.00',
      'loans-receivable Cr 896.03',
      'loan-interest Cr 100.00',
      'fines Cr 3.97',
    ]);
    expect(linesOf(fineEntry({ ...basics, id: 'e', amount: '20' }))).to.deep.equal([
      'cash Dr 20.00',
      'fines Cr 20.00',
    ]);
    expect(linesOf(welfareContributionEntry({ ...basics, id: 'f', amount: '30' }))).to.deep.equal([
      'cash Dr 30.00',
      'welfare-fund Cr 30.00',
    ]);
    expect(linesOf(welfarePaymentEntry({ ...basics, id: 'g', amount: '600' }))).to.deep.equal([
      'welfare-fund Dr 600.00',
      'cash Cr 600.00',
    ]);
    const transfer = transferEntry({
      id: 'h',
      date: '2024-01-05',
      from: 'general',
      to: 'livestock',
      amount: '3000',
    });
    expect(
      transfer.lines.map((line) => `${line.subFund} ${linesOf({ ...transfer, lines: [line] })[0]}`),
    ).to.deep.equal([
      'general fund-transfers Dr 3000.00',
      'general cash Cr 3000.00',
      'livestock cash Dr 3000.00',
      'livestock fund-transfers Cr 3000.00',
    ]);
    // Every builder's entry posts.
    expect(postEntry(trat(), transfer).entries).to.have.length(1);
  });

  it('refuse amounts of zero, and a chart without the account a role needs', () => {
    expectSajjaError(
      () => depositEntry({ id: 'a', date: '2024-01-05', memberId: 'M-001', amount: '0' }),
      'INVALID_AMOUNT',
      'not-positive',
    );
    expectSajjaError(
      () => loanRepaymentEntry({ id: 'a', date: '2024-01-05', memberId: 'M-001' }),
      'INVALID_AMOUNT',
      'not-positive',
    );
    const noBank = DEFAULT_CHART_OF_ACCOUNTS.filter((account) => account.role !== 'bank');
    const error = expectSajjaError(
      () =>
        depositEntry(
          { id: 'a', date: '2024-01-05', memberId: 'M-001', amount: '5', via: 'bank' },
          noBank,
        ),
      'INVALID_ARGUMENT',
      'no-account-for-role',
    );
    expect(error.details).to.deep.equal({ role: 'bank' });
  });
});

describe('loans in the books', () => {
  // 10,000 at 1 % a month flat over 10 months: 1,000 principal + 100 interest each month,
  // due on the 15th from February 2024.
  const loan = {
    terms: {
      principal: '10000',
      rate: { percent: '1', per: 'month' },
      termMonths: 10,
      method: 'flat',
      disbursedOn: '2024-01-15',
    },
  } as const;

  it('pays out a loan into the register and the journal', () => {
    const books = issueLoan(trat(), { id: 'L-1', memberId: 'M-001', subFund: 'livestock', loan });
    expect(books.loans.map((l) => l.id)).to.deep.equal(['L-1']);
    expect(books.entries).to.deep.equal([
      {
        id: 'L-1:disbursement',
        date: '2024-01-15',
        lines: [
          {
            account: 'loans-receivable',
            debit: '10000.00',
            subFund: 'livestock',
            memberId: 'M-001',
          },
          { account: 'cash', credit: '10000.00', subFund: 'livestock' },
        ],
      },
    ]);
  });

  it('books a late repayment split into penalty, interest and principal', () => {
    let books = issueLoan(trat(), { id: 'L-1', memberId: 'M-001', subFund: 'livestock', loan });
    // Paid 1,000 on 15 March for the instalment due 15 February, 29 days late:
    // penalty 1,000 × 5 % × 29 / 365 = 3.9726… → 3.97; interest 100.00; principal the rest, 896.03.
    const received = receiveLoanPayment(books, {
      loanId: 'L-1',
      payment: { id: 'P-1', date: '2024-03-15', amount: '1000' },
    });
    books = received.books;
    expect(
      [
        received.allocation.penalty,
        received.allocation.interest,
        received.allocation.principal,
      ].map(String),
    ).to.deep.equal(['3.97', '100.00', '896.03']);
    expect(books.entries[1]).to.deep.equal({
      id: 'L-1:P-1',
      date: '2024-03-15',
      lines: [
        { account: 'cash', debit: '1000.00', subFund: 'livestock' },
        { account: 'loans-receivable', credit: '896.03', subFund: 'livestock', memberId: 'M-001' },
        { account: 'loan-interest', credit: '100.00', subFund: 'livestock', memberId: 'M-001' },
        { account: 'fines', credit: '3.97', subFund: 'livestock', memberId: 'M-001' },
      ],
    });
    expect(books.loans[0]?.payments).to.deep.equal([
      { id: 'P-1', date: '2024-03-15', amount: '1000' },
    ]);
  });

  it('reverses a repayment in the register and the journal, keeping both records', () => {
    let books = issueLoan(trat(), { id: 'L-1', memberId: 'M-001', loan });
    books = receiveLoanPayment(books, {
      loanId: 'L-1',
      payment: { id: 'P-1', date: '2024-02-15', amount: '1100' },
    }).books;
    books = reverseLoanPayment(books, {
      loanId: 'L-1',
      paymentId: 'P-1',
      date: '2024-02-16',
      memo: 'เช็คคืน',
    });
    expect(books.loans[0]?.payments.map((p) => p.reverses ?? p.id)).to.deep.equal(['P-1', 'P-1']);
    expect(books.entries.map((entry) => entry.reverses ?? entry.id)).to.deep.equal([
      'L-1:disbursement',
      'L-1:P-1',
      'L-1:P-1',
    ]);
    const tb = trialBalance(books);
    expect(tb.lines.find((line) => line.account === 'loans-receivable')?.debit.toString()).to.equal(
      '10000.00',
    );
    expectSajjaError(
      () => reverseLoanPayment(books, { loanId: 'L-1', paymentId: 'P-9', date: '2024-02-16' }),
      'INVALID_ARGUMENT',
      'unknown-payment',
    );
    expectSajjaError(
      () =>
        receiveLoanPayment(books, {
          loanId: 'L-9',
          payment: { id: 'P-2', date: '2024-02-16', amount: '1' },
        }),
      'INVALID_ARGUMENT',
      'unknown-loan',
    );
  });
});
