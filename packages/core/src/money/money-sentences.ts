import type { Sentences } from '../errors/sentences.js';
import type { CommonAmountReason, CommonArgumentReason } from '../errors/common-sentences.js';
import { raisedWith, type SajjaError, type SajjaErrorInit } from '../errors/sajja-error.js';

/** Why money (`money`, `allocate`, rounding, satang) refuse an amount: the `reason` of their `INVALID_AMOUNT` errors. */
export type MoneyAmountReason =
  | 'not-a-number'
  | 'too-many-decimals'
  | 'too-large'
  | 'not-finite'
  | 'wrong-type';

/**
 * @internal The sentences people see for each {@link MoneyAmountReason}, in Thai and English (the
 * compiler checks that none is missing). Errors carry theirs, so a bundle keeps the sentences
 * of the code it keeps.
 */
export const AMOUNT_SENTENCES: { readonly [R in MoneyAmountReason]: Sentences } = {
  'not-a-number': {
    th: 'จำนวนเงินต้องเป็นตัวเลขเท่านั้น',
    en: 'An amount may contain digits only.',
  },
  'too-many-decimals': {
    th: 'จำนวนเงินมีทศนิยมได้ไม่เกิน {maxDecimals} ตำแหน่ง (สตางค์)',
    en: 'An amount may have at most {maxDecimals} decimal places (satang).',
  },
  'too-large': {
    th: 'จำนวนเงินมากเกินไป (ไม่เกิน {maxDigits} หลัก)',
    en: 'The amount is too large (at most {maxDigits} digits).',
  },
  'not-finite': {
    th: 'จำนวนเงินต้องเป็นตัวเลขที่มีค่าแน่นอน',
    en: 'An amount must be a finite number.',
  },
  'wrong-type': {
    th: 'จำนวนเงินต้องเป็นข้อความตัวเลขหรือค่าเงิน',
    en: 'An amount must be given as text or as Money.',
  },
};

/**
 * @internal An `INVALID_AMOUNT` error raised here, carrying the sentences of its reason when they
 * are kept here (a shared reason's are found by `errorMessage` from its code).
 */
export function amountError(
  reason: MoneyAmountReason | CommonAmountReason,
  message: string,
  init: SajjaErrorInit = {},
): SajjaError<'INVALID_AMOUNT'> {
  return raisedWith(AMOUNT_SENTENCES, 'INVALID_AMOUNT', reason, message, init);
}

/** Why money (`money`, `allocate`, rounding, satang) refuse an argument: the `reason` of their `INVALID_ARGUMENT` errors. */
export type MoneyArgumentReason =
  | 'negative-weight'
  | 'all-weights-zero'
  | 'invalid-weight'
  | 'invalid-factor'
  | 'invalid-multiple'
  | 'invalid-rounding-mode'
  | 'not-a-bigint';

/**
 * @internal The sentences people see for each {@link MoneyArgumentReason}, in Thai and English (the
 * compiler checks that none is missing). Errors carry theirs, so a bundle keeps the sentences
 * of the code it keeps.
 */
export const MONEY_ARGUMENT_SENTENCES: { readonly [R in MoneyArgumentReason]: Sentences } = {
  'negative-weight': {
    th: 'สัดส่วนการแบ่งต้องไม่ติดลบ',
    en: 'Shares of a split cannot be negative.',
  },
  'all-weights-zero': {
    th: 'ต้องมีสัดส่วนการแบ่งอย่างน้อยหนึ่งรายการที่มากกว่าศูนย์',
    en: 'At least one share of a split must be greater than zero.',
  },
  'invalid-weight': {
    th: 'สัดส่วนการแบ่งต้องเป็นตัวเลข',
    en: 'Shares of a split must be numbers.',
  },
  'invalid-factor': {
    th: 'ตัวคูณต้องเป็นตัวเลข เช่น 12 หรือ 0.0125',
    en: 'A multiplier must be a number, such as 12 or 0.0125.',
  },
  'invalid-multiple': {
    th: 'ปัดเศษได้เฉพาะเป็นทวีคูณของจำนวนเงินตั้งแต่ 0.01 บาทขึ้นไป',
    en: 'An amount can only be rounded to a multiple of at least 0.01 baht.',
  },
  'invalid-rounding-mode': {
    th: 'ไม่รู้จักวิธีปัดเศษนี้',
    en: 'This is not a known way of rounding.',
  },
  'not-a-bigint': {
    th: 'จำนวนสตางค์ต้องเป็นจำนวนเต็มแบบ bigint',
    en: 'Whole satang must be given as a bigint.',
  },
};

/**
 * @internal An `INVALID_ARGUMENT` error raised here, carrying the sentences of its reason when they
 * are kept here (a shared reason's are found by `errorMessage` from its code).
 */
export function moneyError(
  reason: MoneyArgumentReason | CommonArgumentReason,
  message: string,
  init: SajjaErrorInit = {},
): SajjaError<'INVALID_ARGUMENT'> {
  return raisedWith(MONEY_ARGUMENT_SENTENCES, 'INVALID_ARGUMENT', reason, message, init);
}
