import { chainEntries, GENESIS_HASH } from '@sajja/core/books';
import { SajjaError } from '@sajja/core';
import Dexie from 'dexie';
import { linkContent, linkHash, type AuditedTable, type AuditLinkRecord } from './audit-links.js';
import type { SajjaDatabase } from './database.js';
import { databaseOf, type SajjaStore } from './open-store.js';
import { guarded } from './storage-errors.js';
import { unknownRecord } from './write.js';

/**
 * Why an organisation's audit trail does not verify:
 * - `'record-changed'`: the record (or its link) is not what was written;
 * - `'record-missing'`: a link names a record that is no longer stored;
 * - `'link-missing'`: a record is stored without its link, or a link before this one is gone;
 * - `'order-changed'`: a link does not follow the one before it (links moved or replaced).
 */
export type AuditBreakReason =
  | 'record-changed'
  | 'record-missing'
  | 'link-missing'
  | 'order-changed';

/** The first place where an organisation's audit trail does not verify. */
export interface AuditBreak {
  /** The table of the record at fault. */
  readonly table: AuditedTable;
  /** The record's id. */
  readonly recordId: string;
  /** The month the record belongs to (`YYYY-MM`), as its link recorded it. */
  readonly month: string;
  /** What was found. */
  readonly reason: AuditBreakReason;
}

/**
 * The result of {@link verifyOrganisationAudit}: `checked` links verified, and when something
 * does not, the first break.
 */
export type AuditVerification =
  | {
      /** Every link checked verifies, and every record checked has its link. */
      readonly ok: true;
      /** How many links were checked. */
      readonly checked: number;
    }
  | {
      /** Something does not verify. */
      readonly ok: false;
      /** How many links verified before the break. */
      readonly checked: number;
      /** The first break, in the order of the chain. */
      readonly broken: AuditBreak;
    };

/** Options for {@link verifyOrganisationAudit}. */
export interface VerifyOrganisationAuditOptions {
  /** The organisation whose records are checked. */
  readonly organisationId: string;
  /** Only records of this month (`YYYY-MM`) or later. */
  readonly from?: string;
  /** Only records of this month (`YYYY-MM`) or earlier. */
  readonly to?: string;
}

/** @internal A record to check, by table and id. */
type RecordKey = `${AuditedTable}:${string}`;

/** @internal What {@link checkAuditLinks} needs besides the links. */
export interface AuditEvidence {
  /** The link of each `seq` just before a link checked, when it is not checked itself. */
  readonly before: ReadonlyMap<number, AuditLinkRecord>;
  /** The stored records, by `table:id` (absent: not stored). */
  readonly records: ReadonlyMap<string, unknown>;
  /**
   * The last link of each record that has several (an organisation replaced by `put`, a
   * membership whose leaving day changed).
   */
  readonly latestSeq: ReadonlyMap<string, number>;
  /** Records in the months checked that have no link, in the order found. */
  readonly unlinked: readonly AuditBreak[];
}

/** @internal The key of a record in {@link AuditEvidence}. */
export function recordKey(table: AuditedTable, id: string): RecordKey {
  return `${table}:${id}`;
}

/**
 * @internal Checks `links` (one organisation's, by `seq`) against the records: each link
 * follows the one before it (the first of a chain follows `GENESIS_HASH`), names a stored
 * record, and hashes that record as it is now, except a link a later one of the same record
 * replaced (an organisation's earlier version, no longer stored: only its place is checked);
 * then that every record has a link.
 */
export async function checkAuditLinks(
  links: readonly AuditLinkRecord[],
  evidence: AuditEvidence,
): Promise<AuditVerification> {
  const bySeq = new Map(links.map((link) => [link.seq, link]));
  const expected = await expectedHashes(links, evidence);
  let checked = 0;
  for (const link of links) {
    const { table, recordId, month } = link;
    const broken = (reason: AuditBreakReason): AuditVerification => ({
      ok: false,
      checked,
      broken: { table, recordId, month, reason },
    });
    if (link.seq === 1) {
      if (link.previousHash !== GENESIS_HASH) return broken('order-changed');
    } else {
      const previous = bySeq.get(link.seq - 1) ?? evidence.before.get(link.seq - 1);
      if (previous === undefined) {
        const unlinked = evidence.unlinked[0];
        return unlinked ? { ok: false, checked, broken: unlinked } : broken('link-missing');
      }
      if (previous.hash !== link.previousHash) return broken('order-changed');
    }
    const key = recordKey(table, recordId);
    if (!evidence.records.has(key)) return broken('record-missing');
    if (expected.has(link.seq) && expected.get(link.seq) !== link.hash) {
      return broken('record-changed');
    }
    checked++;
  }
  const unlinked = evidence.unlinked[0];
  return unlinked ? { ok: false, checked, broken: unlinked } : { ok: true, checked };
}

const HASH = /^[0-9a-f]{64}$/;

/**
 * The hash each link whose record is stored (and not replaced since) must have, by `seq`:
 * links that follow one another are hashed in one `chainEntries` call, from the
 * `previousHash` of the first. A computed hash is only compared while every link before it in
 * the run verified, so it is the hash the link's own `previousHash` gives. A record that is no
 * longer plain JSON (edited into something else) gets `''`: it cannot match.
 */
async function expectedHashes(
  links: readonly AuditLinkRecord[],
  evidence: AuditEvidence,
): Promise<Map<number, string>> {
  const expected = new Map<number, string>();
  let run: AuditLinkRecord[] = [];
  const contentOf = (link: AuditLinkRecord) =>
    linkContent(link, evidence.records.get(recordKey(link.table, link.recordId)));
  const flush = async (): Promise<void> => {
    if (run.length === 0) return;
    const hashed = run;
    run = [];
    try {
      const chained = await chainEntries(hashed.map(contentOf), {
        previousHash: hashed[0]!.previousHash,
      });
      hashed.forEach((link, index) => expected.set(link.seq, chained[index]!.hash));
    } catch {
      for (const link of hashed) {
        expected.set(link.seq, await linkHash(contentOf(link), link.previousHash).catch(() => ''));
      }
    }
  };
  for (const link of links) {
    const key = recordKey(link.table, link.recordId);
    const latest = evidence.latestSeq.get(key);
    const checkable =
      evidence.records.has(key) &&
      (latest === undefined || latest === link.seq) &&
      HASH.test(link.previousHash);
    if (!checkable || run.at(-1)?.seq !== link.seq - 1) await flush();
    if (checkable) run.push(link);
    else if (evidence.records.has(key) && !HASH.test(link.previousHash)) expected.set(link.seq, '');
  }
  await flush();
  return expected;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

function checkMonth(value: unknown, option: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !MONTH.test(value)) {
    throw new SajjaError(
      'INVALID_ARGUMENT',
      'invalid-option',
      `${option} must be a month written YYYY-MM, got ${JSON.stringify(value)}.`,
      { input: value, details: { option } },
    );
  }
  return value;
}

/** A stored record the verification reads. */
interface Audited {
  readonly id: string;
  readonly organisationId: string;
  readonly date?: string;
  readonly joinedOn?: string;
  readonly terms?: { readonly disbursedOn?: string };
}

/**
 * Checks an organisation's audit trail: the hash chain the store appends to with every write
 * of the organisation's fund transactions, loans, memberships and its own record. Each link
 * must follow the one before it and match its record as stored now, and each record must have
 * its link, so a record edited behind the store's back (in the browser's developer tools, by
 * another program), removed, or a link removed or moved, is found and named: the first such
 * break in the order of the writes. With `from` and `to` (months), only records of those
 * months are checked, with the links just before them.
 *
 * The trail shows changes made after records were written, not who wrote them; and a chain
 * cut at its very end (the last records and their links removed together) still verifies: note
 * `checked` in the meeting's minutes to tell.
 *
 * @throws {@link @sajja/core!"@sajja/core".SajjaError} `INVALID_ARGUMENT` (`unknown-record`) for an
 *   organisation that is neither stored nor chained, (`invalid-option`) for `from` or `to` not
 *   a `YYYY-MM` month; `STORAGE_UNAVAILABLE`.
 *
 * @example
 * ```ts
 * const audit = await verifyOrganisationAudit(store, { organisationId: group.id, from: '2025-01', to: '2025-12' });
 * if (!audit.ok) show(audit.broken); // { table: 'fundTransactions', recordId: '…', month: '2025-03', reason: 'record-changed' }
 * ```
 */
export async function verifyOrganisationAudit(
  store: SajjaStore,
  options: VerifyOrganisationAuditOptions,
): Promise<AuditVerification> {
  const db = databaseOf(store);
  const { organisationId } = options ?? ({} as VerifyOrganisationAuditOptions);
  if (typeof organisationId !== 'string' || organisationId === '') {
    throw unknownRecord('organisations', organisationId);
  }
  const from = checkMonth(options.from, 'from');
  const to = checkMonth(options.to, 'to');
  return guarded(() =>
    db.transaction(
      'r',
      [db.auditLinks, db.organisations, db.memberships, db.loans, db.fundTransactions],
      () => verify(db, organisationId, from, to),
    ),
  );
}

async function verify(
  db: SajjaDatabase,
  organisationId: string,
  from: string | undefined,
  to: string | undefined,
): Promise<AuditVerification> {
  const [low, high] = [from ?? Dexie.minKey, to ?? Dexie.maxKey];
  const ranged = from !== undefined || to !== undefined;
  // Every read is asked for at once: IndexedDB answers them in one pass of the transaction.
  const [links, organisation, transactions, memberships, loans] = await Promise.all([
    ranged
      ? db.auditLinks
          .where('[organisationId+month]')
          .between([organisationId, low], [organisationId, high], true, true)
          .toArray()
          .then((found) => found.sort((a, b) => a.seq - b.seq))
      : db.auditLinks
          .where('[organisationId+seq]')
          .between([organisationId, Dexie.minKey], [organisationId, Dexie.maxKey])
          .toArray(),
    db.organisations.get(organisationId),
    (ranged
      ? db.fundTransactions
          .where('[organisationId+date]')
          .between(
            [organisationId, from ?? Dexie.minKey],
            [organisationId, to ? `${to}-99` : Dexie.maxKey],
          )
          .toArray()
      : db.fundTransactions.where('organisationId').equals(organisationId).toArray()) as Promise<
      Audited[]
    >,
    db.memberships.where('organisationId').equals(organisationId).toArray() as Promise<Audited[]>,
    db.loans.where('organisationId').equals(organisationId).toArray() as Promise<Audited[]>,
  ]);
  if (organisation === undefined && links.length === 0) {
    const anyLink = await db.auditLinks
      .where('[organisationId+seq]')
      .between([organisationId, Dexie.minKey], [organisationId, Dexie.maxKey])
      .first();
    if (anyLink === undefined) throw unknownRecord('organisations', organisationId);
  }
  const inRange = (month: string | undefined) =>
    month !== undefined &&
    (from === undefined || month >= from) &&
    (to === undefined || month <= to);
  const stored: [AuditedTable, Audited, string | undefined][] = [
    ...transactions.map(
      (r) =>
        ['fundTransactions', r, r.date?.slice(0, 7)] as [AuditedTable, Audited, string | undefined],
    ),
    ...memberships.map(
      (r) =>
        ['memberships', r, r.joinedOn?.slice(0, 7)] as [AuditedTable, Audited, string | undefined],
    ),
    ...loans.map(
      (r) =>
        ['loans', r, r.terms?.disbursedOn?.slice(0, 7)] as [
          AuditedTable,
          Audited,
          string | undefined,
        ],
    ),
  ];
  const records = new Map<string, unknown>();
  for (const [table, record] of stored) records.set(recordKey(table, record.id), record);
  if (organisation !== undefined)
    records.set(recordKey('organisations', organisationId), organisation);
  // A record whose date or organisation was changed is still found, by its id.
  const absent = links.filter((link) => !records.has(recordKey(link.table, link.recordId)));
  for (const table of ['memberships', 'loans', 'fundTransactions'] as const) {
    const ids = absent.filter((link) => link.table === table).map((link) => link.recordId);
    if (ids.length === 0) continue;
    const found = await db.table<Audited, string>(table).bulkGet(ids);
    for (const record of found) {
      if (record !== undefined) records.set(recordKey(table, record.id), record);
    }
  }
  const before = new Map<number, AuditLinkRecord>();
  const seqs = new Set(links.map((link) => link.seq));
  const wanted = links
    .filter((link) => link.seq > 1 && !seqs.has(link.seq - 1))
    .map((link) => link.seq - 1);
  if (wanted.length > 0) {
    const previous = await db.auditLinks.bulkGet(
      wanted.map((seq) => [organisationId, seq] as [string, number]),
    );
    for (const link of previous) if (link !== undefined) before.set(link.seq, link);
  }
  const latestSeq = new Map<string, number>();
  const organisationLinks = await db.auditLinks
    .where('[table+recordId]')
    .equals(['organisations', organisationId])
    .toArray();
  for (const link of organisationLinks) {
    const key = recordKey('organisations', organisationId);
    latestSeq.set(key, Math.max(latestSeq.get(key) ?? 0, link.seq));
  }
  // A membership whose leaving day changed has a link per version, all in its joining month.
  for (const link of links) {
    if (link.table !== 'memberships') continue;
    const key = recordKey('memberships', link.recordId);
    latestSeq.set(key, Math.max(latestSeq.get(key) ?? 0, link.seq));
  }
  const linked = new Set(links.map((link) => recordKey(link.table, link.recordId)));
  const unlinked: AuditBreak[] = [];
  for (const [table, record, month] of stored) {
    const key = recordKey(table, record.id);
    if (inRange(month) && !linked.has(key)) {
      unlinked.push({ table, recordId: record.id, month: month!, reason: 'link-missing' });
    }
  }
  return checkAuditLinks(links, { before, records, latestSeq, unlinked });
}
