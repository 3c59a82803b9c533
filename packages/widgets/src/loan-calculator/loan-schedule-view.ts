import { bahtText } from '@sajja/core';
import type { LoanSchedule } from '@sajja/core/loans';
import { html, nothing } from 'lit';
import type { LocalizeController } from '../shared/localize-controller.js';
import type { loanCalculatorStrings } from './loan-calculator.strings.js';

/**
 * What `<sajja-loan-calculator>` shows for a schedule: the first instalment (in figures and in
 * Thai words), the last when it differs, the totals, and every instalment in a table that
 * scrolls in its own box, which a keyboard reaches and a screen reader names.
 */
export function renderLoanSchedule(
  schedule: LoanSchedule,
  localize: LocalizeController<keyof typeof loanCalculatorStrings.th>,
) {
  const t = (key: keyof typeof loanCalculatorStrings.th) => localize.t(key);
  const first = schedule.installments[0]!;
  const last = schedule.installments[schedule.installments.length - 1]!;
  return html`
    <dl part="summary" class="summary">
      <div>
        <dt>${t('installment')}</dt>
        <dd class="amount big">${localize.money(first.payment)} ${t('baht')}</dd>
      </div>
      <div>
        <dt>${t('installmentWords')}</dt>
        <dd lang="th">${bahtText(first.payment)}</dd>
      </div>
      ${last.payment.equals(first.payment)
        ? nothing
        : html`<div>
            <dt>${t('lastInstallment')}</dt>
            <dd class="amount">${localize.money(last.payment)} ${t('baht')}</dd>
          </div>`}
      <div>
        <dt>${t('totalInterest')}</dt>
        <dd class="amount">${localize.money(schedule.totalInterest)} ${t('baht')}</dd>
      </div>
      <div>
        <dt>${t('totalPayment')}</dt>
        <dd class="amount">${localize.money(schedule.totalPayment)} ${t('baht')}</dd>
      </div>
    </dl>
    <div class="table-scroll" tabindex="0" role="region" aria-labelledby="schedule-caption">
      <table part="table">
        <caption id="schedule-caption">
          ${t('schedule')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t('n')}</th>
            <th scope="col">${t('dueDate')}</th>
            <th scope="col" class="amount">${t('payment')}</th>
            <th scope="col" class="amount">${t('principalPart')}</th>
            <th scope="col" class="amount">${t('interestPart')}</th>
            <th scope="col" class="amount">${t('balance')}</th>
          </tr>
        </thead>
        <tbody>
          ${schedule.installments.map(
            (each) =>
              html`<tr>
                <td>${localize.number(each.n)}</td>
                <td>${localize.date(each.dueDate)}</td>
                <td class="amount">${localize.money(each.payment)}</td>
                <td class="amount">${localize.money(each.principal)}</td>
                <td class="amount">${localize.money(each.interest)}</td>
                <td class="amount">${localize.money(each.balance)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
  `;
}
