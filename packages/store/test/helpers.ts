import { SajjaError, type SajjaErrorCode } from '@sajja/core';
import { expect } from 'chai';
import { openStore, type LiveQuery, type SajjaStore } from '../src/index.js';
import { databaseOf } from '../src/open-store.js';

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

/** How many ledger entries the database stores, of every household, deleted ones included. */
export async function storedLedgerEntries(store: SajjaStore): Promise<number> {
  const chunks = await databaseOf(store).ledgerChunks.toArray();
  return chunks.reduce((count, chunk) => count + chunk.entries.length, 0);
}

/**
 * Checks how the ledger is stored, against what ledger-chunks.ts, ledger-ids.ts and
 * ledger-corrections.ts promise: each chunk in ledger order, inside one month from its start
 * to the next chunk's, at most 1,000 entries unless one day holds them all, each month
 * beginning with a chunk on its 1st; the id directory naming every entry once, where it is;
 * each household's corrections record holding exactly its corrections.
 */
export async function expectLedgerLayout(store: SajjaStore): Promise<void> {
  const chunks = await databaseOf(store).ledgerChunks.toArray();
  const all = chunks.flatMap((chunk) => chunk.entries);
  chunks.forEach((chunk, position) => {
    const { householdId, start, entries } = chunk;
    const where = `${householdId} ${start}`;
    expect(entries.length, where).to.be.greaterThan(0);
    expect(
      entries.every((entry) => entry.householdId === householdId),
      where,
    ).to.equal(true);
    expect(entries[0]!.date >= start, where).to.equal(true);
    expect(
      entries.every((entry) => entry.date.slice(0, 7) === start.slice(0, 7)),
      where,
    ).to.equal(true);
    for (let i = 1; i < entries.length; i++) {
      const [a, b] = [entries[i - 1]!, entries[i]!];
      expect(a.date < b.date || (a.date === b.date && a.id < b.id), where).to.equal(true);
    }
    if (entries.length > 1000) {
      expect(new Set(entries.map((entry) => entry.date)).size, where).to.equal(1);
    }
    const previous = chunks[position - 1];
    if (previous?.householdId === householdId && previous.start.slice(0, 7) === start.slice(0, 7)) {
      expect(previous.entries[previous.entries.length - 1]!.date < start, where).to.equal(true);
    } else {
      expect(start.endsWith('-01'), where).to.equal(true);
    }
  });
  const places = new Map<string, string>();
  for (const bucket of await databaseOf(store).ledgerIds.toArray()) {
    bucket.ids.forEach((id, i) => {
      expect(places.has(id), id).to.equal(false);
      places.set(id, `${bucket.householdIds[i]} ${bucket.dates[i]}`);
    });
  }
  expect(places).to.deep.equal(
    new Map(all.map((entry) => [entry.id, `${entry.householdId} ${entry.date}`])),
  );
  const corrections = await databaseOf(store).ledgerCorrections.toArray();
  const kept = corrections.flatMap((record) =>
    record.entries.map((entry) => [record.householdId, entry] as const),
  );
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
  expect(kept.every(([householdId, entry]) => entry.householdId === householdId)).to.equal(true);
  expect(kept.map(([, entry]) => entry).sort(byId)).to.deep.equal(
    all.filter((entry) => entry.reverses !== undefined).sort(byId),
  );
}
