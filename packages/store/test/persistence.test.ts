import { expect } from 'chai';
import { requestPersistence, storageEstimate } from '../src/index.js';

describe('requestPersistence and storageEstimate', () => {
  const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'storage')!;
  afterEach(() => Object.defineProperty(Navigator.prototype, 'storage', original));

  function fakeStorage(storage: Partial<StorageManager> | undefined): void {
    Object.defineProperty(Navigator.prototype, 'storage', {
      configurable: true,
      get: () => storage,
    });
  }

  it('answers whether the browser keeps the data, as the browser decides', async () => {
    const answer = await requestPersistence();
    expect(answer).to.equal(await navigator.storage.persisted());
  });

  it('asks only when the data is not persistent yet', async () => {
    let asked = 0;
    fakeStorage({ persisted: async () => true, persist: async () => (asked++, false) });
    expect(await requestPersistence()).to.equal(true);
    expect(asked).to.equal(0);
    fakeStorage({ persisted: async () => false, persist: async () => (asked++, true) });
    expect(await requestPersistence()).to.equal(true);
    expect(asked).to.equal(1);
  });

  it('says false where the browser has no persistence or refuses to answer', async () => {
    fakeStorage(undefined);
    expect(await requestPersistence()).to.equal(false);
    expect(await storageEstimate()).to.equal(undefined);
    fakeStorage({
      persisted: async () => false,
      persist: () => Promise.reject(new DOMException('no', 'SecurityError')),
    });
    expect(await requestPersistence()).to.equal(false);
  });

  it('estimates usage and quota in bytes', async () => {
    const estimate = await storageEstimate();
    expect(estimate).to.not.equal(undefined);
    expect(estimate!.quota).to.be.greaterThan(0);
    expect(estimate!.usage).to.be.at.least(0);
    expect(estimate!.persisted).to.be.a('boolean');
    fakeStorage({ estimate: async () => ({ usage: 10, quota: 100 }), persisted: async () => true });
    expect(await storageEstimate()).to.deep.equal({ usage: 10, quota: 100, persisted: true });
  });
});
