import { savingsError } from './savings-sentences.js';
import { addDays, addMonths, assertIsoDate, daysBetween } from '../dates/iso-date.js';
import { checkList } from '../errors/check-option-keys.js';
import { invalidOption, SajjaError } from '../errors/sajja-error.js';
import { money, type MoneyInput } from '../money/money.js';
import { rememberSatang } from '../money/remembered-satang.js';
import { satangOf, satangText } from '../money/satang.js';
import type { DividendWeighting, ShareContribution } from './share-dividend.js';

/**
 * @internal A fiscal year as a dividend weighting counts it: the units a year has (12, 11 or
 * its days) and each date's units, checked once per date and kept, so a year of a whole
 * fund's share movements reads each of its few hundred dates once, and each of its amount
 * texts once too.
 */
export interface ShareYear {
  /** The year's first day, the first of a month (checked by the caller). */
  readonly start: string;
  /** The next year's first day. */
  readonly next: string;
  /** A year's units: 12, 11, or the fiscal year's days. */
  readonly units: number;
  /** Units of a year each date already seen (valid, inside the year) weighs. */
  readonly unitsOfDate: Map<string, bigint>;
  readonly byDays: boolean;
  /** The satang of the amount texts read so far. */
  readonly satangOfText: Map<string, bigint>;
}

/** @internal The fiscal year from `start` (a valid first of a month) under `weighting`. */
export function shareYear(start: string, weighting: DividendWeighting): ShareYear {
  const next = addMonths(start, 12);
  const byDays = weighting === 'share-days';
  const units = byDays ? daysBetween(start, next) : weighting === 'remaining-months' ? 12 : 11;
  return {
    start,
    next,
    units,
    unitsOfDate: new Map(),
    byDays,
    satangOfText: new Map(),
  };
}

/**
 * @internal A member's share capital weighted by how long it was held in `year`, in satang ×
 * units: the opening balance × the year's units, plus each movement × its date's units (12 −
 * fiscal month, or the days from its date to the year's end). Checks, in this order and with
 * {@link "@sajja/core/savings".shareDividend}'s errors: the opening balance (an amount, not
 * negative), `contributions` (a list of objects), each entry's date (a date inside the year)
 * and amount, and then that the shares never fall below zero at the end of a day.
 */
export function weightedShareCapital(
  year: ShareYear,
  openingBalance: MoneyInput,
  contributions: unknown,
): bigint {
  const opening = satangOfAmount(openingBalance);
  if (opening < 0n) {
    throw new SajjaError(
      'INVALID_ARGUMENT',
      'negative-amount',
      `The opening share balance cannot be negative (${satangText(opening)}).`,
      { input: openingBalance },
    );
  }
  // A hole is refused before the walk: a sparse list of a billion slots would take minutes.
  const list = checkList(contributions, 'contributions', 'contribution');
  let weighted = opening * BigInt(year.units);
  let withdrawn = 0n;
  list.forEach((entry: unknown, index) => {
    if (typeof entry !== 'object' || entry === null) {
      throw invalidOption(`contributions[${index}]`, entry, 'an object with a date and an amount');
    }
    const { date, amount } = entry as ShareContribution;
    const units = year.unitsOfDate.get(date) ?? unitsOfNewDate(year, date, index, entry);
    const satang = satangOfMovement(year, amount);
    weighted += satang * units;
    if (satang < 0n) withdrawn -= satang;
  });
  // Shares cannot fall below zero when every withdrawal together leaves the opening balance.
  if (withdrawn > opening) assertNeverOverdrawn(opening, contributions as ShareContribution[]);
  return weighted;
}

/** The whole satang of an amount {@link money} reads, throwing as it does; text without a Money. */
function satangOfAmount(amount: MoneyInput): bigint {
  return satangOf(typeof amount === 'string' ? amount : money(amount));
}

/** The whole satang of a movement's amount, its text read once a year. */
function satangOfMovement(year: ShareYear, amount: MoneyInput): bigint {
  if (typeof amount !== 'string') return satangOfAmount(amount);
  let satang = year.satangOfText.get(amount);
  if (satang === undefined) {
    satang = satangOfAmount(amount);
    rememberSatang(year.satangOfText, amount, satang);
  }
  return satang;
}

/** Checks a date not seen before in `year` and keeps its units. */
function unitsOfNewDate(year: ShareYear, date: string, index: number, entry: unknown): bigint {
  const label = `contributions[${index}]`;
  assertIsoDate(date, `${label}.date`);
  const { start, next } = year;
  if (date < start || date >= next) {
    const end = addDays(next, -1);
    throw savingsError(
      'outside-fiscal-year',
      `${label} is dated ${date}, outside the fiscal year ${start} to ${end}.`,
      { input: entry, details: { date, start, end } },
    );
  }
  const units = BigInt(year.byDays ? daysBetween(date, next) : 12 - fiscalMonth(start, date));
  year.unitsOfDate.set(date, units);
  return units;
}

/** Throws `shares-overdrawn` at the first day whose movements leave the shares below zero. */
function assertNeverOverdrawn(opening: bigint, contributions: readonly ShareContribution[]): void {
  const netByDate = new Map<string, bigint>();
  contributions.forEach(({ date, amount }) => {
    netByDate.set(date, (netByDate.get(date) ?? 0n) + satangOfAmount(amount));
  });
  let balance = opening;
  for (const date of [...netByDate.keys()].sort()) {
    balance += netByDate.get(date)!;
    if (balance < 0n) {
      const shown = satangText(balance);
      throw savingsError(
        'shares-overdrawn',
        `Withdrawals on ${date} take the shares below zero (${shown}).`,
        { input: contributions, details: { date, balance: shown } },
      );
    }
  }
}

/** The fiscal month (1–12) of a date inside the year that starts on `start`, the first of a month. */
function fiscalMonth(start: string, date: string): number {
  const months = (iso: string): number => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7));
  return months(date) - months(start) + 1;
}
