import { ceilDivide, halfUp } from '../money/satang.js';
import type { LoanRoundingMode, RoundPaymentMode } from './loan-terms.js';

/**
 * @internal `x / d` rounded to an integer by a schedule's {@link LoanRoundingMode}, for `x ≥ 0`
 * and `d > 0`: ties up (`'half-up'`) or to the even neighbour (`'half-even'`).
 */
export type Rounder = (x: bigint, d: bigint) => bigint;

/** @internal `x / d` rounded half to even (banker's rounding), for `x ≥ 0` and `d > 0`. */
export function halfEven(x: bigint, d: bigint): bigint {
  const quotient = x / d;
  const twiceRest = 2n * (x - quotient * d);
  if (twiceRest > d || (twiceRest === d && quotient % 2n === 1n)) return quotient + 1n;
  return quotient;
}

/** @internal The {@link Rounder} of a rounding mode. */
export function rounderOf(mode: LoanRoundingMode): Rounder {
  return mode === 'half-even' ? halfEven : halfUp;
}

/**
 * @internal `x / d` satang rounded to a multiple of `step` satang by `mode`: up, down, or to the
 * nearest multiple with ties broken by `round` (the schedule's rounding mode).
 */
export function roundToMultiple(
  x: bigint,
  d: bigint,
  step: bigint,
  mode: RoundPaymentMode,
  round: Rounder,
): bigint {
  if (mode === 'up') return ceilDivide(x, d * step) * step;
  if (mode === 'down') return (x / (d * step)) * step;
  return round(x, d * step) * step;
}
