import type { Sentences } from '../errors/sentences.js';
import type { CommonArgumentReason } from '../errors/common-sentences.js';
import { raisedWith, type SajjaError, type SajjaErrorInit } from '../errors/sajja-error.js';

/** Why the year-end (share weights, profit allocation, share-out) refuses an argument: the `reason` of their `INVALID_ARGUMENT` errors. */
export type YearEndArgumentReason = 'net-loss' | 'duplicate-member';

/**
 * @internal The sentences people see for each {@link YearEndArgumentReason}, in Thai and English (the
 * compiler checks that none is missing). Errors carry theirs, so a bundle keeps the sentences
 * of the code it keeps.
 */
export const YEAR_END_SENTENCES: { readonly [R in YearEndArgumentReason]: Sentences } = {
  'net-loss': {
    th: 'ปีนี้ขาดทุน {loss} บาท จึงไม่มีกำไรให้จัดสรร',
    en: 'The year shows a loss of {loss} baht, so there is no profit to allocate.',
  },
  'duplicate-member': {
    th: 'สมาชิกรหัส {member} อยู่ในรายการมากกว่าหนึ่งครั้ง',
    en: 'Member {member} is listed more than once.',
  },
};

/**
 * @internal An `INVALID_ARGUMENT` error raised here, carrying the sentences of its reason when they
 * are kept here (a shared reason's are found by `errorMessage` from its code).
 */
export function yearEndError(
  reason: YearEndArgumentReason | CommonArgumentReason,
  message: string,
  init: SajjaErrorInit = {},
): SajjaError<'INVALID_ARGUMENT'> {
  return raisedWith(YEAR_END_SENTENCES, 'INVALID_ARGUMENT', reason, message, init);
}
