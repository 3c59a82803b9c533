import { SajjaError } from '../errors/sajja-error.js';
import { fromThaiDigits } from '../text/thai-digits.js';
import { money, type Money, type MoneyOptions } from './money.js';

/** Integer digits {@link parseMoney} accepts: beyond this, typed text is a mistake, not money. */
export const MAX_TYPED_DIGITS = 15;

const CURRENCY_PREFIX = /^([-\u2212]?)\s*฿\s*/;
const CURRENCY_SUFFIX = /\s*บาท$/;
const GROUPED_INTEGER = /^\d{1,3}(?:,\d{3})+$/;

/**
 * Reads an amount of baht as people type it, into {@link Money}.
 *
 * Accepted: surrounding spaces; thousands commas in groups of three (`1,234.50`); Thai digits
 * (`๑,๒๓๔.๕๐`); a leading `฿` or a trailing `บาท`; a leading minus (`-` or `−`); a bare
 * fraction (`.5`) or a trailing point (`12.`); up to two decimals, or more when
 * `options.rounding` says how to round them; up to 15 integer digits.
 *
 * Everything else throws {@link SajjaError} with code `INVALID_AMOUNT`, the offending `input`,
 * and a `reason`: `empty`, `not-a-number` (letters, including `1e5`, `NaN`, `Infinity`),
 * `two-decimal-points`, `misplaced-separator` (`1,23,4`), `too-many-decimals`, `too-large`,
 * `wrong-type` (not a string). {@link errorMessage} gives the Thai or English sentence for it.
 *
 * @example
 * ```ts
 * parseMoney(' 1,234.5 ').toString();    // '1234.50'
 * parseMoney('๑,๒๓๔.๕๐').toString();     // '1234.50'
 * parseMoney('฿100').toString();         // '100.00'
 * parseMoney('250 บาท').toString();      // '250.00'
 * parseMoney('1,23,4');                  // throws INVALID_AMOUNT, reason 'misplaced-separator'
 * ```
 */
export function parseMoney(text: string, options: MoneyOptions = {}): Money {
  if (typeof text !== 'string') {
    throw invalid(
      text,
      'wrong-type',
      `parseMoney expects text, got ${text === null ? 'null' : typeof text}.`,
    );
  }
  const stripped = fromThaiDigits(text.trim())
    .replace(CURRENCY_PREFIX, '$1')
    .replace(CURRENCY_SUFFIX, '');
  const negative = /^[-\u2212]/.test(stripped);
  const body = negative ? stripped.slice(1).trimStart() : stripped;

  if (body === '') return fail(text, 'empty', 'No amount was entered.');
  if (/[^\d.,]/.test(body))
    return fail(
      text,
      'not-a-number',
      'An amount may contain only digits, commas and one decimal point.',
    );
  const [integerPart = '', fraction = '', ...extra] = body.split('.');
  if (extra.length > 0)
    return fail(text, 'two-decimal-points', 'An amount has at most one decimal point.');
  if (fraction.includes(',') || (integerPart.includes(',') && !GROUPED_INTEGER.test(integerPart))) {
    return fail(
      text,
      'misplaced-separator',
      'Commas must separate groups of three integer digits.',
    );
  }
  const digits = integerPart.replace(/,/g, '');
  if (digits === '' && fraction === '')
    return fail(text, 'not-a-number', 'An amount needs at least one digit.');
  const significant = digits.replace(/^0+/, '');
  if (significant.length > MAX_TYPED_DIGITS) {
    throw invalid(text, 'too-large', `An amount has at most ${MAX_TYPED_DIGITS} integer digits.`, {
      maxDigits: MAX_TYPED_DIGITS,
    });
  }
  const plain = `${negative ? '-' : ''}${digits || '0'}${fraction ? `.${fraction}` : ''}`;
  try {
    return money(plain, options);
  } catch (error) {
    // Report the text as typed, not our normalised form of it.
    if (error instanceof SajjaError)
      throw invalid(text, error.reason, error.message, error.details);
    throw error;
  }
}

function invalid(
  input: unknown,
  reason: string,
  message: string,
  details?: Readonly<Record<string, string | number>>,
): SajjaError {
  return new SajjaError('INVALID_AMOUNT', reason, `${JSON.stringify(input)}: ${message}`, {
    input,
    ...(details ? { details } : {}),
  });
}

function fail(input: string, reason: string, message: string): never {
  throw invalid(input, reason, message);
}
