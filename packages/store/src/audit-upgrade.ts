import type { Transaction } from 'dexie';
import {
  AUDITED_TABLES,
  auditedMonth,
  chainLinks,
  type AuditedTable,
  type AuditedWrite,
  type AuditLinkRecord,
} from './audit-links.js';
import { timestampNow } from './ids.js';

/** A stored record as the upgrade reads it. */
interface Stored {
  readonly id: string;
  readonly organisationId?: string;
  readonly recordedAt?: string;
  readonly joinedOn?: string;
}

/**
 * @internal The upgrade to schema version 5: chains every organisation's records already
 * stored, one link each, as if written now. The organisation comes first, then its records by
 * `recordedAt` (memberships, which have none, by `joinedOn`), ties by table then id: the order
 * they were most probably written in. What happened to them before can no longer be proven;
 * from here on every change shows.
 */
export async function chainExistingRecords(tx: Transaction): Promise<void> {
  const now = timestampNow();
  const byOrganisation = new Map<string, { write: AuditedWrite; at: string; rank: number }[]>();
  for (const [rank, table] of AUDITED_TABLES.entries()) {
    const records = (await tx.table(table).toArray()) as Stored[];
    for (const record of records) {
      const organisationId = table === 'organisations' ? record.id : record.organisationId;
      if (typeof organisationId !== 'string') continue;
      const at = table === 'organisations' ? '' : (record.recordedAt ?? record.joinedOn ?? '');
      const write = {
        table: table as AuditedTable,
        record,
        month: auditedMonth(table, record, now),
      };
      const list = byOrganisation.get(organisationId) ?? [];
      list.push({ write, at, rank });
      byOrganisation.set(organisationId, list);
    }
  }
  const links: AuditLinkRecord[] = [];
  for (const [organisationId, writes] of byOrganisation) {
    writes.sort(
      (a, b) =>
        (a.at < b.at ? -1 : a.at > b.at ? 1 : 0) ||
        a.rank - b.rank ||
        (a.write.record.id < b.write.record.id ? -1 : 1),
    );
    links.push(
      ...(await chainLinks(
        organisationId,
        writes.map(({ write }) => write),
        undefined,
      )),
    );
  }
  await tx.table('auditLinks').bulkAdd(links);
}
