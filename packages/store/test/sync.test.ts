import { expect } from 'chai';
import { cuttingProxyStats, startCuttingProxy } from '@sajja/testing/sync-server-commands.mjs';
import { organisationRoster, type SajjaStore, type SyncController } from '../src/index.js';
import { databaseOf } from '../src/open-store.js';
import { FreshStores } from './helpers.js';
import { dataOf, pullAll, synced, TestServer } from './sync-helpers.js';

// store.sync against a real @sajja/server (PGlite, in a child process the test runner starts,
// kills and restarts): two stores of one browser are two devices.

const uid = () => crypto.randomUUID();

describe('store.sync with a real server', function () {
  this.timeout(300_000);
  const stores = new FreshStores();
  const controllers: SyncController[] = [];
  let server: TestServer;

  // One server for the file: each test syncs households and groups of its own (random ids).
  before(async () => {
    server = await TestServer.start();
  });
  after(() => server?.stop());
  afterEach(async () => {
    for (const controller of controllers.splice(0)) controller.stop();
    await stores.cleanUp();
  });

  function sync(store: SajjaStore, token: string | (() => Promise<string>), url = server.url) {
    const controller = store.sync(
      typeof token === 'string' ? { url, token } : { url, getToken: token },
      { timeout: 30_000, minBackoff: 50, maxBackoff: 200 },
    );
    controllers.push(controller);
    return controller;
  }

  it("brings one device's household and ledger to another, and the other's back, sums included", async () => {
    const householdId = uid();
    const token = await server.token({ household: householdId });
    const phone = await stores.open();
    const tablet = await stores.open();
    await phone.households.add({ id: householdId, name: 'บ้านนายสมชาย' });
    const rice = await phone.ledger.add(householdId, {
      date: '2025-03-05',
      kind: 'income',
      category: 'farming',
      amount: '2500',
    });
    await phone.ledger.add(householdId, {
      date: '2025-03-06',
      kind: 'expense',
      category: 'food',
      amount: '120',
    });
    const phoneSync = sync(phone, token);
    expect((await synced(phoneSync)).pending).to.equal(0);

    const tabletSync = sync(tablet, token);
    await synced(tabletSync);
    expect(await tablet.households.get(householdId)).to.deep.include({ name: 'บ้านนายสมชาย' });
    expect(await tablet.ledger.get(rice.id)).to.deep.equal(rice);
    // Written from the pull: logged 'sync', and nothing waits to go back.
    const log = await tablet.changes.list();
    expect(new Set(log.map((change) => change.action))).to.deep.equal(new Set(['sync']));
    expect(tabletSync.status.pending).to.equal(0);
    const summary = { householdId, from: '2025-01-01', to: '2025-12-31', by: 'month' as const };
    expect(await tablet.ledger.summary(summary)).to.deep.equal(await phone.ledger.summary(summary));

    const fish = await tablet.ledger.add(householdId, {
      date: '2025-03-07',
      kind: 'income',
      category: 'wages',
      amount: '300',
    });
    await tablet.ledger.remove(rice.id);
    await synced(tabletSync);
    await synced(phoneSync);
    expect(await phone.ledger.get(fish.id)).to.deep.equal(fish);
    expect((await phone.ledger.get(rice.id))?.deletedAt).to.be.a('string');
    expect(await dataOf(phone)).to.deep.equal(await dataOf(tablet));
    expect(await phone.ledger.summary(summary)).to.deep.equal(await tablet.ledger.summary(summary));
  });

  it("shows a group's treasurer the deposit a household recorded, in the group's sums", async () => {
    const householdId = uid();
    const organisation = {
      id: uid(),
      name: 'กลุ่มสัจจะบ้านหนองบัว',
      kind: 'pledge-group' as const,
    };
    const treasurer = await stores.open();
    const home = await stores.open();
    // The treasurer registers the member household; its device gets the membership by syncing.
    await treasurer.organisations.add(organisation);
    await treasurer.households.add({ id: householdId, name: 'บ้านนายสมชาย' });
    const membership = await treasurer.memberships.add({
      householdId,
      organisationId: organisation.id,
      joinedOn: '2025-01-01',
    });
    const treasurerSync = sync(
      treasurer,
      await server.token({ organisation: organisation.id, role: 'treasurer' }),
    );
    await synced(treasurerSync);

    const homeSync = sync(home, await server.token({ household: householdId }));
    await synced(homeSync);
    expect(await home.memberships.get(membership.id)).to.deep.equal(membership);
    const deposit = await home.fundTransactions.add({
      membershipId: membership.id,
      date: '2025-02-05',
      kind: 'deposit',
      amount: '200',
    });
    await synced(homeSync);

    await synced(treasurerSync);
    expect(await treasurer.fundTransactions.get(deposit.id)).to.deep.equal(deposit);
    expect(await treasurer.households.get(householdId)).to.deep.include({ name: 'บ้านนายสมชาย' });
    const roster = await organisationRoster(treasurer, {
      organisationId: organisation.id,
      month: '2025-02',
    });
    expect(
      roster.members.map((member) => [member.householdName, member.paid.deposit]),
    ).to.deep.equal([['บ้านนายสมชาย', '200.00']]);
    const { verifyOrganisationAudit } = await import('../src/index.js');
    expect(
      await verifyOrganisationAudit(treasurer, { organisationId: organisation.id }),
    ).to.deep.include({ ok: true });
  });

  it('lets a treasurer register a new member household with a deposit, which its own device then pulls', async () => {
    const householdId = uid();
    const organisation = {
      id: uid(),
      name: 'กลุ่มสัจจะบ้านหนองบัว',
      kind: 'pledge-group' as const,
    };
    const treasurer = await stores.open();
    await treasurer.organisations.add(organisation);
    await treasurer.households.add({ id: householdId, name: 'บ้านนางมาลี' });
    const membership = await treasurer.memberships.add({
      householdId,
      organisationId: organisation.id,
      joinedOn: '2025-03-01',
    });
    const deposit = await treasurer.fundTransactions.add({
      membershipId: membership.id,
      date: '2025-03-05',
      kind: 'deposit',
      amount: '150',
    });
    await synced(
      sync(treasurer, await server.token({ organisation: organisation.id, role: 'treasurer' })),
    );
    const home = await stores.open();
    await synced(sync(home, await server.token({ household: householdId })));
    expect(await home.households.get(householdId)).to.deep.include({ name: 'บ้านนางมาลี' });
    expect(await home.organisations.get(organisation.id)).to.deep.equal(organisation);
    expect(await home.fundTransactions.get(deposit.id)).to.deep.equal(deposit);
    const [balance] = await home.fundTransactions.balances({ householdId });
    expect(balance).to.deep.include({ membershipId: membership.id, savings: '150.00' });
  });

  it('names a record the server refused, keeps it here and stores the rest', async () => {
    const householdId = uid();
    const token = await server.token({ household: householdId });
    const home = await stores.open();
    await home.households.add({ id: householdId, name: 'บ้านนายสมชาย' });
    // A membership the household wrote itself: no treasurer registered it on the server.
    const group = await home.organisations.add({
      name: 'กลุ่มที่ไม่มีในเซิร์ฟเวอร์',
      kind: 'other',
    });
    const membership = await home.memberships.add({
      householdId,
      organisationId: group.id,
      joinedOn: '2025-01-01',
    });
    const controller = sync(home, token);
    const status = await controller.syncNow();
    expect(status.state).to.equal('error');
    expect(status.problem).to.deep.include({
      code: 'FORBIDDEN',
      reason: 'membership-not-registered',
      table: 'memberships',
      recordId: membership.id,
    });
    expect(status.problem!.message).to.match(/treasurer registers/);
    expect(status.problem!.messageTh).to.match(/เหรัญญิก/);
    expect(await home.syncStatus()).to.deep.include({ state: 'error', problem: status.problem });
    const { records } = await pullAll(server.url, token);
    expect([...records.keys()]).to.deep.equal([`households:${householdId}`]);
    // Tried again, it is not sent again; nothing else waits.
    const again = await controller.syncNow();
    expect(again.problem?.recordId).to.equal(membership.id);
    expect(again.pending).to.equal(0);
  });

  it('sends a refused deposit again once its treasurer registers the membership it names', async () => {
    const householdId = uid();
    const homeToken = await server.token({ household: householdId });
    const home = await stores.open();
    await home.households.add({ id: householdId, name: 'บ้านนางมาลี' });
    // The household joined the group on its own phone, before the treasurer registered it.
    const group = await home.organisations.add({ name: 'กลุ่มสัจจะบ้านโคก', kind: 'pledge-group' });
    const membership = await home.memberships.add({
      householdId,
      organisationId: group.id,
      joinedOn: '2025-04-01',
    });
    const deposit = await home.fundTransactions.add({
      membershipId: membership.id,
      date: '2025-04-05',
      kind: 'deposit',
      amount: '120',
    });
    const controller = sync(home, homeToken);
    const refused = await controller.syncNow();
    expect(refused.problem).to.deep.include({ reason: 'membership-not-registered' });
    // Nothing new from the server: not sent again.
    const waiting = await controller.syncNow();
    expect(waiting.problem).to.deep.include({ reason: 'membership-not-registered' });
    const treasurerToken = await server.token({ organisation: group.id, role: 'treasurer' });
    expect((await pullAll(server.url, treasurerToken)).records.size).to.equal(0);

    // The treasurer registers that membership (the same records, as the household's phone
    // showed them), through the protocol.
    const response = await fetch(`${server.url}/v1/push`, {
      method: 'POST',
      headers: { authorization: `Bearer ${treasurerToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        batchId: uid(),
        deviceId: uid(),
        changes: [
          { table: 'organisations', record: group },
          { table: 'households', record: await home.households.get(householdId) },
          { table: 'memberships', record: membership },
        ],
      }),
    });
    expect(response.status, await response.text()).to.equal(200);

    // The household's next sync pulls the membership, then sends what was refused again.
    const status = await synced(controller);
    expect(status.pending).to.equal(0);
    const { records } = await pullAll(server.url, treasurerToken);
    expect(records.get(`fundTransactions:${deposit.id}`)).to.deep.equal(deposit);
    expect(records.get(`memberships:${membership.id}`)).to.deep.equal(membership);
  });

  it('asks for a new token once when the server says the one it has expired', async () => {
    const householdId = uid();
    const home = await stores.open();
    await home.households.add({ id: householdId, name: 'บ้านนายสมชาย' });
    const expired = await server.token({ household: householdId }, -60);

    const fixed = await sync(home, expired).syncNow();
    expect(fixed.state).to.equal('error');
    expect(fixed.problem?.code).to.equal('TOKEN_EXPIRED');
    expect(fixed.problem?.messageTh).to.be.a('string').and.not.equal('');
    expect(fixed.pending).to.equal(1);

    const handed: string[] = [];
    const fresh = await server.token({ household: householdId });
    const renewing = sync(home, async () => {
      handed.push(handed.length === 0 ? 'expired' : 'fresh');
      return handed.length === 1 ? expired : fresh;
    });
    await synced(renewing);
    expect(handed).to.deep.equal(['expired', 'fresh']);
    expect(renewing.status.pending).to.equal(0);

    // A getToken that only ever gives expired tokens is asked once more, then shown.
    let asked = 0;
    const stale = await sync(home, async () => {
      asked += 1;
      return expired;
    }).syncNow();
    expect(asked).to.equal(2);
    expect(stale.problem?.code).to.equal('TOKEN_EXPIRED');
  });

  it('goes offline while the server is down, keeps every write, and syncs when back online', async () => {
    const householdId = uid();
    const token = await server.token({ household: householdId });
    const home = await stores.open();
    await home.households.add({ id: householdId, name: 'บ้านนายสมชาย' });
    const controller = sync(home, token);
    await synced(controller);

    await server.kill();
    const states: string[] = [];
    controller.addEventListener('status', () => states.push(controller.status.state));
    const down = await controller.syncNow();
    expect(down.state).to.equal('offline');
    expect(down.problem?.code).to.be.oneOf(['UNREACHABLE', 'OFFLINE']);
    // Writes go on while the sync fails.
    for (let day = 1; day <= 20; day++) {
      await home.ledger.add(householdId, {
        date: `2025-04-${String(day).padStart(2, '0')}`,
        kind: 'expense',
        category: 'food',
        amount: '50',
      });
    }
    expect((await home.syncStatus()).pending).to.equal(20);

    await server.restart();
    controller.start();
    // The browser says it is online again: the controller syncs at once.
    await new Promise((resolve) => setTimeout(resolve, 50));
    globalThis.dispatchEvent(new Event('online'));
    const start = Date.now();
    while (controller.status.state !== 'idle' || controller.status.pending !== 0) {
      if (Date.now() - start > 30_000)
        expect.fail(`not synced: ${JSON.stringify(controller.status)}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(states).to.include('offline');
    const { records } = await pullAll(server.url, token);
    expect([...records.keys()].filter((key) => key.startsWith('ledger:')).length).to.equal(20);
  });

  it('brings two devices of one household, offline for a week, to the same records and the later edit', async () => {
    const householdId = uid();
    const organisation = { id: uid(), name: 'กลุ่มสัจจะ', kind: 'pledge-group' as const };
    const treasurer = await stores.open();
    await treasurer.organisations.add(organisation);
    await treasurer.households.add({ id: householdId, name: 'บ้านนายสมชาย' });
    const membership = await treasurer.memberships.add({
      householdId,
      organisationId: organisation.id,
      joinedOn: '2025-01-01',
    });
    await synced(
      sync(treasurer, await server.token({ organisation: organisation.id, role: 'treasurer' })),
    );
    const token = await server.token({ household: householdId });
    const phone = await stores.open();
    const tablet = await stores.open();
    const phoneSync = sync(phone, token);
    const tabletSync = sync(tablet, token);
    await synced(phoneSync);
    await synced(tabletSync);
    expect(await dataOf(tablet)).to.deep.equal(await dataOf(phone));

    // A week apart from the server: each writes a lot; both rename the household and change
    // the membership's leaving day, the tablet later each time.
    const week = ['01', '02', '03', '04', '05', '06', '07'];
    for (const [device, store] of [
      ['phone', phone],
      ['tablet', tablet],
    ] as const) {
      for (const day of week) {
        for (let n = 0; n < 15; n++) {
          await store.ledger.add(householdId, {
            date: `2025-05-${day}`,
            kind: n % 3 === 0 ? 'income' : 'expense',
            category: n % 3 === 0 ? 'wages' : 'food',
            amount: `${10 + n}`,
            note: `${device} ${day} ${n}`,
          });
        }
        await store.fundTransactions.add({
          membershipId: membership.id,
          date: `2025-05-${day}`,
          kind: 'deposit',
          amount: device === 'phone' ? '20' : '30',
        });
      }
    }
    await phone.households.rename(householdId, 'บ้านนางสมศรี (โทรศัพท์)');
    await phone.memberships.leave(membership.id, '2025-12-31');
    await new Promise((resolve) => setTimeout(resolve, 5));
    await tablet.households.rename(householdId, 'บ้านนางสมศรี (แท็บเล็ต)');
    await tablet.memberships.leave(membership.id, '2026-06-30');

    // The later edits sync first: the phone's then lose on the server, and the phone takes the
    // tablet's; then the tablet pulls what the phone wrote.
    await synced(tabletSync);
    await synced(phoneSync);
    await synced(tabletSync);
    const phoneData = await dataOf(phone);
    expect(phoneData).to.deep.equal(await dataOf(tablet));
    expect(phoneData.ledger.length).to.equal(2 * 7 * 15);
    expect(phoneData.fundTransactions.length).to.equal(2 * 7);
    expect(await phone.households.get(householdId)).to.deep.include({
      name: 'บ้านนางสมศรี (แท็บเล็ต)',
    });
    expect(await phone.memberships.get(membership.id)).to.deep.include({ leftOn: '2026-06-30' });
    const { records } = await pullAll(server.url, token);
    expect(records.get(`households:${householdId}`)).to.deep.include({
      name: 'บ้านนางสมศรี (แท็บเล็ต)',
    });
    const balances = { householdId };
    expect(await phone.fundTransactions.balances(balances)).to.deep.equal(
      await tablet.fundTransactions.balances(balances),
    );
  });

  it('stores every record of a 10,000-record push exactly once after the server is killed mid-push', async () => {
    const householdId = uid();
    const token = await server.token({ household: householdId });
    const home = await stores.open();
    const ledger = Array.from({ length: 10_000 }, (_, n) => ({
      id: `entry-${String(n).padStart(5, '0')}-${householdId}`,
      householdId,
      date: `2024-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 28) + 1).padStart(2, '0')}`,
      kind: n % 4 === 0 ? 'income' : 'expense',
      category: n % 4 === 0 ? 'wages' : 'food',
      amount: `${(n % 500) + 1}.00`,
      recordedAt: '2024-12-31T00:00:00.000Z',
    }));
    const report = await home.importBackup({
      format: 'sajja-backup',
      version: 1,
      tables: {
        households: [
          { id: householdId, name: 'บ้านนายสมชาย', createdAt: '2024-01-01T00:00:00.000Z' },
        ],
        ledger,
      },
    });
    expect(report.problems).to.deep.equal([]);
    const controller = sync(home, token);
    const db = databaseOf(home);
    const pushing = controller.syncNow();
    // Kill it once a batch or two are stored and the next is on its way.
    for (;;) {
      const state = await db.syncState.get('sync');
      if (state?.pushed && state.pushed.offset >= 1_000 && state.pendingBatch) break;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await server.kill();
    const cut = await pushing;
    expect(cut.state).to.equal('offline');
    expect(cut.pending).to.be.above(0).and.below(10_001);
    await server.restart();
    await synced(controller);
    expect(controller.status.pending).to.equal(0);
    const { records, seen } = await pullAll(server.url, token);
    const stored = [...records.keys()].filter((key) => key.startsWith('ledger:'));
    expect(stored.length).to.equal(10_000);
    expect([...seen.values()].every((count) => count === 1)).to.equal(true);
    expect(records.get(`ledger:${ledger[9_999]!.id}`)).to.deep.equal(ledger[9_999]);
  });

  it('sends a batch again under its id after its response was cut off, and it is stored once', async () => {
    const householdId = uid();
    const token = await server.token({ household: householdId });
    const home = await stores.open();
    await home.households.add({ id: householdId, name: 'บ้านนายสมชาย' });
    for (let n = 0; n < 30; n++) {
      await home.ledger.add(householdId, {
        date: '2025-06-01',
        kind: 'expense',
        category: 'food',
        amount: `${n + 1}`,
      });
    }
    const proxy = await startCuttingProxy(server.id, {
      method: 'POST',
      path: '/v1/push',
      count: 1,
    });
    const controller = sync(home, token, proxy.url);
    const first = await controller.syncNow();
    expect(first.state).to.be.oneOf(['offline', 'error']);
    const pendingBatch = (await databaseOf(home).syncState.get('sync'))?.pendingBatch;
    expect(pendingBatch?.batchId).to.be.a('string');
    expect((await cuttingProxyStats(proxy.id)).cut).to.equal(1);
    // The server stored the batch before its answer was cut.
    expect((await pullAll(server.url, token)).records.size).to.equal(31);
    await synced(controller);
    expect((await databaseOf(home).syncState.get('sync'))?.pendingBatch).to.equal(undefined);
    const { records, seen } = await pullAll(server.url, token);
    expect(records.size).to.equal(31);
    expect([...seen.values()].every((count) => count === 1)).to.equal(true);
  });
});
