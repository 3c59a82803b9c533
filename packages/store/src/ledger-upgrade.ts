import type { Transaction } from 'dexie';
import type { LedgerRecord } from './ledger.js';
import { householdChunkRecords } from './ledger-chunks.js';
import type { LedgerCorrectionsRecord } from './ledger-corrections.js';
import { bucketsWith } from './ledger-ids.js';

/**
 * @internal The upgrade to schema version 4: moves every entry of the per-entry `ledger`
 * table (versions 2 and 3) into chunks, with the id directory and each household's
 * corrections, inside the upgrade transaction (Dexie deletes `ledger` after it). The monthly
 * sums stay as they are: they were kept from the same entries by the same rules.
 */
export async function moveLedgerIntoChunks(transaction: Transaction): Promise<void> {
  const entries = (await transaction.table('ledger').toArray()) as LedgerRecord[];
  if (entries.length === 0) return;
  const byHousehold = new Map<string, LedgerRecord[]>();
  for (const entry of entries) {
    const list = byHousehold.get(entry.householdId);
    if (list) list.push(entry);
    else byHousehold.set(entry.householdId, [entry]);
  }
  await transaction
    .table('ledgerChunks')
    .bulkAdd(
      [...byHousehold].flatMap(([householdId, list]) => householdChunkRecords(householdId, list)),
    );
  await transaction.table('ledgerIds').bulkAdd(bucketsWith(entries, () => undefined));
  const corrections: LedgerCorrectionsRecord[] = [];
  for (const [householdId, list] of byHousehold) {
    const written = list
      .filter((entry) => entry.reverses !== undefined)
      .sort((a, b) =>
        a.recordedAt !== b.recordedAt
          ? a.recordedAt < b.recordedAt
            ? -1
            : 1
          : a.id < b.id
            ? -1
            : 1,
      );
    if (written.length > 0) corrections.push({ householdId, entries: written });
  }
  await transaction.table('ledgerCorrections').bulkAdd(corrections);
}
