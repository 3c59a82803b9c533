import { canonicalJson, type ChangeTable, type SyncedRecord } from '@sajja/store/records';

/**
 * The fields that may change after a record is written, merged last-writer-wins by the
 * hybrid logical clock: a household's name, an organisation's name and rules (together), a
 * membership's `leftOn`, a ledger entry's `deletedAt` (a tombstone: once set it stays). Every
 * other field, and every field of a fund transaction or a loan, is corrected by reversal only.
 */
export const EDITABLE_FIELDS: { readonly [T in ChangeTable]: readonly string[] } = {
  households: ['name'],
  organisations: ['name', 'rules'],
  memberships: ['leftOn'],
  ledger: ['deletedAt'],
  fundTransactions: [],
  loans: [],
};

/** A stored version of a record. */
export interface StoredVersion {
  /** The record. */
  readonly record: SyncedRecord;
  /** Its clock reading. */
  readonly hlc: string;
}

/**
 * What a pushed version does to the stored one:
 * - `unchanged`: the same record;
 * - `immutable`: it differs where it may not (`path`, the first such field);
 * - `merged`: it wins: `winner` is stored, the stored version goes to the history;
 * - `lost`: the stored one wins: the pushed version goes to the history.
 */
export type MergeOutcome =
  | { readonly status: 'unchanged' }
  | { readonly status: 'immutable'; readonly path: string }
  | { readonly status: 'merged'; readonly winner: StoredVersion }
  | { readonly status: 'lost' };

const field = (record: SyncedRecord, name: string): unknown =>
  (record as unknown as Record<string, unknown>)[name];

/** Merges a pushed version of a record into the stored one (see {@link MergeOutcome}). */
export function mergeVersion(
  table: ChangeTable,
  stored: StoredVersion,
  pushed: StoredVersion,
): MergeOutcome {
  const editable = EDITABLE_FIELDS[table];
  const names = [...new Set([...Object.keys(stored.record), ...Object.keys(pushed.record)])].sort();
  let editedSame = true;
  for (const name of names) {
    const same =
      canonicalJson(field(stored.record, name)) === canonicalJson(field(pushed.record, name));
    if (same) continue;
    if (!editable.includes(name)) return { status: 'immutable', path: name };
    editedSame = false;
  }
  if (editedSame) return { status: 'unchanged' };
  if (table === 'ledger') {
    // A tombstone: the deletion stays whoever's clock is later; the first one set is kept.
    return field(stored.record, 'deletedAt') === undefined
      ? {
          status: 'merged',
          winner: { record: pushed.record, hlc: pushed.hlc > stored.hlc ? pushed.hlc : stored.hlc },
        }
      : { status: 'lost' };
  }
  const pushedWins =
    pushed.hlc > stored.hlc ||
    (pushed.hlc === stored.hlc && canonicalJson(pushed.record) > canonicalJson(stored.record));
  return pushedWins ? { status: 'merged', winner: pushed } : { status: 'lost' };
}
