import { errorMessage, money, problemMessage } from '@sajja/core';
import { expect } from 'chai';
import fc from 'fast-check';
import type { FundTransactionRecord, SajjaStore } from '../src/index.js';
import { databaseOf } from '../src/open-store.js';
import { FreshStores, householdWithMembership, rejection, storedLedgerEntries } from './helpers.js';

const MARCH = { from: '2024-03-01', to: '2024-03-31', by: 'month' } as const;

describe('a deposit is household saving (fundTransactions.add with { ledger: true })', () => {
  const stores = new FreshStores();
  let store: SajjaStore;
  let setup: Awaited<ReturnType<typeof householdWithMembership>>;
  beforeEach(async () => {
    store = await stores.open();
    setup = await householdWithMembership(store);
  });
  afterEach(() => stores.cleanUp());

  const deposit = (amount: string, date = '2024-03-05', note?: string) =>
    store.fundTransactions.add(
      {
        membershipId: setup.membership.id,
        date,
        kind: 'deposit',
        amount,
        ...(note === undefined ? {} : { note }),
      },
      { ledger: true },
    );

  const savingsOfMarch = async (): Promise<string> =>
    String(
      (await store.ledger.summary({ householdId: setup.household.id, ...MARCH })).total.savings,
    );

  it('writes a savings entry into a household ledger that had none, linked both ways', async () => {
    expect(await store.ledger.count({ householdId: setup.household.id })).to.equal(0);
    const paid = await deposit('200', '2024-03-05', 'สัจจะเดือนมีนาคม');
    expect(paid.ledgerEntryId).to.be.a('string');
    const entry = await store.ledger.get(paid.ledgerEntryId!);
    expect(entry).to.deep.include({
      id: paid.ledgerEntryId,
      householdId: setup.household.id,
      date: '2024-03-05',
      kind: 'expense',
      category: 'savings-deposit',
      amount: '200.00',
      note: 'สัจจะเดือนมีนาคม',
      organisationId: setup.group.id,
      fundTransactionId: paid.id,
      recordedAt: paid.recordedAt,
    });
    expect(await store.fundTransactions.get(paid.id)).to.deep.equal(paid);
    expect(await savingsOfMarch()).to.equal('200.00');
    const log = await store.changes.list();
    expect(log.map((change) => [change.table, change.recordIds, change.action])).to.deep.equal([
      ['households', [setup.household.id], 'add'],
      ['organisations', [setup.group.id], 'add'],
      ['memberships', [setup.membership.id], 'add'],
      ['fundTransactions', [paid.id], 'add'],
      ['ledger', [entry!.id], 'add'],
    ]);
  });

  it('writes no ledger entry without the option', async () => {
    const paid = await store.fundTransactions.add({
      membershipId: setup.membership.id,
      date: '2024-03-05',
      kind: 'deposit',
      amount: '200',
    });
    expect(paid.ledgerEntryId).to.equal(undefined);
    expect(await storedLedgerEntries(store)).to.equal(0);
    const off = await store.fundTransactions.add(
      { membershipId: setup.membership.id, date: '2024-03-06', kind: 'deposit', amount: '50' },
      { ledger: false },
    );
    expect(off.ledgerEntryId).to.equal(undefined);
    expect(await storedLedgerEntries(store)).to.equal(0);
  });

  it('refuses the option for a withdrawal or any kind but a deposit, and writes nothing', async () => {
    await deposit('500');
    for (const kind of ['withdrawal', 'contribution', 'share'] as const) {
      const error = await rejection(
        store.fundTransactions.add(
          { membershipId: setup.membership.id, date: '2024-03-10', kind, amount: '100' },
          { ledger: true },
        ),
        'INVALID_ARGUMENT',
        'ledger-deposit-only',
      );
      expect(error.details).to.deep.equal({ kind });
      expect(errorMessage(error, 'en')).to.equal('Only a deposit goes into the household ledger.');
    }
    expect(await store.fundTransactions.list()).to.have.length(1);
    expect(await storedLedgerEntries(store)).to.equal(1);
  });

  it('writes neither record when the deposit is refused', async () => {
    await rejection(
      store.fundTransactions.add(
        { membershipId: setup.membership.id, date: '2024-02-30', kind: 'deposit', amount: '10' },
        { ledger: true },
      ),
      'INVALID_ARGUMENT',
      'invalid-fund-transaction',
    );
    expect(await databaseOf(store).fundTransactions.count()).to.equal(0);
    expect(await storedLedgerEntries(store)).to.equal(0);
    expect(await databaseOf(store).ledgerMonths.count()).to.equal(0);
  });

  it('refuses a link or a household given by the caller: the entry goes to the membership’s household', async () => {
    const other = await store.households.add({ name: 'บ้านนางสมศรี' });
    for (const forged of [{ ledgerEntryId: 'mine' }, { householdId: other.id }]) {
      const error = await rejection(
        store.fundTransactions.add(
          {
            membershipId: setup.membership.id,
            date: '2024-03-05',
            kind: 'deposit',
            amount: '10',
            ...forged,
          } as never,
          { ledger: true },
        ),
        'INVALID_ARGUMENT',
        'invalid-fund-transaction',
      );
      expect(error.problems).to.deep.equal([
        { path: Object.keys(forged)[0]!, reason: 'unknown-field' },
      ]);
    }
    expect(await storedLedgerEntries(store)).to.equal(0);
    const paid = await deposit('10');
    expect((await store.ledger.get(paid.ledgerEntryId!))?.householdId).to.equal(setup.household.id);
    expect(await store.ledger.count({ householdId: other.id })).to.equal(0);
  });

  it('reversing the deposit reverses its ledger entry in the same write', async () => {
    const paid = await deposit('300', '2024-03-05');
    const entryId = paid.ledgerEntryId!;
    const reversal = await store.fundTransactions.reverse(paid.id, {
      date: '2024-04-02',
      note: 'บันทึกซ้ำ',
    });
    expect(reversal.ledgerEntryId).to.be.a('string').and.not.equal(entryId);
    const correction = await store.ledger.get(reversal.ledgerEntryId!);
    expect(correction).to.deep.include({
      householdId: setup.household.id,
      date: '2024-04-02',
      kind: 'expense',
      category: 'savings-deposit',
      amount: '300.00',
      note: 'บันทึกซ้ำ',
      organisationId: setup.group.id,
      reverses: entryId,
      fundTransactionId: reversal.id,
    });
    // The correction cancels the saving in its own month, March.
    expect(await savingsOfMarch()).to.equal('0.00');
    expect(await store.ledger.list({ householdId: setup.household.id })).to.deep.equal([]);
    expect(await store.fundTransactions.list()).to.deep.equal([]);
    const log = await store.changes.list();
    expect(
      log.slice(-2).map((change) => [change.table, change.recordIds, change.action]),
    ).to.deep.equal([
      ['fundTransactions', [reversal.id], 'reverse'],
      ['ledger', [correction!.id], 'reverse'],
    ]);
    // Reversing again is refused as before, and writes nothing in either place.
    await rejection(
      store.fundTransactions.reverse(paid.id),
      'INVALID_ARGUMENT',
      'already-reversed',
    );
    expect(await storedLedgerEntries(store)).to.equal(2);
  });

  it('refuses to reverse or delete the entry from the ledger, saying to reverse the deposit', async () => {
    const paid = await deposit('300');
    const entryId = paid.ledgerEntryId!;
    for (const attempt of [
      store.ledger.reverse(entryId),
      store.ledger.remove(entryId),
      store.ledger.add(setup.household.id, {
        date: '2024-03-06',
        kind: 'expense',
        category: 'savings-deposit',
        amount: '300',
        organisationId: setup.group.id,
        reverses: entryId,
      }),
    ]) {
      const error = await rejection(attempt, 'INVALID_ARGUMENT', 'linked-to-deposit');
      expect(error.details).to.deep.equal({ id: entryId, fundTransactionId: paid.id });
      expect(errorMessage(error, 'en')).to.equal(
        'This entry comes from a deposit to a group: reverse the deposit, and it is reversed too.',
      );
      expect(errorMessage(error, 'th')).to.include('ให้กลับรายการที่การฝากเงินนั้น');
    }
    expect(await storedLedgerEntries(store)).to.equal(1);
    expect(await savingsOfMarch()).to.equal('300.00');
    expect((await store.ledger.get(entryId))?.deletedAt).to.equal(undefined);
  });

  it('refuses a CSV row that reverses the entry, by line, and writes nothing', async () => {
    const paid = await deposit('300');
    const csv = await store.exportLedgerCsv(setup.household.id);
    const row = `fix-1,2024-03-07,expense,savings-deposit,300.00,,${setup.group.id},${paid.ledgerEntryId}`;
    const report = await store.importLedgerCsv(setup.household.id, `${csv}${row}\r\n`);
    expect(report.imported).to.equal(0);
    // The exported row of the entry is the same entry (a CSV file does not carry the link).
    expect(report.unchanged).to.equal(1);
    expect(
      report.problems.map(({ line, path, reason, details }) => ({ line, path, reason, details })),
    ).to.deep.equal([
      {
        line: 3,
        path: 'reverses',
        reason: 'linked-to-deposit',
        details: { id: paid.ledgerEntryId, fundTransactionId: paid.id },
      },
    ]);
    expect(problemMessage(report.problems[0]!, 'en')).to.equal(
      'This entry comes from a deposit to a group: reverse the deposit, and it is reversed too.',
    );
    expect(await storedLedgerEntries(store)).to.equal(1);
    expect(await savingsOfMarch()).to.equal('300.00');
  });

  it('ignores a fundTransactionId given to ledger.add: only a deposit links an entry', async () => {
    const entry = await store.ledger.add(setup.household.id, {
      date: '2024-03-06',
      kind: 'expense',
      category: 'savings-deposit',
      amount: '100',
      fundTransactionId: 'forged',
    } as never);
    expect(entry.fundTransactionId).to.equal(undefined);
    const correction = await store.ledger.reverse(entry.id);
    expect(correction.reverses).to.equal(entry.id);
  });

  it('keeps the link through a backup, and a restored deposit still reverses its entry', async () => {
    const paid = await deposit('250');
    const target = await stores.open();
    await target.importBackup(JSON.stringify(await store.exportBackup()));
    expect(await target.fundTransactions.get(paid.id)).to.deep.equal(paid);
    expect((await target.ledger.get(paid.ledgerEntryId!))?.fundTransactionId).to.equal(paid.id);
    await rejection(
      target.ledger.reverse(paid.ledgerEntryId!),
      'INVALID_ARGUMENT',
      'linked-to-deposit',
    );
    await target.fundTransactions.reverse(paid.id, { date: '2024-03-31' });
    const summary = await target.ledger.summary({ householdId: setup.household.id, ...MARCH });
    expect(String(summary.total.savings)).to.equal('0.00');
  });

  it('a month’s savings are its non-reversed linked deposits plus the savings entered by hand', async () => {
    type Step =
      | { readonly op: 'deposit'; readonly satang: number; readonly day: number }
      | { readonly op: 'manual'; readonly satang: number; readonly day: number }
      | { readonly op: 'food'; readonly satang: number; readonly day: number }
      | { readonly op: 'reverse'; readonly pick: number };
    const day = fc.integer({ min: 1, max: 31 });
    const satang = fc.integer({ min: 1, max: 10_000_000 });
    const step: fc.Arbitrary<Step> = fc.oneof(
      fc.record({ op: fc.constant('deposit' as const), satang, day }),
      fc.record({ op: fc.constant('manual' as const), satang, day }),
      fc.record({ op: fc.constant('food' as const), satang, day }),
      fc.record({ op: fc.constant('reverse' as const), pick: fc.nat() }),
    );
    const amountOf = (value: number) =>
      `${Math.trunc(value / 100)}.${String(value % 100).padStart(2, '0')}`;
    const dateOf = (value: number) => `2024-03-${String(value).padStart(2, '0')}`;
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 12 }), async (steps) => {
        const fresh = await stores.open();
        const { household, membership } = await householdWithMembership(fresh);
        const deposits: FundTransactionRecord[] = [];
        const reversed = new Set<string>();
        let manual = money('0');
        for (const each of steps) {
          if (each.op === 'deposit') {
            deposits.push(
              await fresh.fundTransactions.add(
                {
                  membershipId: membership.id,
                  date: dateOf(each.day),
                  kind: 'deposit',
                  amount: amountOf(each.satang),
                },
                { ledger: true },
              ),
            );
          } else if (each.op === 'reverse') {
            const open = deposits.filter((paid) => !reversed.has(paid.id));
            if (open.length === 0) continue;
            const target = open[each.pick % open.length]!;
            await fresh.fundTransactions.reverse(target.id, { date: '2024-04-01' });
            reversed.add(target.id);
          } else {
            await fresh.ledger.add(household.id, {
              date: dateOf(each.day),
              kind: 'expense',
              category: each.op === 'manual' ? 'savings-deposit' : 'food',
              amount: amountOf(each.satang),
            });
            if (each.op === 'manual') manual = manual.plus(amountOf(each.satang));
          }
        }
        const expected = deposits
          .filter((paid) => !reversed.has(paid.id))
          .reduce((sum, paid) => sum.plus(paid.amount), manual);
        const { total } = await fresh.ledger.summary({ householdId: household.id, ...MARCH });
        expect(String(total.savings)).to.equal(String(expected));
        const balances = await fresh.fundTransactions.balances({ householdId: household.id });
        expect(String(money(balances[0]!.savings).plus(manual))).to.equal(String(expected));
      }),
      { numRuns: 15 },
    );
  });
});
