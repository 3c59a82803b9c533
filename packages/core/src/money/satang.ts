import { Dec } from './decimal.js';
import { Money, money } from './money.js';

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

/** A stored amount: plain, with exactly two decimals (`'-12.50'`), read without decimal.js. */
const TWO_DECIMALS = /^-?\d+\.\d\d$/;

/**
 * The whole satang of an amount, exactly, as a `bigint`: for sums over many amounts (a year of
 * ledger entries, a chart's bars) with no decimal arithmetic and no `number` in between.
 * Takes a {@link Money} or an amount as Sajja stores it (`'-12.50'`); any other text is read
 * by {@link money}, and throws as it does.
 *
 * @example
 * ```ts
 * satangOf(money('12.34')); // 1234n
 * satangOf('-12.50');       // -1250n
 * satangText(satangOf('0.10') + satangOf('0.20')); // '0.30'
 * ```
 */
export function satangOf(amount: Money | string): bigint {
  const text = typeof amount === 'string' && !TWO_DECIMALS.test(amount) ? money(amount) : amount;
  return BigInt(text.toString().replace('.', ''));
}

/**
 * Whole satang as a plain two-decimal amount, the form Sajja stores and {@link money} reads:
 * `12345n` → `'123.45'`, `-5n` → `'-0.05'`.
 */
export function satangText(satang: bigint): string {
  const negative = satang < 0n;
  const digits = (negative ? -satang : satang).toString().padStart(3, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** @internal A Money of a whole number of satang: `1234n` → `12.34`. */
export function moneyOfSatang(satang: bigint): Money {
  return Money.fromDecimal(new Dec(satangText(satang)));
}
