import type { Sentences } from '../errors/sentences.js';
import { describeValue } from '../errors/describe-value.js';
import { SajjaError } from '../errors/sajja-error.js';

/**
 * Why PromptPay (`@sajja/core/promptpay`) refuses an argument: the `reason` of its own
 * `INVALID_ARGUMENT` errors. Its amounts are refused as `INVALID_AMOUNT` with the amount
 * reasons every amount shares.
 */
export type PromptPayArgumentReason =
  | 'not-a-thai-mobile'
  | 'not-a-thai-id'
  | 'bad-check-digit'
  | 'not-an-e-wallet-id'
  | 'not-a-biller-id'
  | 'missing-reference'
  | 'bad-reference'
  | 'reference-not-allowed'
  | 'unknown-promptpay-kind'
  | 'not-a-promptpay-payload'
  | 'bad-crc';

/**
 * @internal The sentences people see for each {@link PromptPayArgumentReason}, Thai first, as a
 * Thai bank app or a group's treasurer would say them (the compiler checks none is missing).
 * Errors carry theirs, so a bundle keeps them only with the PromptPay code.
 */
export const PROMPTPAY_SENTENCES: { readonly [R in PromptPayArgumentReason]: Sentences } = {
  'not-a-thai-mobile': {
    th: 'เบอร์นี้ไม่ใช่เบอร์มือถือของไทย',
    en: 'This is not a Thai mobile number.',
  },
  'not-a-thai-id': { th: 'เลขประจำตัวต้องมี 13 หลัก', en: 'An ID number has 13 digits.' },
  'bad-check-digit': {
    th: 'เลขประจำตัวไม่ถูกต้อง (เลขตรวจสอบไม่ตรง)',
    en: 'This ID number is not valid (its check digit does not match).',
  },
  'not-an-e-wallet-id': { th: 'เลข e-Wallet ต้องมี 15 หลัก', en: 'An e-wallet ID has 15 digits.' },
  'not-a-biller-id': {
    th: 'รหัสผู้รับชำระ (Biller ID) ต้องมี 15 หลัก',
    en: 'A biller ID has 15 digits.',
  },
  'missing-reference': {
    th: 'ต้องระบุเลขอ้างอิง 1 (Ref.1)',
    en: 'Reference 1 (Ref.1) is required.',
  },
  'bad-reference': {
    th: 'เลขอ้างอิงต้องเป็น A–Z หรือ 0–9 ไม่เกิน 20 ตัว',
    en: 'A reference is up to 20 letters A–Z and digits.',
  },
  'reference-not-allowed': {
    th: 'เลขอ้างอิงใช้ได้กับการชำระบิลเท่านั้น',
    en: 'Only a bill payment has references.',
  },
  'unknown-promptpay-kind': {
    th: 'ไม่รู้จักประเภทพร้อมเพย์นี้',
    en: 'This is not a kind of PromptPay ID.',
  },
  'not-a-promptpay-payload': {
    th: 'ข้อมูลนี้ไม่ใช่คิวอาร์พร้อมเพย์',
    en: 'This is not a PromptPay QR code.',
  },
  'bad-crc': {
    th: 'คิวอาร์นี้เสียหายหรือถูกแก้ไข (CRC ไม่ตรง)',
    en: 'This QR code is damaged or was altered (its CRC does not match).',
  },
};

/**
 * @internal An `INVALID_ARGUMENT` error of PromptPay carrying the sentences of its reason, its
 * message for developers naming the reason and the value. Made directly rather than through
 * `raisedWith`, whose checks are for tables an application passes: this one is typed whole,
 * and the PromptPay entry is held to a small size budget.
 */
export function promptPayError(
  reason: PromptPayArgumentReason,
  input: unknown,
): SajjaError<'INVALID_ARGUMENT'> {
  return new SajjaError(
    'INVALID_ARGUMENT',
    reason,
    `PromptPay ${reason}: ${describeValue(input)}.`,
    {
      input,
      sentences: PROMPTPAY_SENTENCES[reason],
    },
  );
}
