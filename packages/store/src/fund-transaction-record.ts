import { MAX_SLIP_REFERENCE_LENGTH, type SajjaProblem } from '@sajja/core';
import type {
  FundTransactionKind,
  FundTransactionRecord,
  PaymentMethod,
} from './fund-transactions.js';
import { compact, MAX_NOTE_LENGTH, RecordChecker } from './record-checker.js';

/** Every {@link FundTransactionKind}. */
export const FUND_TRANSACTION_KINDS: readonly FundTransactionKind[] = Object.freeze([
  'deposit',
  'withdrawal',
  'repayment',
  'contribution',
  'loan',
  'share',
  'benefit',
]);

/** Every {@link PaymentMethod}. */
export const PAYMENT_METHODS: readonly PaymentMethod[] = Object.freeze([
  'cash',
  'promptpay',
  'bank-transfer',
]);

const RECORD_FIELDS = [
  'id',
  'householdId',
  'membershipId',
  'organisationId',
  'date',
  'kind',
  'amount',
  'note',
  'reverses',
  'loanId',
  'method',
  'slipReference',
  'subFund',
  'ledgerEntryId',
  'recordedAt',
];

/**
 * @internal Every problem of a fund transaction record by itself (the membership and the
 * reversed transaction are checked by the caller), with the record normalised.
 */
export function checkFundTransaction(value: unknown): {
  record: FundTransactionRecord;
  problems: SajjaProblem[];
} {
  const check = new RecordChecker(value);
  const record = compact({
    id: check.text('id', { required: true }),
    householdId: check.text('householdId', { required: true }),
    membershipId: check.text('membershipId', { required: true }),
    organisationId: check.text('organisationId', { required: true }),
    date: check.date('date', { required: true }),
    kind: check.oneOf('kind', FUND_TRANSACTION_KINDS, { required: true }),
    amount: check.amount('amount', { required: true, positive: true }),
    note: check.text('note', { max: MAX_NOTE_LENGTH, graphemes: true }),
    reverses: check.text('reverses'),
    loanId: check.text('loanId'),
    method: check.oneOf('method', PAYMENT_METHODS),
    slipReference: check.text('slipReference', { max: MAX_SLIP_REFERENCE_LENGTH, trim: true }),
    subFund: check.text('subFund'),
    ledgerEntryId: check.text('ledgerEntryId'),
    recordedAt: check.timestamp('recordedAt', { required: true }),
  }) as FundTransactionRecord;
  if (record.loanId !== undefined && record.kind !== undefined && record.kind !== 'repayment') {
    check.problem('loanId', 'not-a-repayment');
  }
  if (
    record.slipReference !== undefined &&
    record.method !== 'promptpay' &&
    record.method !== 'bank-transfer'
  ) {
    check.problem('slipReference', 'not-a-transfer');
  }
  check.onlyFields(RECORD_FIELDS);
  return { record, problems: check.problems };
}

/**
 * True when `reversal` repeats what `original` recorded, as a correction of a fund
 * transaction must (same membership, kind, amount and loan), and does not come before a loan
 * payment it cancels.
 */
export function sameTransaction(
  original: FundTransactionRecord,
  reversal: FundTransactionRecord,
): boolean {
  return (
    original.membershipId === reversal.membershipId &&
    original.kind === reversal.kind &&
    original.amount === reversal.amount &&
    original.loanId === reversal.loanId &&
    // A loan applies payments in date order: a reversal before its payment cancels nothing.
    (original.loanId === undefined || reversal.date >= original.date)
  );
}
