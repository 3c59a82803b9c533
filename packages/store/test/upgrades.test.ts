import { expect } from 'chai';
import Dexie from 'dexie';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS, openStore } from '../src/index.js';
import { deleteDatabase } from './helpers.js';

/**
 * Representative records of every table at each schema version, as browsers out there hold
 * them. When a version is added, add its records here: every older version is then built,
 * filled, and opened with the current code, which must find every record intact (or, where
 * the new version's upgrade changes records, as `expectedAfterUpgrade` says).
 */
const RECORDS_AT_VERSION: Record<number, Record<string, unknown[]>> = {
  1: {
    meta: [
      { key: 'createdAt', value: '2024-01-02T03:04:05.000Z' },
      { key: 'partner', value: 'codi-portal' },
    ],
  },
  2: {
    meta: [{ key: 'createdAt', value: '2024-06-01T00:00:00.000Z' }],
    households: [{ id: 'h1', name: 'บ้านนายสมชาย', createdAt: '2024-06-01T00:00:01.000Z' }],
    organisations: [
      { id: 'o1', name: 'กลุ่มสัจจะ', kind: 'pledge-group', rules: { pledge: { min: '10.00' } } },
    ],
    memberships: [
      {
        id: 'm1',
        householdId: 'h1',
        organisationId: 'o1',
        joinedOn: '2024-01-15',
        pledgeAmount: '200.00',
      },
    ],
    ledger: [
      {
        id: 'e1',
        date: '2024-06-02',
        kind: 'income',
        category: 'farming',
        amount: '500.00',
        householdId: 'h1',
        recordedAt: '2024-06-02T01:00:00.000Z',
      },
      {
        id: 'e2',
        date: '2024-06-03',
        kind: 'income',
        category: 'farming',
        amount: '500.00',
        reverses: 'e1',
        householdId: 'h1',
        recordedAt: '2024-06-03T01:00:00.000Z',
      },
      {
        id: 'e3',
        date: '2024-06-04',
        kind: 'expense',
        category: 'food',
        amount: '80.00',
        note: 'ข้าว',
        householdId: 'h1',
        recordedAt: '2024-06-04T01:00:00.000Z',
        deletedAt: '2024-06-05T01:00:00.000Z',
      },
    ],
    fundTransactions: [
      {
        id: 't1',
        householdId: 'h1',
        membershipId: 'm1',
        organisationId: 'o1',
        date: '2024-06-05',
        kind: 'deposit',
        amount: '200.00',
        recordedAt: '2024-06-05T02:00:00.000Z',
      },
    ],
    // e1 (farming 500) is cancelled by e2 and e3 is deleted: no sums, two days with entries.
    ledgerMonths: [{ householdId: 'h1', month: '2024-06', satang: {}, days: { '02': 1, '03': 1 } }],
    changes: [
      {
        seq: 1,
        at: '2024-06-01T00:00:01.000Z',
        table: 'households',
        recordIds: ['h1'],
        action: 'add',
      },
      {
        seq: 2,
        at: '2024-06-05T01:00:00.000Z',
        table: 'ledger',
        recordIds: ['e3'],
        action: 'delete',
      },
    ],
  },
};

/** Creates a database exactly as the release with schema `version` did, filled with `records`. */
async function databaseAtVersion(
  name: string,
  version: number,
  records: Record<string, unknown[]>,
) {
  const db = new Dexie(name);
  for (const old of SCHEMA_VERSIONS.filter((schema) => schema.version <= version)) {
    db.version(old.version).stores(old.stores);
  }
  await db.open();
  for (const [table, rows] of Object.entries(records)) await db.table(table).bulkAdd(rows);
  db.close();
}

describe('schema upgrades', () => {
  const name = `sajja-upgrade-${crypto.randomUUID()}`;
  afterEach(() => deleteDatabase(name));

  it('has records for every schema version', () => {
    expect(Object.keys(RECORDS_AT_VERSION).map(Number)).to.deep.equal(
      SCHEMA_VERSIONS.map((schema) => schema.version),
    );
    expect(SCHEMA_VERSIONS.map((schema) => schema.version)).to.deep.equal(
      Array.from({ length: CURRENT_SCHEMA_VERSION }, (_, i) => i + 1),
    );
  });

  for (const { version } of SCHEMA_VERSIONS) {
    it(`opens a database of schema version ${version} and finds every record intact`, async () => {
      const records = RECORDS_AT_VERSION[version]!;
      await databaseAtVersion(name, version, records);
      const store = await openStore({ name });
      try {
        expect(store.db.verno).to.equal(CURRENT_SCHEMA_VERSION);
        for (const [table, rows] of Object.entries(records)) {
          expect(await store.db.table(table).toArray(), table).to.deep.equal(rows);
        }
        // The store's own facts are kept, never rewritten by opening.
        expect(await store.createdAt()).to.equal((records.meta![0] as { value: string }).value);
      } finally {
        store.close();
      }
    });
  }

  it('serves data written at version 2 through the repositories', async () => {
    await databaseAtVersion(name, 2, RECORDS_AT_VERSION[2]!);
    const store = await openStore({ name });
    try {
      // e1 is reversed by e2 and e3 is deleted: nothing counts, three records stay.
      expect(await store.ledger.count({ householdId: 'h1' })).to.equal(0);
      expect(
        (
          await store.ledger.list({
            householdId: 'h1',
            includeReversed: true,
            includeDeleted: true,
          })
        ).length,
      ).to.equal(3);
      const [balance] = await store.fundTransactions.balances({ householdId: 'h1' });
      expect(balance?.savings).to.equal('200.00');
      const june = await store.ledger.summary({
        householdId: 'h1',
        from: '2024-06-01',
        to: '2024-06-30',
        by: 'month',
      });
      expect([String(june.total.income), june.total.daysWithEntries]).to.deep.equal(['0.00', 2]);
      // The log continues after the old records.
      await store.households.add({ name: 'ใหม่' });
      expect((await store.changes.list()).map((change) => change.seq)).to.deep.equal([1, 2, 3]);
    } finally {
      store.close();
    }
  });
});
