import {
  invalidOption,
  type SajjaError,
  type SajjaErrorDetails,
  type SajjaProblem,
} from './sajja-error.js';

/** Languages Sajja speaks to people in: Thai first, English second. */
export type Language = 'th' | 'en';

/** @internal A sentence in each language. */
export type Sentences = Readonly<Record<Language, string>>;

/**
 * User-facing sentences by `code/reason`, with a fallback per code. Placeholders in braces
 * (`{maxDecimals}`) are filled from the error's `details`.
 *
 * The widget bundle's build keeps only the entries whose reason its code names
 * (`packages/build/drop-unreached-sentences.mjs`): keep this table's name and shape, and write
 * each reason whole (`'not-positive'`, never built from parts) where the error is raised.
 */
const ERROR_SENTENCES: Readonly<Record<string, Sentences>> = {
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
  'INVALID_AMOUNT/too-long': {
    th: 'จำนวนเงินยาวเกินไป (ไม่เกิน {maxLength} ตัวอักษร)',
    en: 'The amount is too long (at most {maxLength} characters).',
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
  'INVALID_ARGUMENT/unknown-option': {
    th: 'ไม่มีค่าตั้งค่าชื่อ {option} (อาจพิมพ์ชื่อผิด)',
    en: 'There is no option called {option} (it may be misspelt).',
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
  'INVALID_ARGUMENT/net-loss': {
    th: 'ปีนี้ขาดทุน ({netProfit} บาท) จึงไม่มีกำไรให้จัดสรร',
    en: 'The year shows a loss ({netProfit} baht), so there is no profit to allocate.',
  },
  'INVALID_ARGUMENT/duplicate-member': {
    th: 'สมาชิกรหัส {member} อยู่ในรายการมากกว่าหนึ่งครั้ง',
    en: 'Member {member} is listed more than once.',
  },
  'INVALID_ARGUMENT/not-json': {
    th: 'ข้อมูลที่ {path} บันทึกเป็น JSON ได้ไม่ตรงทุกประการ (เช่น วันที่ต้องเป็นข้อความ YYYY-MM-DD)',
    en: 'The value at {path} cannot be stored exactly as JSON (store dates as YYYY-MM-DD text, for example).',
  },
  'INVALID_ARGUMENT/too-deep': {
    th: 'ข้อมูลที่ {path} ซ้อนกันลึกเกิน {maxDepth} ชั้น',
    en: 'The data at {path} is nested more than {maxDepth} levels deep.',
  },
  'INVALID_ARGUMENT/invalid-weight': {
    th: 'สัดส่วนการแบ่งต้องเป็นตัวเลข',
    en: 'Shares of a split must be numbers.',
  },
  'INVALID_ARGUMENT/too-long': {
    th: 'ตัวเลขยาวเกินไป (ไม่เกิน {maxLength} ตัวอักษร)',
    en: 'The number is too long (at most {maxLength} characters).',
  },
  'INVALID_ARGUMENT/invalid-factor': {
    th: 'ตัวคูณต้องเป็นตัวเลข เช่น 12 หรือ 0.0125',
    en: 'A multiplier must be a number, such as 12 or 0.0125.',
  },
  'INVALID_ARGUMENT/invalid-multiple': {
    th: 'ปัดเศษได้เฉพาะเป็นทวีคูณของจำนวนเงินตั้งแต่ 0.01 บาทขึ้นไป',
    en: 'An amount can only be rounded to a multiple of at least 0.01 baht.',
  },
  'INVALID_ARGUMENT/invalid-rounding-mode': {
    th: 'ไม่รู้จักวิธีปัดเศษนี้',
    en: 'This is not a known way of rounding.',
  },
  'INVALID_ARGUMENT/not-a-bigint': {
    th: 'จำนวนสตางค์ต้องเป็นจำนวนเต็มแบบ bigint',
    en: 'Whole satang must be given as a bigint.',
  },
  'INVALID_ARGUMENT/term-above-rules': {
    th: 'ระยะเวลากู้ต้องไม่เกิน {maxTermMonths} เดือนตามระเบียบของกองทุน',
    en: 'The term cannot be longer than the {maxTermMonths} months the fund’s rules allow.',
  },
  'INVALID_ARGUMENT/payment-before-disbursement': {
    th: 'วันที่ชำระ ({date}) อยู่ก่อนวันที่จ่ายเงินกู้ ({disbursedOn})',
    en: 'The payment date ({date}) is before the loan was paid out ({disbursedOn}).',
  },
  'INVALID_ARGUMENT/payment-out-of-order': {
    th: 'รายการชำระวันที่ {date} อยู่ก่อนรายการล่าสุดที่บันทึกแล้ว ({latest}) กรุณาบันทึกตามลำดับวันที่',
    en: 'The payment dated {date} is before the latest one recorded ({latest}); record payments in date order.',
  },
  'INVALID_ARGUMENT/payment-date-mismatch': {
    th: 'วันที่ของรายการชำระ ({date}) ไม่ตรงกับวันที่บันทึก ({onDate})',
    en: 'The payment is dated {date} but is being recorded for {onDate}.',
  },
  'INVALID_ARGUMENT/duplicate-payment-id': {
    th: 'มีรายการชำระใช้รหัส {id} ซ้ำกัน',
    en: 'Two payments have the id {id}.',
  },
  'INVALID_ARGUMENT/unknown-payment': {
    th: 'ไม่พบรายการชำระ {id} ในหรือก่อนวันที่ {date} ที่จะกลับรายการได้',
    en: 'There is no payment {id} on or before {date} to reverse.',
  },
  'INVALID_ARGUMENT/already-reversed': {
    th: 'รายการนี้ถูกกลับรายการไปแล้ว รายการหนึ่งกลับรายการได้เพียงครั้งเดียว',
    en: 'This has already been reversed; a record can be reversed only once.',
  },
  'INVALID_ARGUMENT/reversal-amount-mismatch': {
    th: 'การกลับรายการชำระ {id} ต้องใช้จำนวนเงินเท่ารายการเดิม ({amount} บาท)',
    en: 'A reversal of payment {id} must be for its amount ({amount} baht).',
  },
  'INVALID_ARGUMENT/schedule-mismatch': {
    th: 'ตารางผ่อนชำระไม่ตรงกับสัญญาเงินกู้ (เงินต้นทุกงวดรวมกันต้องเท่ากับ {principal} บาท และวันครบกำหนดต้องเรียงกัน)',
    en: 'The repayment schedule does not fit the loan: the principal parts must add up to {principal} baht and the due dates must be in order.',
  },
  'INVALID_ARGUMENT/invalid-ledger-entry': {
    th: 'รายการบัญชีครัวเรือนไม่ถูกต้อง',
    en: 'The ledger entry is not valid.',
  },
  'INVALID_ARGUMENT/csv-unclosed-quote': {
    th: 'ไฟล์ CSV มีเครื่องหมายคำพูด (") ที่ไม่ได้ปิด เริ่มที่บรรทัด {line}',
    en: 'The CSV file has a quote (") that is never closed, from line {line}.',
  },
  'INVALID_ARGUMENT/csv-text-after-quote': {
    th: 'ไฟล์ CSV มีข้อความต่อท้ายเครื่องหมายคำพูดปิดที่บรรทัด {line}',
    en: 'The CSV file has text after a closing quote on line {line}.',
  },
  'INVALID_ARGUMENT/unbalanced': {
    th: 'ยอดเดบิต ({debits}) ไม่เท่ากับยอดเครดิต ({credits})',
    en: 'Debits ({debits}) do not equal credits ({credits}).',
  },
  'INVALID_ARGUMENT/unbalanced-sub-fund': {
    th: 'ยอดเดบิตและเครดิตของกองทุน {subFund} ไม่เท่ากัน ({debits} / {credits})',
    en: 'In the {subFund} fund, debits ({debits}) do not equal credits ({credits}).',
  },
  'INVALID_ARGUMENT/too-few-lines': {
    th: 'รายการบัญชีต้องมีอย่างน้อยสองบรรทัด',
    en: 'An entry needs at least two lines.',
  },
  'INVALID_ARGUMENT/debit-or-credit': {
    th: 'แต่ละบรรทัดต้องระบุเดบิตหรือเครดิตอย่างใดอย่างหนึ่ง',
    en: 'Each line needs either a debit or a credit, not both.',
  },
  'INVALID_ARGUMENT/not-positive': {
    th: 'จำนวนเงินต้องมากกว่าศูนย์',
    en: 'The amount must be greater than zero.',
  },
  'INVALID_ARGUMENT/unknown-account': {
    th: 'ไม่มีบัญชีรหัส {account} ในผังบัญชี',
    en: 'The chart of accounts has no account {account}.',
  },
  'INVALID_ARGUMENT/unknown-sub-fund': {
    th: 'ไม่มีกองทุน {subFund}',
    en: 'There is no fund {subFund}.',
  },
  'INVALID_ARGUMENT/unknown-member': {
    th: 'ไม่พบสมาชิกรหัส {memberId}',
    en: 'There is no member {memberId}.',
  },
  'INVALID_ARGUMENT/unknown-loan': {
    th: 'ไม่พบสัญญาเงินกู้ {loanId}',
    en: 'There is no loan {loanId}.',
  },
  'INVALID_ARGUMENT/unknown-entry': {
    th: 'ไม่พบรายการบัญชี {id}',
    en: 'There is no entry {id}.',
  },
  'INVALID_ARGUMENT/duplicate-id': {
    th: 'รหัส {id} ถูกใช้แล้ว',
    en: 'The id {id} is already used.',
  },
  'INVALID_ARGUMENT/period-closed': {
    th: 'ปิดบัญชีเดือน {month} แล้ว (ปิดถึงเดือน {closedThrough}) ให้บันทึกรายการกลับในเดือนที่ยังเปิดอยู่',
    en: '{month} is closed (closed through {closedThrough}); correct it with a reversing entry in an open month.',
  },
  'INVALID_ARGUMENT/period-not-open': {
    th: 'สมุดบัญชีเริ่มเดือน {openPeriod} บันทึกรายการเดือน {month} ไม่ได้',
    en: 'The books open in {openPeriod}; nothing can be dated in {month}.',
  },
  'INVALID_ARGUMENT/reverses-a-reversal': {
    th: 'รายการ {id} เป็นรายการกลับ ให้บันทึกรายการใหม่แทน',
    en: 'The entry {id} is itself a reversal; post the entry again instead.',
  },
  'INVALID_ARGUMENT/before-original': {
    th: 'รายการกลับต้องลงวันที่ไม่ก่อนรายการเดิม ({originalDate})',
    en: 'A reversal cannot be dated before the entry it reverses ({originalDate}).',
  },
  'INVALID_ARGUMENT/not-a-mirror': {
    th: 'รายการกลับต้องมีบรรทัดเหมือนรายการ {id} โดยสลับเดบิตและเครดิต',
    en: 'A reversal must repeat the lines of {id} with debits and credits swapped.',
  },
  'INVALID_ARGUMENT/already-left': {
    th: 'สมาชิกลาออกไปแล้วเมื่อ {leftOn}',
    en: 'The member already left on {leftOn}.',
  },
  'INVALID_ARGUMENT/left-before-joining': {
    th: 'วันที่ลาออก ({leftOn}) ต้องไม่ก่อนวันที่เข้าเป็นสมาชิก ({joinedOn})',
    en: 'The leaving date ({leftOn}) cannot be before the joining date ({joinedOn}).',
  },
  'INVALID_ARGUMENT/no-account-for-role': {
    th: 'ผังบัญชีไม่มีบัญชีสำหรับ {role}',
    en: 'The chart of accounts has no account with the role {role}.',
  },
  'INVALID_ARGUMENT/nothing-to-close': {
    th: 'ไม่มีรายได้หรือค่าใช้จ่ายให้ปิดบัญชี',
    en: 'There is no income or expense to close.',
  },
  'INVALID_ARGUMENT/invalid-report': {
    th: 'รายงานลำดับที่ {index} ไม่ถูกต้อง ({path})',
    en: 'Report {index} is not valid ({path}).',
  },
  'INVALID_ARGUMENT/not-text': {
    th: 'ต้องเป็นข้อความ',
    en: 'This must be text.',
  },
  'INVALID_ARGUMENT/not-a-date': {
    th: 'วันที่ไม่ถูกต้อง',
    en: 'This is not a valid date.',
  },
  'INVALID_ARGUMENT/not-a-list': {
    th: 'ต้องเป็นรายการ',
    en: 'This must be a list.',
  },
  'INVALID_ARGUMENT/invalid-loan': {
    th: 'ข้อมูลเงินกู้ไม่ถูกต้อง',
    en: 'The loan details are not valid.',
  },
  CRYPTO_UNAVAILABLE: {
    th: 'เบราว์เซอร์นี้คำนวณรหัสตรวจสอบบัญชีไม่ได้ ต้องเปิดหน้านี้ผ่าน https:// หรือ localhost',
    en: 'This browser cannot compute audit hashes: open the page over https:// or from localhost.',
  },
  STORAGE_FULL: {
    th: 'พื้นที่เก็บข้อมูลของเบราว์เซอร์เต็ม ข้อมูลล่าสุดยังไม่ได้บันทึก',
    en: "The browser's storage for this site is full; the last change was not saved.",
  },
  'STORAGE_FULL/quota-exceeded': {
    th: 'พื้นที่เก็บข้อมูลเต็ม การบันทึกครั้งนี้ไม่สำเร็จ กรุณาส่งออกข้อมูลสำรองแล้วเพิ่มพื้นที่ว่างในเครื่อง',
    en: 'Storage is full, so this change was not saved. Export a backup, then free some space on the device.',
  },
  'STORAGE_UNAVAILABLE/connection-lost': {
    th: 'การเชื่อมต่อกับฐานข้อมูลในเบราว์เซอร์ถูกปิด กรุณาโหลดหน้านี้ใหม่',
    en: "The connection to the browser's database was closed. Please reload the page.",
  },
  'STORAGE_UNAVAILABLE/storage-failed': {
    th: 'เบราว์เซอร์อ่านหรือบันทึกข้อมูลไม่สำเร็จ กรุณาลองใหม่',
    en: 'The browser could not read or save the data. Please try again.',
  },
  'INVALID_ARGUMENT/invalid-household': {
    th: 'ข้อมูลครัวเรือนไม่ถูกต้อง',
    en: "The household's details are not valid.",
  },
  'INVALID_ARGUMENT/invalid-organisation': {
    th: 'ข้อมูลกลุ่มหรือกองทุนไม่ถูกต้อง',
    en: "The group's or fund's details are not valid.",
  },
  'INVALID_ARGUMENT/invalid-membership': {
    th: 'ข้อมูลการเป็นสมาชิกไม่ถูกต้อง',
    en: 'The membership details are not valid.',
  },
  'INVALID_ARGUMENT/invalid-fund-transaction': {
    th: 'รายการเงินกับกองทุนไม่ถูกต้อง',
    en: 'The fund transaction is not valid.',
  },
  'INVALID_ARGUMENT/unknown-record': {
    th: 'ไม่พบรายการที่ระบุ',
    en: 'The record was not found.',
  },
  'INVALID_ARGUMENT/reverses-reversal': {
    th: 'รายการนี้เป็นรายการแก้ไข กลับรายการซ้ำไม่ได้ หากต้องการรายการเดิมให้บันทึกใหม่',
    en: 'This is a correction and cannot itself be reversed; to restore the original, enter it again.',
  },
  'INVALID_ARGUMENT/reverses-deleted': {
    th: 'รายการนี้ถูกลบแล้ว ไม่ต้องกลับรายการ',
    en: 'This entry is deleted, so it needs no correction.',
  },
  'INVALID_ARGUMENT/part-of-reversal': {
    th: 'รายการที่กลับรายการแล้วและรายการแก้ไขเป็นประวัติ ลบไม่ได้',
    en: 'A reversed entry and its correction are history and cannot be deleted.',
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
 * @throws {@link SajjaError} `INVALID_ARGUMENT` / `invalid-option` for an `error` that is not
 *   an object, or a `language` other than `'th'` and `'en'`.
 *
 * @example
 * ```ts
 * errorMessage(error, 'en'); // 'An amount may have at most 2 decimal places (satang).'
 * ```
 */
export function errorMessage(error: SajjaError, language: Language = 'th'): string {
  checkDescribed(error, language, 'error');
  const { code, reason, message } = error as unknown as Record<string, unknown>;
  if (typeof message !== 'string') throw invalidOption('error', error, 'a SajjaError');
  const entry =
    (typeof code === 'string' && typeof reason === 'string'
      ? ownSentences(ERROR_SENTENCES, `${code}/${reason}`)
      : undefined) ?? (typeof code === 'string' ? ownSentences(ERROR_SENTENCES, code) : undefined);
  return fillPlaceholders(entry?.[language] ?? message, error.details);
}

function ownSentences(
  table: Readonly<Record<string, Sentences>>,
  key: string,
): Sentences | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/**
 * Sentences for the problems a rules validator reports, by reason. Trimmed in the widget bundle
 * like `ERROR_SENTENCES`.
 */
const PROBLEM_SENTENCES: Readonly<Record<string, Sentences>> = {
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
  'duplicate-value': {
    th: 'ค่า {value} ซ้ำกัน ใช้ได้ครั้งเดียว',
    en: '{value} appears more than once.',
  },
  'missing-value': { th: 'ต้องมี {value} ด้วย', en: '{value} must be included.' },
  'unordered-guarantor-steps': {
    th: 'เรียงขั้นจำนวนผู้ค้ำประกันตามยอดเงินกู้จากน้อยไปมาก ไม่ซ้ำกัน',
    en: 'Guarantor steps must be in increasing order of loan amount, without repeats.',
  },
  'not-a-string': {
    th: 'ต้องเป็นข้อความ',
    en: 'This must be text.',
  },
  'empty-id': {
    th: 'รหัสต้องไม่ว่าง',
    en: 'An id cannot be empty.',
  },
  'not-a-date': {
    th: 'วันที่ไม่ถูกต้อง เช่น 2024-01-15 หรือ 15/01/2567',
    en: 'This is not a valid date, such as 2024-01-15 or 15/01/2567.',
  },
  'unknown-kind': {
    th: 'ประเภทรายการต้องเป็นรายรับ (income) รายจ่าย (expense) หรือโอนย้าย (transfer)',
    en: 'The kind must be income, expense or transfer.',
  },
  'unknown-category': {
    th: 'ไม่มีหมวดนี้ในหมวดบัญชีครัวเรือน',
    en: 'This is not one of the ledger categories.',
  },
  'category-kind-mismatch': {
    th: 'หมวดนี้ใช้กับประเภทรายการที่เลือกไม่ได้',
    en: 'This category belongs to {categoryKind} entries, not {kind}.',
  },
  'not-positive': {
    th: 'จำนวนเงินต้องมากกว่าศูนย์',
    en: 'The amount must be greater than zero.',
  },
  'note-too-long': {
    th: 'บันทึกยาวได้ไม่เกิน {max} ตัวอักษร',
    en: 'A note may have at most {max} characters.',
  },
  'reverses-itself': {
    th: 'รายการแก้ไขต้องอ้างถึงรายการอื่น ไม่ใช่ตัวเอง',
    en: 'A correction must cancel another entry, not itself.',
  },
  'csv-bad-header': {
    th: 'แถวแรกของไฟล์ต้องเป็นชื่อคอลัมน์: {expected}',
    en: 'The first row must name the columns: {expected}.',
  },
  'csv-wrong-cell-count': {
    th: 'แถวนี้มี {found} ช่อง แต่ต้องมี {expected} ช่อง',
    en: 'This row has {found} cells; it needs {expected}.',
  },
  'duplicate-id': {
    th: 'รหัสนี้ถูกใช้ซ้ำ',
    en: 'This id is used more than once.',
  },
  'csv-unclosed-quote': {
    th: 'เครื่องหมายคำพูด (") ที่เปิดในบรรทัดนี้ไม่ได้ปิด',
    en: 'A quote (") opened on this line is never closed.',
  },
  'csv-text-after-quote': {
    th: 'มีข้อความต่อท้ายเครื่องหมายคำพูดปิด (") ในบรรทัดนี้',
    en: 'Text follows a closing quote (") on this line.',
  },
  'invalid-code': {
    th: 'รหัสต้องเป็นอักษรอังกฤษตัวเล็ก ตัวเลข หรือ - ขึ้นต้นด้วยตัวอักษร เช่น cash',
    en: 'A code is lower-case letters, digits and dashes, starting with a letter, such as cash.',
  },
  'duplicate-code': {
    th: 'รหัส {code} ซ้ำ',
    en: 'The code {code} is used twice.',
  },
  'role-type-mismatch': {
    th: 'บทบาท {role} ใช้กับบัญชีประเภท {type} ไม่ได้',
    en: 'The role {role} does not fit an account of type {type}.',
  },
  'no-accounts': {
    th: 'ผังบัญชีต้องมีอย่างน้อยหนึ่งบัญชี',
    en: 'The chart needs at least one account.',
  },
  'no-sub-funds': {
    th: 'ต้องมีอย่างน้อยหนึ่งกองทุน',
    en: 'At least one fund is needed.',
  },
  'not-a-month': {
    th: 'ต้องเป็นเดือน เช่น 2024-01',
    en: 'This must be a month, such as 2024-01.',
  },
  'not-text': {
    th: 'ต้องเป็นข้อความ',
    en: 'This must be text.',
  },
  'unknown-field': {
    th: 'ไม่รู้จักช่องข้อมูลนี้',
    en: 'This field is not known.',
  },
  'unknown-option': {
    th: 'ไม่มีค่าตั้งค่าชื่อ {option} (อาจพิมพ์ชื่อผิด)',
    en: 'There is no option called {option} (it may be misspelt).',
  },
  empty: {
    th: 'ต้องไม่เป็นค่าว่าง',
    en: 'This cannot be empty.',
  },
  'too-long': {
    th: 'ยาวเกิน {max} ตัวอักษร',
    en: 'This is longer than {max} characters.',
  },
  'not-a-timestamp': {
    th: 'ต้องเป็นวันเวลาแบบ ISO เช่น 2024-03-05T08:15:00.000Z',
    en: 'This must be an ISO timestamp, such as 2024-03-05T08:15:00.000Z.',
  },
  negative: {
    th: 'ต้องไม่ติดลบ',
    en: 'This cannot be negative.',
  },
  'not-json': {
    th: 'ไม่ใช่ข้อมูล JSON ที่ถูกต้อง',
    en: 'This is not valid JSON data.',
  },
  'not-an-id': {
    th: 'รหัสรายการไม่ถูกต้อง',
    en: 'This is not a valid id.',
  },
  'left-before-joined': {
    th: 'วันที่ออกต้องไม่ก่อนวันที่สมัคร ({joinedOn})',
    en: 'The leaving date cannot be before the joining date ({joinedOn}).',
  },
  'unknown-household': {
    th: 'ไม่พบครัวเรือนที่ระบุ',
    en: 'The household was not found.',
  },
  'unknown-organisation': {
    th: 'ไม่พบกลุ่มหรือกองทุนที่ระบุ',
    en: 'The group or fund was not found.',
  },
  'unknown-membership': {
    th: 'ไม่พบการเป็นสมาชิกที่ระบุ',
    en: 'The membership was not found.',
  },
  'membership-mismatch': {
    th: 'ครัวเรือนหรือกองทุนไม่ตรงกับการเป็นสมาชิก',
    en: 'The household or fund does not match the membership.',
  },
  conflict: {
    th: 'มีรายการรหัสเดียวกันที่ข้อมูลต่างกันอยู่แล้ว จึงไม่นำเข้า',
    en: 'A different record with this id is already stored; it was left unchanged.',
  },
  'unknown-reversed': {
    th: 'ไม่พบรายการที่ต้องการแก้ไข',
    en: 'The entry this corrects was not found.',
  },
  'reversal-mismatch': {
    th: 'รายการแก้ไขต้องมีประเภท หมวด และจำนวนเงินตรงกับรายการเดิม',
    en: 'A correction must repeat the kind, category and amount of the entry it corrects.',
  },
  'not-a-backup': {
    th: 'ไฟล์นี้ไม่ใช่ไฟล์สำรองข้อมูลของ Sajja',
    en: 'This file is not a Sajja backup.',
  },
  'unsupported-version': {
    th: 'ไฟล์นี้มาจากรุ่นที่ใหม่กว่า (รุ่น {version}) กรุณาอัปเดตก่อนนำเข้า',
    en: 'This backup comes from a newer version ({version}); update before importing it.',
  },
  'checksum-mismatch': {
    th: 'ไฟล์สำรองข้อมูลถูกแก้ไขหรือเสียหายหลังจากบันทึก จึงไม่นำเข้า',
    en: 'This backup was changed or damaged after it was saved, so nothing was imported.',
  },
  'already-reversed': {
    th: 'รายการนี้ถูกกลับรายการไปแล้ว',
    en: 'This entry has already been reversed.',
  },
  'reverses-reversal': {
    th: 'รายการนี้เป็นรายการแก้ไข กลับรายการซ้ำไม่ได้',
    en: 'This is a correction and cannot itself be reversed.',
  },
  'reverses-deleted': {
    th: 'รายการนี้ถูกลบแล้ว ไม่ต้องกลับรายการ',
    en: 'This entry is deleted, so it needs no correction.',
  },
  'part-of-reversal': {
    th: 'รายการที่กลับรายการแล้วและรายการแก้ไขลบไม่ได้',
    en: 'A reversed entry and its correction cannot be deleted.',
  },
  'unknown-loan': {
    th: 'ไม่พบสัญญาเงินกู้ที่ระบุ',
    en: 'The loan was not found.',
  },
  'loan-mismatch': {
    th: 'เงินกู้นี้เป็นของการเป็นสมาชิกอื่น',
    en: 'This loan belongs to another membership.',
  },
  'not-a-repayment': {
    th: 'ระบุเงินกู้ได้เฉพาะรายการชำระคืนเงินกู้',
    en: 'Only a loan repayment can name a loan.',
  },
  'before-disbursement': {
    th: 'วันที่ชำระต้องไม่ก่อนวันที่รับเงินกู้ ({disbursedOn})',
    en: 'A repayment cannot be dated before the loan was paid out ({disbursedOn}).',
  },
  'before-original': {
    th: 'วันที่กลับรายการต้องไม่ก่อนวันที่ของรายการเดิม ({date})',
    en: 'A correction cannot be dated before the entry it cancels ({date}).',
  },
  'pledge-out-of-range': {
    th: 'ยอดสัจจะ {amount} บาทอยู่นอกช่วงที่ระเบียบกำหนด',
    en: "The pledge of {amount} baht is outside the group's limits.",
  },
  'sum-not-100': {
    th: 'สัดส่วนการจัดสรรรวมกันต้องเท่ากับ 100% พอดี (ขณะนี้รวมได้ {sum}%)',
    en: 'The percentages must add up to exactly 100 (they add up to {sum}).',
  },
  'invalid-bucket-code': {
    th: 'รหัสหมวดการจัดสรรต้องเป็นอักษรอังกฤษตัวเล็ก ตัวเลข หรือ - ขึ้นต้นด้วยตัวอักษร เช่น average-return',
    en: 'A bucket code is lower-case letters, digits and dashes, starting with a letter, such as average-return.',
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
 * @throws {@link SajjaError} `INVALID_ARGUMENT` / `invalid-option` for a `problem` that is not
 *   an object, or a `language` other than `'th'` and `'en'`.
 *
 * @example
 * ```ts
 * problemMessage({ path: 'joiningFee', reason: 'above-legal-cap', details: { cap: '100' } }, 'en');
 * // 'This is above the legal cap (100 baht).'
 * ```
 */
export function problemMessage(problem: SajjaProblem, language: Language = 'th'): string {
  checkDescribed(problem, language, 'problem');
  const { reason } = problem;
  const entry =
    (typeof reason === 'string' ? ownSentences(PROBLEM_SENTENCES, reason) : undefined) ??
    ERROR_SENTENCES.RULES_INVALID!;
  return fillPlaceholders(entry[language], problem.details ?? {});
}

/**
 * @internal Fills `{name}` placeholders from `values`, leaving unknown ones as they are (and
 * any value that is not a string, finite number or boolean: details are those).
 */
export function fillPlaceholders(template: string, values: SajjaErrorDetails): string {
  const given: Readonly<Record<string, unknown>> =
    typeof values === 'object' && values !== null ? values : {};
  return template.replace(/\{(\w+)\}/g, (placeholder, key: string) => {
    const value = Object.hasOwn(given, key) ? given[key] : undefined;
    return typeof value === 'string' ||
      (typeof value === 'number' && Number.isFinite(value)) ||
      typeof value === 'boolean'
      ? String(value)
      : placeholder;
  });
}

function checkDescribed(described: unknown, language: unknown, option: string): void {
  if (typeof described !== 'object' || described === null) {
    throw invalidOption(option, described, 'an object');
  }
  if (language !== 'th' && language !== 'en') {
    throw invalidOption('language', language, "'th' or 'en'");
  }
}

/**
 * @internal The sentence of `table` under `code`, in `language`, for the message functions:
 * `INVALID_ARGUMENT` / `invalid-option` for a `described` value that is not an object, a code
 * the table does not have, or a language other than `'th'` and `'en'`, instead of a
 * TypeError from a widget's display code.
 */
export function sentenceOf(
  table: Readonly<Record<string, Sentences>>,
  described: unknown,
  code: unknown,
  language: unknown,
  option: string,
): string {
  checkDescribed(described, language, option);
  const sentences = typeof code === 'string' ? ownSentences(table, code) : undefined;
  if (!sentences) {
    throw invalidOption(`${option}.code`, code, `one of ${Object.keys(table).join(', ')}`);
  }
  return sentences[language as Language];
}
