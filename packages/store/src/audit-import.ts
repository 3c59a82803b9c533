import {
  AUDITED_TABLES,
  appendAuditLinks,
  auditedMonth,
  type AuditedTable,
  type AuditedWrite,
} from './audit-links.js';
import type { SajjaDatabase } from './database.js';

/**
 * @internal Appends a link for each record an import wrote to `table` (when its records are
 * chained) to its organisation's chain, in the import's order, inside its transaction.
 */
export async function chainImported(
  db: SajjaDatabase,
  table: string,
  records: readonly { readonly id: string; readonly organisationId?: string }[],
  at: string,
): Promise<void> {
  if (!(AUDITED_TABLES as readonly string[]).includes(table)) return;
  const audited = table as AuditedTable;
  const byOrganisation = new Map<string, AuditedWrite[]>();
  for (const record of records) {
    const organisationId = audited === 'organisations' ? record.id : record.organisationId!;
    const writes = byOrganisation.get(organisationId) ?? [];
    writes.push({ table: audited, record, month: auditedMonth(audited, record, at) });
    byOrganisation.set(organisationId, writes);
  }
  for (const [organisationId, writes] of byOrganisation) {
    await appendAuditLinks(db.auditLinks, organisationId, writes);
  }
}
