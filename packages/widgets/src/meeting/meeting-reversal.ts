import type { FundTransactionRecord } from '@sajja/store';
import { html, type TemplateResult } from 'lit';
import type { FieldMessage } from '../shared/form-control-controller.js';
import {
  fieldId,
  transferLine,
  type MeetingRowHost,
  type MeetingStringKey,
} from './meeting-row.js';

/** The reversal step of one row: the member's payments of the month, and those chosen. */
export interface ReversalStep {
  /** The membership whose payments are shown. */
  readonly membershipId: string;
  /** The month's payments that still count (neither reversed nor reversals). */
  readonly records: readonly FundTransactionRecord[];
  /** The ids chosen to reverse (all, at first). */
  readonly chosen: ReadonlySet<string>;
  /** Whether the reversals are being written. */
  readonly busy: boolean;
  /** Why the last confirm failed. */
  readonly error?: FieldMessage;
}

/** What the step's buttons do. */
export interface ReversalActions {
  toggle(id: string): void;
  confirm(): void;
  cancel(): void;
}

const KIND_KEYS: Readonly<Record<string, MeetingStringKey>> = {
  deposit: 'kindDeposit',
  repayment: 'kindRepayment',
  contribution: 'kindContribution',
  share: 'kindShare',
};

/**
 * The confirm step of a row's correction, as a row of its own under the member's: each payment
 * of the month with a checkbox (all chosen), the buttons to reverse those chosen or cancel.
 * Reversing appends reversals dated the meeting day; the originals stay. `error` is why the last
 * confirm failed, worded.
 */
export function renderReversal(
  host: MeetingRowHost,
  step: ReversalStep,
  index: number,
  name: string,
  error: string,
  actions: ReversalActions,
): TemplateResult {
  const id = `${fieldId(index, 'correct')}-step`;
  return html`<tr class="reversal-row">
    <td colspan="6">
      <div class="reversal" part="reversal" role="group" aria-labelledby=${id}>
        <p class="reversal-title" id=${id} tabindex="-1">${host.t('reverseTitle', { name })}</p>
        <p class="hint">${host.t('reverseHint')}</p>
        ${step.records.length === 0
          ? html`<p>${host.t('reverseNone')}</p>`
          : html`<ul class="payments">
              ${step.records.map(
                (record) =>
                  html`<li>
                    <label class="option">
                      <input
                        type="checkbox"
                        .checked=${step.chosen.has(record.id)}
                        @change=${() => actions.toggle(record.id)}
                      />
                      ${host.t(KIND_KEYS[record.kind] ?? 'kindDeposit')}
                      ${record.method === 'promptpay' || record.method === 'bank-transfer'
                        ? transferLine(host, record)
                        : `${host.money(record.amount)} · ${host.day(record.date)}`}
                    </label>
                  </li>`,
              )}
            </ul>`}
        <div class="buttons">
          <button type="button" ?disabled=${step.busy} @click=${actions.confirm}>
            ${host.t('reverseConfirm')}
          </button>
          <button type="button" class="secondary" @click=${actions.cancel}>
            ${host.t('reverseCancel')}
          </button>
        </div>
        <p class="error" role="alert">${error}</p>
      </div>
    </td>
  </tr>`;
}
