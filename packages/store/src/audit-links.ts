import { chainEntries } from '@sajja/core/books';
import Dexie, { type Table } from 'dexie';
import type { SajjaDatabase } from './database.js';

/** The tables whose records an organisation's audit chain covers. */
export type AuditedTable = 'organisations' | 'memberships' | 'loans' | 'fundTransactions';

/** Every {@link AuditedTable}, in the order an organisation's records are chained by an upgrade. */
export const AUDITED_TABLES: readonly AuditedTable[] = Object.freeze([
  'organisations',
  'memberships',
  'loans',
  'fundTransactions',
]);

/**
 * One link of an organisation's audit chain: a record written, in the order of the writes. Its
 * `hash` is the core's (`chainEntries` of `@sajja/core/books`) over the record as written and
 * the link before it, so a record changed afterwards, removed, or a link removed or moved, no
 * longer verifies (`verifyOrganisationAudit`).
 */
export interface AuditLinkRecord {
  /** The organisation whose chain this is. */
  readonly organisationId: string;
  /** The link's place in the chain: 1, 2, 3, … in the order of the writes. */
  readonly seq: number;
  /** The table of the record written. */
  readonly table: AuditedTable;
  /** The record's id. */
  readonly recordId: string;
  /**
   * The month the record belongs to (`YYYY-MM`): a fund transaction's date, a loan's
   * disbursement, a membership's joining; an organisation's, the month it was written (UTC).
   */
  readonly month: string;
  /** SHA-256 (lower-case hex) of the link's content and `previousHash` (the record and where it is chained: its organisation, table, id and month). */
  readonly hash: string;
  /** The `hash` of the link before it; the core's `GENESIS_HASH` for the first. */
  readonly previousHash: string;
}

/** @internal A record to chain, with the month it belongs to. */
export interface AuditedWrite {
  readonly table: AuditedTable;
  readonly record: { readonly id: string };
  readonly month: string;
}

/**
 * @internal What a link's hash covers, with its `previousHash`: the organisation, the table,
 * the record's id and month, and the record itself as stored. The link's `seq` is left out: a
 * link's place is its `previousHash`, so a moved link shows as such.
 */
export function linkContent(
  link: Pick<AuditLinkRecord, 'organisationId' | 'table' | 'recordId' | 'month'>,
  record: unknown,
): object {
  const { organisationId, table, recordId, month } = link;
  return { organisationId, table, recordId, month, record };
}

/** @internal The hash a link with this content and `previousHash` must have (the core's). */
export async function linkHash(content: object, previousHash: string): Promise<string> {
  const [chained] = await chainEntries([content], { previousHash });
  return chained!.hash;
}

/**
 * @internal The month a record of `table` belongs to (see {@link AuditLinkRecord.month});
 * `writtenAt` (an ISO timestamp) for an organisation.
 */
export function auditedMonth(table: AuditedTable, record: unknown, writtenAt: string): string {
  const fields = record as {
    readonly date?: string;
    readonly joinedOn?: string;
    readonly terms?: { readonly disbursedOn?: string };
  };
  const day =
    table === 'fundTransactions'
      ? fields.date
      : table === 'loans'
        ? fields.terms?.disbursedOn
        : table === 'memberships'
          ? fields.joinedOn
          : writtenAt;
  return (day ?? writtenAt).slice(0, 7);
}

/** @internal The last link of an organisation's chain, or `undefined` when it has none. */
export function lastLink(
  links: Table<AuditLinkRecord, [string, number]>,
  organisationId: string,
): Promise<AuditLinkRecord | undefined> {
  return links
    .where('[organisationId+seq]')
    .between([organisationId, Dexie.minKey], [organisationId, Dexie.maxKey])
    .last();
}

/**
 * @internal Appends a link for each of `writes`, in order, to `organisationId`'s chain, inside
 * the caller's transaction (which must include `links`): the write and its link are committed
 * together or not at all.
 */
export async function appendAuditLinks(
  links: Table<AuditLinkRecord, [string, number]>,
  organisationId: string,
  writes: readonly AuditedWrite[],
): Promise<AuditLinkRecord[]> {
  if (writes.length === 0) return [];
  const last = await lastLink(links, organisationId);
  const added = await chainLinks(organisationId, writes, last);
  await links.bulkAdd(added);
  return added;
}

/** @internal The links `writes` get when chained after `last` (none: a new chain). */
export async function chainLinks(
  organisationId: string,
  writes: readonly AuditedWrite[],
  last: Pick<AuditLinkRecord, 'seq' | 'hash'> | undefined,
): Promise<AuditLinkRecord[]> {
  const contents = writes.map(({ table, record, month }) =>
    linkContent({ organisationId, table, recordId: record.id, month }, record),
  );
  const chained = await chainEntries(contents, last ? { previousHash: last.hash } : {});
  const first = (last?.seq ?? 0) + 1;
  return writes.map(({ table, record, month }, index) => ({
    organisationId,
    seq: first + index,
    table,
    recordId: record.id,
    month,
    hash: chained[index]!.hash,
    previousHash: chained[index]!.prevHash,
  }));
}

/**
 * @internal Appends the link of one record just written to its organisation's chain (an
 * organisation's own record: its own chain), inside the caller's transaction, which must
 * include `db.auditLinks`.
 */
export async function chainWrite(
  db: SajjaDatabase,
  table: AuditedTable,
  record: { readonly id: string; readonly organisationId?: string },
  writtenAt: string,
): Promise<void> {
  const organisationId = table === 'organisations' ? record.id : record.organisationId!;
  await appendAuditLinks(db.auditLinks, organisationId, [
    { table, record, month: auditedMonth(table, record, writtenAt) },
  ]);
}
