import type { SajjaProblem } from '@sajja/core';
import { ledgerEntryProblems, validateLedgerEntry } from '@sajja/core/ledger';
import type { LedgerRecord } from './ledger.js';
import { compact, RecordChecker } from './record-checker.js';

/** The fields of a stored ledger record. */
const RECORD_FIELDS = [
  'id',
  'date',
  'kind',
  'category',
  'amount',
  'note',
  'organisationId',
  'reverses',
  'householdId',
  'recordedAt',
  'deletedAt',
  'fundTransactionId',
];

/**
 * @internal Every problem of a stored ledger record by itself (the household and the
 * reversed entry are checked by the caller), with the record normalised. A reversal is never
 * deleted: it is undone by reversing it in turn.
 */
export function checkLedgerRecord(value: unknown): {
  record: LedgerRecord;
  problems: SajjaProblem[];
} {
  const problems = ledgerEntryProblems(value);
  const check = new RecordChecker(value);
  const householdId = check.text('householdId', { required: true });
  const recordedAt = check.timestamp('recordedAt', { required: true });
  const deletedAt = check.timestamp('deletedAt');
  const fundTransactionId = check.text('fundTransactionId');
  check.onlyFields(RECORD_FIELDS);
  // ledgerEntryProblems reports a value that is not an object too; report it once.
  const own = check.problems.filter((problem) => problem.reason !== 'not-an-object');
  problems.push(...own);
  if (problems.length > 0) return { record: value as LedgerRecord, problems };
  const entry = validateLedgerEntry(value);
  if (entry.reverses !== undefined && deletedAt !== undefined) {
    problems.push({ path: 'deletedAt', reason: 'part-of-reversal' });
  }
  return {
    record: compact({
      ...entry,
      householdId,
      recordedAt,
      deletedAt,
      fundTransactionId,
    }) as LedgerRecord,
    problems,
  };
}
