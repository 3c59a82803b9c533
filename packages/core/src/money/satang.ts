import { moneyError } from './money-sentences.js';
import { Dec } from './decimal.js';
import { describeValue } from '../errors/describe-value.js';
import {
  canonicalAmount,
  isMoney,
  MAX_AMOUNT_LENGTH,
  MAX_MONEY_DIGITS,
  money,
  moneyOfText,
  Money,
  tooLong,
  wrongType,
} from './money.js';

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

/**
 * The whole satang of an amount, exactly, as a `bigint`: for sums over many amounts (a year of
 * ledger entries, a chart's bars) with no decimal arithmetic and no `number` in between.
 * Takes a {@link Money} or an amount as text, read as {@link money} reads it (at most two
 * decimals, {@link MAX_AMOUNT_LENGTH} characters and {@link MAX_MONEY_DIGITS} integer digits,
 * sizes checked before anything is read); ordinary text (`'-12.50'`, `'7'`) without decimal.js.
 *
 * A `number` is refused: `satangOf(5)` could mean 5 baht or 5 satang, and a number of baht
 * with satang is binary floating point. Read it as an amount first: `satangOf(money(5))` is
 * `500n`.
 *
 * @throws {@link SajjaError} `INVALID_AMOUNT`: whatever {@link money} throws for text
 *   (`not-a-number`, `too-many-decimals`, `too-long`, `too-large`), or `wrong-type` for
 *   anything that is neither text nor Money (numbers, bigints and `null` included).
 *
 * @example
 * ```ts
 * satangOf(money('12.34')); // 1234n
 * satangOf('-12.50');       // -1250n
 * satangText(satangOf('0.10') + satangOf('0.20')); // '0.30'
 * satangOf(5);              // throws INVALID_AMOUNT (wrong-type)
 * ```
 */
export function satangOf(amount: Money | string): bigint {
  let text: string;
  if (typeof amount === 'string') text = canonicalAmount(amount) ?? money(amount).toString();
  else if (isMoney(amount)) text = money(amount).toString();
  else throw wrongType(amount, 'Money or a decimal string (read a number with money() first)');
  // toString's form: digits, a point, two decimals; without the point, whole satang.
  return BigInt(text.slice(0, -3) + text.slice(-2));
}

/** The least whole satang whose text would pass {@link MAX_AMOUNT_LENGTH} characters. */
const TOO_MANY_SATANG = 10n ** /* @__PURE__ */ BigInt(MAX_AMOUNT_LENGTH - 2);

/**
 * Whole satang as a plain two-decimal amount, the form Sajja stores and {@link money} reads:
 * `12345n` → `'123.45'`, `-5n` → `'-0.05'`.
 *
 * @throws {@link SajjaError} `INVALID_ARGUMENT` with reason `not-a-bigint` for anything but a
 *   `bigint` (a `number` of satang is as ambiguous as {@link satangOf}'s); `INVALID_AMOUNT`
 *   with reason `too-long` for one whose text would pass {@link MAX_AMOUNT_LENGTH} characters,
 *   checked before it is written.
 */
export function satangText(satang: bigint): string {
  if (typeof satang !== 'bigint') {
    throw moneyError(
      'not-a-bigint',
      `satangText takes whole satang as a bigint, got ${describeValue(satang)}.`,
      { input: satang },
    );
  }
  const negative = satang < 0n;
  const magnitude = negative ? -satang : satang;
  if (magnitude >= TOO_MANY_SATANG) throw tooLong('INVALID_AMOUNT', satang, MAX_AMOUNT_LENGTH);
  const digits = magnitude.toString().padStart(3, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** @internal A Money of a whole number of satang: `1234n` → `12.34`. */
export function moneyOfSatang(satang: bigint): Money {
  const text = satangText(satang);
  // Near or past the digits a Money may hold, the decimal's size is checked (too-large).
  return text.length <= MAX_MONEY_DIGITS + 3 ? moneyOfText(text) : Money.fromDecimal(new Dec(text));
}
