import { SajjaError } from '@sajja/core';
import { expect } from 'chai';
import { DEFAULT_STORE_NAME, openStore } from '../src/index.js';
import { databaseOf } from '../src/open-store.js';
import { CURRENT_SCHEMA_VERSION } from '../src/database.js';

async function deleteDatabase(name: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

async function rejection(promise: Promise<unknown>): Promise<SajjaError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(SajjaError);
    return error as SajjaError;
  }
  return expect.fail('expected the promise to reject');
}

describe('openStore', () => {
  const names = ['sajja-test-a', 'sajja-test-b', DEFAULT_STORE_NAME];
  afterEach(async () => {
    for (const name of names) await deleteDatabase(name);
  });

  it('creates the database in the browser’s IndexedDB at the current schema version', async () => {
    const store = await openStore({ name: 'sajja-test-a' });
    expect(store.name).to.equal('sajja-test-a');
    expect(databaseOf(store).verno).to.equal(CURRENT_SCHEMA_VERSION);
    const databases = await indexedDB.databases();
    expect(databases.map((db) => db.name)).to.include('sajja-test-a');
    store.close();
  });

  it('uses the name sajja when none is given', async () => {
    const store = await openStore();
    expect(store.name).to.equal('sajja');
    store.close();
  });

  it('keeps what it wrote across closing and reopening', async () => {
    const first = await openStore({ name: 'sajja-test-a' });
    const createdAt = await first.createdAt();
    expect(createdAt).to.match(/^\d{4}-\d\d-\d\dT/);
    first.close();
    const again = await openStore({ name: 'sajja-test-a' });
    expect(await again.createdAt()).to.equal(createdAt);
    again.close();
  });

  it('keeps two names apart, so two partners on one origin never share data', async () => {
    const a = await openStore({ name: 'sajja-test-a' });
    const b = await openStore({ name: 'sajja-test-b' });
    await databaseOf(a).meta.put({ key: 'partner', value: 'A' });
    expect(await databaseOf(b).meta.get('partner')).to.equal(undefined);
    expect((await databaseOf(a).meta.get('partner'))?.value).to.equal('A');
    a.close();
    b.close();
  });

  it('reports missing IndexedDB as STORAGE_UNAVAILABLE instead of failing later', async () => {
    const original = Object.getOwnPropertyDescriptor(globalThis, 'indexedDB');
    Object.defineProperty(globalThis, 'indexedDB', { value: undefined, configurable: true });
    try {
      const error = await rejection(openStore({ name: 'sajja-test-a' }));
      expect([error.code, error.reason]).to.deep.equal(['STORAGE_UNAVAILABLE', 'no-indexeddb']);
    } finally {
      Object.defineProperty(globalThis, 'indexedDB', original!);
    }
  });

  it('reports an IndexedDB that refuses to open as STORAGE_UNAVAILABLE', async () => {
    const refusing = {
      open() {
        throw new DOMException(
          'The user denied permission to access the database.',
          'SecurityError',
        );
      },
    } as unknown as IDBFactory;
    const error = await rejection(openStore({ name: 'sajja-test-a', indexedDB: refusing }));
    expect([error.code, error.reason]).to.deep.equal(['STORAGE_UNAVAILABLE', 'open-failed']);
  });

  it('takes the name alone, and opens the store of that name, never another', async () => {
    const store = await openStore('sajja-test-b');
    expect(store.name).to.equal('sajja-test-b');
    store.close();
    const databases = (await indexedDB.databases()).map((db) => db.name);
    expect(databases).to.include('sajja-test-b');
    expect(databases).not.to.include(DEFAULT_STORE_NAME);
  });

  it('refuses an option it does not know, naming it and the one probably meant', async () => {
    const error = await rejection(
      openStore({ nmae: 'sajja-test-a' } as unknown as Parameters<typeof openStore>[0]),
    );
    expect([error.code, error.reason]).to.deep.equal(['INVALID_ARGUMENT', 'invalid-option']);
    expect(error.details).to.deep.equal({ option: 'nmae', closest: 'name' });
    expect(error.message).to.contain('"nmae"').and.to.contain('"name"');
    const far = await rejection(
      openStore({ durability: 'strict' } as unknown as Parameters<typeof openStore>[0]),
    );
    expect(far.details).to.deep.equal({ option: 'durability' });
    const databases = (await indexedDB.databases()).map((db) => db.name);
    expect(databases).not.to.include(DEFAULT_STORE_NAME);
  });

  it('refuses anything but a name or an options object, and a bad indexedDB', async () => {
    const bad: unknown[] = [null, 42, true, ['sajja-test-a'], new Date(), { name: 42 }];
    for (const input of bad) {
      const error = await rejection(openStore(input as Parameters<typeof openStore>[0]));
      expect([error.code, error.reason], String(input)).to.deep.equal([
        'INVALID_ARGUMENT',
        'invalid-option',
      ]);
    }
    for (const indexedDB of [null, {}, 'indexedDB']) {
      const error = await rejection(
        openStore({ name: 'sajja-test-a', indexedDB } as unknown as Parameters<
          typeof openStore
        >[0]),
      );
      expect(error.details).to.deep.equal({ option: 'indexedDB' });
    }
    const databases = (await indexedDB.databases()).map((db) => db.name);
    expect(databases).not.to.include(DEFAULT_STORE_NAME);
    expect(databases).not.to.include('sajja-test-a');
  });

  it('refuses empty and over-long names', async () => {
    for (const name of ['', '   ', 'x'.repeat(101)]) {
      for (const input of [{ name }, name]) {
        const error = await rejection(openStore(input));
        expect([error.code, error.reason]).to.deep.equal(['INVALID_ARGUMENT', 'invalid-option']);
        expect(error.details).to.deep.equal({ option: 'name' });
      }
      const error = await rejection(openStore({ name }));
      expect([error.code, error.reason]).to.deep.equal(['INVALID_ARGUMENT', 'invalid-option']);
    }
  });
});
