import { expect } from 'chai';
import fc from 'fast-check';
import { daysBetween, sum } from '../src/index.js';
import { debtReliefPlan } from '../src/loans/debt-relief-plan.js';
import { loanTermsFromRules } from '../src/loans/loan-terms-from-rules.js';
import type { LoanRules } from '../src/loans/loan-rules.js';
import type { LoanSchedule, LoanTerms } from '../src/loans/loan-terms.js';
import { loanSchedule } from '../src/loans/schedule.js';
import { validateLoanRules } from '../src/loans/validate-loan-rules.js';
import { SAJJA_GROUP_LOAN_RULES } from '../src/loans/loan-presets.js';
import { satangToText, textToSatang } from './arbitraries.js';
import { expectSajjaError, rulesProblems } from './expect-sajja-error.js';
import { conventionChoices, withConventions } from './loan-convention-arbitraries.js';

/*
 * issue 20: each convention on a loan small enough to check by hand (the working is in the
 * comments), every combination that makes no sense refused naming both options, the
 * conventions in LoanRules, and the schedule's invariants over every combination. The peers'
 * published cases are in loan-conventions-peers.test.ts.
 */

const rows = (s: LoanSchedule): string[] =>
  s.installments.map((i) =>
    [i.n, i.dueDate, i.payment, i.principal, i.interest, i.balance].map(String).join(' '),
  );
const schedule = (terms: Partial<LoanTerms>): LoanSchedule =>
  loanSchedule({
    principal: '1200',
    rate: { percent: '1', per: 'month' },
    termMonths: 4,
    method: 'equal-principal',
    disbursedOn: '2024-01-15',
    ...terms,
  } as LoanTerms);

describe('loan conventions, one by one (issue 20)', () => {
  it('roundPaymentMode rounds the payment up, to the nearest or down to roundPaymentTo', () => {
    // PMT(1 %, 12, 10,000) = 888.4878…: up 890, nearest 890, down 880; the last takes the rest.
    const at = (roundPaymentMode: LoanTerms['roundPaymentMode']) =>
      schedule({
        principal: '10000',
        termMonths: 12,
        method: 'declining',
        roundPaymentTo: '10',
        roundPaymentMode,
      });
    expect(rows(at('up'))[0]).to.equal('1 2024-02-15 890.00 790.00 100.00 9210.00');
    expect(rows(at('nearest'))[0]).to.equal('1 2024-02-15 890.00 790.00 100.00 9210.00');
    expect(rows(at('down'))[0]).to.equal('1 2024-02-15 880.00 780.00 100.00 9220.00');
    expect(rows(at('down')).at(-1)).to.equal('12 2025-01-15 987.64 977.86 9.78 0.00');
    // 888.49 to the nearest baht is 888; up is 889.
    const byBaht = (mode: LoanTerms['roundPaymentMode']) =>
      at(mode).installments[0]!.payment.toString();
    expect([byBaht('up'), byBaht('nearest'), byBaht('down')]).to.deep.equal([
      '890.00',
      '890.00',
      '880.00',
    ]);
    const nearestBaht = schedule({
      principal: '10000',
      termMonths: 12,
      method: 'declining',
      roundPaymentTo: '1',
      roundPaymentMode: 'nearest',
    });
    expect(nearestBaht.installments[0]!.payment.toString()).to.equal('888.00');
  });

  it('roundingMode rounds every satang half-up or half-even', () => {
    // 1,250 at 15 %/year flat: 1,250 × 1.25 % = 15.625 → 15.63 half-up, 15.62 half-even.
    const flat = (roundingMode: LoanTerms['roundingMode']) =>
      schedule({
        principal: '1250',
        rate: { percent: '15', per: 'year' },
        method: 'flat',
        roundingMode,
      });
    expect(flat('half-up').installments[0]!.interest.toString()).to.equal('15.63');
    expect(flat('half-even').installments[0]!.interest.toString()).to.equal('15.62');
    expect(flat('half-up').totalInterest.toString()).to.equal('62.52');
  });

  it("flatInterest 'contract-total' holds the total at principal × rate × term, rounded once", () => {
    // The case: 62.50 in all, not 62.52: 15.63 three times and 15.61 (half-up).
    const s = schedule({
      principal: '1250',
      rate: { percent: '15', per: 'year' },
      method: 'flat',
      flatInterest: 'contract-total',
    });
    expect(rows(s)).to.deep.equal([
      '1 2024-02-15 328.13 312.50 15.63 937.50',
      '2 2024-03-15 328.13 312.50 15.63 625.00',
      '3 2024-04-15 328.13 312.50 15.63 312.50',
      '4 2024-05-15 328.11 312.50 15.61 0.00',
    ]);
    expect(s.totalInterest.toString()).to.equal('62.50');
  });

  it('graceOnPrincipal: the first instalments pay interest only, then the principal over the rest', () => {
    // 1,200 at 1 %/month: 12.00 twice, then 600 + 12.00 and 600 + 6.00.
    expect(rows(schedule({ graceOnPrincipal: 2 }))).to.deep.equal([
      '1 2024-02-15 12.00 0.00 12.00 1200.00',
      '2 2024-03-15 12.00 0.00 12.00 1200.00',
      '3 2024-04-15 612.00 600.00 12.00 600.00',
      '4 2024-05-15 606.00 600.00 6.00 0.00',
    ]);
  });

  it('graceOnInterestPayment: interest charged, paid with the first instalment after the grace', () => {
    // 1,000 at 1 %/month, 3 months: PMT 340.02. Instalment 1's 10.00 of interest is deferred
    // (it pays 330.02 of principal and no interest); instalment 2 pays its own 6.70 (669.98 ×
    // 1 %) and the 10.00: 16.70, with the level's principal 333.32; nothing is forgiven.
    const s = schedule({
      principal: '1000',
      termMonths: 3,
      method: 'declining',
      graceOnInterestPayment: 1,
    });
    expect(rows(s)).to.deep.equal([
      '1 2024-02-15 330.02 330.02 0.00 669.98',
      '2 2024-03-15 350.02 333.32 16.70 336.66',
      '3 2024-04-15 340.03 336.66 3.37 0.00',
    ]);
    expect(s.totalInterest.toString()).to.equal(
      schedule({ principal: '1000', termMonths: 3, method: 'declining' }).totalInterest.toString(),
    );
  });

  it('interestFreePeriods: the first periods charge no interest at all', () => {
    expect(rows(schedule({ interestFreePeriods: 2 }))).to.deep.equal([
      '1 2024-02-15 300.00 300.00 0.00 900.00',
      '2 2024-03-15 300.00 300.00 0.00 600.00',
      '3 2024-04-15 306.00 300.00 6.00 300.00',
      '4 2024-05-15 303.00 300.00 3.00 0.00',
    ]);
  });

  it('repayEvery: weekly at the yearly rate ÷ 52, every 3 months at 3 months’ rate', () => {
    // 5.2 %/year ÷ 52 = 0.1 % a week: 5.20 on 5,200; due every 7 days.
    expect(
      rows(
        schedule({
          principal: '5200',
          rate: { percent: '5.2', per: 'year' },
          termMonths: undefined,
          installmentCount: 4,
          repayEvery: { count: 1, unit: 'week' },
        }),
      ),
    ).to.deep.equal([
      '1 2024-01-22 1305.20 1300.00 5.20 3900.00',
      '2 2024-01-29 1303.90 1300.00 3.90 2600.00',
      '3 2024-02-05 1302.60 1300.00 2.60 1300.00',
      '4 2024-02-12 1301.30 1300.00 1.30 0.00',
    ]);
    // 1 %/month × 3 on 3,000 = 90.00; due on the 31st, clamped to 30 April, back to 31 July.
    expect(
      rows(
        schedule({
          principal: '3000',
          termMonths: undefined,
          installmentCount: 2,
          repayEvery: { count: 3, unit: 'month' },
          disbursedOn: '2024-01-31',
        }),
      ),
    ).to.deep.equal([
      '1 2024-04-30 1590.00 1500.00 90.00 1500.00',
      '2 2024-07-31 1545.00 1500.00 45.00 0.00',
    ]);
    // Every 10 days at the yearly rate ÷ 365 × 10: 36.5 %/year is 1 %.
    const daily = schedule({
      principal: '1000',
      rate: { percent: '36.5', per: 'year' },
      termMonths: undefined,
      installmentCount: 2,
      repayEvery: { count: 10, unit: 'day' },
    });
    expect(rows(daily)[0]).to.equal('1 2024-01-25 510.00 500.00 10.00 500.00');
  });

  it("paymentTiming 'start': the first instalment on the day of the disbursement, without interest", () => {
    // Interest-free periods count periods: the first instalment has none, so 1 free period is
    // instalment 2's; instalment 3 pays 1 % of 400.
    expect(
      rows(schedule({ termMonths: 3, paymentTiming: 'start', interestFreePeriods: 1 })),
    ).to.deep.equal([
      '1 2024-01-15 400.00 400.00 0.00 800.00',
      '2 2024-02-15 400.00 400.00 0.00 400.00',
      '3 2024-03-15 404.00 400.00 4.00 0.00',
    ]);
  });

  it("dayCount 'actual/actual' charges a leap year's day at 1/366", () => {
    // 36,600 at 10 %/year for 31 days of 2024: 36,600 × 0.1 × 31/366 = 310.00 (actual/365: 310.85).
    const month = (dayCount: LoanTerms['dayCount']) =>
      schedule({
        principal: '36600',
        rate: { percent: '10', per: 'year' },
        termMonths: 1,
        method: 'flat',
        dayCount,
      });
    expect(month('actual/actual').installments[0]!.interest.toString()).to.equal('310.00');
    expect(month('actual/365').installments[0]!.interest.toString()).to.equal('310.85');
  });

  it("dayCount '30/360' counts whole months as 30 days and a stub by the days of its month", () => {
    // 10 January to 5 March: one whole month (5 February to 5 March) and 26 of the 31 days of
    // 5 January–5 February: 30 × (1 + 26/31) = 55.16 days of 360 → 12,000 × 12 % × 55.16/360
    // = 220.65; then a whole month, 6,000 × 1 % = 60.00.
    expect(
      rows(
        schedule({
          principal: '12000',
          rate: { percent: '12', per: 'year' },
          termMonths: 2,
          disbursedOn: '2024-01-10',
          firstDueOn: '2024-03-05',
          dayCount: '30/360',
        }),
      ),
    ).to.deep.equal([
      '1 2024-03-05 6220.65 6000.00 220.65 6000.00',
      '2 2024-04-05 6060.00 6000.00 60.00 0.00',
    ]);
  });

  it('disbursements: interest follows the money paid out, and the principal is spread again', () => {
    // 1,000 on 1 January, 1,000 more on 16 February (14 of February's 29 days left): period 2
    // charges 750 × 1 % + 1,000 × 1 % × 14/29 = 7.50 + 4.83 = 12.33, and the 1,750 then owed
    // is spread over the 3 instalments left: 583.33.
    expect(
      rows(
        schedule({
          principal: '2000',
          disbursedOn: '2024-01-01',
          disbursements: [
            { on: '2024-01-01', amount: '1000' },
            { on: '2024-02-16', amount: '1000' },
          ],
        }),
      ),
    ).to.deep.equal([
      '1 2024-02-01 260.00 250.00 10.00 750.00',
      '2 2024-03-01 595.66 583.33 12.33 1166.67',
      '3 2024-04-01 595.00 583.33 11.67 583.34',
      '4 2024-05-01 589.17 583.34 5.83 0.00',
    ]);
  });

  it('refuses tranches that do not fit the loan', () => {
    const tranches = (disbursements: LoanTerms['disbursements']) =>
      expectSajjaError(
        () => schedule({ principal: '2000', disbursedOn: '2024-01-01', disbursements }),
        'INVALID_ARGUMENT',
        'disbursements-mismatch',
      );
    tranches([{ on: '2024-01-01', amount: '1000' }]); // not the principal
    tranches([{ on: '2024-01-02', amount: '2000' }]); // not on disbursedOn
    tranches([
      { on: '2024-01-01', amount: '1000' },
      { on: '2024-05-01', amount: '1000' }, // on the last due date
    ]);
    const error = tranches([
      { on: '2024-01-01', amount: '1000' },
      { on: '2024-01-01', amount: '1000' }, // not after the one before
    ]);
    expect(error.details).to.deep.equal({ principal: '2000.00' });
    expectSajjaError(
      () => schedule({ disbursements: [{ on: '2024-01-15', amount: '0' }] }),
      'INVALID_ARGUMENT',
      'invalid-option',
    );
  });
});

describe('loan conventions that make no sense together (issue 20)', () => {
  const refused: Array<[terms: Partial<LoanTerms>, option: string, conflictsWith: string]> = [
    [{ installmentCount: 4 }, 'installmentCount', 'termMonths'],
    [{ repayEvery: { count: 1, unit: 'week' } }, 'termMonths', 'repayEvery'],
    [{ roundPaymentMode: 'nearest' }, 'roundPaymentMode', 'roundPaymentTo'],
    [{ flatInterest: 'contract-total' }, 'flatInterest', 'method'],
    [
      { method: 'flat', flatInterest: 'contract-total', paymentTiming: 'start' },
      'flatInterest',
      'paymentTiming',
    ],
    [
      {
        method: 'flat',
        flatInterest: 'contract-total',
        disbursements: [
          { on: '2024-01-15', amount: '600' },
          { on: '2024-02-01', amount: '600' },
        ],
      },
      'flatInterest',
      'disbursements',
    ],
    [{ levelPayment: 'actual-days', dayCount: 'actual/365' }, 'levelPayment', 'method'],
    [{ method: 'declining', levelPayment: 'actual-days' }, 'levelPayment', 'dayCount'],
    [
      {
        termMonths: undefined,
        installmentCount: 4,
        repayEvery: { count: 1, unit: 'week' },
        dayCount: '30/360',
      },
      'dayCount',
      'repayEvery',
    ],
    [
      {
        paymentTiming: 'start',
        disbursements: [
          { on: '2024-01-15', amount: '600' },
          { on: '2024-02-01', amount: '600' },
        ],
      },
      'paymentTiming',
      'disbursements',
    ],
    [{ paymentTiming: 'start', firstDueOn: '2024-03-01' }, 'firstDueOn', 'paymentTiming'],
    [
      {
        termMonths: undefined,
        installmentCount: 4,
        repayEvery: { count: 2, unit: 'week' },
        dueDayOfMonth: 5,
      },
      'dueDayOfMonth',
      'repayEvery',
    ],
    [{ graceOnPrincipal: 4 }, 'graceOnPrincipal', 'termMonths'],
    [{ graceOnInterestPayment: 4 }, 'graceOnInterestPayment', 'termMonths'],
    [
      { termMonths: undefined, installmentCount: 4, interestFreePeriods: 5 },
      'interestFreePeriods',
      'installmentCount',
    ],
  ];
  for (const [terms, option, conflictsWith] of refused) {
    it(`refuses ${option} with ${conflictsWith}, naming both`, () => {
      const error = expectSajjaError(
        () => schedule(terms),
        'INVALID_ARGUMENT',
        'conflicting-options',
      );
      expect(error.details).to.deep.equal({ option, conflictsWith });
      expect(error.message).to.include(option).and.to.include(conflictsWith);
    });
  }

  it('accepts a grace one shorter than the loan and interest-free periods as long as it', () => {
    expect(schedule({ graceOnPrincipal: 3 }).installments).to.have.length(4);
    expect(schedule({ graceOnInterestPayment: 3 }).installments).to.have.length(4);
    expect(schedule({ interestFreePeriods: 4 }).totalInterest.toString()).to.equal('0.00');
  });

  it('refuses values an option does not have, naming the option', () => {
    const option = (terms: Record<string, unknown>): unknown =>
      expectSajjaError(
        () => schedule(terms as Partial<LoanTerms>),
        'INVALID_ARGUMENT',
        'invalid-option',
      ).details.option;
    expect(option({ roundPaymentTo: '1', roundPaymentMode: 'ceiling' })).to.equal(
      'roundPaymentMode',
    );
    expect(option({ roundingMode: 'bankers' })).to.equal('roundingMode');
    expect(option({ method: 'flat', flatInterest: 'total' })).to.equal('flatInterest');
    expect(option({ graceOnPrincipal: -1 })).to.equal('graceOnPrincipal');
    expect(option({ graceOnInterestPayment: 1.5 })).to.equal('graceOnInterestPayment');
    expect(option({ interestFreePeriods: '2' })).to.equal('interestFreePeriods');
    expect(option({ paymentTiming: 'middle' })).to.equal('paymentTiming');
    expect(option({ levelPayment: 'daily' })).to.equal('levelPayment');
    expect(option({ termMonths: undefined, installmentCount: 0 })).to.equal('installmentCount');
    expect(option({ termMonths: undefined })).to.equal('termMonths');
    expect(
      option({
        termMonths: undefined,
        installmentCount: 2,
        repayEvery: { count: 0, unit: 'week' },
      }),
    ).to.equal('repayEvery.count');
    expect(
      option({
        termMonths: undefined,
        installmentCount: 2,
        repayEvery: { count: 53, unit: 'week' },
      }),
    ).to.equal('repayEvery.count');
    expect(
      option({
        termMonths: undefined,
        installmentCount: 2,
        repayEvery: { count: 1, unit: 'year' },
      }),
    ).to.equal('repayEvery.unit');
    expect(option({ disbursements: 'all' })).to.equal('disbursements');
  });
});

describe('loan conventions in LoanRules (issue 20)', () => {
  const rules = (overrides: Record<string, unknown>): LoanRules =>
    ({ ...SAJJA_GROUP_LOAN_RULES, ...overrides }) as LoanRules;

  it('accepts every convention a fund’s by-laws may set', () => {
    const weekly = rules({
      termMonths: undefined,
      installmentCount: 26,
      repayEvery: { count: 1, unit: 'week' },
      roundPaymentTo: '1',
      roundPaymentMode: 'nearest',
      roundingMode: 'half-even',
      graceOnPrincipal: 2,
      graceOnInterestPayment: 1,
      interestFreePeriods: 1,
      paymentTiming: 'start',
      dayCount: 'actual/actual',
      levelPayment: 'actual-days',
    });
    expect(validateLoanRules(weekly)).to.equal(weekly);
  });

  it('reports each bad value at its path, and options that conflict as conflicting-fields', () => {
    expect(
      rulesProblems(() =>
        validateLoanRules(
          rules({
            repayEvery: { count: 0, unit: 'fortnight' },
            roundPaymentMode: 'ceiling',
            graceOnPrincipal: -1,
            levelPayment: 'daily',
          }),
        ),
      ),
    ).to.deep.equal([
      { path: 'repayEvery.unit', reason: 'unknown-value' },
      { path: 'repayEvery.count', reason: 'below-minimum' },
      { path: 'roundPaymentMode', reason: 'unknown-value' },
      { path: 'levelPayment', reason: 'unknown-value' },
      { path: 'graceOnPrincipal', reason: 'below-minimum' },
    ]);
    const conflict = (overrides: Record<string, unknown>) => {
      const error = expectSajjaError(
        () => validateLoanRules(rules(overrides)),
        'RULES_INVALID',
        'conflicting-fields',
      );
      return error.problems?.map((p) => ({ path: p.path, reason: p.reason, details: p.details }));
    };
    expect(conflict({ repayEvery: { count: 2, unit: 'week' } })).to.deep.equal([
      {
        path: 'termMonths',
        reason: 'conflicting-fields',
        details: { conflictsWith: 'repayEvery' },
      },
    ]);
    expect(conflict({ graceOnPrincipal: 12 })).to.deep.equal([
      {
        path: 'graceOnPrincipal',
        reason: 'conflicting-fields',
        details: { conflictsWith: 'termMonths' },
      },
    ]);
    expect(conflict({ installmentCount: 12 })).to.deep.equal([
      {
        path: 'installmentCount',
        reason: 'conflicting-fields',
        details: { conflictsWith: 'termMonths' },
      },
    ]);
  });

  it('passes the conventions on to loan terms, with the count the rules use', () => {
    const weekly = rules({
      termMonths: undefined,
      installmentCount: 26,
      repayEvery: { count: 2, unit: 'week' },
      graceOnPrincipal: 1,
      roundPaymentTo: '1',
      roundPaymentMode: 'down',
    });
    const terms = loanTermsFromRules(weekly, {
      principal: '5000',
      disbursedOn: '2024-06-05',
      installmentCount: 10,
    });
    expect(terms).to.include({
      installmentCount: 10,
      graceOnPrincipal: 1,
      roundPaymentMode: 'down',
    });
    expect(terms.repayEvery).to.deep.equal({ count: 2, unit: 'week' });
    expect(terms.termMonths).to.equal(undefined);
    const s = loanSchedule(terms);
    expect(s.installments[1]!.dueDate).to.equal('2024-07-03');
    expect(s.installments[0]!.principal.toString()).to.equal('0.00');
    expectSajjaError(
      () =>
        loanTermsFromRules(weekly, {
          principal: '5000',
          disbursedOn: '2024-06-05',
          installmentCount: 27,
        }),
      'INVALID_ARGUMENT',
      'term-above-rules',
    );
    const error = expectSajjaError(
      () =>
        loanTermsFromRules(weekly, { principal: '5000', disbursedOn: '2024-06-05', termMonths: 6 }),
      'INVALID_ARGUMENT',
      'conflicting-options',
    );
    expect(error.details).to.deep.equal({
      option: 'termMonths',
      conflictsWith: 'installmentCount',
    });
    // A tranche per loan, not per rules.
    const tranched = loanTermsFromRules(SAJJA_GROUP_LOAN_RULES, {
      principal: '2000',
      disbursedOn: '2024-01-01',
      termMonths: 4,
      disbursements: [
        { on: '2024-01-01', amount: '1000' },
        { on: '2024-02-16', amount: '1000' },
      ],
    });
    expect(loanSchedule(tranched).installments).to.have.length(4);
  });

  it('a debt-relief offer with a grace budgets on the first instalment that repays principal', () => {
    const plan = debtReliefPlan({
      debts: [
        { lender: 'moneylender', balance: '20000', rate: { percent: '10', per: 'month' } },
        {
          lender: 'shop',
          balance: '5000',
          rate: { percent: '2', per: 'month' },
          monthlyPayment: '500',
        },
      ],
      offer: {
        rate: { percent: '1', per: 'month' },
        termMonths: 24,
        method: 'declining',
        disbursedOn: '2024-06-01',
        maxAmount: '20000',
        graceOnPrincipal: 2,
      },
    });
    const { installments } = plan.schedule!;
    expect(installments[0]!.payment.toString()).to.equal('200.00');
    // PMT(1 %, 22, 20,000) = 200 / (1 − 1.01^−22) = 1,017.27 (not the 200.00 of interest
    // only), + the shop's 500.
    expect(installments[2]!.payment.toString()).to.equal('1017.27');
    expect(plan.monthlyBudget.toString()).to.equal('1517.27');
  });
});

describe('loan conventions: the schedule’s invariants in every combination (issue 20)', () => {
  const base = fc.record({
    principal: fc.bigInt({ min: 100n, max: 1_000_000_000n }).map(satangToText),
    rate: fc.tuple(fc.integer({ min: 0, max: 300 }), fc.boolean()).map(([hundredths, yearly]) => ({
      percent: satangToText(BigInt(yearly ? hundredths * 12 : hundredths)),
      per: yearly ? ('year' as const) : ('month' as const),
    })),
    termMonths: fc.integer({ min: 1, max: 120 }),
    method: fc.constantFrom('flat' as const, 'declining' as const, 'equal-principal' as const),
    roundPaymentTo: fc.constantFrom(undefined, '1', '10'),
    disbursedOn: fc.integer({ min: 0, max: 36500 }).map((days) => {
      const date = new Date(Date.UTC(2000, 0, 1) + days * 86_400_000);
      return date.toISOString().slice(0, 10);
    }),
  });
  const terms = fc
    .tuple(base, conventionChoices)
    .map(([b, choices]) =>
      withConventions(
        (b.roundPaymentTo === undefined ? { ...b, roundPaymentTo: undefined } : b) as LoanTerms,
        choices,
      ),
    );

  it('adds up to the principal, pays principal + interest on every row, never goes negative', function () {
    this.timeout(30_000);
    fc.assert(
      fc.property(terms, (t) => {
        const s = loanSchedule(t);
        const count = t.termMonths ?? t.installmentCount!;
        expect(s.installments.length).to.be.within(1, count);
        const principal = textToSatang(money(t.principal));
        expect(sum(s.installments.map((i) => i.principal)).toString()).to.equal(money(t.principal));
        expect(sum(s.installments.map((i) => i.interest)).toString()).to.equal(
          s.totalInterest.toString(),
        );
        expect(sum(s.installments.map((i) => i.payment)).toString()).to.equal(
          s.totalPayment.toString(),
        );
        // Balances: what was paid out by each due date less the principal repaid.
        const tranches = t.disbursements ?? [{ on: t.disbursedOn, amount: t.principal }];
        let repaid = 0n;
        s.installments.forEach((i, index) => {
          expect(i.n).to.equal(index + 1);
          expect(i.payment.toString()).to.equal(i.principal.plus(i.interest).toString());
          expect(
            i.principal.isNegative() || i.interest.isNegative() || i.balance.isNegative(),
          ).to.equal(false);
          repaid += textToSatang(i.principal.toString());
          const paidOut = tranches
            .filter((tranche) => tranche.on <= i.dueDate)
            .reduce((total, tranche) => total + textToSatang(money(String(tranche.amount))), 0n);
          expect(textToSatang(i.balance.toString())).to.equal(paidOut - repaid);
          if (index > 0)
            expect(daysBetween(s.installments[index - 1]!.dueDate, i.dueDate)).to.be.above(0);
        });
        expect(repaid).to.equal(principal);
        expect(s.installments.at(-1)!.balance.isZero()).to.equal(true);
        if (t.paymentTiming === 'start') {
          expect(s.installments[0]!.dueDate).to.equal(t.disbursedOn);
          expect(s.installments[0]!.interest.isZero()).to.equal(true);
        }
        for (const i of s.installments.slice(0, t.graceOnPrincipal ?? 0)) {
          expect(i.principal.isZero() || i === s.installments.at(-1)).to.equal(true);
        }
        for (const i of s.installments.slice(0, t.graceOnInterestPayment ?? 0)) {
          if (i !== s.installments.at(-1)) expect(i.interest.isZero()).to.equal(true);
        }
        const free = (t.interestFreePeriods ?? 0) + (t.paymentTiming === 'start' ? 1 : 0);
        if ((t.graceOnInterestPayment ?? 0) === 0) {
          // (The last instalment of a contract total pays what is left of it, even one that
          // ends the loan early within the free periods.)
          const contract = t.flatInterest === 'contract-total';
          for (const i of s.installments.slice(0, free)) {
            if (!(contract && i === s.installments.at(-1)))
              expect(i.interest.isZero()).to.equal(true);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});

/** Plain two-decimal text of an amount given as text or Money. */
function money(amount: unknown): string {
  return satangToText(
    textToSatang(Number.isNaN(Number(String(amount))) ? '0' : toTwoDecimals(String(amount))),
  );
}

function toTwoDecimals(text: string): string {
  const [whole, fraction = ''] = text.split('.');
  return `${whole}.${fraction.padEnd(2, '0').slice(0, 2)}`;
}
