import { SajjaError } from '../errors/sajja-error.js';
import { withDigits, type DigitStyle } from '../text/thai-digits.js';
import { BUDDHIST_ERA_OFFSET } from './buddhist-era.js';
import { assertIsoDate } from './iso-date.js';
import { checkOptions } from '../errors/check-option-keys.js';

/**
 * The abbreviated Thai month names, January first: `ม.ค.` … `ธ.ค.`. Written out here rather than
 * taken from `Intl`, so every Node and browser (whatever its ICU data) prints the same text.
 */
export const THAI_MONTH_ABBREVIATIONS: readonly string[] = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ 'ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค.'.split(' '),
);

/** The full Thai month names, January first: `มกราคม` … `ธันวาคม`. */
export const THAI_MONTH_NAMES: readonly string[] = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ 'มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม'.split(
    ' ',
  ),
);

/**
 * How {@link formatThaiDate} writes a date (15 January 2024 here):
 * - `'short'`: day, abbreviated month, Buddhist-Era year: `15 ม.ค. 2567`;
 * - `'long'`: day, full month name, Buddhist-Era year: `15 มกราคม 2567`;
 * - `'numeric'`: two-digit day and month, Buddhist-Era year: `15/01/2567`.
 */
export type ThaiDateStyle = 'short' | 'long' | 'numeric';

/** Options of {@link formatThaiDate}. */
export interface FormatThaiDateOptions {
  /** Arabic digits `0–9` (the default) or Thai digits `๐–๙`. */
  digits?: DigitStyle;
  /** The layout; `'short'` by default. */
  style?: ThaiDateStyle;
}

const STYLES: readonly string[] = ['short', 'long', 'numeric'];
const DIGIT_STYLES: readonly string[] = ['arabic', 'thai'];

function checkOption(name: string, value: unknown, allowed: readonly string[]): void {
  if (typeof value !== 'string' || !allowed.includes(value)) {
    const shown = typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : typeof value;
    throw new SajjaError(
      'INVALID_ARGUMENT',
      'invalid-option',
      `${name} must be one of ${allowed.join(', ')}, got ${shown}`,
      { input: value, details: { option: name } },
    );
  }
}

/**
 * Writes an ISO date the way Thai people read dates: day, month, Buddhist-Era year (พ.ศ.).
 * The result reads back with `parseThaiDate`.
 *
 * The long style follows `Intl`'s Thai `dateStyle: 'long'` and the date line of Thai official
 * letters, `15 มกราคม 2567`, without the era word: a four-digit year in the 25xx range is read as
 * พ.ศ. by every Thai reader. Write `พ.ศ.` in front of the year yourself where a document wants
 * it; `parseThaiDate` accepts it either way. No weekday is written.
 *
 * Throws `INVALID_DATE` when `iso` is not a valid ISO date and `INVALID_ARGUMENT` /
 * `'invalid-option'` for an unknown `style` or `digits` (or `options` that are not an object),
 * `'unknown-option'` for an option other than these two.
 *
 * @example
 * ```ts
 * formatThaiDate('2024-01-15');                        // '15 ม.ค. 2567'
 * formatThaiDate('2024-01-15', { style: 'long' });     // '15 มกราคม 2567'
 * formatThaiDate('2024-01-15', { style: 'numeric' });  // '15/01/2567'
 * formatThaiDate('2024-01-15', { digits: 'thai' });    // '๑๕ ม.ค. ๒๕๖๗'
 * ```
 */
export function formatThaiDate(iso: string, options: FormatThaiDateOptions = {}): string {
  checkOptions(options, ['style', 'digits'], 'formatThaiDate');
  const { style = 'short', digits = 'arabic' } = options;
  checkOption('style', style, STYLES);
  checkOption('digits', digits, DIGIT_STYLES);
  const [year = '', month = '', day = ''] = assertIsoDate(iso).split('-');
  const buddhistYear = Number(year) + BUDDHIST_ERA_OFFSET;
  const monthNames = style === 'long' ? THAI_MONTH_NAMES : THAI_MONTH_ABBREVIATIONS;
  const text =
    style === 'numeric'
      ? `${day}/${month}/${buddhistYear}`
      : `${Number(day)} ${monthNames[Number(month) - 1]} ${buddhistYear}`;
  return withDigits(text, digits);
}
