import {
  AUDITED_TABLES,
  appendAuditLinks,
  auditedMonth,
  type AuditedTable,
  type AuditedWrite,
  type AuditLinkRecord,
} from './audit-links.js';
import { checkAuditLinks, recordKey, type AuditBreak } from './audit-verification.js';
import type { SajjaDatabase } from './database.js';
import type { ImportProblem } from './import-report.js';
import { isPlainObject } from './record-checker.js';

/**
 * @internal Appends a link for each record an import wrote (except those of the `adopted`
 * organisations, whose chains came with the backup) to `table` (when its records are
 * chained) to its organisation's chain, in the import's order, inside its transaction.
 */
export async function chainImported(
  db: SajjaDatabase,
  table: string,
  records: readonly { readonly id: string; readonly organisationId?: string }[],
  at: string,
  adopted: ReadonlySet<string> = new Set(),
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
    if (adopted.has(organisationId)) continue;
    await appendAuditLinks(db.auditLinks, organisationId, writes);
  }
}

/**
 * @internal Checks the audit chains a backup carries against the backup's own records, one
 * organisation at a time: the first break of each is a problem `audit-broken` placed on the
 * record at fault (or on the link when its record is not in the backup), with the break in
 * `details`. Links that are not well-formed are `not-chained` problems of their own. Returns
 * the links of each organisation whose chain verified, for the import to keep.
 */
export async function checkBackupChains(
  links: readonly unknown[],
  lists: Readonly<Record<AuditedTable, readonly unknown[]>>,
): Promise<{ problems: ImportProblem[]; verified: Map<string, AuditLinkRecord[]> }> {
  const problems: ImportProblem[] = [];
  const byOrganisation = new Map<string, AuditLinkRecord[]>();
  const linkIndex = new Map<AuditLinkRecord, number>();
  links.forEach((value, index) => {
    if (!isAuditLink(value)) {
      problems.push({ table: 'auditLinks', index, path: '', reason: 'not-json' });
      return;
    }
    const list = byOrganisation.get(value.organisationId) ?? [];
    list.push(value);
    byOrganisation.set(value.organisationId, list);
    linkIndex.set(value, index);
  });
  const records = new Map<string, unknown>();
  const places = new Map<string, { table: AuditedTable; index: number }>();
  const organisationOf = new Map<string, string>();
  for (const table of AUDITED_TABLES) {
    lists[table].forEach((value, index) => {
      if (!isPlainObject(value) || typeof value.id !== 'string') return;
      const key = recordKey(table, value.id);
      records.set(key, value);
      places.set(key, { table, index });
      const organisationId = table === 'organisations' ? value.id : value.organisationId;
      if (typeof organisationId === 'string') organisationOf.set(key, organisationId);
    });
  }
  const verified = new Map<string, AuditLinkRecord[]>();
  for (const [organisationId, chain] of byOrganisation) {
    chain.sort((a, b) => a.seq - b.seq);
    const latestSeq = new Map<string, number>();
    for (const link of chain) {
      const key = recordKey(link.table, link.recordId);
      latestSeq.set(key, Math.max(latestSeq.get(key) ?? 0, link.seq));
    }
    const unlinked: AuditBreak[] = [];
    for (const [key, owner] of organisationOf) {
      if (owner !== organisationId || latestSeq.has(key)) continue;
      const { table } = places.get(key)!;
      const record = records.get(key) as { id: string };
      unlinked.push({
        table,
        recordId: record.id,
        month: auditedMonth(table, record, ''),
        reason: 'link-missing',
      });
    }
    const result = await checkAuditLinks(chain, {
      before: new Map(),
      records,
      latestSeq,
      unlinked,
    });
    if (result.ok) {
      verified.set(organisationId, chain);
      continue;
    }
    const { broken } = result;
    const place = places.get(recordKey(broken.table, broken.recordId)) ?? {
      table: 'auditLinks',
      index: linkIndex.get(chain.find((link) => link.recordId === broken.recordId)!) ?? 0,
    };
    problems.push({ ...place, path: '', reason: 'audit-broken', details: { ...broken } });
  }
  return { problems, verified };
}

function isAuditLink(value: unknown): value is AuditLinkRecord {
  if (!isPlainObject(value)) return false;
  const { organisationId, seq, table, recordId, month, hash, previousHash } = value;
  return (
    typeof organisationId === 'string' &&
    Number.isSafeInteger(seq) &&
    (seq as number) > 0 &&
    (AUDITED_TABLES as readonly unknown[]).includes(table) &&
    typeof recordId === 'string' &&
    typeof month === 'string' &&
    typeof hash === 'string' &&
    typeof previousHash === 'string' &&
    Object.keys(value).length === 7
  );
}
