/**
 * `@sajja/core/books`: a group's books — double-entry journal with sub-funds, trial balance,
 * income statement and balance sheet, the monthly meeting report as data, the audit hash
 * chain, and the network roll-up. Year-end profit sharing is in `@sajja/core/year-end`; the
 * printable meeting report in `@sajja/core/report-html`.
 *
 * @module @sajja/core/books
 */
export {
  GENESIS_HASH,
  chainEntries,
  verifyChain,
  chainCheckpoint,
  canonicalJson,
} from './audit-chain.js';
export type {
  ChainedEntry,
  ChainOptions,
  ChainCheckpoint,
  VerifyChainOptions,
  ChainBreakReason,
  ChainVerification,
} from './audit-chain.js';
export {
  DEFAULT_CHART_OF_ACCOUNTS,
  ACCOUNT_TYPES,
  ACCOUNT_ROLE_TYPES,
  normalBalanceOf,
  validateChartOfAccounts,
} from './chart-of-accounts.js';
export type { Account, AccountType, AccountRole, NormalBalance } from './chart-of-accounts.js';
export { GENERAL_SUB_FUND, TRAT_SUB_FUNDS } from './sub-funds.js';
export type { SubFund, SubFundInput } from './sub-funds.js';
export { createBooks, addMember, recordLeaving, addLoan, addLoanPayment } from './books.js';
export type { Books, BooksSetup, BookMember, BookLoan, BookLoanInput } from './books.js';
export { postEntry, postEntries, reverseEntry, closePeriod } from './journal.js';
export type {
  JournalEntry,
  JournalLine,
  PostedEntry,
  PostedLine,
  ReverseEntryOptions,
} from './journal.js';
export {
  depositEntry,
  withdrawalEntry,
  loanIssuedEntry,
  loanRepaymentEntry,
  fineEntry,
  welfareContributionEntry,
  welfarePaymentEntry,
  transferEntry,
} from './entry-builders.js';
export type {
  MoneyVia,
  EntryBasics,
  MemberAmount,
  SavingsMovement,
  WelfareMovement,
  LoanRepayment,
  SubFundTransfer,
} from './entry-builders.js';
export { issueLoan, receiveLoanPayment, reverseLoanPayment } from './loan-entries.js';
export type {
  LoanIssue,
  IdentifiedLoanPayment,
  LoanPaymentReceipt,
  ReceivedLoanPayment,
  LoanPaymentReversal,
} from './loan-entries.js';
export { yearEndClosingEntry } from './closing-entry.js';
export type { ClosingEntryOptions } from './closing-entry.js';
export { trialBalance } from './trial-balance.js';
export type { AsOfOptions, TrialBalance, TrialBalanceLine } from './trial-balance.js';
export { incomeStatement } from './income-statement.js';
export type { IncomeStatement, PeriodOptions } from './income-statement.js';
export { balanceSheet } from './balance-sheet.js';
export type { BalanceSheet } from './balance-sheet.js';
export type { StatementLine, StatementSection } from './statement-lines.js';
export { monthlyReport, ARREARS_BUCKETS } from './monthly-report.js';
export type {
  MonthlyReport,
  ArrearsBucket,
  SavingsFlows,
  LoansIssued,
  Repayments,
  WelfareFlows,
  PeriodResult,
  CashPosition,
  MemberBalances,
  SubFundBalance,
  ArrearsLine,
  Arrears,
  MemberChange,
  MemberMovements,
} from './monthly-report.js';
export { rollUp } from './roll-up.js';
export type { NetworkSummary, NetworkArrears, NetworkMembers, RollUpInput } from './roll-up.js';
