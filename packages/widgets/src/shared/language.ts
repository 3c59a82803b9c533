import type { Language } from '@sajja/core';

/**
 * The language a widget speaks: its own `lang` attribute, else the nearest ancestor's, else
 * `<html lang>`; Thai unless that says English. `en-US` and `EN` count as English; anything
 * else falls back to Thai, the first language of the people who use these widgets.
 */
export function languageOf(element: Element): Language {
  const declared = element.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang;
  return /^en\b/i.test(declared) ? 'en' : 'th';
}
