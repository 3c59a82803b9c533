import { expect } from 'chai';
import type { LedgerRecord, SajjaStore } from '../src/index.js';
import { FreshStores, rejection, storedLedgerEntries } from './helpers.js';

describe('store.ledger', () => {
  const stores = new FreshStores();
  let store: SajjaStore;
  let householdId: string;
  afterEach(() => stores.cleanUp());
  beforeEach(async () => {
    store = await stores.open();
    householdId = (await store.households.add({ name: 'บ้านนายสมชาย' })).id;
  });

  const food = (date: string, amount: string, extra: object = {}) =>
    store.ledger.add(householdId, { date, kind: 'expense', category: 'food', amount, ...extra });
  const wages = (date: string, amount: string) =>
    store.ledger.add(householdId, { date, kind: 'income', category: 'wages', amount });

  describe('add', () => {
    it('validates through the core, normalises and returns the record as stored', async () => {
      const entry = await food('2024-03-05', '1,234.5', { note: '  ข้าวสาร  ' });
      expect(entry).to.include({
        householdId,
        date: '2024-03-05',
        kind: 'expense',
        category: 'food',
        amount: '1234.50',
        note: 'ข้าวสาร',
      });
      expect(entry.id).to.match(/^[0-9a-f-]{36}$/);
      expect(entry.recordedAt).to.match(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      expect(await store.ledger.get(entry.id)).to.deep.equal(entry);
      const changes = await store.changes.list({ table: 'ledger', recordId: entry.id });
      expect(changes.map((change) => change.action)).to.deep.equal(['add']);
      expect(changes[0]!.at).to.equal(entry.recordedAt);
    });

    it('refuses an invalid entry with every problem, and writes nothing', async () => {
      const error = await rejection(
        store.ledger.add(householdId, {
          date: '2024-02-30',
          kind: 'income',
          category: 'food',
          amount: '0',
        }),
        'INVALID_ARGUMENT',
        'invalid-ledger-entry',
      );
      expect(error.problems.map((problem) => [problem.path, problem.reason])).to.deep.equal([
        ['date', 'not-a-date'],
        ['category', 'category-kind-mismatch'],
        ['amount', 'not-positive'],
      ]);
      expect(await store.ledger.count({ householdId })).to.equal(0);
      expect(await store.changes.list({ table: 'ledger' })).to.deep.equal([]);
    });

    it('refuses an unknown household', async () => {
      const error = await rejection(
        store.ledger.add('nobody', {
          date: '2024-01-01',
          kind: 'income',
          category: 'wages',
          amount: '1',
        }),
        'INVALID_ARGUMENT',
        'unknown-record',
      );
      expect(error.details).to.deep.equal({ table: 'households', id: 'nobody' });
      expect(await storedLedgerEntries(store)).to.equal(0);
    });

    it('refuses an id that is taken instead of overwriting, and logs one change only', async () => {
      const first = await food('2024-01-01', '10', { id: 'e1' });
      await rejection(food('2024-01-02', '99', { id: 'e1' }), 'INVALID_ARGUMENT', 'duplicate-id');
      expect(await store.ledger.get('e1')).to.deep.equal(first);
      expect((await store.changes.list({ table: 'ledger' })).length).to.equal(1);
    });

    it('accepts a correction through add only when it repeats the entry it cancels', async () => {
      const sale = await store.ledger.add(householdId, {
        date: '2024-03-01',
        kind: 'income',
        category: 'farming',
        amount: '500',
      });
      const wrong = await rejection(
        store.ledger.add(householdId, {
          date: '2024-03-02',
          kind: 'income',
          category: 'farming',
          amount: '400',
          reverses: sale.id,
        }),
        'INVALID_ARGUMENT',
        'invalid-ledger-entry',
      );
      expect(wrong.problems).to.deep.equal([
        { path: 'reverses', reason: 'reversal-mismatch', details: { id: sale.id } },
      ]);
      const right = await store.ledger.add(householdId, {
        date: '2024-03-02',
        kind: 'income',
        category: 'farming',
        amount: '500.00',
        reverses: sale.id,
      });
      const actions = await store.changes.list({ table: 'ledger', recordId: right.id });
      expect(actions.map((change) => change.action)).to.deep.equal(['reverse']);
      expect(await store.ledger.list({ householdId })).to.deep.equal([]);
    });
  });

  describe('reverse', () => {
    it('appends a reversal and keeps both in the history', async () => {
      const sale = await store.ledger.add(householdId, {
        date: '2024-03-01',
        kind: 'income',
        category: 'farming',
        amount: '500',
        organisationId: 'org-1',
      });
      const fix = await store.ledger.reverse(sale.id, { date: '2024-04-02', note: 'typed twice' });
      expect(fix).to.include({
        householdId,
        date: '2024-04-02',
        kind: 'income',
        category: 'farming',
        amount: '500.00',
        organisationId: 'org-1',
        note: 'typed twice',
        reverses: sale.id,
      });
      expect(fix.id).to.not.equal(sale.id);
      expect(await store.ledger.get(sale.id)).to.deep.equal(sale);
      expect(await store.ledger.list({ householdId })).to.deep.equal([]);
      const all = await store.ledger.list({ householdId, includeReversed: true });
      expect(all.map((entry) => entry.id)).to.deep.equal([sale.id, fix.id]);
      const log = await store.changes.list({ table: 'ledger' });
      expect(log.map((change) => [change.recordIds, change.action])).to.deep.equal([
        [[sale.id], 'add'],
        [[fix.id], 'reverse'],
      ]);
    });

    it('dates the correction today by default', async () => {
      const entry = await food('2024-01-01', '10');
      const fix = await store.ledger.reverse(entry.id);
      const now = new Date();
      const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
      expect(fix.date).to.equal(today);
    });

    it('refuses a second reversal, reversing a reversal, a deleted entry and an unknown id', async () => {
      const entry = await food('2024-01-01', '10');
      const fix = await store.ledger.reverse(entry.id, { date: '2024-01-02' });
      await rejection(store.ledger.reverse(entry.id), 'INVALID_ARGUMENT', 'already-reversed');
      await rejection(store.ledger.reverse(fix.id), 'INVALID_ARGUMENT', 'reverses-reversal');
      const other = await food('2024-01-03', '20');
      await store.ledger.remove(other.id);
      await rejection(store.ledger.reverse(other.id), 'INVALID_ARGUMENT', 'reverses-deleted');
      await rejection(store.ledger.reverse('missing'), 'INVALID_ARGUMENT', 'unknown-record');
      await rejection(
        store.ledger.reverse(entry.id, { date: '2024-13-01' }),
        'INVALID_ARGUMENT',
        'already-reversed',
      );
      const third = await food('2024-01-04', '30');
      await rejection(
        store.ledger.reverse(third.id, { date: '2024-13-01' }),
        'INVALID_ARGUMENT',
        'invalid-ledger-entry',
      );
      expect(await storedLedgerEntries(store)).to.equal(4);
    });
  });

  describe('remove', () => {
    it('soft-deletes: the entry stays, flagged, and counts nowhere', async () => {
      const keep = await food('2024-01-10', '100');
      const mistake = await food('2024-01-11', '999');
      const removed = await store.ledger.remove(mistake.id);
      expect(removed.deletedAt).to.match(/^\d{4}-\d\d-\d\dT/);
      expect(await store.ledger.get(mistake.id)).to.deep.equal({
        ...mistake,
        deletedAt: removed.deletedAt,
      });
      expect((await store.ledger.list({ householdId })).map((entry) => entry.id)).to.deep.equal([
        keep.id,
      ]);
      const withDeleted = await store.ledger.list({ householdId, includeDeleted: true });
      expect(withDeleted.map((entry) => entry.id)).to.have.members([keep.id, mistake.id]);
      expect(await store.ledger.count({ householdId })).to.equal(1);
      const summary = await store.ledger.summary({
        householdId,
        from: '2024-01-01',
        to: '2024-01-31',
        by: 'month',
      });
      expect(String(summary.total.expense)).to.equal('100.00');
      expect(summary.total.daysWithEntries).to.equal(1);
      const log = await store.changes.list({ table: 'ledger', recordId: mistake.id });
      expect(log.map((change) => change.action)).to.deep.equal(['add', 'delete']);
      expect(log[1]!.at).to.equal(removed.deletedAt);
    });

    it('changes nothing when the entry is deleted already', async () => {
      const entry = await food('2024-01-10', '100');
      const first = await store.ledger.remove(entry.id);
      expect(await store.ledger.remove(entry.id)).to.deep.equal(first);
      expect((await store.changes.list({ table: 'ledger', recordId: entry.id })).length).to.equal(
        2,
      );
    });

    it('keeps a reversed entry and its reversal: they are history', async () => {
      const entry = await food('2024-01-10', '100');
      const fix = await store.ledger.reverse(entry.id, { date: '2024-01-11' });
      await rejection(store.ledger.remove(entry.id), 'INVALID_ARGUMENT', 'part-of-reversal');
      await rejection(store.ledger.remove(fix.id), 'INVALID_ARGUMENT', 'part-of-reversal');
      await rejection(store.ledger.remove('missing'), 'INVALID_ARGUMENT', 'unknown-record');
    });
  });

  describe('list', () => {
    it('returns one household’s entries in a date range, oldest first, ties by id', async () => {
      const other = await store.households.add({ name: 'บ้านนางมาลี' });
      await store.ledger.add(other.id, {
        date: '2024-02-01',
        kind: 'income',
        category: 'wages',
        amount: '1',
      });
      const ids = ['c', 'a', 'b'];
      for (const id of ids) await food('2024-02-01', '5', { id });
      await food('2024-01-31', '5', { id: 'z-before' });
      await food('2024-02-29', '5', { id: 'y-last-day' });
      await food('2024-03-01', '5', { id: 'x-after' });
      const february = await store.ledger.list({
        householdId,
        from: '2024-02-01',
        to: '2024-02-29',
      });
      expect(february.map((entry) => entry.id)).to.deep.equal(['a', 'b', 'c', 'y-last-day']);
      const all = await store.ledger.list({ householdId });
      expect(all.map((entry) => entry.id)).to.deep.equal([
        'z-before',
        'a',
        'b',
        'c',
        'y-last-day',
        'x-after',
      ]);
    });

    it('refuses a bad date', async () => {
      await rejection(store.ledger.list({ householdId, from: '2024-02-30' }), 'INVALID_DATE');
    });
  });

  describe('page', () => {
    it('pages newest first without gaps or repeats, however many entries share a day', async () => {
      const dates = ['2024-01-01', '2024-01-02', '2024-01-02', '2024-01-02', '2024-01-03'];
      const written: LedgerRecord[] = [];
      for (let i = 0; i < 23; i++)
        written.push(await food(dates[i % dates.length]!, String(i + 1)));
      const expected = [...written]
        .sort((a, b) => (a.date === b.date ? (a.id < b.id ? 1 : -1) : a.date < b.date ? 1 : -1))
        .map((entry) => entry.id);
      const seen: string[] = [];
      let before: string | undefined;
      let pages = 0;
      do {
        const page = await store.ledger.page({
          householdId,
          limit: 5,
          ...(before ? { before } : {}),
        });
        seen.push(...page.entries.map((entry) => entry.id));
        before = page.nextCursor;
        pages++;
        // An entry written between pages is newer than the cursor and never shifts a page.
        if (pages === 2) await food('2024-01-03', '1000');
      } while (before !== undefined);
      expect(seen).to.deep.equal(expected);
      expect(pages).to.equal(5); // 23 entries, 5 a page: 5, 5, 5, 5, 3
    });

    it('pages past hidden, deleted and same-day entries exactly as the list shows them', async () => {
      const dates = ['2024-05-01', '2024-05-02', '2024-05-02'];
      const written: LedgerRecord[] = [];
      for (let i = 0; i < 15; i++) written.push(await food(dates[i % 3]!, String(i + 1)));
      for (const i of [1, 4, 7]) await store.ledger.reverse(written[i]!.id, { date: '2024-05-02' });
      for (const i of [2, 9]) await store.ledger.remove(written[i]!.id);
      const newestFirst = (entries: LedgerRecord[]) =>
        entries
          .map((entry) => entry.id + ' ' + entry.date)
          .sort((a, b) => {
            const [idA, dateA] = a.split(' ');
            const [idB, dateB] = b.split(' ');
            return dateA === dateB ? (idA! < idB! ? 1 : -1) : dateA! < dateB! ? 1 : -1;
          })
          .map((text) => text.split(' ')[0]);
      for (const includeReversed of [false, true]) {
        const expected = newestFirst(await store.ledger.list({ householdId, includeReversed }));
        // 15 entries, 3 corrections, 2 deleted: 10 shown without the 3 pairs, 16 with them.
        expect(expected.length).to.equal(includeReversed ? 16 : 10);
        const seen: string[] = [];
        let before: string | undefined;
        do {
          const page = await store.ledger.page({
            householdId,
            limit: 2,
            includeReversed,
            ...(before ? { before } : {}),
          });
          expect(page.entries.length).to.be.at.most(2);
          seen.push(...page.entries.map((entry) => entry.id));
          before = page.nextCursor;
        } while (before !== undefined);
        expect(seen).to.deep.equal(expected);
      }
    });

    it('gives no cursor when the page is the last, even when exactly full', async () => {
      for (let i = 0; i < 4; i++) await food('2024-01-01', '1');
      const page = await store.ledger.page({ householdId, limit: 4 });
      expect(page.entries.length).to.equal(4);
      expect(page.nextCursor).to.equal(undefined);
    });

    it('hides corrections and deleted entries, or shows corrections and names the reversed', async () => {
      const a = await food('2024-01-01', '1');
      const b = await food('2024-01-02', '2');
      const c = await food('2024-01-03', '3');
      const fix = await store.ledger.reverse(a.id, { date: '2024-01-04' });
      await store.ledger.remove(b.id);
      const plain = await store.ledger.page({ householdId, limit: 10 });
      expect(plain.entries.map((entry) => entry.id)).to.deep.equal([c.id]);
      expect(plain.reversed).to.deep.equal([]);
      const full = await store.ledger.page({ householdId, limit: 10, includeReversed: true });
      expect(full.entries.map((entry) => entry.id)).to.deep.equal([fix.id, c.id, a.id]);
      expect(full.reversed).to.deep.equal([a.id]);
    });

    it('refuses a bad limit or cursor', async () => {
      for (const limit of [0, 1.5, 1001, Number.NaN]) {
        await rejection(
          store.ledger.page({ householdId, limit }),
          'INVALID_ARGUMENT',
          'invalid-option',
        );
      }
      await rejection(
        store.ledger.page({ householdId, limit: 5, before: 'not a cursor' }),
        'INVALID_ARGUMENT',
        'invalid-option',
      );
    });
  });

  describe('count', () => {
    it('counts what the list shows', async () => {
      const entries = [];
      for (let i = 1; i <= 5; i++) entries.push(await food(`2024-01-0${i}`, String(i)));
      await store.ledger.reverse(entries[0]!.id, { date: '2024-01-09' });
      await store.ledger.remove(entries[1]!.id);
      // 6 records: 5 entries and 1 correction; the deleted one and the reversed pair do not count.
      expect(await store.ledger.count({ householdId })).to.equal(3);
      expect(await store.ledger.count({ householdId, includeReversed: true })).to.equal(5);
      expect((await store.ledger.list({ householdId })).length).to.equal(3);
      expect((await store.ledger.list({ householdId, includeReversed: true })).length).to.equal(5);
    });
  });

  describe('summary', () => {
    it('sums by month with corrections cancelling in the original’s month', async () => {
      await wages('2024-01-05', '10000');
      await food('2024-01-06', '2500');
      await store.ledger.add(householdId, {
        date: '2024-01-20',
        kind: 'expense',
        category: 'savings-deposit',
        amount: '1000',
      });
      const typo = await food('2024-02-10', '300');
      await wages('2024-02-15', '8000');
      // Corrected in March, dated after the range: February still loses the 300.
      await store.ledger.reverse(typo.id, { date: '2024-03-02' });
      const deleted = await food('2024-02-11', '50');
      await store.ledger.remove(deleted.id);

      const { periods, total } = await store.ledger.summary({
        householdId,
        from: '2024-01-01',
        to: '2024-02-29',
        by: 'month',
      });
      expect(periods.map((period) => period.period)).to.deep.equal(['2024-01', '2024-02']);
      // January: income 10,000; expense 2,500 + 1,000 = 3,500; net 6,500; savings 1,000 = 10 %.
      expect(String(periods[0]!.income)).to.equal('10000.00');
      expect(String(periods[0]!.expense)).to.equal('3500.00');
      expect(String(periods[0]!.net)).to.equal('6500.00');
      expect(periods[0]!.savingsRate).to.equal('10.00');
      expect(periods[0]!.daysWithEntries).to.equal(3);
      // February: income 8,000; the 300 is corrected and the 50 deleted: no expense.
      expect(String(periods[1]!.expense)).to.equal('0.00');
      expect(String(periods[1]!.net)).to.equal('8000.00');
      // The corrected entry's day still shows the book was kept; the deleted one's does not.
      expect(periods[1]!.daysWithEntries).to.equal(2);
      expect(String(total.net)).to.equal('14500.00');
    });
  });

  it('keeps two households apart', async () => {
    const other = await store.households.add({ name: 'บ้านนางมาลี' });
    await wages('2024-01-01', '100');
    await store.ledger.add(other.id, {
      date: '2024-01-01',
      kind: 'income',
      category: 'wages',
      amount: '7',
    });
    expect(
      (await store.ledger.list({ householdId: other.id })).map((entry) => entry.amount),
    ).to.deep.equal(['7.00']);
    expect(await store.ledger.count({ householdId })).to.equal(1);
  });
});
