import type { SajjaError } from './sajja-error.js';

/** Languages Sajja speaks to people in: Thai first, English second. */
export type Language = 'th' | 'en';

type Sentences = Readonly<Record<Language, string>>;

/**
 * User-facing sentences by `code/reason`, with a fallback per code. Placeholders in braces
 * (`{maxDecimals}`) are filled from the error's `details`.
 */
const sentences: Readonly<Record<string, Sentences>> = {
  INVALID_AMOUNT: { th: 'จำนวนเงินไม่ถูกต้อง', en: 'This is not a valid amount.' },
  'INVALID_AMOUNT/empty': { th: 'กรุณากรอกจำนวนเงิน', en: 'Please enter an amount.' },
  'INVALID_AMOUNT/not-a-number': {
    th: 'จำนวนเงินต้องเป็นตัวเลขเท่านั้น',
    en: 'An amount may contain digits only.',
  },
  'INVALID_AMOUNT/two-decimal-points': {
    th: 'จำนวนเงินมีจุดทศนิยมได้เพียงจุดเดียว',
    en: 'An amount may have only one decimal point.',
  },
  'INVALID_AMOUNT/misplaced-separator': {
    th: 'ใส่เครื่องหมายจุลภาค (,) ผิดตำแหน่ง ให้คั่นทุกสามหลัก เช่น 1,234.50',
    en: 'A comma is in the wrong place: commas separate groups of three digits, as in 1,234.50.',
  },
  'INVALID_AMOUNT/too-many-decimals': {
    th: 'จำนวนเงินมีทศนิยมได้ไม่เกิน {maxDecimals} ตำแหน่ง (สตางค์)',
    en: 'An amount may have at most {maxDecimals} decimal places (satang).',
  },
  'INVALID_AMOUNT/too-large': {
    th: 'จำนวนเงินมากเกินไป (ไม่เกิน {maxDigits} หลัก)',
    en: 'The amount is too large (at most {maxDigits} digits).',
  },
  'INVALID_AMOUNT/not-finite': {
    th: 'จำนวนเงินต้องเป็นตัวเลขที่มีค่าแน่นอน',
    en: 'An amount must be a finite number.',
  },
  'INVALID_AMOUNT/wrong-type': {
    th: 'จำนวนเงินต้องเป็นข้อความตัวเลขหรือค่าเงิน',
    en: 'An amount must be given as text or as Money.',
  },
  INVALID_DATE: { th: 'วันที่ไม่ถูกต้อง', en: 'This is not a valid date.' },
  'INVALID_DATE/not-a-date': {
    th: 'กรุณากรอกวันที่เป็น วัน/เดือน/ปี พ.ศ. เช่น 15/01/2567',
    en: 'Please enter a date as day/month/Buddhist-Era year, for example 15/01/2567.',
  },
  'INVALID_DATE/no-such-month': {
    th: 'เดือนต้องอยู่ระหว่าง 1 ถึง 12',
    en: 'The month must be between 1 and 12.',
  },
  'INVALID_DATE/no-such-day': {
    th: 'ไม่มีวันที่นี้ในเดือนนั้น',
    en: 'That month has no such day.',
  },
  'INVALID_DATE/year-out-of-range': {
    th: 'ปีต้องเป็นปีพุทธศักราช (พ.ศ.) เช่น 2567',
    en: 'The year must be a Buddhist-Era year, for example 2567.',
  },
  INVALID_ARGUMENT: { th: 'ข้อมูลไม่ถูกต้อง', en: 'An argument is not valid.' },
  'INVALID_ARGUMENT/negative-weight': {
    th: 'สัดส่วนการแบ่งต้องไม่ติดลบ',
    en: 'Shares of a split cannot be negative.',
  },
  'INVALID_ARGUMENT/all-weights-zero': {
    th: 'ต้องมีสัดส่วนการแบ่งอย่างน้อยหนึ่งรายการที่มากกว่าศูนย์',
    en: 'At least one share of a split must be greater than zero.',
  },
  'INVALID_ARGUMENT/not-an-integer': {
    th: 'ต้องเป็นจำนวนเต็ม',
    en: 'This must be a whole number.',
  },
  'INVALID_ARGUMENT/invalid-option': {
    th: 'ค่าตั้งค่าไม่ถูกต้อง',
    en: 'An option has a value that is not allowed.',
  },
  STORAGE_UNAVAILABLE: {
    th: 'เบราว์เซอร์นี้บันทึกข้อมูลไม่ได้ (อาจเปิดโหมดส่วนตัวหรือปิดการเก็บข้อมูลไว้)',
    en: 'This browser cannot store data (private browsing or storage settings may prevent it).',
  },
};

/**
 * The sentence to show a person for a {@link SajjaError}, in Thai (`'th'`, the default) or
 * English. Unknown reasons fall back to the sentence for the error's code, so a newer error
 * never leaves a widget without words.
 *
 * @example
 * ```ts
 * errorMessage(error, 'en'); // 'An amount may have at most 2 decimal places (satang).'
 * ```
 */
export function errorMessage(error: SajjaError, language: Language = 'th'): string {
  const entry = sentences[`${error.code}/${error.reason}`] ?? sentences[error.code];
  const template = entry?.[language] ?? error.message;
  return template.replace(/\{(\w+)\}/g, (placeholder, key: string) => {
    const value = error.details[key];
    return value === undefined ? placeholder : String(value);
  });
}
