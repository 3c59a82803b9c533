import type { Sentences } from '../errors/sentences.js';
import type { InvalidArgumentReason } from '../errors/reasons.js';
import { raisedWith, type SajjaError, type SajjaErrorInit } from '../errors/sajja-error.js';

/** Why the group books (journal, accounts, roll-up, audit chain) refuses an argument: the `reason` of their `INVALID_ARGUMENT` errors. */
export type BooksArgumentReason =
  | 'unbalanced'
  | 'unbalanced-sub-fund'
  | 'too-few-lines'
  | 'debit-or-credit'
  | 'unknown-account'
  | 'unknown-sub-fund'
  | 'unknown-member'
  | 'unknown-entry'
  | 'period-closed'
  | 'period-not-open'
  | 'reverses-a-reversal'
  | 'not-a-mirror'
  | 'already-left'
  | 'left-before-joining'
  | 'no-account-for-role'
  | 'nothing-to-close'
  | 'invalid-report'
  | 'too-deep';

/**
 * @internal The sentences people see for each {@link BooksArgumentReason}, in Thai and English (the
 * compiler checks that none is missing). Errors carry theirs, so a bundle keeps the sentences
 * of the code it keeps.
 */
export const BOOKS_SENTENCES: {
  readonly [R in Exclude<BooksArgumentReason, 'too-deep'>]: Sentences;
} = {
  unbalanced: {
    th: 'ยอดเดบิต ({debits}) ไม่เท่ากับยอดเครดิต ({credits})',
    en: 'Debits ({debits}) do not equal credits ({credits}).',
  },
  'unbalanced-sub-fund': {
    th: 'ยอดเดบิตและเครดิตของกองทุน {subFund} ไม่เท่ากัน ({debits} / {credits})',
    en: 'In the {subFund} fund, debits ({debits}) do not equal credits ({credits}).',
  },
  'too-few-lines': {
    th: 'รายการบัญชีต้องมีอย่างน้อยสองบรรทัด',
    en: 'An entry needs at least two lines.',
  },
  'debit-or-credit': {
    th: 'แต่ละบรรทัดต้องระบุเดบิตหรือเครดิตอย่างใดอย่างหนึ่ง',
    en: 'Each line needs either a debit or a credit, not both.',
  },
  'unknown-account': {
    th: 'ไม่มีบัญชีรหัส {account} ในผังบัญชี',
    en: 'The chart of accounts has no account {account}.',
  },
  'unknown-sub-fund': {
    th: 'ไม่มีกองทุน {subFund}',
    en: 'There is no fund {subFund}.',
  },
  'unknown-member': {
    th: 'ไม่พบสมาชิกรหัส {memberId}',
    en: 'There is no member {memberId}.',
  },
  'unknown-entry': {
    th: 'ไม่พบรายการบัญชี {id}',
    en: 'There is no entry {id}.',
  },
  'period-closed': {
    th: 'ปิดบัญชีเดือน {month} แล้ว (ปิดถึงเดือน {closedThrough}) ให้บันทึกรายการกลับในเดือนที่ยังเปิดอยู่',
    en: '{month} is closed (closed through {closedThrough}); correct it with a reversing entry in an open month.',
  },
  'period-not-open': {
    th: 'สมุดบัญชีเริ่มเดือน {openPeriod} บันทึกรายการเดือน {month} ไม่ได้',
    en: 'The books open in {openPeriod}; nothing can be dated in {month}.',
  },
  'reverses-a-reversal': {
    th: 'รายการ {id} เป็นรายการกลับ ให้บันทึกรายการใหม่แทน',
    en: 'The entry {id} is itself a reversal; post the entry again instead.',
  },
  'not-a-mirror': {
    th: 'รายการกลับต้องมีบรรทัดเหมือนรายการ {id} โดยสลับเดบิตและเครดิต',
    en: 'A reversal must repeat the lines of {id} with debits and credits swapped.',
  },
  'already-left': {
    th: 'สมาชิกลาออกไปแล้วเมื่อ {leftOn}',
    en: 'The member already left on {leftOn}.',
  },
  'left-before-joining': {
    th: 'วันที่ลาออก ({leftOn}) ต้องไม่ก่อนวันที่เข้าเป็นสมาชิก ({joinedOn})',
    en: 'The leaving date ({leftOn}) cannot be before the joining date ({joinedOn}).',
  },
  'no-account-for-role': {
    th: 'ผังบัญชีไม่มีบัญชีสำหรับ {role}',
    en: 'The chart of accounts has no account with the role {role}.',
  },
  'nothing-to-close': {
    th: 'ไม่มีรายได้หรือค่าใช้จ่ายให้ปิดบัญชี',
    en: 'There is no income or expense to close.',
  },
  'invalid-report': {
    th: 'รายงานลำดับที่ {index} ไม่ถูกต้อง ({path})',
    en: 'Report {index} is not valid ({path}).',
  },
};

/**
 * @internal An `INVALID_ARGUMENT` error raised here, carrying the sentences of its reason when they
 * are kept here (a shared reason's are found by `errorMessage` from its code).
 */
export function booksError(
  reason: InvalidArgumentReason,
  message: string,
  init: SajjaErrorInit = {},
): SajjaError<'INVALID_ARGUMENT'> {
  return raisedWith(BOOKS_SENTENCES, 'INVALID_ARGUMENT', reason, message, init);
}
