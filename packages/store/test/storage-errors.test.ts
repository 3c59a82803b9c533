import { SajjaError } from '@sajja/core';
import { expect } from 'chai';
import type { SajjaStore } from '../src/index.js';
import { storageError } from '../src/storage-errors.js';
import { FreshStores, rejection, storedLedgerEntries } from './helpers.js';
import { databaseOf } from '../src/open-store.js';

/** `[code, reason]` of what storageError makes of `error`, or 'unchanged'. */
function mapped(error: unknown): [string, string] | 'unchanged' {
  const result = storageError(error);
  if (result === error) return 'unchanged';
  expect(result).to.be.instanceOf(SajjaError);
  const { code, reason } = result as SajjaError;
  expect((result as Error).cause).to.equal(error);
  return [code, reason];
}

describe('storage errors', () => {
  describe('storageError', () => {
    it('turns quota errors into STORAGE_FULL, also when another error wraps them', () => {
      const quota = new DOMException('Quota exceeded', 'QuotaExceededError');
      expect(mapped(quota)).to.deep.equal(['STORAGE_FULL', 'quota-exceeded']);
      const aborted = new Error('The transaction was aborted.', { cause: quota });
      expect(mapped(aborted)).to.deep.equal(['STORAGE_FULL', 'quota-exceeded']);
    });

    it('turns a lost or failing database into STORAGE_UNAVAILABLE', () => {
      expect(mapped(new DOMException('closed', 'InvalidStateError'))).to.deep.equal([
        'STORAGE_UNAVAILABLE',
        'connection-lost',
      ]);
      expect(mapped(new DOMException('disk', 'UnknownError'))).to.deep.equal([
        'STORAGE_UNAVAILABLE',
        'storage-failed',
      ]);
      expect(mapped(new DOMException('aborted', 'AbortError'))).to.deep.equal([
        'STORAGE_UNAVAILABLE',
        'storage-failed',
      ]);
      expect(storageError(new DOMException('newer', 'VersionError'), 'open-failed')).to.include({
        code: 'STORAGE_UNAVAILABLE',
        reason: 'open-failed',
      });
      expect(
        storageError(new DOMException('closed', 'InvalidStateError'), 'open-failed'),
      ).to.include({ code: 'STORAGE_UNAVAILABLE', reason: 'open-failed' });
    });

    it('leaves validation errors and programming errors as they are', () => {
      expect(mapped(new SajjaError('INVALID_ARGUMENT', 'x' as never, 'x'))).to.equal('unchanged');
      expect(mapped(new TypeError('x is undefined'))).to.equal('unchanged');
      expect(mapped(new DOMException('key exists', 'ConstraintError'))).to.equal('unchanged');
    });
  });

  describe('in the browser', () => {
    const stores = new FreshStores();
    let store: SajjaStore;
    beforeEach(async () => (store = await stores.open()));
    afterEach(() => stores.cleanUp());

    /**
     * Makes IndexedDB refuse every write to the tables `isFull` names the way a full disk does:
     * the request fails with a QuotaExceededError DOMException. (Chromium's DevTools quota
     * override does not reach IndexedDB in this headless build, so a real full disk cannot be
     * had in a test.) Undone after each test.
     */
    function fillDisk(isFull: (table: string) => boolean): void {
      for (const method of ['add', 'put', 'delete', 'clear'] as const) {
        const original = IDBObjectStore.prototype[method] as (...args: unknown[]) => IDBRequest;
        restore.push(() => (IDBObjectStore.prototype[method] = original as never));
        IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: unknown[]) {
          if (isFull(this.name)) {
            throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          }
          return original.apply(this, args);
        } as never;
      }
    }
    const restore: (() => void)[] = [];
    afterEach(() => restore.splice(0).forEach((undo) => undo()));
    const fillDiskFor = async (table: string) => fillDisk((name) => name === table);

    it('reports a full disk as STORAGE_FULL and keeps nothing of the write', async () => {
      const household = await store.households.add({ name: 'บ้าน' });
      await fillDiskFor('ledgerChunks');
      const error = await rejection(
        store.ledger.add(household.id, {
          date: '2024-01-01',
          kind: 'income',
          category: 'wages',
          amount: '1',
        }),
        'STORAGE_FULL',
        'quota-exceeded',
      );
      expect(error.details).to.deep.equal({ error: 'QuotaExceededError' });
      expect(await storedLedgerEntries(store)).to.equal(0);
    });

    it('rolls the record back when its change-log record cannot be written: one transaction', async () => {
      const household = await store.households.add({ name: 'บ้าน' });
      const changesBefore = await store.changes.list();
      await fillDiskFor('changes');
      await rejection(
        store.ledger.add(household.id, {
          date: '2024-01-01',
          kind: 'income',
          category: 'wages',
          amount: '1',
        }),
        'STORAGE_FULL',
      );
      const csv =
        'date,kind,category,amount\n2024-01-02,income,wages,5\n2024-01-03,income,wages,6\n';
      await rejection(store.importLedgerCsv(household.id, csv), 'STORAGE_FULL');
      await rejection(store.households.add({ name: 'อีกบ้าน' }), 'STORAGE_FULL');
      expect(await storedLedgerEntries(store)).to.equal(0);
      expect(await databaseOf(store).households.count()).to.equal(1);
      expect(await store.changes.list()).to.deep.equal(changesBefore);
    });

    it('leaves every ledger table as it was when any one of them cannot be written', async function () {
      this.timeout(60_000);
      let full: string | undefined;
      fillDisk((name) => name === full);
      const household = await store.households.add({ name: 'บ้าน' });
      const add = (amount: string) =>
        store.ledger.add(household.id, {
          date: '2024-01-01',
          kind: 'income',
          category: 'wages',
          amount,
        });
      const corrected = await add('1');
      const deleted = await add('2');
      const tables = [
        'ledgerChunks',
        'ledgerIds',
        'ledgerCorrections',
        'ledgerMonths',
        'changes',
        'changeRecordIds',
      ];
      const snapshot = async () =>
        JSON.stringify(
          await Promise.all(tables.map((table) => databaseOf(store).table(table).toArray())),
        );
      const before = await snapshot();
      const csv =
        'date,kind,category,amount\n2024-01-02,income,wages,5\n2024-02-03,income,wages,6\n';
      // Each write, and every table it writes to.
      const writes: [string, () => Promise<unknown>, string[]][] = [
        ['add', () => add('3'), ['ledgerChunks', 'ledgerIds', 'ledgerMonths', 'changes']],
        [
          'reverse',
          () => store.ledger.reverse(corrected.id, { date: '2024-01-05' }),
          ['ledgerChunks', 'ledgerIds', 'ledgerCorrections', 'ledgerMonths', 'changes'],
        ],
        [
          'remove',
          () => store.ledger.remove(deleted.id),
          ['ledgerChunks', 'ledgerMonths', 'changes'],
        ],
        [
          'import',
          () => store.importLedgerCsv(household.id, csv),
          ['ledgerChunks', 'ledgerIds', 'ledgerMonths', 'changes', 'changeRecordIds'],
        ],
      ];
      for (const [write, run, written] of writes) {
        for (const table of written) {
          full = table;
          await rejection(run(), 'STORAGE_FULL', 'quota-exceeded');
          full = undefined;
          expect(await snapshot(), `${write} with ${table} full`).to.equal(before);
        }
      }
      // With room again, every one of them goes through.
      for (const [, run] of writes) await run();
      expect(await store.ledger.count({ householdId: household.id })).to.equal(3);
    });

    it('reports a closed connection as STORAGE_UNAVAILABLE', async () => {
      store.close();
      await rejection(store.households.list(), 'STORAGE_UNAVAILABLE', 'connection-lost');
      await rejection(
        store.ledger.add('h', {
          date: '2024-01-01',
          kind: 'income',
          category: 'wages',
          amount: '1',
        }),
        'STORAGE_UNAVAILABLE',
        'connection-lost',
      );
    });

    it('reports a live query on a closed connection through its error callback', async () => {
      const query = store.households.live();
      store.close();
      const error = await new Promise<unknown>((resolve) =>
        query.subscribe({ next: () => resolve('value'), error: resolve }),
      );
      expect(error).to.be.instanceOf(SajjaError).and.include({ code: 'STORAGE_UNAVAILABLE' });
    });
  });
});
