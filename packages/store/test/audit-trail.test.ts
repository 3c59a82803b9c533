import { GENESIS_HASH, verifyChain } from '@sajja/core/books';
import { expect } from 'chai';
import fc from 'fast-check';
import { verifyOrganisationAudit, type SajjaStore } from '../src/index.js';
import { linkContent, type AuditLinkRecord } from '../src/audit-links.js';
import { databaseOf } from '../src/open-store.js';
import { FreshStores, householdWithMembership, rejection } from './helpers.js';

/** The links of an organisation's chain, in order. */
async function linksOf(store: SajjaStore, organisationId: string): Promise<AuditLinkRecord[]> {
  const links = await databaseOf(store).auditLinks.toArray();
  return links.filter((link) => link.organisationId === organisationId);
}

/** A group with a member, a loan, a repayment, two deposits (one reversed). */
async function busyGroup(store: SajjaStore) {
  const setup = await householdWithMembership(store);
  const membershipId = setup.membership.id;
  const loan = await store.loans.add({
    membershipId,
    terms: {
      principal: '12000',
      rate: { percent: '1', per: 'month' },
      termMonths: 12,
      method: 'flat',
      disbursedOn: '2024-02-10',
    },
  });
  const march = await store.fundTransactions.add({
    membershipId,
    date: '2024-03-05',
    kind: 'deposit',
    amount: '200',
  });
  const repayment = await store.fundTransactions.add({
    membershipId,
    loanId: loan.id,
    date: '2024-03-10',
    kind: 'repayment',
    amount: '1120',
  });
  const april = await store.fundTransactions.add({
    membershipId,
    date: '2024-04-05',
    kind: 'deposit',
    amount: '200',
  });
  const reversal = await store.fundTransactions.reverse(april.id, { date: '2024-04-06' });
  return { ...setup, loan, march, repayment, april, reversal };
}

describe('the audit trail', () => {
  const stores = new FreshStores();
  let store: SajjaStore;
  beforeEach(async () => {
    store = await stores.open();
  });
  afterEach(() => stores.cleanUp());

  it("appends a link for every write of an organisation's records, in the order of the writes", async () => {
    const group = await busyGroup(store);
    const links = await linksOf(store, group.group.id);
    expect(links.map((link) => [link.seq, link.table, link.recordId, link.month])).to.deep.equal([
      [1, 'organisations', group.group.id, links[0]!.month],
      [2, 'memberships', group.membership.id, '2024-01'],
      [3, 'loans', group.loan.id, '2024-02'],
      [4, 'fundTransactions', group.march.id, '2024-03'],
      [5, 'fundTransactions', group.repayment.id, '2024-03'],
      [6, 'fundTransactions', group.april.id, '2024-04'],
      [7, 'fundTransactions', group.reversal.id, '2024-04'],
    ]);
    expect(links[0]!.month).to.match(/^\d{4}-\d\d$/);
    expect(links[0]!.previousHash).to.equal(GENESIS_HASH);
    for (let i = 1; i < links.length; i++) {
      expect(links[i]!.previousHash).to.equal(links[i - 1]!.hash);
    }
    // Households and their ledger are no organisation's records.
    expect(links.some((link) => link.recordId === group.household.id)).to.equal(false);
    expect(await verifyOrganisationAudit(store, { organisationId: group.group.id })).to.deep.equal({
      ok: true,
      checked: 7,
    });
  });

  it("is the core's hash chain: the links with their records verify with verifyChain", async () => {
    const group = await busyGroup(store);
    const db = databaseOf(store);
    const links = await linksOf(store, group.group.id);
    const entries = await Promise.all(
      links.map(async (link) => {
        const record = await db.table(link.table).get(link.recordId);
        return { ...linkContent(link, record), prevHash: link.previousHash, hash: link.hash };
      }),
    );
    expect(await verifyChain(entries)).to.deep.equal({ ok: true });
  });

  it('keeps one chain per organisation, and a deposit with its ledger entry chains the deposit only', async () => {
    const group = await busyGroup(store);
    const other = await store.organisations.add({ name: 'กองทุนหมู่บ้าน', kind: 'village-fund' });
    const membership = await store.memberships.add({
      householdId: group.household.id,
      organisationId: other.id,
      joinedOn: '2024-05-01',
    });
    await store.fundTransactions.add(
      { membershipId: membership.id, date: '2024-05-02', kind: 'deposit', amount: '50' },
      { ledger: true },
    );
    expect((await linksOf(store, other.id)).map((link) => [link.seq, link.table])).to.deep.equal([
      [1, 'organisations'],
      [2, 'memberships'],
      [3, 'fundTransactions'],
    ]);
    expect((await linksOf(store, group.group.id)).length).to.equal(7);
    expect(await verifyOrganisationAudit(store, { organisationId: other.id })).to.deep.equal({
      ok: true,
      checked: 3,
    });
  });

  it('chains each new version of an organisation put, and the trail still verifies', async () => {
    const group = await busyGroup(store);
    await store.organisations.put({ ...group.group, name: 'กลุ่มสัจจะบ้านหนองบัว (ใหม่)' });
    const links = await linksOf(store, group.group.id);
    expect(links.at(-1)).to.deep.include({ seq: 8, table: 'organisations' });
    expect(await verifyOrganisationAudit(store, { organisationId: group.group.id })).to.deep.equal({
      ok: true,
      checked: 8,
    });
    // The current version is checked: changing it behind the store's back shows.
    await databaseOf(store).organisations.update(group.group.id, { name: 'อื่น' });
    const audit = await verifyOrganisationAudit(store, { organisationId: group.group.id });
    expect(audit).to.deep.include({ ok: false, checked: 7 });
    expect(audit.ok === false && audit.broken).to.deep.include({
      table: 'organisations',
      recordId: group.group.id,
      reason: 'record-changed',
    });
  });

  it('leaves no link behind when a write is refused', async () => {
    const group = await busyGroup(store);
    await rejection(
      store.fundTransactions.add({
        membershipId: group.membership.id,
        date: '2024-05-05',
        kind: 'deposit',
        amount: '-5',
      }),
      'INVALID_ARGUMENT',
    );
    await rejection(store.fundTransactions.reverse(group.april.id), 'INVALID_ARGUMENT');
    expect((await linksOf(store, group.group.id)).length).to.equal(7);
  });

  it('finds and names a fund transaction edited directly in IndexedDB', async () => {
    const group = await busyGroup(store);
    await databaseOf(store).fundTransactions.update(group.repayment.id, { amount: '11200.00' });
    expect(await verifyOrganisationAudit(store, { organisationId: group.group.id })).to.deep.equal({
      ok: false,
      checked: 4,
      broken: {
        table: 'fundTransactions',
        recordId: group.repayment.id,
        month: '2024-03',
        reason: 'record-changed',
      },
    });
  });

  it('finds a record edited into something JSON cannot hold, without failing', async () => {
    const group = await busyGroup(store);
    await databaseOf(store).fundTransactions.update(group.march.id, {
      amount: new Date('2024-03-05') as unknown as string,
    });
    const audit = await verifyOrganisationAudit(store, { organisationId: group.group.id });
    expect(audit).to.deep.equal({
      ok: false,
      checked: 3,
      broken: {
        table: 'fundTransactions',
        recordId: group.march.id,
        month: '2024-03',
        reason: 'record-changed',
      },
    });
  });

  it('finds a membership and a loan edited directly, by table and month', async () => {
    const group = await busyGroup(store);
    const db = databaseOf(store);
    await db.loans.update(group.loan.id, { 'terms.principal': '1200.00' });
    let audit = await verifyOrganisationAudit(store, { organisationId: group.group.id });
    expect(audit.ok === false && audit.broken).to.deep.equal({
      table: 'loans',
      recordId: group.loan.id,
      month: '2024-02',
      reason: 'record-changed',
    });
    await db.memberships.update(group.membership.id, { pledgeAmount: '20.00' });
    audit = await verifyOrganisationAudit(store, { organisationId: group.group.id });
    expect(audit.ok === false && audit.broken).to.deep.equal({
      table: 'memberships',
      recordId: group.membership.id,
      month: '2024-01',
      reason: 'record-changed',
    });
  });

  it('finds a record deleted directly in IndexedDB', async () => {
    const group = await busyGroup(store);
    await databaseOf(store).fundTransactions.delete(group.reversal.id);
    expect(await verifyOrganisationAudit(store, { organisationId: group.group.id })).to.deep.equal({
      ok: false,
      checked: 6,
      broken: {
        table: 'fundTransactions',
        recordId: group.reversal.id,
        month: '2024-04',
        reason: 'record-missing',
      },
    });
  });

  it('finds a link removed, in the middle of the chain and at its end, naming its record', async () => {
    const group = await busyGroup(store);
    const db = databaseOf(store);
    await db.auditLinks.delete([group.group.id, 5]);
    expect(await verifyOrganisationAudit(store, { organisationId: group.group.id })).to.deep.equal({
      ok: false,
      checked: 4,
      broken: {
        table: 'fundTransactions',
        recordId: group.repayment.id,
        month: '2024-03',
        reason: 'link-missing',
      },
    });
    const fresh = await stores.open();
    const other = await busyGroup(fresh);
    await databaseOf(fresh).auditLinks.delete([other.group.id, 7]);
    expect(await verifyOrganisationAudit(fresh, { organisationId: other.group.id })).to.deep.equal({
      ok: false,
      checked: 6,
      broken: {
        table: 'fundTransactions',
        recordId: other.reversal.id,
        month: '2024-04',
        reason: 'link-missing',
      },
    });
  });

  it('finds links moved, and a record added behind the store without a link', async () => {
    const group = await busyGroup(store);
    const db = databaseOf(store);
    const [fourth, fifth] = await db.auditLinks.bulkGet([
      [group.group.id, 4],
      [group.group.id, 5],
    ]);
    await db.auditLinks.bulkPut([
      { ...fifth!, seq: 4 },
      { ...fourth!, seq: 5 },
    ]);
    const audit = await verifyOrganisationAudit(store, { organisationId: group.group.id });
    expect(audit).to.deep.equal({
      ok: false,
      checked: 3,
      broken: {
        table: 'fundTransactions',
        recordId: group.repayment.id,
        month: '2024-03',
        reason: 'order-changed',
      },
    });
    const fresh = await stores.open();
    const other = await busyGroup(fresh);
    await databaseOf(fresh).fundTransactions.add({
      ...other.march,
      id: 'slipped-in',
      amount: '9999.00',
    });
    expect(await verifyOrganisationAudit(fresh, { organisationId: other.group.id })).to.deep.equal({
      ok: false,
      checked: 7,
      broken: {
        table: 'fundTransactions',
        recordId: 'slipped-in',
        month: '2024-03',
        reason: 'link-missing',
      },
    });
  });

  it('checks only the months asked for, with the link before them', async () => {
    const group = await busyGroup(store);
    const db = databaseOf(store);
    expect(
      await verifyOrganisationAudit(store, {
        organisationId: group.group.id,
        from: '2024-03',
        to: '2024-03',
      }),
    ).to.deep.equal({ ok: true, checked: 2 });
    await db.fundTransactions.update(group.april.id, { amount: '1.00' });
    expect(
      await verifyOrganisationAudit(store, {
        organisationId: group.group.id,
        from: '2024-03',
        to: '2024-03',
      }),
    ).to.deep.equal({ ok: true, checked: 2 });
    const april = await verifyOrganisationAudit(store, {
      organisationId: group.group.id,
      from: '2024-04',
    });
    expect(april.ok === false && april.broken).to.deep.include({
      recordId: group.april.id,
      reason: 'record-changed',
    });
    // A record moved out of the months asked for by editing its date is still found.
    await db.fundTransactions.update(group.march.id, { date: '2023-01-01' });
    const march = await verifyOrganisationAudit(store, {
      organisationId: group.group.id,
      from: '2024-03',
      to: '2024-03',
    });
    expect(march.ok === false && march.broken).to.deep.equal({
      table: 'fundTransactions',
      recordId: group.march.id,
      month: '2024-03',
      reason: 'record-changed',
    });
  });

  it('refuses an unknown organisation and months that are not YYYY-MM', async () => {
    const group = await busyGroup(store);
    await rejection(
      verifyOrganisationAudit(store, { organisationId: 'nobody' }),
      'INVALID_ARGUMENT',
      'unknown-record',
    );
    for (const from of ['2024-13', '2024-3', '2024-03-01']) {
      const error = await rejection(
        verifyOrganisationAudit(store, { organisationId: group.group.id, from }),
        'INVALID_ARGUMENT',
        'invalid-option',
      );
      expect(error.details.option).to.equal('from');
    }
  });

  describe('properties', () => {
    /** A write the repositories accept: a deposit, a withdrawal or a reversal of an earlier one. */
    const writeArbitrary = fc.oneof(
      fc.record({
        kind: fc.constantFrom('deposit' as const, 'share' as const, 'contribution' as const),
        amount: fc.integer({ min: 1, max: 100_000 }).map((satang) => (satang / 100).toFixed(2)),
        day: fc.integer({ min: 0, max: 700 }),
        member: fc.nat(2),
      }),
      fc.record({ reverse: fc.nat() }),
    );

    async function writeAll(target: SajjaStore, writes: readonly unknown[]) {
      const household = await target.households.add({ name: 'บ้าน' });
      const group = await target.organisations.add({ name: 'กลุ่ม', kind: 'savings-group' });
      const memberships = [];
      for (let i = 0; i < 3; i++) {
        memberships.push(
          await target.memberships.add({
            householdId: household.id,
            organisationId: group.id,
            joinedOn: '2024-01-01',
          }),
        );
      }
      const reversible: string[] = [];
      for (const write of writes as ({ reverse: number } | Record<string, never>)[]) {
        if ('reverse' in write) {
          if (reversible.length === 0) continue;
          const [id] = reversible.splice(write.reverse % reversible.length, 1);
          await target.fundTransactions.reverse(id!, { date: '2026-01-01' });
        } else {
          const { kind, amount, day, member } = write as unknown as {
            kind: 'deposit';
            amount: string;
            day: number;
            member: number;
          };
          const date = new Date(Date.UTC(2024, 0, 1 + day)).toISOString().slice(0, 10);
          const added = await target.fundTransactions.add({
            membershipId: memberships[member]!.id,
            date,
            kind,
            amount,
          });
          reversible.push(added.id);
        }
      }
      return group;
    }

    it('verifies after any sequence of valid writes', async function () {
      this.timeout(120_000);
      await fc.assert(
        fc.asyncProperty(fc.array(writeArbitrary, { maxLength: 12 }), async (writes) => {
          const target = await stores.open();
          const group = await writeAll(target, writes);
          const audit = await verifyOrganisationAudit(target, { organisationId: group.id });
          expect(audit.ok).to.equal(true);
          expect(audit.checked).to.equal((await linksOf(target, group.id)).length);
          target.close();
        }),
        { numRuns: 15 },
      );
    });

    it('finds any single changed field of any record, and names it', async function () {
      this.timeout(120_000);
      const target = await stores.open();
      const group = await busyGroup(target);
      const db = databaseOf(target);
      const links = await linksOf(target, group.group.id);
      const records = await Promise.all(
        links.map(async (link) => ({
          link,
          record: (await db.table(link.table).get(link.recordId)) as Record<string, unknown>,
        })),
      );
      const leaves = records.flatMap(({ link, record }) =>
        leafPaths(record).map((path) => ({ link, record, path })),
      );
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...leaves),
          fc.string({ minLength: 1, maxLength: 4 }),
          async ({ link, record, path }, suffix) => {
            const changed = withLeaf(record, path, suffix);
            await db.table(link.table).put(changed);
            try {
              const audit = await verifyOrganisationAudit(target, {
                organisationId: group.group.id,
              });
              expect(audit.ok, `${link.table} ${path.join('.')}`).to.equal(false);
              if (!audit.ok) {
                expect(audit.broken.table).to.equal(link.table);
                expect(audit.broken.recordId).to.equal(link.recordId);
                expect(audit.broken.month).to.equal(link.month);
                expect(audit.broken.reason).to.equal('record-changed');
              }
            } finally {
              await db.table(link.table).put(record);
            }
          },
        ),
        { numRuns: 60 },
      );
      expect(
        await verifyOrganisationAudit(target, { organisationId: group.group.id }),
      ).to.deep.include({ ok: true });
    });
  });
});

/** The paths of every leaf value of a record except its id (changing the id is a new record). */
function leafPaths(value: unknown, path: string[] = []): string[][] {
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, inner]) =>
      path.length === 0 && key === 'id' ? [] : leafPaths(inner, [...path, key]),
    );
  }
  return [path];
}

/** A copy of `record` with the leaf at `path` changed: text extended, anything else replaced. */
function withLeaf(record: unknown, path: string[], suffix: string): Record<string, unknown> {
  const copy = structuredClone(record) as Record<string, unknown>;
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string, unknown>;
  const key = path.at(-1)!;
  const old = at[key];
  at[key] =
    typeof old === 'string' ? old + suffix : typeof old === 'number' ? old + 1 : `${String(old)}!`;
  return copy;
}
