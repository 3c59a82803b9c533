import { COMMON_SENTENCES } from './common-sentences.js';
import { PROBLEM_SENTENCES } from './problem-sentences.js';
import { invalidOption, isSentences, type SajjaError, type SajjaProblem } from './sajja-error.js';
import {
  checkDescribed,
  fillPlaceholders,
  ownSentences,
  type Language,
  type Sentences,
} from './sentences.js';

/**
 * The sentence to show a person for a {@link SajjaError}, in Thai (`'th'`, the default) or
 * English: the sentences the error carries (the domain that raised it gives them), else those
 * Sajja shares for its code and reason (dates, options, lists, storage, …), else the sentence
 * for its code, so a newer error never leaves a widget without words. Placeholders are filled
 * from the error's `details`; in Thai, ISO dates among them are written in the Buddhist Era
 * (`15 ม.ค. 2567`) and ISO months as `01/2567`.
 *
 * @throws {@link SajjaError} `INVALID_ARGUMENT` / `invalid-option` for an `error` that is not
 *   an object, or a `language` other than `'th'` and `'en'`.
 *
 * @example
 * ```ts
 * errorMessage(error, 'en'); // 'An amount may have at most 2 decimal places (satang).'
 * ```
 */
export function errorMessage(error: SajjaError, language: Language = 'th'): string {
  checkDescribed(error, language, 'error');
  const { code, reason, message, sentences } = error as unknown as Record<string, unknown>;
  if (typeof message !== 'string') throw invalidOption('error', error, 'a SajjaError');
  const table: Readonly<Record<string, Sentences>> = COMMON_SENTENCES;
  const entry =
    (isSentences(sentences) ? sentences : undefined) ??
    (typeof code === 'string' && typeof reason === 'string'
      ? ownSentences(table, `${code}/${reason}`)
      : undefined) ??
    (typeof code === 'string' ? ownSentences(table, code) : undefined);
  return fillPlaceholders(entry?.[language] ?? message, error.details, language);
}

/**
 * The sentence for one problem of a `RULES_INVALID` error (see {@link SajjaError.problems}),
 * in Thai (default) or English, for a rules editor to show beside the field at `problem.path`.
 *
 * @throws {@link SajjaError} `INVALID_ARGUMENT` / `invalid-option` for a `problem` that is not
 *   an object, or a `language` other than `'th'` and `'en'`.
 *
 * @example
 * ```ts
 * problemMessage({ path: 'joiningFee', reason: 'above-legal-cap', details: { cap: '100' } }, 'en');
 * // 'This is above the legal cap (100 baht).'
 * ```
 */
export function problemMessage(problem: SajjaProblem, language: Language = 'th'): string {
  checkDescribed(problem, language, 'problem');
  const { reason, sentences } = problem as { reason: unknown; sentences?: unknown };
  const table: Readonly<Record<string, Sentences>> = PROBLEM_SENTENCES;
  const entry =
    (isSentences(sentences) ? sentences : undefined) ??
    (typeof reason === 'string' ? ownSentences(table, reason) : undefined) ??
    COMMON_SENTENCES.RULES_INVALID;
  return fillPlaceholders(entry[language], problem.details ?? {}, language);
}
