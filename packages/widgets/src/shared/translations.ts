import type { DigitStyle, Language } from '@sajja/core';
import { inDigits } from './display.js';

/**
 * A widget's sentences in every language Sajja speaks. The type makes a missing or misspelt
 * key in either language a compile error, so Thai and English never drift apart.
 */
export type Translations<Keys extends string> = Readonly<
  Record<Language, Readonly<Record<Keys, string>>>
>;

/**
 * The sentence `key` in `language`, with `{placeholders}` filled from `values`. A placeholder
 * without a value stays visible rather than vanishing, so a mistake shows in review.
 *
 * With `digits` `'thai'`, the sentence's own digits ("1 ถึง 600 เดือน") and the `number`
 * values are written in Thai digits; `string` values go in as given, so amounts and dates are
 * formatted by the caller and what people typed (names, notes) stays as they typed it.
 */
export function translate<Keys extends string>(
  table: Translations<Keys>,
  language: Language,
  key: Keys,
  values: Readonly<Record<string, string | number>> = {},
  digits: DigitStyle = 'arabic',
): string {
  return inDigits(table[language][key], digits).replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined
      ? whole
      : typeof value === 'number'
        ? inDigits(`${value}`, digits)
        : value;
  });
}
