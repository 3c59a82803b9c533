import { checkList, checkOptionKeys } from '../errors/check-option-keys.js';
import { invalidOption, SajjaError } from '../errors/sajja-error.js';
import { money, type Money, type MoneyInput } from '../money/money.js';
import type {
  InterestRate,
  LoanDayCount,
  LoanMethod,
  LoanSchedule,
  LoanTerms,
} from './loan-terms.js';
import {
  checkRate,
  monthlyRateFraction,
  yearlyPercent,
  type RateFraction,
} from './periodic-rate.js';
import { halfUp, moneyOfSatang, satangOf } from '../money/satang.js';
import { assertLoanTerms, loanSchedule } from './schedule.js';

/** The longest a debt-relief simulation runs: debts not paid off in 100 years never are. */
export const MAX_SIMULATION_MONTHS = 1200;

/** One debt a household owes today (to a moneylender, a bank, a shop, a relative). */
export interface Debt {
  /** Who is owed, unique within the plan (`'moneylender'`, `'BAAC'`). */
  readonly lender: string;
  /** What is owed today, more than 0. */
  readonly balance: MoneyInput;
  /**
   * The lender's rate. Interest accrues monthly at the monthly rate (a yearly rate ÷ 12) on
   * the balance, rounded half-up; interest left unpaid joins the balance, as informal lenders
   * charge it.
   */
  readonly rate: InterestRate;
  /** What the household pays on it each month now, if known (0 or more). */
  readonly monthlyPayment?: MoneyInput;
}

/** The group's consolidation loan (the debt-relief sub-fund's offer, ปลดหนี้). */
export interface ConsolidationOffer {
  /** The group's rate. */
  readonly rate: InterestRate;
  /** The term in months. */
  readonly termMonths: number;
  /** How instalments are built. */
  readonly method: LoanMethod;
  /** The day the group pays the lenders, ISO `YYYY-MM-DD`. */
  readonly disbursedOn: string;
  /** The most the group lends (0 or more); default: every debt in full. */
  readonly maxAmount?: MoneyInput;
  /** Instalments rounded up to this multiple; see {@link LoanTerms.roundPaymentTo}. */
  readonly roundPaymentTo?: Money | string;
  /** How interest is measured; default `'period'`. */
  readonly dayCount?: LoanDayCount;
  /** How `roundPaymentTo` rounds; see {@link LoanTerms.roundPaymentMode}. */
  readonly roundPaymentMode?: LoanTerms['roundPaymentMode'];
  /** How satang are rounded; see {@link LoanTerms.roundingMode}. */
  readonly roundingMode?: LoanTerms['roundingMode'];
  /** A flat loan's interest; see {@link LoanTerms.flatInterest}. */
  readonly flatInterest?: LoanTerms['flatInterest'];
  /** Months of interest only; see {@link LoanTerms.graceOnPrincipal}. */
  readonly graceOnPrincipal?: number;
  /** Months whose interest is paid later; see {@link LoanTerms.graceOnInterestPayment}. */
  readonly graceOnInterestPayment?: number;
  /** Months without interest; see {@link LoanTerms.interestFreePeriods}. */
  readonly interestFreePeriods?: number;
  /** How the level instalment is solved; see {@link LoanTerms.levelPayment}. */
  readonly levelPayment?: LoanTerms['levelPayment'];
}

/** What {@link debtReliefPlan} takes. */
export interface DebtReliefInput {
  /** The household's debts, at least one. */
  readonly debts: readonly Debt[];
  /** The consolidation loan offered. */
  readonly offer: ConsolidationOffer;
  /**
   * What the household can pay towards debts each month. Default: the sum of every debt's
   * `monthlyPayment` when all give one (what they pay now); otherwise the consolidation
   * loan's first instalment that repays principal (after any grace) plus the `monthlyPayment`s
   * of the debts left outside it.
   */
  readonly monthlyBudget?: MoneyInput;
}

/** The part of a debt the consolidation loan takes over. */
export interface ConsolidatedDebt {
  /** The lender paid off (wholly or in part). */
  readonly lender: string;
  /** The amount the group pays this lender. */
  readonly amount: Money;
  /** The lender's rate, as given. */
  readonly rate: InterestRate;
  /** True when the whole debt is taken over. */
  readonly whole: boolean;
}

/** A debt, or the part of one, left outside the consolidation loan. */
export interface RemainingDebt {
  /** The lender still owed. */
  readonly lender: string;
  /** What is still owed to them today. */
  readonly balance: Money;
  /** The lender's rate, as given. */
  readonly rate: InterestRate;
  /** What the household pays on it each month, when given. */
  readonly monthlyPayment?: Money;
}

/** How long the household stays in debt, and what interest it pays on the way. */
export interface DebtOutcome {
  /** Interest paid until debt-free; `null` when it never is (see `monthsToDebtFree`). */
  readonly totalInterest: Money | null;
  /**
   * Months until every debt is paid; `null` when the budget never covers the interest (or
   * not within {@link MAX_SIMULATION_MONTHS}).
   */
  readonly monthsToDebtFree: number | null;
}

/** A debt-relief plan: what to consolidate, and the household's debts before and after. */
export interface DebtReliefPlan {
  /** Every lender, highest yearly rate first (ties in input order): the order to pay them off. */
  readonly payoffOrder: readonly string[];
  /** The debts the consolidation loan takes over, in payoff order. */
  readonly consolidated: readonly ConsolidatedDebt[];
  /** The consolidation loan's principal: the sum of `consolidated`. */
  readonly consolidatedAmount: Money;
  /** The debts (or parts) left, in payoff order. */
  readonly remaining: readonly RemainingDebt[];
  /** The consolidation loan's schedule; `null` when it takes over nothing (`maxAmount` 0). */
  readonly schedule: LoanSchedule | null;
  /** The monthly budget both simulations use. */
  readonly monthlyBudget: Money;
  /** Keeping the old debts, paying `monthlyBudget` a month. */
  readonly before: DebtOutcome;
  /** With the consolidation loan paid as scheduled, the rest of the budget on the debts left. */
  readonly after: DebtOutcome;
}

/**
 * A debt-relief plan (the debt-relief sub-groups of DOMAIN.md): which debts the group's
 * consolidation loan takes over, its schedule, and the household's total interest and months
 * to debt-free without it (`before`) and with it (`after`).
 *
 * **Consolidation.** Debts are taken over highest yearly rate first (a monthly rate counts
 * ×12), up to `offer.maxAmount`; the debt where the money runs out is taken in part.
 *
 * **Simulation**, month by month, from the disbursement: each old debt first accrues a month's
 * interest (balance × monthly rate, half-up); then the month's money pays each debt's
 * `monthlyPayment` (as a minimum, highest rate first, no more than it owes), and what is left
 * goes to the debts in payoff order (avalanche). `before` spends `monthlyBudget` on all the
 * old debts. `after` pays the consolidation loan's instalment as scheduled and spends what is
 * left of the budget (`monthlyBudget − instalment`, if positive; all of it once the loan ends)
 * on the debts left outside it; its interest is the schedule's plus theirs. A budget that
 * never gets ahead of the interest gives `null` months and interest, never an endless loop.
 *
 * @throws {@link "@sajja/core".SajjaError} `INVALID_AMOUNT` for an amount that is not one, or reason
 *   `not-positive` for a debt's balance of 0 or less; `INVALID_ARGUMENT` with reason
 *   `negative-amount` for a negative `monthlyPayment`, `maxAmount` or `monthlyBudget`,
 *   `negative-rate`, or `invalid-option` (`details.option`) for `debts` not a non-empty list,
 *   a debt not an object, a `lender` not a non-empty name or used twice, and any offer term
 *   `loanSchedule` rejects; `unknown-option` for a key that {@link DebtReliefInput} or
 *   {@link ConsolidationOffer} does not have (`details.option`: `'offer.roundPaymentTO'`);
 *   `INVALID_DATE` for a bad `disbursedOn`.
 *
 * @example
 * ```ts
 * const plan = debtReliefPlan({
 *   debts: [
 *     { lender: 'moneylender', balance: '20000', rate: { percent: '10', per: 'month' } },
 *     { lender: 'shop', balance: '5000', rate: { percent: '2', per: 'month' } },
 *   ],
 *   offer: {
 *     rate: { percent: '1', per: 'month' },
 *     termMonths: 24,
 *     method: 'declining',
 *     disbursedOn: '2024-06-01',
 *     maxAmount: '20000',
 *   },
 * });
 * plan.payoffOrder; // ['moneylender', 'shop']
 * plan.consolidatedAmount.toString(); // '20000.00': the moneylender, whole
 * plan.monthlyBudget.toString(); // '941.47': the loan's instalment
 * plan.before.monthsToDebtFree; // null: 941.47 never covers 2,000 of interest a month
 * plan.after.monthsToDebtFree; // 34: the loan in 24, then the shop's grown debt
 * ```
 */
export function debtReliefPlan(input: DebtReliefInput): DebtReliefPlan {
  if (typeof input !== 'object' || input === null) {
    throw invalidOption('input', input, 'an object with debts and an offer');
  }
  checkOptionKeys(input, ['debts', 'offer', 'monthlyBudget'], 'debtReliefPlan');
  const debts = checkDebts(input.debts);
  const { offer } = input;
  if (typeof offer !== 'object' || offer === null) {
    throw invalidOption('offer', offer, 'an object describing the consolidation loan');
  }
  checkOptionKeys(offer, OFFER_FIELDS, 'debtReliefPlan', 'offer.');
  // The offer's fields are loan terms but maxAmount: the consolidation loan is repaid monthly.
  const { maxAmount: _maxAmount, ...offerTerms } = offer;
  // Check the offer even when it ends up lending nothing: a bad offer is an error either way.
  assertLoanTerms({ ...offerTerms, principal: '0.01' });
  const cap =
    offer.maxAmount === undefined ? undefined : satangOf(nonNegative('maxAmount', offer.maxAmount));

  // Highest yearly rate first; Array.prototype.sort is stable, so ties keep input order.
  const ordered = [...debts].sort((a, b) => b.yearly.comparedTo(a.yearly));
  let room = cap;
  const consolidated: ConsolidatedDebt[] = [];
  const remaining: SimulatedDebt[] = [];
  for (const debt of ordered) {
    const taken = room === undefined || room > debt.balance ? debt.balance : room;
    if (room !== undefined) room -= taken;
    if (taken > 0n) {
      consolidated.push(
        Object.freeze({
          lender: debt.lender,
          amount: moneyOfSatang(taken),
          rate: debt.rate,
          whole: taken === debt.balance,
        }),
      );
    }
    if (taken < debt.balance) remaining.push({ ...debt, balance: debt.balance - taken });
  }
  const consolidatedAmount = consolidated.reduce((s, d) => s + satangOf(d.amount), 0n);
  const schedule =
    consolidatedAmount > 0n
      ? loanSchedule({ ...offerTerms, principal: moneyOfSatang(consolidatedAmount) })
      : null;
  const instalments = (schedule?.installments ?? []).map((i) => satangOf(i.payment));

  const sumOfMinimums = (list: readonly SimulatedDebt[]): bigint =>
    list.reduce((s, d) => s + d.minimum, 0n);
  const budget =
    input.monthlyBudget !== undefined
      ? satangOf(nonNegative('monthlyBudget', input.monthlyBudget))
      : debts.every((d) => d.givesPayment)
        ? sumOfMinimums(debts)
        : firstRepaying(schedule) + sumOfMinimums(remaining);

  const before = simulate(ordered, () => budget, 0);
  const rest = simulate(
    remaining,
    (month) => {
      const instalment = instalments[month - 1] ?? 0n;
      return budget > instalment ? budget - instalment : 0n;
    },
    instalments.length,
  );
  const scheduleInterest = schedule ? satangOf(schedule.totalInterest) : 0n;
  const after: DebtOutcome =
    rest.months === null
      ? { totalInterest: null, monthsToDebtFree: null }
      : {
          totalInterest: moneyOfSatang(scheduleInterest + rest.interest),
          monthsToDebtFree: Math.max(instalments.length, rest.months),
        };

  return Object.freeze({
    payoffOrder: Object.freeze(ordered.map((d) => d.lender)),
    consolidated: Object.freeze(consolidated),
    consolidatedAmount: moneyOfSatang(consolidatedAmount),
    remaining: Object.freeze(
      remaining.map((d) =>
        Object.freeze({
          lender: d.lender,
          balance: moneyOfSatang(d.balance),
          rate: d.rate,
          ...(d.givesPayment ? { monthlyPayment: moneyOfSatang(d.minimum) } : {}),
        }),
      ),
    ),
    schedule,
    monthlyBudget: moneyOfSatang(budget),
    before: Object.freeze(
      before.months === null
        ? { totalInterest: null, monthsToDebtFree: null }
        : { totalInterest: moneyOfSatang(before.interest), monthsToDebtFree: before.months },
    ),
    after: Object.freeze(after),
  });
}

/** A debt checked and in whole satang, for the simulation. */
const OFFER_FIELDS = [
  'rate',
  'termMonths',
  'method',
  'disbursedOn',
  'maxAmount',
  'roundPaymentTo',
  'dayCount',
  'roundPaymentMode',
  'roundingMode',
  'flatInterest',
  'graceOnPrincipal',
  'graceOnInterestPayment',
  'interestFreePeriods',
  'levelPayment',
];

/**
 * The first instalment of the consolidation loan that repays principal (the first, unless a
 * grace makes the first ones interest only): what the default budget is built on.
 */
function firstRepaying(schedule: LoanSchedule | null): bigint {
  if (!schedule) return 0n;
  const { installments } = schedule;
  const repaying = installments.find((i) => !i.principal.isZero()) ?? installments[0];
  return repaying ? satangOf(repaying.payment) : 0n;
}

interface SimulatedDebt {
  readonly lender: string;
  readonly rate: InterestRate;
  readonly yearly: ReturnType<typeof yearlyPercent>;
  readonly monthly: RateFraction;
  readonly balance: bigint;
  readonly minimum: bigint;
  readonly givesPayment: boolean;
}

function checkDebts(value: unknown): SimulatedDebt[] {
  const list = checkList(value, 'debts', 'debt');
  if (list.length === 0) throw invalidOption('debts', value, 'a list of at least one debt');
  const lenders = new Set<string>();
  return list.map((entry: unknown, index) => {
    const label = `debts[${index}]`;
    if (typeof entry !== 'object' || entry === null) {
      throw invalidOption(label, entry, 'an object with a lender, a balance and a rate');
    }
    const debt = entry as Debt;
    if (typeof debt.lender !== 'string' || debt.lender.trim() === '' || lenders.has(debt.lender)) {
      throw invalidOption(`${label}.lender`, debt.lender, 'a name not used by another debt');
    }
    lenders.add(debt.lender);
    const balance = money(debt.balance);
    if (!balance.isPositive()) {
      throw new SajjaError(
        'INVALID_AMOUNT',
        'not-positive',
        `${label}.balance must be more than 0, not ${balance.toString()}.`,
        { input: debt.balance, details: { option: `${label}.balance` } },
      );
    }
    const rate = checkRate(debt.rate, `${label}.rate`);
    const givesPayment = debt.monthlyPayment !== undefined;
    return {
      lender: debt.lender,
      rate: debt.rate,
      yearly: yearlyPercent(rate),
      monthly: monthlyRateFraction(rate),
      balance: satangOf(balance),
      minimum: givesPayment
        ? satangOf(nonNegative(`${label}.monthlyPayment`, debt.monthlyPayment!))
        : 0n,
      givesPayment,
    };
  });
}

/**
 * Runs debts (in payoff order) month by month with `budgetFor(month)` to spend. Once the
 * budget is constant (after `steadyFrom` months), a month in which no debt went down means
 * none ever will: a month's outcome only grows with the balances it starts from (more owed
 * means more interest, and money taken by one debt is money another does not get), so the
 * next month starts no lower and ends no lower. Then the debts are never paid.
 */
function simulate(
  debts: readonly SimulatedDebt[],
  budgetFor: (month: number) => bigint,
  steadyFrom: number,
): { months: number | null; interest: bigint } {
  const balances = debts.map((d) => d.balance);
  let interest = 0n;
  if (balances.every((b) => b === 0n)) return { months: 0, interest };
  for (let month = 1; month <= MAX_SIMULATION_MONTHS; month++) {
    const previous = [...balances];
    debts.forEach((debt, k) => {
      const charge = halfUp(balances[k]! * debt.monthly.numerator, debt.monthly.denominator);
      balances[k]! += charge;
      interest += charge;
    });
    let left = budgetFor(month);
    const pay = (k: number, most: bigint): void => {
      const amount = [most, balances[k]!, left].reduce((a, b) => (b < a ? b : a));
      balances[k]! -= amount;
      left -= amount;
    };
    debts.forEach((debt, k) => pay(k, debt.minimum));
    debts.forEach((_debt, k) => pay(k, balances[k]!));
    if (balances.every((b) => b === 0n)) return { months: month, interest };
    if (month > steadyFrom && balances.every((b, k) => b >= previous[k]!)) break;
  }
  return { months: null, interest };
}

function nonNegative(option: string, value: MoneyInput): Money {
  const amount = money(value);
  if (amount.isNegative()) {
    throw new SajjaError(
      'INVALID_ARGUMENT',
      'negative-amount',
      `${option} cannot be negative (${amount.toString()}).`,
      { input: value, details: { option } },
    );
  }
  return amount;
}
