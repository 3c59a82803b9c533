import { invalidOption, SajjaError } from './sajja-error.js';

/** Keys longer than this are not compared with the known names (nobody mistypes that much). */
const COMPARED_KEY_LENGTH = 64;

/**
 * @internal Throws `INVALID_ARGUMENT` (reason `unknown-option`) for the first own key of
 * `options` that is not one of `known`, so that a mistyped option (`roundPaymentTO`) is refused
 * instead of silently ignored. `details.option` names the key (after `prefix`, as in
 * `'rate.percnt'`), `details.closest` the known name probably meant, when one is close. A key
 * whose value is `undefined` sets nothing and is let through, as spreads of optional fields
 * write them. Anything but an object is left to the caller, which reports it in its own words.
 *
 * @param owner - what takes the options, for the message: `'loanSchedule'`.
 */
export function checkOptionKeys(
  options: unknown,
  known: readonly string[],
  owner: string,
  prefix = '',
): void {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) return;
  for (const key of Object.keys(options)) {
    if (known.includes(key) || (options as Record<string, unknown>)[key] === undefined) continue;
    const option = prefix + key;
    const closest = closestName(key, known);
    const hint =
      closest === undefined ? '' : ` (did you mean ${JSON.stringify(prefix + closest)}?)`;
    throw new SajjaError(
      'INVALID_ARGUMENT',
      'unknown-option',
      `${owner} has no option ${JSON.stringify(shortened(option))}${hint}.`,
      {
        input: options,
        details: closest === undefined ? { option } : { option, closest: prefix + closest },
      },
    );
  }
}

/**
 * @internal {@link checkOptionKeys} for an options object a function needs: anything but an
 * object (an array included) is `invalid-option` with `details.option` `name`. Returns it.
 */
export function checkOptions<T>(
  options: T,
  known: readonly string[],
  owner: string,
  name = 'options',
  prefix = '',
): T {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw invalidOption(name, options, `an object of ${owner}'s options`);
  }
  checkOptionKeys(options, known, owner, prefix);
  return options;
}

/**
 * @internal The name of `known` nearest to `name` by edit distance, ignoring case, when it is
 * near enough to be a slip: 2 edits, or a third of a longer name's letters, at most 3, and
 * fewer than the name has letters.
 */
export function closestName(name: string, known: readonly string[]): string | undefined {
  if (name.length > COMPARED_KEY_LENGTH) return undefined;
  const lower = name.toLowerCase();
  let best: string | undefined;
  let bestDistance = Math.min(3, Math.max(2, Math.floor(name.length / 3)), name.length - 1) + 1;
  for (const candidate of known) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

/** Levenshtein distance: insertions, deletions and substitutions of one character. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(
        previous[j]! + 1,
        row[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = row;
  }
  return previous[b.length]!;
}

function shortened(text: string): string {
  return text.length > COMPARED_KEY_LENGTH ? `${text.slice(0, COMPARED_KEY_LENGTH)}…` : text;
}

/**
 * @internal Checks that `list` is an array without holes, before anything copies or walks it:
 * `invalid-option` naming `option` (not a list) or the first hole (`'payments[3]'`, with
 * `expected` for an item). A hole read as `undefined` would be skipped by `map` and
 * `forEach`, so an item would be silently lost, and a sparse array of a billion slots would
 * take minutes to walk or copy; this stops at the first hole.
 */
export function checkList(list: unknown, option: string, expected: string): unknown[] {
  if (!Array.isArray(list)) throw invalidOption(option, list, `a list of ${expected}s`);
  for (let index = 0; index < list.length; index++) {
    if (!(index in list)) throw invalidOption(`${option}[${index}]`, undefined, `a ${expected}`);
  }
  return list;
}

/**
 * @internal A rejected value as a problem's `details` or a message shows it, never throwing
 * (an object without a prototype) or recursing (a deeply nested list) and never long: text as
 * it is (its first 40 characters), numbers and the like as `String` writes them, anything else
 * by kind.
 */
export function shownValue(value: unknown): string {
  if (typeof value === 'string') return value.length > 40 ? `${value.slice(0, 40)}…` : value;
  if (typeof value === 'function') return 'a function';
  if (value === null || typeof value !== 'object') return String(value);
  return Array.isArray(value) ? 'a list' : 'an object';
}
