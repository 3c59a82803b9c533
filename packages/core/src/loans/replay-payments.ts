import { loanError } from './loan-sentences.js';
import { assertIsoDate } from '../dates/iso-date.js';
import { checkList } from '../errors/check-option-keys.js';
import { invalidOption, SajjaError } from '../errors/sajja-error.js';
import { money } from '../money/money.js';
import { settlePayment } from './allocate-payment.js';
import type { Loan, LoanPayment } from './loan.js';
import { openBook, type Book } from './loan-book.js';
import type { LoanRules } from './loan-rules.js';
import { satangOf } from '../money/satang.js';

/** @internal A payment record, checked: its amount in satang and the record as kept in history. */
export interface PaymentRecord {
  readonly record: LoanPayment;
  readonly amount: bigint;
}

/**
 * @internal Checks one record (`label` names it in messages): an object with an ISO `date` not
 * before `disbursedOn`, an amount above 0, and string `id`/`reverses` when present.
 */
export function readPayment(value: unknown, label: string, disbursedOn: string): PaymentRecord {
  if (typeof value !== 'object' || value === null) {
    throw invalidOption(label, value, 'a payment: { id?, date, amount, reverses? }');
  }
  const { id, date, amount, reverses } = value as LoanPayment;
  if (id !== undefined && (typeof id !== 'string' || id === '')) {
    throw invalidOption(`${label}.id`, id, 'a non-empty string');
  }
  if (reverses !== undefined && (typeof reverses !== 'string' || reverses === '')) {
    throw invalidOption(`${label}.reverses`, reverses, 'the id of a payment');
  }
  assertIsoDate(date, `${label} date`);
  if (date < disbursedOn) {
    throw loanError(
      'payment-before-disbursement',
      `${label} is dated ${date}, before the loan was disbursed on ${disbursedOn}.`,
      { input: value, details: { date, disbursedOn } },
    );
  }
  const received = money(amount);
  const satang = satangOf(received);
  if (satang <= 0n) {
    throw new SajjaError(
      'INVALID_AMOUNT',
      'not-positive',
      `${label} must be more than 0, not ${received.toString()}.`,
      { input: amount },
    );
  }
  // Written out, not built with spreads, which in V8 cost most of the time of reading a record.
  const record: LoanPayment = Object.freeze(
    id === undefined
      ? reverses === undefined
        ? { date, amount: received }
        : { date, amount: received, reverses }
      : reverses === undefined
        ? { id, date, amount: received }
        : { id, date, amount: received, reverses },
  );
  return { record, amount: satang };
}

/**
 * @internal Sorts records by date, keeping the given order within a day, and checks them in
 * that order: ids are unique, and a reversal cancels a payment before it (not a reversal, not
 * one already reversed) for the same amount.
 */
export function orderPayments(records: readonly PaymentRecord[]): PaymentRecord[] {
  // Array.prototype.sort is stable: records of one day keep their order.
  const sorted = [...records].sort((a, b) =>
    a.record.date < b.record.date ? -1 : a.record.date > b.record.date ? 1 : 0,
  );
  const seen = new Map<string, { record: LoanPayment; reversed: boolean }>();
  for (const { record } of sorted) {
    const { id, reverses } = record;
    if (id !== undefined && seen.has(id)) {
      throw loanError('duplicate-payment-id', `Two payment records have the id "${id}".`, {
        input: record,
        details: { id },
      });
    }
    if (reverses !== undefined) {
      const target = seen.get(reverses);
      if (!target || target.record.reverses !== undefined) {
        throw new SajjaError(
          'INVALID_ARGUMENT',
          'unknown-payment',
          `There is no payment "${reverses}" on or before ${record.date} to reverse.`,
          { input: record, details: { id: reverses, date: record.date } },
        );
      }
      if (target.reversed) {
        throw new SajjaError(
          'INVALID_ARGUMENT',
          'already-reversed',
          `Payment "${reverses}" has already been reversed.`,
          { input: record, details: { id: reverses } },
        );
      }
      if (!money(target.record.amount).equals(record.amount)) {
        throw loanError(
          'reversal-amount-mismatch',
          `A reversal of payment "${reverses}" must be for its amount, ${money(target.record.amount).toString()}, not ${money(record.amount).toString()}.`,
          {
            input: record,
            details: {
              id: reverses,
              amount: money(target.record.amount).toString(),
              given: money(record.amount).toString(),
            },
          },
        );
      }
      target.reversed = true;
    }
    if (id !== undefined) seen.set(id, { record, reversed: false });
  }
  return sorted;
}

/**
 * @internal The ledger of `loan` under `rules` after the records of `history` (a state's,
 * labelled `history[i]`) and `payments` (labelled `payments[i]`) dated on or before `asOf`
 * (all when undefined): every payment among them that no reversal among them cancels, in date
 * order. Every record is checked, also those after `asOf`.
 */
export function replayPayments(
  loan: Loan,
  rules: LoanRules | undefined,
  history: readonly LoanPayment[],
  payments: readonly LoanPayment[],
  asOf?: string,
): Book {
  const book = openBook(loan, rules);
  checkList(payments, 'payments', 'payment');
  checkList(history, 'history', 'payment');
  const sorted = orderPayments([
    ...history.map((record, index) => readPayment(record, `history[${index}]`, book.disbursedOn)),
    ...payments.map((record, index) => readPayment(record, `payments[${index}]`, book.disbursedOn)),
  ]);
  const applied = asOf === undefined ? sorted : sorted.filter((p) => p.record.date <= asOf);
  const reversed = new Set<string>();
  for (const { record } of applied)
    if (record.reverses !== undefined) reversed.add(record.reverses);
  for (const { record, amount } of applied) {
    if (record.reverses !== undefined) continue;
    if (record.id !== undefined && reversed.has(record.id)) continue;
    settlePayment(book, record.date, amount);
  }
  book.history = applied.map((p) => p.record);
  const last = applied[applied.length - 1];
  if (last) book.asOf = last.record.date;
  return book;
}
