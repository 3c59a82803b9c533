import type { SajjaErrorCode } from './sajja-error.js';
import type { Sentences } from './sentences.js';

/** Why an amount is refused anywhere in Sajja (not only by the money functions). */
export type CommonAmountReason = 'not-positive' | 'too-long';

/**
 * Why an argument is refused, in words several parts of Sajja share (options, lists, ids,
 * reversals, CSV text): `INVALID_ARGUMENT` reasons not owned by one domain.
 */
export type CommonArgumentReason =
  | 'not-an-integer'
  | 'invalid-option'
  | 'unknown-option'
  | 'negative-amount'
  | 'negative-rate'
  | 'unknown-kind'
  | 'not-json'
  | 'too-long'
  | 'unknown-payment'
  | 'already-reversed'
  | 'invalid-ledger-entry'
  | 'csv-unclosed-quote'
  | 'csv-text-after-quote'
  | 'not-positive'
  | 'unknown-loan'
  | 'duplicate-id'
  | 'before-original'
  | 'not-text'
  | 'not-a-date'
  | 'not-a-list'
  | 'reverses-reversal';

/** Why the browser's storage is full: the `reason` of every `STORAGE_FULL` error. */
export type StorageFullReason = 'quota-exceeded';

/** Why the browser gives no usable storage: the `reason` of every `STORAGE_UNAVAILABLE` error. */
export type StorageUnavailableReason =
  | 'no-indexeddb'
  | 'open-failed'
  | 'connection-lost'
  | 'storage-failed';

/** The keys of {@link COMMON_SENTENCES}: each code, and `code/reason` for the shared reasons. */
type CommonSentenceKey =
  | SajjaErrorCode
  | `INVALID_AMOUNT/${CommonAmountReason}`
  | `INVALID_ARGUMENT/${CommonArgumentReason}`
  | `STORAGE_FULL/${StorageFullReason}`
  | `STORAGE_UNAVAILABLE/${StorageUnavailableReason}`;

/**
 * @internal The sentences `errorMessage` finds by an error's code and reason: one per code
 * (shown for a reason without sentences of its own), and those of the reasons several parts of
 * Sajja raise (options, lists, ids, reversals, storage), so that they read the same
 * everywhere and an error made by hand (`new SajjaError('STORAGE_FULL', 'quota-exceeded', …)`)
 * still speaks. A reason only one domain raises has its sentences beside that domain, and its
 * errors carry them (see `SajjaErrorInit.sentences`). The compiler checks none is missing.
 */
export const COMMON_SENTENCES: { readonly [K in CommonSentenceKey]: Sentences } = {
  INVALID_AMOUNT: { th: 'จำนวนเงินไม่ถูกต้อง', en: 'This is not a valid amount.' },
  'INVALID_AMOUNT/not-positive': {
    th: 'จำนวนเงินต้องมากกว่าศูนย์',
    en: 'The amount must be greater than zero.',
  },
  'INVALID_AMOUNT/too-long': {
    th: 'จำนวนเงินยาวเกินไป (ไม่เกิน {maxLength} ตัวอักษร)',
    en: 'The amount is too long (at most {maxLength} characters).',
  },
  INVALID_DATE: { th: 'วันที่ไม่ถูกต้อง', en: 'This is not a valid date.' },
  INVALID_ARGUMENT: { th: 'ข้อมูลไม่ถูกต้อง', en: 'An argument is not valid.' },
  'INVALID_ARGUMENT/not-an-integer': {
    th: 'ต้องเป็นจำนวนเต็ม',
    en: 'This must be a whole number.',
  },
  'INVALID_ARGUMENT/invalid-option': {
    th: 'การตั้งค่าไม่ถูกต้อง',
    en: 'An option has a value that is not allowed.',
  },
  'INVALID_ARGUMENT/unknown-option': {
    th: 'ไม่มีการตั้งค่าชื่อ {option} (อาจพิมพ์ชื่อผิด)',
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
  'INVALID_ARGUMENT/unknown-kind': {
    th: 'กองทุนไม่มีสวัสดิการประเภทนี้',
    en: 'The fund has no benefit of kind {kind}.',
  },
  RULES_INVALID: {
    th: 'ระเบียบของกลุ่มหรือกองทุนไม่ถูกต้อง',
    en: 'The fund’s rules are not valid.',
  },
  'INVALID_ARGUMENT/not-json': {
    th: 'ข้อมูลที่ {path} บันทึกเป็น JSON ได้ไม่ตรงทุกประการ (เช่น วันที่ต้องเป็นข้อความ YYYY-MM-DD)',
    en: 'The value at {path} cannot be stored exactly as JSON (store dates as YYYY-MM-DD text, for example).',
  },
  'INVALID_ARGUMENT/too-long': {
    th: 'ตัวเลขยาวเกินไป (ไม่เกิน {maxLength} ตัวอักษร)',
    en: 'The number is too long (at most {maxLength} characters).',
  },
  'INVALID_ARGUMENT/unknown-payment': {
    th: 'ไม่พบรายการชำระ {id} ในหรือก่อนวันที่ {date} ที่จะกลับรายการได้',
    en: 'There is no payment {id} on or before {date} to reverse.',
  },
  'INVALID_ARGUMENT/already-reversed': {
    th: 'รายการนี้ถูกกลับรายการไปแล้ว รายการหนึ่งกลับรายการได้เพียงครั้งเดียว',
    en: 'This has already been reversed; a record can be reversed only once.',
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
  'INVALID_ARGUMENT/not-positive': {
    th: 'จำนวนเงินต้องมากกว่าศูนย์',
    en: 'The amount must be greater than zero.',
  },
  'INVALID_ARGUMENT/unknown-loan': {
    th: 'ไม่พบสัญญาเงินกู้ {loanId}',
    en: 'There is no loan {loanId}.',
  },
  'INVALID_ARGUMENT/duplicate-id': {
    th: 'รหัส {id} ถูกใช้แล้ว',
    en: 'The id {id} is already used.',
  },
  'INVALID_ARGUMENT/before-original': {
    th: 'รายการกลับต้องลงวันที่ไม่ก่อนรายการเดิม ({originalDate})',
    en: 'A reversal cannot be dated before the entry it reverses ({originalDate}).',
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
  'STORAGE_UNAVAILABLE/no-indexeddb': {
    th: 'เบราว์เซอร์นี้ไม่มีที่เก็บข้อมูลให้ใช้ (อาจเปิดโหมดส่วนตัวอยู่ หรือเป็นเบราว์เซอร์รุ่นเก่า)',
    en: 'This browser offers no storage (it may be in private browsing, or too old).',
  },
  'STORAGE_UNAVAILABLE/open-failed': {
    th: 'เปิดที่เก็บข้อมูลของเบราว์เซอร์ไม่ได้ ลองปิดหน้าอื่นของเว็บนี้แล้วโหลดหน้านี้ใหม่',
    en: 'The browser’s storage could not be opened. Close other tabs of this site, then reload this page.',
  },
  'STORAGE_UNAVAILABLE/connection-lost': {
    th: 'การเชื่อมต่อกับฐานข้อมูลในเบราว์เซอร์ถูกปิด กรุณาโหลดหน้านี้ใหม่',
    en: "The connection to the browser's database was closed. Please reload the page.",
  },
  'STORAGE_UNAVAILABLE/storage-failed': {
    th: 'เบราว์เซอร์อ่านหรือบันทึกข้อมูลไม่สำเร็จ กรุณาลองใหม่',
    en: 'The browser could not read or save the data. Please try again.',
  },
  'INVALID_ARGUMENT/reverses-reversal': {
    th: 'รายการนี้เป็นรายการกลับ กลับรายการซ้ำไม่ได้ หากต้องการรายการเดิมให้บันทึกใหม่',
    en: 'This is a correction and cannot itself be reversed; to restore the original, enter it again.',
  },
  STORAGE_UNAVAILABLE: {
    th: 'เบราว์เซอร์นี้บันทึกข้อมูลไม่ได้ (อาจเปิดโหมดส่วนตัวหรือปิดการเก็บข้อมูลไว้)',
    en: 'This browser cannot store data (private browsing or storage settings may prevent it).',
  },
};
