import { assertIsoDate, dayNumberOf } from '../dates/iso-date.js';
import type { Money } from '../money/money.js';
import type { Loan, LoanPayment, LoanState } from './loan.js';
import { penaltyAt, undisbursedAfter, unpaidAccruedInterest } from './loan-book.js';
import { bookAsOf } from './loan-status.js';
import { moneyOfSatang } from '../money/satang.js';

/** What it takes to pay a loan off on a day, by part, from {@link payoffQuote}. */
export interface PayoffQuote {
  /** The day of the quote. */
  readonly onDate: string;
  /** All principal not yet repaid, due or not. */
  readonly principal: Money;
  /** Interest of instalments due on or before `onDate`, unpaid. */
  readonly overdueInterest: Money;
  /**
   * Interest the current period has earned by `onDate`, less any of it paid ahead; never below
   * 0 (interest paid with an early instalment is not given back).
   */
  readonly accruedInterest: Money;
  /** `overdueInterest + accruedInterest`. */
  readonly interest: Money;
  /** Penalties incurred by the end of `onDate`, unpaid. */
  readonly penalty: Money;
  /** `principal + interest + penalty`: paid on `onDate`, it closes the loan. */
  readonly total: Money;
}

/**
 * What paying a loan off on `onDate` costs: every unpaid principal paid out by then, the
 * interest of instalments already due, the interest the current period has earned so far (with
 * any interest deferred by `graceOnInterestPayment` and earned by then), and penalties. Paying
 * `total` on `onDate` ({@link applyPayment}) leaves nothing owed and nothing in excess — for a
 * loan paid out in tranches, once the last tranche is paid out: before that the quote says
 * what is owed that day, and money paid is applied as instalments (the loan goes on).
 *
 * **Interest to the day.** The current period is that of the first instalment not settled that
 * falls due after `onDate`; it begins on the previous due date (the first on the
 * disbursement). What it has earned by the end of `onDate`, rounded once by the loan's
 * `roundingMode`:
 * - `'actual/365'`: the interest of the actual days since the period began, `balance (a flat
 *   loan: its principal) × yearly rate × days / 365`, as the schedule charges a whole period;
 * - every other day count (`'period'`, `'30/360'`, `'actual/actual'`), an interest-free period,
 *   a flat contract total or a period with a tranche: the period's scheduled interest pro rata
 *   by days, `interest × days since the period began / days in the period` — a month's
 *   interest is shared over the month's actual days (15 days into a 29-day period: 15/29 of
 *   it).
 * After a prepayment within the period, what it had earned by then stays and the new balance
 * earns from that day on. Past the last due date no interest accrues, only penalties on late
 * principal.
 *
 * **A payoff is not an early instalment.** Under `earlyPayment: 'next-installment'` (the
 * default) money paid before a due date settles the next instalment with its whole interest,
 * but money that covers this quote pays the loan off at interest to the day instead (see
 * {@link applyPayment}). An instalment already paid early, in full or in part, paid its whole
 * interest: the quote asks no more interest for its period and gives none back, and a period
 * that has not begun yet (after an instalment paid early) has earned nothing but the deferred
 * interest it carries.
 *
 * @param payments - The payments made so far; those after `onDate` are ignored (but checked).
 * @throws {@link "@sajja/core".SajjaError} as {@link loanStatus} does.
 *
 * @example
 * ```ts
 * const loan = {
 *   terms: { principal: '10000', rate: { percent: '1', per: 'month' }, termMonths: 10,
 *            method: 'flat', disbursedOn: '2024-01-15' },
 * };
 * const quote = payoffQuote(loan, [{ id: 'r1', date: '2024-02-15', amount: '1100' }], '2024-03-01');
 * quote.principal.toString();       // '9000.00'
 * quote.accruedInterest.toString(); // '51.72' = 100.00 × 15 / 29 days (15 Feb → 15 Mar)
 * quote.total.toString();           // '9051.72'
 * ```
 */
export function payoffQuote(
  loan: Loan | LoanState,
  payments: readonly LoanPayment[],
  onDate: string,
): PayoffQuote {
  assertIsoDate(onDate, 'payoff date');
  const book = bookAsOf(loan, payments, onDate);
  const day = dayNumberOf(onDate);
  // Tranches not paid out yet are in the rows but not owed.
  let principal = -undisbursedAfter(book, day);
  let overdueInterest = 0n;
  let accrued = 0n;
  let penalty = 0n;
  let current = true;
  for (const [index, row] of book.rows.entries()) {
    principal += row.principal - row.paidPrincipal;
    if (row.due <= day) {
      overdueInterest += row.interest - row.paidInterest;
      penalty += penaltyAt(book.policy.penalty, row, day) - row.paidPenalty;
    } else if (current && index >= book.open) {
      // The first instalment not settled: instalments paid early before it earn no more.
      accrued = unpaidAccruedInterest(book, index, day);
      current = false;
    }
  }
  return Object.freeze({
    onDate,
    principal: moneyOfSatang(principal),
    overdueInterest: moneyOfSatang(overdueInterest),
    accruedInterest: moneyOfSatang(accrued),
    interest: moneyOfSatang(overdueInterest + accrued),
    penalty: moneyOfSatang(penalty),
    total: moneyOfSatang(principal + overdueInterest + accrued + penalty),
  });
}
