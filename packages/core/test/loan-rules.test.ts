import { expect } from 'chai';
import { ruleWarningMessage } from '../src/index.js';
import {
  COOPERATIVE_LOAN_RULES,
  SAJJA_GROUP_LOAN_RULES,
  VILLAGE_FUND_LOAN_RULES,
} from '../src/loans/loan-presets.js';
import type { LoanRules } from '../src/loans/loan-rules.js';
import { loanTermsFromRules } from '../src/loans/loan-terms-from-rules.js';
import { loanSchedule } from '../src/loans/schedule.js';
import {
  EARLY_PAYMENT_RULES,
  LEGAL_INTEREST_CAP_PERCENT,
  loanRulesWarnings,
  validateLoanRules,
} from '../src/loans/validate-loan-rules.js';
import { expectSajjaError, rulesProblems } from './expect-sajja-error.js';

const PRESETS: Array<[string, LoanRules]> = [
  ['village fund', VILLAGE_FUND_LOAN_RULES],
  ['sajja group', SAJJA_GROUP_LOAN_RULES],
  ['cooperative', COOPERATIVE_LOAN_RULES],
];

describe('validateLoanRules', () => {
  for (const [name, preset] of PRESETS) {
    it(`accepts the ${name} preset unchanged, frozen`, () => {
      expect(validateLoanRules(preset)).to.equal(preset);
      expect(Object.isFrozen(preset)).to.equal(true);
      expect(Object.isFrozen(preset.rate)).to.equal(true);
      expect(Object.isFrozen(preset.limits)).to.equal(true);
      expect(loanRulesWarnings(preset)).to.deep.equal([]);
    });
  }

  it('accepts every optional rule when well formed', () => {
    const rules: LoanRules = {
      ...SAJJA_GROUP_LOAN_RULES,
      dayCount: 'actual/365',
      roundPaymentTo: '10',
      allocationOrder: ['interest', 'penalty', 'principal'],
      earlyPayment: 'prepay',
      prepayment: 'reduce-payment',
      penalty: { kind: 'fixed-fee', fee: '50' },
      penaltyGraceDays: 7,
      maxPenalty: '500',
      limits: {
        savingsMultiple: '2.5',
        sharesMultiple: '4',
        maxAmount: '50000',
        shareSecuredPercent: '95',
      },
    };
    expect(validateLoanRules(rules)).to.equal(rules);
    expect(
      validateLoanRules({ ...rules, penalty: { kind: 'percent-per-year', percent: 5 } }),
    ).to.be.an('object');
  });

  it('accepts each early-payment rule, the default first', () => {
    expect(EARLY_PAYMENT_RULES).to.deep.equal(['next-installment', 'prepay']);
    for (const earlyPayment of EARLY_PAYMENT_RULES) {
      const rules: LoanRules = { ...SAJJA_GROUP_LOAN_RULES, earlyPayment };
      expect(validateLoanRules(rules)).to.equal(rules);
    }
  });

  it('reports every problem at once, each at its path', () => {
    expect(
      rulesProblems(() =>
        validateLoanRules({
          rate: { percent: '-1', per: 'week' },
          method: 'balloon',
          termMonths: 0,
          dayCount: '30E/360',
          roundPaymentTo: '0',
          earlyPayment: 'early',
          prepayment: 'skip',
          penaltyGraceDays: 1.5,
          maxPenalty: 'a lot',
        }),
      ),
    ).to.deep.equal([
      { path: 'rate.percent', reason: 'below-minimum' },
      { path: 'rate.per', reason: 'unknown-value' },
      { path: 'method', reason: 'unknown-value' },
      { path: 'termMonths', reason: 'below-minimum' },
      { path: 'dayCount', reason: 'unknown-value' },
      { path: 'roundPaymentTo', reason: 'below-minimum' },
      { path: 'earlyPayment', reason: 'unknown-value' },
      { path: 'prepayment', reason: 'unknown-value' },
      { path: 'penaltyGraceDays', reason: 'not-a-whole-number' },
      { path: 'maxPenalty', reason: 'not-an-amount' },
    ]);
    expect(rulesProblems(() => validateLoanRules({ termMonths: 601 }))).to.deep.equal([
      { path: 'rate', reason: 'required' },
      { path: 'method', reason: 'required' },
      { path: 'termMonths', reason: 'above-maximum' },
    ]);
    expect(rulesProblems(() => validateLoanRules(null))).to.deep.equal([
      { path: '', reason: 'not-an-object' },
    ]);
  });

  it('wants an allocation order naming penalty, interest and principal once each', () => {
    const order = (allocationOrder: unknown) =>
      rulesProblems(() => validateLoanRules({ ...SAJJA_GROUP_LOAN_RULES, allocationOrder }));
    expect(order(['interest', 'interest', 'principal'])).to.deep.equal([
      { path: 'allocationOrder[1]', reason: 'duplicate-value' },
      { path: 'allocationOrder', reason: 'missing-value' },
    ]);
    expect(order(['fees', 'penalty', 'interest', 'principal'])).to.deep.equal([
      { path: 'allocationOrder[0]', reason: 'unknown-value' },
    ]);
    expect(order('penalty')).to.deep.equal([{ path: 'allocationOrder', reason: 'not-a-list' }]);
  });

  it('checks the penalty by its kind', () => {
    const penalty = (value: unknown) =>
      rulesProblems(() => validateLoanRules({ ...SAJJA_GROUP_LOAN_RULES, penalty: value }));
    expect(penalty({ kind: 'percent-per-year' })).to.deep.equal([
      { path: 'penalty.percent', reason: 'required' },
    ]);
    expect(penalty({ kind: 'fixed-fee', fee: '-50' })).to.deep.equal([
      { path: 'penalty.fee', reason: 'below-minimum' },
    ]);
    expect(penalty({ kind: 'per-day', percent: '1' })).to.deep.equal([
      { path: 'penalty.kind', reason: 'unknown-value' },
    ]);
  });

  it('checks limits, guarantor steps in strictly increasing order', () => {
    const limits = (value: unknown) =>
      rulesProblems(() => validateLoanRules({ ...SAJJA_GROUP_LOAN_RULES, limits: value }));
    expect(
      limits({
        savingsMultiple: 'three',
        sharesMultiple: '-2',
        maxAmount: '20000.001',
        shareSecuredPercent: '120',
        guarantors: [
          { above: '0', count: 3 },
          { above: '20000', count: 4 },
          { above: '20000', count: 5 },
          { above: '10000', count: 2.5 },
        ],
      }),
    ).to.deep.equal([
      { path: 'limits.savingsMultiple', reason: 'not-a-number' },
      { path: 'limits.sharesMultiple', reason: 'below-minimum' },
      { path: 'limits.maxAmount', reason: 'not-an-amount' },
      { path: 'limits.shareSecuredPercent', reason: 'above-maximum' },
      { path: 'limits.guarantors[2].above', reason: 'unordered-guarantor-steps' },
      { path: 'limits.guarantors[3].count', reason: 'not-a-whole-number' },
      { path: 'limits.guarantors[3].above', reason: 'unordered-guarantor-steps' },
    ]);
    expect(limits({ guarantors: { above: '0', count: 3 } })).to.deep.equal([
      { path: 'limits.guarantors', reason: 'not-a-list' },
    ]);
  });
});

describe('loanRulesWarnings (Civil and Commercial Code s.654)', () => {
  const withRate = (percent: string, per: 'month' | 'year'): LoanRules => ({
    ...SAJJA_GROUP_LOAN_RULES,
    rate: { percent, per },
  });

  it('warns above 15 % a year, counting a monthly rate ×12', () => {
    expect(LEGAL_INTEREST_CAP_PERCENT).to.equal('15');
    expect(loanRulesWarnings(withRate('15', 'year'))).to.deep.equal([]);
    // 1.25 %/month × 12 = 15 %: exactly the cap, no warning.
    expect(loanRulesWarnings(withRate('1.25', 'month'))).to.deep.equal([]);
    expect(loanRulesWarnings(withRate('15.01', 'year'))).to.deep.equal([
      {
        code: 'INTEREST_ABOVE_LEGAL_CAP',
        path: 'rate.percent',
        details: { rate: '15.01', cap: '15' },
      },
    ]);
    // The Trat groups' 2 %/month is 24 %/year: allowed, but warned about.
    const [warning] = loanRulesWarnings(withRate('2', 'month'));
    expect(warning).to.deep.equal({
      code: 'INTEREST_ABOVE_LEGAL_CAP',
      path: 'rate.percent',
      details: { rate: '24', cap: '15' },
    });
    expect(ruleWarningMessage(warning!, 'en')).to.equal(
      'The interest rate of 24% a year is above the legal cap of 15% a year (Civil and Commercial Code s.654).',
    );
  });

  it('refuses to warn about rules that are not valid', () => {
    expectSajjaError(
      () => loanRulesWarnings(withRate('-1', 'month')),
      'RULES_INVALID',
      'below-minimum',
    );
  });
});

describe('loan presets and loanTermsFromRules', () => {
  it('lends 20,000 from the village fund at 6 %/year flat: 1,766.67 a month', () => {
    // 20,000 × 0.5 % = 100.00 interest; 20,000 / 12 = 1,666.67; the last principal 1,666.63.
    const s = loanSchedule(
      loanTermsFromRules(VILLAGE_FUND_LOAN_RULES, {
        principal: '20000',
        disbursedOn: '2024-01-15',
      }),
    );
    expect(s.installments).to.have.length(12);
    expect(s.installments[0]!.payment.toString()).to.equal('1766.67');
    expect(s.installments[11]!.payment.toString()).to.equal('1766.63');
    expect(s.totalInterest.toString()).to.equal('1200.00');
  });

  it('builds sajja-group terms with a shorter term than the rules’ longest', () => {
    // PMT(1 %, 10, -15000) = 1,583.730… (Python decimal) → 1,583.73.
    const terms = loanTermsFromRules(SAJJA_GROUP_LOAN_RULES, {
      principal: '15000',
      disbursedOn: '2024-06-05',
      termMonths: 10,
    });
    expect(terms).to.deep.equal({
      principal: '15000',
      rate: { percent: '1', per: 'month' },
      termMonths: 10,
      method: 'declining',
      disbursedOn: '2024-06-05',
    });
    expect(loanSchedule(terms).installments[0]!.payment.toString()).to.equal('1583.73');
  });

  it('carries the cooperative’s day count and the rules’ rounding into the terms', () => {
    const terms = loanTermsFromRules(
      { ...COOPERATIVE_LOAN_RULES, roundPaymentTo: '1' },
      {
        principal: '36000',
        disbursedOn: '2024-01-31',
        firstDueOn: '2024-02-29',
        dueDayOfMonth: 31,
      },
    );
    expect(terms).to.include({
      dayCount: 'actual/365',
      roundPaymentTo: '1',
      termMonths: 36,
      method: 'equal-principal',
      dueDayOfMonth: 31,
    });
    // 36,000 × 6 % × 29 / 365 = 171.616… → 171.62; 1,000 + 171.62 = 1,171.62 → 1,172.
    expect(loanSchedule(terms).installments[0]!.payment.toString()).to.equal('1172.00');
    expect(loanSchedule(terms).installments[1]!.dueDate).to.equal('2024-03-31');
  });

  it('refuses a term longer than the rules allow, and invalid rules', () => {
    const error = expectSajjaError(
      () =>
        loanTermsFromRules(SAJJA_GROUP_LOAN_RULES, {
          principal: '1000',
          disbursedOn: '2024-01-01',
          termMonths: 13,
        }),
      'INVALID_ARGUMENT',
      'term-above-rules',
    );
    expect(error.details).to.deep.equal({ maxTermMonths: 12 });
    expectSajjaError(
      () =>
        loanTermsFromRules(
          { ...SAJJA_GROUP_LOAN_RULES, method: 'balloon' as never },
          { principal: '1000', disbursedOn: '2024-01-01' },
        ),
      'RULES_INVALID',
      'unknown-value',
    );
  });
});
