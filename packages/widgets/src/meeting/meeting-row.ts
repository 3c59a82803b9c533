import { satangOf } from '@sajja/core';
import {
  PAYMENT_METHODS,
  type FundTransactionRecord,
  type PaymentMethod,
  type RosterMember,
} from '@sajja/store';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { dueOf, rowFields, type RowField } from './meeting-payments.js';
import type { meetingStrings } from './meeting.strings.js';

/** A key of the meeting's sentences. */
export type MeetingStringKey = keyof (typeof meetingStrings)['th'];

/** What a row's rendering needs of `<sajja-meeting>`. */
export interface MeetingRowHost {
  /** A sentence in the widget's language and digits. */
  t(key: MeetingStringKey, values?: Readonly<Record<string, string | number>>): string;
  /** An amount in the widget's digits. */
  money(amount: string): string;
  /** A date in the widget's language and digits. */
  day(iso: string): string;
  /** Text with its digits in the widget's digits (a member number). */
  number(text: string): string;
  /** What `field` of the member's row shows: what was typed, else its prefill. */
  fieldText(member: RosterMember, field: RowField): string;
  /** The message of `field`, worded; `''` when it has none. */
  fieldError(member: RosterMember, field: RowField): string;
  /** The message of the row as a whole, worded; `''` when it has none. */
  rowError(member: RosterMember): string;
  /** The member's payments of the month by PromptPay or bank transfer. */
  transfers(member: RosterMember): readonly FundTransactionRecord[];
  /** How the member pays, as chosen in the row. */
  method(member: RosterMember): PaymentMethod;
  /** Whether the row is being saved. */
  saving(member: RosterMember): boolean;
  /** The reversal step of the row, when it is open. */
  reversal(member: RosterMember, index: number): TemplateResult | typeof nothing;
  onInput(member: RosterMember, field: RowField, value: string): void;
  onMethod(member: RosterMember, method: PaymentMethod): void;
  onKeydown(member: RosterMember, event: KeyboardEvent): void;
  save(member: RosterMember): void;
  openReversal(member: RosterMember, index: number): void;
}

const METHOD_KEYS: Readonly<Record<PaymentMethod, MeetingStringKey>> = {
  cash: 'methodCash',
  promptpay: 'methodPromptPay',
  'bank-transfer': 'methodTransfer',
};

/**
 * The id of a row's field, unique in the shadow root: the roster's index and the field (a
 * loan's id escaped, so that an id of any characters makes one token of `aria-describedby`).
 */
export function fieldId(index: number, field: RowField | 'method' | 'save' | 'correct'): string {
  return field.startsWith('loan:')
    ? `r${index}-loan-${encodeURIComponent(field.slice('loan:'.length))}`
    : `r${index}-${field}`;
}

/** The member as the row's header and the fields' labels name them. */
export function memberName(host: MeetingRowHost, member: RosterMember): string {
  return member.memberNumber === undefined
    ? member.householdName
    : `${host.t('memberNumber', { number: host.number(member.memberNumber) })} ${member.householdName}`;
}

/** The `<tr>` of one member (a card on a phone), and its reversal step when open. */
export function renderRow(
  host: MeetingRowHost,
  member: RosterMember,
  index: number,
): TemplateResult {
  const name = memberName(host, member);
  const saving = host.saving(member);
  const rowError = host.rowError(member);
  const loans = member.due.loans;
  return html`<tr part="row" class="row" data-membership=${member.membershipId}>
      <th scope="row" class="member">
        <span class="number"
          >${member.memberNumber === undefined
            ? host.t('noNumber')
            : host.t('memberNumber', { number: host.number(member.memberNumber) })}</span
        >
        <span class="name">${member.householdName}</span>
        ${member.leftOn
          ? html`<span class="note">${host.t('leftOn', { date: host.day(member.leftOn) })}</span>`
          : nothing}
        ${member.problems.length > 0
          ? html`<span class="note">${host.t('rowProblems')}</span>`
          : nothing}
      </th>
      <td class="cell">
        ${renderField(host, member, index, 'pledge', host.t('pledge'), name, [
          host.t('due', { amount: host.money(member.due.pledge) }),
        ])}
        <span class="paid-line"
          >${host.t('paidAmount', { amount: host.money(member.paid.deposit) })}</span
        >
      </td>
      <td class="cell">
        ${loans.length === 0
          ? html`<span class="cell-label" aria-hidden="true">${host.t('loans')}</span
              ><span class="hint">${host.t('nothingDue')}</span>`
          : loans.map((loan, position) =>
              renderField(
                host,
                member,
                index,
                `loan:${loan.loanId}`,
                loans.length === 1 ? host.t('loans') : host.t('loan', { number: position + 1 }),
                name,
                [
                  host.t('dueLoan', {
                    installment: host.money(loan.installment),
                    arrears: host.money(loan.arrears),
                  }),
                ],
              ),
            )}
        <span class="paid-line"
          >${host.t('paidAmount', { amount: host.money(member.paid.repayment) })}</span
        >
      </td>
      <td class="cell">
        ${renderField(host, member, index, 'contribution', host.t('contribution'), name, [
          host.t('due', { amount: host.money(member.due.contribution) }),
        ])}
        <span class="paid-line"
          >${host.t('paidAmount', { amount: host.money(member.paid.contribution) })}</span
        >
      </td>
      <td class="cell amount paid-total">
        <span class="cell-label" aria-hidden="true">${host.t('paid')}</span>
        <span class="total-amount">${host.money(member.paid.total)}</span>
        ${renderTransfers(host, member, index)}
      </td>
      <td class="cell actions">
        <label class="method-label" for=${fieldId(index, 'method')}
          >${host.t('method')}<span class="visually-hidden">, ${name}</span></label
        >
        <select
          id=${fieldId(index, 'method')}
          part="method"
          .value=${live(host.method(member))}
          @change=${(event: Event) =>
            host.onMethod(member, (event.target as HTMLSelectElement).value as PaymentMethod)}
          @keydown=${(event: KeyboardEvent) => host.onKeydown(member, event)}
        >
          ${PAYMENT_METHODS.map(
            (method) => html`<option value=${method}>${host.t(METHOD_KEYS[method])}</option>`,
          )}
        </select>
        <button
          type="button"
          id=${fieldId(index, 'save')}
          part="save-button"
          ?disabled=${saving}
          aria-describedby=${`${fieldId(index, 'save')}-error`}
          @click=${() => host.save(member)}
        >
          ${saving ? host.t('saving') : host.t('save')}<span class="visually-hidden"> ${name}</span>
        </button>
        ${satangOf(member.paid.total) > 0n
          ? html`<button
              type="button"
              class="secondary"
              id=${fieldId(index, 'correct')}
              part="correct-button"
              @click=${() => host.openReversal(member, index)}
            >
              ${host.t('correct')}<span class="visually-hidden">, ${name}</span>
            </button>`
          : nothing}
        <span class="error" id=${`${fieldId(index, 'save')}-error`}>${rowError}</span>
      </td>
    </tr>
    ${host.reversal(member, index)}`;
}

/**
 * The member's transfers of the month, each with its method, amount, day and slip reference:
 * what the treasurer matches against the bank statement.
 */
function renderTransfers(
  host: MeetingRowHost,
  member: RosterMember,
  index: number,
): TemplateResult | typeof nothing {
  const transfers = host.transfers(member);
  if (transfers.length === 0) return nothing;
  const id = `r${index}-transfers`;
  return html`<span class="transfers-label" id=${id}>${host.t('transfersLabel')}</span>
    <ul class="transfers" part="transfers" aria-labelledby=${id}>
      ${transfers.map((record) => html`<li>${transferLine(host, record)}</li>`)}
    </ul>`;
}

/** One payment's method, amount, day and slip reference, worded. */
export function transferLine(host: MeetingRowHost, record: FundTransactionRecord): string {
  const values = {
    method: host.t(METHOD_KEYS[record.method ?? 'cash']),
    amount: host.money(record.amount),
    date: host.day(record.date),
  };
  return record.slipReference === undefined
    ? host.t('transfer', values)
    : host.t('transferWithSlip', { ...values, slip: record.slipReference });
}

function renderField(
  host: MeetingRowHost,
  member: RosterMember,
  index: number,
  field: RowField,
  label: string,
  name: string,
  hints: readonly string[],
): TemplateResult {
  const id = fieldId(index, field);
  const error = host.fieldError(member, field);
  const due = satangOf(dueOf(member, field)) > 0n;
  return html`<div class="field">
    <label class="cell-label" for=${id}
      >${label}<span class="visually-hidden">, ${name}</span></label
    >
    <input
      id=${id}
      part="amount"
      .value=${live(host.fieldText(member, field))}
      inputmode="decimal"
      autocomplete="off"
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby="${id}-hint ${id}-error"
      @input=${(event: Event) =>
        host.onInput(member, field, (event.target as HTMLInputElement).value)}
      @keydown=${(event: KeyboardEvent) => host.onKeydown(member, event)}
    />
    <span class="hint ${due ? 'due' : ''}" id="${id}-hint">${hints.join(' ')}</span>
    <span class="error" id="${id}-error">${error}</span>
  </div>`;
}

/** The ids of the fields of a row, in the order Tab reaches them. */
export function rowFieldIds(member: RosterMember, index: number): string[] {
  return rowFields(member).map((field) => fieldId(index, field));
}
