import type { InvalidAmountReason } from '../errors/reasons.js';
import { typedAmountError } from './parse-money-sentences.js';
import { describeValue } from '../errors/describe-value.js';
import { SajjaError } from '../errors/sajja-error.js';
import { fromThaiDigits } from '../text/thai-digits.js';
import {
  canonicalAmount,
  MAX_AMOUNT_LENGTH,
  money,
  moneyOfText,
  tooLong,
  type Money,
  type MoneyOptions,
} from './money.js';
import { checkOptionKeys } from '../errors/check-option-keys.js';

/** Options for {@link parseMoney}: those of {@link money}, and whether only more than 0 will do. */
export interface ParseMoneyOptions extends MoneyOptions {
  /**
   * Refuse an amount that is not more than 0 (`0`, `0.00`, `-5`) with `INVALID_AMOUNT` /
   * `not-positive`, as every form that records money (a deposit, a ledger entry, a loan) needs.
   */
  positive?: boolean;
}

/** Integer digits {@link parseMoney} accepts: beyond this, typed text is a mistake, not money. */
export const MAX_TYPED_DIGITS = 15;

const CURRENCY_PREFIX = /^([-\u2212]?)\s*฿\s*/;
const CURRENCY_SUFFIX = /\s*บาท$/;
const GROUPED_INTEGER = /^\d{1,3}(?:,\d{3})+$/;
/** What makes a plain amount two-decimal, by its decimals plus one: none, `12.`, `12.5`. */
const PADDING = ['.00', '00', '0'];

/**
 * Reads an amount of baht as people type it, into {@link Money}.
 *
 * Accepted: surrounding spaces; thousands commas in groups of three (`1,234.50`); Thai digits
 * (`๑,๒๓๔.๕๐`); a leading `฿` or a trailing `บาท`; a leading minus (`-` or `−`); a bare
 * fraction (`.5`) or a trailing point (`12.`); up to two decimals, or more when
 * `options.rounding` says how to round them; up to {@link MAX_TYPED_DIGITS} (15) integer
 * digits, and at most {@link MAX_AMOUNT_LENGTH} (200) characters in all, checked before the
 * text is read. Plain amounts (`-1,234.50`) are read without decimal arithmetic.
 *
 * Everything else throws {@link SajjaError} with code `INVALID_AMOUNT`, the offending `input`,
 * and a `reason`: `empty`, `not-a-number` (letters, including `1e5`, `NaN`, `Infinity`),
 * `two-decimal-points`, `misplaced-separator` (`1,23,4`), `too-many-decimals`, `too-large`,
 * `too-long`, `wrong-type` (not a string); or `INVALID_ARGUMENT` `invalid-rounding-mode` for
 * an unknown `options.rounding` when rounding is needed, `unknown-option` for an option other
 * than `rounding` and `positive`. With `options.positive`, an amount that is not more than 0
 * throws `INVALID_AMOUNT` / `not-positive` too, so a form needs no check of its own.
 * {@link errorMessage} gives the Thai or English sentence for each.
 *
 * @example
 * ```ts
 * parseMoney(' 1,234.5 ').toString();    // '1234.50'
 * parseMoney('๑,๒๓๔.๕๐').toString();     // '1234.50'
 * parseMoney('฿100').toString();         // '100.00'
 * parseMoney('250 บาท').toString();      // '250.00'
 * parseMoney('1,23,4');                  // throws INVALID_AMOUNT, reason 'misplaced-separator'
 * parseMoney('0', { positive: true });   // throws INVALID_AMOUNT, reason 'not-positive'
 * ```
 */
export function parseMoney(text: string, options?: ParseMoneyOptions): Money {
  if (options !== undefined) checkOptionKeys(options, ['rounding', 'positive'], 'parseMoney');
  if (typeof text !== 'string') {
    throw invalid(text, 'wrong-type', `parseMoney expects text, got ${describeValue(text)}.`);
  }
  if (text.length > MAX_AMOUNT_LENGTH) throw tooLong('INVALID_AMOUNT', text, MAX_AMOUNT_LENGTH);
  const plain = plainTypedAmount(text);
  const amount =
    plain === undefined
      ? readTypedAmount(text, options && { rounding: options.rounding })
      : moneyOfText(plain);
  if (options?.positive && !amount.isPositive()) {
    throw invalid(text, 'not-positive', 'The amount must be more than 0.');
  }
  return amount;
}

/**
 * `Money.toString`'s text for the common typed forms, read in one pass with no decimal
 * arithmetic: an optional `-`, integer digits plain or in comma groups of three, then
 * optionally a point and up to two decimals, within {@link MAX_TYPED_DIGITS}. `undefined` for
 * anything else (spaces, Thai digits, currency marks, more decimals, every mistake), which
 * {@link readTypedAmount} reads or refuses; on what this reads, the two agree (property-tested).
 */
function plainTypedAmount(text: string): string | undefined {
  const length = text.length;
  const start = text.charCodeAt(0) === 45 ? 1 : 0; // '-'
  let i = start;
  let group = 0; // digits since the start or the last comma
  let commas = 0;
  for (; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      group++;
    } else if (code === 44) {
      // A comma follows one to three digits, then exactly three each time.
      if (group === 0 || group > 3 || (commas > 0 && group !== 3)) return undefined;
      commas++;
      group = 0;
    } else {
      break;
    }
  }
  if (commas > 0 && group !== 3) return undefined;
  const integerDigits = i - start - commas;
  const decimals = length - i - 1; // -1 without a point
  if (decimals >= 0) {
    if (text.charCodeAt(i) !== 46 || decimals > 2) return undefined; // '.'
    for (i++; i < length; i++) {
      const code = text.charCodeAt(i);
      if (code < 48 || code > 57) return undefined;
    }
  }
  if (integerDigits === 0 && decimals < 1) return undefined; // '', '-', '.'
  if (integerDigits > 0 && text.charCodeAt(start) !== 48) {
    // No leading zero, so no zero: all that is left is to drop the commas and pad the decimals.
    if (integerDigits > MAX_TYPED_DIGITS) return undefined;
    const plain = commas > 0 ? withoutCommas(text) : text;
    return decimals === 2 ? plain : `${plain}${PADDING[decimals + 1]}`;
  }
  let plain = commas > 0 ? withoutCommas(text) : text;
  if (integerDigits === 0) {
    plain = start === 1 ? `-0${plain.slice(1)}` : `0${plain}`; // a bare fraction, '.5'
  } else if (decimals === 0) {
    plain = plain.slice(0, -1); // a trailing point, '12.'
  }
  const integerEnd = start + Math.max(integerDigits, 1);
  let first = start;
  while (first < integerEnd && plain.charCodeAt(first) === 48) first++;
  return integerEnd - first > MAX_TYPED_DIGITS ? undefined : canonicalAmount(plain);
}

/** `text` without its commas, copied between them: quicker than a RegExp replace here. */
function withoutCommas(text: string): string {
  let plain = '';
  let from = 0;
  for (let comma = text.indexOf(','); comma !== -1; comma = text.indexOf(',', comma + 1)) {
    plain += text.slice(from, comma);
    from = comma + 1;
  }
  return plain + text.slice(from);
}

/**
 * @internal The reading of typed text in full, every form and every mistake; exported for the
 * tests that check {@link parseMoney}'s one-pass reading against it.
 */
export function readTypedAmount(text: string, options: MoneyOptions | undefined): Money {
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
    if (error instanceof SajjaError && error.code === 'INVALID_AMOUNT')
      throw invalid(text, error.reason, error.message, error.details);
    throw error;
  }
}

function invalid(
  input: unknown,
  reason: InvalidAmountReason,
  message: string,
  details?: Readonly<Record<string, string | number>>,
): SajjaError {
  return typedAmountError(reason, `${describeValue(input)}: ${message}`, {
    input,
    ...(details ? { details } : {}),
  });
}

function fail(input: string, reason: InvalidAmountReason, message: string): never {
  throw invalid(input, reason, message);
}
