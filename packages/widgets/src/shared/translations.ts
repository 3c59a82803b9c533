import type { Language } from '@sajja/core';

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
 */
export function translate<Keys extends string>(
  table: Translations<Keys>,
  language: Language,
  key: Keys,
  values: Readonly<Record<string, string | number>> = {},
): string {
  return table[language][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
