import { invalidOption } from '../errors/sajja-error.js';

/**
 * How many columns `text` takes when laid out in a fixed-width grid (a terminal table, the name
 * a banking app shows): one per character, none for a Thai vowel or tone mark written above or
 * below the letter before it (U+0E31, U+0E34–U+0E3A, U+0E47–U+0E4E). Use it to pad Thai text
 * into columns, where `text.length` would count each mark as a column of its own.
 *
 * @example
 * ```ts
 * displayColumns('กลุ่มสัจจะ'); // 7: ุ ่ ั take none ('กลุ่มสัจจะ'.length is 10)
 * const padded = label + ' '.repeat(Math.max(0, 20 - displayColumns(label)));
 * ```
 *
 * @throws {@link "@sajja/core".SajjaError} `INVALID_ARGUMENT` / `invalid-option` when `text` is not a
 *   string.
 */
export function displayColumns(text: string): number {
  if (typeof text !== 'string') throw invalidOption('text', text, 'a string');
  let columns = 0;
  for (const character of text) {
    const code = character.codePointAt(0)!;
    const mark =
      code === 0x0e31 || (code >= 0x0e34 && code <= 0x0e3a) || (code >= 0x0e47 && code <= 0x0e4e);
    if (!mark) columns++;
  }
  return columns;
}
