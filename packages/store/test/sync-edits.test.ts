import { expect } from 'chai';
import { isHlc, type SajjaStore } from '../src/index.js';
import { databaseOf } from '../src/open-store.js';
import { FreshStores, rejection } from './helpers.js';

describe('editable parts: households.rename, memberships.leave, organisations.put', () => {
  const stores = new FreshStores();
  let store: SajjaStore;
  beforeEach(async () => (store = await stores.open()));
  afterEach(() => stores.cleanUp());

  async function clockOf(table: string, id: string): Promise<string | undefined> {
    return (await databaseOf(store).recordClocks.get([table, id]))?.hlc;
  }

  it('renames a household, logs an update and stamps it with a later HLC each time', async () => {
    const household = await store.households.add({ name: 'บ้านนายสมชาย' });
    expect(await clockOf('households', household.id)).to.equal(undefined);
    const renamed = await store.households.rename(household.id, '  บ้านนางสมศรี ');
    expect(renamed).to.deep.equal({ ...household, name: 'บ้านนางสมศรี' });
    expect(await store.households.get(household.id)).to.deep.equal(renamed);
    const first = await clockOf('households', household.id);
    expect(isHlc(first)).to.equal(true);
    await store.households.rename(household.id, 'บ้านสมศรี');
    const second = await clockOf('households', household.id);
    expect(second! > first!).to.equal(true);
    const deviceId = (await databaseOf(store).syncState.get('sync'))!.deviceId;
    expect(second!.endsWith(`-${deviceId}`)).to.equal(true);
    const log = await store.changes.list({ recordId: household.id });
    expect(log.map((change) => change.action)).to.deep.equal(['add', 'update', 'update']);
  });

  it('leaves a rename to the same name unlogged, and refuses a bad name or an unknown household', async () => {
    const household = await store.households.add({ name: 'บ้านนายสมชาย' });
    await store.households.rename(household.id, 'บ้านนายสมชาย');
    expect((await store.changes.list()).length).to.equal(1);
    await rejection(
      store.households.rename(household.id, '   '),
      'INVALID_ARGUMENT',
      'invalid-household',
    );
    await rejection(store.households.rename('nobody', 'x'), 'INVALID_ARGUMENT', 'unknown-record');
    expect(await store.households.get(household.id)).to.deep.equal(household);
  });

  it('records a leaving day and a rejoin, chained in the audit trail, and refuses leaving before joining', async () => {
    const household = await store.households.add({ name: 'บ้านนายสมชาย' });
    const group = await store.organisations.add({ name: 'กลุ่มสัจจะ', kind: 'pledge-group' });
    const membership = await store.memberships.add({
      householdId: household.id,
      organisationId: group.id,
      joinedOn: '2024-01-15',
    });
    const left = await store.memberships.leave(membership.id, '2025-12-31');
    expect(left).to.deep.equal({ ...membership, leftOn: '2025-12-31' });
    const back = await store.memberships.leave(membership.id, undefined);
    expect(back).to.deep.equal(membership);
    expect(await store.memberships.get(membership.id)).to.deep.equal(membership);
    await rejection(
      store.memberships.leave(membership.id, '2023-01-01'),
      'INVALID_ARGUMENT',
      'invalid-membership',
    );
    await rejection(
      store.memberships.leave('nobody', '2025-01-01'),
      'INVALID_ARGUMENT',
      'unknown-record',
    );
    const log = await store.changes.list({ recordId: membership.id });
    expect(log.map((change) => change.action)).to.deep.equal(['add', 'update', 'update']);
    expect(isHlc(await clockOf('memberships', membership.id))).to.equal(true);
    const { verifyOrganisationAudit } = await import('../src/index.js');
    expect(await verifyOrganisationAudit(store, { organisationId: group.id })).to.deep.include({
      ok: true,
    });
  });

  it("stamps an organisation's replaced name or rules, not its creation", async () => {
    const group = await store.organisations.put({
      id: 'o1',
      name: 'กลุ่มสัจจะ',
      kind: 'pledge-group',
    });
    expect(await clockOf('organisations', 'o1')).to.equal(undefined);
    await store.organisations.put({ ...group, name: 'กลุ่มสัจจะบ้านหนองบัว' });
    expect(isHlc(await clockOf('organisations', 'o1'))).to.equal(true);
  });

  it('reports the writes waiting to be pushed, and no sync yet', async () => {
    const household = await store.households.add({ name: 'บ้านนายสมชาย' });
    await store.households.rename(household.id, 'บ้านนางสมศรี');
    expect(await store.syncStatus()).to.deep.equal({ state: 'stopped', pending: 2 });
  });
});
