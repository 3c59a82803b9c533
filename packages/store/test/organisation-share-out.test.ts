import { errorMessage, money } from '@sajja/core';
import { expect } from 'chai';
import { organisationShareOut } from '../src/index.js';
import { databaseOf } from '../src/open-store.js';
import { FreshStores, rejection } from './helpers.js';
import { smallGroup } from './organisation-fixture.js';

const PROFIT = { reserve: '10', dividend: '50', 'average-return': '40' };

describe('organisationShareOut', () => {
  const stores = new FreshStores();
  afterEach(() => stores.cleanUp());

  it('splits the year’s profit by the rules and shares it out, checked by hand', async () => {
    const store = await stores.open();
    const { group, a, b, c, d, e } = await smallGroup(store, { profit: PROFIT });
    const yearEnd = await organisationShareOut(store, { organisationId: group.id, year: 2025 });
    // Interest: A 12 + 12, B 20; fines: B 40. No expenses.
    expect(yearEnd.profit).to.equal('84.00');
    expect(yearEnd.allocation).to.deep.equal({
      reserve: '8.40',
      dividend: '42.00',
      'average-return': '33.60',
    });
    const rows = new Map(yearEnd.shareOut.map((row) => [row.membershipId, row]));
    expect([...rows.keys()]).to.have.members([a.id, b.id, c.id, d.id, e.id]);
    // Only B holds shares. Average return by interest, 24 : 20 of 33.60: 18.3272… and
    // 15.2727…, the leftover satang to the larger remainder (A).
    expect(rows.get(a.id)).to.deep.include({
      dividend: '0.00',
      averageReturn: '18.33',
      total: '18.33',
    });
    expect(rows.get(b.id)).to.deep.include({
      dividend: '42.00',
      averageReturn: '15.27',
      total: '57.27',
    });
    expect(rows.get(c.id)).to.deep.include({ total: '0.00' });
    expect(rows.get(b.id)?.memberNumber).to.equal('10');
  });

  it('shares a members’ bucket by shares and savings held over the year', async () => {
    const store = await stores.open();
    const { group, a, b, c, d } = await smallGroup(store, {
      profit: { members: '50', welfare: '50' },
    });
    const yearEnd = await organisationShareOut(store, { organisationId: group.id, year: 2025 });
    expect(yearEnd.allocation).to.deep.equal({ members: '42.00', welfare: '42.00' });
    const total = yearEnd.shareOut.reduce((sum, row) => sum.plus(row.members), money('0'));
    expect(total.toString()).to.equal('42.00');
    const of = (id: string) =>
      money(yearEnd.shareOut.find((row) => row.membershipId === id)!.members);
    // B holds 200 of savings and 500 of shares by March; C only 100 since January.
    expect(of(b.id).compare(of(c.id))).to.equal(1);
    expect(of(a.id).isPositive()).to.equal(true);
    expect(of(d.id).isPositive()).to.equal(true);
  });

  it('passes on the core’s errors: a loss, missing rules, rules not adding to 100', async () => {
    const store = await stores.open();
    const { group } = await smallGroup(store, { profit: PROFIT });
    // A's March repayment reversed in January 2026: 12 of interest comes off 2026's income.
    const repayment = (
      await store.fundTransactions.list({ from: '2025-03-15', to: '2025-03-15' })
    )[0]!;
    await store.fundTransactions.reverse(repayment.id, { date: '2026-01-10' });
    const loss = await rejection(
      organisationShareOut(store, { organisationId: group.id, year: 2026 }),
      'INVALID_ARGUMENT',
      'net-loss',
    );
    expect(loss.details).to.deep.include({ loss: '12.00' });
    expect(errorMessage(loss, 'th')).to.be.a('string').and.not.equal(loss.message);

    const other = await stores.open();
    const { group: noRules } = await smallGroup(other);
    const missing = await rejection(
      organisationShareOut(other, { organisationId: noRules.id, year: 2025 }),
      'RULES_INVALID',
    );
    expect(missing.problems[0]?.reason).to.equal('required');

    // Rules stored before they were checked (an older release): the core's own refusal.
    const db = databaseOf(other);
    const stored = (await db.organisations.get(noRules.id))!;
    await db.organisations.put({
      ...stored,
      rules: { ...(stored.rules as object), profit: { reserve: '10', dividend: '50' } },
    });
    const notHundred = await rejection(
      organisationShareOut(other, { organisationId: noRules.id, year: 2025 }),
      'RULES_INVALID',
    );
    expect(notHundred.problems[0]).to.deep.include({
      reason: 'sum-not-100',
      details: { sum: '60' },
    });
  });

  it('refuses profit rules that do not add up to 100 when they are written', async () => {
    const store = await stores.open();
    const refused = await rejection(
      store.organisations.add({
        name: 'กลุ่มผิด',
        kind: 'village-fund',
        rules: { profit: { reserve: '10', dividend: '50' } },
      }),
      'INVALID_ARGUMENT',
      'invalid-organisation',
    );
    expect(refused.problems.map((problem) => [problem.path, problem.reason])).to.deep.equal([
      ['rules.profit', 'sum-not-100'],
    ]);
  });

  it('refuses a bad year and an unknown organisation', async () => {
    const store = await stores.open();
    const bad = await rejection(
      organisationShareOut(store, { organisationId: 'x', year: 2025.5 }),
      'INVALID_ARGUMENT',
      'invalid-option',
    );
    expect(errorMessage(bad, 'en')).to.equal('Please give a year as a number, for example 2024.');
    await rejection(
      organisationShareOut(store, { organisationId: 'x', year: 2025 }),
      'INVALID_ARGUMENT',
      'unknown-organisation',
    );
  });
});
