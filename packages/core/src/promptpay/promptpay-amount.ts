import { describeValue } from '../errors/describe-value.js';
import { SajjaError } from '../errors/sajja-error.js';
import type { CommonAmountReason } from '../errors/common-sentences.js';
import { MAX_AMOUNT_LENGTH, tooLong } from '../money/amount-limits.js';
import { AMOUNT_SENTENCES, type MoneyAmountReason } from '../money/money-sentences.js';

/**
 * @internal Integer digits a PromptPay amount may have: EMV tag 54 holds 13 characters, so
 * 9,999,999,999.99 is the largest.
 */
export const MAX_PROMPTPAY_DIGITS = 10;

/**
 * @internal A PromptPay amount as the two-decimal text tag 54 holds (`'150.00'`), read as
 * text and never as a number: a plain decimal (spaces around it allowed) above zero, with at
 * most 2 decimals and {@link MAX_PROMPTPAY_DIGITS} integer digits. Refusals are
 * `INVALID_AMOUNT`, with the reasons and sentences every amount has.
 */
export function promptPayAmount(amount: unknown): string {
  if (typeof amount !== 'string') throw refused(amount, 'wrong-type');
  if (amount.length > MAX_AMOUNT_LENGTH) throw tooLong('INVALID_AMOUNT', amount, MAX_AMOUNT_LENGTH);
  const match = /^(-?)(\d*)(?:\.(\d+))?$/.exec(amount.trim());
  if (!match || (match[2] === '' && match[3] === undefined)) {
    throw refused(amount, 'not-a-number');
  }
  const [, minus, whole = '', decimals = ''] = match;
  if (decimals.length > 2) {
    throw refused(amount, 'too-many-decimals', { maxDecimals: 2 });
  }
  const integer = whole.replace(/^0+/, '');
  if (minus || !/[1-9]/.test(integer + decimals)) {
    throw refused(amount, 'not-positive');
  }
  if (integer.length > MAX_PROMPTPAY_DIGITS) {
    throw refused(amount, 'too-large', {
      maxDigits: MAX_PROMPTPAY_DIGITS,
    });
  }
  return `${integer || '0'}.${decimals.padEnd(2, '0')}`;
}

function refused(
  input: unknown,
  reason: MoneyAmountReason | CommonAmountReason,
  details?: Readonly<Record<string, number>>,
): SajjaError<'INVALID_AMOUNT'> {
  // The shared reason (not-positive) has its sentences found by errorMessage from its code.
  const sentences =
    reason === 'not-positive' || reason === 'too-long' ? undefined : AMOUNT_SENTENCES[reason];
  return new SajjaError(
    'INVALID_AMOUNT',
    reason,
    `PromptPay amount ${reason}: ${describeValue(input)}.`,
    {
      input,
      ...(details ? { details } : {}),
      ...(sentences ? { sentences } : {}),
    },
  );
}
