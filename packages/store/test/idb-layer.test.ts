import { expect } from 'chai';
import Dexie from 'dexie';
import { SCHEMA_VERSIONS, type SajjaStore } from '../src/index.js';
import { MAX_KEY, MIN_KEY } from '../src/idb/table.js';
import { live } from '../src/live-query.js';
import type { MembershipRecord } from '../src/memberships.js';
import { deleteDatabase, FreshStores } from './helpers.js';

/** Every object store and index of a database, as IndexedDB itself describes them. */
async function layout(name: string): Promise<unknown> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    const names = [...db.objectStoreNames];
    if (names.length === 0) return { version: db.version, stores: {} };
    const transaction = db.transaction(names, 'readonly');
    const stores = Object.fromEntries(
      names.map((storeName) => {
        const store = transaction.objectStore(storeName);
        const indexes = [...store.indexNames].map((indexName) => {
          const index = store.index(indexName);
          return [indexName, index.keyPath, index.unique, index.multiEntry];
        });
        return [storeName, { keyPath: store.keyPath, autoIncrement: store.autoIncrement, indexes }];
      }),
    );
    return { version: db.version, stores };
  } finally {
    db.close();
  }
}

/** `true` once the promise rejects with a DOMException of this name (or error message). */
async function rejectsWith(promise: Promise<unknown>, name: string): Promise<void> {
  try {
    await promise;
  } catch (error) {
    expect((error as Error).name === name || (error as Error).message === name, String(error)).to.be
      .true;
    return;
  }
  expect.fail(`expected a rejection with ${name}`);
}

const membership = (id: string, householdId: string): MembershipRecord =>
  ({
    id,
    householdId,
    organisationId: 'o1',
    joinedOn: '2024-01-01',
    createdAt: '2024-01-01T00:00:00.000Z',
  }) as unknown as MembershipRecord;

describe('the IndexedDB layer', () => {
  const stores = new FreshStores();
  let store: SajjaStore;
  beforeEach(async () => (store = await stores.open()));
  afterEach(() => stores.cleanUp());

  it('creates exactly the object stores and indexes the Dexie-based releases created', async () => {
    const dexieName = `sajja-dexie-${crypto.randomUUID()}`;
    const dexie = new Dexie(dexieName);
    for (const { version, stores: tables } of SCHEMA_VERSIONS)
      dexie.version(version).stores(tables);
    await dexie.open();
    dexie.close();
    try {
      expect(await layout(store.name)).to.deep.equal(await layout(dexieName));
    } finally {
      await deleteDatabase(dexieName);
    }
  });

  it('rolls back every write of a transaction whose work throws', async () => {
    const failed = store.db.transaction('rw', store.db.households, store.db.meta, async (db) => {
      await db.households.add({ id: 'h1', name: 'บ้าน', createdAt: '2024-01-01T00:00:00.000Z' });
      await db.meta.put({ key: 'x', value: '1' });
      throw new Error('boom');
    });
    await rejectsWith(failed, 'boom');
    expect(await store.db.households.count()).to.equal(0);
    expect(await store.db.meta.get('x')).to.equal(undefined);
  });

  it('rolls back the whole transaction when one write in it fails', async () => {
    await store.db.households.add({ id: 'h1', name: 'บ้าน', createdAt: '2024-01-01T00:00:00Z' });
    const failed = store.db.transaction('rw', store.db.households, async (db) => {
      await db.households.add({ id: 'h2', name: 'สอง', createdAt: '2024-01-01T00:00:00Z' });
      await db.households.bulkAdd([
        { id: 'h3', name: 'สาม', createdAt: '2024-01-01T00:00:00Z' },
        { id: 'h1', name: 'ซ้ำ', createdAt: '2024-01-01T00:00:00Z' },
      ]);
    });
    await rejectsWith(failed, 'ConstraintError');
    expect((await store.db.households.toArray()).map((household) => household.id)).to.deep.equal([
      'h1',
    ]);
  });

  it('joins a nested transaction to the running one, and refuses one reaching further', async () => {
    await store.db.transaction('rw', store.db.households, store.db.meta, async (db) => {
      await db.transaction('rw', db.meta, async (inner) => {
        expect(inner).to.equal(db);
        await inner.meta.put({ key: 'nested', value: 'yes' });
      });
      await rejectsWith(
        db.transaction('r', db.loans, () => undefined),
        'NotFoundError',
      );
    });
    expect((await store.db.meta.get('nested'))?.value).to.equal('yes');
    await store.db.transaction('r', store.db.meta, async (db) => {
      await rejectsWith(
        db.transaction('rw', db.meta, () => undefined),
        'ReadOnlyError',
      );
      // A table the transaction does not cover cannot be reached through it either.
      await rejectsWith(db.households.toArray(), 'NotFoundError');
    });
  });

  it('reads by index: equals, anyOf once each in index order, between with open and empty ends', async () => {
    await store.db.memberships.bulkAdd([
      membership('m1', 'h2'),
      membership('m2', 'h1'),
      membership('m3', 'h3'),
      membership('m4', 'h1'),
    ]);
    const ids = (records: MembershipRecord[]) => records.map((record) => record.id);
    const byHousehold = () => store.db.memberships.where('householdId');
    expect(ids(await byHousehold().equals('h1').toArray())).to.deep.equal(['m2', 'm4']);
    expect(ids(await byHousehold().anyOf(['h3', 'h1', 'h3', 'nobody']).toArray())).to.deep.equal([
      'm2',
      'm4',
      'm3',
    ]);
    expect(ids(await byHousehold().between('h1', 'h3').toArray())).to.deep.equal([
      'm2',
      'm4',
      'm1',
    ]);
    expect(ids(await byHousehold().between('h1', 'h3', false, true).toArray())).to.deep.equal([
      'm1',
      'm3',
    ]);
    expect(await byHousehold().between('h3', 'h1').toArray()).to.deep.equal([]);
    expect(await byHousehold().between('h2', 'h2').count()).to.equal(0);
    expect(await byHousehold().between('h2', 'h2', true, true).count()).to.equal(1);
    expect(await byHousehold().between(MIN_KEY, MAX_KEY).primaryKeys()).to.deep.equal([
      'm2',
      'm4',
      'm1',
      'm3',
    ]);
  });

  it('finds the last key of the change log, and none in an empty one', async () => {
    expect(await store.db.changes.orderBy(':id').lastKey()).to.equal(undefined);
    await store.households.add({ name: 'หนึ่ง' });
    await store.households.add({ name: 'สอง' });
    const seqs = (await store.db.changes.toArray()).map((change) => change.seq);
    expect(seqs).to.have.length(2);
    expect(await store.db.changes.orderBy(':id').lastKey()).to.equal(Math.max(...seqs));
  });

  it('has a write outside any transaction committed once its promise settles', async () => {
    await store.db.meta.put({ key: 'seen', value: 'by another connection' });
    const other = await stores.open(store.name);
    expect((await other.db.meta.get('seen'))?.value).to.equal('by another connection');
  });

  it('keeps its one connection when opened again', async () => {
    await store.db.open();
    await store.db.meta.put({ key: 'still', value: 'open' });
    store.db.close();
    // Had the second open made a connection of its own, it would still be open here.
    const deleted = await new Promise<string>((resolve) => {
      const request = indexedDB.deleteDatabase(store.name);
      request.onsuccess = () => resolve('deleted');
      request.onblocked = () => resolve('blocked');
    });
    expect(deleted).to.equal('deleted');
  });

  it('closes the connection for another tab that upgrades the database', async () => {
    // An upgrade elsewhere (here: a raw open at a higher version) must not wait for this page.
    const upgraded = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(store.name, store.db.verno * 10 + 10);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    upgraded.close();
    expect(store.db.verno).to.equal(0);
    await rejectsWith(store.db.households.toArray(), 'InvalidStateError');
  });

  describe('live queries', () => {
    it('run once for writes made while they run, and deliver the newest result', async () => {
      const seen: number[] = [];
      let runs = 0;
      const query = store.households.live();
      const counted = {
        subscribe: (next: (count: number) => void) =>
          query.subscribe((households) => {
            runs += 1;
            next(households.length);
          }),
      };
      let resolveDone: () => void;
      const done = new Promise<void>((resolve) => (resolveDone = resolve));
      const subscription = counted.subscribe((count) => {
        seen.push(count);
        if (count === 5) resolveDone();
      });
      await Promise.all(
        ['1', '2', '3', '4', '5'].map((name) => store.households.add({ name: `บ้าน ${name}` })),
      );
      await done;
      subscription.unsubscribe();
      expect(subscription.closed).to.be.true;
      expect(seen.at(-1)).to.equal(5);
      // Never an older result after a newer one, and fewer runs than one per write plus one.
      expect([...seen].sort((a, b) => a - b)).to.deep.equal(seen);
      expect(runs).to.be.at.most(6);
    });

    it('run once per write, however many connections to the database the page has', async () => {
      await stores.open(store.name); // a second connection, as a partner page and a widget have
      let reads = 0;
      const subscription = live(async () => {
        reads += 1;
        return store.households.list();
      }).subscribe(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(reads).to.equal(1);
      await store.households.add({ name: 'บ้าน' });
      await new Promise((resolve) => setTimeout(resolve, 100));
      subscription.unsubscribe();
      expect(reads).to.equal(2);
    });

    it('stop after unsubscribing, and close after an error', async () => {
      const values: number[] = [];
      const subscription = store.households
        .live()
        .subscribe((households) => values.push(households.length));
      await new Promise((resolve) => setTimeout(resolve, 20));
      subscription.unsubscribe();
      await store.households.add({ name: 'หลังเลิกฟัง' });
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(values).to.deep.equal([0]);

      const failing = store.households.live();
      store.close();
      let errors = 0;
      const closed = failing.subscribe({ error: () => (errors += 1) });
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(errors).to.equal(1);
      expect(closed.closed).to.be.true;
    });
  });
});
