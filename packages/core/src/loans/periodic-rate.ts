import { checkOptionKeys } from '../errors/check-option-keys.js';
import { invalidOption, SajjaError } from '../errors/sajja-error.js';
import type { Dec } from '../money/decimal.js';
import { MAX_DECIMAL_LENGTH, readBoundedDecimal } from '../rules/bounded-decimal.js';
import type { InterestRate } from './loan-terms.js';

/**
 * @internal A non-negative rate as an exact fraction `numerator / denominator` (0.01 is
 * 1/100; 7 %/year per month is 7/1200), so that schedules can compute in whole satang with
 * integers and round exactly where a rule says, never on an approximated division.
 */
export interface RateFraction {
  readonly numerator: bigint;
  readonly denominator: bigint;
}

const RATE_FIELDS = ['percent', 'per'];

/** @internal A checked {@link InterestRate}: its percentage as an exact decimal. */
export interface CheckedRate {
  readonly percent: Dec;
  readonly per: 'month' | 'year';
}

/**
 * @internal Checks an {@link InterestRate}: an object of `percent` and `per` only, whose
 * `percent` is a non-negative decimal (string or finite number) of at most
 * {@link MAX_DECIMAL_LENGTH} characters, checked before it is read, and whose `per` is
 * `'month'` or `'year'`.
 *
 * @throws {@link "@sajja/core".SajjaError} `INVALID_ARGUMENT`: `invalid-option` (`details.option` is `label`,
 *   `label.percent` or `label.per`), `unknown-option` or `negative-rate`.
 */
export function checkRate(rate: unknown, label = 'rate'): CheckedRate {
  if (typeof rate !== 'object' || rate === null) {
    throw invalidOption(label, rate, "an object such as { percent: '1', per: 'month' }");
  }
  checkOptionKeys(rate, RATE_FIELDS, 'An interest rate', `${label}.`);
  const { percent, per } = rate as Record<string, unknown>;
  const value = readBoundedDecimal(percent);
  if (value === 'too-long') {
    throw invalidOption(
      `${label}.percent`,
      percent,
      `a decimal of at most ${MAX_DECIMAL_LENGTH} characters`,
    );
  }
  if (!value) throw invalidOption(`${label}.percent`, percent, 'a decimal such as "1" or "12"');
  if (value.isNegative() && !value.isZero()) {
    throw new SajjaError(
      'INVALID_ARGUMENT',
      'negative-rate',
      `An interest rate cannot be negative (${value.toFixed()} %).`,
      { input: percent, details: { rate: value.toFixed() } },
    );
  }
  if (per !== 'month' && per !== 'year') {
    throw invalidOption(`${label}.per`, per, "'month' or 'year'");
  }
  return { percent: value.abs(), per };
}

/**
 * @internal The rate in percent a year: a monthly rate × 12, the way by-laws and the 15 %/year
 * cap of Civil and Commercial Code s.654 compare rates (simple, not compounded).
 */
export function yearlyPercent(rate: CheckedRate): Dec {
  return rate.per === 'year' ? rate.percent : rate.percent.times(12);
}

/**
 * @internal The periodic (monthly) rate `i` as a fraction: `percent / 100` for a monthly rate,
 * `percent / 1200` for a yearly one.
 */
export function monthlyRateFraction(rate: CheckedRate): RateFraction {
  return fractionOf(rate.percent, rate.per === 'month' ? 100n : 1200n);
}

/** @internal The yearly rate as a fraction: `percent / 100`, or a monthly `percent × 12 / 100`. */
export function yearlyRateFraction(rate: CheckedRate): RateFraction {
  return fractionOf(yearlyPercent(rate), 100n);
}

/** `value / divisor` as a reduced fraction of integers. */
function fractionOf(value: Dec, divisor: bigint): RateFraction {
  // The plain decimal's digits are the numerator over 10^places: no decimal arithmetic.
  const places = value.decimalPlaces();
  let numerator = BigInt(value.toFixed(places).replace('.', ''));
  let denominator = divisor * 10n ** BigInt(places);
  const common = gcd(numerator, denominator);
  numerator /= common;
  denominator /= common;
  return { numerator, denominator };
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a === 0n ? 1n : a;
}
