import { dayNumberOf } from '../dates/iso-date.js';
import { rowsOfPlan, type Book } from './loan-book.js';
import { pointOf } from './period-weight.js';
import type { SchedulePlan } from './schedule-in-satang.js';

/**
 * @internal Rebuilds the schedule from row `k` (the first instalment not settled, not yet due
 * on `date`) after a prepayment left `balance` satang of principal paid out. Everything due is
 * paid by then; so is the interest row `k` has earned up to `date` (with any deferred interest
 * it carried), or more when it was paid early (`row.paidInterest`). Principal of row `k` paid
 * before the prepayment (an early instalment paid in part) stays that instalment's.
 *
 * - `balance` 0 and no tranche left to pay out: the loan is paid off. Row `k` stays only if
 *   something was paid on it, as an instalment already paid of that principal and interest,
 *   earning nothing more; later rows go.
 * - Otherwise the rest is built as `loanSchedule` builds a schedule, over the same due dates,
 *   from `balance` paid out on `date` and the tranches still to come: `'reduce-payment'` keeps
 *   the number of instalments left (the end date) with the loan's own rounding;
 *   `'reduce-term'` keeps the instalment (`installment`: the payment, or an equal-principal
 *   loan's principal part), so the loan ends sooner. What is left of a grace or an
 *   interest-free stretch stays; interest deferred before `date` has been paid with it.
 * - The current instalment's interest is what it earned to `date` plus the new balance's
 *   interest for the rest of its period: under a day count on days, the days from `date`;
 *   under `'period'`, where a period's interest ignores its length, `balance × i × days left /
 *   days in the period`, rounded once.
 * - When row `k`'s period has not begun (the instalment before it was paid early), nothing of
 *   it was earned and it is rebuilt whole, from its period's start.
 *
 * Only a row without principal paid is rebuilt: `'prepay'` never pays principal of an
 * instalment not due, and `'next-installment'` prepays only after settling the next one.
 */
export function recomputeAfterPrepayment(
  book: Book,
  k: number,
  date: string,
  balance: bigint,
): void {
  const day = dayNumberOf(date);
  const row = book.rows[k]!;
  const earned = row.paidInterest;
  const { plan } = book;
  const { schedule } = plan;
  const later = schedule.tranches.filter((tranche) => tranche.point.day > day);
  if (balance === 0n && later.length === 0) {
    book.rows.length = k;
    if (earned > 0n || row.paidPrincipal > 0n) {
      book.rows.push({
        ...row,
        principal: row.paidPrincipal,
        interest: earned,
        earned,
        balance: 0n,
        base: 0n,
        byDays: false,
        accrualFrom: day,
        accruedBefore: earned,
        paidOn: date,
      });
    }
    book.open = book.rows.length;
    return;
  }
  // A period not begun yet is rebuilt whole.
  const startDate = k === 0 ? book.disbursedOn : book.rows[k - 1]!.dueDate;
  const from = day > row.start ? date : startDate;
  const reduceTerm = book.policy.prepayment === 'reduce-term';
  const restRows = book.rows.slice(k);
  const dueDates = restRows.map((rest) => rest.dueDate);
  const done = row.n - 1;
  const rest: SchedulePlan = {
    ...schedule,
    principal: later.reduce((sum, tranche) => sum + tranche.amount, balance),
    count: dueDates.length,
    dueDates,
    // The rows already hold their due dates' day numbers.
    duePoints: restRows.map((rest) => ({ iso: rest.dueDate, day: rest.due })),
    start: pointOf(startDate),
    tranches: balance > 0n ? [{ point: pointOf(from), amount: balance }, ...later] : later,
    disbursedOn: from,
    installment: reduceTerm ? plan.regular : undefined,
    roundTo: reduceTerm ? undefined : schedule.roundTo,
    graceOnPrincipal: Math.max(0, schedule.graceOnPrincipal - done),
    graceOnInterestPayment: Math.max(0, schedule.graceOnInterestPayment - done),
    interestFreePeriods: Math.max(0, schedule.interestFreePeriods - done),
    paymentTiming: 'end',
    // Deferred interest carried in and not paid with the prepayment stays deferred.
    carriedIn: row.accruedBefore > earned && row.start > day ? row.accruedBefore - earned : 0n,
  };
  const rows = rowsOfPlan(rest, row.start, row.n).rows;
  const first = rows[0];
  if (first) {
    const accrualFrom = day > row.start ? day : row.start;
    // Principal of the instalment paid before (an early instalment paid in part) stays its own.
    const paidPrincipal = row.paidPrincipal;
    rows[0] = {
      ...first,
      principal: first.principal + paidPrincipal,
      paidPrincipal,
      interest: earned + first.interest,
      earned: earned + first.earned,
      paidInterest: earned,
      accrualFrom,
      accruedBefore: earned + first.accruedBefore,
    };
  }
  book.rows.splice(k, book.rows.length - k, ...rows);
}
