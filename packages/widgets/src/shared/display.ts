import {
  formatMoney,
  formatThaiDate,
  toBuddhistYear,
  toThaiDigits,
  type DigitStyle,
  type Language,
  type Money,
} from '@sajja/core';

const ENGLISH_MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

/**
 * A date for people, always in the Buddhist Era: `15 ม.ค. 2567` in Thai, `15 Jan 2567 BE` in
 * English; Thai digits when asked.
 */
export function displayDate(iso: string, language: Language, digits: DigitStyle): string {
  if (language === 'th') return formatThaiDate(iso, { digits });
  const [, month, day] = iso.split('-');
  return inDigits(
    `${Number(day)} ${ENGLISH_MONTHS[Number(month) - 1]} ${toBuddhistYear(iso)} BE`,
    digits,
  );
}

/** The month of an ISO date or `YYYY-MM` for headings: `มกราคม 2567`, `January 2567 BE`. */
export function displayMonth(isoMonth: string, language: Language, digits: DigitStyle): string {
  const date = `${isoMonth.slice(0, 7)}-01`;
  if (language === 'th') {
    return formatThaiDate(date, { digits, style: 'long' }).replace(/^\S+\s/, '');
  }
  const month = new Date(`${date}T00:00:00Z`).toLocaleString('en', {
    month: 'long',
    timeZone: 'UTC',
  });
  return inDigits(`${month} ${toBuddhistYear(date)} BE`, digits);
}

/** An amount for people: `1,234.50`, or with Thai digits `๑,๒๓๔.๕๐`. */
export function displayMoney(amount: Money | string, digits: DigitStyle): string {
  return formatMoney(amount, { digits });
}

/** A count or an ordinal for people, with Thai digits when asked. */
export function displayNumber(value: number, digits: DigitStyle): string {
  return inDigits(String(value), digits);
}

/**
 * `text` with its digits in `digits`: as is, or 0–9 written ๐–๙. For our own sentences (the
 * core's messages too); never for what people typed, which stays as they typed it.
 */
export function inDigits(text: string, digits: DigitStyle): string {
  return digits === 'thai' ? toThaiDigits(text) : text;
}
