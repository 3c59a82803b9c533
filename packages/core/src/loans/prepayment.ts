import { dayNumberOf } from '../dates/iso-date.js';
import { newRow, type Book, type BookRow } from './loan-book.js';
import { halfUp, moneyOfSatang } from '../money/satang.js';
import { loanPlan } from './schedule.js';
import { walkSchedule } from './schedule-in-satang.js';

/**
 * @internal Rebuilds the schedule from row `k` (the first instalment not settled, not yet due
 * on `date`) after a prepayment left `balance` satang of principal. Everything due is paid by
 * then; so is the interest row `k` has earned up to `date`, or more when it was paid early
 * (`row.paidInterest`). Principal of row `k` paid before the prepayment (an early instalment
 * paid in part) stays that instalment's.
 *
 * - `balance` 0: the loan is paid off. Row `k` stays only if something was paid on it, as an
 *   instalment already paid of that principal and interest, earning nothing more; later rows go.
 * - Otherwise `loanSchedule` builds the rest over the same due dates (the same anchor day):
 *   `'reduce-payment'` keeps the number of instalments left (the end date) with the loan's own
 *   rounding; `'reduce-term'` keeps the instalment (`installment`: the payment, or an
 *   equal-principal loan's principal part), so the loan ends sooner.
 * - The current instalment's interest is what it earned to `date` on the old balance plus the
 *   new balance's interest for the rest of its period: under `'actual/365'` the schedule's
 *   own first period runs from `date`; under `'period'`, where a period's interest ignores its
 *   length, the rest is `balance × i × days left / days in the period`, rounded half-up.
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
  if (balance === 0n) {
    book.rows.length = k;
    if (earned > 0n || row.paidPrincipal > 0n) {
      book.rows.push({
        ...row,
        principal: row.paidPrincipal,
        interest: earned,
        balance: 0n,
        base: 0n,
        accrualFrom: day,
        accruedBefore: earned,
        paidOn: date,
      });
    }
    book.open = book.rows.length;
    return;
  }
  // A period not begun yet is rebuilt whole; `k` is then past the first row.
  const from = day > row.start ? day : row.start;
  const fromDate = from === day ? date : book.rows[k - 1]!.dueDate;
  const { plan, policy } = book;
  const { terms } = plan;
  const reduceTerm = policy.prepayment === 'reduce-term';
  // One object literal (absent options as undefined), not spreads: spreads are slow in V8.
  const rest = loanPlan(
    {
      principal: moneyOfSatang(balance),
      rate: terms.rate,
      method: terms.method,
      dayCount: plan.dayCount,
      termMonths: book.rows.length - k,
      disbursedOn: fromDate,
      firstDueOn: row.dueDate,
      dueDayOfMonth: plan.anchorDay,
      installment: reduceTerm ? moneyOfSatang(plan.regular) : undefined,
      roundPaymentTo: reduceTerm ? undefined : terms.roundPaymentTo,
    },
    { monthly: plan.monthlyRate, yearly: plan.yearlyRate },
  );
  let start = row.start;
  const flatBase = terms.method === 'flat' ? balance : undefined;
  const rows: BookRow[] = [];
  walkSchedule(rest, (j, _payment, principal, interest, restBalance) => {
    const dueDate = rest.dueDates[j]!;
    const due = dayNumberOf(dueDate);
    const fresh = newRow(
      row.n + j,
      dueDate,
      due,
      start,
      principal,
      interest,
      restBalance,
      flatBase,
    );
    if (j === 0) {
      const { numerator, denominator } = plan.monthlyRate;
      const restOfPeriod =
        plan.dayCount === 'actual/365'
          ? interest
          : halfUp(balance * numerator * BigInt(due - from), denominator * BigInt(due - start));
      rows.push({
        ...fresh,
        interest: earned + restOfPeriod,
        paidInterest: earned,
        accrualFrom: from,
        accruedBefore: earned,
      });
    } else {
      rows.push(fresh);
    }
    start = due;
  });
  book.rows.splice(k, book.rows.length - k, ...rows);
}
