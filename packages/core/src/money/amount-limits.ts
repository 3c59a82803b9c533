// The size limits of amounts and the error for text past them, without decimal.js: code that
// reads amounts as text (bahtText) checks sizes before any arithmetic, and needs none.
import { SajjaError } from '../errors/sajja-error.js';

/** Integer digits a {@link Money} may have: far past any real amount, and keeps arithmetic exact. */
export const MAX_MONEY_DIGITS = 100;

/**
 * Characters an amount written as text may have, wherever Sajja reads one ({@link money},
 * {@link parseMoney}, {@link satangOf}, {@link bahtText}, {@link allocate}, and every `Money`
 * method that takes an amount): room for {@link MAX_MONEY_DIGITS} integer digits and as many
 * decimals. It is checked before the text is read, so a pasted or imported amount of 200,000
 * digits is refused at once (`too-long`) instead of being worked through.
 */
export const MAX_AMOUNT_LENGTH = 200;

/**
 * Characters a factor written as text may have in {@link Money.times} (`'0.0125'` has 6): far
 * more than any rate or count needs, with room for a percentage from a fund's rules divided
 * by 100. Checked before the text is read, like {@link MAX_AMOUNT_LENGTH}; a `number` is short
 * by nature.
 */
export const MAX_FACTOR_LENGTH = 40;

/**
 * @internal The `too-long` error for text (or whole satang) past a size limit, raised before
 * it is read; `details` has the `maxLength`, and the `index` of a list's item.
 */
export function tooLong(
  code: 'INVALID_AMOUNT' | 'INVALID_ARGUMENT',
  input: string | bigint,
  maxLength: number,
  index?: number,
): SajjaError {
  return new SajjaError(code, 'too-long', `Text longer than ${maxLength} characters is not read.`, {
    input,
    details: index === undefined ? { maxLength } : { index, maxLength },
  });
}
