import type { Sentences } from './sentences.js';

/**
 * @internal The sentences for the problems a validator reports (rules, ledger entries, stored
 * records, backups), by reason: one vocabulary every validator shares, shown by
 * `problemMessage`. Its keys are {@link ProblemReason}.
 */
export const PROBLEM_SENTENCES: { readonly [R in ProblemReason]: Sentences } = {
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
  'conflicting-fields': {
    th: 'ใช้คู่กับ {conflictsWith} ไม่ได้',
    en: 'This cannot be used together with {conflictsWith}.',
  },
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
    th: 'วันที่ไม่ถูกต้อง เช่น 15/01/2567',
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
    th: 'หมายเหตุยาวได้ไม่เกิน {max} ตัวอักษร',
    en: 'A note may have at most {max} characters.',
  },
  'reverses-itself': {
    th: 'รายการกลับต้องอ้างถึงรายการอื่น ไม่ใช่ตัวเอง',
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
    th: 'ต้องเป็นเดือน เช่น 01/2567',
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
    th: 'ไม่มีการตั้งค่าชื่อ {option} (อาจพิมพ์ชื่อผิด)',
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
    th: 'วันที่ลาออกต้องไม่ก่อนวันที่เข้าเป็นสมาชิก ({joinedOn})',
    en: 'The leaving date cannot be before the joining date ({joinedOn}).',
  },
  'unknown-household': {
    th: 'ไม่พบข้อมูลครัวเรือนนี้ในเครื่องนี้',
    en: 'The household was not found.',
  },
  'unknown-organisation': {
    th: 'ไม่พบกลุ่มหรือกองทุนที่ระบุ',
    en: 'The group or fund was not found.',
  },
  'unknown-membership': {
    th: 'ไม่พบข้อมูลสมาชิกที่ระบุ',
    en: 'The membership was not found.',
  },
  'membership-mismatch': {
    th: 'ครัวเรือนหรือกองทุนไม่ตรงกับข้อมูลสมาชิก',
    en: 'The household or fund does not match the membership.',
  },
  conflict: {
    th: 'มีรายการรหัสเดียวกันที่ข้อมูลต่างกันอยู่แล้ว จึงไม่นำเข้า',
    en: 'A different record with this id is already stored; it was left unchanged.',
  },
  'unknown-reversed': {
    th: 'ไม่พบรายการที่ต้องการกลับรายการ',
    en: 'The entry this corrects was not found.',
  },
  'reversal-mismatch': {
    th: 'รายการกลับต้องมีประเภท หมวด และจำนวนเงินตรงกับรายการเดิม',
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
  'audit-broken': {
    th: 'ห่วงโซ่ตรวจสอบของกลุ่มขาดที่รายการนี้: ถูกแก้ไข ลบ หรือย้ายหลังจากบันทึก จึงไม่นำเข้า',
    en: "The group's audit trail breaks at this record: it was changed, removed or moved after it was written, so nothing was imported.",
  },
  'already-reversed': {
    th: 'รายการนี้ถูกกลับรายการไปแล้ว',
    en: 'This entry has already been reversed.',
  },
  'reverses-reversal': {
    th: 'รายการนี้เป็นรายการกลับ กลับรายการซ้ำไม่ได้',
    en: 'This is a correction and cannot itself be reversed.',
  },
  'reverses-deleted': {
    th: 'รายการนี้ถูกลบแล้ว ไม่ต้องกลับรายการ',
    en: 'This entry is deleted, so it needs no correction.',
  },
  'part-of-reversal': {
    th: 'รายการที่กลับรายการแล้วและรายการกลับลบไม่ได้',
    en: 'A reversed entry and its correction cannot be deleted.',
  },
  'unknown-loan': {
    th: 'ไม่พบสัญญาเงินกู้ที่ระบุ',
    en: 'The loan was not found.',
  },
  'loan-mismatch': {
    th: 'สัญญาเงินกู้นี้เป็นของสมาชิกรายอื่น',
    en: 'This loan belongs to another membership.',
  },
  'not-a-repayment': {
    th: 'ระบุเงินกู้ได้เฉพาะรายการชำระคืนเงินกู้',
    en: 'Only a loan repayment can name a loan.',
  },
  'not-a-transfer': {
    th: 'เลขอ้างอิงสลิปใช้ได้เฉพาะรายการที่โอนเงิน (พร้อมเพย์หรือโอนผ่านธนาคาร)',
    en: 'A slip reference belongs only to a transfer (PromptPay or bank transfer).',
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
    th: 'ยอดสัจจะ {amount} บาท อยู่นอกช่วงที่ระเบียบกำหนด',
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
 * Why a validator reports a problem: the `reason` of a `SajjaProblem` (and of the
 * `RULES_INVALID` error that lists it, after its first problem). A mistyped reason is a type
 * error where a problem is reported.
 */
export type ProblemReason =
  | 'required'
  | 'not-an-object'
  | 'not-a-list'
  | 'not-an-amount'
  | 'not-a-number'
  | 'not-a-whole-number'
  | 'below-minimum'
  | 'above-maximum'
  | 'above-legal-cap'
  | 'unknown-value'
  | 'conflicting-fields'
  | 'one-contribution'
  | 'one-upkeep'
  | 'invalid-kind'
  | 'no-steps'
  | 'overlapping-steps'
  | 'unordered-steps'
  | 'no-bands'
  | 'unordered-bands'
  | 'no-posting-dates'
  | 'invalid-posting-date'
  | 'unordered-posting-dates'
  | 'duplicate-value'
  | 'missing-value'
  | 'unordered-guarantor-steps'
  | 'not-a-string'
  | 'empty-id'
  | 'not-a-date'
  | 'unknown-kind'
  | 'unknown-category'
  | 'category-kind-mismatch'
  | 'not-positive'
  | 'note-too-long'
  | 'reverses-itself'
  | 'csv-bad-header'
  | 'csv-wrong-cell-count'
  | 'duplicate-id'
  | 'csv-unclosed-quote'
  | 'csv-text-after-quote'
  | 'invalid-code'
  | 'duplicate-code'
  | 'role-type-mismatch'
  | 'no-accounts'
  | 'no-sub-funds'
  | 'not-a-month'
  | 'not-text'
  | 'unknown-field'
  | 'unknown-option'
  | 'empty'
  | 'too-long'
  | 'not-a-timestamp'
  | 'negative'
  | 'not-json'
  | 'not-an-id'
  | 'left-before-joined'
  | 'unknown-household'
  | 'unknown-organisation'
  | 'unknown-membership'
  | 'membership-mismatch'
  | 'conflict'
  | 'unknown-reversed'
  | 'reversal-mismatch'
  | 'not-a-backup'
  | 'unsupported-version'
  | 'checksum-mismatch'
  | 'audit-broken'
  | 'already-reversed'
  | 'reverses-reversal'
  | 'reverses-deleted'
  | 'part-of-reversal'
  | 'unknown-loan'
  | 'loan-mismatch'
  | 'not-a-repayment'
  | 'not-a-transfer'
  | 'before-disbursement'
  | 'before-original'
  | 'pledge-out-of-range'
  | 'sum-not-100'
  | 'invalid-bucket-code'
  | 'max-below-min'
  | 'cap-below-claim-cap';
