import { raisedWith, type SajjaError, type SajjaErrorInit } from '../errors/sajja-error.js';
import type { Sentences } from '../errors/sentences.js';
import type { CommonAmountReason } from '../errors/common-sentences.js';
import { AMOUNT_SENTENCES, type MoneyAmountReason } from './money-sentences.js';

/**
 * Why `parseMoney` refuses what a person typed, beyond what any amount can be refused for: the
 * `reason` of its own `INVALID_AMOUNT` errors.
 */
export type TypedAmountReason = 'empty' | 'two-decimal-points' | 'misplaced-separator';

/**
 * @internal The sentences people see for each {@link TypedAmountReason}, in Thai and English
 * (the compiler checks that none is missing), beside `parseMoney`, the one function that
 * raises them: a bundle without it keeps none of them.
 */
export const TYPED_AMOUNT_SENTENCES: { readonly [R in TypedAmountReason]: Sentences } = {
  empty: { th: 'กรุณากรอกจำนวนเงิน', en: 'Please enter an amount.' },
  'two-decimal-points': {
    th: 'จำนวนเงินมีจุดทศนิยมได้เพียงจุดเดียว',
    en: 'An amount may have only one decimal point.',
  },
  'misplaced-separator': {
    th: 'ใส่เครื่องหมายจุลภาค (,) ผิดตำแหน่ง ให้คั่นทุกสามหลัก เช่น 1,234.50',
    en: 'A comma is in the wrong place: commas separate groups of three digits, as in 1,234.50.',
  },
};

/** @internal An `INVALID_AMOUNT` error of `parseMoney`, carrying the sentences of its reason. */
export function typedAmountError(
  reason: TypedAmountReason | MoneyAmountReason | CommonAmountReason,
  message: string,
  init: SajjaErrorInit = {},
): SajjaError<'INVALID_AMOUNT'> {
  const table: Readonly<Record<string, Sentences>> = Object.hasOwn(TYPED_AMOUNT_SENTENCES, reason)
    ? TYPED_AMOUNT_SENTENCES
    : AMOUNT_SENTENCES;
  return raisedWith(table, 'INVALID_AMOUNT', reason, message, init);
}
