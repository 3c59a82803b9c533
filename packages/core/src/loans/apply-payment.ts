import { loanError } from './loan-sentences.js';
import { assertIsoDate } from '../dates/iso-date.js';
import { isMoney } from '../money/money-brand.js';
import type { Money } from '../money/money.js';
import { settlePayment, type Settlement } from './allocate-payment.js';
import type { Loan, LoanPayment, LoanState } from './loan.js';
import { cachedBook, cloneBook, isLoanState, stateOf } from './loan-book.js';
import type { LoanRules, RepaymentPart } from './loan-rules.js';
import { orderPayments, readPayment, replayPayments } from './replay-payments.js';
import { moneyOfSatang } from '../money/satang.js';

/** One piece of a payment: what it paid of which instalment. */
export interface AllocationLine {
  /** The instalment's number. */
  readonly n: number;
  /** The part it paid. */
  readonly part: RepaymentPart;
  /** How much. */
  readonly amount: Money;
}

/**
 * Where a payment went. `penalty + interest + principal + prepaid + excess` is always the
 * amount paid, and `lines` add up to `penalty + interest + principal`.
 */
export interface PaymentAllocation {
  /** The amount received (0.00 for a reversal). */
  readonly amount: Money;
  /** Penalties paid. */
  readonly penalty: Money;
  /**
   * Interest paid: of instalments due, of the next instalment paid early
   * (`'next-installment'`), or what the current instalment had earned so far (`'prepay'`, or
   * a payoff).
   */
  readonly interest: Money;
  /** Principal paid of instalments due, and of the next instalment paid early. */
  readonly principal: Money;
  /**
   * Principal paid ahead beyond the next instalment (all principal paid ahead under
   * `'prepay'`); the rest of the schedule was recomputed.
   */
  readonly prepaid: Money;
  /** Money beyond the whole debt, to give back. */
  readonly excess: Money;
  /** The pieces, in the order they were paid. */
  readonly lines: readonly AllocationLine[];
  /** For a reversal: the id of the payment it cancelled. */
  readonly reverses?: string;
}

/** What {@link applyPayment} returns: the loan after the payment, and where the money went. */
export interface AppliedPayment {
  /** The loan's new state; the state passed in is unchanged. */
  readonly loan: LoanState;
  /** Where the payment went. */
  readonly allocation: PaymentAllocation;
}

/**
 * Applies money received on `onDate` to a loan and returns the loan's new state (immutable)
 * with where the money went.
 *
 * **What is due first.** Instalments due on or before `onDate` are paid oldest first; each is
 * settled part by part in `rules.allocationOrder` (default penalty → interest → principal)
 * before the next instalment gets anything, so paying arrears makes the oldest instalment
 * current first. Penalties are those incurred by the end of `onDate` (see {@link latePenalty};
 * on an instalment paid down in stages each stage accrues on what was unpaid during it; each
 * instalment's penalty is capped at its principal that went overdue and at `rules.maxPenalty`;
 * none accrues on interest or penalties, and none once the principal is paid).
 *
 * **Paying early.** Money beyond everything due settles, by `rules.earlyPayment`:
 * - `'next-installment'` (default): the next instalment (the first not yet due, nor already
 *   paid early), at its scheduled amounts, part by part in the allocation order: its scheduled
 *   interest in full (not only what it has earned so far) and its principal. A member who pays
 *   at the monthly meeting a few days before the due date has paid that instalment: it is
 *   settled (`paidOn` before its due date), never overdue, never penalised, and the schedule
 *   is untouched. Less than the instalment pays it in part; the rest stays due on its date.
 *   Only money beyond the whole next instalment prepays principal (below): the period after
 *   it has not begun, so it is rebuilt whole on the new balance.
 * - `'prepay'`: all of it prepays principal, after the interest the current instalment has
 *   earned so far (pro rata by days, as in {@link payoffQuote}); the next instalment is still
 *   asked on its date. The current instalment then charges what it earned on the old balance
 *   plus the new balance's interest for the rest of its period.
 *
 * **Paying off.** Money that covers the payoff on `onDate` ({@link payoffQuote}: principal and
 * the interest earned to the day) pays the loan off, whatever the rule: a payoff is not an
 * early instalment, so paying the quote closes the loan and a satang less does not. The last
 * instalment paid early at its scheduled amount is therefore a payoff too: the interest it had
 * not yet earned comes back as `excess`. Interest already paid with an early instalment is not
 * given back. While a tranche of the loan is still to be paid out (`terms.disbursements`),
 * nothing is a payoff: money is applied as instalments and prepays at most the principal paid
 * out so far.
 *
 * **Deferred interest** (`graceOnInterestPayment`). An instalment whose interest is deferred
 * asks none; paid early it is settled at what it asks, and money beyond it pays the interest
 * earned so far (brought forward from the instalment that would have carried it) before any
 * principal, as a payoff and `'prepay'` do.
 *
 * **Prepayment.** Prepaid principal rebuilds the rest of the schedule with `loanSchedule` from
 * the new balance over the same due dates, per `rules.prepayment`: `'reduce-term'` (default)
 * keeps the instalment and ends sooner, `'reduce-payment'` keeps the end date and lowers the
 * instalments (a flat loan's interest is then charged on the new balance). Beyond the whole
 * debt, money is `excess`, to give back.
 *
 * **Corrections are reversals.** A record `{ id, date, amount, reverses }` cancels an earlier
 * payment of the same amount: the history is replayed without it (later payments may then
 * settle different parts), and both records stay in the history. It allocates nothing.
 *
 * Payments must come in date order (several on one day are fine). {@link loanStatus} replays
 * the same steps, so a status and a fold of `applyPayment` over the same payments agree.
 *
 * @param loan - A {@link Loan}, or the state a previous call returned (or one read back from
 *   storage).
 * @param payment - An amount (`'1500'`, a Money), or a {@link LoanPayment} dated `onDate`.
 * @param rules - The rules to apply; default the state's or the loan's (then the defaults).
 *   Rules different from the state's are applied to its whole history, replayed.
 * @throws {@link "@sajja/core".SajjaError}
 * - `INVALID_AMOUNT` for an amount that is not one, or `not-positive` for 0 or less;
 * - `INVALID_DATE` for a date that is not one;
 * - `INVALID_ARGUMENT` with reason `payment-before-disbursement`, `payment-out-of-order` (dated
 *   before the latest record applied; `details.date`, `details.latest`),
 *   `payment-date-mismatch` (a record dated other than `onDate`), `duplicate-payment-id`,
 *   `unknown-payment` (nothing to reverse with that id), `already-reversed`,
 *   `reversal-amount-mismatch`, `schedule-mismatch` (stored instalments that do not fit the
 *   terms), or `invalid-option` for a loan or record of the wrong shape;
 * - `RULES_INVALID` for bad rules; the errors of `loanSchedule` for bad terms.
 *
 * @example
 * ```ts
 * const loan = {
 *   terms: { principal: '10000', rate: { percent: '1', per: 'month' }, termMonths: 10,
 *            method: 'flat', disbursedOn: '2024-01-15' },
 * }; // 1,100.00 a month: 1,000 principal + 100 interest
 * const late = applyPayment(loan, '1000', '2024-03-15');
 * late.allocation.lines.map((l) => `${l.n} ${l.part} ${l.amount}`);
 * // ['1 penalty 3.97', '1 interest 100.00', '1 principal 896.03']: 29 days late on 1,000
 * const ahead = applyPayment(late.loan, '5000', '2024-03-20');
 * // 5,000 on 2024-03-20 settles instalments 1 and 2 (1,204.72 with penalties), pays
 * // instalment 3 (due 2024-04-15) early, 1,100.00, and prepays the rest:
 * ahead.allocation.prepaid.toString(); // '2695.28': the schedule is recomputed, ends sooner
 * ```
 */
export function applyPayment(
  loan: Loan | LoanState,
  payment: LoanPayment | Money | string,
  onDate: string,
  rules?: LoanRules,
): AppliedPayment {
  const state = isLoanState(loan) ? loan : undefined;
  const base = state ? state.loan : (loan as Loan);
  const inForce = rules ?? (state ? state.rules : base?.rules);
  const history = state?.history ?? [];
  const cached = state && (rules === undefined || rules === state.rules) && cachedBook(state);
  const book = cached ? cloneBook(cached) : replayPayments(base, inForce, history, []);
  assertIsoDate(onDate, 'payment date');
  const given =
    typeof payment === 'object' && payment !== null && !isMoney(payment)
      ? payment
      : { date: onDate, amount: payment };
  const read = readPayment(given, 'payment', book.disbursedOn);
  const { record } = read;
  if (record.date !== onDate) {
    throw loanError(
      'payment-date-mismatch',
      `The payment is dated ${record.date} but applied on ${onDate}.`,
      { input: payment, details: { date: record.date, onDate } },
    );
  }
  if (onDate < book.asOf) {
    throw loanError(
      'payment-out-of-order',
      `A payment on ${onDate} comes before the latest record applied (${book.asOf}); apply payments in date order, or use loanStatus, which sorts them.`,
      { input: payment, details: { date: onDate, latest: book.asOf } },
    );
  }
  orderPayments([...history.map((earlier) => ({ record: earlier, amount: 0n })), read]);
  if (record.reverses !== undefined) {
    const replayed = replayPayments(base, inForce, [...history, record], []);
    const none = moneyOfSatang(0n);
    return Object.freeze({
      loan: stateOf(replayed),
      allocation: Object.freeze({
        amount: none,
        penalty: none,
        interest: none,
        principal: none,
        prepaid: none,
        excess: none,
        lines: Object.freeze([]),
        reverses: record.reverses,
      }),
    });
  }
  const settlement = settlePayment(book, onDate, read.amount);
  book.history.push(record);
  book.asOf = onDate;
  return Object.freeze({ loan: stateOf(book), allocation: allocationOf(read.amount, settlement) });
}

function allocationOf(amount: bigint, settlement: Settlement): PaymentAllocation {
  return Object.freeze({
    amount: moneyOfSatang(amount),
    penalty: moneyOfSatang(settlement.penalty),
    interest: moneyOfSatang(settlement.interest),
    principal: moneyOfSatang(settlement.principal),
    prepaid: moneyOfSatang(settlement.prepaid),
    excess: moneyOfSatang(settlement.excess),
    lines: Object.freeze(
      settlement.lines.map((line) =>
        Object.freeze({ n: line.n, part: line.part, amount: moneyOfSatang(line.amount) }),
      ),
    ),
  });
}
