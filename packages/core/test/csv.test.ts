import { expect } from 'chai';
import fc from 'fast-check';
import { formatCsv, parseCsv, unguardCsvCell } from '../src/text/csv.js';
import { expectSajjaError } from './expect-sajja-error.js';

describe('parseCsv', () => {
  it('reads cells and records with CRLF, LF or lone CR line ends', () => {
    const expected = [
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
    ];
    expect(parseCsv('a,b\r\nc,d\r\ne,f\r\n').rows).to.deep.equal(expected);
    expect(parseCsv('a,b\nc,d\ne,f').rows).to.deep.equal(expected);
    expect(parseCsv('a,b\rc,d\r\ne,f\n').rows).to.deep.equal(expected);
  });

  it('reads quoted cells with commas, doubled quotes and line breaks', () => {
    const { rows, lines } = parseCsv(
      'id,note\r\n1,"ข้าวสาร, ไข่"\r\n2,"he said ""hi"""\r\n3,"two\r\nlines\nand three"\r\n4,""\r\n',
    );
    expect(rows).to.deep.equal([
      ['id', 'note'],
      ['1', 'ข้าวสาร, ไข่'],
      ['2', 'he said "hi"'],
      ['3', 'two\r\nlines\nand three'],
      ['4', ''],
    ]);
    // Record 4 starts on line 7: record 3 spans lines 4 to 6.
    expect(lines).to.deep.equal([1, 2, 3, 4, 7]);
  });

  it('skips a leading byte-order mark, but only at the very start', () => {
    expect(parseCsv('\uFEFFdate,amount\n').rows).to.deep.equal([['date', 'amount']]);
    expect(parseCsv('a,\uFEFFb\n').rows).to.deep.equal([['a', '\uFEFFb']]);
  });

  it('does not start another record after the final line break, with or without one', () => {
    expect(parseCsv('a,b\r\n').rows).to.deep.equal([['a', 'b']]);
    expect(parseCsv('a,b').rows).to.deep.equal([['a', 'b']]);
    expect(parseCsv('').rows).to.deep.equal([]);
    expect(parseCsv('\uFEFF').rows).to.deep.equal([]);
  });

  it('keeps empty cells, blank lines and a trailing comma', () => {
    const { rows, lines } = parseCsv('a,,c\n\n,\nx,\n');
    expect(rows).to.deep.equal([['a', '', 'c'], [''], ['', ''], ['x', '']]);
    expect(lines).to.deep.equal([1, 2, 3, 4]);
  });

  it('keeps cells exactly: spaces, Thai text, quotes inside an unquoted cell', () => {
    expect(parseCsv(' สมศรี , 12" pipe ,\'=1+1').rows).to.deep.equal([
      [' สมศรี ', ' 12" pipe ', "'=1+1"],
    ]);
  });

  it('refuses a quoted cell that never ends, naming the line where it starts', () => {
    const error = expectSajjaError(
      () => parseCsv('a,b\n1,2\n3,"never\nends\n'),
      'INVALID_ARGUMENT',
      'csv-unclosed-quote',
    );
    expect(error.details).to.deep.equal({ line: 3 });
  });

  it('refuses text after a closing quote', () => {
    const error = expectSajjaError(
      () => parseCsv('a\n"x\ny"z,1\n'),
      'INVALID_ARGUMENT',
      'csv-text-after-quote',
    );
    expect(error.details).to.deep.equal({ line: 2 });
  });

  it('refuses what is not text', () => {
    expectSajjaError(() => parseCsv(undefined as never), 'INVALID_ARGUMENT', 'invalid-option');
  });
});

describe('formatCsv', () => {
  it('writes CRLF after every record and quotes only where needed', () => {
    expect(
      formatCsv([
        ['date', 'note'],
        ['2024-01-05', 'ข้าวสาร, ไข่'],
        ['2024-01-06', 'said "hi"'],
        ['2024-01-07', 'two\nlines'],
        ['2024-01-08', ' spaced '],
      ]),
    ).to.equal(
      'date,note\r\n2024-01-05,"ข้าวสาร, ไข่"\r\n2024-01-06,"said ""hi"""\r\n' +
        '2024-01-07,"two\nlines"\r\n2024-01-08, spaced \r\n',
    );
  });

  it('starts with a byte-order mark when asked, for Excel to read Thai', () => {
    expect(formatCsv([['ชื่อ']], { bom: true })).to.equal('\uFEFFชื่อ\r\n');
    expect(formatCsv([['ชื่อ']])).to.equal('ชื่อ\r\n');
  });

  it('quotes a cell starting with a byte-order mark, so it is not read as the file’s own', () => {
    const text = formatCsv([['\uFEFFx', 'y']]);
    expect(text).to.equal('"\uFEFFx",y\r\n');
    expect(parseCsv(text).rows).to.deep.equal([['\uFEFFx', 'y']]);
  });

  it('guards cells a spreadsheet would run as formulas with a leading quote', () => {
    const cells = ['=HYPERLINK("http://x")', '+1', '-2', '@SUM(A1)', '\tx', '\rx'];
    expect(formatCsv([cells])).to.equal(
      '"\'=HYPERLINK(""http://x"")",\'+1,\'-2,\'@SUM(A1),\'\tx,"\'\rx"\r\n',
    );
  });

  it('guards the full-width ＝ ＋ － ＠ as it guards their ASCII twins', () => {
    expect(formatCsv([['＝HYPERLINK("http://x")', '＋1', '－2', '＠SUM(A1)']])).to.equal(
      '"\'＝HYPERLINK(""http://x"")",\'＋1,\'－2,\'＠SUM(A1)\r\n',
    );
  });

  it('adds a quote to a cell already starting with one, and nothing to other cells', () => {
    expect(formatCsv([["'quoted", "''", 'a=b', ' =x', '1-2']])).to.equal(
      "''quoted,''',a=b, =x,1-2\r\n",
    );
  });

  it('writes cells as they are when the guard is off', () => {
    expect(formatCsv([['=1', "'x", '-2']], { guardFormulas: false })).to.equal("=1,'x,-2\r\n");
  });
});

describe('unguardCsvCell', () => {
  it('removes exactly the one quote the guard added', () => {
    expect(unguardCsvCell("'=1+1")).to.equal('=1+1');
    expect(unguardCsvCell("'-5")).to.equal('-5');
    expect(unguardCsvCell("'\tx")).to.equal('\tx');
    expect(unguardCsvCell("''quoted")).to.equal("'quoted");
    expect(unguardCsvCell("'''")).to.equal("''");
    expect(unguardCsvCell("'＝1+1")).to.equal('＝1+1');
    expect(unguardCsvCell("'＠x")).to.equal('＠x');
  });

  it('leaves a quote a person typed before ordinary text, and every other cell', () => {
    for (const cell of ["'rice", "'", '', 'plain', '=1', "x'=1"]) {
      expect(unguardCsvCell(cell), cell).to.equal(cell);
    }
  });
});

describe('CSV round trip (fast-check)', () => {
  const cell = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 12 }),
    fc
      .tuple(
        fc.constantFrom(
          '=',
          '+',
          '-',
          '@',
          '＝',
          '＋',
          '－',
          '＠',
          '\t',
          '\r',
          "'",
          "''",
          '"',
          ',',
          '\n',
          '\uFEFF',
          '',
        ),
        fc.string({ unit: 'binary', maxLength: 6 }),
      )
      .map(([start, rest]) => start + rest),
  );
  const rows = fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 6 });

  it('reads back what it writes, with and without the guard and the mark', () => {
    fc.assert(
      fc.property(rows, fc.boolean(), (table, bom) => {
        expect(parseCsv(formatCsv(table, { bom, guardFormulas: false })).rows).to.deep.equal(table);
        const guarded = parseCsv(formatCsv(table, { bom })).rows;
        expect(guarded.map((row) => row.map(unguardCsvCell))).to.deep.equal(table);
      }),
      { numRuns: 200 },
    );
  });

  it('never writes a cell a spreadsheet would run as a formula', () => {
    fc.assert(
      fc.property(rows, (table) => {
        for (const row of parseCsv(formatCsv(table)).rows) {
          for (const written of row) expect(written).to.not.match(/^[=+\-@＝＋－＠\t\r]/);
        }
      }),
      { numRuns: 200 },
    );
  });
});
