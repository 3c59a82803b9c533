import { expect } from 'chai';
import fc from 'fast-check';
import {
  debtReliefPlan,
  type ConsolidationOffer,
  type Debt,
  type DebtReliefPlan,
} from '../src/loans/debt-relief-plan.js';
import { satangToText, textToSatang } from './arbitraries.js';
import { expectSajjaError } from './expect-sajja-error.js';

const offer = (terms: Partial<ConsolidationOffer> = {}): ConsolidationOffer => ({
  rate: { percent: '0', per: 'month' },
  termMonths: 2,
  method: 'declining',
  disbursedOn: '2024-06-01',
  ...terms,
});
const outcomes = (plan: DebtReliefPlan) =>
  JSON.parse(JSON.stringify({ before: plan.before, after: plan.after }));
/** X: 1,000 at 2 %/month, Y: 1,000 at 1 %/month, each paid 300 a month today. */
const xy: Debt[] = [
  { lender: 'Y', balance: '1000', rate: { percent: '1', per: 'month' }, monthlyPayment: '300' },
  { lender: 'X', balance: '1000', rate: { percent: '24', per: 'year' }, monthlyPayment: '300' },
];

describe('debtReliefPlan, consolidation', () => {
  it('takes over the highest rates first, the last one in part, up to maxAmount', () => {
    // Yearly: A 60 %, B 36 %, C 24 %, D 60 % (ties keep input order: A before D).
    const plan = debtReliefPlan({
      debts: [
        { lender: 'C', balance: '2000', rate: { percent: '24', per: 'year' } },
        { lender: 'A', balance: '6000', rate: { percent: '5', per: 'month' } },
        {
          lender: 'B',
          balance: '4000',
          rate: { percent: '3', per: 'month' },
          monthlyPayment: '200',
        },
        { lender: 'D', balance: '500', rate: { percent: '60', per: 'year' } },
      ],
      offer: offer({ maxAmount: '8000', termMonths: 12 }),
    });
    expect(plan.payoffOrder).to.deep.equal(['A', 'D', 'B', 'C']);
    expect(JSON.parse(JSON.stringify(plan.consolidated))).to.deep.equal([
      { lender: 'A', amount: '6000.00', rate: { percent: '5', per: 'month' }, whole: true },
      { lender: 'D', amount: '500.00', rate: { percent: '60', per: 'year' }, whole: true },
      { lender: 'B', amount: '1500.00', rate: { percent: '3', per: 'month' }, whole: false },
    ]);
    expect(JSON.parse(JSON.stringify(plan.remaining))).to.deep.equal([
      {
        lender: 'B',
        balance: '2500.00',
        rate: { percent: '3', per: 'month' },
        monthlyPayment: '200.00',
      },
      { lender: 'C', balance: '2000.00', rate: { percent: '24', per: 'year' } },
    ]);
    expect(plan.consolidatedAmount.toString()).to.equal('8000.00');
    // 8,000 at 0 % over 12: 666.67 a month (the last 666.63).
    expect(plan.schedule?.installments[0]!.payment.toString()).to.equal('666.67');
    // Not every debt gives a payment: the budget is the instalment plus B's 200.
    expect(plan.monthlyBudget.toString()).to.equal('866.67');
  });

  it('consolidates nothing with maxAmount 0, and has no schedule', () => {
    const plan = debtReliefPlan({ debts: xy, offer: offer({ maxAmount: '0' }) });
    expect(plan.schedule).to.equal(null);
    expect(plan.consolidated).to.deep.equal([]);
    expect(plan.remaining.map((d) => d.balance.toString())).to.deep.equal(['1000.00', '1000.00']);
    // Without a loan, after = before.
    expect(outcomes(plan).after).to.deep.equal(outcomes(plan).before);
  });
});

describe('debtReliefPlan, before and after', () => {
  it('pays each debt what the household pays today: X and Y in 4 months, 68.43 of interest', () => {
    // Budget 600 (300 + 300, every debt gives a payment). By hand, X first (2 %):
    // m1: X 1,000 + 20.00 − 300 = 720.00; Y 1,000 + 10.00 − 300 = 710.00
    // m2: X 720 + 14.40 − 300 = 434.40;   Y 710 + 7.10 − 300 = 417.10
    // m3: X 434.40 + 8.69 − 300 = 143.09; Y 417.10 + 4.17 − 300 = 121.27
    // m4: X 143.09 + 2.86 = 145.95 paid;  Y 121.27 + 1.21 = 122.48 paid.
    // Interest: 20 + 10 + 14.40 + 7.10 + 8.69 + 4.17 + 2.86 + 1.21 = 68.43.
    const plan = debtReliefPlan({ debts: xy, offer: offer({ maxAmount: '0' }) });
    expect(plan.monthlyBudget.toString()).to.equal('600.00');
    expect(plan.payoffOrder).to.deep.equal(['X', 'Y']);
    expect(outcomes(plan).before).to.deep.equal({ totalInterest: '68.43', monthsToDebtFree: 4 });
  });

  it('sends money beyond the minimums to the highest rate first (avalanche)', () => {
    // Budget 700: minimums 300 + 300, the extra 100 to X.
    // m1: X 1,020 − 400 = 620.00;          Y 1,010 − 300 = 710.00
    // m2: X 620 + 12.40 − 400 = 232.40;    Y 710 + 7.10 − 300 = 417.10
    // m3: X 232.40 + 4.65 = 237.05 paid;   Y 417.10 + 4.17 = 421.27, paid 300 + the 162.95 left
    //     → 0 (421.27 ≤ 462.95). Interest 20 + 10 + 12.40 + 7.10 + 4.65 + 4.17 = 58.32.
    const plan = debtReliefPlan({
      debts: xy,
      offer: offer({ maxAmount: '0' }),
      monthlyBudget: '700',
    });
    expect(outcomes(plan).before).to.deep.equal({ totalInterest: '58.32', monthsToDebtFree: 3 });
  });

  it('spends what the instalment leaves on the debts outside the loan', () => {
    // X consolidated at 0 % over 2 months: 500 + 500. Budget 600 (today's payments).
    // Y: m1 1,010 − 100 = 910.00; m2 910 + 9.10 − 100 = 819.10; m3 (loan over, 600 free)
    // 819.10 + 8.19 − 600 = 227.29; m4 227.29 + 2.27 = 229.56 paid. Interest 29.56, 4 months.
    const plan = debtReliefPlan({ debts: xy, offer: offer({ maxAmount: '1000' }) });
    expect(plan.consolidated.map((d) => d.lender)).to.deep.equal(['X']);
    expect(outcomes(plan)).to.deep.equal({
      before: { totalInterest: '68.43', monthsToDebtFree: 4 },
      after: { totalInterest: '29.56', monthsToDebtFree: 4 },
    });
  });

  it('reports null, not an endless loop, when the payment never covers the interest', () => {
    // 1,000 at 10 %/month paid 100 a month: the interest eats it all, for ever.
    const debts: Debt[] = [
      {
        lender: 'moneylender',
        balance: '1000',
        rate: { percent: '10', per: 'month' },
        monthlyPayment: '100',
      },
    ];
    const plan = debtReliefPlan({
      debts,
      offer: offer({ rate: { percent: '1', per: 'month' }, termMonths: 12 }),
    });
    expect(plan.before).to.deep.equal({ totalInterest: null, monthsToDebtFree: null });
    // The group's 1 %/month over 12 months: PMT(1 %, 12, -1000) = 88.848… → 88.85, inside the
    // 100 budget; debt-free in 12 months with the schedule's interest.
    expect(plan.schedule?.installments[0]!.payment.toString()).to.equal('88.85');
    expect(plan.after.monthsToDebtFree).to.equal(12);
    expect(plan.after.totalInterest?.toString()).to.equal(plan.schedule!.totalInterest.toString());
  });

  it('sees a debt left outside grow while the budget goes to the loan', () => {
    // The moneylender (10 %/month) is consolidated; the shop's 5,000 at 2 %/month gets nothing
    // while the 941.47 instalment takes the whole budget, then 941.47 a month after 24 months.
    const plan = debtReliefPlan({
      debts: [
        { lender: 'moneylender', balance: '20000', rate: { percent: '10', per: 'month' } },
        { lender: 'shop', balance: '5000', rate: { percent: '2', per: 'month' } },
      ],
      offer: offer({ rate: { percent: '1', per: 'month' }, termMonths: 24, maxAmount: '20000' }),
    });
    expect(plan.monthlyBudget.toString()).to.equal('941.47');
    expect(plan.before.monthsToDebtFree).to.equal(null);
    // 5,000 × 1.02^24 ≈ 8,042 by month 24, then about ten more months of 941.47. A re-run in
    // Python's decimal module: the shop is paid in month 34 with 3,909.25 of interest.
    expect(plan.after.monthsToDebtFree).to.equal(34);
    const shopInterest =
      textToSatang(plan.after.totalInterest!.toString()) -
      textToSatang(plan.schedule!.totalInterest.toString());
    expect(satangToText(shopInterest)).to.equal('3909.25');
  });

  it('does not give up on a budget that falls behind one month and catches up later', () => {
    // A 1,000 at 10 %/month, B 1,000 at 1 %/month, budget 110. m1: interest 100 + 10 = 110,
    // all paid to A: A 990, B 1,010: the total did not fall, but A did, so interest keeps
    // falling and the debts are paid in the end.
    const plan = debtReliefPlan({
      debts: [
        { lender: 'A', balance: '1000', rate: { percent: '10', per: 'month' } },
        { lender: 'B', balance: '1000', rate: { percent: '1', per: 'month' } },
      ],
      offer: offer({ maxAmount: '0' }),
      monthlyBudget: '110',
    });
    // A month-by-month re-run in Python's decimal module gives 38 months and 2,141.09.
    expect(outcomes(plan).before).to.deep.equal({ totalInterest: '2141.09', monthsToDebtFree: 38 });
  });
});

describe('debtReliefPlan, invariants and errors', () => {
  it('splits the debts exactly between the loan and what remains (fast-check)', function () {
    this.timeout(20_000);
    const debt = fc.record({
      balance: fc.bigInt({ min: 1n, max: 100_000_00n }).map(satangToText),
      percent: fc.integer({ min: 0, max: 1000 }).map((n) => (n / 100).toString()),
      per: fc.constantFrom('month' as const, 'year' as const),
    });
    fc.assert(
      fc.property(
        fc.array(debt, { minLength: 1, maxLength: 5 }),
        fc.option(fc.bigInt({ min: 0n, max: 300_000_00n }), { nil: undefined }),
        (entries, cap) => {
          const debts = entries.map((d, i) => ({
            lender: `L${i}`,
            balance: d.balance,
            rate: { percent: d.percent, per: d.per },
          }));
          const plan = debtReliefPlan({
            debts,
            offer: offer({
              rate: { percent: '1', per: 'month' },
              termMonths: 12,
              ...(cap === undefined ? {} : { maxAmount: satangToText(cap) }),
            }),
          });
          const total = debts.reduce((s, d) => s + textToSatang(d.balance), 0n);
          const taken = plan.consolidated.reduce(
            (s, d) => s + textToSatang(d.amount.toString()),
            0n,
          );
          const left = plan.remaining.reduce((s, d) => s + textToSatang(d.balance.toString()), 0n);
          expect(taken + left).to.equal(total);
          expect(textToSatang(plan.consolidatedAmount.toString())).to.equal(taken);
          expect(taken).to.equal(cap === undefined || cap > total ? total : cap);
          // At most one debt is split, and only the last one taken.
          expect(plan.consolidated.slice(0, -1).every((d) => d.whole)).to.equal(true);
          // The default budget covers the instalment, so the loan alone is paid in its term.
          if (plan.schedule)
            expect(plan.after.monthsToDebtFree ?? Infinity).to.be.at.least(
              plan.schedule.installments.length,
            );
        },
      ),
      { numRuns: 100 },
    );
  });

  it('rejects bad debts and offers', () => {
    const good: Debt = { lender: 'A', balance: '100', rate: { percent: '1', per: 'month' } };
    const option = (action: () => unknown) =>
      expectSajjaError(action, 'INVALID_ARGUMENT', 'invalid-option').details.option;
    expect(option(() => debtReliefPlan({ debts: [], offer: offer() }))).to.equal('debts');
    expect(option(() => debtReliefPlan({ debts: [good, good], offer: offer() }))).to.equal(
      'debts[1].lender',
    );
    expect(
      option(() => debtReliefPlan({ debts: [{ ...good, lender: ' ' }], offer: offer() })),
    ).to.equal('debts[0].lender');
    expect(
      option(() => debtReliefPlan({ debts: [good], offer: offer({ termMonths: 0 }) })),
    ).to.equal('termMonths');
    expect(
      option(() =>
        debtReliefPlan({
          debts: [{ ...good, rate: { percent: 'x', per: 'month' } }],
          offer: offer(),
        }),
      ),
    ).to.equal('debts[0].rate.percent');
    expectSajjaError(
      () => debtReliefPlan({ debts: [{ ...good, balance: '0' }], offer: offer() }),
      'INVALID_AMOUNT',
      'not-positive',
    );
    expectSajjaError(
      () => debtReliefPlan({ debts: [{ ...good, monthlyPayment: '-1' }], offer: offer() }),
      'INVALID_ARGUMENT',
      'negative-amount',
    );
    expectSajjaError(
      () => debtReliefPlan({ debts: [good], offer: offer({ maxAmount: '-1' }) }),
      'INVALID_ARGUMENT',
      'negative-amount',
    );
    // A bad offer is an error even when it would lend nothing.
    expectSajjaError(
      () =>
        debtReliefPlan({
          debts: [good],
          offer: offer({ maxAmount: '0', disbursedOn: '2024-02-30' }),
        }),
      'INVALID_DATE',
      'no-such-day',
    );
  });
});
