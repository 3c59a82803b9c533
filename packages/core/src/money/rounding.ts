import type Decimal from 'decimal.js';
import { describeValue } from '../errors/describe-value.js';
import { Dec } from './decimal.js';
import { moneyError } from './money-sentences.js';

/**
 * How to round a value that falls between two steps. Every mode is symmetric about zero:
 * it works on the magnitude and keeps the sign, as decimal.js and Java's `RoundingMode` do.
 *
 * - `'half-up'`: to the nearest step; exact halves away from zero (1.005 → 1.01, −1.005 → −1.01).
 *   The default everywhere unless a rule says otherwise.
 * - `'half-even'`: to the nearest step; exact halves to the even step (banker's rounding).
 * - `'up'`: away from zero, to the next step (instalments rounded up to whole baht).
 * - `'down'`: toward zero (truncation).
 */
export type RoundingMode = 'half-up' | 'half-even' | 'up' | 'down';

/** Every {@link RoundingMode}, for validation and for pickers. */
export const ROUNDING_MODES: readonly RoundingMode[] = /* @__PURE__ */ Object.freeze([
  'half-up',
  'half-even',
  'up',
  'down',
]);

// A function rather than a table, and Dec's constants rather than decimal.js's: so a bundle that
// takes only ROUNDING_MODES from here leaves decimal.js out.
function decimalRounding(mode: RoundingMode): Decimal.Rounding {
  switch (mode) {
    case 'half-up':
      return Dec.ROUND_HALF_UP;
    case 'half-even':
      return Dec.ROUND_HALF_EVEN;
    case 'up':
      return Dec.ROUND_UP;
    case 'down':
      return Dec.ROUND_DOWN;
  }
}

/** Checks that `mode` is a {@link RoundingMode}; throws `INVALID_ARGUMENT` otherwise. */
export function assertRoundingMode(mode: unknown): asserts mode is RoundingMode {
  if (typeof mode !== 'string' || !ROUNDING_MODES.includes(mode as RoundingMode)) {
    throw moneyError(
      'invalid-rounding-mode',
      `Unknown rounding mode ${describeValue(mode)}; use one of ${ROUNDING_MODES.join(', ')}.`,
      { input: mode },
    );
  }
}

/** Rounds `value` to `places` decimal places with `mode` (internal). */
export function roundToPlaces(value: Dec, places: number, mode: RoundingMode): Dec {
  return value.toDecimalPlaces(places, decimalRounding(mode));
}

/**
 * Rounds `value` to a whole number of `step`s with `mode`, exactly (internal): the integer
 * quotient and the remainder are exact, so no division is ever approximated.
 */
export function roundToStep(value: Dec, step: Dec, mode: RoundingMode): Dec {
  const quotient = value.divToInt(step);
  const remainder = value.minus(quotient.times(step)).abs();
  if (remainder.isZero()) return value;
  const twiceRemainder = remainder.times(2);
  const awayFromZero =
    mode === 'up' ||
    (mode === 'half-up' && twiceRemainder.gte(step)) ||
    (mode === 'half-even' &&
      (twiceRemainder.gt(step) || (twiceRemainder.eq(step) && !quotient.mod(2).isZero())));
  const steps = awayFromZero ? quotient.plus(value.isNegative() ? -1 : 1) : quotient;
  return steps.times(step);
}
