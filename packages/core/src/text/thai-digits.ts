const THAI_ZERO = 0x0e50; // ๐
const ARABIC_ZERO = 0x30; // 0

/**
 * Writes the Arabic digits 0–9 in `text` as Thai digits ๐–๙, leaving everything else alone.
 *
 * @example
 * ```ts
 * toThaiDigits('1,234.50'); // '๑,๒๓๔.๕๐'
 * ```
 */
export function toThaiDigits(text: string): string {
  return text.replace(/[0-9]/g, (digit) =>
    String.fromCharCode(THAI_ZERO + digit.charCodeAt(0) - ARABIC_ZERO),
  );
}

/**
 * Writes the Thai digits ๐–๙ in `text` as Arabic digits 0–9, leaving everything else alone.
 *
 * @example
 * ```ts
 * fromThaiDigits('๑๕/๐๑/๒๕๖๗'); // '15/01/2567'
 * ```
 */
export function fromThaiDigits(text: string): string {
  return text.replace(/[\u0e50-\u0e59]/g, (digit) =>
    String.fromCharCode(ARABIC_ZERO + digit.charCodeAt(0) - THAI_ZERO),
  );
}

/** How digits are written for people: Arabic `0–9` (the default) or Thai `๐–๙`. */
export type DigitStyle = 'arabic' | 'thai';

/** `text` with its digits written in `style` (internal helper for formatters). */
export function withDigits(text: string, style: DigitStyle = 'arabic'): string {
  return style === 'thai' ? toThaiDigits(text) : text;
}
