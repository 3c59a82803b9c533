import { booksError } from './books-sentences.js';
import { checkList, checkOptions } from '../errors/check-option-keys.js';
import { invalidOption, SajjaError } from '../errors/sajja-error.js';
import { money, sum, type Money, type MoneyInput } from '../money/money.js';
import { DEFAULT_CHART_OF_ACCOUNTS, type Account, type AccountRole } from './chart-of-accounts.js';
import type { JournalEntry, JournalLine } from './journal.js';

/**
 * Where money comes in or goes out: the first `'cash'` account of the chart (cash on hand) or
 * the first `'bank'` account.
 */
export type MoneyVia = 'cash' | 'bank';

/** What every entry builder takes. */
export interface EntryBasics {
  /** The entry's id, unique in the books. */
  readonly id: string;
  /** The day, ISO. */
  readonly date: string;
  /** The sub-fund; default the books' first. */
  readonly subFund?: string;
  /** Cash on hand (default) or the bank. */
  readonly via?: MoneyVia;
  /** What the entry is for. */
  readonly memo?: string;
}

/** An amount moved for a member: a deposit, a withdrawal, a fine, a loan paid out. */
export interface MemberAmount extends EntryBasics {
  /** The member. */
  readonly memberId: string;
  /** The amount, more than 0. */
  readonly amount: MoneyInput;
}

/** A deposit or a withdrawal: which account of the member's it moves. */
export interface SavingsMovement extends MemberAmount {
  /** Member savings (`'savings'`, the default) or shares and pledged savings (`'shares'`). */
  readonly account?: 'savings' | 'shares';
}

/** A welfare contribution or payment: the member is optional (a grant has none). */
export interface WelfareMovement extends EntryBasics {
  /** The member who paid or was paid, if any. */
  readonly memberId?: string;
  /** The amount, more than 0. */
  readonly amount: MoneyInput;
}

/** A loan repayment already split into its parts (by `applyPayment`, or by hand). */
export interface LoanRepayment extends EntryBasics {
  /** The borrower. */
  readonly memberId: string;
  /** Principal repaid, prepaid principal included; default 0. */
  readonly principal?: MoneyInput;
  /** Interest paid; default 0. */
  readonly interest?: MoneyInput;
  /** Late-payment penalty paid; default 0. */
  readonly penalty?: MoneyInput;
  /** Money beyond the whole debt, kept for the member in their savings; default 0. */
  readonly excess?: MoneyInput;
}

/** A move of money from one sub-fund to another. */
export interface SubFundTransfer {
  /** The entry's id, unique in the books. */
  readonly id: string;
  /** The day, ISO. */
  readonly date: string;
  /** The sub-fund the money leaves. */
  readonly from: string;
  /** The sub-fund the money goes to. */
  readonly to: string;
  /** The amount, more than 0. */
  readonly amount: MoneyInput;
  /** Cash on hand (default) or the bank, in both sub-funds. */
  readonly via?: MoneyVia;
  /** What the transfer is for. */
  readonly memo?: string;
}

/**
 * A deposit (ฝากเงิน, ส่งเงินสัจจะ): debit cash (or bank), credit the member's savings or shares.
 *
 * @throws {@link "@sajja/core".SajjaError} `INVALID_AMOUNT` for a bad amount;
 *   `INVALID_ARGUMENT` / `no-account-for-role` (`details.role`) when the chart has no account
 *   for a role the entry needs, `invalid-option` for a `deposit` that is not an object or a
 *   `chart` that is not a list of accounts, `unknown-option` for a field of `deposit` that
 *   {@link SavingsMovement} does not have (the builders of the other entries likewise, each
 *   with its own fields). {@link postEntry} checks everything else.
 *
 * @example
 * ```ts
 * depositEntry({ id: 'E-1', date: '2024-01-05', memberId: 'M-001', amount: '200', account: 'shares' });
 * // { id: 'E-1', date: '2024-01-05', lines: [
 * //   { account: 'cash', debit: '200.00' },
 * //   { account: 'member-shares', credit: '200.00', memberId: 'M-001' } ] }
 * ```
 */
export function depositEntry(
  deposit: SavingsMovement,
  chart: readonly Account[] = DEFAULT_CHART_OF_ACCOUNTS,
): JournalEntry {
  checkInput(deposit, SAVINGS_FIELDS, chart, 'depositEntry');
  const amount = positive(deposit.amount);
  return entry(deposit, [
    line(chart, deposit.via ?? 'cash', deposit, 'debit', amount),
    line(chart, savingsRole(deposit), deposit, 'credit', amount, deposit.memberId),
  ]);
}

/**
 * A withdrawal (ถอนเงิน): debit the member's savings or shares, credit cash (or bank).
 * Whether the member may withdraw is the savings rules' question (`checkWithdrawal`).
 *
 * @throws {@link "@sajja/core".SajjaError} as {@link depositEntry}.
 */
export function withdrawalEntry(
  withdrawal: SavingsMovement,
  chart: readonly Account[] = DEFAULT_CHART_OF_ACCOUNTS,
): JournalEntry {
  checkInput(withdrawal, SAVINGS_FIELDS, chart, 'withdrawalEntry');
  const amount = positive(withdrawal.amount);
  return entry(withdrawal, [
    line(chart, savingsRole(withdrawal), withdrawal, 'debit', amount, withdrawal.memberId),
    line(chart, withdrawal.via ?? 'cash', withdrawal, 'credit', amount),
  ]);
}

/**
 * A loan paid out (จ่ายเงินกู้): debit loans receivable for the borrower, credit cash (or bank).
 *
 * @throws {@link "@sajja/core".SajjaError} as {@link depositEntry}.
 */
export function loanIssuedEntry(
  issue: MemberAmount,
  chart: readonly Account[] = DEFAULT_CHART_OF_ACCOUNTS,
): JournalEntry {
  checkInput(issue, MEMBER_AMOUNT_FIELDS, chart, 'loanIssuedEntry');
  const amount = positive(issue.amount);
  return entry(issue, [
    line(chart, 'loans-receivable', issue, 'debit', amount, issue.memberId),
    line(chart, issue.via ?? 'cash', issue, 'credit', amount),
  ]);
}

/**
 * A loan repayment (รับชำระเงินกู้) split into its parts: debit cash (or bank) with the whole,
 * credit loans receivable with the principal, loan interest with the interest, fines with the
 * penalty, and the member's savings with any excess. Parts of 0 get no line.
 *
 * @throws {@link "@sajja/core".SajjaError} `INVALID_AMOUNT` for a part that is not an amount,
 *   `INVALID_AMOUNT` / `not-positive` for a negative part or parts adding up to 0; otherwise as
 *   {@link depositEntry}.
 *
 * @example
 * ```ts
 * loanRepaymentEntry({ id: 'E-9', date: '2024-02-15', memberId: 'M-001', principal: '1000', interest: '100' });
 * // lines: cash debit 1100.00; loans-receivable credit 1000.00; loan-interest credit 100.00
 * ```
 */
export function loanRepaymentEntry(
  repayment: LoanRepayment,
  chart: readonly Account[] = DEFAULT_CHART_OF_ACCOUNTS,
): JournalEntry {
  checkInput(repayment, REPAYMENT_FIELDS, chart, 'loanRepaymentEntry');
  const parts: Array<[AccountRole, Money]> = [
    ['loans-receivable', part(repayment.principal)],
    ['loan-interest', part(repayment.interest)],
    ['fines', part(repayment.penalty)],
    ['member-savings', part(repayment.excess)],
  ];
  const total = positive(sum(parts.map(([, amount]) => amount)));
  return entry(repayment, [
    line(chart, repayment.via ?? 'cash', repayment, 'debit', total),
    ...parts
      .filter(([, amount]) => !amount.isZero())
      .map(([role, amount]) => line(chart, role, repayment, 'credit', amount, repayment.memberId)),
  ]);
}

/**
 * A fine paid (ค่าปรับ: a missed pledge, a late meeting): debit cash (or bank), credit fines.
 *
 * @throws {@link "@sajja/core".SajjaError} as {@link depositEntry}.
 */
export function fineEntry(
  fine: MemberAmount,
  chart: readonly Account[] = DEFAULT_CHART_OF_ACCOUNTS,
): JournalEntry {
  checkInput(fine, MEMBER_AMOUNT_FIELDS, chart, 'fineEntry');
  const amount = positive(fine.amount);
  return entry(fine, [
    line(chart, fine.via ?? 'cash', fine, 'debit', amount),
    line(chart, 'fines', fine, 'credit', amount, fine.memberId),
  ]);
}

/**
 * A welfare contribution (เงินสมทบสวัสดิการ), from a member or a grant: debit cash (or bank),
 * credit the welfare fund. Contributions are not savings: they are not paid back.
 *
 * @throws {@link "@sajja/core".SajjaError} as {@link depositEntry}.
 */
export function welfareContributionEntry(
  contribution: WelfareMovement,
  chart: readonly Account[] = DEFAULT_CHART_OF_ACCOUNTS,
): JournalEntry {
  checkInput(contribution, MEMBER_AMOUNT_FIELDS, chart, 'welfareContributionEntry');
  const amount = positive(contribution.amount);
  return entry(contribution, [
    line(chart, contribution.via ?? 'cash', contribution, 'debit', amount),
    line(chart, 'welfare-fund', contribution, 'credit', amount, contribution.memberId),
  ]);
}

/**
 * A welfare benefit paid from the welfare fund (จ่ายสวัสดิการ): debit the welfare fund, credit
 * cash (or bank).
 *
 * @throws {@link "@sajja/core".SajjaError} as {@link depositEntry}.
 */
export function welfarePaymentEntry(
  payment: WelfareMovement,
  chart: readonly Account[] = DEFAULT_CHART_OF_ACCOUNTS,
): JournalEntry {
  checkInput(payment, MEMBER_AMOUNT_FIELDS, chart, 'welfarePaymentEntry');
  const amount = positive(payment.amount);
  return entry(payment, [
    line(chart, 'welfare-fund', payment, 'debit', amount, payment.memberId),
    line(chart, payment.via ?? 'cash', payment, 'credit', amount),
  ]);
}

/**
 * Moves money from one sub-fund to another (โอนระหว่างกองทุน): in the giving fund, debit
 * transfers and credit cash (or bank); in the receiving fund, debit cash (or bank) and credit
 * transfers. Each sub-fund balances on its own, and the transfers account nets to zero over
 * the group.
 *
 * @throws {@link "@sajja/core".SajjaError} as {@link depositEntry}.
 */
export function transferEntry(
  transfer: SubFundTransfer,
  chart: readonly Account[] = DEFAULT_CHART_OF_ACCOUNTS,
): JournalEntry {
  checkInput(transfer, TRANSFER_FIELDS, chart, 'transferEntry');
  const amount = positive(transfer.amount);
  const via = transfer.via ?? 'cash';
  const from = { subFund: transfer.from };
  const to = { subFund: transfer.to };
  return entry(transfer, [
    line(chart, 'fund-transfers', from, 'debit', amount),
    line(chart, via, from, 'credit', amount),
    line(chart, via, to, 'debit', amount),
    line(chart, 'fund-transfers', to, 'credit', amount),
  ]);
}

/** @internal The code of the first account of `chart` with `role`, or `no-account-for-role`. */
export function accountFor(chart: readonly Account[], role: AccountRole): string {
  const found = chart.find((account) => account.role === role);
  if (found) return found.code;
  throw booksError(
    'no-account-for-role',
    `The chart of accounts has no account with the role "${role}".`,
    { input: role, details: { role } },
  );
}

const BASICS = ['id', 'date', 'subFund', 'via', 'memo'];
const MEMBER_AMOUNT_FIELDS = [...BASICS, 'memberId', 'amount'];
const SAVINGS_FIELDS = [...MEMBER_AMOUNT_FIELDS, 'account'];
const REPAYMENT_FIELDS = [...BASICS, 'memberId', 'principal', 'interest', 'penalty', 'excess'];
const TRANSFER_FIELDS = ['id', 'date', 'from', 'to', 'amount', 'via', 'memo'];

/**
 * The checks every builder makes before it reads anything: what it describes is an object of
 * its own fields only (a mistyped `memberID` would leave the member out of the entry), and the
 * chart is a list of accounts. {@link postEntry} checks the rest.
 */
function checkInput(input: unknown, fields: readonly string[], chart: unknown, owner: string) {
  checkOptions(input, fields, owner, 'input');
  checkList(chart, 'chart', 'account').forEach((account, index) => {
    if (typeof account !== 'object' || account === null) {
      throw invalidOption(`chart[${index}]`, account, 'an account');
    }
  });
}

function savingsRole(movement: SavingsMovement): AccountRole {
  return movement.account === 'shares' ? 'member-shares' : 'member-savings';
}

function entry(basics: { id: string; date: string; memo?: string }, lines: JournalLine[]) {
  const { id, date, memo } = basics;
  return memo === undefined ? { id, date, lines } : { id, date, memo, lines };
}

function line(
  chart: readonly Account[],
  role: AccountRole,
  where: { subFund?: string },
  side: 'debit' | 'credit',
  amount: Money,
  memberId?: string,
): JournalLine {
  return {
    account: accountFor(chart, role),
    [side]: amount.toString(),
    ...(where.subFund === undefined ? {} : { subFund: where.subFund }),
    ...(memberId === undefined ? {} : { memberId }),
  };
}

function positive(amount: MoneyInput): Money {
  const value = money(amount);
  if (value.isPositive()) return value;
  throw new SajjaError(
    'INVALID_AMOUNT',
    'not-positive',
    `The amount must be more than 0 (${value.toString()}).`,
    {
      input: amount,
    },
  );
}

function part(amount: MoneyInput | undefined): Money {
  const value = money(amount ?? '0');
  if (!value.isNegative()) return value;
  throw new SajjaError(
    'INVALID_AMOUNT',
    'not-positive',
    `A part of a repayment cannot be negative (${value.toString()}).`,
    {
      input: amount,
    },
  );
}
