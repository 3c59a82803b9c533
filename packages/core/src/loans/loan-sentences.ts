import type { Sentences } from '../errors/sentences.js';
import type { CommonArgumentReason } from '../errors/common-sentences.js';
import { raisedWith, type SajjaError, type SajjaErrorInit } from '../errors/sajja-error.js';

/** Why loans refuse an argument: the `reason` of their `INVALID_ARGUMENT` errors. */
export type LoanArgumentReason =
  | 'term-above-rules'
  | 'payment-before-disbursement'
  | 'payment-out-of-order'
  | 'payment-date-mismatch'
  | 'duplicate-payment-id'
  | 'reversal-amount-mismatch'
  | 'schedule-mismatch'
  | 'conflicting-options'
  | 'disbursements-mismatch';

/**
 * @internal The sentences people see for each {@link LoanArgumentReason}, in Thai and English (the
 * compiler checks that none is missing). Errors carry theirs, so a bundle keeps the sentences
 * of the code it keeps.
 */
export const LOAN_SENTENCES: { readonly [R in LoanArgumentReason]: Sentences } = {
  'term-above-rules': {
    th: 'ระยะเวลากู้ต้องไม่เกิน {maxTermMonths} เดือนตามระเบียบของกลุ่มหรือกองทุน',
    en: 'The term cannot be longer than the {maxTermMonths} months the fund’s rules allow.',
  },
  'payment-before-disbursement': {
    th: 'วันที่ชำระ ({date}) อยู่ก่อนวันที่รับเงินกู้ ({disbursedOn})',
    en: 'The payment date ({date}) is before the loan was paid out ({disbursedOn}).',
  },
  'payment-out-of-order': {
    th: 'รายการชำระวันที่ {date} อยู่ก่อนรายการล่าสุดที่บันทึกแล้ว ({latest}) กรุณาบันทึกตามลำดับวันที่',
    en: 'The payment dated {date} is before the latest one recorded ({latest}); record payments in date order.',
  },
  'payment-date-mismatch': {
    th: 'วันที่ของรายการชำระ ({date}) ไม่ตรงกับวันที่บันทึก ({onDate})',
    en: 'The payment is dated {date} but is being recorded for {onDate}.',
  },
  'duplicate-payment-id': {
    th: 'มีรายการชำระใช้รหัส {id} ซ้ำกัน',
    en: 'Two payments have the id {id}.',
  },
  'reversal-amount-mismatch': {
    th: 'การกลับรายการชำระ {id} ต้องใช้จำนวนเงินเท่ารายการเดิม ({amount} บาท)',
    en: 'A reversal of payment {id} must be for its amount ({amount} baht).',
  },
  'schedule-mismatch': {
    th: 'ตารางผ่อนชำระไม่ตรงกับสัญญาเงินกู้ (เงินต้นทุกงวดรวมกันต้องเท่ากับ {principal} บาท และวันครบกำหนดต้องเรียงกัน)',
    en: 'The repayment schedule does not fit the loan: the principal parts must add up to {principal} baht and the due dates must be in order.',
  },
  'conflicting-options': {
    th: 'ตั้งค่า {option} คู่กับ {conflictsWith} ไม่ได้ในเงินกู้เดียวกัน',
    en: '{option} cannot be used together with {conflictsWith} in one loan.',
  },
  'disbursements-mismatch': {
    th: 'งวดการจ่ายเงินกู้รวมกันต้องเท่ากับเงินต้น {principal} บาท งวดแรกต้องจ่ายในวันที่รับเงินกู้ และต้องเรียงตามวันที่',
    en: 'The tranches must add up to the principal of {principal} baht, the first paid out on the disbursement date, in date order.',
  },
};

/**
 * @internal The error for two options of one loan that make no sense together: `reason`
 * `conflicting-options`, `details.option` and `details.conflictsWith` naming both, and `why`
 * in the message.
 */
export function conflictingOptions(
  option: string,
  conflictsWith: string,
  why: string,
  input?: unknown,
): SajjaError<'INVALID_ARGUMENT'> {
  return loanError(
    'conflicting-options',
    `${option} cannot be used with ${conflictsWith}: ${why}`,
    {
      input,
      details: { option, conflictsWith },
    },
  );
}

/**
 * @internal An `INVALID_ARGUMENT` error raised here, carrying the sentences of its reason when they
 * are kept here (a shared reason's are found by `errorMessage` from its code).
 */
export function loanError(
  reason: LoanArgumentReason | CommonArgumentReason,
  message: string,
  init: SajjaErrorInit = {},
): SajjaError<'INVALID_ARGUMENT'> {
  return raisedWith(LOAN_SENTENCES, 'INVALID_ARGUMENT', reason, message, init);
}
