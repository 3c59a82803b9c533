import { expect } from 'chai';
import type { SajjaStore } from '../src/index.js';
import { FreshStores, rejection } from './helpers.js';
import { databaseOf } from '../src/open-store.js';

describe('store.households, store.organisations, store.memberships', () => {
  const stores = new FreshStores();
  let store: SajjaStore;
  beforeEach(async () => (store = await stores.open()));
  afterEach(() => stores.cleanUp());

  describe('households', () => {
    it('adds with a new id and a trimmed name, lists in the order added', async () => {
      const a = await store.households.add({ name: '  บ้านนายสมชาย ' });
      const b = await store.households.add({ name: 'บ้านนางมาลี', id: 'partner-42' });
      expect(a.name).to.equal('บ้านนายสมชาย');
      expect(a.id).to.match(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
      expect(b.id).to.equal('partner-42');
      expect(await store.households.get('partner-42')).to.deep.equal(b);
      expect(await store.households.get('nobody')).to.equal(undefined);
      expect((await store.households.list()).map((household) => household.id)).to.deep.equal([
        a.id,
        b.id,
      ]);
      const log = await store.changes.list();
      expect(
        log.map((change) => [change.seq, change.table, change.recordIds, change.action]),
      ).to.deep.equal([
        [1, 'households', [a.id], 'add'],
        [2, 'households', [b.id], 'add'],
      ]);
    });

    it('refuses an empty or over-long name and an unknown field, writing nothing', async () => {
      const error = await rejection(
        store.households.add({ name: '   ', colour: 'red' } as never),
        'INVALID_ARGUMENT',
        'invalid-household',
      );
      expect(error.problems.map((problem) => [problem.path, problem.reason])).to.deep.equal([
        ['name', 'required'],
        ['colour', 'unknown-field'],
      ]);
      const long = await rejection(
        store.households.add({ name: 'ก'.repeat(201) }),
        'INVALID_ARGUMENT',
      );
      expect(long.problems).to.deep.equal([
        { path: 'name', reason: 'too-long', details: { max: 200 } },
      ]);
      // 200 Thai characters are 200 characters, whatever their UTF-16 length.
      await store.households.add({ name: '😀'.repeat(200) });
      expect(await databaseOf(store).households.count()).to.equal(1);
      expect((await store.changes.list()).length).to.equal(1);
    });
  });

  describe('organisations', () => {
    it('adds, replaces with put (logged as update) and lists by Thai name', async () => {
      // A checked part (pledge) and keys of the partner's own, kept as given.
      const rules = {
        pledge: { dueDay: 5, defaultAmount: '100', minAmount: '10.00', maxAmount: '500.00' },
        months: [1, 2, 3],
        strict: true,
        note: null,
      };
      const b = await store.organisations.add({ name: 'ธนาคารหมู่บ้าน', kind: 'village-bank' });
      const a = await store.organisations.add({ name: 'กลุ่มสัจจะ', kind: 'pledge-group', rules });
      expect(a.rules).to.deep.equal(rules);
      const renamed = await store.organisations.put({
        ...b,
        name: 'ธนาคารตำบล',
        rules: { rate: '1.5' },
      });
      expect(await store.organisations.get(b.id)).to.deep.equal(renamed);
      await store.organisations.put({ id: 'new-one', name: 'ฌาปนกิจ', kind: 'funeral-aid' });
      expect((await store.organisations.list()).map((o) => o.name)).to.deep.equal([
        'กลุ่มสัจจะ',
        'ฌาปนกิจ',
        'ธนาคารตำบล',
      ]);
      const log = await store.changes.list({ table: 'organisations' });
      expect(log.map((change) => change.action)).to.deep.equal(['add', 'add', 'update', 'add']);
    });

    it('refuses an unknown kind and rules that JSON cannot carry', async () => {
      for (const rules of [
        { when: new Date() },
        { rate: Number.NaN },
        { f: () => 1 },
        [undefined],
        new Map(),
      ]) {
        const error = await rejection(
          store.organisations.add({ name: 'x', kind: 'pledge-group', rules }),
          'INVALID_ARGUMENT',
          'invalid-organisation',
        );
        expect(error.problems).to.deep.equal([{ path: 'rules', reason: 'not-json' }]);
      }
      const error = await rejection(
        store.organisations.add({ name: 'x', kind: 'bank' as never }),
        'INVALID_ARGUMENT',
        'invalid-organisation',
      );
      expect(error.problems[0]).to.include({ path: 'kind', reason: 'unknown-value' });
      expect(await databaseOf(store).organisations.count()).to.equal(0);
    });
  });

  describe('memberships', () => {
    it('adds with amounts as two-decimal strings and lists a household’s by joining date', async () => {
      const household = await store.households.add({ name: 'บ้าน' });
      const group = await store.organisations.add({ name: 'กลุ่ม', kind: 'savings-group' });
      const fund = await store.organisations.add({ name: 'กองทุน', kind: 'village-fund' });
      const later = await store.memberships.add({
        householdId: household.id,
        organisationId: group.id,
        joinedOn: '2024-05-01',
        memberNumber: '0042',
        pledgeAmount: '200',
        minDeposit: '0',
        maxDeposit: '1000.5',
      });
      expect(later).to.include({
        pledgeAmount: '200.00',
        minDeposit: '0.00',
        maxDeposit: '1000.50',
      });
      const earlier = await store.memberships.add({
        householdId: household.id,
        organisationId: fund.id,
        joinedOn: '2023-01-01',
      });
      expect(Object.keys(earlier).sort()).to.deep.equal([
        'householdId',
        'id',
        'joinedOn',
        'organisationId',
      ]);
      expect((await store.memberships.forHousehold(household.id)).map((m) => m.id)).to.deep.equal([
        earlier.id,
        later.id,
      ]);
      expect(await store.memberships.forHousehold('nobody')).to.deep.equal([]);
    });

    it('reports every problem: unknown references, bad dates and amounts, limits out of order', async () => {
      const error = await rejection(
        store.memberships.add({
          householdId: 'nobody',
          organisationId: 'nothing',
          joinedOn: '2024-05-01',
          pledgeAmount: '0',
          minDeposit: '500',
          maxDeposit: '100',
          leftOn: '2024-04-30',
        }),
        'INVALID_ARGUMENT',
        'invalid-membership',
      );
      expect(error.problems).to.deep.equal([
        { path: 'pledgeAmount', reason: 'not-positive' },
        { path: 'maxDeposit', reason: 'max-below-min', details: { min: '500.00' } },
        { path: 'leftOn', reason: 'left-before-joined', details: { joinedOn: '2024-05-01' } },
        { path: 'householdId', reason: 'unknown-household', details: { id: 'nobody' } },
        { path: 'organisationId', reason: 'unknown-organisation', details: { id: 'nothing' } },
      ]);
      const amounts = await rejection(
        store.memberships.add({
          householdId: 'h',
          organisationId: 'o',
          joinedOn: '1/5/2567',
          pledgeAmount: 200 as never,
          minDeposit: '1,000',
        }),
        'INVALID_ARGUMENT',
      );
      expect(amounts.problems.slice(0, 3).map((p) => [p.path, p.reason])).to.deep.equal([
        ['joinedOn', 'not-a-date'],
        // Numbers are refused: a backup must carry amounts exactly, as strings.
        ['pledgeAmount', 'not-an-amount'],
        ['minDeposit', 'not-an-amount'],
      ]);
      expect(await databaseOf(store).memberships.count()).to.equal(0);
    });
  });

  it('keeps two store names apart', async () => {
    const other = await stores.open();
    await store.households.add({ name: 'A', id: 'same-id' });
    await other.households.add({ name: 'B', id: 'same-id' });
    expect((await store.households.get('same-id'))?.name).to.equal('A');
    expect((await other.households.get('same-id'))?.name).to.equal('B');
    expect((await other.changes.list()).length).to.equal(1);
  });
});
