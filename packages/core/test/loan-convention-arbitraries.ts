import fc from 'fast-check';
import { addDays } from '../src/index.js';
import type { LoanTerms, RepayEvery } from '../src/loans/loan-terms.js';
import { satangToText, textToSatang } from './arbitraries.js';

/*
 * issue 20: loan terms with every convention, in every combination loanSchedule accepts, for
 * the property tests of schedules and repayments. Terms that would combine options that make no
 * sense are turned into the nearest terms that do (rather than filtered out), so every run
 * tests a loan.
 */

/** The conventions a loan may add to its terms, before they are made to fit together. */
export interface ConventionChoices {
  readonly repayEvery: RepayEvery;
  readonly roundPaymentMode: LoanTerms['roundPaymentMode'];
  readonly roundingMode: LoanTerms['roundingMode'];
  readonly flatInterest: LoanTerms['flatInterest'];
  readonly graceOnPrincipal: number;
  readonly graceOnInterestPayment: number;
  readonly interestFreePeriods: number;
  readonly paymentTiming: LoanTerms['paymentTiming'];
  readonly levelPayment: LoanTerms['levelPayment'];
  readonly dayCount: LoanTerms['dayCount'];
  /** Where later tranches fall, as fractions (per mille) of the term, and their share. */
  readonly tranches: readonly (readonly [at: number, share: number])[];
}

export const conventionChoices: fc.Arbitrary<ConventionChoices> = fc.record({
  repayEvery: fc.constantFrom<RepayEvery>(
    { count: 1, unit: 'month' },
    { count: 1, unit: 'month' },
    { count: 3, unit: 'month' },
    { count: 1, unit: 'week' },
    { count: 2, unit: 'week' },
    { count: 10, unit: 'day' },
  ),
  roundPaymentMode: fc.constantFrom(undefined, 'up' as const, 'nearest' as const, 'down' as const),
  roundingMode: fc.constantFrom(undefined, 'half-up' as const, 'half-even' as const),
  flatInterest: fc.constantFrom(undefined, 'per-installment' as const, 'contract-total' as const),
  graceOnPrincipal: fc.constantFrom(0, 0, 1, 2, 3),
  graceOnInterestPayment: fc.constantFrom(0, 0, 1, 2, 3),
  interestFreePeriods: fc.constantFrom(0, 0, 1, 2, 4),
  paymentTiming: fc.constantFrom(undefined, 'end' as const, 'start' as const),
  levelPayment: fc.constantFrom(undefined, 'periodic' as const, 'actual-days' as const),
  dayCount: fc.constantFrom(
    undefined,
    'period' as const,
    'actual/365' as const,
    'actual/actual' as const,
    '30/360' as const,
  ),
  tranches: fc.array(fc.tuple(fc.integer({ min: 1, max: 900 }), fc.integer({ min: 1, max: 60 })), {
    maxLength: 2,
  }),
});

/**
 * `base` (a monthly loan with `termMonths`) with `choices` added where they fit: a count of
 * instalments for other frequencies, a contract total only on flat loans, a level payment on
 * actual days only for declining loans on a day count on days, 30/360 only monthly, graces
 * shorter than the loan, tranches only for loans repaid at the end of their periods.
 */
export function withConventions(base: LoanTerms, choices: ConventionChoices): LoanTerms {
  const count = base.termMonths ?? base.installmentCount ?? 1;
  const monthly = choices.repayEvery.unit === 'month' && choices.repayEvery.count === 1;
  const dayCount =
    choices.dayCount === '30/360' && choices.repayEvery.unit !== 'month'
      ? 'actual/365'
      : (choices.dayCount ?? base.dayCount);
  const flat = base.method === 'flat';
  const contract = choices.flatInterest === 'contract-total' && flat;
  const start = choices.paymentTiming === 'start' && !contract;
  const terms: Record<string, unknown> = { ...base };
  delete terms.termMonths;
  if (monthly) terms.termMonths = count;
  else {
    terms.installmentCount = count;
    terms.repayEvery = choices.repayEvery;
  }
  if (dayCount !== undefined) terms.dayCount = dayCount;
  else delete terms.dayCount;
  if (base.roundPaymentTo !== undefined && choices.roundPaymentMode !== undefined) {
    terms.roundPaymentMode = choices.roundPaymentMode;
  }
  if (choices.roundingMode !== undefined) terms.roundingMode = choices.roundingMode;
  if (flat && choices.flatInterest !== undefined) terms.flatInterest = choices.flatInterest;
  if (choices.graceOnPrincipal < count) terms.graceOnPrincipal = choices.graceOnPrincipal;
  if (choices.graceOnInterestPayment < count) {
    terms.graceOnInterestPayment = choices.graceOnInterestPayment;
  }
  if (choices.interestFreePeriods <= count) terms.interestFreePeriods = choices.interestFreePeriods;
  if (start) {
    terms.paymentTiming = 'start';
    delete terms.firstDueOn;
  }
  if (
    choices.levelPayment === 'actual-days' &&
    base.method === 'declining' &&
    dayCount !== undefined &&
    dayCount !== 'period'
  ) {
    terms.levelPayment = 'actual-days';
  }
  if (
    !start &&
    terms.flatInterest !== 'contract-total' &&
    choices.tranches.length > 0 &&
    count > 1
  ) {
    const disbursements = tranchesOf(terms as unknown as LoanTerms, count, choices);
    if (disbursements) terms.disbursements = disbursements;
  }
  return terms as unknown as LoanTerms;
}

/** Tranches after the first, at fractions of the term, each a share (%) of what is left. */
function tranchesOf(terms: LoanTerms, count: number, choices: ConventionChoices) {
  const principal = textToSatang(String(terms.principal));
  const every = choices.repayEvery;
  const periodDays =
    every.unit === 'month'
      ? 28 * every.count
      : every.unit === 'week'
        ? 7 * every.count
        : every.count;
  // Strictly before the last due date, whatever the months' lengths.
  const span = periodDays * (count - 1);
  const days = [
    ...new Set(choices.tranches.map(([at]) => Math.max(1, Math.floor((span * at) / 1000)))),
  ]
    .filter((day) => day < span)
    .sort((a, b) => a - b);
  let left = principal;
  const later: { on: string; amount: string }[] = [];
  for (const [index, day] of days.entries()) {
    const share = (left * BigInt(choices.tranches[index]![1])) / 100n;
    if (share <= 0n || share >= left) continue;
    left -= share;
    later.push({ on: addDays(terms.disbursedOn, day), amount: satangToText(share) });
  }
  if (later.length === 0) return undefined;
  return [{ on: terms.disbursedOn, amount: satangToText(left) }, ...later];
}
