import { checkOptions } from '../errors/check-option-keys.js';
import { SajjaError, invalidOption } from '../errors/sajja-error.js';

/** What {@link parseCsv} returns. */
export interface ParsedCsv {
  /** The records, each a list of cells, in file order. */
  readonly rows: string[][];
  /** For each record, the 1-based line of the text where it starts (for error messages). */
  readonly lines: number[];
}

/** Options for {@link formatCsv}. */
export interface FormatCsvOptions {
  /**
   * Start with a UTF-8 byte-order mark (U+FEFF). Excel reads a CSV file without one in the
   * computer's legacy code page and shows Thai as garbage; with one, it reads UTF-8. Default
   * false: the bare text is what other programs expect.
   */
  readonly bom?: boolean;
  /**
   * Guard cells against formula injection (see {@link formatCsv}). Default true.
   */
  readonly guardFormulas?: boolean;
}

const BOM = '\uFEFF';
const QUOTE = 0x22; // "
const COMMA = 0x2c; // ,
const CR = 0x0d;
const LF = 0x0a;

/**
 * Cells a spreadsheet would run as a formula (OWASP "CSV injection"), or that start with `'`.
 * The full-width forms count too: some spreadsheets read them as their ASCII twins.
 */
const NEEDS_GUARD = /^[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\t\r']/;
/**
 * Cells that need quotes in RFC 4180: a quote, a comma or a line break anywhere; also a
 * leading byte-order mark, which {@link parseCsv} would otherwise take for the file's own.
 */
const NEEDS_QUOTES = /^\uFEFF|[",\r\n]/;

/**
 * Reads CSV text as RFC 4180 describes it: cells separated by commas, records by CRLF, LF or
 * a lone CR; a cell in double quotes may hold commas, line breaks and doubled quotes (`""` for
 * one `"`). A leading UTF-8 byte-order mark is skipped; a line break at the very end does not
 * start another record; a blank line is a record of one empty cell. Quotes inside an unquoted
 * cell are kept as they are (`12" pipe`), as spreadsheets do. Cells are returned exactly, with
 * no trimming and no formula-guard removal (see {@link unguardCsvCell}).
 *
 * @throws {@link "@sajja/core".SajjaError} `INVALID_ARGUMENT` with reason `'csv-unclosed-quote'` when a
 *   quoted cell never ends, or `'csv-text-after-quote'` when a quoted cell is followed by more
 *   text before the next comma or line break (`"a"b`); `details.line` is the line where the
 *   cell starts. `'invalid-option'` when `text` is not a string.
 *
 * @example
 * ```ts
 * parseCsv('name,note\r\nสมศรี,"ข้าว, 2 ถัง"\r\n"Ann","said ""hi""\nthen left"\r\n');
 * // { rows: [['name', 'note'], ['สมศรี', 'ข้าว, 2 ถัง'], ['Ann', 'said "hi"\nthen left']],
 * //   lines: [1, 2, 3] }
 * ```
 */
export function parseCsv(text: string): ParsedCsv {
  if (typeof text !== 'string') throw invalidOption('text', text, 'a string');
  const rows: string[][] = [];
  const lines: number[] = [];
  const end = text.length;
  let at = text.startsWith(BOM) ? 1 : 0;
  let line = 1;
  let row: string[] = [];
  let rowLine = 1;
  while (at < end) {
    let cell: string;
    if (text.charCodeAt(at) === QUOTE) {
      const cellLine = line;
      let value = '';
      let from = at + 1;
      for (;;) {
        const close = text.indexOf('"', from);
        if (close === -1) {
          throw csvError('csv-unclosed-quote', cellLine, 'A quoted cell never ends');
        }
        const part = text.slice(from, close);
        line += lineBreaks(part);
        value += part;
        if (text.charCodeAt(close + 1) === QUOTE) {
          value += '"';
          from = close + 2;
        } else {
          at = close + 1;
          break;
        }
      }
      const next = text.charCodeAt(at);
      if (at < end && next !== COMMA && next !== CR && next !== LF) {
        throw csvError(
          'csv-text-after-quote',
          cellLine,
          'Text follows the closing quote of a cell',
        );
      }
      cell = value;
    } else {
      let stop = at;
      for (; stop < end; stop++) {
        const code = text.charCodeAt(stop);
        if (code === COMMA || code === CR || code === LF) break;
      }
      cell = text.slice(at, stop);
      at = stop;
    }
    row.push(cell);

    const delimiter = text.charCodeAt(at);
    if (delimiter === COMMA) {
      at++;
      // A comma at the very end leaves one more, empty, cell.
      if (at === end) row.push('');
      continue;
    }
    if (delimiter === CR) at += text.charCodeAt(at + 1) === LF ? 2 : 1;
    else if (delimiter === LF) at++;
    rows.push(row);
    lines.push(rowLine);
    row = [];
    line++;
    rowLine = line;
  }
  if (row.length > 0) {
    rows.push(row);
    lines.push(rowLine);
  }
  return { rows, lines };
}

/**
 * Writes rows as CSV (RFC 4180): cells joined by commas, records ended by CRLF (the last one
 * too), a cell quoted when it holds a comma, a quote or a line break (or starts with a
 * byte-order mark), with its quotes doubled. {@link parseCsv} reads back exactly the rows
 * written, except that a row of no cells reads back as one empty cell.
 *
 * **Formula injection guard** (OWASP, "CSV Injection"): a spreadsheet runs a cell that starts
 * with `=`, `+`, `-`, `@` (or their full-width forms `＝`, `＋`, `－`, `＠`), a tab or a carriage
 * return as a formula, so a note such as
 * `=HYPERLINK(…)` typed into a ledger could act when a committee member opens the export.
 * Such a cell is written with a leading `'`, which spreadsheets show as text. To keep the
 * export lossless, a cell that itself starts with `'` gets one more `'` too;
 * {@link unguardCsvCell} removes exactly the one added, so `'=1` reads back as `=1` and `'x`
 * (written `''x`) as `'x`. Pass `guardFormulas: false` for files no spreadsheet will open.
 *
 * A cell is text; a finite number or a bigint is written as `String` writes it.
 *
 * @throws {@link "@sajja/core".SajjaError} `INVALID_ARGUMENT` / `invalid-option` when `rows` is not a list of
 *   lists, a cell is anything else (`details.option` `'rows[2][1]'`; a missing cell too), or
 *   `bom` or `guardFormulas` is not a boolean; `unknown-option` for another option.
 *
 * @example
 * ```ts
 * formatCsv([['note', 'amount'], ['=1+1', '10.00'], ['ข้าว, ปลา', '5.00']]);
 * // 'note,amount\r\n\'=1+1,10.00\r\n"ข้าว, ปลา",5.00\r\n'
 * ```
 */
export function formatCsv(
  rows: readonly (readonly string[])[],
  options: FormatCsvOptions = {},
): string {
  checkOptions(options, ['bom', 'guardFormulas'], 'formatCsv');
  const { bom = false, guardFormulas = true } = options;
  if (typeof bom !== 'boolean') throw invalidOption('bom', bom, 'true or false');
  if (typeof guardFormulas !== 'boolean') {
    throw invalidOption('guardFormulas', guardFormulas, 'true or false');
  }
  if (!Array.isArray(rows)) throw invalidOption('rows', rows, 'a list of rows');
  let text = bom ? BOM : '';
  for (let r = 0; r < rows.length; r++) {
    const row: unknown = rows[r];
    if (!Array.isArray(row)) throw invalidOption(`rows[${r}]`, row, 'a list of cells');
    const cells: string[] = [];
    for (let c = 0; c < row.length; c++) {
      cells.push(formatCell(cellText(row[c], r, c), guardFormulas));
    }
    text += cells.join(',') + '\r\n';
  }
  return text;
}

/**
 * Removes the formula guard {@link formatCsv} adds: one leading `'` when what follows starts
 * with `=`, `+`, `-`, `@`, one of their full-width forms (`＝`, `＋`, `－`, `＠`), a tab, a
 * carriage return or `'`. Any other cell is returned as it
 * is, so a `'` a person typed before ordinary text stays. Use it on cells of files that
 * `formatCsv` (or a program following the same convention) wrote.
 *
 * @example
 * ```ts
 * unguardCsvCell("'=SUM(A1)"); // '=SUM(A1)'
 * unguardCsvCell("''quoted");  // "'quoted"
 * unguardCsvCell("'rice");     // "'rice"
 * ```
 *
 * @throws {@link "@sajja/core".SajjaError} `INVALID_ARGUMENT` / `invalid-option` when `cell` is not a string.
 */
export function unguardCsvCell(cell: string): string {
  if (typeof cell !== 'string') throw invalidOption('cell', cell, 'a string');
  return cell.startsWith("'") && NEEDS_GUARD.test(cell.slice(1)) ? cell.slice(1) : cell;
}

function cellText(cell: unknown, r: number, c: number): string {
  if (typeof cell === 'string') return cell;
  if ((typeof cell === 'number' && Number.isFinite(cell)) || typeof cell === 'bigint') {
    return String(cell);
  }
  throw invalidOption(`rows[${r}][${c}]`, cell, 'text');
}

function formatCell(cell: string, guardFormulas: boolean): string {
  const guarded = guardFormulas && NEEDS_GUARD.test(cell) ? `'${cell}` : cell;
  return NEEDS_QUOTES.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/** Line breaks in `text`, counting CRLF once and a lone CR or LF once. */
function lineBreaks(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === LF || (code === CR && text.charCodeAt(i + 1) !== LF)) count++;
  }
  return count;
}

function csvError(
  reason: 'csv-unclosed-quote' | 'csv-text-after-quote',
  line: number,
  message: string,
): SajjaError {
  return new SajjaError('INVALID_ARGUMENT', reason, `${message} (line ${line}).`, {
    details: { line },
  });
}
