import { fromThaiDigits } from '../text/thai-digits.js';
import { BUDDHIST_ERA_OFFSET } from './buddhist-era.js';
import { THAI_MONTH_ABBREVIATIONS, THAI_MONTH_NAMES } from './format-thai-date.js';
import { invalidDate, isoDateFromParts } from './iso-date.js';

/** The Buddhist-Era years {@link parseThaiDate} accepts: ค.ศ. 1857–2457. */
const MIN_BUDDHIST_YEAR = 2400;
const MAX_BUDDHIST_YEAR = 3000;
const LABEL = 'Thai date';

/** `15/01/2567`, `5-1-2567`, `15.01.2567`: one separator, used twice. */
const NUMERIC_DATE = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;
/** `15 ม.ค. 2567`, `15 มกราคม พ.ศ. 2567`: day, month word, optional era, year. */
const WORDED_DATE = /^(\d{1,2})\s*([^\d\s]+?)\s*(?:พ\.?\s*ศ\.?\s*)?(\d{4})$/;

/**
 * The month (1–12) a Thai month word names, or 0. Accepts the abbreviations with or without
 * their dots (`ม.ค.`, `มค`), the full names (`มกราคม`) and the everyday short forms without
 * `-คม`, `-ยน` or `-พันธ์` (`มกรา`, `กุมภา`, `เมษา`).
 */
function monthFromWord(word: string): number {
  const key = word.replace(/\./g, '');
  for (let month = 1; month <= 12; month++) {
    const name = THAI_MONTH_NAMES[month - 1] ?? '';
    const abbreviation = THAI_MONTH_ABBREVIATIONS[month - 1] ?? '';
    if (
      key === name ||
      key === name.replace(/(คม|ยน|พันธ์)$/, '') ||
      key === abbreviation.replace(/\./g, '')
    ) {
      return month;
    }
  }
  return 0;
}

/**
 * Reads a date as Thai people write it, day first and the year in the Buddhist Era (พ.ศ.), and
 * returns it as an ISO `YYYY-MM-DD` date.
 *
 * Accepted: `15/01/2567`, `5/1/2567`, the separators `/`, `-` and `.`, Thai digits
 * (`๑๕/๐๑/๒๕๖๗`), surrounding whitespace, and everything `formatThaiDate` writes:
 * `15 ม.ค. 2567`, `15 มกราคม 2567`, with or without `พ.ศ.` before the year. Month words may also
 * be written without dots (`15 มค 2567`) or in their everyday short form (`15 มกรา 2567`).
 *
 * The year must be a four-digit Buddhist-Era year from 2400 to 3000. A year such as 2024 is
 * refused as `'year-out-of-range'`, since it is almost surely a Christian-Era year typed by
 * mistake and would otherwise land 543 years in the past. Two-digit years (`15/01/67`) are
 * refused as `'not-a-date'`: `67` may mean 2567, 2467, 1967 or 2067 depending on who wrote it,
 * and spreadsheets that guess a century guess in the Christian Era. A date an auditor reads in
 * the books must not rest on a guess.
 *
 * Throws a `SajjaError` with code `INVALID_DATE` and reason `'not-a-date'` (not a string, or not
 * in an accepted form), `'year-out-of-range'`, `'no-such-month'` (`15/13/2567`) or
 * `'no-such-day'` (`31/02/2567`; `29/02/2566`, as 2023 is not a leap year).
 *
 * @example
 * ```ts
 * parseThaiDate('15/01/2567');         // '2024-01-15'
 * parseThaiDate(' ๑๕ ม.ค. ๒๕๖๗ ');      // '2024-01-15'
 * parseThaiDate('15 มกราคม พ.ศ. 2567'); // '2024-01-15'
 * parseThaiDate('15/01/2024');         // throws INVALID_DATE / year-out-of-range
 * ```
 */
export function parseThaiDate(text: string): string {
  const parts = typeof text === 'string' ? readParts(fromThaiDigits(text).trim()) : undefined;
  if (!parts) throw invalidDate('not-a-date', text, LABEL);
  const [day, month, year] = parts;
  if (year < MIN_BUDDHIST_YEAR || year > MAX_BUDDHIST_YEAR) {
    throw invalidDate('year-out-of-range', text, LABEL, {
      minYear: MIN_BUDDHIST_YEAR,
      maxYear: MAX_BUDDHIST_YEAR,
    });
  }
  return isoDateFromParts(year - BUDDHIST_ERA_OFFSET, month, day, text, LABEL);
}

/** Day, month and Buddhist-Era year of text in an accepted form (Arabic digits), if it is. */
function readParts(text: string): [day: number, month: number, year: number] | undefined {
  const numeric = NUMERIC_DATE.exec(text);
  if (numeric) return [Number(numeric[1]), Number(numeric[3]), Number(numeric[4])];
  const worded = WORDED_DATE.exec(text);
  const month = monthFromWord(worded?.[2] ?? '');
  return worded && month ? [Number(worded[1]), month, Number(worded[3])] : undefined;
}
