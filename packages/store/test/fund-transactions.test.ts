import { expect } from 'chai';
import type { SajjaStore } from '../src/index.js';
import { FreshStores, householdWithMembership, rejection } from './helpers.js';
import { databaseOf } from '../src/open-store.js';
import { verifyOrganisationAudit } from '../src/index.js';

describe('store.fundTransactions', () => {
  const stores = new FreshStores();
  let store: SajjaStore;
  let setup: Awaited<ReturnType<typeof householdWithMembership>>;
  beforeEach(async () => {
    store = await stores.open();
    setup = await householdWithMembership(store);
  });
  afterEach(() => stores.cleanUp());

  it('takes the household and organisation from the membership', async () => {
    const deposit = await store.fundTransactions.add({
      membershipId: setup.membership.id,
      date: '2024-02-05',
      kind: 'deposit',
      amount: '200',
      note: 'สัจจะเดือน ก.พ.',
    });
    expect(deposit).to.include({
      householdId: setup.household.id,
      organisationId: setup.group.id,
      membershipId: setup.membership.id,
      amount: '200.00',
      kind: 'deposit',
    });
    expect(await store.fundTransactions.get(deposit.id)).to.deep.equal(deposit);
    const log = await store.changes.list({ table: 'fundTransactions' });
    expect(log.map((change) => [change.recordIds, change.action])).to.deep.equal([
      [[deposit.id], 'add'],
    ]);
  });

  it('refuses amounts that are not more than zero, unknown memberships and kinds', async () => {
    for (const amount of ['0', '-5', '0.00']) {
      const error = await rejection(
        store.fundTransactions.add({
          membershipId: setup.membership.id,
          date: '2024-02-05',
          kind: 'deposit',
          amount,
        }),
        'INVALID_ARGUMENT',
        'invalid-fund-transaction',
      );
      expect(error.problems).to.deep.equal([{ path: 'amount', reason: 'not-positive' }]);
    }
    const error = await rejection(
      store.fundTransactions.add({
        membershipId: 'nobody',
        date: '2024-02-30',
        kind: 'gift' as never,
        amount: '1.234',
        householdId: 'h',
      } as never),
      'INVALID_ARGUMENT',
      'invalid-fund-transaction',
    );
    expect(error.problems.map((problem) => [problem.path, problem.reason])).to.deep.equal([
      ['date', 'not-a-date'],
      ['kind', 'unknown-value'],
      ['amount', 'not-an-amount'],
      ['householdId', 'unknown-field'],
      ['membershipId', 'unknown-membership'],
    ]);
    expect(await databaseOf(store).fundTransactions.count()).to.equal(0);
    expect(await store.changes.list({ table: 'fundTransactions' })).to.deep.equal([]);
  });

  it('keeps how the money moved and the slip reference, and the reversal says the same', async () => {
    const paid = await store.fundTransactions.add({
      membershipId: setup.membership.id,
      date: '2024-02-05',
      kind: 'deposit',
      amount: '200',
      method: 'promptpay',
      slipReference: '  2024020512345678  ',
    });
    expect(paid).to.include({ method: 'promptpay', slipReference: '2024020512345678' });
    const cash = await store.fundTransactions.add({
      membershipId: setup.membership.id,
      date: '2024-02-06',
      kind: 'deposit',
      amount: '100',
      method: 'cash',
    });
    expect(cash.method).to.equal('cash');
    expect(cash).not.to.have.property('slipReference');
    const reversal = await store.fundTransactions.reverse(paid.id, { date: '2024-02-07' });
    expect(reversal).to.include({ method: 'promptpay', slipReference: '2024020512345678' });
    expect(await store.fundTransactions.get(paid.id)).to.deep.equal(paid);
  });

  it('counts a note in characters a person sees: 500 flags pass, 501 are too long', async () => {
    const deposit = (note: string) =>
      store.fundTransactions.add({
        membershipId: setup.membership.id,
        date: '2024-02-05',
        kind: 'deposit',
        amount: '200',
        note,
      });
    expect((await deposit('🇹🇭'.repeat(500))).note).to.equal('🇹🇭'.repeat(500));
    const error = await rejection(
      deposit('🇹🇭'.repeat(501)),
      'INVALID_ARGUMENT',
      'invalid-fund-transaction',
    );
    expect(error.problems).to.deep.equal([
      { path: 'note', reason: 'too-long', details: { max: 500 } },
    ]);
    // One letter under thousands of tone marks is one character, but not a note of 500.
    const stacked = await rejection(
      deposit(`ก${'\u0E49'.repeat(4001)}`),
      'INVALID_ARGUMENT',
      'invalid-fund-transaction',
    );
    expect(stacked.problems).to.deep.equal([
      { path: 'note', reason: 'too-long', details: { max: 500 } },
    ]);
  });

  it('refuses an unknown method, a slip reference without a transfer, and an overlong one', async () => {
    const cases: [Record<string, unknown>, [string, string][]][] = [
      [{ method: 'cheque' }, [['method', 'unknown-value']]],
      [{ method: 'cash', slipReference: 'ABC123' }, [['slipReference', 'not-a-transfer']]],
      [{ slipReference: 'ABC123' }, [['slipReference', 'not-a-transfer']]],
      [{ method: 'promptpay', slipReference: 'x'.repeat(51) }, [['slipReference', 'too-long']]],
      [{ method: 'promptpay', slipReference: '   ' }, [['slipReference', 'empty']]],
      [{ method: 7 }, [['method', 'unknown-value']]],
    ];
    for (const [extra, expected] of cases) {
      const error = await rejection(
        store.fundTransactions.add({
          membershipId: setup.membership.id,
          date: '2024-02-05',
          kind: 'deposit',
          amount: '200',
          ...extra,
        } as never),
        'INVALID_ARGUMENT',
        'invalid-fund-transaction',
      );
      expect(error.problems.map((problem) => [problem.path, problem.reason])).to.deep.equal(
        expected,
      );
    }
    expect(await databaseOf(store).fundTransactions.count()).to.equal(0);
  });

  it('reverses by appending, refuses a second reversal, and balances leave reversed pairs out', async () => {
    const { membership } = setup;
    const add = (
      date: string,
      kind: 'deposit' | 'withdrawal' | 'loan' | 'repayment',
      amount: string,
    ) => store.fundTransactions.add({ membershipId: membership.id, date, kind, amount });
    await add('2024-01-15', 'deposit', '200');
    await add('2024-02-15', 'deposit', '200');
    const typo = await add('2024-03-15', 'deposit', '2000');
    await add('2024-03-16', 'deposit', '150.50');
    await add('2024-04-01', 'withdrawal', '100');
    await add('2024-04-02', 'loan', '5000');
    await add('2024-05-02', 'repayment', '450');
    const fix = await store.fundTransactions.reverse(typo.id, {
      date: '2024-03-17',
      note: 'พิมพ์ผิด',
    });
    expect(fix).to.include({
      reverses: typo.id,
      amount: '2000.00',
      kind: 'deposit',
      date: '2024-03-17',
      note: 'พิมพ์ผิด',
    });
    await rejection(
      store.fundTransactions.reverse(typo.id),
      'INVALID_ARGUMENT',
      'already-reversed',
    );
    await rejection(
      store.fundTransactions.reverse(fix.id),
      'INVALID_ARGUMENT',
      'reverses-reversal',
    );
    await rejection(
      store.fundTransactions.reverse('nothing'),
      'INVALID_ARGUMENT',
      'unknown-record',
    );

    const [balance] = await store.fundTransactions.balances({ householdId: setup.household.id });
    // Deposits 200 + 200 + 150.50 = 550.50 (the 2,000 typo and its reversal cancel);
    // savings 550.50 − 100 = 450.50.
    expect(balance).to.deep.equal({
      membershipId: membership.id,
      organisationId: setup.group.id,
      savings: '450.50',
      totals: {
        deposit: '550.50',
        withdrawal: '100.00',
        repayment: '450.00',
        contribution: '0.00',
        loan: '5000.00',
        share: '0.00',
        benefit: '0.00',
      },
      count: 6,
    });
    const listed = await store.fundTransactions.list({ membershipId: membership.id });
    expect(listed.map((t) => t.date)).to.deep.equal([
      '2024-01-15',
      '2024-02-15',
      '2024-03-16',
      '2024-04-01',
      '2024-04-02',
      '2024-05-02',
    ]);
    const all = await store.fundTransactions.list({
      householdId: setup.household.id,
      includeReversed: true,
    });
    expect(all.length).to.equal(8);
    const march = await store.fundTransactions.list({
      householdId: setup.household.id,
      from: '2024-03-01',
      to: '2024-03-31',
    });
    expect(march.map((t) => t.amount)).to.deep.equal(['150.50']);
  });

  it("lists an organisation's month across households, a later reversal taken into account", async () => {
    const neighbour = await store.households.add({ name: 'เพื่อนบ้าน' });
    const theirs = await store.memberships.add({
      householdId: neighbour.id,
      organisationId: setup.group.id,
      joinedOn: '2024-01-01',
    });
    const fund = await store.organisations.add({ name: 'กองทุนสวัสดิการ', kind: 'welfare-fund' });
    const elsewhere = await store.memberships.add({
      householdId: setup.household.id,
      organisationId: fund.id,
      joinedOn: '2024-01-01',
    });
    const pay = (membershipId: string, date: string, amount: string) =>
      store.fundTransactions.add({ membershipId, date, kind: 'deposit', amount });
    await pay(setup.membership.id, '2024-02-29', '10');
    const mine = await pay(setup.membership.id, '2024-03-01', '100');
    const reversedLater = await pay(theirs.id, '2024-03-15', '200');
    await pay(theirs.id, '2024-03-31', '300');
    await pay(elsewhere.id, '2024-03-10', '400');
    await pay(setup.membership.id, '2024-04-01', '500');
    await store.fundTransactions.reverse(reversedLater.id, { date: '2024-04-05' });

    const march = { organisationId: setup.group.id, from: '2024-03-01', to: '2024-03-31' };
    const listed = await store.fundTransactions.list(march);
    expect(listed.map((t) => t.amount)).to.deep.equal(['100.00', '300.00']);
    expect(listed[0]!.id).to.equal(mine.id);
    const withReversed = await store.fundTransactions.list({ ...march, includeReversed: true });
    expect(withReversed.map((t) => t.amount)).to.deep.equal(['100.00', '200.00', '300.00']);
    // With a household or a membership too, only theirs in this organisation.
    const household = await store.fundTransactions.list({
      ...march,
      householdId: setup.household.id,
    });
    expect(household.map((t) => t.amount)).to.deep.equal(['100.00']);
    const wholeOrganisation = await store.fundTransactions.list({ organisationId: setup.group.id });
    expect(wholeOrganisation.map((t) => t.amount)).to.deep.equal([
      '10.00',
      '100.00',
      '300.00',
      '500.00',
    ]);
  });

  it('lists one balance per membership, with none for other households', async () => {
    const fund = await store.organisations.add({ name: 'กองทุนสวัสดิการ', kind: 'welfare-fund' });
    const welfare = await store.memberships.add({
      householdId: setup.household.id,
      organisationId: fund.id,
      joinedOn: '2024-03-01',
    });
    const neighbour = await store.households.add({ name: 'เพื่อนบ้าน' });
    const theirs = await store.memberships.add({
      householdId: neighbour.id,
      organisationId: fund.id,
      joinedOn: '2024-01-01',
    });
    await store.fundTransactions.add({
      membershipId: welfare.id,
      date: '2024-03-31',
      kind: 'contribution',
      amount: '30',
    });
    await store.fundTransactions.add({
      membershipId: theirs.id,
      date: '2024-03-31',
      kind: 'contribution',
      amount: '365',
    });
    // A funeral-aid benefit the fund paid the household: counted as such, not as savings.
    await store.fundTransactions.add({
      membershipId: welfare.id,
      date: '2024-04-02',
      kind: 'benefit',
      amount: '2000',
      note: 'ช่วยงานศพ',
    });
    const balances = await store.fundTransactions.balances({ householdId: setup.household.id });
    expect(
      balances.map((b) => [
        b.membershipId,
        b.savings,
        b.totals.contribution,
        b.totals.benefit,
        b.count,
      ]),
    ).to.deep.equal([
      [setup.membership.id, '0.00', '0.00', '0.00', 0],
      [welfare.id, '0.00', '30.00', '2000.00', 2],
    ]);
  });

  describe('reverseAll', () => {
    it('reverses several transactions together, deposit ledger entries too', async () => {
      const [pledge, contribution] = await store.fundTransactions.addAll(
        [
          { membershipId: setup.membership.id, date: '2024-03-10', kind: 'deposit', amount: '200' },
          {
            membershipId: setup.membership.id,
            date: '2024-03-10',
            kind: 'contribution',
            amount: '30',
          },
        ],
        { ledger: true },
      );
      const reversals = await store.fundTransactions.reverseAll([pledge!.id, contribution!.id], {
        date: '2024-03-11',
        note: 'บันทึกผิด',
      });
      expect(reversals.map((r) => [r.reverses, r.amount, r.date, r.note])).to.deep.equal([
        [pledge!.id, '200.00', '2024-03-11', 'บันทึกผิด'],
        [contribution!.id, '30.00', '2024-03-11', 'บันทึกผิด'],
      ]);
      expect(
        await store.fundTransactions.list({ membershipId: setup.membership.id }),
      ).to.deep.equal([]);
      // The deposit's household ledger entry is corrected with it.
      expect(reversals[0]!.ledgerEntryId).to.be.a('string');
      const log = await store.changes.list({ table: 'fundTransactions' });
      expect(log.map((change) => change.action)).to.deep.equal([
        'add',
        'add',
        'reverse',
        'reverse',
      ]);
    });

    it('writes none when any is refused: unknown, already reversed, twice, a reversal', async () => {
      const pay = (amount: string) =>
        store.fundTransactions.add({
          membershipId: setup.membership.id,
          date: '2024-03-10',
          kind: 'deposit',
          amount,
        });
      const first = await pay('100');
      const second = await pay('50');
      const reversed = await pay('20');
      const reversal = await store.fundTransactions.reverse(reversed.id, { date: '2024-03-12' });
      const before = await store.fundTransactions.list({
        membershipId: setup.membership.id,
        includeReversed: true,
      });
      const refused = [
        { ids: [first.id, 'no-such-id'], reason: 'unknown-record' },
        { ids: [first.id, second.id, first.id], reason: 'already-reversed' },
        { ids: [first.id, reversed.id], reason: 'already-reversed' },
        { ids: [second.id, reversal.id], reason: 'reverses-reversal' },
      ];
      for (const { ids, reason } of refused) {
        await rejection(
          store.fundTransactions.reverseAll(ids, { date: '2024-03-12' }),
          'INVALID_ARGUMENT',
          reason,
        );
        expect(
          await store.fundTransactions.list({
            membershipId: setup.membership.id,
            includeReversed: true,
          }),
          reason,
        ).to.deep.equal(before);
      }
      await rejection(
        store.fundTransactions.reverseAll('x' as unknown as string[]),
        'INVALID_ARGUMENT',
        'invalid-option',
      );
      expect(await store.fundTransactions.reverseAll([])).to.deep.equal([]);
    });
  });

  describe('addAll', () => {
    const loanOf = (membershipId: string) =>
      store.loans.add({
        membershipId,
        terms: {
          principal: '1200',
          rate: { percent: '1', per: 'month' },
          termMonths: 12,
          method: 'flat',
          disbursedOn: '2024-02-01',
        },
      });

    it('writes a whole meeting row in order, each record as add would store it', async () => {
      const { membership } = setup;
      const loan = await loanOf(membership.id);
      const stored = await store.fundTransactions.addAll([
        {
          membershipId: membership.id,
          date: '2024-03-10',
          kind: 'deposit',
          amount: '200',
          method: 'cash',
        },
        {
          membershipId: membership.id,
          date: '2024-03-10',
          kind: 'repayment',
          amount: '112',
          loanId: loan.id,
          method: 'cash',
        },
        { membershipId: membership.id, date: '2024-03-10', kind: 'contribution', amount: '30.5' },
      ]);
      expect(stored.map((record) => [record.kind, record.amount, record.loanId])).to.deep.equal([
        ['deposit', '200.00', undefined],
        ['repayment', '112.00', loan.id],
        ['contribution', '30.50', undefined],
      ]);
      for (const record of stored) {
        expect(record).to.include({
          householdId: setup.household.id,
          organisationId: setup.group.id,
          membershipId: membership.id,
        });
        expect(await store.fundTransactions.get(record.id)).to.deep.equal(record);
      }
      const log = await store.changes.list({ table: 'fundTransactions' });
      expect(log.flatMap((change) => change.recordIds)).to.deep.equal(stored.map((r) => r.id));
      expect(await verifyOrganisationAudit(store, { organisationId: setup.group.id })).to.include({
        ok: true,
      });
    });

    it('writes nothing when any one is refused, and names each problem by its index', async () => {
      const { membership } = setup;
      const other = await householdWithMembership(store);
      const theirLoan = await loanOf(other.membership.id);
      const before = await databaseOf(store).fundTransactions.count();
      const error = await rejection(
        store.fundTransactions.addAll([
          { membershipId: membership.id, date: '2024-03-10', kind: 'deposit', amount: '200' },
          { membershipId: membership.id, date: '2024-03-10', kind: 'contribution', amount: '0' },
          {
            membershipId: membership.id,
            date: '2024-03-10',
            kind: 'repayment',
            amount: '112',
            loanId: theirLoan.id,
          },
          { membershipId: 'nobody', date: '2024-02-30', kind: 'deposit', amount: '1.234' },
        ]),
        'INVALID_ARGUMENT',
        'invalid-fund-transaction',
      );
      expect(error.problems.map((problem) => [problem.path, problem.reason])).to.deep.equal([
        ['[1].amount', 'not-positive'],
        ['[2].loanId', 'loan-mismatch'],
        ['[3].date', 'not-a-date'],
        ['[3].amount', 'not-an-amount'],
        ['[3].membershipId', 'unknown-membership'],
      ]);
      expect(await databaseOf(store).fundTransactions.count()).to.equal(before);
      expect(await store.changes.list({ table: 'fundTransactions' })).to.deep.equal([]);
      expect(await store.fundTransactions.list({ membershipId: membership.id })).to.deep.equal([]);
    });

    it('gives each problem the same sentence add gives it', async () => {
      const { membership } = setup;
      const refused = [
        { membershipId: membership.id, date: '2024-03-10', kind: 'deposit', amount: 'abc' },
        // A sub-fund the group's rules do not have, checked after the record's own fields.
        {
          membershipId: membership.id,
          date: '2024-03-10',
          kind: 'deposit',
          amount: '5',
          subFund: 'nowhere',
        },
      ] as const;
      for (const transaction of refused) {
        const one = await rejection(store.fundTransactions.add(transaction));
        const batch = await rejection(store.fundTransactions.addAll([transaction]));
        expect(one.problems).to.have.length.greaterThan(0);
        expect(batch.problems).to.deep.equal(
          one.problems.map((problem) => ({ ...problem, path: `[0].${problem.path}` })),
        );
        expect([batch.code, batch.reason]).to.deep.equal([one.code, one.reason]);
      }
    });

    it('writes nothing when an id is taken, by the store or twice in the batch', async () => {
      const { membership } = setup;
      const kept = await store.fundTransactions.add({
        membershipId: membership.id,
        date: '2024-03-01',
        kind: 'deposit',
        amount: '50',
      });
      const row = (id: string) => ({
        id,
        membershipId: membership.id,
        date: '2024-03-10',
        kind: 'deposit' as const,
        amount: '200',
      });
      await rejection(
        store.fundTransactions.addAll([row('fresh-1'), row(kept.id)]),
        'INVALID_ARGUMENT',
        'duplicate-id',
      );
      await rejection(
        store.fundTransactions.addAll([row('fresh-2'), row('fresh-2')]),
        'INVALID_ARGUMENT',
        'duplicate-id',
      );
      const listed = await store.fundTransactions.list({ membershipId: membership.id });
      expect(listed.map((record) => record.id)).to.deep.equal([kept.id]);
      expect(await store.changes.list({ table: 'fundTransactions' })).to.have.length(1);
    });

    it('with ledger, gives each deposit its household ledger entry and the other kinds none', async () => {
      const { membership } = setup;
      const [deposit, contribution] = await store.fundTransactions.addAll(
        [
          { membershipId: membership.id, date: '2024-03-10', kind: 'deposit', amount: '200' },
          { membershipId: membership.id, date: '2024-03-10', kind: 'contribution', amount: '30' },
        ],
        { ledger: true },
      );
      expect(deposit!.ledgerEntryId).to.be.a('string');
      expect(await store.ledger.get(deposit!.ledgerEntryId!)).to.include({
        category: 'savings-deposit',
        fundTransactionId: deposit!.id,
      });
      expect(contribution!.ledgerEntryId).to.equal(undefined);
    });

    it('takes an empty batch as nothing to write, and refuses what is not a list', async () => {
      expect(await store.fundTransactions.addAll([])).to.deep.equal([]);
      const error = await rejection(
        store.fundTransactions.addAll('deposit' as never),
        'INVALID_ARGUMENT',
        'invalid-option',
      );
      expect(error.details).to.deep.equal({ option: 'transactions' });
    });
  });
});
