import { errorMessage } from '@sajja/core';
import { trialBalance, type Books } from '@sajja/core/books';
import { expect } from 'chai';
import { organisationBooks, organisationMonthlyReport } from '../src/index.js';
import { organisationBooksOfRecords } from '../src/records.js';
import { FreshStores, rejection } from './helpers.js';
import { smallGroup } from './organisation-fixture.js';

/** Whether the books' lines of one sub-fund balance (debits = credits). */
function trialBalanceOf(books: Books, code: string): boolean {
  let net = 0n;
  for (const entry of books.entries) {
    for (const line of entry.lines) {
      if (line.subFund !== code) continue;
      const satang = BigInt(String(line.debit ?? line.credit).replace('.', ''));
      net += line.debit !== undefined ? satang : -satang;
    }
  }
  return net === 0n;
}

describe('organisationBooks', () => {
  const stores = new FreshStores();
  afterEach(() => stores.cleanUp());

  it('posts every stored record, reversals as reversing entries, and balances', async () => {
    const store = await stores.open();
    const { group, a, e, loanA, loanB, mistake } = await smallGroup(store);
    const books = await organisationBooks(store, { organisationId: group.id });

    expect(books.name).to.equal('กลุ่มสัจจะบ้านหนองบัว');
    expect(books.subFunds.map((fund) => fund.code)).to.deep.equal(['general']);
    expect(books.members).to.have.length(5);
    expect(books.members.find((member) => member.id === a.id)?.name).to.equal('บ้านแก้ว');
    expect(books.loans.map((loan) => loan.id)).to.have.members([loanA.id, loanB.id]);
    // 2 disbursements + 19 transactions (the reversal among them).
    expect(books.entries).to.have.length(21);
    const reversal = books.entries.find((entry) => entry.reverses === mistake.id);
    expect(reversal?.lines).to.deep.equal([
      { account: 'cash', credit: '50.00', subFund: 'general' },
      {
        account: 'member-savings',
        debit: '50.00',
        subFund: 'general',
        memberId: reversal?.lines[1]?.memberId,
      },
    ]);
    expect(books.entries.some((entry) => entry.id === `${loanA.id}:disbursement`)).to.equal(true);
    const balance = trialBalance(books);
    expect(balance.totalDebit.toString()).to.equal(balance.totalCredit.toString());
    expect(balance.totalDebit.isPositive()).to.equal(true);
    expect(books.members.some((member) => member.id === e.id)).to.equal(true);

    const february = await organisationBooks(store, { organisationId: group.id, to: '2025-02-28' });
    expect(february.entries.every((entry) => entry.date <= '2025-02-28')).to.equal(true);
    expect(february.members.some((member) => member.id === e.id)).to.equal(false);
    // C left on 20 February; D's leaving (5 March) is not known by the end of February.
    expect(february.members.filter((member) => member.leftOn !== undefined)).to.have.length(1);
  });

  it('posts the same books from records held in memory (organisationBooksOfRecords)', async () => {
    const store = await stores.open();
    const { group } = await smallGroup(store);
    // A second group whose records must be left out.
    await smallGroup(store);
    const { tables } = await store.exportBackup();
    const records = {
      organisation: tables.organisations.find((organisation) => organisation.id === group.id)!,
      memberships: tables.memberships,
      households: tables.households,
      loans: tables.loans,
      fundTransactions: tables.fundTransactions,
    };
    for (const to of [undefined, '2025-02-28', '2025-03-31']) {
      const stored = await organisationBooks(store, {
        organisationId: group.id,
        ...(to ? { to } : {}),
      });
      const held = organisationBooksOfRecords(records, to ? { to } : {});
      expect(JSON.parse(JSON.stringify(held))).to.deep.equal(JSON.parse(JSON.stringify(stored)));
      expect(held.entries.length).to.be.greaterThan(0);
    }
    expect(() => organisationBooksOfRecords(records, { to: '2025-02-30' }))
      .to.throw()
      .with.property('code', 'INVALID_DATE');
  });

  it('posts to the rules’ first sub-fund and refuses sub-funds the core refuses', async () => {
    const store = await stores.open();
    const { group } = await smallGroup(store, { subFunds: ['general', 'livestock', 'fertiliser'] });
    const books = await organisationBooks(store, { organisationId: group.id });
    expect(books.subFunds.map((fund) => fund.code)).to.deep.equal([
      'general',
      'livestock',
      'fertiliser',
    ]);
    expect(books.subFunds[1]?.label.th).to.equal('กองทุนปศุสัตว์');
    const refused = await rejection(
      store.organisations.add({
        name: 'กลุ่มผิด',
        kind: 'pledge-group',
        rules: { subFunds: ['general', 'Livestock', 'general'] },
      }),
      'INVALID_ARGUMENT',
      'invalid-organisation',
    );
    expect(refused.problems.map((problem) => [problem.path, problem.reason])).to.deep.equal([
      ['rules.subFunds[1]', 'invalid-code'],
      ['rules.subFunds[2]', 'duplicate-code'],
    ]);
  });

  it('posts each loan and transaction to the sub-fund it names, and refuses one the rules do not have', async () => {
    const store = await stores.open();
    const { group, a, b } = await smallGroup(store, {
      subFunds: ['general', 'livestock', 'fertiliser'],
    });
    const cow = await store.loans.add({
      membershipId: a.id,
      subFund: 'livestock',
      terms: {
        principal: '3000',
        rate: { percent: '1', per: 'month' },
        termMonths: 3,
        method: 'flat',
        disbursedOn: '2025-03-01',
      },
    });
    expect(cow.subFund).to.equal('livestock');
    // A repayment belongs to its loan's sub-fund, named or not.
    const repaid = await store.fundTransactions.add({
      membershipId: a.id,
      date: '2025-03-25',
      kind: 'repayment',
      amount: '1030',
      loanId: cow.id,
    });
    const seed = await store.fundTransactions.add({
      membershipId: b.id,
      date: '2025-03-12',
      kind: 'deposit',
      amount: '40',
      subFund: 'fertiliser',
    });
    const reversal = await store.fundTransactions.reverse(seed.id, { date: '2025-03-13' });
    expect(reversal.subFund).to.equal('fertiliser');
    await store.fundTransactions.add({
      membershipId: b.id,
      date: '2025-03-14',
      kind: 'deposit',
      amount: '60',
      subFund: 'fertiliser',
    });

    const books = await organisationBooks(store, { organisationId: group.id });
    const linesOf = (id: string) => books.entries.find((entry) => entry.id === id)!.lines;
    expect(linesOf(`${cow.id}:disbursement`).every((l) => l.subFund === 'livestock')).to.equal(
      true,
    );
    expect(linesOf(`${cow.id}:${repaid.id}`).every((l) => l.subFund === 'livestock')).to.equal(
      true,
    );
    expect(linesOf(reversal.id).every((l) => l.subFund === 'fertiliser')).to.equal(true);
    expect(books.loans.find((loan) => loan.id === cow.id)?.subFund).to.equal('livestock');

    const report = await organisationMonthlyReport(store, {
      organisationId: group.id,
      month: '2025-03',
    });
    const fund = (code: string) => report.subFunds.find((each) => each.code === code)!;
    // 3,000 lent, 1,030 repaid (1,000 principal, 30 interest): 2,000 still lent out.
    expect(fund('livestock').loansOutstanding.toString()).to.equal('2000.00');
    expect(fund('livestock').cashOnHand.toString()).to.equal('-1970.00');
    expect(fund('fertiliser').cashOnHand.toString()).to.equal('60.00');
    expect(fund('fertiliser').netAssets.toString()).to.equal('0.00');
    for (const each of report.subFunds) {
      expect(trialBalanceOf(books, each.code)).to.equal(true);
    }

    const unknown = await rejection(
      store.fundTransactions.add({
        membershipId: b.id,
        date: '2025-03-14',
        kind: 'deposit',
        amount: '60',
        subFund: 'fish',
      }),
      'INVALID_ARGUMENT',
      'invalid-fund-transaction',
    );
    expect(unknown.problems).to.deep.equal([
      {
        path: 'subFund',
        reason: 'unknown-value',
        details: { allowed: 'general, livestock, fertiliser' },
      },
    ]);
    const otherFund = await rejection(
      store.fundTransactions.add({
        membershipId: a.id,
        date: '2025-03-26',
        kind: 'repayment',
        amount: '10',
        loanId: cow.id,
        subFund: 'general',
      }),
      'INVALID_ARGUMENT',
      'invalid-fund-transaction',
    );
    expect(otherFund.problems).to.deep.equal([
      { path: 'subFund', reason: 'unknown-value', details: { allowed: 'livestock' } },
    ]);
    const badLoan = await rejection(
      store.loans.add({
        membershipId: a.id,
        subFund: 'fish',
        terms: {
          principal: '100',
          rate: { percent: '1', per: 'month' },
          termMonths: 1,
          method: 'flat',
          disbursedOn: '2025-03-01',
        },
      }),
      'INVALID_ARGUMENT',
      'invalid-loan',
    );
    expect(badLoan.problems.map((p) => [p.path, p.reason])).to.deep.equal([
      ['subFund', 'unknown-value'],
    ]);
  });

  it('posts a welfare benefit paid as money out of the welfare fund, through cash or the bank, and its reversal', async () => {
    const store = await stores.open();
    const { group, a, d } = await smallGroup(store, { subFunds: ['general', 'insurance'] });
    const childbirth = await store.fundTransactions.add({
      membershipId: a.id,
      date: '2025-03-20',
      kind: 'benefit',
      amount: '500',
      note: 'คลอดบุตร',
    });
    const hospital = await store.fundTransactions.add({
      membershipId: d.id,
      date: '2025-03-21',
      kind: 'benefit',
      amount: '250.50',
      method: 'bank-transfer',
      subFund: 'insurance',
      note: 'นอนโรงพยาบาล',
    });
    const mistake = await store.fundTransactions.reverse(childbirth.id, { date: '2025-03-22' });

    const books = await organisationBooks(store, { organisationId: group.id });
    const entryOf = (id: string) => books.entries.find((entry) => entry.id === id)!;
    expect(entryOf(childbirth.id).memo).to.equal('คลอดบุตร');
    expect(entryOf(childbirth.id).lines).to.deep.equal([
      { account: 'welfare-fund', debit: '500.00', subFund: 'general', memberId: a.id },
      { account: 'cash', credit: '500.00', subFund: 'general' },
    ]);
    expect(entryOf(hospital.id).lines).to.deep.equal([
      { account: 'welfare-fund', debit: '250.50', subFund: 'insurance', memberId: d.id },
      { account: 'bank', credit: '250.50', subFund: 'insurance' },
    ]);
    expect(entryOf(mistake.id).reverses).to.equal(childbirth.id);
    expect(entryOf(mistake.id).lines).to.deep.equal([
      { account: 'welfare-fund', credit: '500.00', subFund: 'general', memberId: a.id },
      { account: 'cash', debit: '500.00', subFund: 'general' },
    ]);
    for (const code of ['general', 'insurance']) {
      expect(trialBalanceOf(books, code), code).to.equal(true);
    }
  });

  it('refuses an unknown organisation and a bad day', async () => {
    const store = await stores.open();
    const { group } = await smallGroup(store);
    const unknown = await rejection(
      organisationBooks(store, { organisationId: 'nope' }),
      'INVALID_ARGUMENT',
      'unknown-organisation',
    );
    expect(errorMessage(unknown, 'en')).to.equal('The group or fund was not found on this device.');
    await rejection(
      organisationBooks(store, { organisationId: group.id, to: '2025-02-30' }),
      'INVALID_DATE',
    );
  });
});

describe('organisationMonthlyReport', () => {
  const stores = new FreshStores();
  afterEach(() => stores.cleanUp());

  it('reports March 2025 of the small group, checked by hand', async () => {
    const store = await stores.open();
    const { group, d, loanB } = await smallGroup(store);
    const report = await organisationMonthlyReport(store, {
      organisationId: group.id,
      month: '2025-03',
    });
    const text = (value: { toString(): string }) => value.toString();
    expect(report.month).to.equal('2025-03');
    expect(report.group).to.equal('กลุ่มสัจจะบ้านหนองบัว');
    // A 200 and B 100; B's 50 and its reversal cancel; B's 500 of shares.
    expect(text(report.deposits.savings)).to.equal('300.00');
    expect(text(report.deposits.shares)).to.equal('500.00');
    expect(text(report.withdrawals.total)).to.equal('0.00');
    expect(report.loansIssued.count).to.equal(0);
    // A: 100 + 12 on time. B: 240 = both fees (40), both interests (20), principal 180.
    expect(text(report.repayments.principal)).to.equal('280.00');
    expect(text(report.repayments.interest)).to.equal('32.00');
    expect(text(report.fines)).to.equal('40.00');
    expect(text(report.welfare.contributions)).to.equal('30.00');
    expect(text(report.result.income)).to.equal('72.00');
    expect(text(report.result.surplus)).to.equal('72.00');
    // Cash from January: 60 + 500 − 2,200 (loans) + 60 + 300 + 112 (February)
    // + 30 + 200 + 112 + 100 + 500 + 240 (March) = 14.
    expect(text(report.cash.onHand)).to.equal('14.00');
    expect(text(report.balances.savings)).to.equal('1100.00');
    expect(text(report.balances.shares)).to.equal('500.00');
    expect(text(report.balances.loansOutstanding)).to.equal('1820.00');
    expect(report.arrears.loans.map((line) => [line.loanId, text(line.overdue)])).to.deep.equal([
      [loanB.id, '20.00'],
    ]);
    expect(report.members.atStart).to.equal(3);
    expect(report.members.left.map((member) => member.id)).to.deep.equal([d.id]);
    expect(report.members.atEnd).to.equal(2);
  });

  it('follows a correction: a reversed repayment leaves the month’s repayments', async () => {
    const store = await stores.open();
    const { group } = await smallGroup(store);
    const before = await organisationMonthlyReport(store, {
      organisationId: group.id,
      month: '2025-03',
    });
    const repayment = (
      await store.fundTransactions.list({ from: '2025-03-15', to: '2025-03-15' })
    )[0]!;
    await store.fundTransactions.reverse(repayment.id, { date: '2025-03-20' });
    const after = await organisationMonthlyReport(store, {
      organisationId: group.id,
      month: '2025-03',
    });
    expect(before.repayments.principal.minus(after.repayments.principal).toString()).to.equal(
      '100.00',
    );
    expect(before.repayments.interest.minus(after.repayments.interest).toString()).to.equal(
      '12.00',
    );
    // Instalment 2 of A's loan (15 March) is unpaid again at the month's end.
    expect(after.arrears.loans).to.have.length(2);
  });

  it('shows welfare benefits paid from the welfare fund, and takes a reversed one back', async () => {
    const store = await stores.open();
    const { group, a, b } = await smallGroup(store);
    const march = () =>
      organisationMonthlyReport(store, { organisationId: group.id, month: '2025-03' });
    const before = await march();
    expect(before.welfare.payments.toString()).to.equal('0.00');
    // A and D paid 30 in January and February, A 30 in March: 150 in the fund.
    expect(before.welfare.balance.toString()).to.equal('150.00');
    const funeral = await store.fundTransactions.add({
      membershipId: a.id,
      date: '2025-03-18',
      kind: 'benefit',
      amount: '100',
      note: 'ช่วยงานศพ',
    });
    await store.fundTransactions.add({
      membershipId: b.id,
      date: '2025-03-19',
      kind: 'benefit',
      amount: '40',
      method: 'promptpay',
    });
    const paid = await march();
    expect(paid.welfare.payments.toString()).to.equal('140.00');
    expect(paid.welfare.contributions.toString()).to.equal('30.00');
    expect(paid.welfare.balance.toString()).to.equal('10.00');
    expect(before.cash.onHand.minus(paid.cash.onHand).toString()).to.equal('100.00');
    expect(before.cash.bank.minus(paid.cash.bank).toString()).to.equal('40.00');
    // Not savings, not a deposit, not income or expense of the group.
    expect(paid.deposits.total.toString()).to.equal(before.deposits.total.toString());
    expect(paid.withdrawals.total.toString()).to.equal(before.withdrawals.total.toString());
    expect(paid.balances.savings.toString()).to.equal(before.balances.savings.toString());
    expect(paid.result.surplus.toString()).to.equal(before.result.surplus.toString());

    // Reversed in April: March keeps it, April takes it back.
    await store.fundTransactions.reverse(funeral.id, { date: '2025-04-02' });
    expect((await march()).welfare.payments.toString()).to.equal('140.00');
    const april = await organisationMonthlyReport(store, {
      organisationId: group.id,
      month: '2025-04',
    });
    expect(april.welfare.payments.toString()).to.equal('-100.00');
    expect(april.welfare.balance.toString()).to.equal('110.00');
  });

  it('refuses a bad month and a month before the first member', async () => {
    const store = await stores.open();
    const { group } = await smallGroup(store);
    await rejection(
      organisationMonthlyReport(store, { organisationId: group.id, month: '03/2025' }),
      'INVALID_DATE',
      'not-a-month',
    );
    const early = await rejection(
      organisationMonthlyReport(store, { organisationId: group.id, month: '2024-12' }),
      'INVALID_ARGUMENT',
      'month-before-organisation',
    );
    expect(errorMessage(early, 'en')).to.contain('2025-01');
  });
});
