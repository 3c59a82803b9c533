import { loanError } from './loan-sentences.js';
import { assertIsoDate, dayNumberOf } from '../dates/iso-date.js';
import { checkOptionKeys } from '../errors/check-option-keys.js';
import { invalidOption, SajjaError } from '../errors/sajja-error.js';
import { money, type Money } from '../money/money.js';
import type {
  Loan,
  LoanPayment,
  LoanState,
  LoanStateInstallment,
  RepaymentAmounts,
} from './loan.js';
import {
  DEFAULT_ALLOCATION_ORDER,
  type EarlyPaymentRule,
  type LoanRules,
  type PrepaymentRule,
  type RepaymentPart,
} from './loan-rules.js';
import { LOAN_TERM_FIELDS, type Installment, type LoanTerms } from './loan-terms.js';
import { withLazy } from './lazy-property.js';
import { cappedPenalty, penaltyPolicyOf, type PenaltyPolicy } from './penalty.js';
import { rounderOf, type Rounder } from './loan-rounding.js';
import { moneyOfSatang, satangOf } from '../money/satang.js';
import { loanPlan } from './schedule.js';
import { freeInstallments, walkSchedule, type SchedulePlan } from './schedule-in-satang.js';
import { validateLoanRules } from './validate-loan-rules.js';

/*
 * The working ledger of one loan's repayments (internal): the schedule's rows with what was
 * paid toward each, in whole satang (bigint) and day numbers, mutated while payments are
 * replayed and frozen into a LoanState for callers. applyPayment, loanStatus and payoffQuote all
 * run on it, so they cannot disagree.
 */

/** @internal One instalment being repaid. Dates are day numbers (days since 1970-01-01). */
export interface BookRow {
  readonly n: number;
  readonly dueDate: string;
  readonly due: number;
  /** Where the instalment's period starts: the previous due date, or the disbursement. */
  readonly start: number;
  readonly principal: bigint;
  readonly interest: bigint;
  readonly balance: bigint;
  paidPrincipal: bigint;
  paidInterest: bigint;
  paidPenalty: bigint;
  /** What the interest is charged on under `'actual/365'`: the balance, or a flat loan's principal. */
  readonly base: bigint;
  /**
   * True when the period's interest is `base × yearly rate × days / 365` (`'actual/365'`, no
   * tranche within it, not interest-free, not a flat contract total): it accrues by days so;
   * otherwise its own interest accrues pro rata over its days.
   */
  readonly byDays: boolean;
  /**
   * The interest earned by the due date: `interest`, or when interest is deferred (grace on
   * interest payment) what this period earned plus what earlier deferred periods carried in.
   */
  readonly earned: bigint;
  /** Interest accrues by days from `accrualFrom`, on top of `accruedBefore`. */
  readonly accrualFrom: number;
  readonly accruedBefore: bigint;
  /** The principal unpaid when the instalment became late; undefined until then. */
  overdue: bigint | undefined;
  /** Σ unpaid principal × days late, over the stages closed so far (satang-days). */
  principalDays: bigint;
  /** Where the open stage of lateness starts. */
  stageFrom: number;
  paidOn: string | undefined;
}

/** @internal What a prepayment needs to rebuild the rest of the schedule. */
export interface RecomputePlan {
  readonly terms: LoanTerms;
  /** The terms, checked, as the schedule was built from them. */
  readonly schedule: SchedulePlan;
  /** How amounts are rounded to the satang. */
  readonly round: Rounder;
  /** The instalment `'reduce-term'` keeps: the payment, or an equal-principal loan's principal part. */
  readonly regular: bigint;
}

/** @internal The rules as the ledger applies them. */
export interface RepaymentPolicy {
  readonly order: readonly RepaymentPart[];
  readonly earlyPayment: EarlyPaymentRule;
  readonly prepayment: PrepaymentRule;
  readonly penalty: PenaltyPolicy;
}

/** @internal A loan's repayment ledger. */
export interface Book {
  readonly loan: Loan;
  readonly rules: LoanRules | undefined;
  readonly policy: RepaymentPolicy;
  readonly plan: RecomputePlan;
  readonly disbursedOn: string;
  rows: BookRow[];
  /**
   * Rows before `open` are settled (due, or paid early); payments start at `open`, the only row
   * that may be paid in part.
   */
  open: number;
  prepaid: bigint;
  excess: bigint;
  asOf: string;
  history: LoanPayment[];
}

/**
 * @internal A fresh ledger for `loan`, before any payment, under `rules` (checked with
 * `validateLoanRules`; undefined means the defaults). Callers pass the loan's own rules.
 */
export function openBook(loan: Loan, rules: LoanRules | undefined): Book {
  if (typeof loan !== 'object' || loan === null || typeof loan.terms !== 'object') {
    throw invalidOption('loan', loan, 'a loan: { terms, rules?, installments? }');
  }
  checkOptionKeys(loan.terms, LOAN_TERM_FIELDS, 'LoanTerms');
  const checkedRules = rules === undefined ? undefined : validateLoanRules(rules);
  const { terms } = loan;
  const given = loan.installments;
  const schedule = loanPlan(terms);
  const disbursedOn = schedule.disbursedOn;
  const disbursed = dayNumberOf(disbursedOn);
  const built = given == null ? rowsOfPlan(schedule, disbursed) : undefined;
  const rows = built ? built.rows : rowsOf(given!, terms, schedule, disbursed);
  return {
    loan,
    rules: checkedRules,
    policy: {
      order: checkedRules?.allocationOrder ?? DEFAULT_ALLOCATION_ORDER,
      earlyPayment: checkedRules?.earlyPayment ?? 'next-installment',
      prepayment: checkedRules?.prepayment ?? 'reduce-term',
      penalty: penaltyPolicyOf(checkedRules),
    },
    plan: {
      terms,
      schedule,
      round: rounderOf(schedule.roundingMode),
      regular: built ? built.regular : regularOf(schedule, rows),
    },
    disbursedOn,
    rows,
    open: 0,
    prepaid: 0n,
    excess: 0n,
    asOf: disbursedOn,
    history: [],
  };
}

/** The instalment `'reduce-term'` keeps for a stored schedule: as the terms would build it when
 * they have a grace or tranches, else the stored first instalment's. */
function regularOf(schedule: SchedulePlan, rows: readonly BookRow[]): bigint {
  if (schedule.installment !== undefined) return schedule.installment;
  if (
    schedule.graceOnPrincipal > 0 ||
    schedule.graceOnInterestPayment > 0 ||
    schedule.interestFreePeriods > 0 ||
    schedule.tranches.length > 1 ||
    schedule.paymentTiming === 'start'
  ) {
    return walkSchedule(schedule).regular;
  }
  const first = rows[0]!;
  return schedule.method === 'equal-principal' ? first.principal : first.principal + first.interest;
}

/** Rows of the schedule of a checked plan, worked out here in whole satang. */
export function rowsOfPlan(
  plan: SchedulePlan,
  disbursed: number,
  firstN = 1,
): { rows: BookRow[]; regular: bigint } {
  const flatBase = plan.method === 'flat' ? plan.principal : undefined;
  const byDays =
    plan.dayCount === 'actual/365' &&
    plan.tranches.length === 1 &&
    plan.flatInterest === 'per-installment';
  const rows: BookRow[] = [];
  let start = disbursed;
  const { regular } = walkSchedule(
    plan,
    (k, _payment, principal, interest, balance, earned, carriedIn) => {
      const dueDate = plan.dueDates[k]!;
      const due = plan.duePoints[k]!.day;
      const charged = byDays && k >= freeInstallments(plan);
      const row = newRow(
        k + firstN,
        dueDate,
        due,
        start,
        principal,
        interest,
        balance,
        flatBase,
        charged,
      );
      rows.push(
        earned === interest && carriedIn === 0n
          ? row
          : { ...row, earned, accruedBefore: carriedIn },
      );
      start = due;
    },
  );
  return { rows, regular };
}

/** Rows of a schedule `given` with the loan, checked against it. */
function rowsOf(
  installments: readonly Installment[],
  terms: LoanTerms,
  schedule: SchedulePlan,
  disbursed: number,
) {
  const byDays = schedule.dayCount === 'actual/365';
  const principal = satangOf(money(terms.principal));
  let start = disbursed;
  let sum = 0n;
  const rows = (Array.isArray(installments) ? installments : []).map((installment) => {
    const due = dayNumberOf(assertIsoDate(installment?.dueDate, 'due date'));
    const principalPart = satangOf(money(installment.principal));
    const balance = satangOf(money(installment.balance));
    const interest = satangOf(money(installment.interest));
    const flatBase = terms.method === 'flat' ? principal : undefined;
    const row = newRow(
      installment.n,
      installment.dueDate,
      due,
      start,
      principalPart,
      interest,
      balance,
      flatBase,
      byDays,
    );
    // A loan repaid from its first day has its first instalment on the day of disbursement.
    const first = start === disbursed && schedule.paymentTiming === 'start';
    if (
      (first ? due < start : due <= start) ||
      row.principal < 0n ||
      row.interest < 0n ||
      satangOf(money(installment.payment)) !== row.principal + row.interest
    ) {
      throw scheduleMismatch(terms);
    }
    sum += row.principal;
    start = due;
    return row;
  });
  if (rows.length === 0 || sum !== principal) throw scheduleMismatch(terms);
  return rows;
}

function scheduleMismatch(terms: LoanTerms): SajjaError {
  return loanError(
    'schedule-mismatch',
    'The instalments given do not fit the loan: each needs a due date after the previous one (the first after disbursement) and payment = principal + interest, and the principal parts must add up to the principal.',
    { details: { principal: money(terms.principal).toString() } },
  );
}

/**
 * @internal A row for instalment `n` (amounts in satang), nothing paid, accruing interest from
 * its period's start on `flatBase` (a flat loan's principal) or else on the balance before it.
 */
export function newRow(
  n: number,
  dueDate: string,
  due: number,
  start: number,
  principal: bigint,
  interest: bigint,
  balance: bigint,
  flatBase: bigint | undefined,
  byDays = false,
): BookRow {
  return {
    n,
    dueDate,
    due,
    start,
    principal,
    interest,
    balance,
    paidPrincipal: 0n,
    paidInterest: 0n,
    paidPenalty: 0n,
    base: flatBase ?? principal + balance,
    byDays,
    earned: interest,
    accrualFrom: start,
    accruedBefore: 0n,
    overdue: undefined,
    principalDays: 0n,
    stageFrom: due,
    paidOn: undefined,
  };
}

/** @internal A copy that can be changed without touching `book`. */
export function cloneBook(book: Book): Book {
  return { ...book, rows: book.rows.map((row) => ({ ...row })), history: [...book.history] };
}

/**
 * @internal The interest `row` has earned by the end of day `day`: all of it (`earned`) from
 * its due date on; before, `accruedBefore` plus, since `accrualFrom`, the interest of the actual
 * days (`base × yearly rate × days / 365`) when the row is charged so (`byDays`), else the rest
 * of what it earns pro rata by days; rounded by the schedule's rounding mode.
 */
export function accruedInterest(plan: RecomputePlan, row: BookRow, day: number): bigint {
  if (day >= row.due) return row.earned;
  if (day <= row.accrualFrom) return row.accruedBefore;
  const days = BigInt(day - row.accrualFrom);
  if (row.byDays) {
    const { numerator, denominator } = plan.schedule.yearly;
    return row.accruedBefore + plan.round(row.base * numerator * days, denominator * 365n);
  }
  const rest = row.earned - row.accruedBefore;
  return row.accruedBefore + plan.round(rest * days, BigInt(row.due - row.accrualFrom));
}

/**
 * @internal The interest row `index` of `book` has earned by the end of day `day` and not been
 * paid: never less than 0, since an instalment paid early (`'next-installment'`) paid its whole
 * interest before earning it, and that is not given back. Before the row's period begins, what
 * it carries in from earlier instalments whose interest is deferred has been earned only as far
 * as those instalments have got.
 */
export function unpaidAccruedInterest(book: Book, index: number, day: number): bigint {
  const row = book.rows[index]!;
  const owed = accruedAt(book, index, day) - row.paidInterest;
  return owed > 0n ? owed : 0n;
}

/** {@link accruedInterest} of row `index`, following deferred interest back before its period. */
function accruedAt(book: Book, index: number, day: number): bigint {
  const row = book.rows[index]!;
  if (day >= row.start || index === 0 || row.accruedBefore === 0n) {
    return accruedInterest(book.plan, row, day);
  }
  const previous = book.rows[index - 1]!;
  const carried = previous.earned - previous.interest;
  if (carried <= 0n) return accruedInterest(book.plan, row, day);
  const earnedThere = accruedAt(book, index - 1, day) - previous.interest;
  return row.accruedBefore - carried + (earnedThere > 0n ? earnedThere : 0n);
}

/**
 * @internal The penalty `row` has incurred by the end of day `day`, capped: late once `day` is
 * past its due date plus the grace days with principal unpaid; it accrues on the unpaid
 * principal stage by stage as that is paid down, and stops when the principal is paid.
 */
export function penaltyAt(policy: PenaltyPolicy, row: BookRow, day: number): bigint {
  const unpaid = row.principal - row.paidPrincipal;
  let { overdue, principalDays } = row;
  if (overdue === undefined) {
    const lateFrom = row.due + policy.graceDays;
    if (unpaid === 0n || day <= lateFrom) return 0n;
    overdue = unpaid;
    principalDays = unpaid * BigInt(day - lateFrom);
  } else if (unpaid > 0n) {
    principalDays += unpaid * BigInt(day - row.stageFrom);
  }
  return cappedPenalty(policy, overdue, principalDays);
}

/**
 * @internal Closes the open stage of lateness on day `day`, before principal is paid on it, so
 * the penalty from then on runs on what is left unpaid.
 */
export function closePenaltyStage(policy: PenaltyPolicy, row: BookRow, day: number): void {
  const unpaid = row.principal - row.paidPrincipal;
  const lateFrom = row.due + policy.graceDays;
  if (unpaid === 0n || day <= lateFrom) return;
  if (row.overdue === undefined) {
    row.overdue = unpaid;
    row.principalDays = unpaid * BigInt(day - lateFrom);
  } else {
    row.principalDays += unpaid * BigInt(day - row.stageFrom);
  }
  row.stageFrom = day;
}

/** @internal True when nothing of `row` is owed on day `day` (principal, interest, penalty). */
export function isSettled(policy: PenaltyPolicy, row: BookRow, day: number): boolean {
  return (
    row.paidPrincipal === row.principal &&
    row.paidInterest === row.interest &&
    row.paidPenalty === penaltyAt(policy, row, day)
  );
}

/**
 * @internal The principal paid out and not yet repaid by the end of day `day` (default: the
 * book's `asOf`): tranches paid out later are in the rows but not owed yet.
 */
export function outstandingPrincipal(book: Book, day = dayNumberOf(book.asOf)): bigint {
  let sum = 0n;
  for (let index = book.open; index < book.rows.length; index++) {
    const row = book.rows[index]!;
    sum += row.principal - row.paidPrincipal;
  }
  // Never below 0: an instalment paid early may repay money paid out later in its period.
  const owed = sum - undisbursedAfter(book, day);
  return owed > 0n ? owed : 0n;
}

/** @internal The tranches of the loan paid out after day `day`, in satang. */
export function undisbursedAfter(book: Book, day: number): bigint {
  const { tranches } = book.plan.schedule;
  let sum = 0n;
  for (let index = tranches.length - 1; index > 0 && tranches[index]!.point.day > day; index--) {
    sum += tranches[index]!.amount;
  }
  return sum;
}

const ZERO = /* @__PURE__ */ moneyOfSatang(0n);

/** @internal Money of whole satang; most amounts in a loan's rows are 0, so that one is shared. */
export function moneyOf(satang: bigint): Money {
  return satang === 0n ? ZERO : moneyOfSatang(satang);
}

/** @internal Amounts by part, from satang. */
export function amountsOf(penalty: bigint, interest: bigint, principal: bigint): RepaymentAmounts {
  return Object.freeze({
    penalty: moneyOf(penalty),
    interest: moneyOf(interest),
    principal: moneyOf(principal),
    total: moneyOf(penalty + interest + principal),
  });
}

/** @internal The schedule row of `row`, as a frozen {@link LoanStateInstallment}. */
export function installmentOf(row: BookRow): LoanStateInstallment {
  return Object.freeze({
    n: row.n,
    dueDate: row.dueDate,
    payment: moneyOf(row.principal + row.interest),
    principal: moneyOf(row.principal),
    interest: moneyOf(row.interest),
    balance: moneyOf(row.balance),
    paid: amountsOf(row.paidPenalty, row.paidInterest, row.paidPrincipal),
    paidOn: row.paidOn ?? null,
  });
}

const books = /* @__PURE__ */ new WeakMap<LoanState, Book>();

/** @internal The immutable {@link LoanState} of `book`; the book is kept for the next payment. */
export function stateOf(book: Book): LoanState {
  const state: LoanState = withLazy(
    {
      loan: book.loan,
      rules: book.rules,
      asOf: book.asOf,
      outstandingPrincipal: moneyOf(outstandingPrincipal(book)),
      prepaidPrincipal: moneyOf(book.prepaid),
      excess: moneyOf(book.excess),
      history: Object.freeze([...book.history]),
    },
    'installments',
    () => Object.freeze(book.rows.map(installmentOf)),
  );
  books.set(state, book);
  return state;
}

/** @internal The ledger behind a state this module made (never to be changed), if any. */
export function cachedBook(state: LoanState): Book | undefined {
  return books.get(state);
}

/** @internal True for a {@link LoanState} (made here or read back), false for a {@link Loan}. */
export function isLoanState(value: Loan | LoanState): value is LoanState {
  return (
    typeof value === 'object' &&
    value !== null &&
    'history' in value &&
    Array.isArray(value.history) &&
    'loan' in value
  );
}
