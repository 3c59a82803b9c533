/**
 * `@sajja/store`: local-first storage in the browser's IndexedDB for households and their funds.
 * Data stays in the household's own browser; every write is validated and logged, corrections
 * are reversals, and everything can be exported and imported back without loss.
 *
 * @packageDocumentation
 */
export { openStore, DEFAULT_STORE_NAME } from './open-store.js';
export type { OpenStoreOptions, SajjaStore } from './open-store.js';
export type { HouseholdRecord, NewHousehold, HouseholdRepository } from './households.js';
export { ORGANISATION_KINDS } from './organisations.js';
export type {
  OrganisationKind,
  OrganisationRecord,
  NewOrganisation,
  OrganisationRepository,
} from './organisations.js';
export type { MembershipRecord, NewMembership, MembershipRepository } from './memberships.js';
export type { OrganisationRules } from './organisation-rules.js';
export type {
  LoanRecord,
  LoanTermsRecord,
  DisbursementRecord,
  NewLoan,
  LoanRepository,
} from './loans.js';
export {
  householdOverview,
  liveHouseholdOverview,
  RECENT_TRANSACTION_COUNT,
} from './household-overview.js';
export type {
  HouseholdOverviewOptions,
  HouseholdOverview,
  HouseholdOverviewTotal,
  MembershipOverview,
  LoanOverview,
  OverviewInstallment,
  OverviewArrears,
  WelfareEligibility,
  MonthBalance,
} from './household-overview.js';
export {
  organisationRoster,
  liveOrganisationRoster,
  organisationRosterMember,
  rosterTotals,
} from './organisation-roster.js';
export type {
  OrganisationRosterOptions,
  OrganisationRosterMemberOptions,
  OrganisationRoster,
  RosterMember,
  RosterDue,
  RosterLoanDue,
  RosterPaid,
  RosterStanding,
  RosterTotals,
  RosterDueTotals,
} from './organisation-roster.js';
export { organisationBooks, organisationMonthlyReport } from './organisation-books.js';
export type {
  OrganisationBooksOptions,
  OrganisationMonthlyReportOptions,
} from './organisation-books.js';
export { organisationShareOut } from './organisation-share-out.js';
export type {
  OrganisationShareOutOptions,
  OrganisationShareOut,
  ShareOutMember,
} from './organisation-share-out.js';
export { MAX_LEDGER_PAGE } from './ledger.js';
export type {
  LedgerRecord,
  NewLedgerEntry,
  LedgerListOptions,
  LedgerPageOptions,
  LedgerPage,
  LedgerCountOptions,
  LedgerSummaryOptions,
  LedgerReverseOptions,
  LedgerRepository,
} from './ledger.js';
export {
  FUND_TRANSACTION_KINDS,
  MAX_SLIP_REFERENCE_LENGTH,
  PAYMENT_METHODS,
} from './fund-transactions.js';
export type {
  FundTransactionKind,
  PaymentMethod,
  FundTransactionRecord,
  AddFundTransactionOptions,
  NewFundTransaction,
  ReverseOptions,
  FundTransactionListOptions,
  FundBalance,
  FundTransactionRepository,
} from './fund-transactions.js';
export { CHANGE_TABLES, CHANGE_ACTIONS } from './change-log.js';
export type {
  ChangeTable,
  ChangeAction,
  ChangeRecord,
  ChangeListOptions,
  ChangeLog,
} from './change-log.js';
export { verifyOrganisationAudit } from './audit-verification.js';
export type {
  AuditVerification,
  AuditBreak,
  AuditBreakReason,
  VerifyOrganisationAuditOptions,
} from './audit-verification.js';
export type { AuditLinkRecord, AuditedTable } from './audit-links.js';
export type { LiveQuery, LiveQueryObserver, LiveQuerySubscription } from './live-query.js';
export { BACKUP_FORMAT, BACKUP_VERSION } from './backup-format.js';
export type { SajjaBackup, SajjaBackupTables } from './backup.js';
export type { ImportOptions, ImportProblem, ImportReport } from './import-report.js';
export { requestPersistence, storageEstimate } from './persistence.js';
export type { StorageEstimate } from './persistence.js';
export type { StorageUnavailableReason } from './storage-errors.js';
export type {
  SyncConnection,
  SyncController,
  SyncOptions,
  SyncStatus,
  SyncProblem,
} from './sync-controller.js';
export { compareHlc, formatHlc, parseHlc, isHlc, tickHlc, receiveHlc, ZERO_HLC } from './hlc.js';
export type { Hlc } from './hlc.js';
