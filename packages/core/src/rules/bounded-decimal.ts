import { readDecimal, type Dec } from '../money/decimal.js';

/**
 * The most characters a decimal that is not money (a rate, a percentage, a multiple) may have,
 * written as plain decimal text: `'12.5'` has 4. Far more than any rate needs, and it keeps the
 * exact fractions schedules compute with small; a number counts by its exact decimal text
 * (`1e-30` is `'0.000…1'`, 32 characters).
 */
export const MAX_DECIMAL_LENGTH = 32;

/**
 * @internal {@link readDecimal} with a size limit checked first: `'too-long'` for text, or a
 * number whose exact decimal text, past {@link MAX_DECIMAL_LENGTH} characters; the decimal, or
 * `undefined` for anything that is not one.
 */
export function readBoundedDecimal(value: unknown): Dec | 'too-long' | undefined {
  if (typeof value === 'string' && value.length > MAX_DECIMAL_LENGTH) return 'too-long';
  const decimal = readDecimal(value);
  if (decimal && typeof value === 'number' && decimal.toFixed().length > MAX_DECIMAL_LENGTH) {
    return 'too-long';
  }
  return decimal;
}
