import { dayNumberOf } from '../dates/iso-date.js';
import {
  closePenaltyStage,
  isSettled,
  outstandingPrincipal,
  penaltyAt,
  undisbursedAfter,
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
 *    `date` and every unpaid principal paid out) and no tranche is still to be paid out, that
 *    interest and all the principal: the loan is paid off, whatever `earlyPayment` says;
 * 3. otherwise, under `'next-installment'`, the next instalment (the current one, not yet due)
 *    part by part in the rules' order at its scheduled amounts, settled early when paid in
 *    full, then the deferred interest the instalment after it has earned; under `'prepay'`,
 *    the interest the current instalment has earned to `date` (deferred interest brought
 *    forward);
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
    // An instalment that asked nothing (a grace without interest) was settled on its due date.
    row.paidOn = row.principal === 0n && row.interest === 0n && row.due <= day ? row.dueDate : date;
    book.open += 1;
    return true;
  };

  while (left > 0n && book.open < rows.length && rows[book.open]!.due <= day) {
    if (!settleRow(rows[book.open]!)) break;
  }

  const current = rows[book.open];
  if (left > 0n && current !== undefined && current.due > day) {
    const earned = unpaidAccruedInterest(book, book.open, day);
    // While a tranche is still to be paid out, money paid early is never a payoff: the loan
    // goes on.
    const payoff =
      undisbursedAfter(book, day) === 0n && left >= earned + outstandingPrincipal(book, day);
    if (policy.earlyPayment === 'next-installment' && !payoff) {
      if (settleRow(current) && left > 0n) {
        // The next instalment's period has not begun, but it may carry deferred interest
        // already earned: that comes before principal.
        const next = rows[book.open];
        if (next !== undefined && next.due > day) {
          payEarnedInterest(book, book.open, unpaidAccruedInterest(book, book.open, day), pay);
        }
      }
    } else {
      payEarnedInterest(book, book.open, earned, pay);
    }
    const outstanding = left > 0n ? outstandingPrincipal(book, day) : 0n;
    // A payoff closes the loan also with no principal left to prepay (an allocation order
    // with principal first paid it all with the next instalment): the interest earned was owed.
    if (outstanding > 0n || payoff) {
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

/**
 * Pays `earned` satang of interest on row `k` (what it has earned to date, not yet paid). When
 * that is more than the row asks (its interest is deferred to a later instalment), the
 * difference is brought forward from the instalment that carries it: paid now, it is no
 * longer carried.
 */
function payEarnedInterest(
  book: Book,
  k: number,
  earned: bigint,
  pay: (row: BookRow, part: RepaymentPart, owed: bigint) => void,
): void {
  const row = book.rows[k]!;
  const beyond = row.paidInterest + earned - row.interest;
  if (beyond > 0n) {
    (row as { interest: bigint }).interest += beyond;
    for (let index = k + 1; index < book.rows.length; index++) {
      const later = book.rows[index]! as {
        interest: bigint;
        earned: bigint;
        accruedBefore: bigint;
      };
      const carrier = later.interest === later.earned && later.interest >= beyond;
      later.accruedBefore -= beyond;
      later.earned -= beyond;
      if (carrier) {
        later.interest -= beyond;
        break;
      }
    }
  }
  pay(row, 'interest', earned);
}
