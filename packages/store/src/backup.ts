import type { SajjaProblem, SajjaProblemReason } from '@sajja/core';
import type { Table } from 'dexie';
import {
  CHANGE_ACTIONS,
  CHANGE_TABLES,
  logChange,
  type ChangeRecord,
  type ChangeTable,
  type NewChangeRecord,
} from './change-log.js';
import { changesWithSeqs, readChanges, storeChanges } from './change-storage.js';
import type { SajjaDatabase } from './database.js';
import type { FundTransactionRecord } from './fund-transactions.js';
import { checkFundTransaction, sameTransaction } from './fund-transaction-record.js';
import type { HouseholdRecord } from './households.js';
import { checkHousehold } from './household-record.js';
import { timestampNow } from './ids.js';
import type { ImportOptions, ImportProblem, ImportReport } from './import-report.js';
import {
  checkAgainstStored,
  checkReversals,
  isGood,
  isNew,
  lookUp,
  placedProblems,
  sameLedgerEntry,
  type Candidate,
} from './importing.js';
import type { LedgerRecord } from './ledger.js';
import { checkLedgerRecord } from './ledger-record.js';
import type { LoanRecord } from './loans.js';
import { checkLoan, loanIdProblems } from './loan-record.js';
import { subFundProblems } from './sub-fund-field.js';
import {
  addLedgerEntries,
  allLedgerEntries,
  ledgerWriteTables,
  storedLedger,
} from './ledger-entries.js';
import type { MembershipRecord } from './memberships.js';
import { checkMembership, membershipProblems } from './membership-record.js';
import type { OrganisationRecord } from './organisations.js';
import { checkOrganisation } from './organisation-record.js';
import { canonicalJson, isPlainObject, RecordChecker } from './record-checker.js';
import { CURRENT_SCHEMA_VERSION } from './database.js';
import { chainImported, checkBackupChains } from './audit-import.js';
import { lastLink, type AuditLinkRecord } from './audit-links.js';
import { backupFromDexieExport, isDexieExport } from './backup-file.js';
import { BACKUP_FORMAT, BACKUP_VERSION } from './backup-format.js';
import { keepOrganisationSums, sumsWriteTables } from './organisation-sums.js';

export { BACKUP_FORMAT, BACKUP_VERSION };

/** The records of every table of a backup. */
export interface SajjaBackupTables {
  /** Every household. */
  readonly households: HouseholdRecord[];
  /** Every organisation. */
  readonly organisations: OrganisationRecord[];
  /** Every membership. */
  readonly memberships: MembershipRecord[];
  /**
   * Every loan (since schema version 3; a backup without this table imports as having no
   * loans).
   */
  readonly loans: LoanRecord[];
  /** Every ledger entry: corrections and soft-deleted entries included. */
  readonly ledger: LedgerRecord[];
  /** Every fund transaction, corrections included. */
  readonly fundTransactions: FundTransactionRecord[];
  /** The whole change log, oldest first. */
  readonly changes: ChangeRecord[];
  /**
   * Every organisation's audit chain, by organisation and place (since schema version 5). An
   * import checks each chain against the backup's records; a backup without this table
   * imports with chains built for its records as they are written.
   */
  readonly auditLinks?: AuditLinkRecord[];
}

/**
 * Everything a store holds, as one JSON-serialisable object: the household's file, to keep
 * and to import back (into the same browser or another) without losing anything. Amounts are
 * strings, dates ISO, and `JSON.stringify` / `JSON.parse` leave it unchanged.
 */
export interface SajjaBackup {
  /** Always {@link BACKUP_FORMAT}. */
  readonly format: typeof BACKUP_FORMAT;
  /** The backup format version ({@link BACKUP_VERSION}). */
  readonly version: number;
  /** When the backup was made, as an ISO timestamp (UTC). */
  readonly exportedAt: string;
  /** The database schema version it was made from (for support; not needed to import). */
  readonly schemaVersion: number;
  /** The records, table by table. */
  readonly tables: SajjaBackupTables;
  /**
   * The SHA-256 of `tables` (as canonical JSON: keys sorted, no spaces), in lowercase hex. An
   * import refuses a backup whose tables no longer match it: the file was edited or damaged.
   * Backups made before this field existed have none and are read as before.
   */
  readonly checksum?: string;
}

/** The data tables, in the order an import checks and writes them (referenced ones first). */
const DATA_TABLES = [
  'households',
  'organisations',
  'memberships',
  'loans',
  'ledger',
  'fundTransactions',
] as const;
const BACKUP_TABLES = [...DATA_TABLES, 'changes', 'auditLinks'] as const;

/**
 * The tables that hold a backup's records: the ledger's entries are stored in chunks, and the
 * ids of a change naming several records beside the change log (change-storage.ts).
 */
function backupTables(db: SajjaDatabase): Table[] {
  return [
    ...BACKUP_TABLES.filter((name) => name !== 'ledger').map((name) => db.table(name)),
    db.ledgerChunks,
    db.changeRecordIds,
  ];
}

/** @internal Reads every table in one transaction, so the backup is one consistent moment. */
export async function exportBackup(db: SajjaDatabase): Promise<SajjaBackup> {
  const tables = await db.transaction('r', backupTables(db), async () => {
    const read = <T>(name: string): Promise<T[]> => db.table<T>(name).toArray();
    return {
      households: await read<HouseholdRecord>('households'),
      organisations: await read<OrganisationRecord>('organisations'),
      memberships: await read<MembershipRecord>('memberships'),
      loans: await read<LoanRecord>('loans'),
      ledger: await allLedgerEntries(db),
      fundTransactions: await read<FundTransactionRecord>('fundTransactions'),
      changes: await readChanges(db),
      auditLinks: await db.auditLinks.toArray(),
    };
  });
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: timestampNow(),
    schemaVersion: CURRENT_SCHEMA_VERSION,
    tables,
    checksum: await checksumOf(tables),
  };
}

/** The SHA-256 of `tables` as canonical JSON, in lowercase hex (see `SajjaBackup.checksum`). */
async function checksumOf(tables: unknown): Promise<string> {
  const bytes = new TextEncoder().encode(canonicalJson(tables));
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * The problem that stops a whole file from being read as a backup, or its tables. A file in
 * Dexie's export format is read into a backup first (backup-file.ts).
 */
async function readBackup(
  input: unknown,
): Promise<ImportProblem | Record<(typeof BACKUP_TABLES)[number], unknown[]>> {
  let value = input;
  if (typeof Blob === 'function' && input instanceof Blob) {
    value = await input.text();
  }
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return { path: '', reason: 'not-json' };
    }
  }
  if (isDexieExport(value)) {
    const read = await backupFromDexieExport(value, exportBackup);
    if (!('format' in read)) return read;
    value = read;
  }
  if (!isPlainObject(value) || value.format !== BACKUP_FORMAT) {
    return { path: 'format', reason: 'not-a-backup', details: { expected: BACKUP_FORMAT } };
  }
  const { version, tables } = value;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { path: 'version', reason: 'not-a-whole-number' };
  }
  if (version > BACKUP_VERSION) {
    return {
      path: 'version',
      reason: 'unsupported-version',
      details: { version, supported: BACKUP_VERSION },
    };
  }
  if (!isPlainObject(tables)) return { path: 'tables', reason: 'not-an-object' };
  const lists = {} as Record<(typeof BACKUP_TABLES)[number], unknown[]>;
  for (const name of BACKUP_TABLES) {
    const list = tables[name] ?? [];
    if (!Array.isArray(list)) return { path: `tables.${name}`, reason: 'not-a-list' };
    lists[name] = list;
  }
  for (const name of Object.keys(tables)) {
    if (!(BACKUP_TABLES as readonly string[]).includes(name)) {
      return { path: `tables.${name}`, reason: 'unknown-field' };
    }
  }
  const { checksum } = value;
  if (checksum !== undefined && checksum !== (await checksumOf(tables))) {
    return { path: 'checksum', reason: 'checksum-mismatch' };
  }
  return lists;
}

function candidates<T>(
  table: string,
  values: readonly unknown[],
  check: (value: unknown) => { record: T; problems: SajjaProblem[] },
): Candidate<T>[] {
  return values.map((value, index) => {
    const { record, problems } = check(value);
    return { place: { table, index }, record, problems, unchanged: false };
  });
}

/** Adds `reason` at `path` to each good candidate whose `id()` is not among `known`. */
function requireKnown<T>(
  list: readonly Candidate<T>[],
  path: string,
  id: (record: T) => string,
  known: ReadonlyMap<string, unknown>,
  reason: SajjaProblemReason,
): void {
  for (const candidate of list) {
    if (isGood(candidate) && !known.has(id(candidate.record))) {
      candidate.problems.push({ path, reason, details: { id: id(candidate.record) } });
    }
  }
}

/** The organisations of the good candidates that name a sub-fund (to check it against). */
function subFundOrganisations(
  list: readonly Candidate<{ readonly organisationId: string; readonly subFund?: string }>[],
): string[] {
  return list.flatMap((candidate) =>
    isGood(candidate) && candidate.record.subFund !== undefined
      ? [candidate.record.organisationId]
      : [],
  );
}

/** A change record of a backup, normalised. */
function checkChange(value: unknown): { record: ChangeRecord; problems: SajjaProblem[] } {
  const check = new RecordChecker(value);
  const record = {
    seq: check.positiveInteger('seq', { required: true }),
    at: check.timestamp('at', { required: true }),
    table: check.oneOf<ChangeTable>('table', CHANGE_TABLES, { required: true }),
    recordIds: check.ids('recordIds', { required: true }),
    action: check.oneOf('action', CHANGE_ACTIONS, { required: true }),
  } as ChangeRecord;
  check.onlyFields(['seq', 'at', 'table', 'recordIds', 'action']);
  return { record, problems: check.problems };
}

/**
 * @internal Imports a backup: every record validated, related records checked against the
 * backup and the database, all written in one transaction or nothing (see `SajjaStore.importBackup`).
 * Records pulled from a sync server come in the same way, logged with `action` `'sync'`.
 */
export async function importBackup(
  db: SajjaDatabase,
  input: unknown,
  { skipInvalid = false }: ImportOptions = {},
  action: 'import' | 'sync' = 'import',
): Promise<ImportReport> {
  const lists = await readBackup(input);
  if (!('households' in lists)) return { imported: 0, unchanged: 0, skipped: 0, problems: [lists] };

  const allTables = [
    ...new Set([
      ...backupTables(db),
      ...ledgerWriteTables(db),
      db.auditLinks,
      ...sumsWriteTables(db),
    ]),
  ];
  return db.transaction('rw', allTables, async () => {
    const households = candidates('households', lists.households, checkHousehold);
    await checkAgainstStored(households, db.households);
    const organisations = candidates('organisations', lists.organisations, checkOrganisation);
    await checkAgainstStored(organisations, db.organisations);

    const memberships = candidates('memberships', lists.memberships, checkMembership);
    const good = (list: readonly Candidate<{ id: string }>[]) => list.filter(isGood);
    const householdIds = (list: readonly Candidate<{ householdId: string }>[]) =>
      list.filter(isGood).map((candidate) => candidate.record.householdId);
    requireKnown(
      memberships,
      'householdId',
      (record) => record.householdId,
      await lookUp(
        householdIds(memberships),
        good(households) as Candidate<HouseholdRecord>[],
        db.households,
      ),
      'unknown-household',
    );
    requireKnown(
      memberships,
      'organisationId',
      (record) => record.organisationId,
      await lookUp(
        memberships.filter(isGood).map((candidate) => candidate.record.organisationId),
        organisations,
        db.organisations,
      ),
      'unknown-organisation',
    );
    await checkAgainstStored(memberships, db.memberships);

    const loans = candidates('loans', lists.loans, checkLoan);
    const loanMemberships = await lookUp(
      loans.filter(isGood).map((candidate) => candidate.record.membershipId),
      memberships,
      db.memberships,
    );
    const loanOrganisations = await lookUp(
      subFundOrganisations(loans),
      organisations,
      db.organisations,
    );
    for (const candidate of loans) {
      if (isGood(candidate)) {
        candidate.problems.push(...membershipProblems(candidate.record, loanMemberships));
      }
      if (isGood(candidate)) {
        const { record } = candidate;
        candidate.problems.push(
          ...subFundProblems(record, loanOrganisations.get(record.organisationId)?.rules),
        );
      }
    }
    await checkAgainstStored(loans, db.loans);

    const ledger = candidates('ledger', lists.ledger, checkLedgerRecord);
    requireKnown(
      ledger,
      'householdId',
      (record) => record.householdId,
      await lookUp(householdIds(ledger), households, db.households),
      'unknown-household',
    );
    const storedEntries = storedLedger(db);
    await checkAgainstStored(ledger, storedEntries);
    await checkReversals(ledger, storedEntries, sameLedgerEntry);

    const transactions = candidates(
      'fundTransactions',
      lists.fundTransactions,
      checkFundTransaction,
    );
    const membershipOf = await lookUp(
      transactions.filter(isGood).map((candidate) => candidate.record.membershipId),
      memberships,
      db.memberships,
    );
    const loanOf = await lookUp(
      transactions.flatMap((candidate) =>
        isGood(candidate) ? (candidate.record.loanId ?? []) : [],
      ),
      loans,
      db.loans,
    );
    const transactionOrganisations = await lookUp(
      subFundOrganisations(transactions),
      organisations,
      db.organisations,
    );
    for (const candidate of transactions) {
      if (!isGood(candidate)) continue;
      const { record } = candidate;
      candidate.problems.push(...membershipProblems(record, membershipOf));
      const loan = record.loanId === undefined ? undefined : loanOf.get(record.loanId);
      if (isGood(candidate) && record.loanId !== undefined) {
        candidate.problems.push(...loanIdProblems(record, loan));
      }
      if (isGood(candidate)) {
        const rules = transactionOrganisations.get(record.organisationId)?.rules;
        candidate.problems.push(...subFundProblems(record, rules, loan));
      }
    }
    await checkAgainstStored(transactions, db.fundTransactions);
    await checkReversals(transactions, db.fundTransactions, sameTransaction);

    const changes = candidates('changes', lists.changes, checkChange);
    const seen = new Set<number>();
    for (const candidate of changes) {
      if (!isGood(candidate)) continue;
      if (seen.has(candidate.record.seq)) {
        candidate.problems.push({
          path: 'seq',
          reason: 'duplicate-id',
          details: { id: candidate.record.seq },
        });
      }
      seen.add(candidate.record.seq);
    }
    const goodChanges = changes.filter(isGood);
    const storedChanges = await changesWithSeqs(
      db,
      goodChanges.map((candidate) => candidate.record.seq),
    );
    goodChanges.forEach((candidate, position) => {
      const stored = storedChanges[position];
      if (stored !== undefined && canonicalJson(stored) === canonicalJson(candidate.record)) {
        candidate.unchanged = true;
      }
    });

    const data = [
      households,
      organisations,
      memberships,
      loans,
      ledger,
      transactions,
    ] as Candidate<{
      id: string;
    }>[][];
    const all = [...data, changes] as Candidate<unknown>[][];
    const chains = await checkBackupChains(lists.auditLinks, {
      organisations: lists.organisations,
      memberships: lists.memberships,
      loans: lists.loans,
      fundTransactions: lists.fundTransactions,
    });
    const problems = [...all.flatMap(placedProblems), ...chains.problems];
    const unchanged = data.flat().filter((candidate) => candidate.unchanged).length;
    if (problems.length > 0 && !skipInvalid)
      return { imported: 0, unchanged, skipped: 0, problems };

    // The backup's own history first, then one 'import' record per record written now.
    const newChanges = changes.filter(isNew).map((candidate) => candidate.record);
    newChanges.sort((a, b) => a.seq - b.seq);
    const lastSeq = ((await db.changes.orderBy(':id').lastKey()) as number | undefined) ?? 0;
    // Numbers are kept when the history continues the log (a restore into a new browser);
    // otherwise the backup's changes are appended after the log's end, in their order.
    const keepSeq = newChanges.every((change) => change.seq > lastSeq);
    await storeChanges(
      db,
      newChanges.map((change): NewChangeRecord => {
        if (keepSeq) return change;
        const { seq: _seq, ...rest } = change;
        return rest;
      }),
    );
    const newEntries = ledger.filter(isNew).map((candidate) => candidate.record);
    const originals = await lookUp(
      newEntries.flatMap((entry) => entry.reverses ?? []),
      ledger,
      storedEntries,
    );
    const at = timestampNow();
    // A chain that verified is kept as it came when everything it covers is written now: the
    // organisation's history continues unbroken. Otherwise what is written is chained anew.
    const adopted = new Set<string>();
    const audited = [organisations, memberships, loans, transactions] as Candidate<{
      id: string;
      organisationId?: string;
    }>[][];
    for (const [organisationId, links] of chains.verified) {
      const covered = audited.every((list, position) =>
        list.every((candidate) => {
          const owner = position === 0 ? candidate.record.id : candidate.record.organisationId;
          return owner !== organisationId || isNew(candidate);
        }),
      );
      if (covered && (await lastLink(db.auditLinks, organisationId)) === undefined) {
        await db.auditLinks.bulkAdd(links);
        adopted.add(organisationId);
      }
    }
    let imported = 0;
    // The organisation views' sums, kept in step with what is written now.
    await keepOrganisationSums(db, {
      loans: loans.filter(isNew).map((candidate) => candidate.record),
      transactions: transactions.filter(isNew).map((candidate) => candidate.record),
    });
    for (const [position, list] of data.entries()) {
      const name = DATA_TABLES[position]!;
      const records = list.filter(isNew).map((candidate) => candidate.record);
      if (records.length === 0) continue;
      if (name === 'ledger') {
        await addLedgerEntries(db, records as LedgerRecord[], (id) => originals.get(id));
      } else {
        await db.table(name).bulkAdd(records);
      }
      await logChange(
        db,
        name,
        records.map((record) => record.id),
        action,
        at,
      );
      await chainImported(db, name, records, at, adopted);
      imported += records.length;
    }
    const skipped = data.flat().filter((candidate) => !isGood(candidate)).length;
    return { imported, unchanged, skipped, problems };
  });
}
