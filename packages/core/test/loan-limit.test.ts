import { expect } from 'chai';
import fc from 'fast-check';
import { guarantorsFor, loanLimit, type LoanLimit } from '../src/loans/loan-limit.js';
import {
  COOPERATIVE_LOAN_RULES,
  SAJJA_GROUP_LOAN_RULES,
  VILLAGE_FUND_LOAN_RULES,
} from '../src/loans/loan-presets.js';
import type { LoanLimitRules } from '../src/loans/loan-rules.js';
import { satangToText, textToSatang } from './arbitraries.js';
import { expectSajjaError, rulesProblems } from './expect-sajja-error.js';

/** The result as plain strings, for deep comparison. */
const plain = (limit: LoanLimit): unknown => JSON.parse(JSON.stringify(limit));
const withLimits = (limits: LoanLimitRules) => ({ limits });

describe('loanLimit', () => {
  it('lends up to a multiple of savings, less what is outstanding', () => {
    // 2 × 12,000 = 24,000 in all; 5,000 owed, so 19,000 more; 3 guarantors (above 0, not 20,000).
    expect(
      plain(
        loanLimit({
          savings: '12000',
          shares: '0',
          outstanding: '5000',
          rules: SAJJA_GROUP_LOAN_RULES,
        }),
      ),
    ).to.deep.equal({
      maxAmount: '19000.00',
      binding: 'savings-multiple',
      guarantorsNeeded: 3,
      reasons: [
        {
          code: 'savings-multiple',
          limit: '24000.00',
          available: '19000.00',
          binding: true,
          details: { multiple: '2', savings: '12000.00' },
        },
      ],
    });
  });

  it('takes the smallest limit and says which binds', () => {
    // Savings 3 × 10,000 = 30,000; shares 2 × 8,000 = 16,000; cap 20,000 → shares bind: 16,000.
    const limit = loanLimit({
      savings: '10000',
      shares: '8000',
      outstanding: '0',
      rules: withLimits({ savingsMultiple: '3', sharesMultiple: '2', maxAmount: '20000' }),
    });
    expect(limit.maxAmount?.toString()).to.equal('16000.00');
    expect(limit.binding).to.equal('shares-multiple');
    expect(limit.reasons.map((r) => [r.code, r.limit.toString(), r.binding])).to.deep.equal([
      ['savings-multiple', '30000.00', false],
      ['shares-multiple', '16000.00', true],
      ['max-amount', '20000.00', false],
    ]);
  });

  it('binds the first limit on a tie, and never lends below zero', () => {
    const rules = withLimits({ savingsMultiple: '2', maxAmount: '20000' });
    const tie = loanLimit({ savings: '10000', shares: '0', outstanding: '0', rules });
    expect(tie.reasons.map((r) => r.binding)).to.deep.equal([true, false]);
    // 25,000 owed against a 20,000 limit: nothing more, not −5,000.
    const over = loanLimit({ savings: '10000', shares: '0', outstanding: '25000', rules });
    expect(over.maxAmount?.toString()).to.equal('0.00');
    expect(over.reasons.map((r) => r.available.toString())).to.deep.equal(['0.00', '0.00']);
    expect(over.guarantorsNeeded).to.equal(0);
  });

  it('applies the village fund’s absolute 20,000 to everything owed', () => {
    const limit = loanLimit({
      savings: '0',
      shares: '0',
      outstanding: '5000',
      rules: VILLAGE_FUND_LOAN_RULES,
    });
    expect(limit.maxAmount?.toString()).to.equal('15000.00');
    expect(limit.binding).to.equal('max-amount');
  });

  it('rounds a product down to the satang, so no limit is passed by rounding', () => {
    // 333.33 × 2.5 = 833.325 → 833.32, not 833.33.
    const limit = loanLimit({
      savings: '333.33',
      shares: '0',
      outstanding: '0',
      rules: withLimits({ savingsMultiple: '2.5' }),
    });
    expect(limit.maxAmount?.toString()).to.equal('833.32');
  });

  it('reports the share-secured limit as an alternative, beside the multiples', () => {
    // Cooperative: 3 × 50,000 = 150,000, less 20,000 owed = 130,000. Share-secured: 90 % of
    // 50,000 = 45,000, less the 20,000 owed = 25,000.
    const limit = loanLimit({
      savings: '1000',
      shares: '50000',
      outstanding: '20000',
      rules: COOPERATIVE_LOAN_RULES,
    });
    expect(limit.maxAmount?.toString()).to.equal('130000.00');
    expect(plain(limit)).to.deep.include({
      shareSecured: {
        code: 'share-secured',
        limit: '45000.00',
        available: '25000.00',
        binding: false,
        details: { percent: '90', shares: '50000.00' },
      },
      shareSecuredMax: '25000.00',
    });
    // Shares of 333.35 at 95 %: 316.6825 → 316.68. The absolute cap still applies: 300.
    const capped = loanLimit({
      savings: '0',
      shares: '333.35',
      outstanding: '0',
      rules: withLimits({ shareSecuredPercent: '95', maxAmount: '300' }),
    });
    expect(capped.shareSecured?.limit.toString()).to.equal('300.00');
    const uncapped = loanLimit({
      savings: '0',
      shares: '333.35',
      outstanding: '0',
      rules: withLimits({ shareSecuredPercent: '95' }),
    });
    expect(uncapped.shareSecuredMax?.toString()).to.equal('316.68');
    // Only the share-secured limit: no ordinary maximum at all.
    expect(uncapped.maxAmount).to.equal(null);
  });

  it('says “no limit” with null rather than a silent zero', () => {
    const limit = loanLimit({ savings: '1000', shares: '1000', outstanding: '0', rules: {} });
    expect(plain(limit)).to.deep.equal({ maxAmount: null, reasons: [] });
  });

  it('rejects negative amounts and bad limits', () => {
    const input = { savings: '1000', shares: '0', outstanding: '0', rules: SAJJA_GROUP_LOAN_RULES };
    for (const key of ['savings', 'shares', 'outstanding'] as const) {
      const error = expectSajjaError(
        () => loanLimit({ ...input, [key]: '-1' }),
        'INVALID_ARGUMENT',
        'negative-amount',
      );
      expect(error.details).to.deep.equal({ option: key });
    }
    expectSajjaError(
      () => loanLimit({ ...input, savings: '1,000' }),
      'INVALID_AMOUNT',
      'not-a-number',
    );
    expect(
      rulesProblems(() => loanLimit({ ...input, rules: withLimits({ savingsMultiple: '-2' }) })),
    ).to.deep.equal([{ path: 'limits.savingsMultiple', reason: 'below-minimum' }]);
  });

  it('never exceeds any limit and always leaves the binding one’s room (fast-check)', () => {
    const amount = fc.bigInt({ min: 0n, max: 10_000_000_00n }).map(satangToText);
    const multiple = fc.option(
      fc.integer({ min: 0, max: 500 }).map((n) => (n / 100).toString()),
      { nil: undefined },
    );
    fc.assert(
      fc.property(
        amount,
        amount,
        amount,
        multiple,
        multiple,
        fc.option(amount, { nil: undefined }),
        (savings, shares, outstanding, savingsMultiple, sharesMultiple, maxAmount) => {
          const limits: LoanLimitRules = {
            ...(savingsMultiple === undefined ? {} : { savingsMultiple }),
            ...(sharesMultiple === undefined ? {} : { sharesMultiple }),
            ...(maxAmount === undefined ? {} : { maxAmount }),
          };
          const limit = loanLimit({ savings, shares, outstanding, rules: { limits } });
          if (limit.reasons.length === 0) {
            expect(limit.maxAmount).to.equal(null);
            return;
          }
          const owed = textToSatang(outstanding);
          const most = textToSatang(limit.maxAmount!.toString());
          expect(most >= 0n).to.equal(true);
          for (const reason of limit.reasons) {
            // The new loan plus what is owed stays within every limit, or is zero.
            if (most > 0n)
              expect(most + owed <= textToSatang(reason.limit.toString())).to.equal(true);
          }
          const binding = limit.reasons.find((r) => r.binding)!;
          expect(binding.available.equals(limit.maxAmount!)).to.equal(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('guarantorsFor', () => {
  it('counts guarantors by loan size, a step applying above its amount', () => {
    // Sajja preset: above 0 → 3, above 20,000 → 4, above 50,000 → 5.
    expect(guarantorsFor('0', SAJJA_GROUP_LOAN_RULES)).to.equal(0);
    expect(guarantorsFor('0.01', SAJJA_GROUP_LOAN_RULES)).to.equal(3);
    expect(guarantorsFor('20000', SAJJA_GROUP_LOAN_RULES)).to.equal(3);
    expect(guarantorsFor('20000.01', SAJJA_GROUP_LOAN_RULES)).to.equal(4);
    expect(guarantorsFor('50000.01', SAJJA_GROUP_LOAN_RULES)).to.equal(5);
    expect(guarantorsFor('1000000', VILLAGE_FUND_LOAN_RULES)).to.equal(0);
  });

  it('counts them for the maximum loan in loanLimit', () => {
    // 2 × 30,000 = 60,000 → above 50,000: 5 guarantors.
    expect(
      loanLimit({ savings: '30000', shares: '0', outstanding: '0', rules: SAJJA_GROUP_LOAN_RULES })
        .guarantorsNeeded,
    ).to.equal(5);
  });

  it('rejects a negative amount', () => {
    expectSajjaError(
      () => guarantorsFor('-1', SAJJA_GROUP_LOAN_RULES),
      'INVALID_ARGUMENT',
      'negative-amount',
    );
  });
});
