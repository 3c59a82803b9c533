import { expect } from 'chai';
import type { LedgerRecord } from '../src/index.js';
import { live } from '../src/live-query.js';
import { databaseOf } from '../src/open-store.js';
import { FreshStores, householdWithMembership, watch } from './helpers.js';

/**
 * A same-origin frame with its own copy of the store module (its own JavaScript realm and
 * Dexie), as another tab would have: it opens the database named `name` and answers messages.
 */
async function storeFrame(name: string): Promise<{
  call(command: string, ...args: unknown[]): Promise<unknown>;
  events: unknown[];
  remove(): void;
}> {
  const storeModule = new URL('../src/index.ts', import.meta.url).href;
  const frame = document.createElement('iframe');
  const channel = `frame-${crypto.randomUUID()}`;
  frame.srcdoc = `<!doctype html><script type="module">
    import { openStore } from ${JSON.stringify(storeModule)};
    const store = await openStore({ name: ${JSON.stringify(name)} });
    const reply = (message) => parent.postMessage({ channel: ${JSON.stringify(channel)}, ...message }, '*');
    addEventListener('message', async ({ data }) => {
      try {
        if (data.command === 'addLedger') {
          reply({ id: data.id, result: await store.ledger.add(...data.args) });
        } else if (data.command === 'watchLedger') {
          store.ledger.liveList(...data.args).subscribe((entries) => reply({ event: entries }));
          reply({ id: data.id, result: true });
        }
      } catch (error) {
        reply({ id: data.id, error: String(error) });
      }
    });
    reply({ ready: true });
  </script>`;
  const pending = new Map<string, (message: { result?: unknown; error?: string }) => void>();
  const events: unknown[] = [];
  let ready: () => void;
  const isReady = new Promise<void>((resolve) => (ready = resolve));
  const listener = ({ data }: MessageEvent): void => {
    if (data?.channel !== channel) return;
    if (data.ready) ready();
    else if ('event' in data) events.push(data.event);
    else pending.get(data.id)?.(data);
  };
  addEventListener('message', listener);
  document.body.append(frame);
  await isReady;
  return {
    events,
    call(command, ...args) {
      const id = crypto.randomUUID();
      return new Promise((resolve, reject) => {
        pending.set(id, (message) =>
          message.error ? reject(new Error(message.error)) : resolve(message.result),
        );
        frame.contentWindow!.postMessage({ command, id, args }, '*');
      });
    },
    remove() {
      removeEventListener('message', listener);
      frame.remove();
    },
  };
}

describe('live queries', () => {
  const stores = new FreshStores();
  afterEach(() => stores.cleanUp());

  it('re-run only when a write touches what they read', async () => {
    const store = await stores.open();
    const { household, membership } = await householdWithMembership(store);
    const other = await store.households.add({ name: 'บ้านนางสมศรี' });
    let runs = 0;
    const ledger = watch(
      live(databaseOf(store), async () => {
        runs++;
        return store.ledger.list({ householdId: household.id });
      }),
    );
    const entry = { date: '2024-03-01', kind: 'expense', category: 'food', amount: '80' } as const;
    await ledger.next((entries) => entries.length === 0);
    const settle = () => new Promise((resolve) => setTimeout(resolve, 100));
    await settle();
    const before = runs;
    // Writes to another household's ledger, to fund transactions and to households.
    await store.ledger.add(other.id, entry);
    await store.fundTransactions.add({
      membershipId: membership.id,
      date: '2024-03-05',
      kind: 'deposit',
      amount: '200',
    });
    await store.households.add({ name: 'บ้านที่สาม' });
    await settle();
    expect(runs, 'runs after writes elsewhere').to.equal(before);
    // A write to this household's ledger re-runs it, and it sees the entry.
    await store.ledger.add(household.id, entry);
    await ledger.next((entries) => entries.length === 1);
    expect(runs).to.be.greaterThan(before);
    ledger.stop();
  });

  it('fail with connection-lost when another tab deletes the database, instead of going quiet', async () => {
    const name = stores.name();
    const store = await stores.open(name);
    const household = await store.households.add({ name: 'บ้าน' });
    const list = watch(store.ledger.liveList({ householdId: household.id }));
    const overview = watch(store.households.live());
    await list.next((entries) => entries.length === 0);
    await overview.next((households) => households.length === 1);
    // What another tab does: Dexie closes this connection so the deletion can go ahead.
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase(name);
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
    });
    // A query started after the close fails the same way.
    const late = watch(store.households.live());
    for (const query of [list, overview, late]) {
      // No result is accepted: each must fail, and with the coded error.
      const failure = await query
        .next(() => false)
        .then(
          () => undefined,
          (error: unknown) => error,
        );
      expect(failure).to.include({ code: 'STORAGE_UNAVAILABLE', reason: 'connection-lost' });
    }
  });

  it('show a write made through another store object on the same database', async () => {
    const name = stores.name();
    const writer = await stores.open(name);
    const reader = await stores.open(name);
    const household = await writer.households.add({ name: 'บ้าน' });
    const list = watch(reader.ledger.liveList({ householdId: household.id }));
    const count = watch(reader.ledger.liveCount({ householdId: household.id }));
    const households = watch(reader.households.live());
    try {
      await list.next((entries) => entries.length === 0);
      const entry = await writer.ledger.add(household.id, {
        date: '2024-03-05',
        kind: 'income',
        category: 'wages',
        amount: '300',
      });
      const seen = await list.next((entries) => entries.length === 1);
      expect(seen[0]).to.deep.equal(entry);
      await count.next((n) => n === 1);
      await writer.ledger.reverse(entry.id, { date: '2024-03-06' });
      await list.next((entries) => entries.length === 0);
      await count.next((n) => n === 0);
      await households.next((all) => all.length === 1 && all[0]!.id === household.id);
    } finally {
      list.stop();
      count.stop();
      households.stop();
    }
  });

  it('update summaries, pages and fund balances after each write', async () => {
    const store = await stores.open();
    const { household, membership } = await householdWithMembership(store);
    const householdId = household.id;
    const summary = watch(
      store.ledger.liveSummary({ householdId, from: '2024-01-01', to: '2024-12-31', by: 'month' }),
    );
    const page = watch(store.ledger.livePage({ householdId, limit: 2 }));
    const balances = watch(store.fundTransactions.liveBalances({ householdId }));
    const history = watch(store.changes.live({ table: 'fundTransactions' }));
    try {
      await store.ledger.add(householdId, {
        date: '2024-02-01',
        kind: 'income',
        category: 'wages',
        amount: '1000',
      });
      await store.ledger.add(householdId, {
        date: '2024-02-02',
        kind: 'expense',
        category: 'savings-deposit',
        amount: '200',
      });
      const seen = await summary.next((s) => String(s.total.net) === '800.00');
      expect(seen.periods[1]!.savingsRate).to.equal('20.00');
      await page.next(
        (p) =>
          p.entries.length === 2 &&
          p.entries[0]!.date === '2024-02-02' &&
          p.nextCursor === undefined,
      );
      await store.ledger.add(householdId, {
        date: '2024-03-01',
        kind: 'expense',
        category: 'food',
        amount: '1',
      });
      await page.next((p) => p.entries[0]!.date === '2024-03-01' && p.nextCursor !== undefined);
      await store.fundTransactions.add({
        membershipId: membership.id,
        date: '2024-02-02',
        kind: 'deposit',
        amount: '200',
      });
      await balances.next((b) => b[0]?.savings === '200.00');
      await history.next((changes) => changes.length === 1 && changes[0]!.action === 'add');
    } finally {
      summary.stop();
      page.stop();
      balances.stop();
      history.stop();
    }
  });

  it('cross between a page and a same-origin frame, both ways', async () => {
    const name = stores.name();
    const store = await stores.open(name);
    const household = await store.households.add({ name: 'บ้าน' });
    const frame = await storeFrame(name);
    const list = watch(store.ledger.liveList({ householdId: household.id }));
    try {
      await list.next((entries) => entries.length === 0);
      // The frame writes; this page's live query sees it.
      const written = (await frame.call('addLedger', household.id, {
        date: '2024-03-05',
        kind: 'expense',
        category: 'food',
        amount: '45',
      })) as LedgerRecord;
      const seen = await list.next((entries) => entries.length === 1);
      expect(seen[0]).to.deep.equal(written);
      // This page writes; the frame's live query sees it.
      await frame.call('watchLedger', { householdId: household.id });
      const mine = await store.ledger.add(household.id, {
        date: '2024-03-06',
        kind: 'income',
        category: 'wages',
        amount: '300',
      });
      const deadline = Date.now() + 5000;
      const framesView = (): LedgerRecord[] | undefined =>
        (frame.events as LedgerRecord[][]).find((entries) =>
          entries.some((entry) => entry.id === mine.id),
        );
      while (!framesView() && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 20));
      expect(framesView()?.map((entry) => entry.id)).to.deep.equal([written.id, mine.id]);
    } finally {
      list.stop();
      frame.remove();
    }
  });
});
