import { invalidOption } from '../errors/sajja-error.js';

const THAI_ZERO = 0x0e50; // ๐
const ARABIC_ZERO = 0x30; // 0

/**
 * Writes the Arabic digits 0–9 in `text` as Thai digits ๐–๙, leaving everything else alone.
 *
 * @throws {@link "@sajja/core".SajjaError} `INVALID_ARGUMENT` / `invalid-option` when `text` is not a string.
 *
 * @example
 * ```ts
 * toThaiDigits('1,234.50'); // '๑,๒๓๔.๕๐'
 * ```
 */
export function toThaiDigits(text: string): string {
  if (typeof text !== 'string') throw invalidOption('text', text, 'a string');
  return swapDigits(text, ARABIC_ZERO, THAI_ZERO);
}

/**
 * Writes the Thai digits ๐–๙ in `text` as Arabic digits 0–9, leaving everything else alone.
 *
 * @throws {@link "@sajja/core".SajjaError} `INVALID_ARGUMENT` / `invalid-option` when `text` is not a string.
 *
 * @example
 * ```ts
 * fromThaiDigits('๑๕/๐๑/๒๕๖๗'); // '15/01/2567'
 * ```
 */
export function fromThaiDigits(text: string): string {
  if (typeof text !== 'string') throw invalidOption('text', text, 'a string');
  return swapDigits(text, THAI_ZERO, ARABIC_ZERO);
}

/** How digits are written for people: Arabic `0–9` (the default) or Thai `๐–๙`. */
export type DigitStyle = 'arabic' | 'thai';

/** `text` with its digits written in `style` (internal helper for formatters). */
export function withDigits(text: string, style: DigitStyle = 'arabic'): string {
  return style === 'thai' ? toThaiDigits(text) : text;
}

/** Characters written by one `String.fromCharCode` call: far below any engine's argument limit. */
const CHUNK = 8192;

/**
 * `text` with each digit from `fromZero` (ten code points) written as the one from `toZero`:
 * one pass over the UTF-16 code units into an array, written back in chunks, so a long text
 * (a file's worth) takes milliseconds.
 */
function swapDigits(text: string, fromZero: number, toZero: number): string {
  const codes = new Uint16Array(text.length);
  let swapped = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const digit = code - fromZero;
    swapped ||= digit >= 0 && digit <= 9;
    codes[index] = digit >= 0 && digit <= 9 ? toZero + digit : code;
  }
  if (!swapped) return text;
  let result = '';
  for (let start = 0; start < codes.length; start += CHUNK) {
    result += String.fromCharCode(...codes.subarray(start, start + CHUNK));
  }
  return result;
}
