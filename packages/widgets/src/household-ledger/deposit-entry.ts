import type { Language } from '@sajja/core';
import type { LedgerRecord, OrganisationRecord } from '@sajja/store';
import { html, nothing } from 'lit';
import { translate, type Translations } from '../shared/translations.js';

/** What the ledger says of an entry a deposit wrote. */
const depositEntryStrings: Translations<'fromDeposit'> = {
  th: { fromDeposit: 'จากการฝากเงินกับ{group} กลับรายการได้ที่การฝากเงินนั้น' },
  en: { fromDeposit: 'from the deposit to {group}; reversed with that deposit' },
};

/**
 * True when a deposit wrote this entry (or its correction): it is reversed by reversing the
 * deposit, so the ledger offers no reversal of its own (the store refuses one,
 * `linked-to-deposit`).
 */
export function isDepositEntry(entry: LedgerRecord): boolean {
  return entry.fundTransactionId !== undefined;
}

/** The marker under a deposit's entry: "from the deposit to <group>"; nothing for others. */
export function renderDepositMark(
  entry: LedgerRecord,
  organisations: readonly OrganisationRecord[],
  language: Language,
) {
  if (!isDepositEntry(entry)) return nothing;
  const group = organisations.find((each) => each.id === entry.organisationId)?.name ?? '';
  return html`<span class="note" part="deposit-mark"
    >${translate(depositEntryStrings, language, 'fromDeposit', { group })}</span
  >`;
}
