import { addDays, assertIsoDate, satangText } from '@sajja/core';
import {
  createBooks,
  monthlyReport,
  type Books,
  type BookLoanInput,
  type BookMember,
  type JournalEntry,
  type MonthlyReport,
} from '@sajja/core/books';
import type { FundTransactionRecord } from './fund-transactions.js';
import type { LoanRecord } from './loans.js';
import { databaseOf, type SajjaStore } from './open-store.js';
import { booksOf, subFundsOf } from './organisation-books-of-records.js';
import {
  assertMonthInOrganisation,
  checkMonth,
  checkOrganisationId,
  firstDayOfMonth,
  lastDayOfMonth,
  readOrganisationRecords,
  unknownOrganisation,
  type OrganisationRecords,
} from './organisation-records.js';
import {
  addLines,
  disbursementEntry,
  flowLines,
  loanEntries,
  mirrorOf,
  plainEntry,
} from './organisation-entries.js';
import { coreLoan, paymentsOf } from './organisation-sums.js';
import { openLoanPayments } from './organisation-roster.js';
import { guarded } from './storage-errors.js';

/** What {@link organisationBooks} takes. */
export interface OrganisationBooksOptions {
  /** The organisation. */
  readonly organisationId: string;
  /** The last day the books cover (ISO `YYYY-MM-DD`); default: every record. */
  readonly to?: string;
}

/** What {@link organisationMonthlyReport} takes. */
export interface OrganisationMonthlyReportOptions {
  /** The organisation. */
  readonly organisationId: string;
  /** The month, `'YYYY-MM'`. */
  readonly month: string;
}

/**
 * An organisation's books (`Books` of `@sajja/core/books`), built from its stored records each
 * time: derived, never stored, so correcting a record corrects every report.
 *
 * - **Members**: one per membership (`id`: the membership id, `name`: the household's name),
 *   with `joinedOn` and `leftOn`; those who join after `to` are left out, and a leaving day
 *   after `to` is not yet known.
 * - **Sub-funds**: the organisation rules' `subFunds` (see `OrganisationRules`), else the
 *   general fund alone. Each loan and fund transaction is posted to the sub-fund it names
 *   (`subFund`), or the first when it names none; a repayment of a stored loan to the loan's.
 * - **Loans** (`store.loans`): each in the loan register with its repayments, and its
 *   disbursement posted on `disbursedOn` (entry `<loanId>:disbursement`, as `issueLoan` names
 *   it), for the whole principal.
 * - **Fund transactions**, in date order, each an entry with the transaction's id:
 *   `'deposit'` and `'share'` a deposit to member savings or shares; `'withdrawal'` a
 *   withdrawal; `'contribution'` a welfare contribution; `'benefit'` a welfare benefit paid
 *   from the welfare fund (`welfarePaymentEntry`); `'loan'` a loan paid out (for a loan
 *   recorded only as a transaction, without a register entry: record a loan once);
 *   `'repayment'` of a stored loan split by `applyPayment` over the loan's earlier payments
 *   (penalty, interest, principal, excess) with the entry id `<loanId>:<id>` as
 *   `receiveLoanPayment` names it, and a repayment naming no stored loan as principal.
 *   Money moved by PromptPay or bank transfer (in or out) goes through the bank account, the
 *   rest through cash.
 * - **Reversals** are reversing entries (the original's lines mirrored, `reverses` set) on the
 *   reversal's date; a reversed repayment's reversal is also in the loan register.
 *
 * @throws {@link @sajja/core!"@sajja/core".SajjaError} `INVALID_ARGUMENT` (`invalid-option`) for an
 *   organisation id that is not a non-empty string, (`unknown-organisation`); `INVALID_DATE`
 *   for a bad `to`; `RULES_INVALID` for sub-funds the core refuses (paths `subFunds[i]`);
 *   the core's errors for a record it refuses (in practice none: the store checked them);
 *   `STORAGE_UNAVAILABLE`.
 *
 * @example
 * ```ts
 * const books = await organisationBooks(store, { organisationId: group.id, to: '2025-06-30' });
 * trialBalance(books).balanced; // true
 * ```
 */
export function organisationBooks(
  store: SajjaStore,
  options: OrganisationBooksOptions,
): Promise<Books> {
  try {
    const organisationId = checkOrganisationId(options?.organisationId);
    const to = options.to === undefined ? undefined : assertIsoDate(options.to, 'to');
    return guarded(async () => booksOf(await readRecords(store, organisationId), to));
  } catch (error) {
    return Promise.reject(error);
  }
}

/**
 * The monthly meeting report of `month`: the core's `monthlyReport` of the organisation's
 * books through the month's last day (see {@link organisationBooks}): deposits and
 * withdrawals, loans paid out and repaid, fines, welfare money, cash, members' savings and
 * shares, sub-fund balances, arrears by member and ageing bucket, members in and out. Print it
 * with `monthlyReportHtml` of `@sajja/core/report-html`.
 *
 * @throws {@link @sajja/core!"@sajja/core".SajjaError} as {@link organisationBooks}, and
 *   `INVALID_DATE` (`not-a-month`, `no-such-month`) for a month that is not `'YYYY-MM'`,
 *   `INVALID_ARGUMENT` (`month-before-organisation`) for a month before the first membership.
 *
 * @example
 * ```ts
 * const report = await organisationMonthlyReport(store, { organisationId, month: '2025-06' });
 * report.deposits.total.toString(); // '12400.00'
 * ```
 */
export function organisationMonthlyReport(
  store: SajjaStore,
  options: OrganisationMonthlyReportOptions,
): Promise<MonthlyReport> {
  try {
    const organisationId = checkOrganisationId(options?.organisationId);
    const month = checkMonth(options.month);
    return guarded(() => readMonthlyReport(store, organisationId, month));
  } catch (error) {
    return Promise.reject(error);
  }
}

/**
 * The month's report from the derived sums (organisation-sums.ts), equal to the report of the
 * books of every record (`monthlyReport(booksOf(records, end), month)`): the books hold an
 * opening entry with every account's balance when the month starts (the monthly sums before
 * it), the entries of the month's records (and the originals of the month's reversals, taken
 * out of the opening entry), the members, and the loans not settled for good by the month's
 * end with their payments: all the report reads.
 */
async function readMonthlyReport(
  store: SajjaStore,
  organisationId: string,
  month: string,
): Promise<MonthlyReport> {
  const db = databaseOf(store);
  const start = firstDayOfMonth(month);
  const end = lastDayOfMonth(month);
  const read = await db.transaction(
    'r',
    [
      db.organisations,
      db.memberships,
      db.households,
      db.fundTransactions,
      db.loanPayments,
      db.organisationMonths,
    ],
    async () => {
      const [organisation, memberships, payments, months, transactions] = await Promise.all([
        db.organisations.get(organisationId),
        db.memberships.where('organisationId').equals(organisationId).toArray(),
        // Loans settled for good before the month post nothing in it and owe nothing.
        openLoanPayments(db, organisationId, start),
        db.organisationMonths
          .where('[organisationId+month]')
          .between([organisationId, ''], [organisationId, month])
          .toArray(),
        db.fundTransactions
          .where('[organisationId+date]')
          .between([organisationId, start], [organisationId, end], true, true)
          .toArray(),
      ]);
      const inMonth = new Set(transactions.map((record) => record.id));
      const earlier = [
        ...new Set(
          transactions.flatMap((record) =>
            record.reverses !== undefined && !inMonth.has(record.reverses) ? [record.reverses] : [],
          ),
        ),
      ];
      const [households, originals] = await Promise.all([
        db.households.bulkGet([...new Set(memberships.map((m) => m.householdId))]),
        db.fundTransactions.bulkGet(earlier),
      ]);
      return {
        organisation,
        memberships,
        loans: payments.map((record) => record.loan).sort(byDisbursement),
        payments,
        months,
        transactions,
        households,
        originals,
      };
    },
  );
  if (read.organisation === undefined) throw unknownOrganisation(organisationId);
  assertMonthInOrganisation(month, read.memberships);
  const names = new Map<string, string>();
  for (const household of read.households) if (household) names.set(household.id, household.name);

  const subFunds = subFundsOf(read.organisation.rules);
  const subFund = createBooks({ ...(subFunds ? { subFunds } : {}) }).subFunds[0]!.code;
  const loans = new Map(read.loans.map((loan) => [loan.id, loan]));
  const records = new Map(read.payments.map((record) => [record.loanId, record]));

  // Every account's balance when the month starts.
  const opening = flowLines(read.months, subFund);
  const entries: JournalEntry[] = [];
  const earlierEntries: JournalEntry[] = [];
  const posted = new Map<string, JournalEntry>();
  /** The entry of a record before the month that a reversal in it cancels. */
  const earlier = (entry: JournalEntry): JournalEntry => {
    earlierEntries.push(entry);
    addLines(opening, entry, -1n);
    return entry;
  };

  // The month's loan entries, from each loan's payments in posting order, by payment id.
  const loanEntriesOf = new Map<string, JournalEntry>();
  const touched = new Set(
    read.transactions.flatMap((record) =>
      record.loanId !== undefined && loans.has(record.loanId) ? [record.loanId] : [],
    ),
  );
  for (const loanId of touched) {
    const list = paymentsOf(records.get(loanId)).filter((payment) => payment.date <= end);
    const loan = loans.get(loanId)!;
    loanEntries(loan, list, loan.subFund ?? subFund, loanEntriesOf);
  }

  const postings: {
    readonly date: string;
    readonly rank: number;
    readonly order: string;
    readonly recordId: string;
    readonly entry: () => JournalEntry | undefined;
  }[] = [];
  for (const loan of read.loans) {
    const date = loan.terms.disbursedOn;
    if (date < start || date > end) continue;
    postings.push({
      date,
      rank: 0,
      order: loan.id,
      recordId: `${loan.id}:disbursement`,
      entry: () => disbursementEntry(loan, loan.subFund ?? subFund),
    });
  }
  const originals = new Map<string, FundTransactionRecord>();
  for (const record of read.originals) if (record) originals.set(record.id, record);
  const inMonth = new Map(read.transactions.map((record) => [record.id, record]));
  for (const record of read.transactions) {
    postings.push({
      date: record.date,
      rank: record.reverses === undefined ? 1 : 2,
      order: record.recordedAt + record.id,
      recordId: record.id,
      entry: () => {
        const loan = record.loanId === undefined ? undefined : loans.get(record.loanId);
        if (loan) {
          if (record.reverses !== undefined && !posted.has(record.reverses)) {
            // The repayment it cancels is before the month.
            const original = loanEntriesOf.get(record.reverses);
            if (original) posted.set(record.reverses, earlier(original));
          }
          return loanEntriesOf.get(record.id);
        }
        if (record.reverses === undefined) return plainEntry(record, record.subFund ?? subFund);
        const original = inMonth.get(record.reverses) ?? originals.get(record.reverses);
        // The books post a reversal after its original; one dated before it cancels nothing.
        if (original === undefined || original.date > record.date) return undefined;
        let originalEntry = posted.get(original.id);
        if (originalEntry === undefined) {
          if (inMonth.has(original.id)) return undefined;
          originalEntry = earlier(plainEntry(original, original.subFund ?? subFund));
          posted.set(original.id, originalEntry);
        }
        return mirrorOf(originalEntry, record.id, record.date);
      },
    });
  }
  postings.sort(
    (a, b) =>
      (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) ||
      a.rank - b.rank ||
      (a.order < b.order ? -1 : a.order > b.order ? 1 : 0),
  );
  for (const posting of postings) {
    const entry = posting.entry();
    if (entry === undefined) continue;
    entries.push(entry);
    posted.set(posting.recordId, entry);
  }

  const openingLines = [...opening]
    .filter(([, satang]) => satang !== 0n)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, satang]) => {
      const [fund, account] = key.split('\u0000') as [string, string];
      const amount = satangText(satang < 0n ? -satang : satang);
      return {
        account,
        subFund: fund,
        ...(satang > 0n ? { debit: amount } : { credit: amount }),
      };
    });
  const dayBefore = addDays(start, -1);
  const members: BookMember[] = read.memberships
    .filter((membership) => membership.joinedOn <= end)
    .map((membership) => ({
      id: membership.id,
      name: names.get(membership.householdId) ?? membership.householdId,
      joinedOn: membership.joinedOn,
      ...(membership.leftOn !== undefined && membership.leftOn <= end
        ? { leftOn: membership.leftOn }
        : {}),
    }));
  const bookLoans: BookLoanInput[] = read.loans
    .filter((loan) => loan.terms.disbursedOn <= end)
    .filter((loan) => {
      const settledOn = records.get(loan.id)?.settledOn;
      return settledOn === undefined || settledOn > end;
    })
    .sort(byDisbursement)
    .map((loan) => ({
      id: loan.id,
      memberId: loan.membershipId,
      subFund: loan.subFund ?? subFund,
      loan: coreLoan(loan),
      payments: paymentsOf(records.get(loan.id))
        .filter((payment) => payment.date <= end)
        .map(({ id, date, amount, reverses }) =>
          reverses === undefined ? { id, date, amount } : { id, date, amount, reverses },
        ),
    }));
  const books = createBooks({
    name: read.organisation.name,
    ...(subFunds ? { subFunds } : {}),
    members,
    loans: bookLoans,
    entries: [
      ...(openingLines.length > 0
        ? [{ id: '\u0000opening', date: dayBefore, lines: openingLines }]
        : []),
      ...earlierEntries,
      ...entries,
    ],
  });
  return monthlyReport(books, month);
}

function byDisbursement(a: LoanRecord, b: LoanRecord): number {
  const x = a.terms.disbursedOn;
  const y = b.terms.disbursedOn;
  return x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** @internal The organisation's records, in one read transaction. */
export function readRecords(
  store: SajjaStore,
  organisationId: string,
): Promise<OrganisationRecords> {
  const db = databaseOf(store);
  return db.transaction(
    'r',
    [db.organisations, db.memberships, db.households, db.loans, db.fundTransactions],
    () => readOrganisationRecords(db, organisationId),
  );
}
