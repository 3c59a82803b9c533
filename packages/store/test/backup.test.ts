import { verifyOrganisationAudit } from '../src/index.js';
import { expect } from 'chai';
import fc from 'fast-check';
import { BACKUP_FORMAT, type SajjaBackup, type SajjaStore } from '../src/index.js';
import { FreshStores, householdWithMembership, storedLedgerEntries } from './helpers.js';
import { backupArbitrary } from './backup-arbitrary.js';
import { CURRENT_SCHEMA_VERSION } from '../src/database.js';
import { canonicalJson as canonical } from '../src/record-checker.js';
import { PREVIOUS_RELEASE_BACKUP } from './fixtures/previous-release-backup.js';
import { smallGroup } from './organisation-fixture.js';

/** A store with a bit of everything: reversals, a soft delete, rules, fund transactions. */
async function populated(store: SajjaStore) {
  const { household, group, membership } = await householdWithMembership(store);
  await store.organisations.put({
    ...group,
    rules: { pledge: { dueDay: 5, defaultAmount: '100', minAmount: '10.00', maxAmount: '500.00' } },
  });
  const sale = await store.ledger.add(household.id, {
    date: '2024-03-01',
    kind: 'income',
    category: 'farming',
    amount: '500',
    note: 'ขายข้าว, "หอมมะลิ"\nกระสอบที่ 2',
  });
  await store.ledger.reverse(sale.id, { date: '2024-03-02' });
  const typo = await store.ledger.add(household.id, {
    date: '2024-03-03',
    kind: 'expense',
    category: 'food',
    amount: '80',
  });
  await store.ledger.remove(typo.id);
  const deposit = await store.fundTransactions.add({
    membershipId: membership.id,
    date: '2024-03-05',
    kind: 'deposit',
    amount: '200',
  });
  await store.fundTransactions.reverse(deposit.id, { date: '2024-03-06' });
  return { household, group, membership };
}

/**
 * A copy of `backup` to edit into a bad one, without its checksum, as releases before checksums
 * wrote them: with it, any edit is refused whole as `checksum-mismatch` (tested below) before a
 * record is looked at.
 */
function editable(backup: SajjaBackup): SajjaBackup {
  const { checksum: _checksum, ...copy } = structuredClone(backup);
  return copy;
}

/** The records of a backup, without its history: the change log and the audit chains. */
const dataTables = (backup: SajjaBackup) => {
  const { changes: _changes, auditLinks: _links, ...data } = backup.tables;
  return data;
};

describe('exportBackup and importBackup', () => {
  const stores = new FreshStores();
  afterEach(() => stores.cleanUp());

  it('exports every table as plain JSON that survives stringify and parse', async () => {
    const store = await stores.open();
    await populated(store);
    const backup = await store.exportBackup();
    expect(backup.format).to.equal(BACKUP_FORMAT);
    expect(backup.version).to.equal(1);
    expect(backup.schemaVersion).to.equal(CURRENT_SCHEMA_VERSION);
    expect(Object.keys(backup.tables)).to.deep.equal([
      'households',
      'organisations',
      'memberships',
      'loans',
      'ledger',
      'fundTransactions',
      'changes',
      'auditLinks',
    ]);
    expect(backup.tables.ledger.length).to.equal(3); // sale, its reversal, the deleted typo
    expect(backup.tables.ledger.filter((entry) => entry.deletedAt).length).to.equal(1);
    expect(backup.tables.fundTransactions.length).to.equal(2);
    // 1 household, 1 organisation added then updated, 1 membership, 3 ledger writes and a
    // delete, 2 fund transactions: 10 changes.
    expect(backup.tables.changes.map((change) => change.seq)).to.deep.equal([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
    ]);
    expect(JSON.parse(JSON.stringify(backup))).to.deep.equal(backup);
  });

  it('restores into a new database losslessly, history included', async () => {
    const source = await stores.open();
    const { household } = await populated(source);
    const backup = await source.exportBackup();
    const target = await stores.open();
    const report = await target.importBackup(JSON.stringify(backup));
    expect(report).to.deep.equal({ imported: 8, unchanged: 0, skipped: 0, problems: [] });
    const restored = await target.exportBackup();
    expect(dataTables(restored)).to.deep.equal(dataTables(backup));
    // The old history keeps its numbers; the import itself is logged after it, a change per table.
    expect(restored.tables.changes.slice(0, 10)).to.deep.equal(backup.tables.changes);
    expect(
      restored.tables.changes
        .slice(10)
        .map((change) => [change.seq, change.table, change.action, change.recordIds.length]),
    ).to.deep.equal([
      [11, 'households', 'import', 1],
      [12, 'organisations', 'import', 1],
      [13, 'memberships', 'import', 1],
      [14, 'ledger', 'import', 3],
      [15, 'fundTransactions', 'import', 2],
    ]);
    // And the restored store works: what counted before counts now.
    expect(await target.ledger.count({ householdId: household.id })).to.equal(0);
    expect(
      await target.ledger.count({ householdId: household.id, includeReversed: true }),
    ).to.equal(2);
  });

  it('leaves identical records alone when the same backup is imported again', async () => {
    const store = await stores.open();
    await populated(store);
    const backup = await store.exportBackup();
    const report = await store.importBackup(backup);
    expect(report).to.deep.equal({ imported: 0, unchanged: 8, skipped: 0, problems: [] });
    expect((await store.exportBackup()).tables.changes).to.deep.equal(backup.tables.changes);
  });

  it('reports a changed record with a known id as a conflict and never overwrites', async () => {
    const store = await stores.open();
    const { household } = await populated(store);
    const backup = await store.exportBackup();
    await store.ledger.add(household.id, {
      date: '2024-04-01',
      kind: 'income',
      category: 'wages',
      amount: '1',
    });
    const edited = editable(backup);
    (edited.tables.households[0] as { name: string }).name = 'ชื่อใหม่';
    const report = await store.importBackup(edited);
    expect(report.problems).to.deep.equal([
      {
        table: 'households',
        index: 0,
        path: 'id',
        reason: 'conflict',
        details: { id: household.id },
      },
    ]);
    expect(report.imported).to.equal(0);
    expect((await store.households.get(household.id))?.name).to.equal('บ้านนายสมชาย');
  });

  it('reports every bad record with its table, index and field, and writes nothing', async () => {
    const source = await stores.open();
    await populated(source);
    const backup = editable(await source.exportBackup());
    const ledger = backup.tables.ledger as unknown as Record<string, unknown>[];
    // The deleted entry: no correction hangs on it, so its problems are its own.
    const bad = ledger.findIndex((entry) => entry.deletedAt !== undefined);
    ledger[bad]!.amount = '12.345';
    ledger[bad]!.colour = 'red';
    const memberships = backup.tables.memberships as unknown as Record<string, unknown>[];
    memberships[0]!.householdId = 'nobody';
    const target = await stores.open();
    const report = await target.importBackup(backup);
    expect(report.imported).to.equal(0);
    expect(report.problems).to.deep.equal([
      {
        table: 'memberships',
        index: 0,
        path: 'householdId',
        reason: 'unknown-household',
        details: { id: 'nobody' },
      },
      {
        table: 'ledger',
        index: bad,
        path: 'amount',
        reason: 'not-an-amount',
        details: { value: '"12.345"', cause: 'too-many-decimals' },
      },
      { table: 'ledger', index: bad, path: 'colour', reason: 'unknown-field' },
      // The deposits hang on the membership that cannot be imported.
      {
        table: 'fundTransactions',
        index: 0,
        path: 'membershipId',
        reason: 'unknown-membership',
        details: { id: backup.tables.memberships[0]!.id },
      },
      {
        table: 'fundTransactions',
        index: 1,
        path: 'membershipId',
        reason: 'unknown-membership',
        details: { id: backup.tables.memberships[0]!.id },
      },
      // The membership is not what its organisation's audit chain holds.
      {
        table: 'memberships',
        index: 0,
        path: '',
        reason: 'audit-broken',
        details: {
          table: 'memberships',
          recordId: backup.tables.memberships[0]!.id,
          month: backup.tables.memberships[0]!.joinedOn.slice(0, 7),
          reason: 'record-changed',
        },
      },
    ]);
    const after = await target.exportBackup();
    for (const records of Object.values(after.tables)) expect(records).to.deep.equal([]);
  });

  it('imports the good records and skips the bad ones with skipInvalid', async () => {
    const source = await stores.open();
    await populated(source);
    const backup = editable(await source.exportBackup());
    const bad = backup.tables.ledger.findIndex((entry) => entry.deletedAt !== undefined);
    (backup.tables.ledger as unknown as Record<string, unknown>[])[bad]!.date = '2024-02-30';
    const target = await stores.open();
    const report = await target.importBackup(backup, { skipInvalid: true });
    expect(report.imported).to.equal(7);
    expect(report.skipped).to.equal(1);
    expect(report.problems.map((p) => [p.table, p.index, p.path, p.reason])).to.deep.equal([
      ['ledger', bad, 'date', 'not-a-date'],
    ]);
    expect(await storedLedgerEntries(target)).to.equal(2);
  });

  it('refuses corrections that would give the books two meanings', async () => {
    const source = await stores.open();
    await populated(source);
    const backup = editable(await source.exportBackup());
    // Exports are ordered by id (random UUIDs), so find each entry by what it is.
    const live = backup.tables.ledger.filter((entry) => !entry.deletedAt);
    const sale = live.find((entry) => entry.reverses === undefined);
    const reversal = live.find((entry) => entry.reverses !== undefined);
    const deleted = backup.tables.ledger.find((entry) => entry.deletedAt)!;
    backup.tables.ledger.push(
      { ...reversal!, id: 'second-reversal' },
      { ...reversal!, id: 'reversal-of-reversal', reverses: reversal!.id },
      { ...reversal!, id: 'mismatch', reverses: deleted.id, category: 'food', kind: 'expense' },
      { ...deleted, id: 'other-deleted' },
      { ...deleted, id: 'mismatch-2', deletedAt: undefined as never, reverses: 'other-deleted' },
      { ...sale!, id: 'fresh' },
      { ...sale!, id: 'wrong-amount', amount: '499.00', reverses: 'fresh' },
    );
    const target = await stores.open();
    const report = await target.importBackup(JSON.parse(JSON.stringify(backup)));
    expect(report.problems.map((p) => [p.index, p.reason])).to.deep.equal([
      [3, 'already-reversed'],
      [4, 'reverses-reversal'],
      [5, 'reverses-deleted'],
      [7, 'reverses-deleted'],
      [9, 'reversal-mismatch'],
    ]);
  });

  it("keeps the sub-funds of loans and transactions, and refuses one the organisation's rules do not have", async () => {
    const source = await stores.open();
    const { group, a } = await smallGroup(source, { subFunds: ['general', 'livestock'] });
    const cow = await source.loans.add({
      membershipId: a.id,
      subFund: 'livestock',
      terms: {
        principal: '1000',
        rate: { percent: '1', per: 'month' },
        termMonths: 2,
        method: 'flat',
        disbursedOn: '2025-03-01',
      },
    });
    const calf = await source.fundTransactions.add({
      membershipId: a.id,
      date: '2025-03-02',
      kind: 'deposit',
      amount: '20',
      subFund: 'livestock',
    });
    const backup = await source.exportBackup();
    const restored = await stores.open();
    expect((await restored.importBackup(backup)).problems).to.deep.equal([]);
    expect((await restored.loans.get(cow.id))?.subFund).to.equal('livestock');
    expect((await restored.fundTransactions.get(calf.id))?.subFund).to.equal('livestock');
    expect((await verifyOrganisationAudit(restored, { organisationId: group.id })).ok).to.equal(
      true,
    );

    const edited = editable(backup);
    const transactions = edited.tables.fundTransactions as unknown as Record<string, unknown>[];
    const index = transactions.findIndex((record) => record.id === calf.id);
    transactions[index]!.subFund = 'fish';
    const loans = edited.tables.loans as unknown as Record<string, unknown>[];
    loans.find((record) => record.id === cow.id)!.subFund = 'fish';
    const report = await (await stores.open()).importBackup(edited);
    expect(report.imported).to.equal(0);
    const subFundProblems = report.problems.filter((problem) => problem.path === 'subFund');
    expect(subFundProblems).to.deep.equal([
      {
        table: 'loans',
        index: loans.findIndex((record) => record.id === cow.id),
        path: 'subFund',
        reason: 'unknown-value',
        details: { allowed: 'general, livestock' },
      },
      {
        table: 'fundTransactions',
        index,
        path: 'subFund',
        reason: 'unknown-value',
        details: { allowed: 'general, livestock' },
      },
    ]);
  });

  it('reports a file that is not a backup as one problem', async () => {
    const store = await stores.open();
    const cases: [unknown, string, string][] = [
      ['{not json', '', 'not-json'],
      [{ format: 'other' }, 'format', 'not-a-backup'],
      [[], 'format', 'not-a-backup'],
      [{ format: BACKUP_FORMAT, version: 2, tables: {} }, 'version', 'unsupported-version'],
      [
        { format: BACKUP_FORMAT, version: 1, tables: { ledger: {} } },
        'tables.ledger',
        'not-a-list',
      ],
      [
        { format: BACKUP_FORMAT, version: 1, tables: { ledgers: [] } },
        'tables.ledgers',
        'unknown-field',
      ],
    ];
    for (const [input, path, reason] of cases) {
      const report = await store.importBackup(input);
      expect(
        report.problems.map((p) => [p.path, p.reason]),
        JSON.stringify(input),
      ).to.deep.equal([[path, reason]]);
      expect(report.imported).to.equal(0);
    }
  });

  it('imports a backup made by the previous release unchanged', async () => {
    const store = await stores.open();
    const report = await store.importBackup(PREVIOUS_RELEASE_BACKUP);
    expect(report.problems).to.deep.equal([]);
    expect(report.imported).to.equal(11);
    const saved = JSON.parse(PREVIOUS_RELEASE_BACKUP) as SajjaBackup;
    const restored = await store.exportBackup();
    expect(dataTables(restored)).to.deep.equal(dataTables(saved));
    // Its change log is kept, and the import logged after it.
    expect(restored.tables.changes.slice(0, saved.tables.changes.length)).to.deep.equal(
      saved.tables.changes,
    );
  });

  it('builds the audit chains of a backup made before they existed, and they verify', async () => {
    const store = await stores.open();
    await store.importBackup(PREVIOUS_RELEASE_BACKUP);
    const saved = JSON.parse(PREVIOUS_RELEASE_BACKUP) as SajjaBackup;
    expect(saved.tables.auditLinks).to.equal(undefined);
    for (const organisation of saved.tables.organisations) {
      const audit = await verifyOrganisationAudit(store, { organisationId: organisation.id });
      const records = [
        saved.tables.memberships,
        saved.tables.loans ?? [],
        saved.tables.fundTransactions,
      ]
        .flat()
        .filter((record) => record.organisationId === organisation.id);
      expect(audit).to.deep.equal({ ok: true, checked: records.length + 1 });
    }
  });

  it("keeps a backup's audit chain whole, and refuses a backup whose record was changed after it was written", async () => {
    const source = await stores.open();
    const { group, membership } = await populated(source);
    await source.fundTransactions.add({
      membershipId: membership.id,
      date: '2024-03-05',
      kind: 'deposit',
      amount: '100',
    });
    const backup = await source.exportBackup();
    const restored = await stores.open();
    expect((await restored.importBackup(backup)).problems).to.deep.equal([]);
    expect((await restored.exportBackup()).tables.auditLinks).to.deep.equal(
      backup.tables.auditLinks,
    );
    expect(await verifyOrganisationAudit(restored, { organisationId: group.id })).to.deep.include({
      ok: true,
    });
    // Edited with the checksum removed, as a backup before checksums could be: the chain shows it.
    const tampered = editable(backup);
    const list = tampered.tables.fundTransactions;
    // One that no reversal repeats, so the only problem is the chain's.
    const index = list.findIndex(
      (record) => !record.reverses && !list.some((other) => other.reverses === record.id),
    );
    const deposit = tampered.tables.fundTransactions[index]!;
    (deposit as { amount: string }).amount = '9000.00';
    const link = backup.tables.auditLinks!.find((candidate) => candidate.recordId === deposit.id)!;
    const target = await stores.open();
    const report = await target.importBackup(tampered);
    expect(report.imported).to.equal(0);
    expect(report.problems).to.deep.equal([
      {
        table: 'fundTransactions',
        index,
        path: '',
        reason: 'audit-broken',
        details: {
          table: 'fundTransactions',
          recordId: deposit.id,
          month: link.month,
          reason: 'record-changed',
        },
      },
    ]);
    // A link removed from the file is found too.
    const cut = editable(backup);
    const removed = cut.tables.auditLinks!.findIndex(
      (candidate) => candidate.recordId === deposit.id,
    );
    cut.tables.auditLinks!.splice(removed, 1);
    const cutReport = await (await stores.open()).importBackup(cut);
    expect(
      cutReport.problems.map((problem) => [problem.table, problem.reason, problem.details?.reason]),
    ).to.deep.equal([['fundTransactions', 'audit-broken', 'link-missing']]);
  });

  it('signs every backup with the checksum of its tables', async () => {
    const store = await stores.open();
    await populated(store);
    const backup = await store.exportBackup();
    expect(backup.checksum).to.match(/^[0-9a-f]{64}$/);
    const bytes = new TextEncoder().encode(canonical(backup.tables));
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
    expect(backup.checksum).to.equal(
      Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join(''),
    );
  });

  it('refuses an edited or truncated backup whole and changes nothing', async () => {
    const source = await stores.open();
    await populated(source);
    const backup = await source.exportBackup();
    const target = await stores.open();
    const { household } = await householdWithMembership(target);
    const before = dataTables(await target.exportBackup());

    // A valid edit (an amount changed by hand) imports nothing, even with skipInvalid.
    const edited = structuredClone(backup);
    (edited.tables.fundTransactions[0] as { amount: string }).amount = '900.00';
    for (const options of [{}, { skipInvalid: true }]) {
      const report = await target.importBackup(JSON.stringify(edited), options);
      expect(report).to.deep.equal({
        imported: 0,
        unchanged: 0,
        skipped: 0,
        problems: [{ path: 'checksum', reason: 'checksum-mismatch' }],
      });
    }
    // A record taken out of a table is an edit too.
    const shortened = structuredClone(backup);
    shortened.tables.ledger.pop();
    expect((await target.importBackup(shortened)).problems[0]?.reason).to.equal(
      'checksum-mismatch',
    );
    // A file cut off on the way (a download or a copy that stopped).
    const text = JSON.stringify(backup);
    for (const cut of [text.length - 1, Math.floor(text.length / 2), 10]) {
      const report = await target.importBackup(new Blob([text.slice(0, cut)]));
      expect(report.problems.map((p) => p.reason)).to.deep.equal(['not-json']);
      expect(report.imported).to.equal(0);
    }
    expect(dataTables(await target.exportBackup())).to.deep.equal(before);
    expect((await target.households.get(household.id))?.name).to.equal(household.name);
    // The untouched file, as a saved File, imports.
    const file = new File([text], 'sajja-backup.json', { type: 'application/json' });
    expect((await target.importBackup(file)).problems).to.deep.equal([]);
  });

  it("round-trips a store through Dexie's export format, with every check of a backup", async () => {
    const source = await stores.open();
    await populated(source);
    const file = await source.exportDexieBackup();
    const exported = JSON.parse(await file.text());
    expect(exported.formatName).to.equal('dexie');
    expect(exported.data.databaseVersion).to.equal(CURRENT_SCHEMA_VERSION);
    const target = await stores.open();
    const report = await target.importBackup(file);
    expect(report.problems).to.deep.equal([]);
    expect(dataTables(await target.exportBackup())).to.deep.equal(
      dataTables(await source.exportBackup()),
    );
    expect(await storedLedgerEntries(target)).to.equal(await storedLedgerEntries(source));
    // Imported again: every record is there already, so nothing is written.
    const again = await target.importBackup(await file.text());
    expect(again.imported).to.equal(0);
    expect(again.problems).to.deep.equal([]);

    // A record that the store's checks refuse is reported by table and index; nothing written.
    const bad = structuredClone(exported);
    const transactions = bad.data.data.find(
      (table: { tableName: string }) => table.tableName === 'fundTransactions',
    );
    transactions.rows[0].amount = '-5';
    const empty = await stores.open();
    const refused = await empty.importBackup(JSON.stringify(bad));
    expect(refused.imported).to.equal(0);
    expect(refused.problems.map((p) => [p.table, p.path])).to.deep.include([
      'fundTransactions',
      'amount',
    ]);
    expect(await empty.households.list()).to.deep.equal([]);

    // A Dexie export of another database, or of a newer schema, is not a Sajja backup.
    const other = { ...exported, data: { ...exported.data, tables: [], data: [] } };
    expect((await empty.importBackup(other)).problems.map((p) => p.reason)).to.deep.equal([
      'not-a-backup',
    ]);
    const newer = { ...exported, data: { ...exported.data, databaseVersion: 99 } };
    expect((await empty.importBackup(newer)).problems.map((p) => p.reason)).to.deep.equal([
      'unsupported-version',
    ]);
  });

  it('round-trips any consistent store: export, import elsewhere, export again (property)', async function () {
    this.timeout(120_000);
    await fc.assert(
      fc.asyncProperty(backupArbitrary(), async (backup) => {
        const first = await stores.open();
        const loaded = await first.importBackup(backup);
        expect(loaded.problems).to.deep.equal([]);
        const exported = await first.exportBackup();
        expect(dataTables(exported)).to.deep.equal(dataTables(backup));
        const second = await stores.open();
        const report = await second.importBackup(JSON.parse(JSON.stringify(exported)));
        expect(report.problems).to.deep.equal([]);
        const again = await second.exportBackup();
        expect(dataTables(again)).to.deep.equal(dataTables(exported));
        // The chains built on the first import travel whole and are kept as they came.
        expect(again.tables.auditLinks).to.deep.equal(exported.tables.auditLinks);
        expect(exported.tables.auditLinks!.length).to.equal(
          backup.tables.organisations.length +
            backup.tables.memberships.length +
            backup.tables.loans.length +
            backup.tables.fundTransactions.length,
        );
        expect(again.tables.changes.slice(0, exported.tables.changes.length)).to.deep.equal(
          exported.tables.changes,
        );
        await stores.cleanUp();
      }),
      { numRuns: 12 },
    );
  });
});
