import { errorMessage, money } from '@sajja/core';
import { expect } from 'chai';
import fc from 'fast-check';
import {
  liveOrganisationRoster,
  organisationRoster,
  organisationRosterMember,
  rosterTotals,
  type OrganisationRoster,
  type RosterMember,
  type SajjaStore,
} from '../src/index.js';
import { FreshStores, rejection, watch } from './helpers.js';
import { smallGroup } from './organisation-fixture.js';

const MONTH = '2025-03';

/** Every total recomputed from the rows. */
function sumsOfRows(roster: OrganisationRoster) {
  const sum = (pick: (member: RosterMember) => string[]) =>
    roster.members
      .flatMap(pick)
      .reduce((total, amount) => total.plus(amount), money('0'))
      .toString();
  return {
    members: roster.members.length,
    due: {
      pledge: sum((m) => [m.due.pledge]),
      installments: sum((m) => m.due.loans.map((loan) => loan.installment)),
      arrears: sum((m) => m.due.loans.map((loan) => loan.arrears)),
      contribution: sum((m) => [m.due.contribution]),
      total: sum((m) => [m.due.total]),
    },
    paid: {
      deposit: sum((m) => [m.paid.deposit]),
      share: sum((m) => [m.paid.share]),
      repayment: sum((m) => [m.paid.repayment]),
      contribution: sum((m) => [m.paid.contribution]),
      total: sum((m) => [m.paid.total]),
    },
    standing: {
      savings: sum((m) => [m.standing.savings]),
      shares: sum((m) => [m.standing.shares]),
      loanPrincipal: sum((m) => [m.standing.loanPrincipal]),
      arrears: sum((m) => [m.standing.arrears]),
    },
  };
}

describe('organisationRoster', () => {
  const stores = new FreshStores();
  afterEach(() => stores.cleanUp());

  it('lists the members active in the month, by number then name, with hand-checked figures', async () => {
    const store = await stores.open();
    const { group, a, b, d, loanA, loanB } = await smallGroup(store);
    const roster = await organisationRoster(store, { organisationId: group.id, month: MONTH });

    expect(roster.organisationId).to.equal(group.id);
    expect(roster.month).to.equal(MONTH);
    expect(roster.members.map((m) => m.membershipId)).to.deep.equal([a.id, b.id, d.id]);

    const [rowA, rowB, rowD] = roster.members as [RosterMember, RosterMember, RosterMember];
    expect(rowA).to.deep.include({
      householdName: 'บ้านแก้ว',
      memberNumber: '2',
      joinedOn: '2025-01-01',
      problems: [],
    });
    expect(rowA.due).to.deep.equal({
      pledge: '200.00',
      loans: [{ loanId: loanA.id, installment: '112.00', arrears: '0.00' }],
      contribution: '30.00',
      total: '342.00',
    });
    expect(rowA.paid).to.deep.equal({
      deposit: '200.00',
      share: '0.00',
      repayment: '112.00',
      contribution: '30.00',
      total: '342.00',
    });
    expect(rowA.standing).to.deep.equal({
      savings: '600.00',
      shares: '0.00',
      loanPrincipal: '1000.00',
      arrears: '0.00',
    });

    // February's and March's pledges; instalment 1 (20 Feb) late with its 20-baht fee, and
    // instalment 2 (20 Mar) without a fee: paid in March, it is not late.
    expect(rowB.due).to.deep.equal({
      pledge: '200.00',
      loans: [{ loanId: loanB.id, installment: '110.00', arrears: '130.00' }],
      contribution: '90.00',
      total: '530.00',
    });
    // The reversed 50 and its reversal count nowhere.
    expect(rowB.paid).to.deep.equal({
      deposit: '100.00',
      share: '500.00',
      repayment: '240.00',
      contribution: '0.00',
      total: '840.00',
    });
    // 240 pays instalment 1 (fee, interest, principal: 130) and of instalment 2 the fee, the
    // interest and 80 of principal: 180 of principal repaid, 20 still owed.
    expect(rowB.standing).to.deep.equal({
      savings: '200.00',
      shares: '500.00',
      loanPrincipal: '820.00',
      arrears: '210.00',
    });

    // Left on 5 March: March's pledge (due on the 10th) is not owed; March's contribution is.
    expect(rowD).to.deep.include({ leftOn: '2025-03-05' });
    expect(rowD).not.to.have.property('memberNumber');
    expect(rowD.due).to.deep.equal({
      pledge: '0.00',
      loans: [],
      contribution: '30.00',
      total: '30.00',
    });
    expect(rowD.standing.arrears).to.equal('30.00');

    expect(roster.totals).to.deep.equal({
      members: 3,
      due: {
        pledge: '400.00',
        installments: '222.00',
        arrears: '130.00',
        contribution: '150.00',
        total: '902.00',
      },
      paid: {
        deposit: '300.00',
        share: '500.00',
        repayment: '352.00',
        contribution: '30.00',
        total: '1182.00',
      },
      standing: {
        savings: '1000.00',
        shares: '500.00',
        loanPrincipal: '1820.00',
        arrears: '240.00',
      },
    });
    expect(roster.totals).to.deep.equal(sumsOfRows(roster));
  });

  it("names each member's household on a device holding many other households too", async () => {
    const store = await stores.open();
    const { group } = await smallGroup(store);
    const alone = await organisationRoster(store, { organisationId: group.id, month: MONTH });
    // Twenty households of other groups: the roster now asks for its members' by their ids.
    for (let i = 0; i < 20; i++) await store.households.add({ name: `บ้านอื่น ${i}` });
    const among = await organisationRoster(store, { organisationId: group.id, month: MONTH });
    expect(among).to.deep.equal(alone);
    expect(among.members.map((m) => m.householdName)).to.deep.equal([
      'บ้านแก้ว',
      'บ้านขวัญ',
      'บ้านดวง',
    ]);
  });

  it('lists a member who left in February in February, and not in March', async () => {
    const store = await stores.open();
    const { group, c } = await smallGroup(store);
    const february = await organisationRoster(store, {
      organisationId: group.id,
      month: '2025-02',
    });
    const march = await organisationRoster(store, { organisationId: group.id, month: MONTH });
    const rowC = february.members.find((m) => m.membershipId === c.id);
    // February's pledge was due on the 10th, before C left on the 20th, and never paid.
    expect(rowC?.due.pledge).to.equal('100.00');
    expect(rowC?.leftOn).to.equal('2025-02-20');
    expect(march.members.some((m) => m.membershipId === c.id)).to.equal(false);
  });

  it('moves a payment out of the roster when it is reversed', async () => {
    const store = await stores.open();
    const { group, a } = await smallGroup(store);
    const before = await organisationRoster(store, { organisationId: group.id, month: MONTH });
    const extra = await store.fundTransactions.add({
      membershipId: a.id,
      date: '2025-03-20',
      kind: 'deposit',
      amount: '75',
    });
    const added = await organisationRoster(store, { organisationId: group.id, month: MONTH });
    expect(added.totals.paid.deposit).to.equal(
      money(before.totals.paid.deposit).plus('75').toString(),
    );
    await store.fundTransactions.reverse(extra.id, { date: '2025-03-21' });
    const reversed = await organisationRoster(store, { organisationId: group.id, month: MONTH });
    expect(reversed).to.deep.equal(before);
  });

  it('leaves a welfare benefit out of what a member paid, what is due and the savings', async () => {
    const store = await stores.open();
    const { group, a } = await smallGroup(store);
    const before = await organisationRoster(store, { organisationId: group.id, month: MONTH });
    await store.fundTransactions.add({
      membershipId: a.id,
      date: '2025-03-20',
      kind: 'benefit',
      amount: '1000',
      note: 'นอนโรงพยาบาล',
    });
    const after = await organisationRoster(store, { organisationId: group.id, month: MONTH });
    expect(after).to.deep.equal(before);
    const april = await organisationRoster(store, { organisationId: group.id, month: '2025-04' });
    const rowA = april.members.find((m) => m.membershipId === a.id)!;
    // Contributions still owed as before: a benefit is not a contribution paid back.
    expect(rowA.due.contribution).to.equal('30.00');
    expect(rowA.standing.savings).to.equal('600.00');
  });

  it('refuses an unknown organisation, a bad month and a month before the first member, in Thai and English', async () => {
    const store = await stores.open();
    const { group } = await smallGroup(store);
    const unknown = await rejection(
      organisationRoster(store, { organisationId: 'no-such-group', month: MONTH }),
      'INVALID_ARGUMENT',
      'unknown-organisation',
    );
    expect(errorMessage(unknown, 'th')).to.equal('ไม่พบกลุ่มหรือกองทุนที่ระบุในเครื่องนี้');
    expect(errorMessage(unknown, 'en')).to.equal('The group or fund was not found on this device.');

    const notAMonth = await rejection(
      organisationRoster(store, { organisationId: group.id, month: '2025-3' }),
      'INVALID_DATE',
      'not-a-month',
    );
    expect(errorMessage(notAMonth, 'th')).to.equal('กรุณาระบุเดือนเป็น ปี-เดือน เช่น 2024-01');
    expect(errorMessage(notAMonth, 'en')).to.equal(
      'Please give a month as year-month, for example 2024-01.',
    );
    const noSuchMonth = await rejection(
      organisationRoster(store, { organisationId: group.id, month: '2025-13' }),
      'INVALID_DATE',
      'no-such-month',
    );
    expect(errorMessage(noSuchMonth, 'en')).to.equal(
      'There is no such month (months are 01 to 12).',
    );
    await rejection(
      organisationRoster(store, { organisationId: '', month: MONTH }),
      'INVALID_ARGUMENT',
      'invalid-option',
    );

    const early = await rejection(
      organisationRoster(store, { organisationId: group.id, month: '2024-12' }),
      'INVALID_ARGUMENT',
      'month-before-organisation',
    );
    expect(early.details).to.deep.equal({ month: '2024-12', firstMonth: '2025-01' });
    expect(errorMessage(early, 'th')).to.equal(
      'กลุ่มยังไม่มีสมาชิกในเดือนนี้ (สมาชิกคนแรกเข้ากลุ่มเมื่อ 01/2568)',
    );
    expect(errorMessage(early, 'en')).to.equal(
      'The group had no members yet in that month (its first member joined in 2025-01).',
    );
  });

  it('has totals equal to the sums of its rows, whatever is recorded and reversed', async () => {
    const payment = fc.record({
      member: fc.nat({ max: 3 }),
      day: fc.integer({ min: 1, max: 28 }),
      month: fc.constantFrom('2025-02', '2025-03', '2025-04'),
      kind: fc.constantFrom('deposit', 'share', 'contribution'),
      satang: fc.integer({ min: 1, max: 100_000 }),
      reverse: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(payment, { maxLength: 10 }), async (payments) => {
        const store = await stores.open();
        const { group, a, b, c, d } = await smallGroup(store);
        const members = [a, b, c, d];
        for (const each of payments) {
          const record = await store.fundTransactions.add({
            membershipId: members[each.member]!.id,
            date: `${each.month}-${String(each.day).padStart(2, '0')}`,
            kind: each.kind as 'deposit',
            amount: `${Math.trunc(each.satang / 100)}.${String(each.satang % 100).padStart(2, '0')}`,
          });
          if (each.reverse) await store.fundTransactions.reverse(record.id, { date: '2025-04-28' });
        }
        const roster = await organisationRoster(store, { organisationId: group.id, month: MONTH });
        expect(roster.totals).to.deep.equal(sumsOfRows(roster));
        await stores.cleanUp();
      }),
      { numRuns: 8 },
    );
  });
});

describe('organisationRosterMember and rosterTotals', () => {
  const stores = new FreshStores();
  afterEach(() => stores.cleanUp());

  it("gives each member's roster row, and totals of rows equal to the roster's, whatever is recorded and reversed", async () => {
    const payment = fc.record({
      member: fc.nat({ max: 3 }),
      day: fc.integer({ min: 1, max: 28 }),
      month: fc.constantFrom('2025-02', '2025-03', '2025-04'),
      kind: fc.constantFrom('deposit', 'share', 'contribution', 'withdrawal', 'benefit'),
      satang: fc.integer({ min: 1, max: 5_000 }),
      reverse: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(payment, { maxLength: 8 }),
        fc.constantFrom('2025-02', '2025-03', '2025-04'),
        async (payments, month) => {
          const store = await stores.open();
          const { group, a, b, c, d } = await smallGroup(store);
          const members = [a, b, c, d];
          for (const each of payments) {
            const record = await store.fundTransactions
              .add({
                membershipId: members[each.member]!.id,
                date: `${each.month}-${String(each.day).padStart(2, '0')}`,
                kind: each.kind as 'deposit',
                amount: `${Math.trunc(each.satang / 100)}.${String(each.satang % 100).padStart(2, '0')}`,
              })
              // A withdrawal over the savings is refused: nothing to record.
              .catch(() => undefined);
            if (record && each.reverse) {
              await store.fundTransactions.reverse(record.id, { date: '2025-04-28' });
            }
          }
          const roster = await organisationRoster(store, { organisationId: group.id, month });
          const rows = await Promise.all(
            roster.members.map((member) =>
              organisationRosterMember(store, {
                organisationId: group.id,
                month,
                membershipId: member.membershipId,
              }),
            ),
          );
          expect(rows).to.deep.equal(roster.members);
          expect(rosterTotals(rows)).to.deep.equal(roster.totals);
          await stores.cleanUp();
        },
      ),
      { numRuns: 8 },
    );
  });

  it('refuses a membership that is not one of the organisation, and bad options', async () => {
    const store = await stores.open();
    const { group, a } = await smallGroup(store);
    const unknown = await rejection(
      organisationRosterMember(store, {
        organisationId: group.id,
        month: MONTH,
        membershipId: 'no-such-member',
      }),
      'INVALID_ARGUMENT',
      'unknown-record',
    );
    expect(unknown.details).to.deep.equal({ table: 'memberships', id: 'no-such-member' });
    expect(errorMessage(unknown, 'en')).to.equal('The record was not found.');
    await rejection(
      organisationRosterMember(store, { organisationId: group.id, month: MONTH, membershipId: '' }),
      'INVALID_ARGUMENT',
      'invalid-option',
    );
    await rejection(
      organisationRosterMember(store, {
        organisationId: 'no-such-group',
        month: MONTH,
        membershipId: a.id,
      }),
      'INVALID_ARGUMENT',
      'unknown-organisation',
    );
    await rejection(
      organisationRosterMember(store, {
        organisationId: group.id,
        month: '2024-12',
        membershipId: a.id,
      }),
      'INVALID_ARGUMENT',
      'month-before-organisation',
    );
  });
});

describe('liveOrganisationRoster', () => {
  const stores = new FreshStores();
  afterEach(() => stores.cleanUp());

  it('gives a new roster after a payment is saved', async () => {
    const store = await stores.open();
    const { group, b } = await smallGroup(store);
    const roster = watch(liveOrganisationRoster(store, { organisationId: group.id, month: MONTH }));
    try {
      const first = await roster.next((value) => value.totals.paid.total === '1182.00');
      expect(first.totals.members).to.equal(3);
      await store.fundTransactions.add({
        membershipId: b.id,
        date: '2025-03-28',
        kind: 'contribution',
        amount: '90',
      });
      const after = await roster.next((value) => value.totals.paid.total === '1272.00');
      expect(after.totals.paid.contribution).to.equal('120.00');
      const rowB = after.members.find((m) => m.membershipId === b.id)!;
      expect(rowB.standing.arrears).to.equal('120.00');
      // What was due does not move with the month's payments.
      expect(rowB.due.contribution).to.equal('90.00');
    } finally {
      roster.stop();
    }
  });

  it('throws at once for a bad month', () => {
    const store = {} as SajjaStore;
    expect(() => liveOrganisationRoster(store, { organisationId: 'x', month: 'March' })).to.throw(
      /not-a-month|month/,
    );
  });
});
