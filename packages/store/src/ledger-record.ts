import type { SajjaProblem } from '@sajja/core';
import { ledgerEntryProblems, validateLedgerEntry, type LedgerEntry } from '@sajja/core/ledger';
import type { LedgerRecord } from './ledger.js';
import { compact, MAX_ID_LENGTH, RecordChecker } from './record-checker.js';

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
  // The core's entry checks leave ids unbounded; stored, they are keys like every other id.
  for (const field of ['id', 'organisationId', 'reverses']) {
    const id = check.fields[field];
    if (typeof id === 'string' && [...id].length > MAX_ID_LENGTH) {
      check.problem(field, 'too-long', { max: MAX_ID_LENGTH });
    }
  }
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

/** True when `reversal` repeats what `original` recorded, as a correction must. */
export function sameEntry(original: LedgerEntry, reversal: LedgerEntry): boolean {
  return (
    original.kind === reversal.kind &&
    original.category === reversal.category &&
    String(original.amount) === String(reversal.amount) &&
    original.organisationId === reversal.organisationId
  );
}
