import { ledgerFromCsv, ledgerToCsv, type LedgerToCsvOptions } from '@sajja/core/ledger';
import { checkDepositCorrections } from './deposit-csv-corrections.js';
import type { SajjaDatabase } from './database.js';
import { newId, timestampNow } from './ids.js';
import type { ImportOptions, ImportReport } from './import-report.js';
import {
  checkAgainstStored,
  checkReversals,
  isNew,
  lookUp,
  placedProblems,
  sameLedgerEntry,
  type Candidate,
} from './importing.js';
import type { LedgerRecord } from './ledger.js';
import { logChange } from './change-log.js';
import { entriesBetween } from './ledger-chunks.js';
import { addLedgerEntries, ledgerWriteTables, storedLedger } from './ledger-entries.js';
import { unknownRecord } from './write.js';

/** @internal The household's ledger as CSV: every entry that is not deleted, oldest first. */
export function exportLedgerCsv(
  db: SajjaDatabase,
  householdId: string,
  options?: LedgerToCsvOptions,
): Promise<string> {
  return db.transaction('r', db.ledgerChunks, db.households, async () => {
    if (!(await db.households.get(householdId))) throw unknownRecord('households', householdId);
    const entries = await entriesBetween(db, householdId);
    return ledgerToCsv(
      entries.filter((entry) => entry.deletedAt === undefined),
      options,
    );
  });
}

/**
 * What a CSV row is compared on: the entry and its household, not when it was written, nor the
 * deposit that wrote it (a CSV file does not carry the link).
 */
const entryFields = ({
  recordedAt: _recordedAt,
  deletedAt: _deletedAt,
  fundTransactionId: _deposit,
  ...entry
}: LedgerRecord) => entry;

/** @internal Imports a ledger CSV file into a household's ledger (see `SajjaStore.importLedgerCsv`). */
export async function importLedgerCsv(
  db: SajjaDatabase,
  householdId: string,
  text: string,
  { skipInvalid = false }: ImportOptions = {},
): Promise<ImportReport> {
  if (typeof text !== 'string') {
    return {
      imported: 0,
      unchanged: 0,
      skipped: 0,
      problems: [{ line: 1, path: '', reason: 'not-a-string' }],
    };
  }
  const parsed = ledgerFromCsv(text, { generateId: newId });
  const recordedAt = timestampNow();
  const tables = [...ledgerWriteTables(db), db.households, db.fundTransactions];
  return db.transaction('rw', tables, async () => {
    if (typeof householdId !== 'string' || !(await db.households.get(householdId))) {
      throw unknownRecord('households', householdId);
    }
    const candidates: Candidate<LedgerRecord>[] = parsed.entries.map((entry, position) => ({
      place: { line: parsed.lines[position]! },
      record: { ...entry, householdId, recordedAt },
      problems: [],
      unchanged: false,
    }));
    const ledger = storedLedger(db);
    await checkAgainstStored(candidates, ledger, entryFields);
    await checkReversals(candidates, ledger, sameLedgerEntry);
    await checkDepositCorrections(db, candidates);

    const problems = [...parsed.problems, ...placedProblems(candidates)].sort(
      (a, b) => (a.line ?? 0) - (b.line ?? 0),
    );
    const unchanged = candidates.filter((candidate) => candidate.unchanged).length;
    const badLines = new Set(problems.map((problem) => problem.line));
    if (problems.length > 0 && !skipInvalid)
      return { imported: 0, unchanged, skipped: 0, problems };

    const records = candidates.filter(isNew).map((candidate) => candidate.record);
    const originals = await lookUp(
      records.flatMap((record) => record.reverses ?? []),
      candidates,
      ledger,
    );
    await addLedgerEntries(db, records, (id) => originals.get(id));
    await logChange(
      db,
      'ledger',
      records.map((record) => record.id),
      'import',
      recordedAt,
    );
    return { imported: records.length, unchanged, skipped: badLines.size, problems };
  });
}
