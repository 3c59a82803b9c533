import { assertIsoDate, dayNumberOf } from '../dates/iso-date.js';
import { SajjaError } from '../errors/sajja-error.js';
import { money, type Money } from '../money/money.js';
import { DEFAULT_PENALTY_RULE, type LoanRules } from './loan-rules.js';
import { checkRate, yearlyRateFraction, type RateFraction } from './periodic-rate.js';
import { halfUp, moneyOfSatang, satangOf } from '../money/satang.js';
import { validateLoanRules } from './validate-loan-rules.js';

/**
 * @internal A fund's penalty rule, read once into whole satang and an exact yearly fraction:
 * `rate` for a percent-per-year penalty, `fee` for a fixed fee, `max` for
 * {@link LoanRules.maxPenalty}, and the grace days.
 */
export interface PenaltyPolicy {
  readonly graceDays: number;
  readonly rate: RateFraction | undefined;
  readonly fee: bigint | undefined;
  readonly max: bigint | undefined;
}

/** @internal The penalty part of rules already validated; defaults when `rules` is undefined. */
export function penaltyPolicyOf(rules: LoanRules | undefined): PenaltyPolicy {
  const rule = rules?.penalty ?? DEFAULT_PENALTY_RULE;
  return {
    graceDays: rules?.penaltyGraceDays ?? 0,
    rate:
      rule.kind === 'percent-per-year'
        ? yearlyRateFraction(checkRate({ percent: rule.percent, per: 'year' }, 'penalty'))
        : undefined,
    fee: rule.kind === 'fixed-fee' ? satangOf(money(rule.fee)) : undefined,
    max: rules?.maxPenalty === undefined ? undefined : satangOf(money(rules.maxPenalty)),
  };
}

/**
 * @internal The penalty, in satang, on one late instalment whose principal went overdue
 * `overdue` satang and has stayed unpaid for `principalDays` satang-days (Σ unpaid principal ×
 * days, stage by stage as it was paid down): simple interest `principalDays × rate / 365`
 * rounded half-up once, or the fixed fee; then capped at the overdue principal and at
 * `max`. The caller knows the instalment is late.
 */
export function cappedPenalty(
  policy: PenaltyPolicy,
  overdue: bigint,
  principalDays: bigint,
): bigint {
  const { rate, fee, max } = policy;
  const charged = rate ? halfUp(principalDays * rate.numerator, rate.denominator * 365n) : fee!;
  let cap = max !== undefined && max < overdue ? max : overdue;
  if (charged < cap) cap = charged;
  return cap;
}

/**
 * The late-payment penalty (เบี้ยปรับ) on one instalment whose principal part
 * `overduePrincipal` fell due on `dueDate` and is paid in one go on `paidOn` (or is still
 * unpaid on that day), under a fund's rules. The same rule {@link applyPayment} and
 * {@link loanStatus} apply, for one instalment paid at once.
 *
 * - **Late** means paid after `dueDate` + `rules.penaltyGraceDays` (default 0): paying on the
 *   due date, or within the grace days, costs nothing.
 * - **Percent per year** (default 5 %, the 2021 rule): simple interest on the overdue
 *   principal only, `principal × percent / 100 × days / 365`, days counted from the end of the
 *   grace period, rounded half-up to satang once. Never compounding, never on interest.
 * - **Fixed fee**: the fee, once, for a late instalment.
 * - **Principal only**: on a loan, an instalment is late while its principal is unpaid after the
 *   grace days; one whose principal is paid and only interest is owed incurs nothing more.
 * - **Always capped**: never more than `overduePrincipal`, and never more than
 *   `rules.maxPenalty` when given. A Buriram-style 1 % a day (365 %/year) on 30,000 baht three
 *   years late is 30,000.00 here, not the 328,500 of 1 % a day uncapped.
 *
 * @param rules - The fund's rules ({@link validateLoanRules}); without them, the defaults.
 * @throws {@link "@sajja/core".SajjaError} `INVALID_AMOUNT` for an amount that is not one; `INVALID_ARGUMENT`
 *   / `negative-amount` for a negative principal; `INVALID_DATE` for a bad date;
 *   `RULES_INVALID` for bad rules.
 *
 * @example
 * ```ts
 * latePenalty('1000', '2024-03-01', '2024-03-31'); // 4.11 = 1,000 × 5 % × 30 / 365
 * latePenalty('30000', '2021-01-01', '2024-01-01', {
 *   ...VILLAGE_FUND_LOAN_RULES,
 *   penalty: { kind: 'percent-per-year', percent: '365' },
 * }); // 30000.00: the cap, the overdue principal
 * ```
 */
export function latePenalty(
  overduePrincipal: Money | string,
  dueDate: string,
  paidOn: string,
  rules?: LoanRules,
): Money {
  const principal = money(overduePrincipal);
  if (principal.isNegative()) {
    throw new SajjaError(
      'INVALID_ARGUMENT',
      'negative-amount',
      `An overdue principal cannot be negative (${principal.toString()}).`,
      { input: overduePrincipal },
    );
  }
  const due = dayNumberOf(assertIsoDate(dueDate, 'due date'));
  const paid = dayNumberOf(assertIsoDate(paidOn, 'payment date'));
  const policy = penaltyPolicyOf(rules === undefined ? undefined : validateLoanRules(rules));
  const daysLate = paid - due - policy.graceDays;
  const overdue = satangOf(principal);
  if (daysLate <= 0 || overdue === 0n) return moneyOfSatang(0n);
  return moneyOfSatang(cappedPenalty(policy, overdue, overdue * BigInt(daysLate)));
}
