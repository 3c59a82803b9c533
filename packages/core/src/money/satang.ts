import { Dec } from './decimal.js';
import { Money } from './money.js';

/*
 * Whole satang as BigInt, for the hot loops of loans, ledgers and roll-ups: sums and products
 * are exact, a rate is an exact fraction, and a quotient is rounded once, where a rule says
 * (internal helpers).
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

/** @internal Whole satang as a plain two-decimal amount: `12345n` → `'123.45'`. */
export function satangText(satang: bigint): string {
  const negative = satang < 0n;
  const digits = (negative ? -satang : satang).toString().padStart(3, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** @internal A Money of a whole number of satang: `1234n` → `12.34`. */
export function moneyOfSatang(satang: bigint): Money {
  return Money.fromDecimal(new Dec(satangText(satang)));
}
