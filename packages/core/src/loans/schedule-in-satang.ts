import { dayNumberOf } from '../dates/iso-date.js';
import { ceilDivide, halfUp, roundUpTo } from '../money/satang.js';
import type { LoanDayCount, LoanMethod } from './loan-terms.js';
import type { RateFraction } from './periodic-rate.js';

/** @internal Loan terms checked and turned into whole satang, exact rate fractions and due dates. */
export interface SchedulePlan {
  readonly principal: bigint;
  readonly termMonths: number;
  readonly method: LoanMethod;
  readonly dayCount: LoanDayCount;
  readonly monthly: RateFraction;
  readonly yearly: RateFraction;
  readonly roundTo: bigint | undefined;
  readonly installment: bigint | undefined;
  readonly dueDates: readonly string[];
  readonly disbursedOn: string;
}

/** @internal What a schedule adds up to, in whole satang, and how many instalments it has. */
export interface ScheduleTotals {
  readonly totalInterest: bigint;
  readonly totalPayment: bigint;
  readonly count: number;
}

/** @internal Receives instalment `k` (from 0) of a schedule, in whole satang. */
export type InstallmentVisitor = (
  k: number,
  payment: bigint,
  principal: bigint,
  interest: bigint,
  balance: bigint,
) => void;

/**
 * @internal Works out a checked plan's instalments in whole satang, handing each to `visit`
 * (when given) and returning the totals: each period's interest rounded half-up once, the
 * payment the method asks for (never below the interest), and the last instalment (number
 * `termMonths`, or the first whose principal reaches the balance) repaying the whole balance.
 * See `loanSchedule` for the rules.
 */
export function walkSchedule(plan: SchedulePlan, visit?: InstallmentVisitor): ScheduleTotals {
  const { principal, termMonths } = plan;
  const interestOn = interestRule(plan);
  const paymentFor = paymentRule(plan);
  const flat = plan.method === 'flat';
  let balance = principal;
  let totalInterest = 0n;
  let totalPayment = 0n;
  let k = 0;
  for (; k < termMonths && balance > 0n; k++) {
    const interest = interestOn(k, flat ? principal : balance);
    let payment = paymentFor(interest);
    if (payment < interest) payment = interest;
    let principalPart = payment - interest;
    if (k === termMonths - 1 || principalPart >= balance) {
      principalPart = balance;
      payment = balance + interest;
    }
    balance -= principalPart;
    totalInterest += interest;
    totalPayment += payment;
    visit?.(k, payment, principalPart, interest, balance);
  }
  return { totalInterest, totalPayment, count: k };
}

/** A period's interest on `base` satang, rounded half-up to the satang. */
type InterestRule = (k: number, base: bigint) => bigint;

function interestRule(plan: SchedulePlan): InterestRule {
  if (plan.dayCount === 'period') {
    const { numerator, denominator } = plan.monthly;
    if (numerator === 0n) return () => 0n;
    // halfUp(base × n, d) = (2·base·n + d) / 2d, with the constant parts worked out once.
    const twiceNumerator = 2n * numerator;
    const twiceDenominator = 2n * denominator;
    return (_k, base) => (base * twiceNumerator + denominator) / twiceDenominator;
  }
  const { numerator, denominator } = plan.yearly;
  const dayNumbers = [plan.disbursedOn, ...plan.dueDates].map(dayNumberOf);
  return (k, base) => {
    const days = BigInt(dayNumbers[k + 1]! - dayNumbers[k]!);
    return halfUp(base * numerator * days, denominator * 365n);
  };
}

/** The payment a method asks for, given the period's interest, before the last-instalment rule. */
type PaymentRule = (interest: bigint) => bigint;

function paymentRule(plan: SchedulePlan): PaymentRule {
  const { method, installment, roundTo } = plan;
  if (method === 'declining') {
    const level = installment ?? levelPayment(plan);
    return () => level;
  }
  if (method === 'flat' && installment !== undefined) return () => installment;
  const principalPart = installment ?? halfUp(plan.principal, BigInt(plan.termMonths));
  // A fixed instalment is charged as given: rounding it again would change the loan it keeps.
  return roundTo === undefined || installment !== undefined
    ? (interest) => principalPart + interest
    : (interest) => roundUpTo(principalPart + interest, roundTo);
}

/**
 * Excel's `PMT(i, n, −P)` = `P·i·(1+i)^n / ((1+i)^n − 1)` exactly: with `i = a/b` it is
 * `P·a·(a+b)^n / (b·((a+b)^n − b^n))`, a ratio of integers, rounded once.
 */
function levelPayment(plan: SchedulePlan): bigint {
  const { principal, termMonths, roundTo } = plan;
  const { numerator: a, denominator: b } = plan.monthly;
  let exactNumerator = principal;
  let exactDenominator = BigInt(termMonths);
  if (a !== 0n) {
    const grown = (a + b) ** BigInt(termMonths);
    exactNumerator = principal * a * grown;
    exactDenominator = b * (grown - b ** BigInt(termMonths));
  }
  return roundTo === undefined
    ? halfUp(exactNumerator, exactDenominator)
    : ceilDivide(exactNumerator, exactDenominator * roundTo) * roundTo;
}
