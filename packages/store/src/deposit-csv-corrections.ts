import type { SajjaDatabase } from './database.js';
import type { Candidate } from './importing.js';
import { ledgerEntry } from './ledger-entries.js';
import type { LedgerRecord } from './ledger.js';
import { STORE_SENTENCES } from './store-sentences.js';

// Apart from deposit-ledger.ts so that it goes with the CSV import, which loads on demand.

/**
 * @internal Refuses, line by line, the corrections a ledger CSV file makes of entries that
 * stored deposits wrote (`linked-to-deposit`), as `ledger.reverse` refuses them; inside the
 * import's transaction.
 */
export async function checkDepositCorrections(
  db: SajjaDatabase,
  candidates: readonly Candidate<LedgerRecord>[],
): Promise<void> {
  for (const candidate of candidates) {
    const target = candidate.record.reverses;
    if (candidate.problems.length > 0 || candidate.unchanged || target === undefined) continue;
    const fundTransactionId = (await ledgerEntry(db, target))?.fundTransactionId;
    if (fundTransactionId === undefined) continue;
    if ((await db.fundTransactions.get(fundTransactionId)) === undefined) continue;
    candidate.problems.push({
      path: 'reverses',
      reason: 'linked-to-deposit',
      details: { id: target, fundTransactionId },
      sentences: STORE_SENTENCES['linked-to-deposit'],
    });
  }
}
