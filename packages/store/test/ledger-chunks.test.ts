import { expect } from 'chai';
import type { LedgerRecord, SajjaStore } from '../src/index.js';
import { expectLedgerLayout, FreshStores } from './helpers.js';
import { databaseOf } from '../src/open-store.js';

/** A CSV file of food expenses: `count` on each of the days, ids `<prefix>-<day>-<n>`, shuffled. */
function csvOf(prefix: string, month: string, days: number[], count: number): string {
  const rows: string[] = [];
  for (const day of days) {
    for (let n = 0; n < count; n++) {
      const date = `${month}-${String(day).padStart(2, '0')}`;
      rows.push(`${prefix}-${day}-${n},${date},expense,food,${n + 1}.00`);
    }
  }
  // A fixed shuffle (a multiplicative step coprime to the length): rows arrive out of order.
  const step = rows.length % 7 === 0 ? 11 : 7;
  const shuffled = rows.map((_, i) => rows[(i * step) % rows.length]!);
  return ['id,date,kind,category,amount', ...shuffled].join('\n');
}

async function layout(store: SajjaStore): Promise<[string, string, number][]> {
  return (await databaseOf(store).ledgerChunks.toArray()).map((chunk) => [
    chunk.householdId,
    chunk.start,
    chunk.entries.length,
  ]);
}

/** Every page of `limit` entries, newest first, one after the other. */
async function allPages(store: SajjaStore, householdId: string, limit: number) {
  const seen: LedgerRecord[] = [];
  let before: string | undefined;
  do {
    const page = await store.ledger.page({ householdId, limit, ...(before ? { before } : {}) });
    seen.push(...page.entries);
    before = page.nextCursor;
  } while (before !== undefined);
  return seen;
}

describe('ledger chunks', () => {
  const stores = new FreshStores();
  afterEach(() => stores.cleanUp());

  it('cut a busy month at days into chunks of at most 1,000 and find every entry by id', async function () {
    this.timeout(60_000);
    const store = await stores.open();
    const householdId = (await store.households.add({ id: 'h1', name: 'บ้าน' })).id;
    const other = (await store.households.add({ id: 'h2', name: 'อีกบ้าน' })).id;
    const days = Array.from({ length: 26 }, (_, i) => i + 1);
    const report = await store.importLedgerCsv(householdId, csvOf('jun', '2024-06', days, 100));
    expect([report.imported, report.problems]).to.deep.equal([2600, []]);
    await store.importLedgerCsv(other, csvOf('o', '2024-06', [12], 3));
    // 2,600 entries, 3 chunks of about 867: whole days of 100, each closed once it reaches
    // 867: days 1–9 (900), 10–18 (900), 19–26 (800).
    expect(await layout(store)).to.deep.equal([
      [householdId, '2024-06-01', 900],
      [householdId, '2024-06-10', 900],
      [householdId, '2024-06-19', 800],
      [other, '2024-06-01', 3],
    ]);

    // Single entries on 12 June: the second chunk reaches 1,001 at the 101st and splits in
    // two of about 501, at a day: 10–13 (100 + 100 + 201 + 100 = 501) and 14–18 (500); the
    // last 19 land in the first of them.
    for (let n = 0; n < 120; n++) {
      await store.ledger.add(householdId, {
        id: `late-${String(n).padStart(3, '0')}`,
        date: '2024-06-12',
        kind: 'expense',
        category: 'food',
        amount: '1',
      });
    }
    expect(await layout(store)).to.deep.equal([
      [householdId, '2024-06-01', 900],
      [householdId, '2024-06-10', 520],
      [householdId, '2024-06-14', 500],
      [householdId, '2024-06-19', 800],
      [other, '2024-06-01', 3],
    ]);

    const fix = await store.ledger.reverse('jun-20-5', { date: '2024-07-02' });
    await store.ledger.remove('jun-14-0');
    await store.ledger.remove('late-007');
    await expectLedgerLayout(store);

    const all = await store.ledger.list({
      householdId,
      includeReversed: true,
      includeDeleted: true,
    });
    expect(all.length).to.equal(2600 + 120 + 1);
    for (const id of ['jun-1-0', 'jun-9-99', 'jun-10-0', 'late-119', 'jun-14-0', 'jun-26-99']) {
      expect(await store.ledger.get(id), id).to.deep.equal(all.find((entry) => entry.id === id));
    }
    expect((await store.ledger.get(fix.id))?.reverses).to.equal('jun-20-5');
    expect(await store.ledger.get('o-12-2')).to.include({ householdId: other, amount: '3.00' });

    const counting = all.filter(
      (entry) =>
        entry.deletedAt === undefined && entry.id !== 'jun-20-5' && entry.reverses === undefined,
    );
    expect(await store.ledger.list({ householdId })).to.deep.equal(counting);
    // 2,721 records: 2 deleted, 1 corrected and its correction do not count.
    expect(await store.ledger.count({ householdId })).to.equal(2717);
    expect(await allPages(store, householdId, 97)).to.deep.equal([...counting].reverse());
  });

  it('keep a day of more than 1,000 entries whole, and split it off its month', async () => {
    const store = await stores.open();
    const householdId = (await store.households.add({ name: 'บ้าน' })).id;
    await store.importLedgerCsv(householdId, csvOf('fair', '2024-07', [4], 1500));
    expect(await layout(store)).to.deep.equal([[householdId, '2024-07-01', 1500]]);
    // 1,501 entries over two days: the 3rd cannot join the 4th's 1,500 under 1,000.
    const early = await store.ledger.add(householdId, {
      date: '2024-07-03',
      kind: 'income',
      category: 'wages',
      amount: '300',
    });
    expect(await layout(store)).to.deep.equal([
      [householdId, '2024-07-01', 1],
      [householdId, '2024-07-04', 1500],
    ]);
    expect(await store.ledger.get(early.id)).to.deep.equal(early);
    await expectLedgerLayout(store);
    const page = await store.ledger.page({ householdId, limit: 2 });
    expect(page.entries.map((entry) => entry.id)).to.deep.equal(['fair-4-999', 'fair-4-998']);
  });
});
