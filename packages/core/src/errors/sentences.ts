import { BUDDHIST_ERA_OFFSET } from '../dates/buddhist-era.js';
import { THAI_MONTH_ABBREVIATIONS } from '../dates/format-thai-date.js';
import { invalidOption, type SajjaErrorDetails } from './sajja-error.js';

/** Languages Sajja speaks to people in: Thai first, English second. */
export type Language = 'th' | 'en';

/**
 * A sentence for people in each {@link Language}, such as the one an error carries (see
 * `SajjaErrorInit.sentences`). Placeholders in braces (`{maxDecimals}`) are filled from the
 * error's `details` when the sentence is shown.
 */
export type Sentences = Readonly<Record<Language, string>>;

/** An ISO date (`2024-01-15`) or month (`2024-01`), the forms dates take in `details`. */
const ISO_DATE_OR_MONTH = /^(\d{4})-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?$/;

/**
 * @internal `value` as a Thai sentence shows it: an ISO date in the Buddhist Era with the
 * month abbreviated (`2024-01-15` → `15 ม.ค. 2567`), an ISO month as month/BE year
 * (`2024-01` → `01/2567`), any other text as it is. Christian-era ISO dates never appear in
 * Thai text.
 */
export function thaiPlaceholderText(value: string): string {
  const match = ISO_DATE_OR_MONTH.exec(value);
  if (!match) return value;
  const [, year, month, day] = match;
  const buddhistYear = Number(year) + BUDDHIST_ERA_OFFSET;
  return day === undefined
    ? `${month}/${buddhistYear}`
    : `${Number(day)} ${THAI_MONTH_ABBREVIATIONS[Number(month) - 1]} ${buddhistYear}`;
}

/**
 * @internal Fills `{name}` placeholders from `values`, leaving unknown ones as they are (and
 * any value that is not a string, finite number or boolean: details are those). In a Thai
 * sentence (`language` `'th'`), ISO dates and months are written as Thai readers read them
 * (see {@link thaiPlaceholderText}).
 */
export function fillPlaceholders(
  template: string,
  values: SajjaErrorDetails,
  language?: Language,
): string {
  const given: Readonly<Record<string, unknown>> =
    typeof values === 'object' && values !== null ? values : {};
  return template.replace(/\{(\w+)\}/g, (placeholder, key: string) => {
    const value = Object.hasOwn(given, key) ? given[key] : undefined;
    if (typeof value === 'string') return language === 'th' ? thaiPlaceholderText(value) : value;
    return (typeof value === 'number' && Number.isFinite(value)) || typeof value === 'boolean'
      ? String(value)
      : placeholder;
  });
}

/** @internal The entry of `table` under `key`, own properties only (never `toString`). */
export function ownSentences(
  table: Readonly<Record<string, Sentences>>,
  key: string,
): Sentences | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/**
 * @internal Refuses, as `INVALID_ARGUMENT` / `invalid-option`, a `described` value that is not
 * an object and a language other than `'th'` and `'en'`, instead of a TypeError in a widget's
 * display code.
 */
export function checkDescribed(described: unknown, language: unknown, option: string): void {
  if (typeof described !== 'object' || described === null) {
    throw invalidOption(option, described, 'an object');
  }
  if (language !== 'th' && language !== 'en') {
    throw invalidOption('language', language, "'th' or 'en'");
  }
}

/**
 * @internal The sentence of `table` under `code`, in `language`, for the message functions:
 * `INVALID_ARGUMENT` / `invalid-option` for a `described` value that is not an object, a code
 * the table does not have, or a language other than `'th'` and `'en'`, instead of a
 * TypeError from a widget's display code.
 */
export function sentenceOf(
  table: Readonly<Record<string, Sentences>>,
  described: unknown,
  code: unknown,
  language: unknown,
  option: string,
): string {
  checkDescribed(described, language, option);
  const sentences = typeof code === 'string' ? ownSentences(table, code) : undefined;
  if (!sentences) {
    throw invalidOption(`${option}.code`, code, `one of ${Object.keys(table).join(', ')}`);
  }
  return sentences[language as Language];
}
