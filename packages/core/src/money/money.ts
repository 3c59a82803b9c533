import { SajjaError } from '../errors/sajja-error.js';
import { Dec, PLAIN_DECIMAL } from './decimal.js';
import { assertRoundingMode, roundToPlaces, roundToStep, type RoundingMode } from './rounding.js';

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

/** Integer digits a {@link Money} may have: far past any real amount, and keeps arithmetic exact. */
export const MAX_MONEY_DIGITS = 100;

const SATANG_PLACES = 2;
const MONEY_BRAND = Symbol.for('sajja.money');

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
  readonly #amount: Dec;
  /** `toString()`, written once on first use: formatting is most of the cost of reading a Money. */
  #text: string | undefined;

  /** Use {@link money} to make one. */
  private constructor(amount: Dec) {
    // decimal.js keeps a negative zero; an amount of money has no sign at zero.
    this.#amount = amount.isZero() ? new Dec(0) : amount;
    Object.freeze(this);
  }

  /** @internal Creates a Money from a decimal already at satang precision. */
  static fromDecimal(amount: Dec): Money {
    // `e` is the decimal exponent: a value with n integer digits has e = n - 1.
    if (amount.e >= MAX_MONEY_DIGITS) {
      throw new SajjaError(
        'INVALID_AMOUNT',
        'too-large',
        `Amount has ${amount.e + 1} integer digits; Money holds at most ${MAX_MONEY_DIGITS}.`,
        { input: amount.toFixed(), details: { maxDigits: MAX_MONEY_DIGITS } },
      );
    }
    return new Money(amount);
  }

  /** This amount plus `other`. */
  plus(other: MoneyInput): Money {
    return Money.fromDecimal(this.#amount.plus(decimalOf(other)));
  }

  /** This amount minus `other`. */
  minus(other: MoneyInput): Money {
    return Money.fromDecimal(this.#amount.minus(decimalOf(other)));
  }

  /**
   * This amount times `factor` (a plain decimal string or a finite number, such as a rate or a
   * count), rounded to satang with `rounding` (default `'half-up'`).
   *
   * @example
   * ```ts
   * money('1000').times('0.0125').toString();        // '12.50'
   * money('10').times('0.3333', 'down').toString();  // '3.33'
   * ```
   */
  times(factor: string | number, rounding: RoundingMode = 'half-up'): Money {
    assertRoundingMode(rounding);
    const exact = this.#amount.times(decimalFactor(factor));
    return Money.fromDecimal(roundToPlaces(exact, SATANG_PLACES, rounding));
  }

  /** The same amount with the opposite sign. */
  negated(): Money {
    return new Money(this.#amount.negated());
  }

  /** The amount without its sign. */
  abs(): Money {
    return new Money(this.#amount.abs());
  }

  /** `-1`, `0` or `1` as this amount is less than, equal to or greater than `other`. */
  compare(other: MoneyInput): -1 | 0 | 1 {
    return this.#amount.comparedTo(decimalOf(other)) as -1 | 0 | 1;
  }

  /** True when this amount equals `other` to the satang. */
  equals(other: MoneyInput): boolean {
    return this.compare(other) === 0;
  }

  /** True for 0.00. */
  isZero(): boolean {
    return this.#amount.isZero();
  }

  /** True below zero. */
  isNegative(): boolean {
    return this.#amount.isNegative();
  }

  /** True above zero. */
  isPositive(): boolean {
    return this.#amount.isPositive() && !this.#amount.isZero();
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
      throw new SajjaError(
        'INVALID_ARGUMENT',
        'invalid-multiple',
        `Cannot round to a multiple of ${step.toFixed(SATANG_PLACES)}; it must be at least 0.01.`,
        { input: multiple },
      );
    }
    return Money.fromDecimal(roundToStep(this.#amount, step, mode));
  }

  /** Always two decimals, a `-` for negatives, no grouping: `'1234.50'`, `'-21.00'`. */
  toString(): string {
    return (this.#text ??= this.#amount.toFixed(SATANG_PLACES));
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
    return this.#amount.toNumber();
  }

  /** @internal The exact decimal value, for Sajja's own calculations. */
  toDecimal(): Dec {
    return this.#amount;
  }

  /** Converts to a string for string contexts; throws where a number was wanted. */
  [Symbol.toPrimitive](hint: 'string' | 'number' | 'default'): string {
    if (hint === 'string') return this.toString();
    throw new TypeError(
      `Money ${this.toString()} cannot be used as a number: use plus, minus, times, compare, or toString().`,
    );
  }
}

// The brand lives on the prototype: every Money carries it without a per-instance property.
Object.defineProperty(Money.prototype, MONEY_BRAND, { value: true });

/**
 * True for a {@link Money}, also one made by another copy of `@sajja/core` (two bundles on one
 * page), which `instanceof` would miss.
 */
export function isMoney(value: unknown): value is Money {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as Record<symbol, unknown>)[MONEY_BRAND] === true
  );
}

/**
 * Makes a {@link Money} from a plain decimal string, another Money, or a finite number.
 *
 * Strings are what developers write, not what people type: digits, an optional leading `-`,
 * an optional fraction (`'1234.5'`, `'-21'`). For what people type (`'1,234.50 บาท'`,
 * Thai digits) use {@link parseMoney}. More than two decimals is an error unless
 * `options.rounding` is given.
 *
 * @throws {@link SajjaError} `INVALID_AMOUNT` with reason `not-a-number`, `not-finite`,
 *   `too-many-decimals`, `too-large` or `wrong-type`.
 *
 * @example
 * ```ts
 * money('1234.5').toString();                         // '1234.50'
 * money(19.99).toString();                            // '19.99'
 * money('1.005', { rounding: 'half-up' }).toString(); // '1.01'
 * money('1.005');                                     // throws INVALID_AMOUNT (too-many-decimals)
 * ```
 */
export function money(value: MoneyInput, options: MoneyOptions = {}): Money {
  if (value instanceof Money) return value;
  if (isMoney(value)) return money(String(value));
  const exact = exactDecimal(value);
  if (exact.decimalPlaces() <= SATANG_PLACES) return Money.fromDecimal(exact);
  if (options.rounding === undefined) {
    throw new SajjaError(
      'INVALID_AMOUNT',
      'too-many-decimals',
      `Amount ${JSON.stringify(String(value))} has more than ${SATANG_PLACES} decimals; pass { rounding } to round it.`,
      { input: value, details: { maxDecimals: SATANG_PLACES } },
    );
  }
  assertRoundingMode(options.rounding);
  return Money.fromDecimal(roundToPlaces(exact, SATANG_PLACES, options.rounding));
}

/**
 * The sum of a list of amounts; `0.00` for an empty list.
 *
 * @example
 * ```ts
 * sum(['0.10', '0.20', money('0.70')]).toString(); // '1.00'
 * ```
 */
export function sum(amounts: Iterable<MoneyInput>): Money {
  let total = new Dec(0);
  for (const amount of amounts) total = total.plus(decimalOf(amount));
  return Money.fromDecimal(total);
}

/** The exact decimal of a money input, which must already be at satang precision. */
function decimalOf(value: MoneyInput): Dec {
  return money(value).toDecimal();
}

/** The exact decimal of a string or finite number, any number of decimals. */
function exactDecimal(value: unknown): Dec {
  if (typeof value === 'string') {
    if (!PLAIN_DECIMAL.test(value)) {
      throw new SajjaError(
        'INVALID_AMOUNT',
        'not-a-number',
        `${JSON.stringify(value)} is not a plain decimal like "1234.50"; use parseMoney() for text people type.`,
        { input: value },
      );
    }
    return new Dec(value);
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      throw new SajjaError('INVALID_AMOUNT', 'not-finite', `${value} is not a finite amount.`, {
        input: value,
      });
    }
    // Dec(number) reads the shortest decimal that round-trips (0.1 → "0.1"), not the binary value.
    return new Dec(value);
  }
  throw new SajjaError(
    'INVALID_AMOUNT',
    'wrong-type',
    `Expected a decimal string, a finite number or Money, got ${value === null ? 'null' : typeof value}.`,
    { input: value },
  );
}

/** The exact decimal of a multiplication factor (a rate, a count). */
function decimalFactor(factor: string | number): Dec {
  try {
    return exactDecimal(factor);
  } catch (error) {
    if (!(error instanceof SajjaError)) throw error;
    throw new SajjaError(
      'INVALID_ARGUMENT',
      'invalid-factor',
      `Cannot multiply by ${JSON.stringify(factor)}: ${error.message}`,
      {
        input: factor,
      },
    );
  }
}
