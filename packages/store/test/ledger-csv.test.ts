import { expect } from 'chai';
import type { LedgerRecord, SajjaStore } from '../src/index.js';
import { FreshStores, rejection, storedLedgerEntries } from './helpers.js';

const HEADER = 'date,kind,category,amount,note';

describe('importLedgerCsv and exportLedgerCsv', () => {
  const stores = new FreshStores();
  let store: SajjaStore;
  let householdId: string;
  beforeEach(async () => {
    store = await stores.open();
    householdId = (await store.households.add({ name: 'บ้าน' })).id;
  });
  afterEach(() => stores.cleanUp());

  it('imports a household’s own spreadsheet in one go, giving each row an id', async () => {
    const csv = [
      HEADER,
      '2024-01-05,income,farming,"1,200.50",ขายข้าว',
      '15/01/2567,expense,food,120,"ข้าวสาร, ไข่"',
      '2024-01-20,expense,savings-deposit,200,',
    ].join('\r\n');
    const report = await store.importLedgerCsv(householdId, csv);
    expect(report).to.deep.equal({ imported: 3, unchanged: 0, skipped: 0, problems: [] });
    const entries = await store.ledger.list({ householdId });
    expect(entries.map((e) => [e.date, e.category, e.amount, e.note])).to.deep.equal([
      ['2024-01-05', 'farming', '1200.50', 'ขายข้าว'],
      ['2024-01-15', 'food', '120.00', 'ข้าวสาร, ไข่'],
      ['2024-01-20', 'savings-deposit', '200.00', undefined],
    ]);
    // One import, one change record naming every entry it wrote.
    const log = await store.changes.list({ table: 'ledger' });
    expect(log.map((change) => change.action)).to.deep.equal(['import']);
    expect([...log[0]!.recordIds].sort()).to.deep.equal(entries.map((entry) => entry.id).sort());
    // Found by any entry it names, and so is a later change of that entry.
    await store.ledger.remove(entries[1]!.id);
    const history = await store.changes.list({ recordId: entries[1]!.id });
    expect(history.map((change) => [change.seq, change.action])).to.deep.equal([
      [log[0]!.seq, 'import'],
      [log[0]!.seq + 1, 'delete'],
    ]);
    expect(await store.changes.list({ recordId: 'nobody' })).to.deep.equal([]);
  });

  it('accepts the utilities and cuttable categories, and sums them in the monthly summary', async () => {
    const csv = [
      HEADER,
      '2024-02-03,expense,utilities,450,ค่าไฟ',
      '2024-02-09,expense,cuttable,120,หวย',
      '2024-02-10,expense,food,80,',
    ].join('\r\n');
    const report = await store.importLedgerCsv(householdId, csv);
    expect(report).to.deep.equal({ imported: 3, unchanged: 0, skipped: 0, problems: [] });
    await store.ledger.add(householdId, {
      date: '2024-02-20',
      kind: 'expense',
      category: 'cuttable',
      amount: '30',
    });
    // Read from the monthly sums the store keeps, as after a reload.
    const summary = await store.ledger.summary({
      householdId,
      from: '2024-02-01',
      to: '2024-02-29',
      by: 'month',
    });
    expect(String(summary.total.byCategory.utilities)).to.equal('450.00');
    expect(String(summary.total.byCategory.cuttable)).to.equal('150.00');
    expect(String(summary.total.expense)).to.equal('680.00');
  });

  it('reports bad rows with their line numbers and writes nothing', async () => {
    const csv = [
      HEADER,
      '2024-01-05,income,farming,100,ok',
      '2024-01-06,income,food,100,"two',
      'lines"',
      '2024-02-30,expense,food,12.345,bad',
      '2024-01-07,expense,food,5',
    ].join('\n');
    const report = await store.importLedgerCsv(householdId, csv);
    expect(report.imported).to.equal(0);
    expect(report.problems.map((p) => [p.line, p.path, p.reason])).to.deep.equal([
      [3, 'category', 'category-kind-mismatch'],
      [5, 'date', 'not-a-date'],
      [5, 'amount', 'not-an-amount'],
      [6, '', 'csv-wrong-cell-count'],
    ]);
    expect(await storedLedgerEntries(store)).to.equal(0);
    expect(await store.changes.list({ table: 'ledger' })).to.deep.equal([]);
  });

  it('imports the good rows and counts the skipped ones with skipInvalid', async () => {
    const csv = [
      HEADER,
      '2024-01-05,income,farming,100,',
      '2024-01-06,income,food,100,',
      'x,y,z,w,v',
    ].join('\n');
    const report = await store.importLedgerCsv(householdId, csv, { skipInvalid: true });
    expect(report.imported).to.equal(1);
    expect(report.skipped).to.equal(2);
    expect(report.problems.map((p) => p.line)).to.include.members([3, 4]);
    expect((await store.ledger.list({ householdId })).map((e) => e.amount)).to.deep.equal([
      '100.00',
    ]);
  });

  it('reports a bad header as one problem on line 1', async () => {
    const report = await store.importLedgerCsv(householdId, 'when,what\n2024-01-01,x\n');
    expect(report.problems.map((p) => [p.line, p.reason])).to.deep.equal([[1, 'csv-bad-header']]);
  });

  it('round-trips through CSV: export, import into another database, export again', async () => {
    const sale = await store.ledger.add(householdId, {
      date: '2024-03-01',
      kind: 'income',
      category: 'farming',
      amount: '500',
      note: '=SUM(A1:A9) "quoted", two\nlines',
      organisationId: 'org-1',
    });
    await store.ledger.reverse(sale.id, { date: '2024-03-02', note: "'already quoted" });
    await store.ledger.add(householdId, {
      date: '2024-03-03',
      kind: 'expense',
      category: 'food',
      amount: '0.01',
      note: '-5',
    });
    const deleted = await store.ledger.add(householdId, {
      date: '2024-03-04',
      kind: 'expense',
      category: 'food',
      amount: '9',
    });
    await store.ledger.remove(deleted.id);
    const csv = await store.exportLedgerCsv(householdId);
    expect(
      csv.startsWith('\uFEFFid,date,kind,category,amount,note,organisationId,reverses\r\n'),
    ).to.equal(true);
    expect(csv).to.not.include(deleted.id); // a CSV file carries no deletions

    const other = await stores.open();
    const household = await other.households.add({ name: 'บ้าน', id: householdId });
    const report = await other.importLedgerCsv(household.id, csv);
    expect(report).to.deep.equal({ imported: 3, unchanged: 0, skipped: 0, problems: [] });
    const strip = ({ recordedAt: _r, ...entry }: LedgerRecord) => entry;
    const before = (await store.ledger.list({ householdId, includeReversed: true })).map(strip);
    const after = (await other.ledger.list({ householdId, includeReversed: true })).map(strip);
    expect(after).to.deep.equal(before);
    expect(await other.exportLedgerCsv(household.id)).to.equal(csv);
  });

  it('leaves rows already there alone, and reports changed ones as conflicts', async () => {
    await store.ledger.add(householdId, {
      id: 'e1',
      date: '2024-01-01',
      kind: 'income',
      category: 'wages',
      amount: '10',
    });
    await store.ledger.add(householdId, {
      id: 'e2',
      date: '2024-01-02',
      kind: 'income',
      category: 'wages',
      amount: '20',
    });
    const csv = await store.exportLedgerCsv(householdId, { bom: false });
    expect(await store.importLedgerCsv(householdId, csv)).to.deep.equal({
      imported: 0,
      unchanged: 2,
      skipped: 0,
      problems: [],
    });
    const changed = csv.replace(
      'e2,2024-01-02,income,wages,20.00',
      'e2,2024-01-02,income,wages,25.00',
    );
    const report = await store.importLedgerCsv(householdId, changed);
    expect(report.problems).to.deep.equal([
      { line: 3, path: 'id', reason: 'conflict', details: { id: 'e2' } },
    ]);
    expect((await store.ledger.get('e2'))?.amount).to.equal('20.00');
    // The same id in another household is a conflict too: ids are unique in the database.
    const neighbour = await store.households.add({ name: 'เพื่อนบ้าน' });
    const elsewhere = await store.importLedgerCsv(neighbour.id, csv);
    expect(elsewhere.problems.map((p) => [p.line, p.reason])).to.deep.equal([
      [2, 'conflict'],
      [3, 'conflict'],
    ]);
  });

  it('checks corrections in the file against the file and the database', async () => {
    const entry = await store.ledger.add(householdId, {
      id: 'e1',
      date: '2024-01-01',
      kind: 'income',
      category: 'wages',
      amount: '10',
    });
    const csv = [
      'id,date,kind,category,amount,reverses',
      'r1,2024-01-02,income,wages,10,e1',
      'r2,2024-01-03,income,wages,10,e1',
      'r3,2024-01-03,income,wages,10,nothing',
      'n1,2024-01-04,expense,food,7,',
      'r4,2024-01-05,expense,food,8,n1',
    ].join('\n');
    const report = await store.importLedgerCsv(householdId, csv);
    expect(report.problems.map((p) => [p.line, p.reason])).to.deep.equal([
      [3, 'already-reversed'],
      [4, 'unknown-reversed'],
      [6, 'reversal-mismatch'],
    ]);
    expect(await store.ledger.get(entry.id)).to.deep.equal(entry);
    expect(await storedLedgerEntries(store)).to.equal(1);
  });

  it('refuses an unknown household', async () => {
    await rejection(store.importLedgerCsv('nobody', HEADER), 'INVALID_ARGUMENT', 'unknown-record');
    await rejection(store.exportLedgerCsv('nobody'), 'INVALID_ARGUMENT', 'unknown-record');
  });
});
