import { compareIsoDates, money, satangOf, type DigitStyle } from '@sajja/core';
import type {
  MembershipRecord,
  NewFundTransaction,
  PaymentMethod,
  RosterMember,
} from '@sajja/store';
import { displayDate, displayMoney } from '../shared/display.js';
import type { FieldMessage } from '../shared/form-control-controller.js';
import { checkPaymentAmount } from '../shared/payment-amount.js';
import { translate } from '../shared/translations.js';
import { meetingStrings } from './meeting.strings.js';

/** A field of a roster row: the pledge, one loan's repayment (`loan:<id>`), the contribution. */
export type RowField = 'pledge' | 'contribution' | `loan:${string}`;

/** What a row records: its fields as typed and how the member paid. */
export interface RowDraft {
  /** What was typed in each field; a field not in it shows its prefill. */
  readonly texts: Readonly<Partial<Record<RowField, string>>>;
  /** How the member paid. */
  readonly method: PaymentMethod;
}

/** What {@link checkRow} found. */
export interface RowCheck {
  /** The records to write, when the row is good (none when any field is wrong). */
  readonly transactions: readonly NewFundTransaction[];
  /** The field each of {@link RowCheck.transactions} comes from, in the same order. */
  readonly fields: readonly RowField[];
  /** Each wrong field's message. */
  readonly errors: Readonly<Partial<Record<RowField, FieldMessage>>>;
  /** What is wrong with the row as a whole (the meeting day, nothing typed). */
  readonly rowError?: FieldMessage;
}

/** The row's fields in the order shown: the pledge, each loan due, the contribution. */
export function rowFields(member: RosterMember): RowField[] {
  return [
    'pledge',
    ...member.due.loans.map((loan) => `loan:${loan.loanId}` as const),
    'contribution',
  ];
}

/**
 * What a field shows before anything is typed: what is due (a loan's instalment and arrears
 * together), written as people write amounts, or `''` when nothing is due or the member has
 * paid something this month already (a second save of the same dues would pay them twice).
 */
export function prefill(member: RosterMember, field: RowField, digits: DigitStyle): string {
  if (satangOf(member.paid.total) > 0n) return '';
  const due = dueOf(member, field);
  return satangOf(due) > 0n ? displayMoney(due, digits) : '';
}

/** What is due for `field`: the pledge, the loan's instalment plus arrears, the contribution. */
export function dueOf(member: RosterMember, field: RowField): string {
  if (field === 'pledge') return member.due.pledge;
  if (field === 'contribution') return member.due.contribution;
  const loan = member.due.loans.find((each) => `loan:${each.loanId}` === field);
  return loan ? money(loan.installment).plus(loan.arrears).toString() : '0.00';
}

/**
 * A row checked as the deposit form checks its amount: each field filled in read as people
 * write amounts (Thai digits, commas), more than 0, the pledge within the membership's deposit
 * limits; an empty field records nothing. The meeting day must fall within the membership
 * (not before it joined, not after it left). Nothing is written or shown.
 */
export function checkRow(
  member: RosterMember,
  draft: RowDraft,
  membership: MembershipRecord | undefined,
  date: string,
  digits: DigitStyle,
): RowCheck {
  const errors: Partial<Record<RowField, FieldMessage>> = {};
  const transactions: NewFundTransaction[] = [];
  const fields: RowField[] = [];
  const joinedOn = membership?.joinedOn ?? member.joinedOn;
  const leftOn = membership ? membership.leftOn : member.leftOn;
  let rowError: FieldMessage | undefined;
  if (compareIsoDates(date, joinedOn) < 0) {
    rowError = (language) =>
      translate(meetingStrings, language, 'beforeJoined', {
        date: displayDate(joinedOn, language, digits),
      });
  } else if (leftOn !== undefined && compareIsoDates(date, leftOn) > 0) {
    rowError = (language) =>
      translate(meetingStrings, language, 'afterLeft', {
        date: displayDate(leftOn, language, digits),
      });
  }
  for (const field of rowFields(member)) {
    const text = (draft.texts[field] ?? prefill(member, field, digits)).trim();
    if (text === '') continue;
    const checked = checkPaymentAmount(text, digits, field === 'pledge' ? membership : undefined);
    if (checked.error || !checked.amount) {
      errors[field] = checked.error!;
      continue;
    }
    fields.push(field);
    transactions.push({
      membershipId: member.membershipId,
      date,
      kind:
        field === 'pledge' ? 'deposit' : field === 'contribution' ? 'contribution' : 'repayment',
      amount: checked.amount.toString(),
      ...(field.startsWith('loan:') ? { loanId: field.slice('loan:'.length) } : {}),
      method: draft.method,
    });
  }
  const wrong = Object.keys(errors).length > 0;
  if (!wrong && !rowError && transactions.length === 0) {
    rowError = (language) => translate(meetingStrings, language, 'nothingToSave');
  }
  return wrong || rowError
    ? { transactions: [], fields: [], errors, ...(rowError ? { rowError } : {}) }
    : { transactions, fields, errors };
}
