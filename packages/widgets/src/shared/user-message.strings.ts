import type { Translations } from './translations.js';

/** The sentences {@link userMessage} gives for errors that carry none of their own. */
export const userMessageStrings: Translations<'unexpected'> = {
  th: {
    unexpected: 'เกิดข้อผิดพลาด ทำรายการไม่สำเร็จ กรุณาลองใหม่',
  },
  en: {
    unexpected: 'Something went wrong and nothing was done. Please try again.',
  },
};
