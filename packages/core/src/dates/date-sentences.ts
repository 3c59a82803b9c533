import { raisedWith, type SajjaError, type SajjaErrorInit } from '../errors/sajja-error.js';
import type { Sentences } from '../errors/sentences.js';

/** Why a date or a month is refused: the `reason` of every `INVALID_DATE` error. */
export type InvalidDateReason =
  | 'not-a-date'
  | 'no-such-month'
  | 'no-such-day'
  | 'not-a-month'
  | 'year-out-of-range';

/**
 * @internal The sentences people see for each {@link InvalidDateReason}, in Thai and English
 * (the compiler checks that none is missing). Errors carry theirs, so a bundle keeps the
 * sentences of the code it keeps.
 */
export const DATE_SENTENCES: { readonly [R in InvalidDateReason]: Sentences } = {
  'not-a-date': {
    th: 'กรุณากรอกวันที่เป็น วัน/เดือน/ปี พ.ศ. เช่น 15/01/2567',
    en: 'Please enter a date as day/month/Buddhist-Era year, for example 15/01/2567.',
  },
  'no-such-month': {
    th: 'เดือนต้องอยู่ระหว่าง 1 ถึง 12',
    en: 'The month must be between 1 and 12.',
  },
  'no-such-day': {
    th: 'ไม่มีวันที่นี้ในเดือนนั้น',
    en: 'That month has no such day.',
  },
  'not-a-month': {
    th: 'กรุณาระบุเดือนเป็น เดือน/ปี พ.ศ. เช่น 01/2567',
    en: 'Please give a month as year-month, for example 2024-01.',
  },
  'year-out-of-range': {
    th: 'ปีต้องเป็นปีพุทธศักราช (พ.ศ.) เช่น 2567',
    en: 'The year must be a Buddhist-Era year, for example 2567.',
  },
};

/** @internal An `INVALID_DATE` error, carrying the sentences of its reason. */
export function dateError(
  reason: InvalidDateReason,
  message: string,
  init: SajjaErrorInit = {},
): SajjaError<'INVALID_DATE'> {
  return raisedWith(DATE_SENTENCES, 'INVALID_DATE', reason, message, init);
}
