import { moneyError } from './money-sentences.js';
import { describeValue } from '../errors/describe-value.js';
import { SajjaError } from '../errors/sajja-error.js';
import { Dec, readDecimal } from './decimal.js';
import { splitByLargestRemainder } from './largest-remainder.js';
import { isMoney, MAX_AMOUNT_LENGTH, money, Money, tooLong, type MoneyInput } from './money.js';
import { moneyOfSatang, satangOf } from './satang.js';

/** A share in {@link allocate}: a plain decimal string, a finite number, or Money. */
export type AllocationWeight = string | number | Money;

/**
 * Splits `total` into parts proportional to `weights`, exactly to the satang: the parts always
 * add up to `total`.
 *
 * Method: largest remainder. Each part first gets its exact share rounded down to the satang;
 * the satang left over go one each to the parts with the largest remainders. Ties go to the
 * earlier weight, so the result is deterministic and each part is within 0.01 of its exact
 * share. A negative total is split as its magnitude and every part negated. A weight of zero
 * gets `0.00`.
 *
 * Weights written as text have at most {@link MAX_AMOUNT_LENGTH} characters, like amounts,
 * checked before they are read.
 *
 * @throws {@link SajjaError} `INVALID_ARGUMENT` (reason `negative-weight`, `all-weights-zero`,
 *   `invalid-weight` for a weight that is not a finite decimal, `too-long` for a weight text
 *   past the limit, `not-a-list` when `weights` is not an array; `details.index` names the
 *   weight), or `INVALID_AMOUNT` for a bad total.
 *
 * @example
 * ```ts
 * allocate('100', ['1', '1', '1']).map(String);  // ['33.34', '33.33', '33.33']
 * allocate('1000', ['50', '50']).map(String);    // ['500.00', '500.00']
 * allocate('10', [money('3'), 0, 7]).map(String); // ['3.00', '0.00', '7.00']
 * ```
 */
export function allocate(total: MoneyInput, weights: readonly AllocationWeight[]): Money[] {
  const whole = money(total);
  if (!Array.isArray(weights)) {
    throw new SajjaError(
      'INVALID_ARGUMENT',
      'not-a-list',
      `allocate takes a list of weights, got ${describeValue(weights)}.`,
      { input: weights },
    );
  }
  // Array.from visits holes too (as undefined), so a sparse list is refused, not skipped.
  const shares = Array.from(weights as readonly unknown[], weightOf);
  const weightSum = shares.reduce((accumulated, share) => accumulated.plus(share), new Dec(0));
  if (weightSum.isZero()) {
    throw moneyError(
      'all-weights-zero',
      weights.length === 0
        ? 'allocate needs at least one weight.'
        : 'allocate needs at least one weight above zero.',
      { input: weights },
    );
  }

  const satang = satangOf(whole);
  const negative = satang < 0n;
  const parts = splitByLargestRemainder(negative ? -satang : satang, shares);
  return parts.map((part) => moneyOfSatang(negative ? -part : part));
}

function weightOf(weight: unknown, index: number): Dec {
  if (typeof weight === 'string' && weight.length > MAX_AMOUNT_LENGTH) {
    throw tooLong('INVALID_ARGUMENT', weight, MAX_AMOUNT_LENGTH, index);
  }
  const share = isMoney(weight) ? money(weight).toDecimal() : readDecimal(weight);
  if (!share) {
    throw moneyError(
      'invalid-weight',
      `Weight ${index} (${describeValue(weight)}) is not a finite decimal.`,
      {
        input: weight,
        details: { index },
      },
    );
  }
  if (share.isNegative() && !share.isZero()) {
    throw moneyError('negative-weight', `Weight ${index} (${share.toFixed()}) is negative.`, {
      input: weight,
      details: { index },
    });
  }
  return share;
}
