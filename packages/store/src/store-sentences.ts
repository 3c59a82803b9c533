import {
  raisedWith,
  type CommonArgumentReason,
  type SajjaError,
  type SajjaErrorInit,
  type Sentences,
  type StoreArgumentReason,
} from '@sajja/core';

/**
 * @internal The sentences people see for each {@link StoreArgumentReason}, in Thai and English (the
 * compiler checks that none is missing). Errors carry theirs, so a bundle keeps the sentences
 * of the code it keeps.
 */
export const STORE_SENTENCES: { readonly [R in StoreArgumentReason]: Sentences } = {
  'invalid-household': {
    th: 'ข้อมูลครัวเรือนไม่ถูกต้อง',
    en: "The household's details are not valid.",
  },
  'invalid-organisation': {
    th: 'ข้อมูลกลุ่มหรือกองทุนไม่ถูกต้อง',
    en: "The group's or fund's details are not valid.",
  },
  'invalid-membership': {
    th: 'ข้อมูลสมาชิกไม่ถูกต้อง',
    en: 'The membership details are not valid.',
  },
  'invalid-fund-transaction': {
    th: 'รายการเงินกับกองทุนไม่ถูกต้อง',
    en: 'The fund transaction is not valid.',
  },
  'unknown-record': {
    th: 'ไม่พบรายการที่ระบุ',
    en: 'The record was not found.',
  },
  'reverses-deleted': {
    th: 'รายการนี้ถูกลบแล้ว ไม่ต้องกลับรายการ',
    en: 'This entry is deleted, so it needs no correction.',
  },
  'part-of-reversal': {
    th: 'รายการที่กลับรายการแล้วและรายการกลับเป็นประวัติ ลบไม่ได้',
    en: 'A reversed entry and its correction are history and cannot be deleted.',
  },
  'invalid-loan': {
    th: 'ข้อมูลเงินกู้ไม่ถูกต้อง',
    en: 'The loan details are not valid.',
  },
  'linked-to-deposit': {
    th: 'รายการนี้มาจากการฝากเงินกับกลุ่ม ให้กลับรายการที่การฝากเงินนั้น รายการนี้จะกลับตามไปเอง',
    en: 'This entry comes from a deposit to a group: reverse the deposit, and it is reversed too.',
  },
  'ledger-deposit-only': {
    th: 'บันทึกลงบัญชีครัวเรือนได้เฉพาะการฝากเงิน',
    en: 'Only a deposit goes into the household ledger.',
  },
  'month-before-organisation': {
    th: 'กลุ่มยังไม่มีสมาชิกในเดือนนี้ (สมาชิกคนแรกเข้ากลุ่มเมื่อ {firstMonth})',
    en: 'The group had no members yet in that month (its first member joined in {firstMonth}).',
  },
};

/**
 * @internal An `INVALID_ARGUMENT` error raised by the store, carrying the sentences of its reason when they
 * are kept here (a shared reason's are found by `errorMessage` from its code).
 */
export function storeError(
  reason: StoreArgumentReason | CommonArgumentReason,
  message: string,
  init: SajjaErrorInit = {},
): SajjaError<'INVALID_ARGUMENT'> {
  return raisedWith(STORE_SENTENCES, 'INVALID_ARGUMENT', reason, message, init);
}
