import {
  assertIsoDate,
  BUDDHIST_ERA_OFFSET,
  fromThaiDigits,
  parseThaiDate,
  toThaiDigits,
  type DigitStyle,
} from '@sajja/core';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Reads a date typed into a widget: day/month/Buddhist-Era year as Thai people write it
 * (`15/01/2567`, `๑๕ ม.ค. ๒๕๖๗`, everything `parseThaiDate` accepts) or an ISO date
 * (`2024-01-15`), as pasted from a spreadsheet.
 *
 * @returns the ISO date.
 * @throws SajjaError `INVALID_DATE` for anything else, including impossible dates (31/02/2567).
 */
export function parseDateInput(text: string): string {
  const plain = fromThaiDigits(text).trim();
  return ISO.test(plain) ? assertIsoDate(plain) : parseThaiDate(plain);
}

/** An ISO date as a widget's date field shows it: `15/01/2567`, with Thai digits when asked. */
export function formatDateInput(iso: string, digits: DigitStyle): string {
  const [year, month, day] = iso.split('-');
  const text = `${day}/${month}/${Number(year) + BUDDHIST_ERA_OFFSET}`;
  return digits === 'thai' ? toThaiDigits(text) : text;
}
