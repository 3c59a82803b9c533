import { errorMessage, isSajjaError, problemMessage, type Language } from '@sajja/core';
import { translate } from './translations.js';
import { userMessageStrings } from './user-message.strings.js';

/**
 * The sentence a widget shows for `error`, in `language`; never a stack trace or a developer's
 * message. A `SajjaError` (the core's coded errors, the store's) speaks its own sentence, with
 * its first problem's when it lists any (which field of a record, which line of a file); the
 * store turns every failure of the browser's storage into one (`STORAGE_FULL`,
 * `STORAGE_UNAVAILABLE`). Anything else gets the general "something went wrong". Widgets keep the error itself in their state and call this when they render, so a
 * message already on screen follows a change of `lang`.
 *
 * @example
 * ```ts
 * html`<p class="error" role="alert">${userMessage(this.failure, this.localize.language)}</p>`;
 * ```
 */
export function userMessage(error: unknown, language: Language): string {
  if (isSajjaError(error)) {
    const [problem] = error.problems;
    const sentence = errorMessage(error, language);
    return problem ? `${sentence} ${problemMessage(problem, language)}` : sentence;
  }
  return translate(userMessageStrings, language, 'unexpected');
}
