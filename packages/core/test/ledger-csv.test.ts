import { expect } from 'chai';
import fc from 'fast-check';
import { money } from '../src/index.js';
import { LEDGER_CATEGORIES } from '../src/ledger/ledger-categories.js';
import { LEDGER_CSV_COLUMNS, ledgerFromCsv, ledgerToCsv } from '../src/ledger/ledger-csv.js';
import type { LedgerEntry } from '../src/ledger/ledger-entry.js';
import { validateLedgerEntry, type ValidLedgerEntry } from '../src/ledger/validate-ledger-entry.js';
import { satangToText } from './arbitraries.js';

const HEADER = 'id,date,kind,category,amount,note,organisationId,reverses';

const entries: LedgerEntry[] = [
  { id: 'e1', date: '2024-01-05', kind: 'income', category: 'farming', amount: '10000.00' },
  {
    id: 'e2',
    date: '2024-01-06',
    kind: 'expense',
    category: 'food',
    amount: money('1250.5'),
    note: 'ข้าวสาร, ไข่ "เบอร์ 0"\nและน้ำปลา',
  },
  {
    id: 'e3',
    date: '2024-01-20',
    kind: 'expense',
    category: 'savings-deposit',
    amount: '100.00',
    note: '=สัจจะ',
    organisationId: 'group-1',
  },
  {
    id: 'e4',
    date: '2024-02-01',
    kind: 'expense',
    category: 'food',
    amount: '1250.50',
    reverses: 'e2',
  },
];

/** Lines of a CSV text, without the mark, for readable expectations. */
const csvLines = (text: string) => text.replace(/^\uFEFF/, '').split('\r\n');

describe('ledgerToCsv', () => {
  it('writes a header and one row per entry, CRLF, with a byte-order mark for Excel', () => {
    const text = ledgerToCsv(entries);
    expect(text.startsWith('\uFEFF' + HEADER + '\r\n')).to.equal(true);
    expect(csvLines(text)).to.deep.equal([
      HEADER,
      'e1,2024-01-05,income,farming,10000.00,,,',
      'e2,2024-01-06,expense,food,1250.50,"ข้าวสาร, ไข่ ""เบอร์ 0""\nและน้ำปลา",,',
      "e3,2024-01-20,expense,savings-deposit,100.00,'=สัจจะ,group-1,",
      'e4,2024-02-01,expense,food,1250.50,,,e2',
      '',
    ]);
    expect(LEDGER_CSV_COLUMNS.join(',')).to.equal(HEADER);
  });

  it('leaves out the mark when asked, and writes only a header for no entries', () => {
    expect(ledgerToCsv([], { bom: false })).to.equal(HEADER + '\r\n');
  });

  it('writes entries as they are, without validating them: a backup must not fail', () => {
    const odd = { ...entries[0]!, amount: '1,000', category: 'lottery' };
    expect(csvLines(ledgerToCsv([odd]))[1]).to.equal('e1,2024-01-05,income,lottery,"1,000",,,');
  });
});

describe('ledgerFromCsv', () => {
  it('reads back what ledgerToCsv wrote, normalised, with the line of each row', () => {
    const { entries: read, lines, problems } = ledgerFromCsv(ledgerToCsv(entries));
    expect(problems).to.deep.equal([]);
    expect(read).to.deep.equal(entries.map(validateLedgerEntry));
    expect(read[2]!.note).to.equal('=สัจจะ');
    // The note of e2 spans lines 3 and 4, so e3 starts on line 5.
    expect(lines).to.deep.equal([2, 3, 5, 6]);
  });

  it('reads a household’s own file: columns in any order and case, Thai dates, typed amounts', () => {
    const text =
      'Date,Amount,Kind,Category,Note\n' +
      '15/01/2567,"1,200",expense,food,ข้าวสาร\n' +
      '๑๖ ม.ค. ๒๕๖๗,฿50,income,trade, ขายผัก \n' +
      ',,,,\n' +
      '2024-01-17, 99.5 , expense , transport ,\n';
    let next = 0;
    const { entries: read, problems } = ledgerFromCsv(text, { generateId: () => `g${++next}` });
    expect(problems).to.deep.equal([]);
    expect(read).to.deep.equal([
      {
        id: 'g1',
        date: '2024-01-15',
        kind: 'expense',
        category: 'food',
        amount: '1200.00',
        note: 'ข้าวสาร',
      },
      {
        id: 'g2',
        date: '2024-01-16',
        kind: 'income',
        category: 'trade',
        amount: '50.00',
        note: 'ขายผัก',
      },
      { id: 'g3', date: '2024-01-17', kind: 'expense', category: 'transport', amount: '99.50' },
    ]);
  });

  it('reports an empty id as required when it cannot make one', () => {
    const text = `${HEADER}\n,2024-01-05,income,farming,10.00,,,\n`;
    expect(ledgerFromCsv(text).problems).to.deep.equal([
      { line: 2, path: 'id', reason: 'required' },
    ]);
  });

  it('reports every bad value with its line, column and reason, and keeps the good rows', () => {
    const text =
      `${HEADER}\r\n` +
      'a,2024-01-05,income,farming,10.00,,,\r\n' +
      'b,2024-02-30,income,food,0,"a\nnote",,\r\n' +
      'c,2024-01-07,gift,food,1.005,,,c\r\n' +
      'd,2024-01-08,expense,food,5.00,,,\r\n';
    const { entries: read, lines, problems } = ledgerFromCsv(text);
    expect(read.map((e) => e.id)).to.deep.equal(['a', 'd']);
    expect(lines).to.deep.equal([2, 6]);
    expect(problems).to.deep.equal([
      { line: 3, path: 'date', reason: 'not-a-date', details: { value: '"2024-02-30"' } },
      {
        line: 3,
        path: 'category',
        reason: 'category-kind-mismatch',
        details: { category: 'food', kind: 'income', categoryKind: 'expense' },
      },
      { line: 3, path: 'amount', reason: 'not-positive', details: { value: '0.00' } },
      {
        line: 5,
        path: 'kind',
        reason: 'unknown-kind',
        details: { value: '"gift"', allowed: 'income, expense, transfer' },
      },
      {
        line: 5,
        path: 'amount',
        reason: 'not-an-amount',
        details: { value: '"1.005"', cause: 'too-many-decimals' },
      },
      { line: 5, path: 'reverses', reason: 'reverses-itself', details: { id: 'c' } },
    ]);
  });

  it('reports a row with another number of cells than the header', () => {
    const text = `${HEADER}\na,2024-01-05,income,farming,10.00\nb,2024-01-05,income,farming,10.00,,,,x\n`;
    expect(ledgerFromCsv(text).problems).to.deep.equal([
      { line: 2, path: '', reason: 'csv-wrong-cell-count', details: { expected: 8, found: 5 } },
      { line: 3, path: '', reason: 'csv-wrong-cell-count', details: { expected: 8, found: 9 } },
    ]);
  });

  it('reports a repeated id on the later row, keeping the first, generated ids included', () => {
    const text =
      `${HEADER}\n` +
      'a,2024-01-05,income,farming,10.00,,,\n' +
      ',2024-01-06,income,farming,20.00,,,\n' +
      'a,2024-01-07,income,farming,30.00,,,\n';
    const { entries: read, problems } = ledgerFromCsv(text, { generateId: () => 'a' });
    expect(read.map((e) => e.amount)).to.deep.equal(['10.00']);
    expect(problems).to.deep.equal([
      { line: 3, path: 'id', reason: 'duplicate-id', details: { id: 'a', firstLine: 2 } },
      { line: 4, path: 'id', reason: 'duplicate-id', details: { id: 'a', firstLine: 2 } },
    ]);
  });

  it('reports a correction of a correction in the file, wherever its rows are', () => {
    const text =
      `${HEADER}\n` +
      'undo,2024-01-08,income,farming,10.00,,,fix\n' + // listed before the correction it names
      'a,2024-01-05,income,farming,10.00,,,\n' +
      'fix,2024-01-06,income,farming,10.00,,,a\n' +
      'x,2024-01-07,income,farming,1.00x,,,\n' + // a problem of its own, in line order
      'redo,2024-01-09,income,farming,10.00,,,undo\n';
    const { entries: read, lines, problems } = ledgerFromCsv(text);
    expect(read.map((e) => e.id)).to.deep.equal(['a', 'fix']);
    expect(lines).to.deep.equal([3, 4]);
    expect(problems.map((p) => [p.line, p.path, p.reason])).to.deep.equal([
      [2, 'reverses', 'reverses-reversal'],
      [5, 'amount', 'not-an-amount'],
      [6, 'reverses', 'reverses-reversal'],
    ]);
    expect(problems[0]!.details).to.deep.equal({ id: 'fix' });
  });

  it('leaves second corrections and corrections of ids not in the file to the caller', () => {
    const text =
      `${HEADER}\n` +
      'a,2024-01-05,income,farming,10.00,,,\n' +
      'fix,2024-01-06,income,farming,10.00,,,a\n' +
      'again,2024-01-07,income,farming,10.00,,,a\n' +
      'elsewhere,2024-01-07,income,farming,10.00,,,stored-entry\n';
    const { entries: read, problems } = ledgerFromCsv(text);
    expect(read.map((e) => e.id)).to.deep.equal(['a', 'fix', 'again', 'elsewhere']);
    expect(problems).to.deep.equal([]);
  });

  it('reports a missing, unknown or repeated column as one bad header on line 1', () => {
    for (const header of [
      'id,date,kind,category,note', // no amount
      'id,date,kind,category,amount,memo', // unknown column
      'id,date,kind,category,amount,Amount', // repeated
      '', // blank first line
    ]) {
      const { entries: read, problems } = ledgerFromCsv(
        `${header}\na,2024-01-05,income,farming,1\n`,
      );
      expect(read, header).to.deep.equal([]);
      expect(problems, header).to.deep.equal([
        {
          line: 1,
          path: '',
          reason: 'csv-bad-header',
          details: { expected: HEADER, found: header },
        },
      ]);
    }
    expect(ledgerFromCsv('').problems.map((p) => [p.line, p.reason])).to.deep.equal([
      [1, 'csv-bad-header'],
    ]);
  });

  it('accepts a header only, and a file without a final line break', () => {
    expect(ledgerFromCsv(HEADER)).to.deep.equal({ entries: [], lines: [], problems: [] });
    expect(ledgerFromCsv(`${HEADER}\na,2024-01-05,income,farming,1,,,`).entries).to.have.length(1);
  });

  it('reports broken quoting once, on the line where the cell starts, and reads nothing', () => {
    const text = `${HEADER}\na,2024-01-05,income,farming,1,"never closed,,\n`;
    expect(ledgerFromCsv(text)).to.deep.equal({
      entries: [],
      lines: [],
      problems: [{ line: 2, path: '', reason: 'csv-unclosed-quote' }],
    });
  });

  it('removes the formula guard only where the guard put it', () => {
    const text =
      `${HEADER}\n` +
      "'-a,2024-01-05,income,farming,1,'=1+1,,\n" +
      "b,2024-01-05,income,farming,1,''quoted,,\n" +
      "c,2024-01-05,income,farming,1,'rice,,\n";
    expect(ledgerFromCsv(text).entries.map((e) => [e.id, e.note])).to.deep.equal([
      ['-a', '=1+1'],
      ['b', "'quoted"],
      ['c', "'rice"],
    ]);
  });

  it('guards a note starting with a full-width ＝ ＋ － ＠ and reads it back as typed', () => {
    const notes = ['＝HYPERLINK("http://x")', '＋1', '－2', '＠SUM(A1)'];
    const written = notes.map((note, i) => ({ ...entries[0]!, id: `f${i}`, note }));
    const text = ledgerToCsv(written, { bom: false });
    expect(
      text
        .split('\r\n')
        .slice(1, -1)
        .map((row) => row.split(',')[5]),
    ).to.deep.equal(['"\'＝HYPERLINK(""http://x"")"', "'＋1", "'－2", "'＠SUM(A1)"]);
    expect(ledgerFromCsv(text).entries.map((e) => e.note)).to.deep.equal(notes);
  });
});

describe('ledger CSV round trip (fast-check)', () => {
  const tricky = fc.constantFrom(
    '=',
    '+',
    '-',
    '@',
    '＝',
    '＠',
    "'",
    '"',
    ',',
    '\n',
    '\r\n',
    '\t',
    ' ',
    'ก',
  );
  const text = (maxLength: number) =>
    fc
      .tuple(fc.array(tricky, { maxLength: 3 }), fc.string({ unit: 'binary', maxLength }))
      .map(([start, rest]) => start.join('') + rest);
  const id = fc.oneof(fc.uuid(), text(10)).filter((value) => value.trim() !== '');
  const rawEntry = fc.record(
    {
      id,
      date: fc
        .integer({ min: 0, max: 3000 })
        .map((day) => new Date(Date.UTC(2020, 0, 1 + day)).toISOString().slice(0, 10)),
      category: fc.constantFrom(...LEDGER_CATEGORIES),
      amount: fc.bigInt({ min: 1n, max: 10n ** 17n - 1n }).map(satangToText),
      note: text(40),
      organisationId: id,
      reverses: id,
    },
    { requiredKeys: ['id', 'date', 'category', 'amount'] },
  );
  const ledgers = fc
    .uniqueArray(rawEntry, { selector: (entry) => entry.id, maxLength: 15 })
    .map((raw) =>
      raw.flatMap(({ category, ...rest }): ValidLedgerEntry[] => {
        const candidate = { ...rest, category: category.code, kind: category.kind };
        // An entry cannot reverse itself; the arbitrary may make one, which is not a backup.
        return candidate.reverses === candidate.id ? [] : [validateLedgerEntry(candidate)];
      }),
    )
    // Nor does a backup hold a correction of a correction (the store refuses one).
    .map((list) => {
      const corrections = new Set(list.flatMap((e) => (e.reverses === undefined ? [] : [e.id])));
      return list.filter((e) => e.reverses === undefined || !corrections.has(e.reverses));
    });

  it('reads back exactly the entries it wrote, whatever their text', () => {
    fc.assert(
      fc.property(ledgers, fc.boolean(), (list, bom) => {
        const { entries: read, problems } = ledgerFromCsv(ledgerToCsv(list, { bom }));
        expect(problems).to.deep.equal([]);
        expect(read).to.deep.equal(list);
      }),
      { numRuns: 100 },
    );
  });
});
