import type { Sentences } from '../errors/sentences.js';
import { WELFARE_BENEFIT_LABELS } from './welfare-presets.js';
import type { CommonArgumentReason } from '../errors/common-sentences.js';
import { raisedWith, type SajjaError, type SajjaErrorInit } from '../errors/sajja-error.js';

/** Why welfare funds refuse an argument: the `reason` of their `INVALID_ARGUMENT` errors. */
export type WelfareArgumentReason = 'invalid-units';

/**
 * @internal The sentences people see for each {@link WelfareArgumentReason}, in Thai and English (the
 * compiler checks that none is missing). Errors carry theirs, so a bundle keeps the sentences
 * of the code it keeps.
 */
export const WELFARE_SENTENCES: { readonly [R in WelfareArgumentReason]: Sentences } = {
  'invalid-units': {
    th: 'จำนวนหน่วย (เช่น จำนวนคืน) ต้องเป็นจำนวนเต็มตั้งแต่ 1 ขึ้นไป',
    en: 'The number of units (such as nights) must be a whole number of at least 1.',
  },
};

/**
 * @internal The sentences for a benefit kind the fund's rules lack: the Thai one names the
 * benefit by its Thai label when it is one of {@link WELFARE_BENEFIT_LABELS}, never by its
 * English code.
 */
export function unknownKindSentences(kind: string): Sentences {
  const label = Object.hasOwn(WELFARE_BENEFIT_LABELS, kind)
    ? WELFARE_BENEFIT_LABELS[kind]
    : undefined;
  return {
    th: label ? `กองทุนไม่มีสวัสดิการ${label.th}` : 'กองทุนไม่มีสวัสดิการประเภทนี้',
    en: 'The fund has no benefit of kind {kind}.',
  };
}

/**
 * @internal An `INVALID_ARGUMENT` error raised here, carrying the sentences of its reason when they
 * are kept here (a shared reason's are found by `errorMessage` from its code).
 */
export function welfareError(
  reason: WelfareArgumentReason | CommonArgumentReason,
  message: string,
  init: SajjaErrorInit = {},
): SajjaError<'INVALID_ARGUMENT'> {
  return raisedWith(WELFARE_SENTENCES, 'INVALID_ARGUMENT', reason, message, init);
}
