import { expect } from 'chai';
import fc from 'fast-check';
import type { LoanTerms } from '../src/loans/loan-terms.js';
import { rounderOf, roundToMultiple } from '../src/loans/loan-rounding.js';
import { loanSchedule, loanPlan } from '../src/loans/schedule.js';
import {
  actualDaysPayment,
  bracketedPayment,
  type SchedulePlan,
} from '../src/loans/schedule-in-satang.js';
import { satangToText } from './arbitraries.js';
import { conventionChoices, withConventions } from './loan-convention-arbitraries.js';

/*
 * The level payment on actual days (issue 20) is settled from a floating-point bracket when the
 * bracket proves the satang, else by the exact integer solve: both must give the same payment.
 */

/** The payment a plan's level settles to, as `levelAt` settles it. */
function settler(plan: SchedulePlan) {
  const round = rounderOf(plan.roundingMode);
  return (numerator: bigint, denominator: bigint): bigint =>
    plan.roundTo === undefined
      ? round(numerator, denominator)
      : roundToMultiple(numerator, denominator, plan.roundTo, plan.roundPaymentMode, round);
}

const declining = fc.record({
  // Up to 10^15 satang: payments so large that the bracket often cannot decide.
  principal: fc
    .oneof(
      fc.bigInt({ min: 100n, max: 100_000_000n }),
      fc.bigInt({ min: 100n, max: 1_000_000_000_000_000n }),
    )
    .map(satangToText),
  rate: fc.record({
    percent: fc
      .oneof(fc.integer({ min: 0, max: 6000 }), fc.integer({ min: 0, max: 10_000_000 }))
      .map((hundredths) => satangToText(BigInt(hundredths))),
    per: fc.constantFrom('year' as const, 'month' as const),
  }),
  termMonths: fc.oneof(fc.integer({ min: 1, max: 24 }), fc.integer({ min: 1, max: 600 })),
  method: fc.constant('declining' as const),
  roundPaymentTo: fc.constantFrom(undefined, '1', '0.25', '10'),
  dayCount: fc.constantFrom('actual/365' as const, 'actual/actual' as const, '30/360' as const),
  disbursedOn: fc.integer({ min: 0, max: 36500 }).map((days) => {
    const date = new Date(Date.UTC(2000, 0, 1) + days * 86_400_000);
    return date.toISOString().slice(0, 10);
  }),
});
const plans = fc
  .tuple(declining, conventionChoices)
  .map(([base, choices]) => {
    const terms = withConventions(
      (base.roundPaymentTo === undefined
        ? { ...base, roundPaymentTo: undefined }
        : base) as LoanTerms,
      { ...choices, dayCount: base.dayCount, levelPayment: 'actual-days' },
    );
    return loanPlan(terms);
  })
  .filter((plan) => plan.levelPayment === 'actual-days');

describe('the level payment on actual days: bracket and exact solve (issue 20)', () => {
  it('settles to the exact solve’s satang whenever the bracket decides', function () {
    this.timeout(60_000);
    fc.assert(
      fc.property(
        plans,
        fc.nat(),
        // Balances up to 10^18 satang: payments whose last satang a double cannot tell.
        fc.oneof(fc.bigInt({ min: 1n, max: 10n ** 15n }), fc.bigInt({ min: 1n, max: 10n ** 18n })),
        fc.option(
          fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.bigInt({ min: 1n, max: 10n ** 6n })),
        ),
        (plan, at, balance, current) => {
          const k = at % plan.count;
          const interest = current === null || k === plan.count - 1 ? undefined : current;
          const settle = settler(plan);
          const exact = settle(...actualDaysPayment(plan, k, balance, interest));
          const bracketed = bracketedPayment(plan, k, balance, settle, interest);
          if (bracketed !== undefined) expect(bracketed).to.equal(exact);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('leaves a payment of exactly half a satang to the exact solve, rounded by the mode', () => {
    // 1.01 over 2 months at 0 %: 50.5 satang each, a tie no bracket can settle.
    const terms: LoanTerms = {
      principal: '1.01',
      rate: { percent: '0', per: 'year' },
      termMonths: 2,
      method: 'declining',
      dayCount: 'actual/365',
      levelPayment: 'actual-days',
      disbursedOn: '2024-01-15',
    };
    const plan = loanPlan(terms);
    expect(bracketedPayment(plan, 0, 101n, settler(plan))).to.equal(undefined);
    const first = (roundingMode: LoanTerms['roundingMode']) =>
      loanSchedule({ ...terms, roundingMode }).installments[0]!.payment.toString();
    expect(first('half-up')).to.equal('0.51');
    expect(first('half-even')).to.equal('0.50');
  });

  it('settles an ordinary loan from the bracket', () => {
    // Fineract's progressive schedule: 100 at 15.678 %/year, actual/365, monthly: 17.43.
    const plan = loanPlan({
      principal: '100',
      rate: { percent: '15.678', per: 'year' },
      termMonths: 6,
      method: 'declining',
      dayCount: 'actual/365',
      levelPayment: 'actual-days',
      disbursedOn: '2024-01-01',
    });
    expect(bracketedPayment(plan, 0, 10_000n, settler(plan))).to.equal(1743n);
  });
});
