/**
 * `@sajja/core/ledger`: the household income–expense account (บัญชีครัวเรือน): entries and
 * categories, validation, monthly and yearly summaries, running balances, CSV.
 *
 * @module @sajja/core/ledger
 */
export { LEDGER_ENTRY_KINDS } from './ledger-entry.js';
export type { LedgerEntry, LedgerEntryKind } from './ledger-entry.js';
export { LEDGER_CATEGORIES, ledgerCategory } from './ledger-categories.js';
export type { LedgerCategory, LedgerCategoryRole } from './ledger-categories.js';
export {
  MAX_LEDGER_NOTE_LENGTH,
  ledgerEntryProblems,
  validateLedgerEntry,
} from './validate-ledger-entry.js';
export type { ValidLedgerEntry } from './validate-ledger-entry.js';
export { activeLedgerEntries } from './active-entries.js';
export { summarizeLedger } from './summarize-ledger.js';
export type {
  LedgerSummaryUnit,
  SummarizeLedgerOptions,
  LedgerPeriodSummary,
  LedgerSummary,
} from './summarize-ledger.js';
export { runningBalances } from './running-balances.js';
export type { LedgerBalanceLine } from './running-balances.js';
export { LEDGER_CSV_COLUMNS, ledgerToCsv, ledgerFromCsv } from './ledger-csv.js';
export type {
  LedgerCsvColumn,
  LedgerImportProblem,
  LedgerToCsvOptions,
  LedgerFromCsvOptions,
  LedgerCsvImport,
} from './ledger-csv.js';
