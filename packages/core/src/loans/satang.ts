import { Dec } from '../money/decimal.js';
import { Money } from '../money/money.js';

/*
 * Loans compute in whole satang with BigInt: sums and products are exact, a rate is an exact
 * fraction, and a quotient is rounded once, where a rule says (internal helpers).
 */

/** @internal `x / d` rounded half-up to an integer, for `x ≥ 0` and `d > 0`. */
export function halfUp(x: bigint, d: bigint): bigint {
  return (2n * x + d) / (2n * d);
}

/** @internal `x / d` rounded up to an integer, for `x ≥ 0` and `d > 0`. */
export function ceilDivide(x: bigint, d: bigint): bigint {
  return (x + d - 1n) / d;
}

/** @internal `x` rounded up to a multiple of `step`, for `x ≥ 0` and `step > 0`. */
export function roundUpTo(x: bigint, step: bigint): bigint {
  return ceilDivide(x, step) * step;
}

/** @internal The whole satang of an amount: `money('12.34')` → `1234n`. */
export function satangOf(amount: Money): bigint {
  return BigInt(amount.toString().replace('.', ''));
}

/** @internal A Money of a whole number of satang: `1234n` → `12.34`. */
export function moneyOfSatang(satang: bigint): Money {
  const negative = satang < 0n;
  const text = (negative ? -satang : satang).toString().padStart(3, '0');
  return Money.fromDecimal(new Dec(`${negative ? '-' : ''}${text.slice(0, -2)}.${text.slice(-2)}`));
}
