import { expect } from 'chai';
import { problemMessage } from '../src/index.js';
import { CHAMUNG_WELFARE_RULES, validateWelfareRules } from '../src/welfare/index.js';
import { expectSajjaError, rulesProblems } from './expect-sajja-error.js';

const problemsOf = (rules: unknown) => rulesProblems(() => validateWelfareRules(rules));

const valid = {
  waitingDays: 180,
  contribution: { perDay: '1' },
  benefits: { birth: { type: 'fixed', amount: '1000' } },
};

describe('validateWelfareRules', () => {
  it('accepts the Chamung preset and returns the rules', () => {
    expect(validateWelfareRules(CHAMUNG_WELFARE_RULES)).to.equal(CHAMUNG_WELFARE_RULES);
    expect(validateWelfareRules(valid)).to.equal(valid);
  });

  it('reports every problem at once, each with its path', () => {
    expect(
      problemsOf({
        waitingDays: -1,
        contribution: { perDay: '1', perMonth: '30' },
        benefits: {
          Hospital: { type: 'per-unit', perUnit: '-200' },
          death: {
            type: 'by-membership-years',
            steps: [
              { minYears: 0, amount: '3000' },
              { minYears: 5, amount: '10000' },
              { minYears: 5, amount: '15000' },
              { minYears: 3, amount: '1e3' },
            ],
          },
          gift: { type: 'voucher', amount: '10' },
        },
        dependantFactor: '1.5',
      }),
    ).to.deep.equal([
      { path: 'waitingDays', reason: 'below-minimum' },
      { path: 'contribution', reason: 'one-contribution' },
      { path: 'benefits.Hospital', reason: 'invalid-kind' },
      { path: 'benefits.Hospital.perUnit', reason: 'below-minimum' },
      { path: 'benefits.death.steps[2].minYears', reason: 'overlapping-steps' },
      { path: 'benefits.death.steps[3].amount', reason: 'not-an-amount' },
      { path: 'benefits.death.steps[3].minYears', reason: 'unordered-steps' },
      { path: 'benefits.gift.type', reason: 'unknown-value' },
      { path: 'dependantFactor', reason: 'above-maximum' },
    ]);
  });

  it('requires the fields a fund cannot run without', () => {
    expect(problemsOf({})).to.deep.equal([
      { path: 'waitingDays', reason: 'required' },
      { path: 'contribution', reason: 'required' },
      { path: 'benefits', reason: 'required' },
    ]);
    expect(problemsOf(null)).to.deep.equal([{ path: '', reason: 'not-an-object' }]);
    expect(problemsOf({ ...valid, contribution: {} })).to.deep.equal([
      { path: 'contribution', reason: 'one-contribution' },
    ]);
  });

  it('checks benefit fields by type', () => {
    expect(
      problemsOf({
        ...valid,
        benefits: {
          hospital: { type: 'per-unit', perUnit: '200', maxPerClaim: '600', maxPerYear: '500' },
          elderly: { type: 'annual', amount: '200', minYears: 2.5 },
          death: { type: 'by-membership-years', steps: [] },
          other: { type: 'by-membership-years' },
          broken: 'fixed',
        },
      }),
    ).to.deep.equal([
      { path: 'benefits.hospital.maxPerYear', reason: 'cap-below-claim-cap' },
      { path: 'benefits.elderly.minYears', reason: 'not-a-whole-number' },
      { path: 'benefits.death.steps', reason: 'no-steps' },
      { path: 'benefits.other.steps', reason: 'required' },
      { path: 'benefits.broken', reason: 'not-an-object' },
    ]);
  });

  it('gives each problem a Thai and an English sentence', () => {
    const error = expectSajjaError(
      () =>
        validateWelfareRules({
          ...valid,
          benefits: {
            hospital: { type: 'per-unit', perUnit: '200', maxPerClaim: '600', maxPerYear: '500' },
          },
        }),
      'RULES_INVALID',
      'cap-below-claim-cap',
    );
    expect(problemMessage(error.problems[0]!, 'en')).to.equal(
      'The yearly limit cannot be below the per-claim limit (600.00 baht).',
    );
    expect(problemMessage(error.problems[0]!)).to.equal(
      'วงเงินต่อปีต้องไม่น้อยกว่าวงเงินต่อครั้ง (600.00 บาท)',
    );
    expect(problemMessage({ path: 'x', reason: 'something-new' as never }, 'en')).to.equal(
      'The fund’s rules are not valid.',
    );
  });
});
