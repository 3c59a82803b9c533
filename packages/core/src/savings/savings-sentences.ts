import type { Sentences } from '../errors/sentences.js';
import type { CommonArgumentReason } from '../errors/common-sentences.js';
import { raisedWith, type SajjaError, type SajjaErrorInit } from '../errors/sajja-error.js';

/** Why savings and shares refuse an argument: the `reason` of their `INVALID_ARGUMENT` errors. */
export type SavingsArgumentReason =
  | 'not-first-of-month'
  | 'outside-fiscal-year'
  | 'shares-overdrawn'
  | 'too-many-shares'
  | 'pledge-out-of-range';

/**
 * @internal The sentences people see for each {@link SavingsArgumentReason}, in Thai and English (the
 * compiler checks that none is missing). Errors carry theirs, so a bundle keeps the sentences
 * of the code it keeps.
 */
export const SAVINGS_SENTENCES: { readonly [R in SavingsArgumentReason]: Sentences } = {
  'not-first-of-month': {
    th: 'ปีบัญชีต้องเริ่มวันที่ 1 ของเดือน',
    en: 'A fiscal year must start on the first day of a month.',
  },
  'outside-fiscal-year': {
    th: 'รายการวันที่ {date} อยู่นอกปีบัญชี ({start} ถึง {end})',
    en: 'The entry dated {date} is outside the fiscal year ({start} to {end}).',
  },
  'shares-overdrawn': {
    th: 'ถอนหุ้นเกินกว่าที่มี (วันที่ {date})',
    en: 'Withdrawals on {date} take the shares below zero.',
  },
  'too-many-shares': {
    th: 'จำนวนหุ้นมากเกินไป',
    en: 'That amount buys more shares than can be counted.',
  },
  'pledge-out-of-range': {
    th: 'ยอดสัจจะไม่อยู่ในช่วงที่ระเบียบของกลุ่มกำหนด',
    en: 'The pledge amount is outside the limits in the group’s rules.',
  },
};

/**
 * @internal An `INVALID_ARGUMENT` error raised here, carrying the sentences of its reason when they
 * are kept here (a shared reason's are found by `errorMessage` from its code).
 */
export function savingsError(
  reason: SavingsArgumentReason | CommonArgumentReason,
  message: string,
  init: SajjaErrorInit = {},
): SajjaError<'INVALID_ARGUMENT'> {
  return raisedWith(SAVINGS_SENTENCES, 'INVALID_ARGUMENT', reason, message, init);
}
