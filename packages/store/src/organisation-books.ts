import { assertIsoDate } from '@sajja/core';
import {
  createBooks,
  depositEntry,
  loanIssuedEntry,
  loanRepaymentEntry,
  monthlyReport,
  welfareContributionEntry,
  withdrawalEntry,
  type Books,
  type BookLoanInput,
  type BookMember,
  type JournalEntry,
  type MonthlyReport,
  type MoneyVia,
  type SubFundInput,
} from '@sajja/core/books';
import { applyPayment, type Loan, type LoanPayment, type LoanState } from '@sajja/core/loans';
import type { FundTransactionRecord } from './fund-transactions.js';
import type { LoanRecord } from './loans.js';
import { databaseOf, type SajjaStore } from './open-store.js';
import {
  assertMonthInOrganisation,
  checkMonth,
  checkOrganisationId,
  lastDayOfMonth,
  readOrganisationRecords,
  type OrganisationRecords,
} from './organisation-records.js';
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
 *   withdrawal; `'contribution'` a welfare contribution; `'loan'` a loan paid out (for a loan
 *   recorded only as a transaction, without a register entry: record a loan once);
 *   `'repayment'` of a stored loan split by `applyPayment` over the loan's earlier payments
 *   (penalty, interest, principal, excess) with the entry id `<loanId>:<id>` as
 *   `receiveLoanPayment` names it, and a repayment naming no stored loan as principal.
 *   Money paid by PromptPay or bank transfer goes through the bank account, the rest through
 *   cash.
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
    return guarded(async () => {
      const records = await readRecords(store, organisationId);
      assertMonthInOrganisation(month, records.memberships);
      return monthlyReport(booksOf(records, lastDayOfMonth(month)), month);
    });
  } catch (error) {
    return Promise.reject(error);
  }
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
 * see {@link organisationBooks}. Pure.
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
    registered.set(loan.id, { record: loan, state: loanOf(loan), payments: [] });
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
    loan: loanOf(record),
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
  // A repayment of a stored loan belongs to the loan's sub-fund (the store refuses another).
  const repaid =
    record.kind === 'repayment' && record.loanId !== undefined
      ? registered.get(record.loanId)
      : undefined;
  const basics = {
    id: record.id,
    date: record.date,
    subFund: (repaid ? repaid.record.subFund : record.subFund) ?? firstSubFund,
    via: viaOf(record),
    ...(record.note === undefined ? {} : { memo: record.note }),
  };
  const member = { ...basics, memberId: record.membershipId, amount: record.amount };
  switch (record.kind) {
    case 'deposit':
      return depositEntry(member, chart);
    case 'share':
      return depositEntry({ ...member, account: 'shares' }, chart);
    case 'withdrawal':
      return withdrawalEntry(member, chart);
    case 'contribution':
      return welfareContributionEntry(member, chart);
    case 'loan':
      return loanIssuedEntry(member, chart);
    case 'repayment': {
      const loan = repaid;
      if (!loan) {
        return loanRepaymentEntry(
          { ...basics, memberId: record.membershipId, principal: record.amount },
          chart,
        );
      }
      const payment: LoanPayment = { id: record.id, date: record.date, amount: record.amount };
      const applied = applyPayment(loan.state, payment, record.date);
      loan.state = applied.loan;
      loan.payments.push(payment);
      const { allocation } = applied;
      return loanRepaymentEntry(
        {
          ...basics,
          id: `${loan.record.id}:${record.id}`,
          memberId: record.membershipId,
          principal: allocation.principal.plus(allocation.prepaid),
          interest: allocation.interest,
          penalty: allocation.penalty,
          excess: allocation.excess,
        },
        chart,
      );
    }
  }
}

function viaOf(record: FundTransactionRecord): MoneyVia {
  return record.method === 'promptpay' || record.method === 'bank-transfer' ? 'bank' : 'cash';
}

function loanOf(loan: LoanRecord): Loan {
  return { id: loan.id, terms: loan.terms, ...(loan.rules ? { rules: loan.rules } : {}) } as Loan;
}

/** The rules' `subFunds`, when they name any (checked by the core when the books open). */
function subFundsOf(rules: unknown): readonly SubFundInput[] | undefined {
  const value = (rules as { subFunds?: unknown } | null | undefined)?.subFunds;
  return Array.isArray(value) ? (value as SubFundInput[]) : undefined;
}
