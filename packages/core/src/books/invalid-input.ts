import { booksError } from './books-sentences.js';
import { invalidOption, type SajjaErrorDetails, type SajjaProblem } from '../errors/sajja-error.js';
import type { Books } from './books.js';

/**
 * @internal Throws `INVALID_ARGUMENT` listing every problem found in a record the books were
 * given (a journal entry, a member, a loan), if there are any: the first problem's reason is
 * the error's, as for rules, so a form can show each problem beside its field.
 */
export function throwIfProblems(
  problems: readonly SajjaProblem[],
  what: string,
  input: unknown,
  details?: SajjaErrorDetails,
): void {
  const [first] = problems;
  if (!first) return;
  const list = problems.map((p) => `${p.path || '(record)'}: ${p.reason}`).join('; ');
  throw booksError(first.reason, `${what} is not valid: ${list}`, {
    input,
    problems,
    details: { ...first.details, ...details },
  });
}

/**
 * @internal Checks that `books` are books as `createBooks` makes them, as far as every books
 * function relies on it (an object whose chart, sub-funds, members, loans and entries are
 * lists), so that anything else is `INVALID_ARGUMENT` / `invalid-option` (`details.option`
 * `'books'`) rather than a TypeError deep inside. The lists' contents are trusted: only
 * `createBooks` and the functions after it put anything there.
 */
export function checkBooks(books: unknown): asserts books is Books {
  const lists = ['chart', 'subFunds', 'members', 'loans', 'entries'] as const;
  if (
    typeof books !== 'object' ||
    books === null ||
    !lists.every((key) => Array.isArray((books as Record<string, unknown>)[key]))
  ) {
    throw invalidOption('books', books, 'books made by createBooks');
  }
}
