import { checkList, checkOptionKeys } from '../errors/check-option-keys.js';
import { invalidOption, SajjaError } from '../errors/sajja-error.js';
import { assertIsoDate } from '../dates/iso-date.js';
import { money } from '../money/money.js';
import { moneyOfSatang, satangOf } from '../money/satang.js';
import { checkRepayEvery, dueDatesOf } from './due-dates.js';
import { conflictingOptions, loanError } from './loan-sentences.js';
import {
  FLAT_INTEREST_RULES,
  LEVEL_PAYMENT_RULES,
  LOAN_DAY_COUNTS,
  LOAN_METHODS,
  LOAN_ROUNDING_MODES,
  LOAN_TERM_FIELDS,
  PAYMENT_TIMINGS,
  ROUND_PAYMENT_MODES,
  type LoanTerms,
  type RepayEvery,
} from './loan-terms.js';
import { pointOf } from './period-weight.js';
import {
  checkRate,
  monthlyRateFraction,
  yearlyRateFraction,
  type RateFraction,
} from './periodic-rate.js';
import type { PlanTranche, SchedulePlan } from './schedule-in-satang.js';

/** The longest term a schedule accepts, in months (50 years). */
export const MAX_TERM_MONTHS = 600;

/** The most instalments a schedule accepts with `installmentCount` (100 years of months). */
export const MAX_INSTALLMENTS = 1200;

/**
 * @internal `terms` checked as `loanSchedule` documents, as the plan `walkSchedule` works out in
 * whole satang.
 */
export function planOf(terms: LoanTerms): SchedulePlan {
  if (typeof terms !== 'object' || terms === null) {
    throw invalidOption('terms', terms, 'an object of loan terms');
  }
  checkOptionKeys(terms, LOAN_TERM_FIELDS, 'LoanTerms');
  const principalMoney = money(terms.principal);
  // Read as whole satang: a Money made from text has no decimal until one is asked for.
  const principal = satangOf(principalMoney);
  if (principal <= 0n) {
    throw new SajjaError(
      'INVALID_AMOUNT',
      'not-positive',
      `A loan's principal must be more than 0, not ${principalMoney.toString()}.`,
      { input: terms.principal },
    );
  }
  const rate = checkRate(terms.rate);
  const { method } = terms;
  const repayEvery = checkRepayEvery(terms.repayEvery);
  const count = installmentCountOf(terms, repayEvery);
  if (!LOAN_METHODS.includes(method)) {
    throw invalidOption('method', method, `one of ${LOAN_METHODS.join(', ')}`);
  }
  const dayCount = oneOf('dayCount', terms.dayCount, LOAN_DAY_COUNTS);
  const roundPaymentMode = oneOf('roundPaymentMode', terms.roundPaymentMode, ROUND_PAYMENT_MODES);
  const roundingMode = oneOf('roundingMode', terms.roundingMode, LOAN_ROUNDING_MODES);
  const flatInterest = oneOf('flatInterest', terms.flatInterest, FLAT_INTEREST_RULES);
  const paymentTiming = oneOf('paymentTiming', terms.paymentTiming, PAYMENT_TIMINGS);
  const levelPayment = oneOf('levelPayment', terms.levelPayment, LEVEL_PAYMENT_RULES);
  const countName = terms.installmentCount === undefined ? 'termMonths' : 'installmentCount';
  const graceOnPrincipal = graceOf(terms, 'graceOnPrincipal', count - 1, countName);
  const graceOnInterestPayment = graceOf(terms, 'graceOnInterestPayment', count - 1, countName);
  const interestFreePeriods = graceOf(terms, 'interestFreePeriods', count, countName);
  const roundTo = positiveSatang('roundPaymentTo', terms.roundPaymentTo);
  if (terms.roundPaymentMode !== undefined && roundTo === undefined) {
    throw conflictingOptions(
      'roundPaymentMode',
      'roundPaymentTo',
      'it needs a roundPaymentTo.',
      terms.roundPaymentMode,
    );
  }
  if (flatInterest === 'contract-total') {
    if (method !== 'flat') {
      throw conflictingOptions('flatInterest', 'method', `only 'flat' loans have one.`, method);
    }
    if (paymentTiming === 'start') {
      throw conflictingOptions(
        'flatInterest',
        'paymentTiming',
        'a loan repaid at the start of its periods has one period fewer.',
        paymentTiming,
      );
    }
    if (terms.disbursements !== undefined && terms.disbursements.length > 1) {
      throw conflictingOptions(
        'flatInterest',
        'disbursements',
        'tranches change the principal.',
        terms.disbursements,
      );
    }
  }
  if (levelPayment === 'actual-days') {
    if (method !== 'declining') {
      throw conflictingOptions(
        'levelPayment',
        'method',
        `only 'declining' loans have one.`,
        method,
      );
    }
    if (dayCount === 'period') {
      throw conflictingOptions(
        'levelPayment',
        'dayCount',
        'it needs a day count on days.',
        dayCount,
      );
    }
  }
  if (dayCount === '30/360' && repayEvery.unit !== 'month') {
    throw conflictingOptions('dayCount', 'repayEvery', '30/360 is for monthly loans.', repayEvery);
  }
  if (
    paymentTiming === 'start' &&
    terms.disbursements !== undefined &&
    terms.disbursements.length > 1
  ) {
    throw conflictingOptions(
      'paymentTiming',
      'disbursements',
      'such a loan is paid out at once.',
      terms.disbursements,
    );
  }
  const days: number[] = [];
  const dueDates = dueDatesOf(terms, count, repayEvery, days);
  const disbursedOn = terms.disbursedOn;
  const anchorDay = terms.dueDayOfMonth ?? Number((terms.firstDueOn ?? disbursedOn).slice(8, 10));
  const start = pointOf(disbursedOn);
  const duePoints = dueDates.map((iso, k) => ({ iso, day: days[k]! }));
  const tranches =
    terms.disbursements === undefined
      ? [{ point: start, amount: principal }]
      : tranchesOf(terms, principal, dueDates[dueDates.length - 1]!);
  const monthly = monthlyRateFraction(rate);
  const yearly = yearlyRateFraction(rate);
  return {
    principal,
    count,
    method,
    dayCount,
    repayEvery,
    periodic: periodicRate(repayEvery, monthly, yearly),
    monthly,
    yearly,
    roundTo,
    roundPaymentMode,
    roundingMode,
    installment: positiveSatang('installment', terms.installment),
    dueDates,
    duePoints,
    start,
    tranches,
    disbursedOn,
    anchorDay,
    flatInterest,
    graceOnPrincipal,
    graceOnInterestPayment,
    interestFreePeriods,
    paymentTiming,
    levelPayment,
    carriedIn: 0n,
  };
}

/**
 * The nominal rate of one period: a month's rate × the months between instalments; the yearly
 * rate ÷ 52 × the weeks, or ÷ 365 × the days.
 */
function periodicRate(
  every: RepayEvery,
  monthly: RateFraction,
  yearly: RateFraction,
): RateFraction {
  if (every.unit === 'month') {
    if (every.count === 1) return monthly;
    return { numerator: monthly.numerator * BigInt(every.count), denominator: monthly.denominator };
  }
  const perYear = every.unit === 'week' ? 52n : 365n;
  return {
    numerator: yearly.numerator * BigInt(every.count),
    denominator: yearly.denominator * perYear,
  };
}

/** The number of instalments: `termMonths` for a monthly loan, or `installmentCount`. */
function installmentCountOf(terms: LoanTerms, every: RepayEvery): number {
  const { termMonths, installmentCount } = terms;
  if (termMonths !== undefined && installmentCount !== undefined) {
    throw conflictingOptions(
      'installmentCount',
      'termMonths',
      'give one of them.',
      installmentCount,
    );
  }
  if (installmentCount !== undefined) {
    if (
      !Number.isInteger(installmentCount) ||
      installmentCount < 1 ||
      installmentCount > MAX_INSTALLMENTS
    ) {
      throw invalidOption(
        'installmentCount',
        installmentCount,
        `a whole number from 1 to ${MAX_INSTALLMENTS}`,
      );
    }
    return installmentCount;
  }
  if (!Number.isInteger(termMonths) || termMonths! < 1 || termMonths! > MAX_TERM_MONTHS) {
    throw invalidOption(
      'termMonths',
      termMonths,
      `a whole number from 1 to ${MAX_TERM_MONTHS} (or give installmentCount)`,
    );
  }
  if (every.unit !== 'month' || every.count !== 1) {
    throw conflictingOptions(
      'termMonths',
      'repayEvery',
      'give installmentCount when not monthly.',
      termMonths,
    );
  }
  return termMonths!;
}

/** An optional choice among `values`, the first being the default. */
function oneOf<T extends string>(option: string, value: T | undefined, values: readonly T[]): T {
  if (value === undefined) return values[0]!;
  if (!values.includes(value)) throw invalidOption(option, value, `one of ${values.join(', ')}`);
  return value;
}

/** A whole number of instalments from 0 to `max` (default 0), or an error naming the option. */
function graceOf(
  terms: LoanTerms,
  option: 'graceOnPrincipal' | 'graceOnInterestPayment' | 'interestFreePeriods',
  max: number,
  countName: string,
): number {
  const value = terms[option];
  if (value === undefined) return 0;
  if (!Number.isInteger(value) || value < 0) {
    throw invalidOption(option, value, 'a whole number of instalments, 0 or more');
  }
  if (value > max) {
    throw conflictingOptions(
      option,
      countName,
      `${value} is more than the ${max} it allows.`,
      value,
    );
  }
  return value;
}

/** An optional amount of at least 0.01 in satang, or an error naming the option. */
export function positiveSatang(option: string, value: unknown): bigint | undefined {
  if (value === undefined) return undefined;
  const satang = satangOf(money(value as string));
  if (satang <= 0n) throw invalidOption(option, value, 'an amount of at least 0.01');
  return satang;
}

/**
 * The checked tranches: the first on `disbursedOn`, in strictly increasing date order, each
 * more than 0, before the last due date, adding up to `principal`.
 */
function tranchesOf(terms: LoanTerms, principal: bigint, lastDue: string): PlanTranche[] {
  const given = terms.disbursements;
  checkList(given, 'disbursements', 'tranche');
  const tranches: PlanTranche[] = [];
  let sum = 0n;
  let previous = '';
  given!.forEach((tranche, index) => {
    const label = `disbursements[${index}]`;
    if (typeof tranche !== 'object' || tranche === null) {
      throw invalidOption(label, tranche, "a tranche: { on: 'YYYY-MM-DD', amount }");
    }
    checkOptionKeys(tranche, ['on', 'amount'], 'A tranche', `${label}.`);
    const on = assertIsoDate(tranche.on, `${label}.on`);
    const amount = positiveSatang(`${label}.amount`, tranche.amount);
    if (amount === undefined) throw invalidOption(`${label}.amount`, undefined, 'an amount');
    if ((index === 0 && on !== terms.disbursedOn) || on <= previous || on >= lastDue) {
      throw mismatch(principal, tranche);
    }
    previous = on;
    sum += amount;
    tranches.push({ point: pointOf(on), amount });
  });
  if (tranches.length === 0 || sum !== principal) throw mismatch(principal, given);
  return tranches;
}

function mismatch(principal: bigint, input: unknown): SajjaError<'INVALID_ARGUMENT'> {
  const text = moneyOfSatang(principal).toString();
  return loanError(
    'disbursements-mismatch',
    `The tranches must add up to the principal (${text}), the first on disbursedOn, the others in date order before the last due date.`,
    { input, details: { principal: text } },
  );
}
