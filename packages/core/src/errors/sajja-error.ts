import type { SajjaErrorReason, SajjaProblemReason } from './reasons.js';
import type { Sentences } from './sentences.js';

/**
 * The stable error codes of Sajja. A code never changes meaning once released; a widget or an
 * app can switch on it, and {@link errorMessage} turns it into a Thai or English sentence.
 *
 * - `INVALID_AMOUNT`: text or a value that is not an amount of money (see `reason`).
 * - `INVALID_DATE`: text or a value that is not a real calendar date.
 * - `INVALID_ARGUMENT`: any other argument a function cannot work with (negative weights,
 *   an unknown rounding mode, …).
 * - `RULES_INVALID`: a fund's by-laws (rules data) break a rule; `problems` lists every one.
 * - `STORAGE_UNAVAILABLE`: the browser gives no usable storage (no IndexedDB, private mode,
 *   blocked by settings); raised by `@sajja/store`.
 * - `STORAGE_FULL`: the browser refused to store more (its quota for the site is used up);
 *   nothing of the refused write was kept. Raised by `@sajja/store`.
 * - `CRYPTO_UNAVAILABLE`: the environment gives no WebCrypto (`crypto.subtle`), which browsers
 *   offer only to pages served over HTTPS or from localhost. The audit chain no longer needs
 *   WebCrypto (it hashes with SHA-256 of its own), so the core raises it nowhere now; the code
 *   stays, with its sentences, for code that handles it.
 */
export type SajjaErrorCode =
  | 'INVALID_AMOUNT'
  | 'INVALID_DATE'
  | 'INVALID_ARGUMENT'
  | 'RULES_INVALID'
  | 'STORAGE_UNAVAILABLE'
  | 'STORAGE_FULL'
  | 'CRYPTO_UNAVAILABLE';

/** Every {@link SajjaErrorCode}, for checks at run time (the compiler checks the list is whole). */
const ERROR_CODES: { readonly [C in SajjaErrorCode]: true } = {
  INVALID_AMOUNT: true,
  INVALID_DATE: true,
  INVALID_ARGUMENT: true,
  RULES_INVALID: true,
  STORAGE_UNAVAILABLE: true,
  STORAGE_FULL: true,
  CRYPTO_UNAVAILABLE: true,
};

/** Values that fill the placeholders of a message, such as `{ maxDecimals: 2 }`. */
export type SajjaErrorDetails = Readonly<Record<string, string | number>>;

/**
 * One problem found in structured input such as a fund's rules: where it is (`path`, like
 * `'benefits.death.steps[2].minYears'`), what is wrong (`reason`, kebab-case, stable) and the
 * values a message needs.
 */
export interface SajjaProblem {
  /** Where the problem is, as a dotted path into the input (`''` for the whole input). */
  readonly path: string;
  /** What is wrong, as a stable kebab-case code (see {@link SajjaProblemReason}). */
  readonly reason: SajjaProblemReason;
  /** Values a message may mention (limits, the offending value). */
  readonly details?: SajjaErrorDetails;
  /**
   * The sentences to show for this problem, in Thai and English, with `{placeholders}` filled
   * from `details` (see {@link problemMessage}): given by the part of Sajja that found a
   * problem whose reason only it has (a PromptPay id's `not-a-thai-mobile`), as errors carry
   * theirs. Without them, `problemMessage` finds the shared sentences by reason.
   */
  readonly sentences?: Sentences;
}

/** What the {@link SajjaError} constructor takes besides its code and reason. */
export interface SajjaErrorInit {
  /** The offending input exactly as it was given, for logs and for showing back to the user. */
  input?: unknown;
  /** Values a message may mention, such as the limit that was passed. */
  details?: SajjaErrorDetails;
  /** Every problem found, when the input is structured (rules); the first one is `reason`. */
  problems?: readonly SajjaProblem[];
  /**
   * The sentences to show people for this error, in Thai and English, with `{placeholders}`
   * filled from `details` (see {@link errorMessage}). Each part of Sajja gives the sentences of
   * the reasons only it raises, so a bundle keeps the sentences of the code it keeps; without
   * them, `errorMessage` finds the shared ones by code and reason. An application raising a
   * `SajjaError` of its own can give its words here.
   */
  sentences?: Sentences;
}

/**
 * The one error class Sajja throws for bad input. It carries:
 * - `code`: a stable {@link SajjaErrorCode};
 * - `reason`: a stable, finer kebab-case code within it (`'too-many-decimals'`, `'no-such-day'`),
 *   typed as the union of that code's reasons ({@link SajjaErrorReason});
 * - `input`: the value that was rejected;
 * - `details`: the numbers a message needs (`{ maxDecimals: 2 }`);
 * - `message`: an English sentence for developers and logs.
 *
 * Show users {@link errorMessage}`(error, 'th' | 'en')` rather than `message`.
 *
 * @example
 * ```ts
 * try {
 *   parseMoney('12,34');
 * } catch (error) {
 *   if (error instanceof SajjaError && error.code === 'INVALID_AMOUNT') {
 *     show(errorMessage(error, 'th')); // ใส่เครื่องหมายจุลภาค (,) ผิดตำแหน่ง …
 *   }
 * }
 * ```
 */
export class SajjaError<C extends SajjaErrorCode = SajjaErrorCode> extends Error {
  /** The stable error code. */
  readonly code: C;
  /** A stable finer code within {@link SajjaError.code}, in kebab-case. */
  readonly reason: SajjaErrorReason<C>;
  /** The rejected input, as given. */
  readonly input: unknown;
  /** Values the message mentions (limits, positions). */
  readonly details: SajjaErrorDetails;
  /** Every problem found in structured input (rules), in input order; empty otherwise. */
  readonly problems: readonly SajjaProblem[];
  /** The sentences for people this error carries, when its raiser gave them (see {@link SajjaErrorInit.sentences}). */
  readonly sentences: Sentences | undefined;

  constructor(code: C, reason: SajjaErrorReason<C>, message: string, init: SajjaErrorInit = {}) {
    super(message);
    this.name = 'SajjaError';
    this.code = code;
    this.reason = reason;
    this.input = init.input;
    this.details = Object.freeze({ ...init.details });
    this.problems = Object.freeze([...(init.problems ?? [])]);
    this.sentences = init.sentences;
  }
}

/** True when `value` is a {@link SajjaError}, optionally with the given code. */
export function isSajjaError<C extends SajjaErrorCode = SajjaErrorCode>(
  value: unknown,
  code?: C,
): value is SajjaError<C> {
  return value instanceof SajjaError && (code === undefined || value.code === code);
}

/**
 * @internal An `INVALID_ARGUMENT` error for an option (`details.option` names it) that is not
 * what a function needs: `${option} must be ${expected}.`
 */
export function invalidOption(
  option: string,
  input: unknown,
  expected: string,
): SajjaError<'INVALID_ARGUMENT'> {
  return new SajjaError('INVALID_ARGUMENT', 'invalid-option', `${option} must be ${expected}.`, {
    input,
    details: { option },
  });
}

/** @internal True for a Thai and an English sentence (`{ th, en }`, both text). */
export function isSentences(value: unknown): value is Sentences {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Sentences).th === 'string' &&
    typeof (value as Sentences).en === 'string'
  );
}

/**
 * A `code` error whose sentences come from `table` when it has the reason (the sentences a
 * part of Sajja keeps for the reasons only it raises); a reason it does not have is a shared
 * one, whose sentences {@link errorMessage} finds by code and reason. For the parts of Sajja
 * (and `@sajja/store`) that raise errors; not needed to read one.
 *
 * @example
 * ```ts
 * const SENTENCES = { 'invalid-loan': { th: 'ข้อมูลเงินกู้ไม่ถูกต้อง', en: 'This loan is not valid.' } };
 * throw raisedWith(SENTENCES, 'INVALID_ARGUMENT', 'invalid-loan', 'The loan has no id.');
 * ```
 */
export function raisedWith<C extends SajjaErrorCode>(
  table: Readonly<Record<string, Sentences>>,
  code: C,
  reason: SajjaErrorReason<C>,
  message: string,
  init: SajjaErrorInit = {},
): SajjaError<C> {
  if (typeof table !== 'object' || table === null) throw invalidOption('table', table, 'an object');
  if (typeof code !== 'string' || !Object.hasOwn(ERROR_CODES, code)) {
    throw invalidOption('code', code, `one of ${Object.keys(ERROR_CODES).join(', ')}`);
  }
  if (typeof reason !== 'string') throw invalidOption('reason', reason, 'text');
  if (typeof message !== 'string') throw invalidOption('message', message, 'text');
  if (typeof init !== 'object' || init === null) throw invalidOption('init', init, 'an object');
  const sentences = Object.hasOwn(table, reason) ? table[reason] : undefined;
  if (sentences !== undefined && !isSentences(sentences)) {
    throw invalidOption(`table.${reason}`, sentences, 'a Thai and an English sentence (th, en)');
  }
  return new SajjaError(code, reason, message, sentences ? { ...init, sentences } : init);
}
