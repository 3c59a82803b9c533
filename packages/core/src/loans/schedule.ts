import type { Money } from '../money/money.js';
import { moneyOfSatang } from '../money/satang.js';
import type { Installment, LoanSchedule, LoanTerms } from './loan-terms.js';
import { withLazyFirst } from './lazy-property.js';
import { planOf } from './loan-plan.js';
import { walkSchedule, type SchedulePlan } from './schedule-in-satang.js';

export { MAX_TERM_MONTHS, MAX_INSTALLMENTS } from './loan-plan.js';

/**
 * A loan's repayment schedule: one instalment a month (or as {@link LoanTerms.repayEvery}
 * says), each `{ n, dueDate, payment, principal, interest, balance }`, and the totals. One entry point for every {@link LoanMethod}; every
 * amount is computed in whole satang with exact integers, so nothing drifts.
 *
 * **Rates.** The periodic rate `i` is `percent / 100` for a monthly rate and `percent / 1200`
 * for a yearly one. With `dayCount: 'actual/365'` a period's interest is instead
 * `base × yearly rate × days / 365`, where `days` runs from the previous due date (the first
 * period: from `disbursedOn`) and a monthly rate counts as 12 times itself a year. With the
 * default `'period'`, every period is one month whatever its days, the first one too (use
 * `'actual/365'` when a first period is longer or shorter). Interest is rounded half-up to
 * satang once per instalment.
 *
 * **Conventions.** The options of issue 20 (frequency, `'actual/actual'` and `'30/360'` day
 * counts, rounding modes, contract-total flat interest, grace periods, interest-free periods,
 * payment at the start of each period, the actual-days level payment, tranches) are described
 * on {@link LoanTerms}; each defaults to the behaviour described here. The periodic rate for
 * weeks is the yearly rate ÷ 52 per week, for days ÷ 365 per day.
 *
 * **Methods.**
 * - `'declining'`: a level payment `PMT = P·i / (1 − (1 + i)^−n)` (Excel's `PMT`; `P / n`
 *   when `i` is 0), rounded half-up to satang, or **up** to `roundPaymentTo`, both from the
 *   exact value. Interest is `balance × i`; principal is `payment − interest`. Under
 *   `'actual/365'` the payment is still `PMT` at the monthly rate (yearly ÷ 12) while interest
 *   counts actual days, so the last instalment absorbs the difference.
 * - `'equal-principal'` (ลดต้นลดดอก): principal `P / n` rounded half-up to satang each period,
 *   interest `balance × i`, payment their sum.
 * - `'flat'`: principal `P / n` rounded half-up, interest `P × i` on the original principal
 *   (the same every period under `'period'`), payment their sum.
 *
 * For `'flat'` and `'equal-principal'`, `roundPaymentTo` rounds each payment **up** and the
 * principal part becomes `payment − interest`. A fixed `installment` replaces the computed
 * payment (`'declining'`, `'flat'`) or principal part (`'equal-principal'`).
 *
 * **Every method.** The last instalment (number `termMonths`, or the first whose principal
 * would reach the balance) repays the whole remaining balance plus its interest, and the
 * schedule stops there: a payment rounded up far enough ends a loan early, with a smaller last
 * instalment. No balance is ever negative and the principal parts add up to `P` exactly. A
 * payment never falls below its period's interest (a long `'actual/365'` month can charge more
 * than the level payment): it rises to cover the interest, so no principal part is negative
 * and no balance grows. A 0 % rate works for every method.
 *
 * Due dates follow {@link installmentDueDates}: the same day every month, clamped to short
 * months and always measured from the anchor day.
 *
 * The result is frozen. Its `installments` are made when first read (an enumerable getter, so
 * JSON, spreads and deep equality see them as usual) and kept: a caller that needs only the
 * totals, or only checks the terms, pays for no Money per instalment.
 *
 * @throws {@link "@sajja/core".SajjaError}
 * - `INVALID_AMOUNT` for a `principal`, `roundPaymentTo` or `installment` that is not an
 *   amount, or reason `not-positive` for a principal of 0 or less;
 * - `INVALID_DATE` for a `disbursedOn` or `firstDueOn` that is not a date (or due dates past
 *   the year 9999);
 * - `INVALID_ARGUMENT` with reason `unknown-option` for a key of `terms` or of `rate` that
 *   {@link LoanTerms} does not have (`details.option` names it, `details.closest` the field
 *   probably meant: `roundPaymentTO` is refused, not ignored);
 * - `INVALID_ARGUMENT` with reason `negative-rate`, or `invalid-option` (`details.option`
 *   names it) for `terms` not an object, a `rate` without a decimal `percent` (of at most
 *   {@link "@sajja/core".MAX_DECIMAL_LENGTH} characters, checked before it is read) or with a `per`
 *   other than `'month'`/`'year'`, `termMonths` not a whole number from 1 to
 *   {@link MAX_TERM_MONTHS}, an unknown `method` or `dayCount`, a `roundPaymentTo` or
 *   `installment` of 0 or less, a `dueDayOfMonth` outside 1–31, or a `firstDueOn` not after
 *   `disbursedOn` (and the like for each convention's value);
 * - `INVALID_ARGUMENT` with reason `conflicting-options` (`details.option` and
 *   `details.conflictsWith` name both) for two options that make no sense together, such as
 *   `roundPaymentMode` without `roundPaymentTo` or `'30/360'` with weekly repayment;
 * - `INVALID_ARGUMENT` with reason `disbursements-mismatch` for tranches that do not add up to
 *   the principal, the first not on `disbursedOn`, or out of order.
 *
 * @example
 * ```ts
 * const { installments, totalInterest } = loanSchedule({
 *   principal: '100000',
 *   rate: { percent: '12', per: 'year' },
 *   termMonths: 12,
 *   method: 'declining',
 *   disbursedOn: '2024-01-31',
 * });
 * installments[0].payment.toString();  // '8884.88'
 * installments[0].dueDate;             // '2024-02-29'
 * installments[11].payment.toString(); // '8884.85': the last absorbs the rounding
 * totalInterest.toString();            // '6618.53'
 * ```
 */
export function loanSchedule(terms: LoanTerms): LoanSchedule {
  const plan = planOf(terms);
  const totals = walkSchedule(plan);
  // The rows are worked out again when first read: keeping the plan costs less than keeping them.
  return withLazyFirst('installments', () => installmentsOf(plan), {
    totalInterest: moneyOfSatang(totals.totalInterest),
    totalPayment: moneyOfSatang(totals.totalPayment),
  });
}

/** The rows of a schedule as frozen {@link Installment}s of Money. */
function installmentsOf(plan: SchedulePlan): readonly Installment[] {
  const installments: Installment[] = [];
  // Level payments, flat interest and equal principal parts repeat: one Money serves them all.
  const [paymentMoney, principalMoney, interestMoney] = [lastMoney(), lastMoney(), lastMoney()];
  walkSchedule(plan, (k, payment, principal, interest, balance) => {
    installments.push(
      Object.freeze({
        n: k + 1,
        dueDate: plan.dueDates[k]!,
        payment: paymentMoney(payment),
        principal: principalMoney(principal),
        interest: interestMoney(interest),
        balance: moneyOfSatang(balance),
      }),
    );
  });
  return Object.freeze(installments);
}

/**
 * @internal `terms` checked exactly as {@link loanSchedule} checks them, as the plan
 * `walkSchedule` works out in whole satang: for a loan's repayment ledger, which needs no
 * Money.
 */
export function loanPlan(terms: LoanTerms): SchedulePlan {
  return planOf(terms);
}

/**
 * @internal Checks loan terms exactly as {@link loanSchedule} does, without building the
 * schedule (for callers that may end up lending nothing, such as a debt-relief plan).
 */
export function assertLoanTerms(terms: LoanTerms): void {
  planOf(terms);
}

/** {@link moneyOfSatang} that hands back the previous Money when asked for the same amount again. */
function lastMoney(): (satang: bigint) => Money {
  let lastSatang: bigint | undefined;
  let lastMoney: Money | undefined;
  return (satang) => {
    if (lastSatang !== satang || lastMoney === undefined) {
      lastSatang = satang;
      lastMoney = moneyOfSatang(satang);
    }
    return lastMoney;
  };
}
