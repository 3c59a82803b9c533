import type { SajjaError, SajjaErrorDetails, SajjaProblem } from './sajja-error.js';

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
  'INVALID_AMOUNT/not-positive': {
    th: 'จำนวนเงินต้องมากกว่าศูนย์',
    en: 'The amount must be greater than zero.',
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
  'INVALID_DATE/not-a-month': {
    th: 'กรุณาระบุเดือนเป็น ปี-เดือน เช่น 2024-01',
    en: 'Please give a month as year-month, for example 2024-01.',
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
  'INVALID_ARGUMENT/negative-amount': {
    th: 'จำนวนเงินต้องไม่ติดลบ',
    en: 'The amount cannot be negative.',
  },
  'INVALID_ARGUMENT/negative-rate': {
    th: 'อัตราต้องไม่ติดลบ',
    en: 'A rate cannot be negative.',
  },
  'INVALID_ARGUMENT/not-first-of-month': {
    th: 'ปีบัญชีต้องเริ่มวันที่ 1 ของเดือน',
    en: 'A fiscal year must start on the first day of a month.',
  },
  'INVALID_ARGUMENT/outside-fiscal-year': {
    th: 'รายการวันที่ {date} อยู่นอกปีบัญชี ({start} ถึง {end})',
    en: 'The entry dated {date} is outside the fiscal year ({start} to {end}).',
  },
  'INVALID_ARGUMENT/shares-overdrawn': {
    th: 'ถอนหุ้นเกินกว่าที่มี (วันที่ {date})',
    en: 'Withdrawals on {date} take the shares below zero.',
  },
  'INVALID_ARGUMENT/too-many-shares': {
    th: 'จำนวนหุ้นมากเกินไป',
    en: 'That amount buys more shares than can be counted.',
  },
  'INVALID_ARGUMENT/pledge-out-of-range': {
    th: 'ยอดสัจจะไม่อยู่ในช่วงที่ข้อบังคับของกลุ่มกำหนด',
    en: 'The pledge amount is outside the limits in the group’s rules.',
  },
  'INVALID_ARGUMENT/unknown-kind': {
    th: 'กองทุนไม่มีสวัสดิการประเภท {kind}',
    en: 'The fund has no benefit of kind {kind}.',
  },
  RULES_INVALID: {
    th: 'ข้อบังคับของกองทุนไม่ถูกต้อง',
    en: 'The fund’s rules are not valid.',
  },
  'INVALID_ARGUMENT/invalid-units': {
    th: 'จำนวนหน่วย (เช่น จำนวนคืน) ต้องเป็นจำนวนเต็มตั้งแต่ 1 ขึ้นไป',
    en: 'The number of units (such as nights) must be a whole number of at least 1.',
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
  return fillPlaceholders(entry?.[language] ?? error.message, error.details);
}

/** Sentences for the problems a rules validator reports, by reason. */
const problemSentences: Readonly<Record<string, Sentences>> = {
  required: { th: 'ต้องระบุค่านี้', en: 'This value is required.' },
  'not-an-object': { th: 'รูปแบบข้อมูลไม่ถูกต้อง', en: 'This must be a group of settings.' },
  'not-a-list': { th: 'ต้องเป็นรายการ', en: 'This must be a list.' },
  'not-an-amount': {
    th: 'ต้องเป็นจำนวนเงิน เช่น 1000.00',
    en: 'This must be an amount, such as 1000.00.',
  },
  'not-a-number': { th: 'ต้องเป็นตัวเลข', en: 'This must be a number.' },
  'not-a-whole-number': { th: 'ต้องเป็นจำนวนเต็ม', en: 'This must be a whole number.' },
  'below-minimum': { th: 'ต้องไม่น้อยกว่า {min}', en: 'This must be at least {min}.' },
  'above-maximum': { th: 'ต้องไม่เกิน {max}', en: 'This must be at most {max}.' },
  'above-legal-cap': {
    th: 'เกินเพดานที่กฎหมายกำหนด ({cap} บาท)',
    en: 'This is above the legal cap ({cap} baht).',
  },
  'unknown-value': { th: 'ค่าที่ใช้ได้: {allowed}', en: 'Allowed values: {allowed}.' },
  'one-contribution': {
    th: 'ระบุเงินสมทบเพียงแบบเดียว: ต่อวัน ต่อเดือน หรือต่อปี',
    en: 'Give exactly one contribution: per day, per month or per year.',
  },
  'one-upkeep': {
    th: 'ระบุค่าบำรุงเพียงแบบเดียว: ต่อเดือน หรือต่อปี',
    en: 'Give exactly one upkeep fee: per month or per year.',
  },
  'invalid-kind': {
    th: 'รหัสประเภทสวัสดิการต้องเป็นอักษรอังกฤษตัวเล็ก ตัวเลข หรือ - เช่น hospital',
    en: 'A benefit kind is a code of lower-case letters, digits and dashes, such as hospital.',
  },
  'no-steps': { th: 'ต้องมีอย่างน้อยหนึ่งขั้น', en: 'At least one step is needed.' },
  'overlapping-steps': {
    th: 'มีขั้นที่ใช้จำนวนปี {minYears} ซ้ำกัน',
    en: 'Two steps start at {minYears} years.',
  },
  'unordered-steps': {
    th: 'เรียงขั้นตามจำนวนปีจากน้อยไปมาก',
    en: 'Steps must be in increasing order of years.',
  },
  'no-bands': { th: 'ต้องมีอย่างน้อยหนึ่งช่วง', en: 'At least one band is needed.' },
  'unordered-bands': {
    th: 'เรียงช่วงยอดเงินจากน้อยไปมาก',
    en: 'Bands must be in increasing order of balance.',
  },
  'no-posting-dates': {
    th: 'ต้องมีวันคิดดอกเบี้ยอย่างน้อยหนึ่งวัน',
    en: 'At least one posting date is needed.',
  },
  'invalid-posting-date': {
    th: 'วันคิดดอกเบี้ยต้องเป็น เดือน-วัน เช่น 06-30',
    en: 'A posting date is month-day, such as 06-30.',
  },
  'unordered-posting-dates': {
    th: 'เรียงวันคิดดอกเบี้ยตามลำดับ ไม่ซ้ำกัน',
    en: 'Posting dates must be in order, without repeats.',
  },
  'max-below-min': {
    th: 'ต้องไม่น้อยกว่าจำนวนขั้นต่ำ ({min})',
    en: 'This cannot be below the minimum ({min}).',
  },
  'cap-below-claim-cap': {
    th: 'วงเงินต่อปีต้องไม่น้อยกว่าวงเงินต่อครั้ง ({maxPerClaim} บาท)',
    en: 'The yearly limit cannot be below the per-claim limit ({maxPerClaim} baht).',
  },
};

/**
 * The sentence for one problem of a `RULES_INVALID` error (see {@link SajjaError.problems}),
 * in Thai (default) or English, for a rules editor to show beside the field at `problem.path`.
 *
 * @example
 * ```ts
 * problemMessage({ path: 'joiningFee', reason: 'above-legal-cap', details: { cap: '100' } }, 'en');
 * // 'This is above the legal cap (100 baht).'
 * ```
 */
export function problemMessage(problem: SajjaProblem, language: Language = 'th'): string {
  const entry = problemSentences[problem.reason] ?? sentences.RULES_INVALID!;
  return fillPlaceholders(entry[language], problem.details ?? {});
}

/** @internal Fills `{name}` placeholders from `values`, leaving unknown ones as they are. */
export function fillPlaceholders(template: string, values: SajjaErrorDetails): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, key: string) => {
    const value = values[key];
    return value === undefined ? placeholder : String(value);
  });
}
