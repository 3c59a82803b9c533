import { SajjaError } from '@sajja/core';
import { expect } from 'chai';
import Dexie from 'dexie';
import type { SajjaStore } from '../src/index.js';
import { storageError } from '../src/storage-errors.js';
import { FreshStores, rejection } from './helpers.js';

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
    it('turns quota errors into STORAGE_FULL wherever Dexie wraps them', () => {
      const quota = new DOMException('Quota exceeded', 'QuotaExceededError');
      expect(mapped(quota)).to.deep.equal(['STORAGE_FULL', 'quota-exceeded']);
      expect(mapped(new Dexie.QuotaExceededError('full'))).to.deep.equal([
        'STORAGE_FULL',
        'quota-exceeded',
      ]);
      expect(mapped(new Dexie.AbortError('aborted', quota))).to.deep.equal([
        'STORAGE_FULL',
        'quota-exceeded',
      ]);
      const bulk = new Dexie.BulkError('1 of 2 failed', { 1: quota } as never);
      expect(mapped(bulk)).to.deep.equal(['STORAGE_FULL', 'quota-exceeded']);
    });

    it('turns a lost or failing database into STORAGE_UNAVAILABLE', () => {
      expect(mapped(new Dexie.DatabaseClosedError())).to.deep.equal([
        'STORAGE_UNAVAILABLE',
        'connection-lost',
      ]);
      expect(mapped(new Dexie.MissingAPIError())).to.deep.equal([
        'STORAGE_UNAVAILABLE',
        'no-indexeddb',
      ]);
      expect(mapped(new DOMException('disk', 'UnknownError'))).to.deep.equal([
        'STORAGE_UNAVAILABLE',
        'storage-failed',
      ]);
      expect(mapped(new Dexie.AbortError('aborted'))).to.deep.equal([
        'STORAGE_UNAVAILABLE',
        'storage-failed',
      ]);
      expect(storageError(new Dexie.OpenFailedError('no'), 'open-failed')).to.include({
        code: 'STORAGE_UNAVAILABLE',
        reason: 'open-failed',
      });
    });

    it('leaves validation errors and programming errors as they are', () => {
      expect(mapped(new SajjaError('INVALID_ARGUMENT', 'x', 'x'))).to.equal('unchanged');
      expect(mapped(new TypeError('x is undefined'))).to.equal('unchanged');
      expect(mapped(new Dexie.ConstraintError('key exists'))).to.equal('unchanged');
    });
  });

  describe('in the browser', () => {
    const stores = new FreshStores();
    let store: SajjaStore;
    beforeEach(async () => (store = await stores.open()));
    afterEach(() => stores.cleanUp());

    /**
     * Makes IndexedDB refuse writes to `table` the way a full disk does: the request fails with
     * a QuotaExceededError DOMException, inside Dexie's own transaction machinery. (Chromium's
     * DevTools quota override does not reach IndexedDB in this headless build, so a real full
     * disk cannot be had in a test.)
     */
    async function fillDiskFor(table: string): Promise<void> {
      store.db.close();
      store.db.use({
        stack: 'dbcore',
        name: 'full-disk',
        create: (down) => ({
          ...down,
          table: (name) => {
            const inner = down.table(name);
            if (name !== table) return inner;
            return {
              ...inner,
              mutate: () =>
                Promise.reject(
                  new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
                ),
            };
          },
        }),
      });
      await store.db.open();
    }

    it('reports a full disk as STORAGE_FULL and keeps nothing of the write', async () => {
      const household = await store.households.add({ name: 'บ้าน' });
      await fillDiskFor('ledger');
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
      expect(await store.db.ledger.count()).to.equal(0);
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
      expect(await store.db.ledger.count()).to.equal(0);
      expect(await store.db.households.count()).to.equal(1);
      expect(await store.changes.list()).to.deep.equal(changesBefore);
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
