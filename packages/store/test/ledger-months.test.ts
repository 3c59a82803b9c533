import { LEDGER_CATEGORIES, summarizeLedger } from '@sajja/core/ledger';
import { expect } from 'chai';
import fc from 'fast-check';
import type { SajjaStore } from '../src/index.js';
import { ledgerDaysBetween, rebuildLedgerMonths } from '../src/ledger-months.js';
import { expectLedgerLayout, FreshStores } from './helpers.js';
import { databaseOf } from '../src/open-store.js';

const date = fc
  .date({
    min: new Date('2023-11-01T00:00:00Z'),
    max: new Date('2024-03-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));
const amount = fc.integer({ min: 1, max: 10_000_00 }).map((satang) => (satang / 100).toFixed(2));
const category = fc.constantFrom(...LEDGER_CATEGORIES);

/** What a household does to its ledger, one step at a time. */
const operation = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant('add' as const), date, category, amount }) },
  {
    weight: 2,
    arbitrary: fc.record({ op: fc.constant('reverse' as const), pick: fc.nat(), date }),
  },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('remove' as const), pick: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('import' as const),
      rows: fc.array(fc.record({ date, category, amount }), { minLength: 1, maxLength: 5 }),
    }),
  },
);

/** A range to sum: whole or partial months, one month or several, by month or year. */
const range = fc
  .tuple(date, date, fc.constantFrom('month' as const, 'year' as const))
  .map(([a, b, by]) => (a <= b ? { from: a, to: b, by } : { from: b, to: a, by }));

async function apply(
  store: SajjaStore,
  householdId: string,
  steps: fc.Arbitrary<unknown> extends never ? never : any[],
) {
  for (const step of steps) {
    const entries = await store.ledger.list({ householdId });
    const target = entries.length > 0 ? entries[step.pick % entries.length] : undefined;
    if (step.op === 'add') {
      await store.ledger.add(householdId, {
        date: step.date,
        kind: step.category.kind,
        category: step.category.code,
        amount: step.amount,
      });
    } else if (step.op === 'reverse' && target) {
      await store.ledger.reverse(target.id, { date: step.date });
    } else if (step.op === 'remove' && target) {
      await store.ledger.remove(target.id);
    } else if (step.op === 'import') {
      const csv = ['date,kind,category,amount']
        .concat(
          step.rows.map(
            (row: { date: string; category: { kind: string; code: string }; amount: string }) =>
              [row.date, row.category.kind, row.category.code, row.amount].join(','),
          ),
        )
        .join('\n');
      const report = await store.importLedgerCsv(householdId, csv);
      expect(report.problems).to.deep.equal([]);
    }
  }
}

describe('monthly ledger sums', () => {
  const stores = new FreshStores();
  afterEach(() => stores.cleanUp());

  it('give the same summary as summarizeLedger over every entry, for any writes and range (property)', async function () {
    this.timeout(120_000);
    await fc.assert(
      fc.asyncProperty(
        fc.array(operation, { maxLength: 14 }),
        fc.array(range, { minLength: 1, maxLength: 4 }),
        async (steps, ranges) => {
          const store = await stores.open();
          const householdId = (await store.households.add({ name: 'บ้าน' })).id;
          await apply(store, householdId, steps);
          const stored = await store.ledger.list({ householdId, includeReversed: true });
          for (const options of ranges) {
            const fromSums = await store.ledger.summary({ householdId, ...options });
            const fromEntries = summarizeLedger(stored, options);
            expect(JSON.stringify(fromSums), JSON.stringify(options)).to.equal(
              JSON.stringify(fromEntries),
            );
            // The days with entries, as the household overview's discipline score reads them.
            const days = [
              ...new Set(
                stored
                  .map((entry) => entry.date)
                  .filter((day) => day >= options.from && day <= options.to),
              ),
            ].sort();
            expect(
              await ledgerDaysBetween(databaseOf(store), householdId, options.from, options.to),
            ).to.deep.equal(days);
          }
          // And the sums kept step by step are the sums computed afresh.
          const kept = await databaseOf(store).ledgerMonths.toArray();
          const db = databaseOf(store);
          await db.transaction('rw', db.ledgerChunks, db.ledgerMonths, () =>
            rebuildLedgerMonths(db),
          );
          expect(await databaseOf(store).ledgerMonths.toArray()).to.deep.equal(kept);
          // And the chunks, the id directory and the corrections are as they must be.
          await expectLedgerLayout(store);
          await stores.cleanUp();
        },
      ),
      { numRuns: 25 },
    );
  });

  it('sum a month by category and count its days, dropping what a deletion empties', async () => {
    const store = await stores.open();
    const householdId = (await store.households.add({ name: 'บ้าน' })).id;
    const add = (date: string, category: string, kind: 'income' | 'expense', amount: string) =>
      store.ledger.add(householdId, { date, kind, category, amount });
    await add('2024-03-05', 'food', 'expense', '120.50');
    await add('2024-03-05', 'food', 'expense', '0.50');
    const wages = await add('2024-03-09', 'wages', 'income', '300');
    const late = await add('2024-04-01', 'food', 'expense', '5');
    await store.ledger.reverse(wages.id, { date: '2024-04-02' });
    expect(await databaseOf(store).ledgerMonths.toArray()).to.deep.equal([
      // March: food 121.00; wages cancelled; days 5 (two entries) and 9 (the corrected one).
      { householdId, month: '2024-03', satang: { food: '121.00' }, days: { '05': 2, '09': 1 } },
      // April: the late entry and the correction's day.
      { householdId, month: '2024-04', satang: { food: '5.00' }, days: { '01': 1, '02': 1 } },
    ]);
    await store.ledger.remove(late.id);
    const april = (await databaseOf(store).ledgerMonths.toArray())[1];
    expect(april).to.deep.equal({ householdId, month: '2024-04', satang: {}, days: { '02': 1 } });
  });
});
