// `@sajja/store/records`: the store's own checks of one stored record, table by table, without
// Dexie or IndexedDB, so that a sync server (on Node) refuses exactly what a backup import
// refuses. Only types come from the repository modules; every value here is Dexie-free.
import type { SajjaProblem } from '@sajja/core';
import { CHANGE_TABLES, type ChangeTable } from './change-tables.js';
import { checkFundTransaction } from './fund-transaction-record.js';
import type { FundTransactionRecord } from './fund-transactions.js';
import { checkHousehold } from './household-record.js';
import type { HouseholdRecord } from './households.js';
import { checkLedgerRecord } from './ledger-record.js';
import type { LedgerRecord } from './ledger.js';
import { checkLoan } from './loan-record.js';
import type { LoanRecord } from './loans.js';
import { checkMembership } from './membership-record.js';
import type { MembershipRecord } from './memberships.js';
import { checkOrganisation } from './organisation-record.js';
import type { OrganisationRecord } from './organisations.js';

export { CHANGE_TABLES, type ChangeTable };
export { membershipProblems } from './membership-record.js';
export { sameEntry } from './ledger-record.js';
export { sameTransaction } from './fund-transaction-record.js';
export { loanIdProblems } from './loan-record.js';
export { subFundProblems } from './sub-fund-field.js';
export { canonicalJson, MAX_ID_LENGTH } from './record-checker.js';
export {
  organisationBooksOfRecords,
  type OrganisationBooksOfRecordsOptions,
  type OrganisationRecordSet,
} from './organisation-books-of-records.js';
export type {
  FundTransactionRecord,
  HouseholdRecord,
  LedgerRecord,
  LoanRecord,
  MembershipRecord,
  OrganisationRecord,
};

/** The record type of each {@link ChangeTable}, as the store keeps it. */
export interface SyncedRecords {
  /** A household. */
  households: HouseholdRecord;
  /** An organisation. */
  organisations: OrganisationRecord;
  /** A household's membership of an organisation. */
  memberships: MembershipRecord;
  /** A household ledger entry (corrections and soft-deleted entries included). */
  ledger: LedgerRecord;
  /** A fund transaction (corrections included). */
  fundTransactions: FundTransactionRecord;
  /** A loan. */
  loans: LoanRecord;
}

/** Any record of a {@link ChangeTable}. */
export type SyncedRecord = SyncedRecords[ChangeTable];

/** What {@link checkSyncedRecord} finds. */
export interface SyncedRecordCheck<T extends ChangeTable = ChangeTable> {
  /** The record normalised as the store keeps it (amounts two-decimal strings), when it is good. */
  readonly record?: SyncedRecords[T];
  /**
   * Every problem of the record by itself, paths relative to the record (`'amount'`,
   * `'terms.principal'`); empty when it is good. References to other records (its household,
   * its membership, the entry it reverses) are the caller's to check: see
   * {@link membershipProblems} and {@link loanIdProblems}.
   */
  readonly problems: SajjaProblem[];
}

const CHECKS: {
  readonly [T in ChangeTable]: (value: unknown) => {
    record: SyncedRecords[T];
    problems: SajjaProblem[];
  };
} = {
  households: checkHousehold,
  organisations: checkOrganisation,
  memberships: checkMembership,
  ledger: checkLedgerRecord,
  fundTransactions: checkFundTransaction,
  loans: checkLoan,
};

/** True when `table` names one of the {@link CHANGE_TABLES}. */
export function isChangeTable(table: unknown): table is ChangeTable {
  return typeof table === 'string' && (CHANGE_TABLES as readonly string[]).includes(table);
}

/**
 * Checks one record of `table` as a backup import checks it: every problem found (never only
 * the first), the record normalised when there is none. The same functions the import uses,
 * loaded without Dexie, so it runs in Node as in the browser.
 *
 * @throws `TypeError` when `table` is not one of the {@link CHANGE_TABLES}.
 *
 * @example
 * ```ts
 * import { checkSyncedRecord } from '@sajja/store/records';
 * const { record, problems } = checkSyncedRecord('households', {
 *   id: 'h1', name: ' บ้านนายสมชาย ', createdAt: '2025-01-05T03:00:00.000Z',
 * });
 * record?.name; // 'บ้านนายสมชาย'
 * problems; // []
 * ```
 */
export function checkSyncedRecord<T extends ChangeTable>(
  table: T,
  value: unknown,
): SyncedRecordCheck<T> {
  if (!isChangeTable(table)) throw new TypeError(`Not a synced table: ${String(table)}`);
  const { record, problems } = CHECKS[table](value);
  return problems.length === 0 ? { record, problems } : { problems };
}
