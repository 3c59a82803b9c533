import { fillPlaceholders, sentenceOf, type Language } from '../errors/sentences.js';
import type { WelfareReason, WelfareReasonCode } from './welfare-benefit.js';

const sentences: Readonly<Record<WelfareReasonCode, Readonly<Record<Language, string>>>> = {
  WAITING_PERIOD: {
    th: 'อยู่ระหว่างรอสิทธิ์ จะมีสิทธิ์รับสวัสดิการตั้งแต่วันที่ {eligibleFrom}',
    en: 'Still in the waiting period; benefits start on {eligibleFrom}.',
  },
  NOT_COVERED: {
    th: 'กองทุนไม่มีสวัสดิการประเภทนี้',
    en: 'The fund does not cover this kind of claim.',
  },
  MEMBERSHIP_TOO_SHORT: {
    th: 'ต้องเป็นสมาชิกครบ {minYears} ปี (ปัจจุบัน {years} ปี)',
    en: 'Needs {minYears} completed years of membership (now {years}).',
  },
  ANNUAL_CAP_REACHED: {
    th: 'ใช้สิทธิ์ครบวงเงินของปีนี้แล้ว',
    en: 'This year’s limit for this benefit has been reached.',
  },
  CAPPED: {
    th: 'จ่ายได้ไม่เกิน {limit} บาท (ขอ {asked} บาท)',
    en: 'Paid up to the limit of {limit} baht ({asked} baht claimed).',
  },
  CONTRIBUTIONS_IN_ARREARS: {
    th: 'ค้างส่งเงินสมทบ (ชำระถึงวันที่ {paidThrough})',
    en: 'Contributions are in arrears (paid through {paidThrough}).',
  },
};

/**
 * The sentence explaining a {@link WelfareReason} to a member or committee, in Thai (default)
 * or English. Dates in the Thai sentence are written in the Buddhist Era (`28 พ.ย. 2568`), in
 * the English one as ISO dates.
 *
 * @throws {@link "@sajja/core".SajjaError} `INVALID_ARGUMENT` / `invalid-option` for a `reason` that is not an
 *   object with one of the codes, or a `language` other than `'th'` and `'en'`.
 *
 * @example
 * ```ts
 * welfareReasonMessage({ code: 'WAITING_PERIOD', details: { eligibleFrom: '2025-11-28' } }, 'en');
 * // 'Still in the waiting period; benefits start on 2025-11-28.'
 * ```
 */
export function welfareReasonMessage(reason: WelfareReason, language: Language = 'th'): string {
  const sentence = sentenceOf(sentences, reason, reason?.code, language, 'reason');
  return fillPlaceholders(sentence, reason.details ?? {}, language);
}
