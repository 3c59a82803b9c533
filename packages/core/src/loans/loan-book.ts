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
import {
  LOAN_TERM_FIELDS,
  type Installment,
  type LoanDayCount,
  type LoanTerms,
} from './loan-terms.js';
import { withLazy } from './lazy-property.js';
import { cappedPenalty, penaltyPolicyOf, type PenaltyPolicy } from './penalty.js';
import {
  checkRate,
  monthlyRateFraction,
  yearlyRateFraction,
  type RateFraction,
} from './periodic-rate.js';
import { halfUp, moneyOfSatang, satangOf } from '../money/satang.js';
import { loanPlan } from './schedule.js';
import { walkSchedule, type SchedulePlan } from './schedule-in-satang.js';
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

/** @internal What a prepayment needs to rebuild the rest of the schedule with `loanSchedule`. */
export interface RecomputePlan {
  readonly terms: LoanTerms;
  readonly dayCount: LoanDayCount;
  readonly monthlyRate: RateFraction;
  readonly yearlyRate: RateFraction;
  /** The day of the month due dates are measured from, kept when the schedule is rebuilt. */
  readonly anchorDay: number;
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
  const built = given == null ? loanPlan(terms) : undefined;
  const disbursedOn = assertIsoDate(terms.disbursedOn, 'disbursement date');
  const disbursed = dayNumberOf(disbursedOn);
  const rows = built ? rowsOfPlan(built, disbursed) : rowsOf(given!, terms, disbursed);
  const first = rows[0]!;
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
      dayCount: terms.dayCount ?? 'period',
      monthlyRate: built?.monthly ?? monthlyRateFraction(checkRate(terms.rate)),
      yearlyRate: built?.yearly ?? yearlyRateFraction(checkRate(terms.rate)),
      anchorDay: terms.dueDayOfMonth ?? Number((terms.firstDueOn ?? disbursedOn).slice(8, 10)),
      regular:
        terms.installment !== undefined
          ? satangOf(money(terms.installment))
          : terms.method === 'equal-principal'
            ? first.principal
            : first.principal + first.interest,
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

/** Rows of the schedule of a checked plan, worked out here in whole satang. */
function rowsOfPlan(plan: SchedulePlan, disbursed: number): BookRow[] {
  const flatBase = plan.method === 'flat' ? plan.principal : undefined;
  const rows: BookRow[] = [];
  let start = disbursed;
  walkSchedule(plan, (k, _payment, principal, interest, balance) => {
    const dueDate = plan.dueDates[k]!;
    const due = dayNumberOf(dueDate);
    rows.push(newRow(k + 1, dueDate, due, start, principal, interest, balance, flatBase));
    start = due;
  });
  return rows;
}

/** Rows of a schedule `given` with the loan, checked against it. */
function rowsOf(installments: readonly Installment[], terms: LoanTerms, disbursed: number) {
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
    );
    if (
      due <= start ||
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
 * @internal The interest `row` has earned by the end of day `day`: all of it from its due date
 * on; before, `accruedBefore` plus, since `accrualFrom`, under `'actual/365'` the interest of
 * the actual days (`base × yearly rate × days / 365`), under `'period'` the rest of the
 * scheduled interest pro rata by days; rounded half-up.
 */
export function accruedInterest(plan: RecomputePlan, row: BookRow, day: number): bigint {
  if (day >= row.due) return row.interest;
  if (day <= row.accrualFrom) return row.accruedBefore;
  const days = BigInt(day - row.accrualFrom);
  if (plan.dayCount === 'actual/365') {
    const { numerator, denominator } = plan.yearlyRate;
    return row.accruedBefore + halfUp(row.base * numerator * days, denominator * 365n);
  }
  const rest = row.interest - row.accruedBefore;
  return row.accruedBefore + halfUp(rest * days, BigInt(row.due - row.accrualFrom));
}

/**
 * @internal The interest `row` has earned by the end of day `day` and not been paid: never less
 * than 0, since an instalment paid early (`'next-installment'`) paid its whole interest before
 * earning it, and that is not given back.
 */
export function unpaidAccruedInterest(plan: RecomputePlan, row: BookRow, day: number): bigint {
  const owed = accruedInterest(plan, row, day) - row.paidInterest;
  return owed > 0n ? owed : 0n;
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

/** @internal The principal not yet repaid. */
export function outstandingPrincipal(book: Book): bigint {
  let sum = 0n;
  for (let index = book.open; index < book.rows.length; index++) {
    const row = book.rows[index]!;
    sum += row.principal - row.paidPrincipal;
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
