import { invalidOption } from '../errors/sajja-error.js';

/**
 * Text whose every UTF-16 unit is a character of its own whatever its neighbours: printable
 * ASCII, and Thai letters, digits and signs without the vowels and tone marks that join one.
 */
const ONE_UNIT_CHARACTERS = /^[\x20-\x7E\u0E01-\u0E30\u0E32\u0E3F-\u0E46\u0E4F-\u0E5B]*$/;

/**
 * How much text one `Intl.Segmenter` pass reads: V8 takes longer per segment the longer the
 * text, so long text is read in windows.
 */
const WINDOW = 128;

/**
 * The number of characters in `text` as a person counts them: user-perceived characters
 * (Unicode extended grapheme clusters, found with `Intl.Segmenter`), so a flag 🇹🇭, a family
 * 👨‍👩‍👧 or a Thai consonant with its vowel and tone mark above (`ขั้`) is one. Where
 * `Intl.Segmenter` is missing (older runtimes), it counts Unicode code points instead, which
 * is never fewer.
 *
 * Every "at most N characters" limit on a note a person types is measured with it, in the
 * core, the store and the widgets alike. Its time grows in proportion to the text's length.
 *
 * @example
 * ```ts
 * graphemeLength('ข้าว');   // 3 (ข้ is one)
 * graphemeLength('🇹🇭');    // 1 ('🇹🇭'.length is 4)
 * graphemeLength('a👍🏽b'); // 3
 * ```
 *
 * @throws {@link "@sajja/core".SajjaError} `INVALID_ARGUMENT` / `invalid-option` when `text` is not a
 *   string.
 */
export function graphemeLength(text: string): number {
  if (typeof text !== 'string') throw invalidOption('text', text, 'a string');
  if (ONE_UNIT_CHARACTERS.test(text)) return text.length;
  if (typeof Intl.Segmenter !== 'function') {
    let count = 0;
    for (const _ of text) count++;
    return count;
  }
  const segmenter = new Intl.Segmenter();
  let count = 0;
  let start = 0;
  let width = WINDOW;
  for (;;) {
    let end = start + width;
    if (end >= text.length) {
      for (const _ of segmenter.segment(text.slice(start))) count++;
      return count;
    }
    // Whether a character starts a new one depends on it and on what comes before it (back
    // to the window's start, itself such a start), never on what follows: so every start in
    // the window but the last is one in the whole text, if no surrogate pair is cut.
    if (isHighSurrogate(text.charCodeAt(end - 1))) end--;
    let segments = 0;
    let lastStart = 0;
    for (const { index } of segmenter.segment(text.slice(start, end))) {
      segments++;
      lastStart = index;
    }
    if (segments === 1) {
      width *= 2;
    } else {
      count += segments - 1;
      start += lastStart;
      width = WINDOW;
    }
  }
}

/**
 * The most UTF-16 units one character may take toward a limit of {@link tooManyCharacters}:
 * room for any emoji a person types (a flag is 4, a skin-toned one 4, most families 11), never
 * for a letter stacked with marks past reading.
 */
export const MAX_UNITS_PER_CHARACTER = 8;

/**
 * Whether `text` is longer than `max` characters as a person counts them
 * ({@link graphemeLength}), or takes more than `max` × {@link MAX_UNITS_PER_CHARACTER} UTF-16
 * units: one grapheme may join any number of marks, and a note limit must still bound what a
 * note holds. Every "at most N characters" limit on a note uses it: the core's ledger entries,
 * the store's records and the widgets' forms.
 *
 * @example
 * ```ts
 * tooManyCharacters('🇹🇭'.repeat(500), 500); // false: 500 flags
 * tooManyCharacters('a' + '\u0E49'.repeat(5000), 500); // true: one letter, 5,001 units
 * ```
 *
 * @throws {@link "@sajja/core".SajjaError} `INVALID_ARGUMENT` / `invalid-option` when `text` is not a
 *   string or `max` not a whole number of 0 or more.
 */
export function tooManyCharacters(text: string, max: number): boolean {
  if (typeof text !== 'string') throw invalidOption('text', text, 'a string');
  if (!Number.isSafeInteger(max) || max < 0) throw invalidOption('max', max, 'a whole number ≥ 0');
  return text.length > max * MAX_UNITS_PER_CHARACTER || graphemeLength(text) > max;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
