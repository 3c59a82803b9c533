import { isIsoDate } from '../dates/iso-date.js';
import { parseThaiDate } from '../dates/parse-thai-date.js';
import { invalidOption, isSajjaError, type SajjaErrorDetails } from '../errors/sajja-error.js';
import { isMoney } from '../money/money-brand.js';
import { formatCsv, parseCsv, unguardCsvCell, type ParsedCsv } from '../text/csv.js';
import type { LedgerEntry } from './ledger-entry.js';
import { readLedgerEntry, type ValidLedgerEntry } from './validate-ledger-entry.js';
import { checkOptions } from '../errors/check-option-keys.js';
import { checkEntries } from './active-entries.js';
import type { SajjaProblemReason } from '../errors/reasons.js';

/**
 * The columns of a ledger CSV file, in the order {@link ledgerToCsv} writes them: the fields of
 * a {@link LedgerEntry}, named as in code. {@link ledgerFromCsv} accepts them in any order,
 * in any letter case, and without `id`, `note`, `organisationId` or `reverses`.
 */
export const LEDGER_CSV_COLUMNS = /* @__PURE__ */ Object.freeze([
  'id',
  'date',
  'kind',
  'category',
  'amount',
  'note',
  'organisationId',
  'reverses',
] as const);

/** One column name of {@link LEDGER_CSV_COLUMNS}. */
export type LedgerCsvColumn = (typeof LEDGER_CSV_COLUMNS)[number];

/** One problem found by {@link ledgerFromCsv}. */
export interface LedgerImportProblem {
  /** The 1-based line of the file where the row starts. */
  readonly line: number;
  /** The column at fault, or `''` for the whole row. */
  readonly path: string;
  /** What is wrong, as a stable kebab-case code. */
  readonly reason: SajjaProblemReason;
  /** Values a message may mention. */
  readonly details?: SajjaErrorDetails;
}

/** Options for {@link ledgerToCsv}. */
export interface LedgerToCsvOptions {
  /** Start with a UTF-8 byte-order mark so Excel shows Thai. Default true. */
  readonly bom?: boolean;
}

/** Options for {@link ledgerFromCsv}. */
export interface LedgerFromCsvOptions {
  /** Makes an id for a row whose id cell is empty; without it such a row is a problem. */
  readonly generateId?: () => string;
}

/** What {@link ledgerFromCsv} returns. */
export interface LedgerCsvImport {
  /** The rows without problems, validated and normalised, in file order. */
  readonly entries: ValidLedgerEntry[];
  /** For each of `entries`, the line where its row starts. */
  readonly lines: number[];
  /** Every problem, in file order. */
  readonly problems: LedgerImportProblem[];
}

/** Columns a ledger CSV file must have; the others may be left out. */
const REQUIRED_COLUMNS: readonly LedgerCsvColumn[] = ['date', 'kind', 'category', 'amount'];

/**
 * Writes ledger entries as CSV, one row per entry under a header of
 * {@link LEDGER_CSV_COLUMNS}: the household's backup and the file a committee opens in a
 * spreadsheet.
 *
 * The file is written for Excel and read back by {@link ledgerFromCsv} without loss: UTF-8
 * with a byte-order mark (so Excel shows Thai; `bom: false` leaves it out), CRLF line ends,
 * quotes where RFC 4180 needs them, dates ISO, amounts as plain decimals (`1234.50`, no
 * commas), absent fields as empty cells, and every cell guarded against formula injection
 * (`=`, `+`, `-`, `@`, their full-width forms `＝` `＋` `－` `＠`, tab, CR and `'` at the start
 * get a leading `'`; see `formatCsv`).
 *
 * Entries are written as they are, without validating them: a backup must never fail because
 * of what is in the books. A {@link "@sajja/core".Money} amount is written as its two-decimal text.
 *
 * @throws {@link "@sajja/core".SajjaError} `INVALID_ARGUMENT` / `invalid-option` only when `entries` is
 *   not a list of objects, a field is neither text nor absent (nor a Money amount), or `bom`
 *   is not a boolean; `unknown-option` for an option other than `bom`.
 *
 * @example
 * ```ts
 * ledgerToCsv([
 *   { id: 'e1', date: '2024-03-05', kind: 'expense', category: 'food', amount: '120.50', note: 'ข้าวสาร, ไข่' },
 * ]);
 * // '\uFEFFid,date,kind,category,amount,note,organisationId,reverses\r\n' +
 * // 'e1,2024-03-05,expense,food,120.50,"ข้าวสาร, ไข่",,\r\n'
 * ```
 */
export function ledgerToCsv(
  entries: readonly LedgerEntry[],
  options: LedgerToCsvOptions = {},
): string {
  checkEntries(entries);
  checkOptions(options, ['bom'], 'ledgerToCsv');
  if (options.bom !== undefined && typeof options.bom !== 'boolean') {
    throw invalidOption('bom', options.bom, 'true or false');
  }
  const rows: string[][] = [[...LEDGER_CSV_COLUMNS]];
  for (const entry of entries) {
    rows.push([
      entry.id,
      entry.date,
      entry.kind,
      entry.category,
      isMoney(entry.amount) ? entry.amount.toString() : entry.amount,
      entry.note ?? '',
      entry.organisationId ?? '',
      entry.reverses ?? '',
    ]);
  }
  return formatCsv(rows, { bom: options.bom ?? true, guardFormulas: true });
}

/**
 * Reads a ledger CSV file (one {@link ledgerToCsv} wrote, or one a household made in a
 * spreadsheet) into validated entries, with every problem found, each on the line where its
 * row starts. It never throws on bad content: the caller decides whether to import the good
 * rows (`entries`) or nothing at all.
 *
 * - **Header:** the first row names the columns, from {@link LEDGER_CSV_COLUMNS} in any order
 *   and letter case; `date`, `kind`, `category` and `amount` are required. A missing, unknown
 *   or repeated column is one `'csv-bad-header'` problem on line 1, and nothing more is read.
 * - **Rows:** a row with another number of cells than the header is `'csv-wrong-cell-count'`;
 *   a row of only empty cells (spreadsheets leave them) is skipped. Each cell has the formula
 *   guard removed (see `unguardCsvCell`); an empty cell is an absent field.
 * - **Values** are checked as {@link validateLedgerEntry} checks them, with the same reasons
 *   (`path` is the column): amounts as people type them (`1,234.50`, Thai digits), dates ISO
 *   or as Thai people write them (`15/01/2567`, `๑๕ ม.ค. ๒๕๖๗`), kinds and categories as codes.
 * - **Ids:** an empty id is `'required'`, unless `options.generateId` is given, which is then
 *   called for it (a household's own file has no ids; a backup always has them). An id seen
 *   on an earlier row is `'duplicate-id'` (`details.firstLine`); the first row keeps it.
 * - **Corrections:** a row whose `reverses` names another row of the file that is itself a
 *   correction is `'reverses-reversal'` (`details.id`): a correction cannot be corrected (see
 *   `reversalProblem`). Corrections of ids not in the file, and whether a row is corrected
 *   twice, are left to the caller, which knows what it holds (a store checks them).
 * - **Broken quoting** is one problem, `'csv-unclosed-quote'` or `'csv-text-after-quote'`, on
 *   the line where the cell starts, and no entries: where the cells end cannot be known.
 *
 * Pass the file's text decoded as UTF-8 (`await file.text()`); a leading byte-order mark is
 * skipped. Excel writes UTF-8 when saving as "CSV UTF-8".
 *
 * @throws {@link "@sajja/core".SajjaError} `INVALID_ARGUMENT` / `'invalid-option'` only when `text` is not a
 *   string, `options` is not an object or `generateId` is not a function, `'unknown-option'`
 *   for an option other than `generateId`; everything wrong inside the file is reported in
 *   `problems`.
 *
 * @example
 * ```ts
 * const { entries, problems } = ledgerFromCsv(
 *   'date,kind,category,amount,note\n' +
 *     '15/01/2567,expense,food,"1,200",ข้าวสาร\n' +
 *     '2024-01-16,income,food,50,\n',
 *   { generateId: () => crypto.randomUUID() },
 * );
 * entries[0].amount; // '1200.00' (entries[0].date: '2024-01-15')
 * problems;          // [{ line: 3, path: 'category', reason: 'category-kind-mismatch', details: … }]
 * ```
 */
export function ledgerFromCsv(text: string, options: LedgerFromCsvOptions = {}): LedgerCsvImport {
  checkOptions(options, ['generateId'], 'ledgerFromCsv');
  if (options.generateId !== undefined && typeof options.generateId !== 'function') {
    throw invalidOption('generateId', options.generateId, 'a function that returns an id');
  }
  const entries: ValidLedgerEntry[] = [];
  const lines: number[] = [];
  const problems: LedgerImportProblem[] = [];
  let parsed: ParsedCsv;
  try {
    parsed = parseCsv(text);
  } catch (error) {
    if (!isSajjaError(error, 'INVALID_ARGUMENT') || error.reason === 'invalid-option') throw error;
    const line = Number(error.details.line);
    return { entries, lines, problems: [{ line, path: '', reason: error.reason }] };
  }
  const { rows, lines: rowLines } = parsed;
  const columns = readHeader(rows[0]);
  if (!Array.isArray(columns)) return { entries, lines, problems: [columns] };

  const firstLineById = new Map<string, number>();
  for (let r = 1; r < rows.length; r++) {
    const cells = rows[r]!;
    const line = rowLines[r]!;
    if (cells.every((cell) => cell === '')) continue;
    if (cells.length !== columns.length) {
      problems.push({
        line,
        path: '',
        reason: 'csv-wrong-cell-count',
        details: { expected: columns.length, found: cells.length },
      });
      continue;
    }
    const fields: Partial<Record<LedgerCsvColumn, string>> = {};
    columns.forEach((column, c) => {
      const cell = unguardCsvCell(cells[c]!);
      if (cell !== '') fields[column] = cell;
    });
    if (fields.id === undefined && options.generateId) fields.id = options.generateId();
    const candidate = {
      ...fields,
      date: readDate(fields.date),
      kind: fields.kind?.trim(),
      category: fields.category?.trim(),
    };

    const { problems: rowProblems, entry } = readLedgerEntry(candidate);
    if (!entry) {
      for (const { path, reason, details } of rowProblems) {
        problems.push(details ? { line, path, reason, details } : { line, path, reason });
      }
      continue;
    }
    const firstLine = firstLineById.get(entry.id);
    if (firstLine !== undefined) {
      problems.push({
        line,
        path: 'id',
        reason: 'duplicate-id',
        details: { id: entry.id, firstLine },
      });
      continue;
    }
    firstLineById.set(entry.id, line);
    entries.push(entry);
    lines.push(line);
  }
  return withoutCorrectedCorrections({ entries, lines, problems });
}

/**
 * The import with every correction of a correction in the file moved from `entries` to
 * `problems` (`'reverses-reversal'`), problems kept in line order.
 */
function withoutCorrectedCorrections(read: LedgerCsvImport): LedgerCsvImport {
  // Ids are unique among the entries: a repeated id is a problem already.
  const byId = new Map(read.entries.map((entry) => [entry.id, entry]));
  const refused = read.entries.flatMap((entry, position): LedgerImportProblem[] => {
    const target = entry.reverses;
    if (target === undefined || byId.get(target)?.reverses === undefined) return [];
    const line = read.lines[position]!;
    return [{ line, path: 'reverses', reason: 'reverses-reversal', details: { id: target } }];
  });
  if (refused.length === 0) return read;
  const badLines = new Set(refused.map((problem) => problem.line));
  const kept = read.entries.flatMap((entry, position) =>
    badLines.has(read.lines[position]!) ? [] : [{ entry, line: read.lines[position]! }],
  );
  return {
    entries: kept.map((each) => each.entry),
    lines: kept.map((each) => each.line),
    // Array.prototype.sort is stable: problems of one line keep their order.
    problems: [...read.problems, ...refused].sort((a, b) => a.line - b.line),
  };
}

/** The columns named by a header row, or the one problem with it. */
function readHeader(
  header: readonly string[] | undefined,
): LedgerCsvColumn[] | LedgerImportProblem {
  const columns: LedgerCsvColumn[] = [];
  const byName = new Map(LEDGER_CSV_COLUMNS.map((column) => [column.toLowerCase(), column]));
  let wrong = header === undefined;
  for (const cell of header ?? []) {
    const column = byName.get(cell.trim().toLowerCase());
    if (column === undefined || columns.includes(column)) wrong = true;
    else columns.push(column);
  }
  if (!wrong && REQUIRED_COLUMNS.every((column) => columns.includes(column))) return columns;
  return {
    line: 1,
    path: '',
    reason: 'csv-bad-header',
    details: {
      expected: LEDGER_CSV_COLUMNS.join(','),
      found: (header ?? []).join(','),
    },
  };
}

/**
 * A date cell as an ISO date when it is one, or as Thai people write dates (`15/01/2567`);
 * otherwise the cell as it is, for validation to report.
 */
function readDate(cell: string | undefined): string | undefined {
  const text = cell?.trim();
  if (text === undefined || isIsoDate(text)) return text;
  try {
    return parseThaiDate(text);
  } catch {
    return cell;
  }
}
