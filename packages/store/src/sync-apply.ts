import type { SajjaProblem } from '@sajja/core';
import { chainWrite } from './audit-links.js';
import { importBackup } from './backup.js';
import { BACKUP_FORMAT, BACKUP_VERSION } from './backup-format.js';
import { CHANGE_TABLES, logChange, type ChangeTable } from './change-log.js';
import type { SajjaDatabase } from './database.js';
import { checkHousehold } from './household-record.js';
import { compareHlc, isHlc, ZERO_HLC } from './hlc.js';
import { timestampNow } from './ids.js';
import { checkLedgerRecord } from './ledger-record.js';
import type { LedgerRecord } from './ledger.js';
import { deleteLedgerEntry, ledgerEntries, ledgerWriteTables } from './ledger-entries.js';
import { checkMembership } from './membership-record.js';
import { checkOrganisation } from './organisation-record.js';
import { canonicalJson, isPlainObject } from './record-checker.js';
import { receiveRemoteHlc, syncKey } from './sync-state.js';

/**
 * Writing what a device pulls from a sync server (internal). New records go in through the
 * backup import (backup.ts), so they are checked as a backup's are and the derived sums and audit
 * links follow; they are logged as `'sync'`, which a push never sends back. A record stored here
 * already that the server holds otherwise can differ only in its editable parts: the version
 * with the later HLC wins (a ledger entry's deletion stays once made, whoever made it).
 */

/** One change as the server sends it in a pull. */
export interface PulledChange {
  /** The table of the record. */
  readonly table: ChangeTable;
  /** The record, whole. */
  readonly record: Record<string, unknown>;
  /** The HLC of its editable parts (`'0'` or absent when never edited). */
  readonly hlc?: string;
}

/** A pulled record this store did not take. */
export interface PulledProblem {
  /** The record's table. */
  readonly table: string;
  /** The record's id (`''` when it had none). */
  readonly id: string;
  /** The field at fault (`''` for the whole record). */
  readonly path: string;
  /** Why (a store problem reason: `'unknown-membership'`, `'immutable'` …). */
  readonly reason: string;
}

/** What {@link applyPulled} did. */
export interface PulledResult {
  /** Records written (new, or a later version of an editable part). */
  readonly written: number;
  /**
   * Records that name a record not here yet (a membership its transaction came before): to be
   * tried again with the next page.
   */
  readonly waiting: PulledChange[];
  /** Records refused for good. */
  readonly problems: PulledProblem[];
}

/** The parts of a record of each table that may change after it is written. */
const EDITABLE: Readonly<Partial<Record<ChangeTable, readonly string[]>>> = {
  households: ['name'],
  organisations: ['name', 'rules'],
  memberships: ['leftOn'],
  ledger: ['deletedAt'],
};

/** The checks a stored record of an editable table passes before it replaces the one here. */
const CHECKS: Readonly<
  Partial<Record<ChangeTable, (value: unknown) => { record: unknown; problems: SajjaProblem[] }>>
> = {
  households: checkHousehold,
  organisations: checkOrganisation,
  memberships: checkMembership,
  ledger: checkLedgerRecord,
};

/** The tables whose records are chained in their organisation's audit trail. */
const CHAINED = new Set<ChangeTable>(['organisations', 'memberships']);

function withoutEditable(table: ChangeTable, record: object): string {
  const copy: Record<string, unknown> = { ...record };
  for (const field of EDITABLE[table] ?? []) delete copy[field];
  return canonicalJson(copy);
}

function idOf(record: unknown): string {
  return isPlainObject(record) && typeof record.id === 'string' ? record.id : '';
}

/** A reference to a record not stored yet: worth trying again once more records are in. */
function isWaiting(reason: string): boolean {
  return reason.startsWith('unknown-') && reason !== 'unknown-field';
}

/**
 * @internal Writes a page of pulled changes: new records through the backup import, later
 * versions of editable parts by last writer wins, every HLC seen moving the device's clock on.
 */
export async function applyPulled(
  db: SajjaDatabase,
  changes: readonly PulledChange[],
): Promise<PulledResult> {
  const problems: PulledProblem[] = [];
  const latest = new Map<string, PulledChange>();
  for (const change of changes) {
    if (!CHANGE_TABLES.includes(change.table) || !isPlainObject(change.record)) {
      problems.push({
        table: String(change.table),
        id: idOf(change.record),
        path: '',
        reason: 'not-a-record',
      });
      continue;
    }
    latest.set(syncKey(change.table, idOf(change.record)), change);
  }
  const byTable = new Map<ChangeTable, PulledChange[]>();
  for (const change of latest.values()) {
    const list = byTable.get(change.table) ?? [];
    list.push(change);
    byTable.set(change.table, list);
  }

  // Which are new here, which differ from what is stored.
  const fresh = new Map<ChangeTable, PulledChange[]>();
  const differing: { change: PulledChange; stored: Record<string, unknown> }[] = [];
  const clocks: PulledChange[] = [];
  await db.transaction(
    'r',
    [
      ...CHANGE_TABLES.filter((t) => t !== 'ledger').map((t) => db.table(t)),
      db.ledgerIds,
      db.ledgerChunks,
    ],
    async () => {
      for (const [table, list] of byTable) {
        const ids = list.map((change) => idOf(change.record));
        const stored =
          table === 'ledger'
            ? await ledgerEntries(db, ids).then((found) => ids.map((id) => found.get(id)))
            : await db.table(table).bulkGet(ids);
        list.forEach((change, position) => {
          const here = stored[position] as Record<string, unknown> | undefined;
          if (here === undefined) {
            fresh.set(table, [...(fresh.get(table) ?? []), change]);
          } else if (canonicalJson(here) !== canonicalJson(change.record)) {
            differing.push({ change, stored: here });
          } else if (isHlc(change.hlc)) {
            clocks.push(change);
          }
        });
      }
    },
  );

  // New records: as a backup holding only them.
  let written = 0;
  const waiting: PulledChange[] = [];
  const lists = Object.fromEntries(
    CHANGE_TABLES.map((table) => [table, (fresh.get(table) ?? []).map((change) => change.record)]),
  );
  if (fresh.size > 0) {
    const report = await importBackup(
      db,
      { format: BACKUP_FORMAT, version: BACKUP_VERSION, tables: { ...lists, changes: [] } },
      { skipInvalid: true },
      'sync',
    );
    written += report.imported;
    const refused = new Set<string>();
    for (const problem of report.problems) {
      const table = problem.table as ChangeTable;
      const change = fresh.get(table)?.[problem.index ?? -1];
      if (change === undefined) continue;
      const key = syncKey(table, idOf(change.record));
      if (refused.has(key)) continue;
      refused.add(key);
      if (isWaiting(problem.reason)) waiting.push(change);
      else
        problems.push({
          table,
          id: idOf(change.record),
          path: problem.path,
          reason: problem.reason,
        });
    }
    for (const list of fresh.values()) {
      for (const change of list) {
        if (!refused.has(syncKey(change.table, idOf(change.record))) && isHlc(change.hlc)) {
          clocks.push(change);
        }
      }
    }
  }

  // Records here already: the editable parts by last writer wins.
  for (const { change, stored } of differing) {
    const outcome = await mergeEditable(db, change, stored);
    if (outcome === 'written') written += 1;
    else if (outcome !== 'kept') problems.push(outcome);
  }

  if (clocks.length > 0) {
    await db.transaction('rw', db.recordClocks, db.syncState, async () => {
      for (const change of clocks) {
        const key: [string, string] = [change.table, idOf(change.record)];
        const here = (await db.recordClocks.get(key))?.hlc;
        if (compareHlc(change.hlc, here) > 0) {
          await db.recordClocks.put({ table: change.table, id: key[1], hlc: change.hlc! });
        }
        await receiveRemoteHlc(db, change.hlc!);
      }
    });
  }
  return { written, waiting, problems };
}

/**
 * Merges a pulled version of a record stored here: `'written'` when the pulled one won,
 * `'kept'` when this one stays, a problem when they differ in a part that never changes.
 */
async function mergeEditable(
  db: SajjaDatabase,
  change: PulledChange,
  stored: Record<string, unknown>,
): Promise<'written' | 'kept' | PulledProblem> {
  const { table } = change;
  const id = idOf(change.record);
  const check = CHECKS[table];
  if (EDITABLE[table] === undefined || check === undefined) {
    return { table, id, path: '', reason: 'immutable' };
  }
  const checked = check(change.record);
  if (checked.problems.length > 0) {
    const [first] = checked.problems;
    return { table, id, path: first!.path, reason: first!.reason };
  }
  const pulled = checked.record as Record<string, unknown>;
  if (withoutEditable(table, pulled) !== withoutEditable(table, stored)) {
    return { table, id, path: '', reason: 'immutable' };
  }
  const hlc = isHlc(change.hlc) ? change.hlc : ZERO_HLC;
  if (table === 'ledger') {
    // A deletion is a tombstone: it stays once made, on every device.
    if (pulled.deletedAt === undefined || stored.deletedAt !== undefined) return 'kept';
    await db.transaction('rw', [...ledgerWriteTables(db), db.households], async () => {
      await deleteLedgerEntry(
        db,
        stored as unknown as LedgerRecord,
        pulled as unknown as LedgerRecord,
      );
      await logChange(db, 'ledger', [id], 'sync', timestampNow());
    });
    return 'written';
  }
  return db.transaction(
    'rw',
    [db.table(table), db.changes, db.auditLinks, db.recordClocks, db.syncState],
    async () => {
      const here = (await db.recordClocks.get([table, id]))?.hlc;
      if (hlc !== ZERO_HLC) await receiveRemoteHlc(db, hlc);
      if (compareHlc(hlc, here) <= 0) return 'kept';
      await db.table(table).put(pulled);
      await db.recordClocks.put({ table, id, hlc });
      const at = timestampNow();
      await logChange(db, table, [id], 'sync', at);
      if (CHAINED.has(table)) {
        await chainWrite(
          db,
          table as 'organisations' | 'memberships',
          pulled as { id: string },
          at,
        );
      }
      return 'written' as const;
    },
  );
}
