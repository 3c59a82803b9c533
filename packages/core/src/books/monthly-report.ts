import { Dec } from '../money/decimal.js';
import { Money } from '../money/money.js';
import { AGEING_BUCKETS, type AgeingBucket } from '../loans/ageing.js';
import { loanStatus } from '../loans/loan-status.js';
import type { BilingualLabel } from '../welfare/welfare-presets.js';
import { assertMonth, firstDayOf, lastDayOf } from './accounting-month.js';
import type { Books } from './books.js';
import type { AccountRole, AccountType } from './chart-of-accounts.js';
import { checkBooks } from './invalid-input.js';

/** An ageing bucket of a loan in arrears: every `AgeingBucket` of `@sajja/core/loans` but `'current'`. */
export type ArrearsBucket = Exclude<AgeingBucket, 'current'>;

/** The {@link ArrearsBucket}s, youngest first. */
export const ARREARS_BUCKETS: readonly ArrearsBucket[] = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ AGEING_BUCKETS.filter((bucket): bucket is ArrearsBucket => bucket !== 'current'),
);

/** Money into or out of members' accounts in the month: savings, shares, and both. */
export interface SavingsFlows {
  /** Member savings (accounts with the role `'member-savings'`). */
  readonly savings: Money;
  /** Shares and pledged savings (role `'member-shares'`). */
  readonly shares: Money;
  /** `savings + shares`. */
  readonly total: Money;
}

/** Loans paid out in the month. */
export interface LoansIssued {
  /**
   * How many entries paid out a loan (a line debiting loans receivable); a reversal of one
   * counts −1.
   */
  readonly count: number;
  /** The money paid out. */
  readonly amount: Money;
}

/** Loan repayments received in the month. */
export interface Repayments {
  /** Principal repaid (credits to loans receivable). */
  readonly principal: Money;
  /** Loan interest received (credits to loan interest). */
  readonly interest: Money;
  /** `principal + interest`. */
  readonly total: Money;
}

/** The welfare fund: money in and out, and the balance at the end. */
export interface WelfareFlows {
  /** Credits to the welfare fund: contributions, grants, allocations of surplus. */
  readonly contributions: Money;
  /** Debits to the welfare fund: benefits paid. */
  readonly payments: Money;
  /** The fund's balance at the end. */
  readonly balance: Money;
}

/** A short income statement. */
export interface PeriodResult {
  /** Income: credits minus debits to income accounts. */
  readonly income: Money;
  /** Expenses: debits minus credits to expense accounts. */
  readonly expenses: Money;
  /** `income − expenses`; negative for a loss. */
  readonly surplus: Money;
}

/** Cash on hand and in the bank. */
export interface CashPosition {
  /** Cash on hand (accounts with the role `'cash'`). */
  readonly onHand: Money;
  /** Money in the bank (role `'bank'`). */
  readonly bank: Money;
  /** `onHand + bank`. */
  readonly total: Money;
}

/** Members' money and loans at the end of the month. */
export interface MemberBalances {
  /** Member savings (role `'member-savings'`). */
  readonly savings: Money;
  /** Shares and pledged savings (role `'member-shares'`). */
  readonly shares: Money;
  /** Principal owed by borrowers (role `'loans-receivable'`). */
  readonly loansOutstanding: Money;
}

/** A sub-fund's position at the end of the month. */
export interface SubFundBalance {
  /** The sub-fund's code. */
  readonly code: string;
  /** The sub-fund's names. */
  readonly label: BilingualLabel;
  /** Cash on hand (role `'cash'`). */
  readonly cashOnHand: Money;
  /** Money in the bank (role `'bank'`). */
  readonly bank: Money;
  /** Principal owed by borrowers (role `'loans-receivable'`). */
  readonly loansOutstanding: Money;
  /** Assets minus liabilities: the fund's own money (equity and surplus). */
  readonly netAssets: Money;
}

/** One loan in arrears at the end of the month. */
export interface ArrearsLine {
  /** The loan's id in the register. */
  readonly loanId: string;
  /** The borrower's id. */
  readonly memberId: string;
  /** The borrower's name. */
  readonly name: string;
  /** The lending sub-fund. */
  readonly subFund: string;
  /** Days since the oldest unpaid instalment fell due. */
  readonly daysPastDue: number;
  /** The ageing bucket of `daysPastDue`. */
  readonly bucket: ArrearsBucket;
  /** Everything overdue: principal, interest and penalties. */
  readonly overdue: Money;
  /** The principal part of `overdue`. */
  readonly overduePrincipal: Money;
  /** All principal still owed on the loan, due or not. */
  readonly outstandingPrincipal: Money;
}

/** Arrears at the end of the month, from the loan register. */
export interface Arrears {
  /** Loans in arrears, longest overdue first (then by loan id). */
  readonly loans: readonly ArrearsLine[];
  /** What is overdue, by ageing bucket. */
  readonly byBucket: Readonly<Record<ArrearsBucket, Money>>;
  /** Everything overdue: the sum of `byBucket`. */
  readonly total: Money;
  /** The principal part of `total`: overdue principal (the numerator of the arrears rate). */
  readonly principal: Money;
  /** Principal outstanding on every loan of the register disbursed by the month's end. */
  readonly portfolio: Money;
  /** Principal outstanding on the loans in arrears (the portfolio at risk). */
  readonly atRisk: Money;
}

/** A member who joined or left in the month. */
export interface MemberChange {
  /** The member's id. */
  readonly id: string;
  /** The member's name. */
  readonly name: string;
  /** The day they joined or left. */
  readonly date: string;
}

/** Membership over the month. `atEnd = atStart + joined.length − left.length`. */
export interface MemberMovements {
  /** Members on the day before the month began. */
  readonly atStart: number;
  /** Members who joined in the month, by date. */
  readonly joined: readonly MemberChange[];
  /** Members who left in the month, by date. */
  readonly left: readonly MemberChange[];
  /** Members on the month's last day. */
  readonly atEnd: number;
}

/**
 * The monthly meeting report of a group, as data (JSON-ready: amounts serialise as strings).
 * Money flows count the month's entries; balances, arrears and membership are as of the
 * month's last day. {@link "@sajja/core/report-html".monthlyReportHtml} prints it; {@link rollUp} adds reports up.
 */
export interface MonthlyReport {
  /** Says what this record is, for files and for {@link rollUp}. */
  readonly kind: 'monthly-report';
  /** The group's name, if the books have one. */
  readonly group?: string;
  /** The month, `'YYYY-MM'`. */
  readonly month: string;
  /** The month's first day, ISO. */
  readonly from: string;
  /** The month's last day, ISO. */
  readonly to: string;
  /** Money members put into savings and shares (credits to those accounts). */
  readonly deposits: SavingsFlows;
  /** Money members took out (debits to those accounts). */
  readonly withdrawals: SavingsFlows;
  /** Loans paid out: debits to loans receivable, and how many entries made them. */
  readonly loansIssued: LoansIssued;
  /** Repayments: principal (credits to loans receivable), interest (credits to loan interest). */
  readonly repayments: Repayments;
  /** Fines and penalties received (credits to fines). */
  readonly fines: Money;
  /** The welfare fund: money in and out in the month, and its balance at the end. */
  readonly welfare: WelfareFlows;
  /** The month's income statement, in short. */
  readonly result: PeriodResult;
  /** Cash on hand and in the bank at the end of the month, all sub-funds. */
  readonly cash: CashPosition;
  /** Members' money and loans at the end of the month, all sub-funds. */
  readonly balances: MemberBalances;
  /** Each sub-fund's position at the end of the month, in the books' order. */
  readonly subFunds: readonly SubFundBalance[];
  /** Loans in arrears at the end of the month. */
  readonly arrears: Arrears;
  /** Who joined and left. */
  readonly members: MemberMovements;
}

/**
 * The monthly meeting report (รายงานประจำเดือน) of `month` (`'YYYY-MM'`): deposits and
 * withdrawals, loans paid out, repayments split into principal and interest, fines, welfare
 * money, the month's surplus; at the month's end, cash on hand and in the bank, members'
 * savings and shares, each sub-fund's position, arrears by member and ageing bucket, and the
 * members who joined and left.
 *
 * **Where the numbers come from.** Money flows come from the journal, by account role (see
 * {@link AccountRole}), never by account code, so a group's own chart works when its accounts
 * carry roles. A reversing entry counts against the flow of the entry it reverses in the month
 * it is posted (a reversed deposit lowers deposits), and year-end closing entries are left out.
 * Only the side that names a flow counts: interest received is credits to loan interest;
 * debits to income accounts (refunds) are not negative income. Arrears come from the loan
 * register: `loanStatus` of each loan disbursed by the month's end, as of that day. Membership
 * comes from the members' `joinedOn` and `leftOn`: a member counts from the day they join
 * through the day before they leave.
 *
 * @throws {@link "@sajja/core".SajjaError} `INVALID_ARGUMENT` / `invalid-option`
 *   (`details.option` `'books'`) for `books` not made by
 *   `createBooks`; `INVALID_DATE` for a month that is not
 *   `'YYYY-MM'`; the errors of `loanStatus` for a loan of the register (already checked when it
 *   was added, so in practice none).
 *
 * @example
 * ```ts
 * const report = monthlyReport(books, '2024-01');
 * report.deposits.total.toString();         // '12400.00'
 * report.arrears.byBucket['31-60'].toString();
 * report.members.atEnd;                     // 42
 * const html = monthlyReportHtml(report);   // a printable document for the meeting
 * ```
 */
export function monthlyReport(books: Books, month: string): MonthlyReport {
  checkBooks(books);
  assertMonth(month);
  const from = firstDayOf(month);
  const to = lastDayOf(month);
  const roles = new Map<string, AccountRole>();
  const types = new Map<string, AccountType>();
  for (const account of books.chart) {
    types.set(account.code, account.type);
    if (account.role) roles.set(account.code, account.role);
  }

  const flows = monthFlows(books, from, to, roles, types);
  const positions = books.subFunds.map((fund) => ({ fund, sums: new Sums() }));
  const byCode = new Map(positions.map((position) => [position.fund.code, position.sums]));
  const group = new Sums();
  for (const entry of books.entries) {
    if (entry.date > to) continue;
    for (const line of entry.lines) {
      const amount =
        line.debit === undefined ? new Dec(line.credit!).negated() : new Dec(line.debit);
      const role = roles.get(line.account);
      const type = types.get(line.account);
      for (const sums of [group, byCode.get(line.subFund)]) {
        if (!sums) continue;
        if (role) sums.add(role, amount);
        if (type === 'asset') sums.add('assets', amount);
        if (type === 'liability') sums.add('liabilities', amount);
      }
    }
  }
  const credit = (sums: Sums, key: string) => Money.fromDecimal(sums.get(key).negated());
  const debit = (sums: Sums, key: string) => Money.fromDecimal(sums.get(key));
  const cashOnHand = debit(group, 'cash');
  const bank = debit(group, 'bank');

  return Object.freeze({
    kind: 'monthly-report',
    ...(books.name === undefined ? {} : { group: books.name }),
    month,
    from,
    to,
    deposits: savingsFlows(flows, 'in'),
    withdrawals: savingsFlows(flows, 'out'),
    loansIssued: Object.freeze({ count: flows.loansIssued, amount: flows.money('loans-out') }),
    repayments: Object.freeze({
      principal: flows.money('principal'),
      interest: flows.money('interest'),
      total: flows.money('principal').plus(flows.money('interest')),
    }),
    fines: flows.money('fines'),
    welfare: Object.freeze({
      contributions: flows.money('welfare-in'),
      payments: flows.money('welfare-out'),
      balance: credit(group, 'welfare-fund'),
    }),
    result: Object.freeze({
      income: flows.money('income'),
      expenses: flows.money('expenses'),
      surplus: flows.money('income').minus(flows.money('expenses')),
    }),
    cash: Object.freeze({ onHand: cashOnHand, bank, total: cashOnHand.plus(bank) }),
    balances: Object.freeze({
      savings: credit(group, 'member-savings'),
      shares: credit(group, 'member-shares'),
      loansOutstanding: debit(group, 'loans-receivable'),
    }),
    subFunds: Object.freeze(
      positions.map(({ fund, sums }) =>
        Object.freeze({
          code: fund.code,
          label: fund.label,
          cashOnHand: debit(sums, 'cash'),
          bank: debit(sums, 'bank'),
          loansOutstanding: debit(sums, 'loans-receivable'),
          netAssets: Money.fromDecimal(sums.get('assets').plus(sums.get('liabilities'))),
        }),
      ),
    ),
    arrears: arrearsAt(books, to),
    members: memberMovements(books, from, to),
  });
}

/** Named running sums of exact decimals. */
class Sums {
  readonly #sums = new Map<string, Dec>();
  add(key: string, amount: Dec): void {
    this.#sums.set(key, this.get(key).plus(amount));
  }
  get(key: string): Dec {
    return this.#sums.get(key) ?? new Dec(0);
  }
  money(key: string): Money {
    return Money.fromDecimal(this.get(key));
  }
}

/** The month's flows by name, and the number of loans paid out. */
interface Flows {
  money(key: string): Money;
  readonly loansIssued: number;
}

/** Which flow a line counts in, by account role and side, if any. */
const FLOW_BY_ROLE: Partial<Record<AccountRole, { debit?: string; credit?: string }>> = {
  'member-savings': { credit: 'savings-in', debit: 'savings-out' },
  'member-shares': { credit: 'shares-in', debit: 'shares-out' },
  'loans-receivable': { debit: 'loans-out', credit: 'principal' },
  'loan-interest': { credit: 'interest' },
  fines: { credit: 'fines' },
  'welfare-fund': { credit: 'welfare-in', debit: 'welfare-out' },
};

function monthFlows(
  books: Books,
  from: string,
  to: string,
  roles: ReadonlyMap<string, AccountRole>,
  types: ReadonlyMap<string, AccountType>,
): Flows {
  const sums = new Sums();
  let loansIssued = 0;
  for (const entry of books.entries) {
    if (entry.date < from || entry.date > to || entry.closing) continue;
    // A reversal counts as its original with the amounts negated: it undoes that flow.
    const sign = entry.reverses === undefined ? 1 : -1;
    let paysOutLoan = false;
    for (const line of entry.lines) {
      const posted = line.debit === undefined ? 'credit' : 'debit';
      const side = sign === 1 ? posted : posted === 'debit' ? 'credit' : 'debit';
      const amount = new Dec(line.debit ?? line.credit!).times(sign);
      const role = roles.get(line.account);
      const flow = role && FLOW_BY_ROLE[role]?.[side];
      if (flow) sums.add(flow, amount);
      if (flow === 'loans-out') paysOutLoan = true;
      const type = types.get(line.account);
      // Income and expenses net both sides, as the income statement does.
      const net = side === 'credit' ? amount : amount.negated();
      if (type === 'income') sums.add('income', net);
      if (type === 'expense') sums.add('expenses', net.negated());
    }
    if (paysOutLoan) loansIssued += sign;
  }
  return { money: (key) => sums.money(key), loansIssued };
}

function savingsFlows(flows: Flows, direction: 'in' | 'out'): SavingsFlows {
  const savings = flows.money(`savings-${direction}`);
  const shares = flows.money(`shares-${direction}`);
  return Object.freeze({ savings, shares, total: savings.plus(shares) });
}

function arrearsAt(books: Books, asOf: string): Arrears {
  const names = new Map(books.members.map((member) => [member.id, member.name]));
  const byBucket = new Map<ArrearsBucket, Dec>(
    ARREARS_BUCKETS.map((bucket) => [bucket, new Dec(0)]),
  );
  let portfolio = new Dec(0);
  let atRisk = new Dec(0);
  let overduePrincipal = new Dec(0);
  const lines: ArrearsLine[] = [];
  for (const loan of books.loans) {
    if (loan.loan.terms.disbursedOn > asOf) continue;
    const status = loanStatus(loan.loan, loan.payments, asOf);
    portfolio = portfolio.plus(status.outstandingPrincipal.toDecimal());
    if (status.daysPastDue === 0 || status.ageingBucket === 'current') continue;
    const bucket = status.ageingBucket;
    byBucket.set(bucket, byBucket.get(bucket)!.plus(status.overdue.total.toDecimal()));
    atRisk = atRisk.plus(status.outstandingPrincipal.toDecimal());
    overduePrincipal = overduePrincipal.plus(status.overdue.principal.toDecimal());
    lines.push(
      Object.freeze({
        loanId: loan.id,
        memberId: loan.memberId,
        name: names.get(loan.memberId) ?? loan.memberId,
        subFund: loan.subFund,
        daysPastDue: status.daysPastDue,
        bucket,
        overdue: status.overdue.total,
        overduePrincipal: status.overdue.principal,
        outstandingPrincipal: status.outstandingPrincipal,
      }),
    );
  }
  lines.sort(
    (a, b) =>
      b.daysPastDue - a.daysPastDue || (a.loanId < b.loanId ? -1 : a.loanId > b.loanId ? 1 : 0),
  );
  let total = Money.fromDecimal(new Dec(0));
  const buckets = {} as Record<ArrearsBucket, Money>;
  for (const bucket of ARREARS_BUCKETS) {
    buckets[bucket] = Money.fromDecimal(byBucket.get(bucket)!);
    total = total.plus(buckets[bucket]);
  }
  return Object.freeze({
    loans: Object.freeze(lines),
    byBucket: Object.freeze(buckets),
    total,
    principal: Money.fromDecimal(overduePrincipal),
    portfolio: Money.fromDecimal(portfolio),
    atRisk: Money.fromDecimal(atRisk),
  });
}

function memberMovements(books: Books, from: string, to: string): MemberMovements {
  let atStart = 0;
  let atEnd = 0;
  const joined: MemberChange[] = [];
  const left: MemberChange[] = [];
  for (const { id, name, joinedOn, leftOn } of books.members) {
    if (joinedOn < from && (leftOn === undefined || leftOn >= from)) atStart += 1;
    if (joinedOn <= to && (leftOn === undefined || leftOn > to)) atEnd += 1;
    if (joinedOn >= from && joinedOn <= to)
      joined.push(Object.freeze({ id, name, date: joinedOn }));
    if (leftOn !== undefined && leftOn >= from && leftOn <= to) {
      left.push(Object.freeze({ id, name, date: leftOn }));
    }
  }
  const byDate = (a: MemberChange, b: MemberChange) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
  return Object.freeze({
    atStart,
    joined: Object.freeze(joined.sort(byDate)),
    left: Object.freeze(left.sort(byDate)),
    atEnd,
  });
}
