// The books of one organisation's records, without Dexie: what the store's organisation views
// post (organisation-books.ts), and what `@sajja/store/records` offers a server or a test in Node.
import { assertIsoDate } from '@sajja/core';
import {
  createBooks,
  loanIssuedEntry,
  loanRepaymentEntry,
  type Books,
  type BookLoanInput,
  type BookMember,
  type JournalEntry,
  type SubFundInput,
} from '@sajja/core/books';
import { applyPayment, type Loan, type LoanPayment, type LoanState } from '@sajja/core/loans';
import type { FundTransactionRecord } from './fund-transactions.js';
import type { HouseholdRecord } from './households.js';
import type { LoanRecord } from './loans.js';
import type { MembershipRecord } from './memberships.js';
import type { OrganisationRecord } from './organisations.js';
import { organisationRecordsOf, type OrganisationRecords } from './organisation-records.js';
import { plainEntry } from './organisation-entries.js';
import { coreLoan, viaOf } from './organisation-sums.js';

/** One organisation's records, as the store keeps them, for {@link organisationBooksOfRecords}. */
export interface OrganisationRecordSet {
  /** The organisation. */
  readonly organisation: OrganisationRecord;
  /** Memberships; those of other organisations are left out. */
  readonly memberships: readonly MembershipRecord[];
  /** Households, for the members' names; others are left out. */
  readonly households: readonly HouseholdRecord[];
  /** Loans; those of other organisations are left out. */
  readonly loans: readonly LoanRecord[];
  /** Fund transactions, reversals included; those of other organisations are left out. */
  readonly fundTransactions: readonly FundTransactionRecord[];
}

/** What {@link organisationBooksOfRecords} takes besides the records. */
export interface OrganisationBooksOfRecordsOptions {
  /** The last day the books cover (ISO `YYYY-MM-DD`); default: every record. */
  readonly to?: string;
}

/**
 * An organisation's books (`Books` of `@sajja/core/books`) from its records held in memory,
 * posted exactly as `organisationBooks` of `@sajja/store` posts the records a store holds (the
 * same code; see it for what each record becomes), without Dexie or IndexedDB: for a server or
 * a script in Node holding records a store synced or exported. The records must be as the
 * store keeps them: each one passed by {@link checkSyncedRecord}, and references resolved
 * (every membership, loan and reversed transaction named exists).
 *
 * @throws the core's errors (`RULES_INVALID`, `INVALID_AMOUNT`, …) for records it refuses;
 *   `INVALID_DATE` for a bad `to`.
 *
 * @example
 * ```ts
 * import { organisationBooksOfRecords } from '@sajja/store/records';
 * import { monthlyReport } from '@sajja/core/books';
 * const books = organisationBooksOfRecords(
 *   { organisation, memberships, households, loans, fundTransactions },
 *   { to: '2025-06-30' },
 * );
 * monthlyReport(books, '2025-06').deposits.total.toString(); // '12400.00'
 * ```
 */
export function organisationBooksOfRecords(
  records: OrganisationRecordSet,
  options: OrganisationBooksOfRecordsOptions = {},
): Books {
  const to = options.to === undefined ? undefined : assertIsoDate(options.to, 'to');
  const organisationId = records.organisation.id;
  const ours = <T extends { readonly organisationId: string }>(list: readonly T[]): T[] =>
    list.filter((record) => record.organisationId === organisationId);
  const memberships = ours(records.memberships);
  const householdIds = new Set(memberships.map((membership) => membership.householdId));
  return booksOf(
    organisationRecordsOf({
      organisation: records.organisation,
      memberships,
      households: records.households.filter((household) => householdIds.has(household.id)),
      loans: ours(records.loans),
      transactions: ours(records.fundTransactions),
    }),
    to,
  );
}

/** One thing to post, in date order. */
interface Posting {
  readonly date: string;
  /** 0: a loan paid out, 1: a transaction, 2: a reversal (after what it reverses). */
  readonly rank: number;
  readonly order: string;
  readonly post: () => void;
}

/**
 * @internal The books of an organisation's records through `to` (every record without it);
 * see `organisationBooks` of `@sajja/store`. Pure.
 */
export function booksOf(records: OrganisationRecords, to?: string): Books {
  const within = (date: string) => to === undefined || date <= to;
  const subFunds = subFundsOf(records.organisation.rules);
  const members: BookMember[] = records.memberships
    .filter((membership) => within(membership.joinedOn))
    .map((membership) => ({
      id: membership.id,
      name: records.households.get(membership.householdId)?.name ?? membership.householdId,
      joinedOn: membership.joinedOn,
      ...(membership.leftOn !== undefined && within(membership.leftOn)
        ? { leftOn: membership.leftOn }
        : {}),
    }));
  // The chart and first sub-fund (where records that name none go) the entries are built for:
  // the books' own.
  const empty = createBooks({ ...(subFunds ? { subFunds } : {}) });
  const chart = empty.chart;
  const firstSubFund = empty.subFunds[0]!.code;

  const loans = records.loans.filter((loan) => within(loan.terms.disbursedOn));
  const registered = new Map<
    string,
    { record: LoanRecord; state: Loan | LoanState; payments: LoanPayment[] }
  >();
  for (const loan of loans) {
    registered.set(loan.id, { record: loan, state: coreLoan(loan), payments: [] });
  }

  const entries: JournalEntry[] = [];
  /** Each posted transaction's entry id, and the stored loan of a registered repayment. */
  const entryIdOf = new Map<string, { entryId: string; loanId?: string }>();
  const byId = new Map<string, JournalEntry>();
  const postings: Posting[] = [];
  const add = (entry: JournalEntry) => {
    entries.push(entry);
    byId.set(entry.id, entry);
  };

  for (const loan of loans) {
    postings.push({
      date: loan.terms.disbursedOn,
      rank: 0,
      order: loan.id,
      post: () =>
        add(
          loanIssuedEntry(
            {
              id: `${loan.id}:disbursement`,
              date: loan.terms.disbursedOn,
              memberId: loan.membershipId,
              amount: loan.terms.principal,
              subFund: loan.subFund ?? firstSubFund,
            },
            chart,
          ),
        ),
    });
  }
  const transactions = records.transactions.filter((record) => within(record.date));
  for (const record of transactions) {
    postings.push({
      date: record.date,
      rank: record.reverses === undefined ? 1 : 2,
      order: record.recordedAt + record.id,
      post: () => {
        if (record.reverses !== undefined) {
          const posted = entryIdOf.get(record.reverses);
          const original = posted === undefined ? undefined : byId.get(posted.entryId);
          if (original === undefined) return; // the original is after `to`: nothing to cancel
          const loan = posted?.loanId === undefined ? undefined : registered.get(posted.loanId);
          if (loan) {
            const reversal: LoanPayment = {
              id: record.id,
              date: record.date,
              amount: record.amount,
              reverses: record.reverses,
            };
            loan.state = applyPayment(loan.state, reversal, record.date).loan;
            loan.payments.push(reversal);
          }
          add({
            id: record.id,
            date: record.date,
            reverses: original.id,
            lines: original.lines.map(({ debit, credit, ...line }) =>
              debit !== undefined ? { ...line, credit: debit } : { ...line, debit: credit! },
            ),
          });
          return;
        }
        const entry = transactionEntry(record, registered, chart, firstSubFund);
        const repaid = record.kind === 'repayment' ? record.loanId : undefined;
        entryIdOf.set(record.id, {
          entryId: entry.id,
          ...(repaid !== undefined && registered.has(repaid) ? { loanId: repaid } : {}),
        });
        add(entry);
      },
    });
  }
  postings
    .sort(
      (a, b) =>
        (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) ||
        a.rank - b.rank ||
        (a.order < b.order ? -1 : a.order > b.order ? 1 : 0),
    )
    .forEach((posting) => posting.post());

  const bookLoans: BookLoanInput[] = [...registered.values()].map(({ record, payments }) => ({
    id: record.id,
    memberId: record.membershipId,
    subFund: record.subFund ?? firstSubFund,
    loan: coreLoan(record),
    payments,
  }));
  return createBooks({
    name: records.organisation.name,
    ...(subFunds ? { subFunds } : {}),
    members,
    loans: bookLoans,
    entries,
  });
}

/** The journal entry of one transaction that is not a reversal. */
function transactionEntry(
  record: FundTransactionRecord,
  registered: Map<string, { record: LoanRecord; state: Loan | LoanState; payments: LoanPayment[] }>,
  chart: Books['chart'],
  firstSubFund: string,
): JournalEntry {
  const loan =
    record.kind === 'repayment' && record.loanId !== undefined
      ? registered.get(record.loanId)
      : undefined;
  if (!loan) return plainEntry(record, record.subFund ?? firstSubFund, chart);
  const payment: LoanPayment = { id: record.id, date: record.date, amount: record.amount };
  const applied = applyPayment(loan.state, payment, record.date);
  loan.state = applied.loan;
  loan.payments.push(payment);
  const { allocation } = applied;
  return loanRepaymentEntry(
    {
      id: `${loan.record.id}:${record.id}`,
      date: record.date,
      // A repayment of a stored loan belongs to the loan's sub-fund (the store refuses another).
      subFund: loan.record.subFund ?? firstSubFund,
      via: viaOf(record),
      ...(record.note === undefined ? {} : { memo: record.note }),
      memberId: record.membershipId,
      principal: allocation.principal.plus(allocation.prepaid),
      interest: allocation.interest,
      penalty: allocation.penalty,
      excess: allocation.excess,
    },
    chart,
  );
}

/**
 * @internal The rules' `subFunds`, when they name any (checked by the core when the books
 * open).
 */
export function subFundsOf(rules: unknown): readonly SubFundInput[] | undefined {
  const value = (rules as { subFunds?: unknown } | null | undefined)?.subFunds;
  return Array.isArray(value) ? (value as SubFundInput[]) : undefined;
}
