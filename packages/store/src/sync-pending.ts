import type { SajjaDatabase } from './database.js';
import type { PushPosition } from './sync-state.js';

/**
 * How many writes wait to be pushed (internal): what a page shows without loading the sync
 * engine (sync-run.ts and what it imports load on a controller's first sync).
 */

/** The first push position: the start of the log. */
export const LOG_START: PushPosition = Object.freeze({ seq: 1, offset: 0 });

/**
 * @internal How many record writes of the change log wait to be pushed: the ids named by the
 * changes from `from` on (those written from a pull aside).
 */
export async function pendingCount(db: SajjaDatabase, from: PushPosition): Promise<number> {
  return db.transaction('r', db.changes, db.changeRecordIds, async () => {
    let count = 0;
    await db.changes
      .where(':id')
      .aboveOrEqual(from.seq)
      .each((change) => {
        if (change.action === 'sync') return;
        if (change.recordIds) count += change.recordIds.length;
      });
    const many = await db.changeRecordIds.where(':id').aboveOrEqual(from.seq).toArray();
    const actions = new Map(
      (await db.changes.bulkGet(many.map((record) => record.seq))).map((change, index) => [
        many[index]!.seq,
        change?.action,
      ]),
    );
    for (const record of many) {
      if (actions.get(record.seq) !== 'sync') count += record.recordIds.length;
    }
    return Math.max(0, count - from.offset);
  });
}
