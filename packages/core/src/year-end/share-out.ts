import { invalidOption, SajjaError } from '../errors/sajja-error.js';
import { allocate, type AllocationWeight } from '../money/allocate.js';
import { money, type Money, type MoneyInput } from '../money/money.js';

/**
 * Each member's weight in a share-out, by member id: a plain decimal string, a finite number
 * or {@link "@sajja/core".Money}, zero or more. Build them with {@link shareWeights} (dividend on shares) or
 * {@link averageReturnWeights} (average return on loan interest), or from any rule of the
 * fund's own.
 */
export type ShareOutWeights = Readonly<Record<string, AllocationWeight>>;

/**
 * Shares a pool (the dividend bucket, the average-return bucket) among members in proportion
 * to their weights, exactly to the satang: the amounts always add up to `pool`.
 *
 * Each member first gets their exact share rounded down to the satang; the satang left over go
 * one each to the largest remainders, ties to the member listed earlier (largest remainder, as
 * {@link allocate}). So every amount is within 0.01 of the exact share, the same inputs always
 * give the same result, and a weight of zero gets `0.00`. The result lists the members in the
 * order of `weights`.
 *
 * "The order of `weights`" is JavaScript's order of an object's keys: the order they were
 * added, except that integer-like ids (`'7'`, `'12'`, not `'007'` or `'M12'`) always come
 * first, in ascending numeric order, whatever order they were written in. Ties then go to the
 * smaller member number. The result follows the same order, so it always matches `weights`.
 *
 * @throws {@link "@sajja/core".SajjaError} `INVALID_AMOUNT` for a pool that is not an amount;
 *   `INVALID_ARGUMENT` with reason `invalid-option` (`weights` not an object of weights),
 *   `negative-amount` (a negative pool), `invalid-weight` or `negative-weight` (a weight that
 *   is not a finite decimal, or below zero; `details.member` and `details.index`), or
 *   `all-weights-zero` (no member, or every weight zero: nothing says who gets the pool).
 *
 * @example
 * ```ts
 * const dividends = shareOut('100', { 'M-001': '1', 'M-002': '1', 'M-003': '1' });
 * Object.entries(dividends).map(([id, amount]) => `${id} ${amount}`);
 * // ['M-001 33.34', 'M-002 33.33', 'M-003 33.33']
 * shareOut('50', { a: money('300'), b: 0, c: '200' }).b.toString(); // '0.00'
 * ```
 */
export function shareOut(pool: MoneyInput, weights: ShareOutWeights): Record<string, Money> {
  const whole = money(pool);
  if (whole.isNegative()) {
    throw new SajjaError(
      'INVALID_ARGUMENT',
      'negative-amount',
      `A pool to share out cannot be negative (${whole.toString()}).`,
      { input: pool },
    );
  }
  if (typeof weights !== 'object' || weights === null || Array.isArray(weights)) {
    throw invalidOption('weights', weights, 'an object of member id → weight');
  }
  const entries = Object.entries(weights);
  let amounts: Money[];
  try {
    amounts = allocate(
      whole,
      entries.map(([, weight]) => weight),
    );
  } catch (error) {
    throw withMember(error, entries);
  }
  return Object.fromEntries(entries.map(([member], index) => [member, amounts[index]!]));
}

/** The same error with the member id beside the weight's index, which alone means little here. */
function withMember(error: unknown, entries: ReadonlyArray<[string, unknown]>): unknown {
  if (!(error instanceof SajjaError) || typeof error.details.index !== 'number') return error;
  const [member] = entries[error.details.index] ?? [];
  if (member === undefined) return error;
  return new SajjaError(
    error.code,
    error.reason,
    `Member ${JSON.stringify(member)}: ${error.message}`,
    {
      input: error.input,
      details: { ...error.details, member },
    },
  );
}
