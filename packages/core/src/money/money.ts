import { amountError, moneyError } from './money-sentences.js';
import { describeValue } from '../errors/describe-value.js';
import { SajjaError } from '../errors/sajja-error.js';
import { Dec, PLAIN_DECIMAL } from './decimal.js';
import { assertRoundingMode, roundToPlaces, roundToStep, type RoundingMode } from './rounding.js';
import { checkOptionKeys } from '../errors/check-option-keys.js';
import {
  MAX_AMOUNT_LENGTH,
  MAX_FACTOR_LENGTH,
  MAX_MONEY_DIGITS,
  tooLong,
} from './amount-limits.js';
import { isMoney, MONEY_BRAND } from './money-brand.js';

// Defined without decimal.js, so that code which only reads amounts as text (bahtText) can
// check a Money and its size without bringing decimal arithmetic.
export { MAX_AMOUNT_LENGTH, MAX_FACTOR_LENGTH, MAX_MONEY_DIGITS, tooLong, isMoney };

/**
 * What {@link money} accepts: a plain decimal string (`'1234.50'`, `'-21'`), another
 * {@link Money}, or a finite `number`.
 *
 * Prefer strings. A `number` is only as exact as binary floating point: `0.1 + 0.2` is
 * `0.30000000000000004` and is rejected for having more than two decimals, and integers past
 * 2^53 (9,007,199,254,740,992) have already lost digits before Sajja sees them.
 */
export type MoneyInput = string | number | Money;

/** Options for {@link money} and {@link parseMoney}. */
export interface MoneyOptions {
  /**
   * Round values with more than two decimals to satang with this mode instead of rejecting
   * them. Without it, more than two decimals is an `INVALID_AMOUNT` error.
   */
  rounding?: RoundingMode;
}

const SATANG_PLACES = 2;

/** A Money of text already in {@link Money.toString}'s form; the one way to make one lazily. */
let moneyOfCanonicalText: (text: string) => Money;

/**
 * An amount of Thai baht, exact to the satang (two decimals), immutable.
 *
 * Arithmetic is decimal (decimal.js), never binary floating point. Every operation returns a
 * new `Money`; values that would have more than two decimals (`times`) are rounded with an
 * explicit {@link RoundingMode}. Create one with {@link money} or {@link parseMoney}.
 *
 * A `Money` refuses to become a JavaScript number silently: `+price`, `price * 2` and
 * `price < other` throw. Use `compare`, `times`, and `toString()` (or a template literal).
 *
 * @example
 * ```ts
 * const pledge = money('150');
 * pledge.times(12).toString();          // '1800.00'
 * pledge.plus('0.5').compare('150.50'); // 0
 * ```
 */
export class Money {
  /**
   * The exact value. A Money read from plain text starts with its text alone, and its decimal
   * is made on first use: reading, showing and storing amounts need no decimal arithmetic.
   */
  #amount: Dec | undefined;
  /** `toString()`, written once on first use: formatting is most of the cost of reading a Money. */
  #text: string | undefined;

  static {
    moneyOfCanonicalText = (text) => new Money(undefined, text);
    // The brand lives on the prototype: every Money carries it without a per-instance property.
    Object.defineProperty(this.prototype, MONEY_BRAND, { value: true });
  }

  /** Use {@link money} to make one. */
  private constructor(amount: Dec | undefined, text?: string) {
    // decimal.js keeps a negative zero; an amount of money has no sign at zero.
    this.#amount = amount?.isZero() ? new Dec(0) : amount;
    this.#text = text;
    Object.freeze(this);
  }

  /** @internal Creates a Money from a decimal already at satang precision. */
  static fromDecimal(amount: Dec): Money {
    // `e` is the decimal exponent: a value with n integer digits has e = n - 1.
    if (amount.e >= MAX_MONEY_DIGITS) {
      throw amountError(
        'too-large',
        `Amount has ${amount.e + 1} integer digits; Money holds at most ${MAX_MONEY_DIGITS}.`,
        { input: amount.toFixed(), details: { maxDigits: MAX_MONEY_DIGITS } },
      );
    }
    return new Money(amount);
  }

  /** This amount plus `other`. */
  plus(other: MoneyInput): Money {
    return Money.fromDecimal(this.toDecimal().plus(decimalOf(other)));
  }

  /** This amount minus `other`. */
  minus(other: MoneyInput): Money {
    return Money.fromDecimal(this.toDecimal().minus(decimalOf(other)));
  }

  /**
   * This amount times `factor` (a plain decimal string or a finite number, such as a rate or a
   * count), rounded to satang with `rounding` (default `'half-up'`).
   *
   * @throws {@link SajjaError} `INVALID_ARGUMENT` with reason `too-long` for a factor text of
   *   more than {@link MAX_FACTOR_LENGTH} characters (checked before it is read),
   *   `invalid-factor` for anything else that is not a plain decimal or a finite number, or
   *   `invalid-rounding-mode`; `INVALID_AMOUNT` `too-large` when the product passes
   *   {@link MAX_MONEY_DIGITS} integer digits.
   *
   * @example
   * ```ts
   * money('1000').times('0.0125').toString();        // '12.50'
   * money('10').times('0.3333', 'down').toString();  // '3.33'
   * ```
   */
  times(factor: string | number, rounding: RoundingMode = 'half-up'): Money {
    assertRoundingMode(rounding);
    const exact = this.toDecimal().times(decimalFactor(factor));
    return Money.fromDecimal(roundToPlaces(exact, SATANG_PLACES, rounding));
  }

  /** The same amount with the opposite sign. */
  negated(): Money {
    return new Money(this.toDecimal().negated());
  }

  /** The amount without its sign. */
  abs(): Money {
    return new Money(this.toDecimal().abs());
  }

  /** `-1`, `0` or `1` as this amount is less than, equal to or greater than `other`. */
  compare(other: MoneyInput): -1 | 0 | 1 {
    return this.toDecimal().comparedTo(decimalOf(other)) as -1 | 0 | 1;
  }

  /** True when this amount equals `other` to the satang. */
  equals(other: MoneyInput): boolean {
    return this.compare(other) === 0;
  }

  /** True for 0.00. */
  isZero(): boolean {
    return this.toDecimal().isZero();
  }

  /** True below zero. */
  isNegative(): boolean {
    return this.toDecimal().isNegative();
  }

  /** True above zero. */
  isPositive(): boolean {
    const amount = this.toDecimal();
    return amount.isPositive() && !amount.isZero();
  }

  /**
   * This amount rounded to a whole number of `multiple`s (`'1'` baht, `'0.25'`, `'10'` baht,
   * any positive amount of whole satang) with `mode` (default `'half-up'`).
   *
   * @example
   * ```ts
   * money('8884.12').round('1', 'up').toString();      // '8885.00'
   * money('10.13').round('0.25').toString();           // '10.25'
   * money('125').round('10', 'half-even').toString();  // '120.00'
   * ```
   */
  round(multiple: MoneyInput, mode: RoundingMode = 'half-up'): Money {
    assertRoundingMode(mode);
    const step = decimalOf(multiple);
    if (!step.isPositive() || step.isZero()) {
      throw moneyError(
        'invalid-multiple',
        `Cannot round to a multiple of ${step.toFixed(SATANG_PLACES)}; it must be at least 0.01.`,
        { input: multiple },
      );
    }
    return Money.fromDecimal(roundToStep(this.toDecimal(), step, mode));
  }

  /** Always two decimals, a `-` for negatives, no grouping: `'1234.50'`, `'-21.00'`. */
  toString(): string {
    return (this.#text ??= this.#amount!.toFixed(SATANG_PLACES));
  }

  /** The same as {@link Money.toString}, so JSON carries exact amounts as strings. */
  toJSON(): string {
    return this.toString();
  }

  /**
   * The nearest JavaScript number, for drawing only (chart heights, sort keys). Never do
   * arithmetic with it: that is what `Money` is for.
   */
  toNumber(): number {
    return this.toDecimal().toNumber();
  }

  /** @internal The exact decimal value, for Sajja's own calculations. */
  toDecimal(): Dec {
    return (this.#amount ??= new Dec(this.#text!));
  }

  /** Converts to a string for string contexts; throws where a number was wanted. */
  [Symbol.toPrimitive](hint: 'string' | 'number' | 'default'): string {
    if (hint === 'string') return this.toString();
    throw new TypeError(
      `Money ${this.toString()} cannot be used as a number: use plus, minus, times, compare, or toString().`,
    );
  }
}

/**
 * Makes a {@link Money} from a plain decimal string, another Money, or a finite number.
 *
 * Strings are what developers write, not what people type: digits, an optional leading `-`,
 * an optional fraction (`'1234.5'`, `'-21'`). For what people type (`'1,234.50 บาท'`,
 * Thai digits) use {@link parseMoney}. More than two decimals is an error unless
 * `options.rounding` is given.
 *
 * Text is checked for size before it is read: at most {@link MAX_AMOUNT_LENGTH} characters
 * (`too-long`) and {@link MAX_MONEY_DIGITS} integer digits (`too-large`). Ordinary amounts
 * (at most two decimals) are read without decimal arithmetic.
 *
 * @throws {@link SajjaError} `INVALID_AMOUNT` with reason `not-a-number`, `not-finite`,
 *   `too-many-decimals`, `too-long`, `too-large` or `wrong-type`; `INVALID_ARGUMENT` with
 *   reason `invalid-rounding-mode` for an unknown `options.rounding` when rounding is needed,
 *   or `unknown-option` for an option other than `rounding`.
 *
 * @example
 * ```ts
 * money('1234.5').toString();                         // '1234.50'
 * money(19.99).toString();                            // '19.99'
 * money('1.005', { rounding: 'half-up' }).toString(); // '1.01'
 * money('1.005');                                     // throws INVALID_AMOUNT (too-many-decimals)
 * ```
 */
export function money(value: MoneyInput, options?: MoneyOptions): Money {
  if (options !== undefined) checkOptionKeys(options, ['rounding'], 'money');
  if (value instanceof Money) return value;
  if (typeof value === 'string') {
    const text = canonicalAmount(value);
    if (text !== undefined) return moneyOfCanonicalText(text);
  } else if (isMoney(value)) {
    return money(foreignMoneyText(value));
  }
  const exact = exactDecimal(value);
  if (exact.decimalPlaces() <= SATANG_PLACES) return Money.fromDecimal(exact);
  const rounding = options?.rounding;
  if (rounding === undefined) {
    throw amountError(
      'too-many-decimals',
      `Amount ${JSON.stringify(String(value))} has more than ${SATANG_PLACES} decimals; pass { rounding } to round it.`,
      { input: value, details: { maxDecimals: SATANG_PLACES } },
    );
  }
  assertRoundingMode(rounding);
  return Money.fromDecimal(roundToPlaces(exact, SATANG_PLACES, rounding));
}

/**
 * The sum of a list of amounts; `0.00` for an empty list.
 *
 * @throws {@link SajjaError} whatever {@link money} throws for an amount; `INVALID_ARGUMENT`
 *   with reason `not-a-list` when `amounts` is not iterable, or is a string (whose characters
 *   would otherwise be summed as digits).
 *
 * @example
 * ```ts
 * sum(['0.10', '0.20', money('0.70')]).toString(); // '1.00'
 * ```
 */
export function sum(amounts: Iterable<MoneyInput>): Money {
  if (
    typeof amounts === 'string' ||
    typeof (amounts as { [Symbol.iterator]?: unknown } | null)?.[Symbol.iterator] !== 'function'
  ) {
    throw new SajjaError(
      'INVALID_ARGUMENT',
      'not-a-list',
      `sum takes a list of amounts, got ${describeValue(amounts)}.`,
      { input: amounts },
    );
  }
  let total = new Dec(0);
  for (const amount of amounts) total = total.plus(decimalOf(amount));
  return Money.fromDecimal(total);
}

/**
 * @internal The text {@link Money.toString} writes for `text`, when `text` is a plain decimal
 * of at most two decimals, {@link MAX_AMOUNT_LENGTH} characters and {@link MAX_MONEY_DIGITS}
 * integer digits (`'007.5'` → `'7.50'`, `'-0'` → `'0.00'`); `undefined` for anything else,
 * which {@link money} reads with decimal.js, rounds, or refuses. No arithmetic: the digits are
 * only copied.
 */
export function canonicalAmount(text: string): string | undefined {
  const length = text.length;
  if (length > MAX_AMOUNT_LENGTH) return undefined;
  const start = text.charCodeAt(0) === 45 ? 1 : 0; // '-'
  let point = length;
  for (let i = start; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code === 46 && point === length)
      point = i; // '.'
    else if (code < 48 || code > 57) return undefined;
  }
  const decimals = length - point - 1; // -1 without a point
  let first = start;
  while (first < point - 1 && text.charCodeAt(first) === 48) first++;
  // No integer digit ('.5'), a point without decimals, too many decimals or digits.
  if (point === start || decimals === 0 || decimals > 2 || point - first > MAX_MONEY_DIGITS) {
    return undefined;
  }
  // Most amounts arrive in this form already (`'1234.50'`): keep the string, don't copy it.
  if (first === start && decimals === 2) return text === '-0.00' ? '0.00' : text;
  const fraction = decimals < 1 ? '00' : decimals === 1 ? `${text[point + 1]}0` : text.slice(-2);
  const written = `${text.slice(first, point)}.${fraction}`;
  // An amount of money has no sign at zero.
  return start === 0 || written === '0.00' ? written : `-${written}`;
}

/** @internal A {@link Money} of text already in {@link Money.toString}'s form (`'-7.50'`). */
export function moneyOfText(canonical: string): Money {
  return moneyOfCanonicalText(canonical);
}

/** The text of a Money made by another copy of the library, read as a plain decimal. */
function foreignMoneyText(value: object): string {
  try {
    return String(value);
  } catch {
    throw wrongType(value);
  }
}

/** The exact decimal of a money input, which must already be at satang precision. */
function decimalOf(value: MoneyInput): Dec {
  return money(value).toDecimal();
}

/** The exact decimal of a string or finite number, any number of decimals. */
function exactDecimal(value: unknown): Dec {
  if (typeof value === 'string') {
    if (value.length > MAX_AMOUNT_LENGTH) throw tooLong('INVALID_AMOUNT', value, MAX_AMOUNT_LENGTH);
    if (!PLAIN_DECIMAL.test(value)) {
      throw amountError(
        'not-a-number',
        `${JSON.stringify(value)} is not a plain decimal like "1234.50"; use parseMoney() for text people type.`,
        { input: value },
      );
    }
    return new Dec(value);
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      throw amountError('not-finite', `${value} is not a finite amount.`, {
        input: value,
      });
    }
    // Dec(number) reads the shortest decimal that round-trips (0.1 → "0.1"), not the binary value.
    return new Dec(value);
  }
  throw wrongType(value);
}

/** @internal The `INVALID_AMOUNT` `wrong-type` error, saying what was `expected`. */
export function wrongType(
  value: unknown,
  expected = 'a decimal string, a finite number or Money',
): SajjaError {
  return amountError('wrong-type', `Expected ${expected}, got ${describeValue(value)}.`, {
    input: value,
  });
}

/** The exact decimal of a multiplication factor (a rate, a count), its size checked first. */
function decimalFactor(factor: unknown): Dec {
  if (typeof factor === 'string' && factor.length > MAX_FACTOR_LENGTH) {
    throw tooLong('INVALID_ARGUMENT', factor, MAX_FACTOR_LENGTH);
  }
  try {
    return exactDecimal(factor);
  } catch (error) {
    if (!(error instanceof SajjaError)) throw error;
    throw moneyError(
      'invalid-factor',
      `Cannot multiply by ${describeValue(factor)}: ${error.message}`,
      { input: factor },
    );
  }
}
