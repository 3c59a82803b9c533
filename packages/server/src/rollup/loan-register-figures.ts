import { daysInMonth, satangOf, satangText } from '@sajja/core';
import { ARREARS_BUCKETS, type ArrearsBucket, type NetworkSummary } from '@sajja/core/books';
import {
  applyPayment,
  loanStatus,
  type Loan,
  type LoanPayment,
  type LoanState,
} from '@sajja/core/loans';

/** A row of `LOAN_REGISTER_SQL`: a loan of the register, or a repayment or reversal of one. */
export interface LoanRegisterRow {
  readonly kind: 'loan' | 'payment';
  readonly organisation_id: string;
  readonly record: Record<string, unknown>;
  /** The organisation's first sub-fund, on loan rows. */
  readonly first_fund: string | null;
}

/** One report the roll-up adds up: an organisation's month. */
export interface ReportKey {
  readonly organisationId: string;
  /** `'YYYY-MM'`. */
  readonly month: string;
}

interface StoredLoan {
  readonly id: string;
  readonly terms: { readonly disbursedOn: string };
  readonly rules?: unknown;
  readonly subFund?: string;
}

interface StoredPayment {
  readonly id: string;
  readonly date: string;
  readonly amount: string;
  readonly loanId?: string;
  readonly reverses?: string;
  readonly recordedAt: string;
}

/** What one posted repayment (or its reversal, negated) adds to the books, in satang. */
interface PostedSplit {
  readonly month: string;
  readonly principal: bigint;
  readonly interest: bigint;
  readonly penalty: bigint;
  readonly excess: bigint;
}

/**
 * What the loan register adds to the network's totals over `reports`, as a summary of no group
 * (`groups` 0) for `rollUp` to add to the SQL part: each repayment split by the core's
 * `applyPayment` in the order the store's books post them (principal and prepaid principal,
 * interest, penalty as fines, excess into savings), the principal taken off loans outstanding
 * and off the loan's sub-fund's net assets with the excess, and the arrears of each loan at
 * each report's month end by `loanStatus`, as the core's `monthlyReport` reads them.
 */
export function loanRegisterSummary(
  rows: readonly LoanRegisterRow[],
  reports: readonly ReportKey[],
): NetworkSummary {
  const loans = new Map<string, { loan: StoredLoan; subFund: string; organisationId: string }>();
  const paymentsOf = new Map<string, StoredPayment[]>();
  const byId = new Map<string, StoredPayment>();
  for (const row of rows) {
    if (row.kind === 'loan') {
      const loan = row.record as unknown as StoredLoan;
      loans.set(loan.id, {
        loan,
        subFund: loan.subFund ?? row.first_fund ?? 'general',
        organisationId: row.organisation_id,
      });
    } else {
      const payment = row.record as unknown as StoredPayment;
      byId.set(payment.id, payment);
    }
  }
  for (const payment of byId.values()) {
    const loanId = payment.loanId ?? byId.get(payment.reverses ?? '')?.loanId;
    if (loanId === undefined || !loans.has(loanId)) continue;
    let list = paymentsOf.get(loanId);
    if (!list) paymentsOf.set(loanId, (list = []));
    list.push(payment);
  }
  const monthsOf = new Map<string, string[]>();
  for (const { organisationId, month } of reports) {
    let list = monthsOf.get(organisationId);
    if (!list) monthsOf.set(organisationId, (list = []));
    list.push(month);
  }

  const total = new Totals();
  for (const [loanId, { loan, subFund, organisationId }] of loans) {
    const months = monthsOf.get(organisationId) ?? [];
    const core = coreLoan(loan);
    const { splits, posted } = postPayments(core, paymentsOf.get(loanId) ?? []);
    for (const month of months) {
      const end = lastDayOf(month);
      for (const split of splits) {
        if (split.month > month) continue;
        const principal = split.principal;
        if (split.month === month) {
          total.add('repayments.principal', principal);
          total.add('repayments.interest', split.interest);
          total.add('fines', split.penalty);
          total.add('deposits', split.excess);
        }
        total.add('savings', split.excess);
        total.add('loansOutstanding', -principal);
        total.subFund(subFund, -principal - split.excess);
      }
      if (loan.terms.disbursedOn > end) continue;
      const status = loanStatus(
        core,
        posted.filter((payment) => payment.date <= end),
        end,
      );
      total.add('arrears.portfolio', satangOf(status.outstandingPrincipal));
      if (status.daysPastDue === 0 || status.ageingBucket === 'current') continue;
      total.add(`arrears.byBucket.${status.ageingBucket}`, satangOf(status.overdue.total));
      total.add('arrears.overdue', satangOf(status.overdue.total));
      total.add('arrears.atRisk', satangOf(status.outstandingPrincipal));
      total.add('arrears.overduePrincipal', satangOf(status.overdue.principal));
      total.loansInArrears += 1;
    }
  }
  return total.summary();
}

/**
 * A loan's repayments and reversals posted in the books' order (day, originals before
 * reversals, then `recordedAt` and id), each split by `applyPayment`; a reversal posts only
 * after the repayment it cancels, and mirrors that repayment's split.
 */
function postPayments(
  loan: Loan,
  payments: readonly StoredPayment[],
): { splits: PostedSplit[]; posted: LoanPayment[] } {
  const ordered = [...payments].sort(
    (a, b) =>
      (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) ||
      (a.reverses === undefined ? 1 : 2) - (b.reverses === undefined ? 1 : 2) ||
      (a.recordedAt + a.id < b.recordedAt + b.id
        ? -1
        : a.recordedAt + a.id > b.recordedAt + b.id
          ? 1
          : 0),
  );
  let state: Loan | LoanState = loan;
  const splits: PostedSplit[] = [];
  const splitOf = new Map<string, PostedSplit>();
  const posted: LoanPayment[] = [];
  for (const payment of ordered) {
    const month = payment.date.slice(0, 7);
    if (payment.reverses !== undefined) {
      const original = splitOf.get(payment.reverses);
      if (original === undefined) continue;
      const reversal: LoanPayment = {
        id: payment.id,
        date: payment.date,
        amount: payment.amount,
        reverses: payment.reverses,
      };
      state = applyPayment(state, reversal, payment.date).loan;
      posted.push(reversal);
      splits.push({
        month,
        principal: -original.principal,
        interest: -original.interest,
        penalty: -original.penalty,
        excess: -original.excess,
      });
      continue;
    }
    const bare: LoanPayment = { id: payment.id, date: payment.date, amount: payment.amount };
    const applied = applyPayment(state, bare, payment.date);
    state = applied.loan;
    posted.push(bare);
    const { allocation } = applied;
    const split: PostedSplit = {
      month,
      principal: satangOf(allocation.principal) + satangOf(allocation.prepaid),
      interest: satangOf(allocation.interest),
      penalty: satangOf(allocation.penalty),
      excess: satangOf(allocation.excess),
    };
    splitOf.set(payment.id, split);
    splits.push(split);
  }
  return { splits, posted };
}

function coreLoan(loan: StoredLoan): Loan {
  return { id: loan.id, terms: loan.terms, ...(loan.rules ? { rules: loan.rules } : {}) } as Loan;
}

/** Sums in satang by summary field. */
class Totals {
  readonly #amounts = new Map<string, bigint>();
  readonly #subFunds = new Map<string, bigint>();
  loansInArrears = 0;

  add(key: string, satang: bigint): void {
    this.#amounts.set(key, (this.#amounts.get(key) ?? 0n) + satang);
  }

  subFund(code: string, satang: bigint): void {
    this.#subFunds.set(code, (this.#subFunds.get(code) ?? 0n) + satang);
  }

  summary(): NetworkSummary {
    const m = (key: string) => satangText(this.#amounts.get(key) ?? 0n);
    const byBucket = {} as Record<ArrearsBucket, string>;
    for (const bucket of ARREARS_BUCKETS) byBucket[bucket] = m(`arrears.byBucket.${bucket}`);
    const subFunds: Record<string, string> = {};
    for (const code of [...this.#subFunds.keys()].sort()) {
      subFunds[code] = satangText(this.#subFunds.get(code)!);
    }
    // A summary as read from JSON: amounts as text, which `rollUp` takes.
    return {
      kind: 'network-summary',
      groups: 0,
      months: [],
      members: { atEnd: 0, joined: 0, left: 0 },
      deposits: m('deposits'),
      withdrawals: '0.00',
      loansIssued: { count: 0, amount: '0.00' },
      repayments: { principal: m('repayments.principal'), interest: m('repayments.interest') },
      fines: m('fines'),
      savings: m('savings'),
      shares: '0.00',
      loansOutstanding: m('loansOutstanding'),
      cash: { onHand: '0.00', bank: '0.00' },
      welfare: { contributions: '0.00', payments: '0.00', balance: '0.00' },
      arrears: {
        overdue: m('arrears.overdue'),
        overduePrincipal: m('arrears.overduePrincipal'),
        byBucket,
        loans: this.loansInArrears,
        portfolio: m('arrears.portfolio'),
        atRisk: m('arrears.atRisk'),
      },
      subFunds,
    } as unknown as NetworkSummary;
  }
}

/** The last day of `month` (`'YYYY-MM'`), as an ISO date. */
function lastDayOf(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(daysInMonth(year, monthNumber)).padStart(2, '0')}`;
}
