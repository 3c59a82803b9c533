import { checkOptionKeys } from '../errors/check-option-keys.js';
import { invalidOption } from '../errors/sajja-error.js';
import { tooLong } from '../money/amount-limits.js';
import { promptPayError, type PromptPayArgumentReason } from './promptpay-sentences.js';

/**
 * What a PromptPay ID is: a Thai mobile number, a 13-digit national ID or tax ID, a 15-digit
 * e-wallet ID, or a 15-digit biller ID (a company's tax ID and a 2-digit suffix) that bill
 * payments go to with a reference.
 */
export type PromptPayKind = 'mobile' | 'national-id' | 'tax-id' | 'e-wallet' | 'biller';

/**
 * Where a PromptPay payment goes. Check one with {@link normalisePromptPayTarget}.
 *
 * @example
 * ```ts
 * const group: PromptPayTarget = { kind: 'mobile', id: '081-234-5678' };
 * const bill: PromptPayTarget = { kind: 'biller', id: '099400016550100', reference1: 'M042' };
 * ```
 */
export interface PromptPayTarget {
  /** The kind of ID. */
  readonly kind: PromptPayKind;
  /**
   * The ID as typed: `'081-234-5678'`, `'+66812345678'`, `'1-2345-67890-12-1'` (spaces,
   * dashes and dots between digits, and a `+66`, `66` or `0066` prefix of a mobile number,
   * are read).
   */
  readonly id: string;
  /**
   * A biller's first reference (Ref.1), such as a member number: 1–20 letters A–Z and digits
   * (lower case is upper-cased). Required for a biller, refused for any other kind.
   */
  readonly reference1?: string;
  /** A biller's second reference (Ref.2), optional, by the same rule as `reference1`. */
  readonly reference2?: string;
}

/** @internal Every {@link PromptPayKind}, for checks at run time. */
export const KINDS: readonly PromptPayKind[] = [
  'mobile',
  'national-id',
  'tax-id',
  'e-wallet',
  'biller',
];

/** @internal True for a {@link PromptPayKind}. */
export function isKind(kind: unknown): kind is PromptPayKind {
  return typeof kind === 'string' && (KINDS as readonly string[]).includes(kind);
}

/** @internal Characters an ID may have as typed: past this it is no ID (and is not read). */
export const MAX_ID_LENGTH = 40;

/**
 * Checks a PromptPay target and returns it in the form payloads use: a string target is read
 * as promptpay-qr reads it (only its digits count: 15 or more make an e-wallet ID, 13 or 14 a
 * national ID, fewer a mobile number); the ID becomes digits only, a mobile number `0` and 9
 * digits (`'0812345678'`), references upper case.
 *
 * Valid IDs: a mobile number is 10 digits starting with 06, 08 or 09 (after `+66`, `66` or
 * `0066` becomes `0`); a national ID and a tax ID are 13 digits whose last is the Thai check
 * digit; an e-wallet ID is 15 digits; a biller ID is 15 digits, a tax ID with its check digit
 * and a 2-digit suffix. A biller needs `reference1`; no other kind may have references.
 *
 * @throws {@link "@sajja/core".SajjaError} `INVALID_ARGUMENT`, with reason `not-a-thai-mobile`,
 *   `not-a-thai-id`, `bad-check-digit`, `not-an-e-wallet-id`, `not-a-biller-id`,
 *   `missing-reference`, `bad-reference`, `reference-not-allowed`, `unknown-promptpay-kind`,
 *   `too-long` (an ID of over 40 characters), `unknown-option` (a key a target does not have),
 *   or `invalid-option` (a target that is neither text nor an object, an ID that is not text).
 *
 * @example
 * ```ts
 * normalisePromptPayTarget('+66 81 234 5678'); // { kind: 'mobile', id: '0812345678' }
 * normalisePromptPayTarget({ kind: 'tax-id', id: '0-9940-00165-50-1' });
 * // { kind: 'tax-id', id: '0994000165501' }
 * normalisePromptPayTarget('1-2345-67890-12-3'); // throws INVALID_ARGUMENT, bad-check-digit
 * ```
 */
export function normalisePromptPayTarget(target: string | PromptPayTarget): PromptPayTarget {
  if (typeof target === 'string') {
    checkLength(target);
    const count = target.replace(/\D/g, '').length;
    const kind = count > 14 ? 'e-wallet' : count > 12 ? 'national-id' : 'mobile';
    return Object.freeze({ kind, id: normaliseId(kind, target) });
  }
  if (typeof target !== 'object' || target === null || Array.isArray(target)) {
    throw invalidOption('target', target, 'a PromptPay ID or target');
  }
  checkOptionKeys(target, ['kind', 'id', 'reference1', 'reference2'], 'A target', 'target.');
  const { kind, id, reference1, reference2 } = target as unknown as Record<string, unknown>;
  if (!isKind(kind)) {
    throw promptPayError('unknown-promptpay-kind', target);
  }
  if (typeof id !== 'string') throw invalidOption('target.id', id, 'text');
  checkLength(id);
  const normalised = normaliseId(kind, id);
  const references = [reference1, reference2].filter((reference) => reference !== undefined);
  if (kind !== 'biller') {
    if (references.length === 0) return Object.freeze({ kind, id: normalised });
    throw promptPayError('reference-not-allowed', target);
  }
  if (reference1 === undefined) {
    throw promptPayError('missing-reference', target);
  }
  const [first, second] = references.map((reference) => {
    const text = typeof reference === 'string' ? reference.trim().toUpperCase() : '';
    if (/^[A-Z0-9]{1,20}$/.test(text)) return text;
    throw promptPayError('bad-reference', reference);
  });
  return Object.freeze(
    second === undefined
      ? { kind, id: normalised, reference1: first }
      : { kind, id: normalised, reference1: first, reference2: second },
  );
}

/**
 * @internal The digits of a valid ID of `kind` (a mobile number as `0` and 9 digits), or the
 * error of that kind. Shared by {@link normalisePromptPayTarget} and the payment rules.
 */
export function normaliseId(kind: PromptPayKind, id: string): string {
  // Digits, with spaces, dashes and dots between them, and a leading plus (of +66).
  const digits = /^\s*\+?[\d\s.-]*$/.test(id) ? id.replace(/\D/g, '') : '';
  const [reason, pattern]: [PromptPayArgumentReason, RegExp] =
    kind === 'mobile'
      ? ['not-a-thai-mobile', /^(?:0|66|0066)([689]\d{8})$/]
      : kind === 'e-wallet'
        ? ['not-an-e-wallet-id', /^\d{15}$/]
        : kind === 'biller'
          ? ['not-a-biller-id', /^\d{15}$/]
          : ['not-a-thai-id', /^\d{13}$/];
  const match = pattern.exec(digits);
  if (!match) throw promptPayError(reason, id);
  if (match[1]) return `0${match[1]}`;
  // The Thai check digit: 11 minus the weighted sum (weights 13 down to 2) mod 11, mod 10.
  let sum = 0;
  for (let index = 0; index < 12; index++) sum += (digits.charCodeAt(index) - 48) * (13 - index);
  if (kind === 'e-wallet' || (11 - (sum % 11)) % 10 === digits.charCodeAt(12) - 48) return digits;
  throw promptPayError('bad-check-digit', id);
}

function checkLength(id: string): void {
  if (id.length > MAX_ID_LENGTH) throw tooLong('INVALID_ARGUMENT', id, MAX_ID_LENGTH);
}
