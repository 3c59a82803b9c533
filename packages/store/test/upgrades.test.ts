import { summarizeLedger } from '@sajja/core/ledger';
import { expect } from 'chai';
import Dexie from 'dexie';
import { exportDB } from 'dexie-export-import';
import { householdOverview, openStore, type LedgerRecord, type SajjaStore } from '../src/index.js';
import { CURRENT_SCHEMA_VERSION, type SajjaDatabase } from '../src/database.js';
import { ledgerIdBucket } from '../src/ledger-ids.js';
import { applyMonthDeltas, monthDeltas } from '../src/ledger-months.js';
import { deleteDatabase } from './helpers.js';
import {
  createWithIndexedDb,
  layoutOf,
  OWN_LAYER_V4,
  RELEASED_SCHEMAS,
} from './released-schemas.js';
import { databaseOf } from '../src/open-store.js';
import { chainLinks } from '../src/audit-links.js';
import { verifyOrganisationAudit } from '../src/audit-verification.js';
import { monthlyReport } from '@sajja/core/books';
import { organisationMonthlyReport, organisationRoster } from '../src/index.js';
import { booksOf } from '../src/organisation-books-of-records.js';
import { readRecords } from '../src/organisation-books.js';
import { rosterOf } from '../src/organisation-roster.js';

/** The ledger's id directory as version 4 stores it, for these entries. */
function idBuckets(entries: readonly [id: string, householdId: string, date: string][]) {
  const buckets = new Map<
    number,
    { bucket: number; ids: string[]; householdIds: string[]; dates: string[] }
  >();
  for (const [id, householdId, date] of entries) {
    const bucket = ledgerIdBucket(id);
    const record = buckets.get(bucket) ?? { bucket, ids: [], householdIds: [], dates: [] };
    record.ids.push(id);
    record.householdIds.push(householdId);
    record.dates.push(date);
    buckets.set(bucket, record);
  }
  return [...buckets.values()].sort((a, b) => a.bucket - b.bucket);
}

const V5_ORGANISATION = { id: 'o1', name: 'กลุ่มสัจจะ', kind: 'pledge-group' };

const V4_ENTRIES = {
  sale: {
    id: 'e1',
    date: '2025-06-02',
    kind: 'income',
    category: 'farming',
    amount: '500.00',
    householdId: 'h1',
    recordedAt: '2025-06-02T01:00:00.000Z',
  },
  fix: {
    id: 'e2',
    date: '2025-06-03',
    kind: 'income',
    category: 'farming',
    amount: '500.00',
    reverses: 'e1',
    householdId: 'h1',
    recordedAt: '2025-06-03T01:00:00.000Z',
  },
  deleted: {
    id: 'e3',
    date: '2025-06-04',
    kind: 'expense',
    category: 'food',
    amount: '80.00',
    note: 'ข้าว',
    householdId: 'h1',
    recordedAt: '2025-06-04T01:00:00.000Z',
    deletedAt: '2025-06-05T01:00:00.000Z',
  },
  rice: {
    id: 'e4',
    date: '2025-07-01',
    kind: 'expense',
    category: 'food',
    amount: '120.00',
    householdId: 'h1',
    recordedAt: '2025-07-01T01:00:00.000Z',
  },
};

/**
 * Representative records of every table at each schema version, as browsers out there hold
 * them. When a version is added, add its records here: every older version is then built,
 * filled, and opened with the current code, which must find every record intact (where a
 * later version stores a table differently, as `storedRecords` reads it back).
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
      // Before loans had a table: a repayment that names no loan, and shares.
      {
        id: 't2',
        householdId: 'h1',
        membershipId: 'm1',
        organisationId: 'o1',
        date: '2024-06-06',
        kind: 'repayment',
        amount: '550.00',
        note: 'งวดที่ 1',
        recordedAt: '2024-06-06T02:00:00.000Z',
      },
      {
        id: 't3',
        householdId: 'h1',
        membershipId: 'm1',
        organisationId: 'o1',
        date: '2024-06-07',
        kind: 'share',
        amount: '100.00',
        recordedAt: '2024-06-07T02:00:00.000Z',
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
  3: {
    meta: [{ key: 'createdAt', value: '2025-01-01T00:00:00.000Z' }],
    households: [{ id: 'h1', name: 'บ้านนายสมชาย', createdAt: '2025-01-01T00:00:01.000Z' }],
    organisations: [
      {
        id: 'o1',
        name: 'กลุ่มสัจจะ',
        kind: 'pledge-group',
        rules: {
          loans: { rate: { percent: '1', per: 'month' }, method: 'flat', termMonths: 12 },
        },
      },
    ],
    memberships: [{ id: 'm1', householdId: 'h1', organisationId: 'o1', joinedOn: '2025-01-02' }],
    loans: [
      {
        id: 'l1',
        householdId: 'h1',
        membershipId: 'm1',
        organisationId: 'o1',
        terms: {
          principal: '12000.00',
          rate: { percent: '1', per: 'month' },
          termMonths: 12,
          method: 'flat',
          disbursedOn: '2025-02-10',
        },
        rules: { rate: { percent: '1', per: 'month' }, method: 'flat', termMonths: 12 },
        recordedAt: '2025-02-10T03:00:00.000Z',
      },
    ],
    fundTransactions: [
      {
        id: 't1',
        householdId: 'h1',
        membershipId: 'm1',
        organisationId: 'o1',
        date: '2025-03-10',
        kind: 'repayment',
        amount: '1120.00',
        loanId: 'l1',
        recordedAt: '2025-03-10T02:00:00.000Z',
      },
    ],
    changes: [
      { seq: 1, at: '2025-02-10T03:00:00.000Z', table: 'loans', recordIds: ['l1'], action: 'add' },
    ],
  },
  4: {
    meta: [{ key: 'createdAt', value: '2025-06-01T00:00:00.000Z' }],
    households: [{ id: 'h1', name: 'บ้านนายสมชาย', createdAt: '2025-06-01T00:00:01.000Z' }],
    // June: e1 (farming 500) cancelled by e2, e3 deleted; July: e4 (food 120).
    ledgerChunks: [
      {
        householdId: 'h1',
        start: '2025-06-01',
        entries: [V4_ENTRIES.sale, V4_ENTRIES.fix, V4_ENTRIES.deleted],
      },
      { householdId: 'h1', start: '2025-07-01', entries: [V4_ENTRIES.rice] },
    ],
    ledgerIds: idBuckets(
      Object.values(V4_ENTRIES).map((entry) => [entry.id, entry.householdId, entry.date]),
    ),
    ledgerCorrections: [{ householdId: 'h1', entries: [V4_ENTRIES.fix] }],
    ledgerMonths: [
      { householdId: 'h1', month: '2025-06', satang: {}, days: { '02': 1, '03': 1 } },
      { householdId: 'h1', month: '2025-07', satang: { food: '120.00' }, days: { '01': 1 } },
    ],
    // A change naming several records keeps their ids beside the log.
    changes: [
      {
        seq: 1,
        at: '2025-06-01T00:00:01.000Z',
        table: 'households',
        recordIds: ['h1'],
        action: 'add',
      },
      { seq: 2, at: '2025-07-02T00:00:00.000Z', table: 'ledger', action: 'import' },
      {
        seq: 3,
        at: '2025-07-03T00:00:00.000Z',
        table: 'ledger',
        recordIds: ['e3'],
        action: 'delete',
      },
    ],
    changeRecordIds: [{ seq: 2, recordIds: ['e1', 'e2', 'e3', 'e4'] }],
  },
  5: {
    meta: [{ key: 'createdAt', value: '2026-12-01T00:00:00.000Z' }],
    organisations: [V5_ORGANISATION],
    auditLinks: await chainLinks(
      'o1',
      [{ table: 'organisations', record: V5_ORGANISATION, month: '2026-12' }],
      undefined,
    ),
  },
  6: {
    meta: [{ key: 'createdAt', value: '2026-12-07T00:00:00.000Z' }],
    organisations: [V5_ORGANISATION],
    memberships: [{ id: 'm1', householdId: 'h1', organisationId: 'o1', joinedOn: '2026-12-01' }],
    fundTransactions: [
      {
        id: 't1',
        householdId: 'h1',
        membershipId: 'm1',
        organisationId: 'o1',
        date: '2026-12-05',
        kind: 'deposit',
        amount: '100.00',
        recordedAt: '2026-12-05T02:00:00.000Z',
      },
    ],
    // The sums as version 6 keeps them in step with the deposit.
    memberTotals: [{ organisationId: 'o1', month: '2026-12', totals: 'm1\u001fdeposit=10000' }],
    organisationMonths: [
      {
        organisationId: 'o1',
        month: '2026-12',
        flows: { '\u0000deposit\u0000cash': '10000' },
      },
    ],
  },
  7: {
    meta: [{ key: 'createdAt', value: '2026-12-08T00:00:00.000Z' }],
    households: [{ id: 'h1', name: 'บ้านนางสมศรี', createdAt: '2026-12-08T00:00:00.000Z' }],
    changes: [
      {
        seq: 1,
        at: '2026-12-08T00:00:00.000Z',
        table: 'households',
        recordIds: ['h1'],
        action: 'sync',
      },
    ],
    syncState: [
      {
        key: 'sync',
        deviceId: 'd1',
        hlc: '001796688000000-00000-d1',
        cursor: '1',
        pushed: { seq: 2, offset: 0 },
        lastSyncedAt: '2026-12-08T00:00:01.000Z',
        outcome: 'idle',
      },
    ],
    recordClocks: [{ table: 'households', id: 'h1', hlc: '001796688000000-00000-d0' }],
  },
};

const byId = (a: { id: string }, b: { id: string }): number =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/**
 * The records of `table` as the current schema keeps them: the per-entry `ledger` table of
 * versions 2 and 3 is in chunks since version 4 (every entry, listed by id).
 */
async function storedRecords(store: SajjaStore, table: string): Promise<unknown[]> {
  if (table !== 'ledger') return databaseOf(store).table(table).toArray();
  const chunks = await databaseOf(store).ledgerChunks.toArray();
  return chunks.flatMap((chunk) => chunk.entries).sort(byId);
}

const RELEASED_VERSIONS = Object.keys(RELEASED_SCHEMAS).map(Number);

/** A Dexie database declaring every released schema up to `version`, as that release did. */
function releasedDexie(name: string, version: number): Dexie {
  const db = new Dexie(name);
  for (const old of RELEASED_VERSIONS.filter((released) => released <= version)) {
    db.version(old).stores(RELEASED_SCHEMAS[old]!);
  }
  return db;
}

/** Creates a database exactly as the release with schema `version` did, filled with `records`. */
async function databaseAtVersion(
  name: string,
  version: number,
  records: Record<string, unknown[]>,
) {
  const db = releasedDexie(name, version);
  await db.open();
  for (const [table, rows] of Object.entries(records)) await db.table(table).bulkAdd(rows);
  db.close();
}

describe('schema upgrades', () => {
  const name = `sajja-upgrade-${crypto.randomUUID()}`;
  afterEach(() => deleteDatabase(name));

  it('has records for every schema version', () => {
    expect(Object.keys(RECORDS_AT_VERSION).map(Number)).to.deep.equal(RELEASED_VERSIONS);
    expect(RELEASED_VERSIONS).to.deep.equal(
      Array.from({ length: CURRENT_SCHEMA_VERSION }, (_, i) => i + 1),
    );
  });

  for (const version of RELEASED_VERSIONS) {
    it(`opens a database of schema version ${version} and finds every record intact`, async () => {
      const records = RECORDS_AT_VERSION[version]!;
      await databaseAtVersion(name, version, records);
      const store = await openStore({ name });
      try {
        expect(databaseOf(store).verno).to.equal(CURRENT_SCHEMA_VERSION);
        for (const [table, rows] of Object.entries(records)) {
          const expected = table === 'ledger' ? [...(rows as LedgerRecord[])].sort(byId) : rows;
          expect(await storedRecords(store, table), table).to.deep.equal(expected);
        }
        // The store's own facts are kept, never rewritten by opening.
        expect(await store.createdAt()).to.equal((records.meta![0] as { value: string }).value);
      } finally {
        store.close();
      }
    });
  }

  it('opens a version 4 database written by the release on its own IndexedDB layer, every record intact', async () => {
    const records = RECORDS_AT_VERSION[4]!;
    await createWithIndexedDb(name, 40, OWN_LAYER_V4, records);
    const layout = await layoutOf(name);
    const store = await openStore({ name });
    try {
      expect(databaseOf(store).verno).to.equal(CURRENT_SCHEMA_VERSION);
      for (const [table, rows] of Object.entries(records)) {
        expect(await storedRecords(store, table), table).to.deep.equal(rows);
      }
      expect(await store.createdAt()).to.equal((records.meta![0] as { value: string }).value);
      // Served through the repositories, and written to, as any other database.
      expect(await store.ledger.get('e3')).to.deep.equal(V4_ENTRIES.deleted);
      await expectRejection(store.ledger.reverse('e1'), 'already-reversed');
      const added = await store.ledger.add('h1', {
        date: '2025-07-02',
        kind: 'income',
        category: 'wages',
        amount: '300',
      });
      expect(await store.ledger.get(added.id)).to.deep.include({ amount: '300.00' });
    } finally {
      store.close();
    }
    // Dexie upgraded it to version 7 without changing a store or an index version 4 had: it
    // only added the audit trail's table, the fund transactions' index by organisation and the
    // organisation views' derived sums, and the sync state and record clocks.
    type Layout = Record<string, { indexes: { name: string }[] } | number>;
    const upgraded = (await layoutOf(name)) as Layout;
    expect(upgraded.version).to.equal(CURRENT_SCHEMA_VERSION * 10);
    const { version: _old, ...tables } = layout as Layout;
    for (const [table, old] of Object.entries(tables)) {
      const now = upgraded[table] as { indexes: { name: string }[] };
      const added = table === 'fundTransactions' ? ['[organisationId+date]'] : [];
      expect(
        { ...now, indexes: now.indexes.filter((index) => !added.includes(index.name)) },
        table,
      ).to.deep.equal(old);
    }
    expect(Object.keys(upgraded).sort()).to.deep.equal(
      [
        ...Object.keys(layout),
        'auditLinks',
        'memberTotals',
        'loanPayments',
        'organisationMonths',
        'syncState',
        'recordClocks',
      ].sort(),
    );
  });

  it('creates a new database with the same object stores, indexes and version as every release', async () => {
    const store = await openStore({ name });
    store.close();
    const created = await layoutOf(name);
    await deleteDatabase(name);
    // As the release on its own IndexedDB layer created version 4, upgraded by this one.
    await createWithIndexedDb(name, 40, OWN_LAYER_V4, {});
    (await openStore({ name })).close();
    expect(created).to.deep.equal(await layoutOf(name));
    await deleteDatabase(name);
    // And as the Dexie-based releases, built up version by version.
    await databaseAtVersion(name, 1, {});
    for (const version of RELEASED_VERSIONS.slice(1)) {
      const db = releasedDexie(name, version);
      await db.open();
      db.close();
    }
    expect(created).to.deep.equal(await layoutOf(name));
  });

  for (const version of [2, 3]) {
    it(`chains the records of a version ${version} database in the order they were written, and they verify`, async () => {
      await databaseAtVersion(name, version, RECORDS_AT_VERSION[version]!);
      const store = await openStore({ name });
      try {
        const links = await databaseOf(store).auditLinks.toArray();
        const expected =
          version === 2
            ? [
                ['organisations', 'o1', 1],
                ['memberships', 'm1', 2],
                ['fundTransactions', 't1', 3],
                ['fundTransactions', 't2', 4],
                ['fundTransactions', 't3', 5],
              ]
            : [
                ['organisations', 'o1', 1],
                ['memberships', 'm1', 2],
                ['loans', 'l1', 3],
                ['fundTransactions', 't1', 4],
              ];
        expect(links.map((link) => [link.table, link.recordId, link.seq])).to.deep.equal(expected);
        expect(links.filter((link) => link.table === 'fundTransactions')[0]!.month).to.equal(
          version === 2 ? '2024-06' : '2025-03',
        );
        expect(await verifyOrganisationAudit(store, { organisationId: 'o1' })).to.deep.equal({
          ok: true,
          checked: expected.length,
        });
        // Writes after the upgrade continue the chain.
        await store.fundTransactions.add({
          membershipId: 'm1',
          date: '2025-04-01',
          kind: 'deposit',
          amount: '50',
        });
        expect(await verifyOrganisationAudit(store, { organisationId: 'o1' })).to.deep.equal({
          ok: true,
          checked: expected.length + 1,
        });
      } finally {
        store.close();
      }
    });
  }

  it("builds the organisation views' sums from the records of a version 5 database, and keeps them in step after", async () => {
    const { meta: _meta, changes: _changes, ...records } = RECORDS_AT_VERSION[3]!;
    const deposit = {
      id: 't2',
      householdId: 'h1',
      membershipId: 'm1',
      organisationId: 'o1',
      date: '2025-03-05',
      kind: 'deposit',
      amount: '200.00',
      recordedAt: '2025-03-05T02:00:00.000Z',
    };
    await databaseAtVersion(name, 5, {
      ...records,
      fundTransactions: [...records.fundTransactions!, deposit],
    });
    const store = await openStore({ name });
    try {
      const db = databaseOf(store);
      expect(await db.memberTotals.toArray()).to.deep.equal([
        {
          organisationId: 'o1',
          month: '2025-03',
          totals: 'm1\u001fdeposit=20000\u001frepayment=112000',
        },
      ]);
      expect((await db.loanPayments.get('l1'))?.openUntil).to.equal('9999-12-31');
      expect((await db.organisationMonths.toArray()).map((record) => record.month)).to.deep.equal([
        '2025-02',
        '2025-03',
      ]);
      const check = async () => {
        const stored = await readRecords(store, 'o1');
        for (const month of ['2025-02', '2025-03', '2025-04']) {
          const roster = await organisationRoster(store, { organisationId: 'o1', month });
          expect(JSON.parse(JSON.stringify(roster))).to.deep.equal(
            JSON.parse(JSON.stringify(rosterOf(stored, month))),
          );
          const report = await organisationMonthlyReport(store, { organisationId: 'o1', month });
          expect(JSON.parse(JSON.stringify(report))).to.deep.equal(
            JSON.parse(
              JSON.stringify(
                monthlyReport(
                  booksOf(
                    stored,
                    `${month}-${month === '2025-02' ? 28 : month === '2025-04' ? 30 : 31}`,
                  ),
                  month,
                ),
              ),
            ),
          );
        }
      };
      await check();
      // Writes after the upgrade keep them in step.
      await store.fundTransactions.reverse('t1', { date: '2025-04-02' });
      await store.fundTransactions.add({
        membershipId: 'm1',
        date: '2025-04-10',
        kind: 'repayment',
        amount: '1120',
        loanId: 'l1',
      });
      await check();
    } finally {
      store.close();
    }
  });

  it('serves loans written at version 3 with their repayments', async () => {
    await databaseAtVersion(name, 3, RECORDS_AT_VERSION[3]!);
    const store = await openStore({ name });
    try {
      // 12,000 flat at 1 %/month over 12 months: 1,000 principal + 120 interest a month; one
      // instalment paid on 10 March, the second due on 10 April.
      const overview = await householdOverview(store, { householdId: 'h1', asOf: '2025-03-31' });
      expect(overview!.total.loansOutstanding).to.equal('11000.00');
      expect(overview!.total.nextInstallment).to.deep.equal({
        dueDate: '2025-04-10',
        amount: '1120.00',
        loanId: 'l1',
      });
    } finally {
      store.close();
    }
  });

  it("imports a Dexie export of a version 3 database through the upgrade and a backup's checks", async () => {
    const records = RECORDS_AT_VERSION[3]!;
    await databaseAtVersion(name, 3, records);
    const old = releasedDexie(name, 3);
    await old.open();
    const file = await exportDB(old);
    old.close();
    await deleteDatabase(name);
    const store = await openStore({ name });
    try {
      const report = await store.importBackup(file);
      expect(report.problems).to.deep.equal([]);
      for (const table of [
        'households',
        'organisations',
        'memberships',
        'loans',
        'fundTransactions',
      ]) {
        expect(await storedRecords(store, table), table).to.deep.equal(records[table]);
      }
      const overview = await householdOverview(store, { householdId: 'h1', asOf: '2025-03-31' });
      expect(overview!.total.loansOutstanding).to.equal('11000.00');
    } finally {
      store.close();
    }
  });

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
      expect(balance?.totals.repayment).to.equal('550.00');
      // The organisation's rules predate the rules convention (a pledge part without a due day,
      // with a `min` the rules no longer have): still served, the overview saying what it could
      // not work out instead of failing.
      const overview = await householdOverview(store, { householdId: 'h1', asOf: '2024-06-30' });
      const [membership] = overview!.memberships;
      expect([membership?.savings, membership?.shares, membership?.loansOutstanding]).to.deep.equal(
        ['200.00', '100.00', '0.00'],
      );
      expect(membership?.discipline).to.equal(undefined);
      expect(membership?.problems.map((problem) => problem.path)).to.deep.equal([
        'rules.pledge.min',
        'rules.pledge.dueDay',
        'rules.pledge.defaultAmount',
      ]);
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

  it('serves a version 4 ledger and its change log through the repositories', async () => {
    await databaseAtVersion(name, 4, RECORDS_AT_VERSION[4]!);
    const store = await openStore({ name });
    try {
      expect(await store.ledger.get('e3')).to.deep.equal(V4_ENTRIES.deleted);
      expect(
        (await store.ledger.list({ householdId: 'h1' })).map((entry) => entry.id),
      ).to.deep.equal(['e4']);
      expect(await store.ledger.count({ householdId: 'h1', includeReversed: true })).to.equal(3);
      await expectRejection(store.ledger.reverse('e1'), 'already-reversed');
      const history = await store.changes.list({ recordId: 'e3' });
      expect(history.map((change) => [change.seq, change.action])).to.deep.equal([
        [2, 'import'],
        [3, 'delete'],
      ]);
      expect(history[0]!.recordIds).to.deep.equal(['e1', 'e2', 'e3', 'e4']);
    } finally {
      store.close();
    }
  });

  for (const version of [2, 3]) {
    it(`moves a version ${version} ledger into chunks: every entry, and every query as before`, async function () {
      this.timeout(60_000);
      const entries = bigLedger();
      // The monthly sums as the release of that version kept them beside its ledger table.
      const before = releasedDexie(name, version);
      await before.open();
      const byIdMap = new Map(entries.map((entry) => [entry.id, entry]));
      await before.transaction(
        'rw',
        before.table('ledger'),
        before.table('ledgerMonths'),
        async () => {
          await before.table('ledger').bulkAdd(entries);
          await applyMonthDeltas(
            before as unknown as SajjaDatabase,
            monthDeltas(entries, (id) => byIdMap.get(id)),
          );
        },
      );
      await before.table('households').bulkAdd([
        { id: 'h1', name: 'บ้านหนึ่ง', createdAt: '2024-01-01T00:00:00.000Z' },
        { id: 'h2', name: 'บ้านสอง', createdAt: '2024-01-01T00:00:00.000Z' },
      ]);
      before.close();

      const store = await openStore({ name });
      try {
        expect(await storedRecords(store, 'ledger')).to.deep.equal([...entries].sort(byId));
        // March (1,210 entries) is cut at a day into two chunks; 10 April (1,100 entries in
        // one day) stays one chunk; every other month is one chunk.
        const chunks = await databaseOf(store).ledgerChunks.toArray();
        expect(
          chunks.map((chunk) => [chunk.householdId, chunk.start, chunk.entries.length]),
        ).to.deep.equal([
          ['h1', '2024-03-01', 640],
          ['h1', '2024-03-17', 570],
          ['h1', '2024-04-01', 1100],
          ['h1', '2024-05-01', 3],
          ['h1', '2024-06-01', 1],
          ['h2', '2024-03-01', 2],
        ]);
        for (const householdId of ['h1', 'h2']) {
          const all = entries.filter((entry) => entry.householdId === householdId);
          const inOrder = [...all].sort(
            (a, b) => a.date.localeCompare(b.date) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
          );
          const corrections = all.filter((entry) => entry.reverses !== undefined);
          const cancelled = new Set(corrections.flatMap((entry) => [entry.id, entry.reverses!]));
          const counting = inOrder.filter(
            (entry) => entry.deletedAt === undefined && !cancelled.has(entry.id),
          );
          expect(
            await store.ledger.list({ householdId, includeReversed: true, includeDeleted: true }),
          ).to.deep.equal(inOrder);
          expect(await store.ledger.list({ householdId })).to.deep.equal(counting);
          expect(await store.ledger.count({ householdId })).to.equal(counting.length);
          expect(await store.ledger.count({ householdId, includeReversed: true })).to.equal(
            inOrder.filter((entry) => entry.deletedAt === undefined).length,
          );
          const year = { from: '2024-01-01', to: '2024-12-31', by: 'month' } as const;
          const notDeleted = all.filter((entry) => entry.deletedAt === undefined);
          expect(JSON.stringify(await store.ledger.summary({ householdId, ...year }))).to.equal(
            JSON.stringify(summarizeLedger(notDeleted, year)),
          );
          const page = await store.ledger.page({ householdId, limit: 3 });
          expect(page.entries).to.deep.equal(counting.slice(-3).reverse());
        }
        // Found by id alone, and corrected, deleted or refused as before.
        const reversed = entries.find((entry) => entry.id === 'may-1')!;
        expect(await store.ledger.get('may-1')).to.deep.equal(reversed);
        await expectRejection(store.ledger.reverse('may-1'), 'already-reversed');
        await expectRejection(store.ledger.remove('jun-fix'), 'part-of-reversal');
        await expectRejection(store.ledger.reverse('may-3'), 'reverses-deleted');
        const fix = await store.ledger.reverse('h2-2', { date: '2024-03-20' });
        expect(await store.ledger.count({ householdId: 'h2' })).to.equal(1);
        expect((await store.ledger.get(fix.id))?.reverses).to.equal('h2-2');
      } finally {
        store.close();
      }
    });
  }
});

/** A rejection with a SajjaError of this reason. */
async function expectRejection(promise: Promise<unknown>, reason: string): Promise<void> {
  try {
    await promise;
  } catch (error) {
    expect((error as { reason?: string }).reason, String(error)).to.equal(reason);
    return;
  }
  expect.fail(`expected a rejection (${reason})`);
}

/**
 * A ledger as a version 2 or 3 database held it: in h1, 1,210 entries over March 2024 (40 a
 * day, 10 on the 31st), 1,100 on 10 April, in May one entry corrected in June and one deleted;
 * in h2, two March entries.
 */
function bigLedger(): LedgerRecord[] {
  const entries: LedgerRecord[] = [];
  const entry = (
    id: string,
    householdId: string,
    date: string,
    amount: string,
    extra: Partial<LedgerRecord> = {},
  ): LedgerRecord => ({
    id,
    date,
    kind: 'expense',
    category: 'food',
    amount,
    householdId,
    recordedAt: `${date}T01:00:00.000Z`,
    ...extra,
  });
  for (let day = 1; day <= 31; day++) {
    for (let n = 0; n < (day === 31 ? 10 : 40); n++) {
      const date = `2024-03-${String(day).padStart(2, '0')}`;
      entries.push(entry(`mar-${day}-${n}`, 'h1', date, `${day}.${String(n).padStart(2, '0')}`));
    }
  }
  for (let n = 0; n < 1100; n++) entries.push(entry(`apr-${n}`, 'h1', '2024-04-10', `${n + 1}.00`));
  entries.push(
    entry('may-1', 'h1', '2024-05-05', '300.00', { kind: 'income', category: 'wages' }),
    entry('may-2', 'h1', '2024-05-06', '45.50'),
    entry('may-3', 'h1', '2024-05-07', '99.00', { deletedAt: '2024-05-08T00:00:00.000Z' }),
    entry('jun-fix', 'h1', '2024-06-02', '300.00', {
      kind: 'income',
      category: 'wages',
      reverses: 'may-1',
    }),
    entry('h2-1', 'h2', '2024-03-05', '10.00'),
    entry('h2-2', 'h2', '2024-03-06', '20.00', { note: 'ค่ารถ' }),
  );
  return entries;
}
