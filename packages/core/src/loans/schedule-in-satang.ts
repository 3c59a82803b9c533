import type {
  FlatInterest,
  LevelPayment,
  LoanDayCount,
  LoanMethod,
  LoanRoundingMode,
  PaymentTiming,
  RepayEvery,
  RoundPaymentMode,
} from './loan-terms.js';
import { rounderOf, roundToMultiple, type Rounder } from './loan-rounding.js';
import {
  actualActualDays,
  actualActualWeight,
  periodWeight,
  type SchedulePoint,
  type Weight,
} from './period-weight.js';

const ONE: Weight = { numerator: 1n, denominator: 1n };
import type { RateFraction } from './periodic-rate.js';

/** @internal One tranche of a plan: paid out at `point`, `amount` satang. */
export interface PlanTranche {
  readonly point: SchedulePoint;
  readonly amount: bigint;
}

/** @internal Loan terms checked and turned into whole satang, exact rate fractions and dates. */
export interface SchedulePlan {
  /** Everything lent: the tranches' sum. */
  readonly principal: bigint;
  /** The number of instalments. */
  readonly count: number;
  readonly method: LoanMethod;
  readonly dayCount: LoanDayCount;
  readonly repayEvery: RepayEvery;
  /** The nominal rate of one period (a month's rate × months, a year's ÷ 52 × weeks, ÷ 365 × days). */
  readonly periodic: RateFraction;
  readonly monthly: RateFraction;
  readonly yearly: RateFraction;
  readonly roundTo: bigint | undefined;
  readonly roundPaymentMode: RoundPaymentMode;
  readonly roundingMode: LoanRoundingMode;
  readonly installment: bigint | undefined;
  readonly dueDates: readonly string[];
  /** The due dates as the day counts read them. */
  readonly duePoints: readonly SchedulePoint[];
  /** Where the first period begins: the disbursement, or a period's start when rebuilt. */
  readonly start: SchedulePoint;
  /** What is paid out and when, in date order, none before `start`. */
  readonly tranches: readonly PlanTranche[];
  readonly disbursedOn: string;
  /** The day of the month monthly due dates keep. */
  readonly anchorDay: number;
  readonly flatInterest: FlatInterest;
  readonly graceOnPrincipal: number;
  readonly graceOnInterestPayment: number;
  readonly interestFreePeriods: number;
  readonly paymentTiming: PaymentTiming;
  readonly levelPayment: LevelPayment;
  /**
   * Interest deferred before the first period (a schedule rebuilt after a prepayment while
   * interest is deferred), carried like the interest of a grace period; 0 otherwise.
   */
  readonly carriedIn: bigint;
}

/** @internal What a schedule adds up to, in whole satang, and how many instalments it has. */
export interface ScheduleTotals {
  readonly totalInterest: bigint;
  readonly totalPayment: bigint;
  readonly count: number;
  /**
   * The instalment a `'reduce-term'` prepayment keeps: a `'declining'` loan's level payment, an
   * `'equal-principal'` loan's principal part, a `'flat'` loan's first payment after the grace.
   */
  readonly regular: bigint;
}

/**
 * @internal Receives instalment `k` (from 0) of a schedule, in whole satang: what it asks
 * (`payment = principal + interest`), the balance after it, what interest it has earned by
 * its due date (`earned`, which differs from `interest` only when interest is deferred), and
 * the part of that earned by earlier instalments whose interest was deferred (`carriedIn`).
 */
export type InstallmentVisitor = (
  k: number,
  payment: bigint,
  principal: bigint,
  interest: bigint,
  balance: bigint,
  earned: bigint,
  carriedIn: bigint,
) => void;

/**
 * @internal Works out a checked plan's instalments in whole satang, handing each to `visit`
 * (when given) and returning the totals: each period's interest rounded once, the payment the
 * method asks for (never below the interest), and the last instalment (number `count`, or the
 * first whose principal reaches the balance with nothing left to pay out) repaying the whole
 * balance. See `loanSchedule` for the rules.
 */
export function walkSchedule(plan: SchedulePlan, visit?: InstallmentVisitor): ScheduleTotals {
  const { count, method, duePoints, tranches, dayCount } = plan;
  const round = rounderOf(plan.roundingMode);
  const flat = method === 'flat';
  const rate = dayCount === 'period' ? plan.periodic : plan.yearly;
  const freeUntil = freeInstallments(plan);
  const deferUntil = plan.graceOnInterestPayment;
  const amortizeFrom = plan.graceOnPrincipal;
  const contract =
    flat && plan.flatInterest === 'contract-total' ? contractTotal(plan, round) : undefined;
  // 'period' and 'actual/365' weigh a period without a table of weights.
  const weights =
    dayCount === 'period' || dayCount === 'actual/365' ? undefined : periodWeights(plan);
  const wholeInterest = wholeInterestRule(plan);
  let balance = 0n;
  let disbursed = 0n;
  let nextTranche = 0;
  let carried = plan.carriedIn;
  let level = -1n;
  let regular = -1n;
  let ownSum = 0n;
  let totalInterest = 0n;
  let paidOutAtDue = false;
  let start = plan.start;
  let k = 0;
  for (; k < count; k++) {
    const end = duePoints[k]!;
    const lasts = end.day > start.day;
    // Tranches paid out within this period (a loan repaid from its first day takes its money
    // on the day of its first instalment), weighing the balance by actual days.
    let weighted = 0n;
    let cursor = start;
    let paidOut = paidOutAtDue;
    paidOutAtDue = false;
    while (nextTranche < tranches.length) {
      const tranche = tranches[nextTranche]!;
      if (!(tranche.point.day < end.day || (!lasts && tranche.point.day === end.day))) break;
      nextTranche++;
      if (tranche.point.day > cursor.day) {
        weighted += (flat ? disbursed : balance) * daysWeight(dayCount, cursor, tranche.point);
        cursor = tranche.point;
      }
      balance += tranche.amount;
      disbursed += tranche.amount;
      paidOut = true;
    }
    if (balance === 0n && nextTranche === tranches.length) break;
    const base = flat ? disbursed : balance;
    const weight =
      weights !== undefined
        ? weights[k]!
        : dayCount === 'period'
          ? ONE
          : { numerator: BigInt(end.day - start.day), denominator: 365n };
    const charged = k >= freeUntil && lasts && rate.numerator !== 0n;
    // The period's exact interest, `numerator / denominator`, when money was paid out within it.
    let numerator = 0n;
    let denominator = 1n;
    let own = 0n;
    if (charged && contract !== undefined) {
      own = contract.each;
    } else if (charged && cursor.day === start.day) {
      own = wholeInterest(base, weight);
    } else if (charged) {
      weighted += base * daysWeight(dayCount, cursor, end);
      // Shares by days of the period's weight ('actual/actual' weighs each year's days).
      const whole = dayCount === 'actual/actual' ? 1n : BigInt(end.day - start.day);
      numerator =
        weighted * rate.numerator * (dayCount === 'actual/actual' ? 1n : weight.numerator);
      denominator =
        rate.denominator *
        (dayCount === 'actual/actual' ? weight.denominator : weight.denominator * whole);
      own = round(numerator, denominator);
    }
    // What the payment is split with: the interest itself, but under 'period' a whole period's
    // interest on the balance when money was paid out within the period (a prepayment's rebuilt
    // instalment keeps the principal part of a whole month).
    const split =
      dayCount === 'period' && cursor.day !== start.day && charged && contract === undefined
        ? wholeInterest(base, ONE)
        : own;
    // The principal part this instalment asks.
    let principalPart = 0n;
    if (k >= amortizeFrom) {
      if (level < 0n || paidOut) {
        level = levelAt(
          plan,
          k,
          balance,
          round,
          cursor.day !== start.day ? [numerator, denominator] : undefined,
        );
      }
      if (method === 'declining') {
        principalPart = level - split;
      } else {
        principalPart = flat && plan.installment !== undefined ? level - split : level;
        if (plan.roundTo !== undefined && plan.installment === undefined) {
          const payment = roundToMultiple(
            principalPart + split,
            1n,
            plan.roundTo,
            plan.roundPaymentMode,
            round,
          );
          principalPart = payment - split;
        }
      }
      if (principalPart < 0n) principalPart = 0n;
      if (regular < 0n) {
        // What the first instalment after any grace keeps: a declining loan's level payment,
        // an equal-principal loan's principal part, a flat loan's payment.
        regular =
          method === 'declining'
            ? level
            : method === 'flat'
              ? principalPart + split
              : principalPart;
      }
    }
    const moreToPayOut = nextTranche < tranches.length;
    const last = k === count - 1 || (principalPart >= balance && !moreToPayOut);
    if (last && !moreToPayOut) {
      principalPart = balance;
      if (contract !== undefined) own = contract.total - ownSum;
    } else if (principalPart > balance) {
      principalPart = balance;
    }
    if (contract !== undefined) ownSum += own;
    // Interest charged now, or deferred to the first instalment after the grace.
    const carriedIn = carried;
    let interest = 0n;
    if (k < deferUntil && !last) {
      carried += own;
    } else {
      interest = carried === 0n ? own : carried + own;
      carried = 0n;
    }
    balance -= principalPart;
    // Money paid out on the due date is owed from then on: in this instalment's balance.
    while (nextTranche < tranches.length && tranches[nextTranche]!.point.day === end.day) {
      const { amount } = tranches[nextTranche++]!;
      balance += amount;
      disbursed += amount;
      paidOutAtDue = true;
    }
    totalInterest += interest;
    visit?.(
      k,
      principalPart + interest,
      principalPart,
      interest,
      balance,
      carriedIn + own,
      carriedIn,
    );
    start = end;
    if (balance === 0n && nextTranche === tranches.length) {
      k++;
      break;
    }
  }
  if (regular < 0n) regular = 0n;
  // Every payment is its principal part and interest; the principal parts repaid what was paid
  // out but the balance left.
  return { totalInterest, totalPayment: totalInterest + disbursed - balance, count: k, regular };
}

const WEIGHTS = /* @__PURE__ */ new WeakMap<SchedulePlan, readonly Weight[]>();

/**
 * @internal The weight of each period of `plan` under its day count (see `periodWeight`),
 * worked out once per plan: under 30/360 every period from the third on runs between two due
 * dates on the anchor day, a whole number of months (the first may be a stub, and the second
 * starts on a first due date that may be off the anchor day).
 */
export function periodWeights(plan: SchedulePlan): readonly Weight[] {
  let weights = WEIGHTS.get(plan);
  if (weights === undefined) {
    const { dayCount, duePoints, anchorDay, repayEvery } = plan;
    const months = {
      numerator: BigInt(30 * repayEvery.count),
      denominator: 360n,
    };
    const list: Weight[] = [];
    // Periods of equal 'actual/actual' weight share one (a schedule has few).
    const shared = new Map<number, Weight>();
    let start = plan.start;
    for (let k = 0; k < duePoints.length; k++) {
      const end = duePoints[k]!;
      const days = dayCount === 'actual/actual' ? actualActualWeight(start, end) : -1;
      let weight = shared.get(days);
      if (weight === undefined) {
        weight =
          dayCount === '30/360' && k > 1 ? months : periodWeight(dayCount, start, end, anchorDay);
        if (days >= 0) shared.set(days, weight);
      }
      list.push(weight);
      start = end;
    }
    weights = list;
    WEIGHTS.set(plan, weights);
  }
  return weights;
}

/**
 * @internal The instalments whose periods are interest-free: the first `interestFreePeriods`,
 * or one more when instalments are paid at the start of their periods (the first, on the day of
 * the disbursement, has no period).
 */
export function freeInstallments(plan: SchedulePlan): number {
  return plan.interestFreePeriods + (plan.paymentTiming === 'start' ? 1 : 0);
}

/**
 * A whole period's interest on `base` at the plan's rate and a period weight, rounded once, as
 * `(2·base·w·n + d) / 2d` (half-up; half-even steps back from an odd tie) with the constants
 * worked out once: under 'period' with half-up rounding (every default schedule) for the whole
 * schedule, else again only when the weight's denominator changes (a schedule has few).
 */
function wholeInterestRule(plan: SchedulePlan): (base: bigint, weight: Weight) => bigint {
  const rate = plan.dayCount === 'period' ? plan.periodic : plan.yearly;
  const { numerator, denominator } = rate;
  const twiceNumerator = 2n * numerator;
  if (plan.roundingMode === 'half-up' && plan.dayCount === 'period') {
    const twiceDenominator = 2n * denominator;
    return (base) => (base * twiceNumerator + denominator) / twiceDenominator;
  }
  const halfEven = plan.roundingMode === 'half-even';
  let weightDenominator = 0n;
  let divisor = 0n;
  let twiceDivisor = 0n;
  return (base, weight) => {
    if (weight.denominator !== weightDenominator) {
      weightDenominator = weight.denominator;
      divisor = weightDenominator * denominator;
      twiceDivisor = 2n * divisor;
    }
    const twice = base * weight.numerator * twiceNumerator + divisor;
    const rounded = twice / twiceDivisor;
    return halfEven && (rounded & 1n) === 1n && rounded * twiceDivisor === twice
      ? rounded - 1n
      : rounded;
  };
}

/**
 * The weight of the days from `from` to `to` within a period, for sharing the period's weight
 * by days: actual days, or under 'actual/actual' each year's days (over 365 × 366).
 */
function daysWeight(dayCount: SchedulePlan['dayCount'], from: SchedulePoint, to: SchedulePoint) {
  return dayCount === 'actual/actual' ? actualActualDays(from, to) : BigInt(to.day - from.day);
}

/** A flat loan's contract total: the whole interest rounded once, and each instalment's share. */
interface ContractTotal {
  readonly total: bigint;
  readonly each: bigint;
}

/**
 * `'contract-total'`: principal × the rate of every charged period (all of them but the
 * interest-free ones), rounded once; each charged instalment its share rounded by the mode,
 * never so much that the last would go below 0.
 */
function contractTotal(plan: SchedulePlan, round: Rounder): ContractTotal {
  const { count, principal, dayCount, duePoints } = plan;
  const rate = dayCount === 'period' ? plan.periodic : plan.yearly;
  const weights = dayCount === 'period' ? undefined : periodWeights(plan);
  let charged = 0n;
  // Σ weight over the charged periods, as one fraction.
  let sum: Weight = { numerator: 0n, denominator: 1n };
  let start = plan.start;
  for (let k = 0; k < count; k++) {
    const end = duePoints[k]!;
    if (k >= plan.interestFreePeriods && end.day > start.day) {
      const weight = weights === undefined ? ONE : weights[k]!;
      sum =
        weight.denominator === sum.denominator
          ? { numerator: sum.numerator + weight.numerator, denominator: sum.denominator }
          : {
              numerator: sum.numerator * weight.denominator + weight.numerator * sum.denominator,
              denominator: sum.denominator * weight.denominator,
            };
      charged++;
    }
    start = end;
  }
  if (charged === 0n || rate.numerator === 0n) return { total: 0n, each: 0n };
  const total = round(
    principal * sum.numerator * rate.numerator,
    sum.denominator * rate.denominator,
  );
  let each = round(total, charged);
  if (charged > 1n && each * (charged - 1n) > total) each = total / (charged - 1n);
  return { total, each };
}

/**
 * The level a method keeps from instalment `k` on, with `balance` owed: a `'declining'` loan's
 * payment, the others' principal part (a fixed `installment` when given). `current`, when
 * money was paid out within period `k`, is that period's exact interest as a fraction.
 */
function levelAt(
  plan: SchedulePlan,
  k: number,
  balance: bigint,
  round: Rounder,
  current?: [bigint, bigint],
): bigint {
  if (plan.installment !== undefined) return plan.installment;
  const remaining = BigInt(plan.count - k);
  if (plan.method !== 'declining') return round(balance, remaining);
  const settle = (numerator: bigint, denominator: bigint): bigint =>
    plan.roundTo === undefined
      ? round(numerator, denominator)
      : roundToMultiple(numerator, denominator, plan.roundTo, plan.roundPaymentMode, round);
  if (plan.levelPayment === 'periodic') return settle(...periodicPayment(plan, k, balance));
  return (
    bracketedPayment(plan, k, balance, settle, current) ??
    settle(...actualDaysPayment(plan, k, balance, current))
  );
}

/**
 * Excel's `PMT(i, m, −B)` = `B·i·(1+i)^m / ((1+i)^m − 1)` exactly, with `i = a/b` the periodic
 * rate and `m` the instalments left: `B·a·(a+b)^m / (b·((a+b)^m − b^m))`, a ratio of integers.
 * Paid at the start of each period (`PMT(…, 1)`), the first on the day of the disbursement, it
 * is that ÷ (1 + i): `B·a·(a+b)^(m−1) / ((a+b)^m − b^m)`.
 */
function periodicPayment(plan: SchedulePlan, k: number, balance: bigint): [bigint, bigint] {
  const m = BigInt(plan.count - k);
  const { numerator: a, denominator: b } = plan.periodic;
  if (a === 0n) return [balance, m];
  const grown = (a + b) ** m;
  if (plan.paymentTiming === 'start' && k === 0) {
    return [balance * a * (a + b) ** (m - 1n), grown - b ** m];
  }
  return [balance * a * grown, b * (grown - b ** m)];
}

/**
 * @internal The level payment `A` that repays `balance` over the periods from `k` on at each period's
 * own rate `r_j` (its actual weight; 0 when interest-free): the balance is the present value
 * of the payments, `balance = A · Σ_t Π_{j≤t} 1/(1 + r_j)`. With `1 + r_j = N_j / D_j` the
 * sum is built from the last period back as one fraction `X/Y` (`W ← D(Y + X)/(N·Y)`), with no
 * division but exact ones until the end: `A = balance · Y / X`. Period `k` grows by `current`,
 * its exact interest, when money was paid out within it. Only where {@link bracketedPayment}
 * cannot decide (a payment within a hair of a rounding boundary, or of billions of baht).
 */
export function actualDaysPayment(
  plan: SchedulePlan,
  k: number,
  balance: bigint,
  current?: [bigint, bigint],
): [bigint, bigint] {
  const { duePoints, count } = plan;
  const weights = periodWeights(plan);
  const free = freeInstallments(plan);
  const { numerator: a, denominator: b } = plan.yearly;
  const first = current === undefined ? k : k + 1;
  const reduced = new Map<bigint, [bigint, bigint]>();
  let x = 0n;
  let y = 1n;
  for (let j = count - 1; j >= first; j--) {
    const weight = weights[j]!;
    const divisor = b * weight.denominator;
    const previousDay = (j === 0 ? plan.start : duePoints[j - 1]!).day;
    const charged = duePoints[j]!.day > previousDay && j >= free;
    const grown = charged ? divisor + a * weight.numerator : divisor;
    // N/D in lowest terms (kept: a schedule has few distinct periods), so the sums grow by
    // fewer bits a period: under 'actual/actual' N and D share 366 or 1095.
    let common = reduced.get(grown);
    if (common === undefined || common[1] !== divisor) {
      common = [gcd(grown, divisor), divisor];
      reduced.set(grown, common);
    }
    x = (divisor / common[0]) * (y + x);
    y *= grown / common[0];
  }
  return withCurrent(x, y, balance, current);
}

/**
 * @internal The level payment of {@link actualDaysPayment}, settled (rounded as the plan says), when
 * floating-point arithmetic proves what it settles to; `undefined` when it cannot, and the exact
 * solve decides. The sum `S = Σ_t Π_{j≤t} 1/(1 + r_j)` is worked out in doubles from the last
 * period back: every operation on positive numbers, each rounding within `1 ± 2u` (`u = 2⁻⁵³`,
 * no value below the normal range), at most 10 of them a period, so the double `s` is within a
 * factor `1 ± 20·m·u` of `S` over `m` periods and `S` lies in `s·[1 − ε, 1 + ε]`, `ε = 2⁻q ≥
 * 41·m·u`. The payment falls as `S` grows (`balance / S`, or with `current` `(balance + I) /
 * (1 + S)`), so both ends of that range, taken exactly as fractions of integers, bound it, and
 * settling is monotone: when both ends settle to the same satang, so does the exact payment.
 * Money never rests on a double: it only chooses the bounds that exact integers then settle.
 */
export function bracketedPayment(
  plan: SchedulePlan,
  k: number,
  balance: bigint,
  settle: (numerator: bigint, denominator: bigint) => bigint,
  current?: [bigint, bigint],
): bigint | undefined {
  const { duePoints, count, dayCount } = plan;
  const weights = dayCount === 'actual/365' ? undefined : periodWeights(plan);
  const free = freeInstallments(plan);
  const a = Number(plan.yearly.numerator);
  const b = Number(plan.yearly.denominator);
  const first = current === undefined ? k : k + 1;
  let s = 0;
  for (let j = count - 1; j >= first; j--) {
    const days = duePoints[j]!.day - (j === 0 ? plan.start : duePoints[j - 1]!).day;
    let factor = 1;
    if (days > 0 && j >= free) {
      const weight = weights?.[j];
      const divisor = b * (weight === undefined ? 365 : Number(weight.denominator));
      factor = divisor / (divisor + a * (weight === undefined ? days : Number(weight.numerator)));
      // Out of the normal range (or not a number): no bound holds.
      if (!(factor >= 2 ** -500)) return undefined;
    }
    s = factor * (1 + s);
  }
  if (!(s >= 2 ** -500)) return undefined;
  // s = mantissa / 2^552 exactly: s ≥ 2^-500 has 53 significant bits, s · 2^552 < 2^563.
  const mantissa = BigInt(s * 2 ** 552);
  const q = 21 + Math.clz32(41 * (count - first));
  const one = 1n << BigInt(552 + q);
  const [top, below, base] =
    current === undefined
      ? [balance, 1n, 0n]
      : [balance * current[1] + current[0], current[1], one];
  const low = settle(top * one, below * (base + mantissa * ((1n << BigInt(q)) + 1n)));
  const high = settle(top * one, below * (base + mantissa * ((1n << BigInt(q)) - 1n)));
  return low === high ? low : undefined;
}

/** The greatest common divisor of two positive integers. */
function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** `A = balance · Y / X`, period `k` first grown by its exact interest when given. */
function withCurrent(
  x: bigint,
  y: bigint,
  balance: bigint,
  current: [bigint, bigint] | undefined,
): [bigint, bigint] {
  if (current !== undefined) {
    // (balance + interest) / balance, as integers.
    const divisor = balance * current[1];
    x = divisor * (y + x);
    y *= divisor + current[0];
  }
  return [balance * y, x];
}
