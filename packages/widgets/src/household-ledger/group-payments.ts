import type { DigitStyle, Language } from '@sajja/core';
import type { FundTransactionRecord, OrganisationRecord } from '@sajja/store';
import { html, nothing } from 'lit';
import { displayDate, displayMoney } from '../shared/display.js';
import { renderHeading } from '../shared/heading.js';
import { paymentMethodText } from '../shared/payment-method.js';
import { translate } from '../shared/translations.js';
import { householdLedgerStrings } from './household-ledger.strings.js';

/**
 * The month's payments between the household and its groups and funds (deposits, repayments,
 * contributions, welfare benefits received … as the deposit form or the committee recorded
 * them), newest first, each with how it was paid: cash, or PromptPay and the slip's reference.
 * They are the fund's records, not ledger entries, so the month's totals above leave them out;
 * the section says so. A deposit that wrote its own ledger entry (`ledgerEntryId`) is in the
 * list above already, counted as saving, and is left out here so no payment shows twice.
 * Nothing shows when none is left. Its heading is of `headingLevel`.
 */
export function renderGroupPayments(
  payments: readonly FundTransactionRecord[],
  organisations: readonly OrganisationRecord[],
  language: Language,
  digits: DigitStyle,
  headingLevel: number,
) {
  const shown = payments.filter((payment) => payment.ledgerEntryId === undefined);
  if (shown.length === 0) return nothing;
  const t = (key: keyof typeof householdLedgerStrings.th, values = {}) =>
    translate(householdLedgerStrings, language, key, values, digits);
  const names = new Map(organisations.map((organisation) => [organisation.id, organisation.name]));
  const newestFirst = shown.reverse();
  return html`<section
    part="group-payments"
    class="group-payments"
    aria-labelledby="group-payments-heading"
  >
    ${renderHeading(headingLevel, t('groupPayments'), {
      id: 'group-payments-heading',
      className: 'group-payments-title',
    })}
    <p class="hint">${t('groupPaymentsHint')}</p>
    <ul>
      ${newestFirst.map((payment) => {
        const how = paymentMethodText(payment, language);
        return html`<li>
          <span class="when">${displayDate(payment.date, language, digits)}</span>
          <span class="what"
            >${t(`payment-${payment.kind}`)}
            <span lang="th">${names.get(payment.organisationId) ?? ''}</span></span
          >
          <span class="amount">${displayMoney(payment.amount, digits)} ${t('baht')}</span>
          ${how ? html`<span class="how" part="payment-method">${how}</span>` : nothing}
        </li>`;
      })}
    </ul>
  </section>`;
}
