import { savingsError } from './savings-sentences.js';
import { assertIsoDate } from '../dates/iso-date.js';
import { checkOptions } from '../errors/check-option-keys.js';
import { SajjaError, invalidOption } from '../errors/sajja-error.js';
import { Dec } from '../money/decimal.js';
import { MAX_DECIMAL_LENGTH, readBoundedDecimal } from '../rules/bounded-decimal.js';
import { Money, type MoneyInput } from '../money/money.js';
import { roundToPlaces } from '../money/rounding.js';
import { satangText } from '../money/satang.js';
import type { RuleWarning } from '../rules/rule-warning.js';
import { shareYear, weightedShareCapital } from './weighted-share-capital.js';

/**
 * How a year's share purchases are weighted for the dividend; the opening balance always
 * earns the full rate. Stored as a code.
 *
 * - `'remaining-months'`: the cooperative convention (DOMAIN.md): money paid in fiscal month
 *   m (the year's first month is 1) earns (12 − m)/12 of the rate, as if it arrived on the
 *   month's last day; the last month's purchases earn nothing this year.
 * - `'remaining-months-11'`: money paid in fiscal month m earns (12 − m)/11: the first
 *   month's purchase earns the full rate, like the opening balance, the last month's nothing.
 *   Seen in a Thai savings cooperative's published method (January 10/11 … November 0/11,
 *   in a year whose first month is counted with the opening balance); the first month's
 *   11/11 follows that pattern [no source shows it].
 * - `'share-days'`: each baht earns rate × days held ÷ days in the fiscal year (365, or 366
 *   when the year holds a 29 February), counting the day it was paid, as interest on an
 *   end-of-day balance does: a purchase on the first day earns the whole year, one on the
 *   last day one day.
 *
 * Not offered: month weightings with a cut-off day inside the month (paid by the 15th counts
 * for that month, later for the next); date such purchases in the month they count for.
 */
export type DividendWeighting = 'remaining-months' | 'remaining-months-11' | 'share-days';

/** Every {@link DividendWeighting}, for validation and for pickers. */
export const DIVIDEND_WEIGHTINGS: readonly DividendWeighting[] = /* @__PURE__ */ Object.freeze([
  'remaining-months',
  'remaining-months-11',
  'share-days',
]);

/**
 * The most a cooperative may pay as a dividend on shares, percent a year, by regulation
 * (DOMAIN.md). A higher rate is warned about, never refused: see {@link dividendWarnings}.
 */
export const COOPERATIVE_DIVIDEND_CAP_PERCENT = '10';

/** One movement of a member's shares during the fiscal year. */
export interface ShareContribution {
  /** The day the money moved (ISO `YYYY-MM-DD`), inside the fiscal year. */
  readonly date: string;
  /** Positive for shares bought, negative for shares withdrawn (redeemed). */
  readonly amount: MoneyInput;
}

/** What {@link shareDividend} takes. */
export interface ShareDividendOptions {
  /** Share capital at the start of the fiscal year, zero or more. */
  readonly openingBalance: MoneyInput;
  /** Shares bought (positive) or withdrawn (negative) during the year, in any order. */
  readonly contributions: readonly ShareContribution[];
  /** The dividend rate, percent a year, zero or more: a plain decimal string (`'6.15'`) or number. */
  readonly ratePercent: string | number;
  /** The first day of the fiscal year, the first of a month (`'2024-01-01'`, `'2024-04-01'`). */
  readonly fiscalYearStart: string;
  /** How purchases during the year are weighted. */
  readonly weighting: DividendWeighting;
}

/**
 * A member's dividend on shares for one fiscal year: the opening balance earns the full
 * `ratePercent`, each movement during the year a part of it by `weighting` (see
 * {@link DividendWeighting}). Everything is summed exactly and rounded half-up to the satang
 * once, at the end.
 *
 * Withdrawals (negative amounts) weigh exactly like purchases with the opposite sign, so a
 * purchase and its withdrawal in the same month (`remaining-months`, `remaining-months-11`) or
 * on the same day (`share-days`) cancel out: with month weighting, money withdrawn in month m
 * stops earning after month m; by share-days, from the day it leaves (the end-of-day balance).
 * The member's shares may never fall below zero at the end of any day.
 *
 * Rates above the cooperative cap of 10 % a year are allowed: callers show the warnings of
 * {@link dividendWarnings} beside the result.
 *
 * @throws {@link "@sajja/core".SajjaError} `INVALID_AMOUNT` for an amount that is not one; `INVALID_DATE`
 *   for a date that is not one; `INVALID_ARGUMENT` with reason `negative-amount` (opening
 *   balance below zero), `negative-rate`, `invalid-option` (`details.option`: `options` not an
 *   object, `ratePercent` not a decimal of at most {@link "@sajja/core".MAX_DECIMAL_LENGTH} characters, an
 *   unknown `weighting`, `contributions` not a list or an entry not an object),
 *   `unknown-option` (an option {@link ShareDividendOptions} does not have),
 *   `not-first-of-month` (`fiscalYearStart`), `outside-fiscal-year` (a movement
 *   dated before the year or from the next year's first day; `details.date`, `start`, `end`:
 *   the year's last day), or `shares-overdrawn` (withdrawals take the shares below zero;
 *   `details.date`, `balance`).
 *
 * @example
 * ```ts
 * // DOMAIN.md's worked example: 100,000 opening, 1,000 every month, 6.15 %.
 * const contributions = Array.from({ length: 12 }, (_, i) => ({
 *   date: `2024-${String(i + 1).padStart(2, '0')}-25`,
 *   amount: '1000',
 * }));
 * shareDividend({
 *   openingBalance: '100000',
 *   contributions,
 *   ratePercent: '6.15',
 *   fiscalYearStart: '2024-01-01',
 *   weighting: 'remaining-months',
 * }).toString(); // '6488.25' (6,150 + 338.25)
 * ```
 */
export function shareDividend(options: ShareDividendOptions): Money {
  checkOptions(
    options,
    ['openingBalance', 'contributions', 'ratePercent', 'fiscalYearStart', 'weighting'],
    'shareDividend',
  );
  const { contributions, weighting } = options;
  const rate = ratePercentOf(options.ratePercent);
  if (!DIVIDEND_WEIGHTINGS.includes(weighting)) {
    throw invalidOption('weighting', weighting, `one of ${DIVIDEND_WEIGHTINGS.join(', ')}`);
  }
  const start = assertIsoDate(options.fiscalYearStart, 'fiscal year start');
  if (!start.endsWith('-01')) {
    throw savingsError(
      'not-first-of-month',
      `A fiscal year starts on the first of a month, not on ${start}.`,
      { input: start },
    );
  }
  const year = shareYear(start, weighting);
  // Weighted capital in satang × units: exact integers, the only decimal step the last.
  const weighted = new Dec(
    satangText(weightedShareCapital(year, options.openingBalance, contributions)),
  );
  const exact = weighted.times(rate).div(year.units * 100);
  return Money.fromDecimal(roundToPlaces(exact, 2, 'half-up'));
}

/**
 * Warnings about a dividend rate that is allowed but worth a second look: above
 * {@link COOPERATIVE_DIVIDEND_CAP_PERCENT} (10 % a year) it gives
 * `DIVIDEND_ABOVE_COOPERATIVE_CAP` with path `'ratePercent'` and `details` `{ rate, cap }`;
 * exactly 10 gives none. {@link shareDividend} computes with any rate, so callers show these
 * beside its result, with {@link "@sajja/core".ruleWarningMessage}.
 *
 * @throws {@link "@sajja/core".SajjaError} `INVALID_ARGUMENT` with reason `invalid-option` for a rate that is
 *   not a decimal of at most {@link "@sajja/core".MAX_DECIMAL_LENGTH} characters, `negative-rate` for one
 *   below zero.
 *
 * @example
 * ```ts
 * dividendWarnings('12');
 * // [{ code: 'DIVIDEND_ABOVE_COOPERATIVE_CAP', path: 'ratePercent', details: { rate: '12', cap: '10' } }]
 * dividendWarnings('10'); // []
 * ```
 */
export function dividendWarnings(ratePercent: string | number): RuleWarning[] {
  const rate = ratePercentOf(ratePercent);
  if (rate.lte(COOPERATIVE_DIVIDEND_CAP_PERCENT)) return [];
  const details = { rate: rate.toFixed(), cap: COOPERATIVE_DIVIDEND_CAP_PERCENT };
  return [{ code: 'DIVIDEND_ABOVE_COOPERATIVE_CAP', path: 'ratePercent', details }];
}

function ratePercentOf(value: unknown): Dec {
  const rate = readBoundedDecimal(value);
  if (rate === 'too-long') {
    throw invalidOption(
      'ratePercent',
      value,
      `a decimal of at most ${MAX_DECIMAL_LENGTH} characters`,
    );
  }
  if (!rate) throw invalidOption('ratePercent', value, 'a decimal such as "6.15"');
  if (rate.lt(0)) {
    throw new SajjaError(
      'INVALID_ARGUMENT',
      'negative-rate',
      `A dividend rate cannot be negative (${rate.toFixed()} %).`,
      { input: value, details: { rate: rate.toFixed() } },
    );
  }
  return rate;
}
