import { assertIsoDate, dayNumberOf } from '../dates/iso-date.js';
import type { Money } from '../money/money.js';
import { ageingBucket, type AgeingBucket } from './ageing.js';
import type {
  Loan,
  LoanPayment,
  LoanState,
  LoanStateInstallment,
  RepaymentAmounts,
} from './loan.js';
import {
  amountsOf,
  cachedBook,
  installmentOf,
  isLoanState,
  moneyOf,
  penaltyAt,
  type Book,
  undisbursedAfter,
} from './loan-book.js';
import { withLazy } from './lazy-property.js';
import { replayPayments } from './replay-payments.js';

/**
 * Where an instalment stands on the `asOf` day of {@link loanStatus}:
 * - `'paid'`: nothing of it is owed (principal, interest and penalty), also when it was paid
 *   before its due date (`earlyPayment: 'next-installment'`, the default);
 * - `'upcoming'`: due after `asOf`, not yet paid in full (part of it may be paid early);
 * - `'due'`: due on `asOf` itself, not yet paid in full: not late yet;
 * - `'overdue'`: due before `asOf` and not paid in full (any part, a penalty too).
 */
export type InstallmentStatus = 'paid' | 'upcoming' | 'due' | 'overdue';

/** One instalment of a {@link LoanStatus}. */
export interface LoanStatusInstallment extends LoanStateInstallment {
  /** Where it stands on `asOf`. */
  readonly status: InstallmentStatus;
  /** The penalty it has incurred by the end of `asOf`, capped (paid or not). */
  readonly penalty: Money;
  /** What is still owed of it on `asOf`, by part. */
  readonly owed: RepaymentAmounts;
  /** Days from its due date to `asOf` while it is overdue; 0 otherwise. */
  readonly daysPastDue: number;
}

/** The next instalment to fall due after `asOf`, and what is left to pay of it. */
export interface NextInstallment {
  /** Its number. */
  readonly n: number;
  /** When it falls due. */
  readonly dueDate: string;
  /** Its principal and interest not yet paid (part of them may have been paid early). */
  readonly amount: Money;
}

/** Where a loan stands on a day, from {@link loanStatus}. */
export interface LoanStatus {
  /** The day the status is for. */
  readonly asOf: string;
  /** The schedule as it stands on `asOf` (recomputed after any prepayment), with each instalment's status. */
  readonly installments: readonly LoanStatusInstallment[];
  /**
   * What is owed on `asOf` to be up to date: the unpaid parts of instalments due on or before
   * it, and penalties incurred and unpaid.
   */
  readonly due: RepaymentAmounts;
  /** The part of {@link LoanStatus.due} that is late: instalments due before `asOf`. */
  readonly overdue: RepaymentAmounts;
  /** What the payments on or before `asOf` paid, by part; principal includes any prepaid. */
  readonly paid: RepaymentAmounts;
  /**
   * Principal prepaid: paid ahead beyond the next instalment (under `earlyPayment: 'prepay'`,
   * all principal paid before it fell due), which recomputed the schedule.
   */
  readonly prepaidPrincipal: Money;
  /** Money received beyond the whole debt, to give back. */
  readonly excess: Money;
  /** Days since the due date of the oldest overdue instalment; 0 when none is. */
  readonly daysPastDue: number;
  /** The ageing bucket of {@link LoanStatus.daysPastDue}. */
  readonly ageingBucket: AgeingBucket;
  /** The principal not yet repaid, due or not. */
  readonly outstandingPrincipal: Money;
  /** The next instalment due after `asOf` not yet paid, or `null` when there is none. */
  readonly nextInstallment: NextInstallment | null;
  /** True when nothing is owed and no principal is outstanding. */
  readonly fullyPaid: boolean;
}

/**
 * Where a loan stands on `asOf`: what is due and overdue by part, what was paid, days past
 * due and the ageing bucket, the principal outstanding, the next instalment, and each
 * instalment's status.
 *
 * It replays {@link applyPayment} over the records dated on or before `asOf`, in date order
 * (records of one day in the order given): every payment that no reversal among them cancels.
 * A reversal dated after `asOf` does not change the status on `asOf`: it took effect on its own
 * date. Then it reads the result on `asOf`: penalties as incurred by the end of that day;
 * interest of instalments as they fall due (the interest the current period is earning is in
 * {@link payoffQuote}, not in `due`).
 *
 * Days past due count from the due date (grace days delay penalties, not ageing); an instalment
 * is overdue while any part of it, a penalty too, is unpaid after its due date.
 *
 * **Paid early.** Under `rules.earlyPayment` `'next-installment'` (the default) money paid
 * before the next instalment falls due settles that instalment at its scheduled amounts (see
 * {@link applyPayment}): paid in full it is `'paid'` from then on, never overdue and never
 * penalised, and {@link LoanStatus.nextInstallment} moves on to the one after; paid in part,
 * only the rest is due on its date. Under `'prepay'` the money prepays principal instead and
 * the recomputed instalment is still asked on its date.
 *
 * @param loan - A {@link Loan}, or a {@link LoanState}, whose history comes before `payments`.
 * @param payments - Payment records and reversals, in any order. Every record is checked, also
 *   those after `asOf`.
 * @throws {@link "@sajja/core".SajjaError} as {@link applyPayment} does (except `payment-out-of-order` and
 *   `payment-date-mismatch`: records are sorted here), and `INVALID_DATE` for a bad `asOf`.
 *
 * @example
 * ```ts
 * const loan = {
 *   terms: { principal: '10000', rate: { percent: '1', per: 'month' }, termMonths: 10,
 *            method: 'flat', disbursedOn: '2024-01-15' },
 * };
 * const status = loanStatus(loan, [{ id: 'r1', date: '2024-02-15', amount: '1100' }], '2024-04-20');
 * status.daysPastDue;              // 36: instalment 2 fell due on 2024-03-15
 * status.ageingBucket;             // '31-60'
 * status.overdue.total.toString(); // '2205.61': instalments 2 and 3, and 5.61 of penalties
 * status.outstandingPrincipal.toString(); // '9000.00'
 * ```
 */
export function loanStatus(
  loan: Loan | LoanState,
  payments: readonly LoanPayment[],
  asOf: string,
): LoanStatus {
  assertIsoDate(asOf, 'as-of date');
  return statusOf(bookAsOf(loan, payments, asOf), asOf);
}

/**
 * @internal The ledger of `loan` (or a state) with `payments` on top, as of the end of `asOf`:
 * a state's own ledger when nothing is added and `asOf` is not before it.
 */
export function bookAsOf(
  loan: Loan | LoanState,
  payments: readonly LoanPayment[],
  asOf: string,
): Book {
  if (isLoanState(loan)) {
    const cached = cachedBook(loan);
    if (cached && Array.isArray(payments) && payments.length === 0 && asOf >= cached.asOf) {
      return cached;
    }
    return replayPayments(loan.loan, loan.rules, loan.history, payments, asOf);
  }
  return replayPayments(loan, loan?.rules, [], payments, asOf);
}

function statusOf(book: Book, asOf: string): LoanStatus {
  const day = dayNumberOf(asOf);
  type Sums = [penalty: bigint, interest: bigint, principal: bigint];
  const due: Sums = [0n, 0n, 0n];
  const overdue: Sums = [0n, 0n, 0n];
  const paid: Sums = [0n, 0n, book.prepaid];
  const add = (into: Sums, penalty: bigint, interest: bigint, principal: bigint) => {
    into[0] += penalty;
    into[1] += interest;
    into[2] += principal;
  };
  let daysPastDue = 0;
  let outstanding = 0n;
  let next: NextInstallment | null = null;
  let fullyPaid = true;
  const standings = book.rows.map((row) => {
    const penalty = penaltyAt(book.policy.penalty, row, day);
    const owed: Sums = [
      penalty - row.paidPenalty,
      row.interest - row.paidInterest,
      row.principal - row.paidPrincipal,
    ];
    outstanding += owed[2];
    add(paid, row.paidPenalty, row.paidInterest, row.paidPrincipal);
    let status: InstallmentStatus = 'upcoming';
    let late = 0;
    if (owed[0] + owed[1] + owed[2] === 0n) {
      status = 'paid';
    } else if (row.due <= day) {
      add(due, ...owed);
      status = 'due';
      if (row.due < day) {
        status = 'overdue';
        late = day - row.due;
        add(overdue, ...owed);
        if (late > daysPastDue) daysPastDue = late;
      }
    } else if (next === null) {
      next = Object.freeze({
        n: row.n,
        dueDate: row.dueDate,
        amount: moneyOf(owed[1] + owed[2]),
      });
    }
    if (status !== 'paid') fullyPaid = false;
    return { row, penalty, owed, status, late };
  });
  return withLazy(
    {
      asOf,
      due: amountsOf(...due),
      overdue: amountsOf(...overdue),
      paid: amountsOf(...paid),
      prepaidPrincipal: moneyOf(book.prepaid),
      excess: moneyOf(book.excess),
      daysPastDue,
      ageingBucket: ageingBucket(daysPastDue),
      outstandingPrincipal: moneyOf(paidOut(outstanding - undisbursedAfter(book, day))),
      nextInstallment: next,
      fullyPaid,
    },
    'installments',
    () =>
      Object.freeze(
        standings.map(
          ({ row, penalty, owed, status, late }): LoanStatusInstallment =>
            Object.freeze({
              ...installmentOf(row),
              status,
              penalty: moneyOf(penalty),
              owed: amountsOf(...owed),
              daysPastDue: late,
            }),
        ),
      ),
  );
}

/**
 * Principal owed on the instalments less tranches not yet paid out, never below 0: an
 * instalment paid early may repay money paid out later in its period.
 */
function paidOut(owed: bigint): bigint {
  return owed > 0n ? owed : 0n;
}
