import type { Language } from '@sajja/core';
import type { FundTransactionRecord } from '@sajja/store';
import { translate, type Translations } from './translations.js';

/** How money was paid, in Thai and English. */
const paymentMethodStrings: Translations<'cash' | 'promptpay' | 'bank-transfer' | 'slip'> = {
  th: {
    cash: 'เงินสด',
    promptpay: 'พร้อมเพย์',
    'bank-transfer': 'โอนผ่านธนาคาร',
    slip: 'เลขที่สลิป {reference}',
  },
  en: {
    cash: 'cash',
    promptpay: 'PromptPay',
    'bank-transfer': 'bank transfer',
    slip: 'slip {reference}',
  },
};

/**
 * How a fund transaction was paid, as the balance card's history and the household ledger's
 * list of group payments show it: `'พร้อมเพย์ · เลขที่สลิป 2025061012345678'`, `'เงินสด'`, or
 * `''` when the record does not say. The slip's reference is shown as the member typed it.
 */
export function paymentMethodText(
  record: Pick<FundTransactionRecord, 'method' | 'slipReference'>,
  language: Language,
): string {
  const parts: string[] = [];
  if (record.method) parts.push(translate(paymentMethodStrings, language, record.method));
  if (record.slipReference) {
    parts.push(
      translate(paymentMethodStrings, language, 'slip', { reference: record.slipReference }),
    );
  }
  return parts.join(' · ');
}
