import { SajjaError, type SajjaErrorCode } from '@sajja/core';
import { expect } from 'chai';
import { openStore, type LiveQuery, type SajjaStore } from '../src/index.js';

/** Deletes an IndexedDB database, waiting until it is gone. */
export async function deleteDatabase(name: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
    request.onblocked = () => undefined;
  });
}

/**
 * Stores on fresh databases with unique names, closed and deleted by `cleanUp()` (call it in
 * `afterEach`), so no test sees another's data.
 */
export class FreshStores {
  readonly #stores: SajjaStore[] = [];
  readonly #names = new Set<string>();

  name(): string {
    const name = `sajja-test-${crypto.randomUUID()}`;
    this.#names.add(name);
    return name;
  }

  async open(name = this.name()): Promise<SajjaStore> {
    this.#names.add(name);
    const store = await openStore({ name });
    this.#stores.push(store);
    return store;
  }

  async cleanUp(): Promise<void> {
    for (const store of this.#stores.splice(0)) store.close();
    for (const name of this.#names) await deleteDatabase(name);
    this.#names.clear();
  }
}

/** Awaits a promise that must reject with a SajjaError of this code and reason. */
export async function rejection(
  promise: Promise<unknown>,
  code?: SajjaErrorCode,
  reason?: string,
): Promise<SajjaError> {
  try {
    await promise;
  } catch (error) {
    expect(error, String(error)).to.be.instanceOf(SajjaError);
    const sajjaError = error as SajjaError;
    if (code !== undefined) expect(sajjaError.code, sajjaError.message).to.equal(code);
    if (reason !== undefined) expect(sajjaError.reason, sajjaError.message).to.equal(reason);
    return sajjaError;
  }
  return expect.fail('expected the promise to reject');
}

/**
 * Subscribes to a live query and returns a function that waits for the first value passing
 * `accept` (values already received included), failing after `timeoutMs`.
 */
export function watch<T>(query: LiveQuery<T>): {
  next(accept: (value: T) => boolean, timeoutMs?: number): Promise<T>;
  values: T[];
  stop(): void;
} {
  const values: T[] = [];
  const waiters = new Set<() => void>();
  let failure: unknown;
  const subscription = query.subscribe({
    next(value) {
      values.push(value);
      for (const waiter of [...waiters]) waiter();
    },
    error(error) {
      failure = error;
      for (const waiter of [...waiters]) waiter();
    },
  });
  return {
    values,
    stop: () => subscription.unsubscribe(),
    next(accept, timeoutMs = 5000) {
      return new Promise<T>((resolve, reject) => {
        const check = (): void => {
          if (failure !== undefined) {
            waiters.delete(check);
            reject(failure);
            return;
          }
          const found = values.find(accept);
          if (found !== undefined) {
            waiters.delete(check);
            clearTimeout(timer);
            resolve(found);
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(
            new Error(
              `no matching live value within ${timeoutMs} ms; got ${JSON.stringify(values)}`,
            ),
          );
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
  };
}

/** A store with one household, a pledge group and a membership of it. */
export async function householdWithMembership(store: SajjaStore) {
  const household = await store.households.add({ name: 'บ้านนายสมชาย' });
  const group = await store.organisations.add({
    name: 'กลุ่มสัจจะบ้านหนองบัว',
    kind: 'pledge-group',
  });
  const membership = await store.memberships.add({
    householdId: household.id,
    organisationId: group.id,
    joinedOn: '2024-01-15',
    pledgeAmount: '200',
  });
  return { household, group, membership };
}
