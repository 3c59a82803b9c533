import type { Translations } from './translations.js';

/** The sentences of {@link checkPaymentAmount}'s limits, in Thai and English. */
export const paymentAmountStrings: Translations<'belowMin' | 'aboveMax'> = {
  th: {
    belowMin: 'เงินฝากต้องไม่น้อยกว่า {min} บาท ตามระเบียบของกลุ่ม',
    aboveMax: 'เงินฝากต้องไม่เกิน {max} บาท ตามระเบียบของกลุ่ม',
  },
  en: {
    belowMin: 'The group’s rules require at least {min} baht per deposit.',
    aboveMax: 'The group’s rules allow at most {max} baht per deposit.',
  },
};
