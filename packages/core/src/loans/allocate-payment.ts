import { dayNumberOf } from '../dates/iso-date.js';
import {
  closePenaltyStage,
  isSettled,
  outstandingPrincipal,
  penaltyAt,
  unpaidAccruedInterest,
  type Book,
  type BookRow,
} from './loan-book.js';
import type { RepaymentPart } from './loan-rules.js';
import { recomputeAfterPrepayment } from './prepayment.js';

/** @internal Where one payment went, in satang. */
export interface Settlement {
  penalty: bigint;
  interest: bigint;
  principal: bigint;
  prepaid: bigint;
  excess: bigint;
  readonly lines: { readonly n: number; readonly part: RepaymentPart; readonly amount: bigint }[];
}

/**
 * @internal Applies `amount` satang received on `date` to `book` (changing it) and says where
 * it went:
 * 1. instalments due on or before `date`, oldest first, each settled part by part in the
 *    rules' order before the next gets anything (penalties as incurred by the end of `date`);
 * 2. then, when the rest covers the payoff (the interest the current instalment has earned to
 *    `date` and every unpaid principal), that interest and all the principal: the loan is paid
 *    off, whatever `earlyPayment` says;
 * 3. otherwise, under `'next-installment'`, the next instalment (the current one, not yet due)
 *    part by part in the rules' order at its scheduled amounts, settled early when paid in
 *    full; under `'prepay'`, the interest the current instalment has earned to `date`;
 * 4. then principal, prepaid, and the rest of the schedule rebuilt
 *    ({@link recomputeAfterPrepayment}) from the first instalment not settled;
 * 5. anything beyond the whole debt is excess.
 *
 * The payoff comes first because the next instalment's whole interest is more than the interest
 * earned so far: paying the payoff quote must close the loan, and a satang less must not.
 */
export function settlePayment(book: Book, date: string, amount: bigint): Settlement {
  const day = dayNumberOf(date);
  const { rows, policy } = book;
  const settlement: Settlement = {
    penalty: 0n,
    interest: 0n,
    principal: 0n,
    prepaid: 0n,
    excess: 0n,
    lines: [],
  };
  let left = amount;
  const pay = (row: BookRow, part: RepaymentPart, owed: bigint) => {
    const take = owed < left ? owed : left;
    if (take <= 0n) return;
    if (part === 'principal') {
      closePenaltyStage(policy.penalty, row, day);
      row.paidPrincipal += take;
    } else if (part === 'interest') {
      row.paidInterest += take;
    } else {
      row.paidPenalty += take;
    }
    settlement[part] += take;
    settlement.lines.push({ n: row.n, part, amount: take });
    left -= take;
  };
  /** Pays what `row` owes in the rules' order; true when that settled it. */
  const settleRow = (row: BookRow): boolean => {
    for (const part of policy.order) {
      const owed =
        part === 'principal'
          ? row.principal - row.paidPrincipal
          : part === 'interest'
            ? row.interest - row.paidInterest
            : penaltyAt(policy.penalty, row, day) - row.paidPenalty;
      pay(row, part, owed);
    }
    if (!isSettled(policy.penalty, row, day)) return false;
    row.paidOn = date;
    book.open += 1;
    return true;
  };

  while (left > 0n && book.open < rows.length && rows[book.open]!.due <= day) {
    if (!settleRow(rows[book.open]!)) break;
  }

  const current = rows[book.open];
  if (left > 0n && current !== undefined && current.due > day) {
    const earned = unpaidAccruedInterest(book.plan, current, day);
    if (policy.earlyPayment === 'next-installment' && left < earned + outstandingPrincipal(book)) {
      settleRow(current);
    } else {
      pay(current, 'interest', earned);
    }
    const outstanding = left > 0n ? outstandingPrincipal(book) : 0n;
    if (outstanding > 0n) {
      const prepaid = outstanding < left ? outstanding : left;
      left -= prepaid;
      settlement.prepaid = prepaid;
      book.prepaid += prepaid;
      recomputeAfterPrepayment(book, book.open, date, outstanding - prepaid);
    }
  }
  settlement.excess = left;
  book.excess += left;
  return settlement;
}
