import { validateLedgerEntry } from '@sajja/core/ledger';
import { logChange } from './change-log.js';
import type { SajjaDatabase } from './database.js';
import type { FundTransactionRecord } from './fund-transactions.js';
import { correctionsOf } from './ledger-corrections.js';
import { addLedgerEntries, ledgerEntry } from './ledger-entries.js';
import type { LedgerRecord } from './ledger.js';
import { compact } from './record-checker.js';
import { storeError } from './store-sentences.js';

/**
 * A deposit is household saving: a deposit recorded with `{ ledger: true }` writes, in the
 * same transaction, a `'savings-deposit'` expense in the household's ledger. The two name each
 * other (`FundTransactionRecord.ledgerEntryId`, `LedgerRecord.fundTransactionId`), so
 * reversing the deposit reverses the entry with it; the entry itself is refused a reversal
 * or deletion of its own (`linked-to-deposit`), since the deposit is the group's record too.
 */

/** The ledger category a deposit is written under: the one with the `'savings'` role. */
const DEPOSIT_LEDGER_CATEGORY = 'savings-deposit';

/** @internal Refuses `{ ledger: true }` for anything but a deposit (see storage.md, withdrawals). */
export function assertLedgerKind(transaction: FundTransactionRecord): void {
  if (transaction.kind === 'deposit') return;
  throw storeError('ledger-deposit-only', `Not a deposit: ${transaction.kind}`, {
    input: transaction.kind,
    details: { kind: transaction.kind },
  });
}

/**
 * @internal Writes the ledger entry of `transaction` (stored already, naming the entry in its
 * `ledgerEntryId`) and its change record, inside the caller's transaction: a deposit's
 * savings entry or, with `original` (the deposit's entry), the reversal's correction of it,
 * dated as the reversal and with its note.
 */
export async function writeDepositEntry(
  db: SajjaDatabase,
  transaction: FundTransactionRecord,
  original?: LedgerRecord,
): Promise<void> {
  const entry = validateLedgerEntry(
    compact({
      id: transaction.ledgerEntryId!,
      date: transaction.date,
      kind: 'expense',
      category: DEPOSIT_LEDGER_CATEGORY,
      amount: transaction.amount,
      note: transaction.note,
      organisationId: transaction.organisationId,
      reverses: original?.id,
    }),
  );
  const { householdId, id: fundTransactionId, recordedAt } = transaction;
  const record: LedgerRecord = { ...entry, householdId, fundTransactionId, recordedAt };
  await addLedgerEntries(db, [record], () => original);
  await logChange(db, 'ledger', [record.id], original ? 'reverse' : 'add', recordedAt);
}

/**
 * @internal The ledger entry a deposit wrote, when it is there and counts (not deleted, not
 * corrected): the one its reversal must reverse too. An entry gone by other means (a backup
 * restored without it) leaves the deposit reversible on its own.
 */
export async function reversibleDepositEntry(
  db: SajjaDatabase,
  deposit: FundTransactionRecord,
): Promise<LedgerRecord | undefined> {
  if (deposit.ledgerEntryId === undefined) return undefined;
  const entry = await ledgerEntry(db, deposit.ledgerEntryId);
  if (entry === undefined || entry.deletedAt !== undefined || entry.reverses !== undefined) {
    return undefined;
  }
  const corrections = await correctionsOf(db, entry.householdId);
  return corrections.some((correction) => correction.reverses === entry.id) ? undefined : entry;
}

/**
 * @internal Refuses to correct or delete, from the ledger, an entry a deposit wrote while the
 * deposit is stored: reverse the deposit instead (`linked-to-deposit`).
 */
export async function refuseIfFromDeposit(db: SajjaDatabase, entry: LedgerRecord): Promise<void> {
  if (entry.fundTransactionId === undefined) return;
  if ((await db.fundTransactions.get(entry.fundTransactionId)) === undefined) return;
  throw storeError(
    'linked-to-deposit',
    `Ledger entry ${entry.id} is deposit ${entry.fundTransactionId}'s: reverse the deposit.`,
    { input: entry.id, details: { id: entry.id, fundTransactionId: entry.fundTransactionId } },
  );
}
