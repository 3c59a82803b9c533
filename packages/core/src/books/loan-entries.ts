import { invalidOption, SajjaError } from '../errors/sajja-error.js';
import { applyPayment, type PaymentAllocation } from '../loans/apply-payment.js';
import type { Loan, LoanPayment, LoanState } from '../loans/loan.js';
import { money } from '../money/money.js';
import { addLoan, addLoanPayment, unknownLoan, type Books } from './books.js';
import { loanIssuedEntry, loanRepaymentEntry, type MoneyVia } from './entry-builders.js';
import { postEntry, reverseEntry } from './journal.js';
import { checkBooks } from './invalid-input.js';
import { checkOptions, shownValue } from '../errors/check-option-keys.js';

/** A loan to pay out with {@link issueLoan}. */
export interface LoanIssue {
  /** The loan's id in the register, unique in the books. */
  readonly id: string;
  /** The borrower. */
  readonly memberId: string;
  /** The lending sub-fund; default the books' first. */
  readonly subFund?: string;
  /** The loan: its terms (principal, rate, disbursement day, …) and optionally rules. */
  readonly loan: Loan;
  /** The journal entry's id; default the loan's id and `':disbursement'`. */
  readonly entryId?: string;
  /** Paid out in cash (default) or from the bank. */
  readonly via?: MoneyVia;
  /** What the entry says. */
  readonly memo?: string;
}

/**
 * Pays out a loan: adds it to the loan register and posts the disbursement (debit loans
 * receivable for the borrower, credit cash or bank) on `loan.terms.disbursedOn` for the whole
 * principal, in the loan's sub-fund. Returns new books.
 *
 * @throws {@link "@sajja/core".SajjaError} `INVALID_ARGUMENT` / `invalid-option`
 *   (`details.option` `'books'`) for `books` not made by
 *   `createBooks`, or an `issue` that is not an object; `unknown-option` for a key of `issue`
 *   that {@link LoanIssue} does not have; the errors of {@link addLoan} and {@link postEntry}.
 *
 * @example
 * ```ts
 * books = issueLoan(books, {
 *   id: 'L-001',
 *   memberId: 'M-001',
 *   subFund: 'livestock',
 *   loan: { terms: { principal: '10000', rate: { percent: '1', per: 'month' }, termMonths: 10,
 *                    method: 'flat', disbursedOn: '2024-01-15' } },
 * });
 * ```
 */
export function issueLoan(books: Books, issue: LoanIssue): Books {
  checkBooks(books);
  checkOptions(
    issue,
    ['id', 'memberId', 'subFund', 'loan', 'entryId', 'via', 'memo'],
    'issueLoan',
    'issue',
  );
  const withLoan = addLoan(books, {
    id: issue.id,
    memberId: issue.memberId,
    loan: issue.loan,
    ...(issue.subFund === undefined ? {} : { subFund: issue.subFund }),
  });
  const registered = withLoan.loans[withLoan.loans.length - 1]!;
  return postEntry(
    withLoan,
    loanIssuedEntry(
      {
        id: issue.entryId ?? `${issue.id}:disbursement`,
        date: issue.loan.terms.disbursedOn,
        memberId: issue.memberId,
        amount: money(issue.loan.terms.principal),
        subFund: registered.subFund,
        ...(issue.via === undefined ? {} : { via: issue.via }),
        ...(issue.memo === undefined ? {} : { memo: issue.memo }),
      },
      withLoan.chart,
    ),
  );
}

/** A loan payment record with an id, which the books need to reverse it later. */
export interface IdentifiedLoanPayment extends LoanPayment {
  /** The record's id, unique among the loan's payments. */
  readonly id: string;
}

/** A repayment to record with {@link receiveLoanPayment}. */
export interface LoanPaymentReceipt {
  /** The loan in the register. */
  readonly loanId: string;
  /** The payment: an id (unique among the loan's payments), the day, the amount. */
  readonly payment: IdentifiedLoanPayment;
  /** The journal entry's id; default the loan's id, `':'` and the payment's id. */
  readonly entryId?: string;
  /** Received in cash (default) or into the bank. */
  readonly via?: MoneyVia;
  /** What the entry says. */
  readonly memo?: string;
}

/** What {@link receiveLoanPayment} returns. */
export interface ReceivedLoanPayment {
  /** The books with the payment in the register and its entry in the journal. */
  readonly books: Books;
  /** Where the money went, from `applyPayment` (for the receipt). */
  readonly allocation: PaymentAllocation;
}

/**
 * Records a repayment: splits it with `applyPayment` over the loan's payments so far (penalty,
 * interest, principal in the loan rules' order; an overpayment prepays principal), adds it to
 * the loan register, and posts the split (see {@link loanRepaymentEntry}): principal and
 * prepaid principal to loans receivable, interest to loan interest, the penalty to fines, and
 * money beyond the whole debt to the borrower's savings.
 *
 * The journal keeps the split as it was on the day. If an earlier payment is reversed later,
 * the register replays the rest and may split them differently; arrears always come from the
 * register, so they stay right.
 *
 * @throws {@link "@sajja/core".SajjaError} `INVALID_ARGUMENT` / `invalid-option`
 *   (`details.option` `'books'`) for `books` not made by
 *   `createBooks`, or a `receipt` that is not an object; `unknown-option` for a key of it that
 *   {@link LoanPaymentReceipt} does not have; `unknown-loan`, or `invalid-option` for a
 *   payment without an id or with `reverses` (use
 *   {@link reverseLoanPayment}); the errors of `applyPayment` (a payment dated before the
 *   latest one is `payment-out-of-order`) and of {@link postEntry}.
 *
 * @example
 * ```ts
 * const { books: next, allocation } = receiveLoanPayment(books, {
 *   loanId: 'L-001',
 *   payment: { id: 'P-1', date: '2024-02-15', amount: '1100' },
 * });
 * allocation.interest.toString(); // '100.00'
 * ```
 */
export function receiveLoanPayment(books: Books, receipt: LoanPaymentReceipt): ReceivedLoanPayment {
  checkBooks(books);
  checkOptions(
    receipt,
    ['loanId', 'payment', 'entryId', 'via', 'memo'],
    'receiveLoanPayment',
    'receipt',
  );
  const { loanId, payment } = receipt;
  const loan = books.loans.find((known) => known.id === loanId);
  if (!loan) throw unknownLoan(loanId);
  if (typeof payment?.id !== 'string' || payment.id === '') {
    throw invalidOption('payment.id', payment?.id, 'an id, to reverse the payment by later');
  }
  if (payment.reverses !== undefined) {
    throw invalidOption(
      'payment.reverses',
      payment.reverses,
      'absent: reverse with reverseLoanPayment',
    );
  }
  const { allocation } = applyPayment(stateOf(loan.loan, loan.payments), payment, payment.date);
  const withPayment = addLoanPayment(books, loanId, payment);
  const entry = loanRepaymentEntry(
    {
      id: receipt.entryId ?? `${loanId}:${payment.id}`,
      date: payment.date,
      memberId: loan.memberId,
      subFund: loan.subFund,
      principal: allocation.principal.plus(allocation.prepaid),
      interest: allocation.interest,
      penalty: allocation.penalty,
      excess: allocation.excess,
      ...(receipt.via === undefined ? {} : { via: receipt.via }),
      ...(receipt.memo === undefined ? {} : { memo: receipt.memo }),
    },
    books.chart,
  );
  return Object.freeze({ books: postEntry(withPayment, entry), allocation });
}

/** A repayment to cancel with {@link reverseLoanPayment}. */
export interface LoanPaymentReversal {
  /** The loan in the register. */
  readonly loanId: string;
  /** The id of the payment to cancel. */
  readonly paymentId: string;
  /** The day of the correction, ISO, in an open month. */
  readonly date: string;
  /** The journal entry that booked the payment; default as {@link receiveLoanPayment} names it. */
  readonly entryId?: string;
  /** The id of the reversal record in the register; default `'reversal-of-'` and the payment id. */
  readonly reversalId?: string;
  /** Why the payment is cancelled. */
  readonly memo?: string;
}

/**
 * Cancels a repayment recorded with {@link receiveLoanPayment}: adds a reversal record to the
 * loan register (the loan is replayed without the payment) and reverses its journal entry.
 * Both the payment and its reversal stay on record.
 *
 * @throws {@link "@sajja/core".SajjaError} `INVALID_ARGUMENT` / `invalid-option`
 *   (`details.option` `'books'`) for `books` not made by
 *   `createBooks`, or a `reversal` that is not an object; `unknown-option` for a key of it
 *   that {@link LoanPaymentReversal} does not have; `unknown-loan`, or `unknown-payment`
 *   (`details.id`) when the loan has no payment with that id; the errors of
 *   `applyPayment` for the reversal (`already-reversed`, …) and of {@link reverseEntry}.
 */
export function reverseLoanPayment(books: Books, reversal: LoanPaymentReversal): Books {
  checkBooks(books);
  checkOptions(
    reversal,
    ['loanId', 'paymentId', 'date', 'entryId', 'reversalId', 'memo'],
    'reverseLoanPayment',
    'reversal',
  );
  const { loanId, paymentId, date } = reversal;
  const loan = books.loans.find((known) => known.id === loanId);
  if (!loan) throw unknownLoan(loanId);
  const original = loan.payments.find((payment) => payment.id === paymentId);
  if (!original) {
    throw new SajjaError(
      'INVALID_ARGUMENT',
      'unknown-payment',
      `Loan ${shownValue(loanId)} has no payment with the id ${JSON.stringify(shownValue(paymentId))}.`,
      { input: paymentId, details: { id: shownValue(paymentId) } },
    );
  }
  const withReversal = addLoanPayment(books, loanId, {
    id: reversal.reversalId ?? `reversal-of-${paymentId}`,
    date,
    amount: original.amount,
    reverses: paymentId,
  });
  return reverseEntry(withReversal, reversal.entryId ?? `${loanId}:${paymentId}`, {
    date,
    ...(reversal.memo === undefined ? {} : { memo: reversal.memo }),
  });
}

/** The loan after its payments so far, replayed in date order (records of a day as given). */
function stateOf(loan: Loan, payments: readonly LoanPayment[]): Loan | LoanState {
  const ordered = payments
    .map((payment, index) => ({ payment, index }))
    .sort((a, b) =>
      a.payment.date < b.payment.date
        ? -1
        : a.payment.date > b.payment.date
          ? 1
          : a.index - b.index,
    );
  let state: Loan | LoanState = loan;
  for (const { payment } of ordered) state = applyPayment(state, payment, payment.date).loan;
  return state;
}
