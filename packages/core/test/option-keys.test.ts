import { expect } from 'chai';
import {
  bahtText,
  formatCsv,
  formatMoney,
  formatThaiDate,
  money,
  parseMoney,
  SajjaError,
} from '../src/index.js';
import {
  debtReliefPlan,
  installmentDueDates,
  loanLimit,
  loanSchedule,
  loanTermsFromRules,
  SAJJA_GROUP_LOAN_RULES,
  validateLoanRules,
  type LoanTerms,
} from '../src/loans/index.js';
import {
  savingsInterest,
  SAJJA_PLEDGE_RULES,
  validatePledgeRules,
  validateSavingsRules,
  VILLAGE_BANK_SAVINGS_RULES,
} from '../src/savings/index.js';
import {
  CHAMUNG_WELFARE_RULES,
  funeralAidPayout,
  FUNERAL_AID_EXAMPLE_RULES,
  validateWelfareRules,
} from '../src/welfare/index.js';
import { summarizeLedger } from '../src/ledger/index.js';
import {
  createBooks,
  DEFAULT_CHART_OF_ACCOUNTS,
  depositEntry,
  GENERAL_SUB_FUND,
  trialBalance,
  validateChartOfAccounts,
} from '../src/books/index.js';
import { shareWeights } from '../src/year-end/index.js';
import { expectSajjaError, rulesProblems } from './expect-sajja-error.js';

const terms: LoanTerms = {
  principal: '100000',
  rate: { percent: '12', per: 'year' },
  termMonths: 12,
  method: 'declining',
  disbursedOn: '2024-01-31',
};

/** The `details` of the unknown-option error `action` throws. */
function unknownOption(action: () => unknown): SajjaError['details'] {
  return expectSajjaError(action, 'INVALID_ARGUMENT', 'unknown-option').details;
}

describe('options a function does not have', () => {
  it('refuses a mistyped loan term instead of building the schedule without it', () => {
    const error = expectSajjaError(
      () => loanSchedule({ ...terms, roundPaymentTO: '10' } as LoanTerms),
      'INVALID_ARGUMENT',
      'unknown-option',
    );
    expect(error.details).to.deep.equal({ option: 'roundPaymentTO', closest: 'roundPaymentTo' });
    expect(error.message).to.equal(
      'LoanTerms has no option "roundPaymentTO" (did you mean "roundPaymentTo"?).',
    );
    // Spelt right, the rounding applies.
    const rounded = loanSchedule({ ...terms, roundPaymentTo: '10' });
    expect(rounded.installments[0]!.payment.toString()).to.equal('8890.00');
  });

  it('names keys inside terms by their path', () => {
    const rate = { percent: '12', per: 'year', perod: 'x' } as unknown as LoanTerms['rate'];
    expect(unknownOption(() => loanSchedule({ ...terms, rate }))).to.deep.equal({
      option: 'rate.perod',
      closest: 'rate.per',
    });
    expect(
      unknownOption(() =>
        debtReliefPlan({
          debts: [{ lender: 'shop', balance: '5000', rate: { percent: '2', per: 'month' } }],
          offer: {
            rate: terms.rate,
            method: 'flat',
            disbursedOn: '2024-01-31',
            termMonth: 12,
          } as never,
        }),
      ),
    ).to.deep.equal({ option: 'offer.termMonth', closest: 'offer.termMonths' });
    expect(
      unknownOption(() =>
        installmentDueDates({ disbursedOn: '2024-01-31', dueDay: 5 } as never, 3),
      ),
    ).to.deep.equal({ option: 'dueDay' });
  });

  it('refuses unknown keys of requests, inputs and options across the domains', () => {
    expect(
      unknownOption(() =>
        loanTermsFromRules(SAJJA_GROUP_LOAN_RULES, {
          principal: '15000',
          disbursedOn: '2024-06-05',
          termmonths: 10,
        } as never),
      ),
    ).to.deep.equal({ option: 'termmonths', closest: 'termMonths' });
    expect(
      unknownOption(() =>
        loanLimit({
          savings: '1',
          shares: '0',
          outstanding: '0',
          rules: SAJJA_GROUP_LOAN_RULES,
          outstandng: '5',
        } as never),
      ),
    ).to.deep.equal({ option: 'outstandng', closest: 'outstanding' });
    expect(
      unknownOption(() =>
        savingsInterest({
          transactions: [],
          from: '2024-01-01',
          to: '2024-12-31',
          method: 'daily-balance',
          dayCount: 'actual/365',
          tiers: { mode: 'by-band', bands: [{ from: '0', rate: '1' }] },
        } as never),
      ),
    ).to.deep.equal({ option: 'tiers.bands[0].rate' });
    expect(
      unknownOption(() =>
        funeralAidPayout({
          rules: FUNERAL_AID_EXAMPLE_RULES,
          payingMembers: 10,
          death: 2,
        } as never),
      ),
    ).to.deep.equal({ option: 'death', closest: 'deaths' });
    expect(
      unknownOption(() =>
        summarizeLedger([], {
          from: '2024-01-01',
          to: '2024-12-31',
          by: 'month',
          By: 'year',
        } as never),
      ),
    ).to.deep.equal({ option: 'By', closest: 'by' });
    expect(
      unknownOption(() => formatThaiDate('2024-01-15', { styel: 'long' } as never)),
    ).to.deep.equal({ option: 'styel', closest: 'style' });
    expect(unknownOption(() => formatCsv([['a']], { BOM: true } as never))).to.deep.equal({
      option: 'BOM',
      closest: 'bom',
    });
    const books = createBooks();
    expect(unknownOption(() => trialBalance(books, { asof: '2024-01-31' } as never))).to.deep.equal(
      { option: 'asof', closest: 'asOf' },
    );
    expect(
      unknownOption(() =>
        depositEntry({
          id: 'D-1',
          date: '2024-01-05',
          memberID: 'M-001',
          amount: '100',
        } as never),
      ),
    ).to.deep.equal({ option: 'memberID', closest: 'memberId' });
    expect(
      unknownOption(() =>
        shareWeights([], {
          fiscalYearStart: '2024-01-01',
          weighting: 'share-days',
          rate: 1,
        } as never),
      ),
    ).to.deep.equal({ option: 'rate' });
  });

  it('refuses mistyped options of the money functions, even where a fast path needs none', () => {
    expect(unknownOption(() => money('12.50', { roundng: 'half-up' } as never))).to.deep.equal({
      option: 'roundng',
      closest: 'rounding',
    });
    expect(unknownOption(() => parseMoney('1,234.50', { Rounding: 'up' } as never))).to.deep.equal({
      option: 'Rounding',
      closest: 'rounding',
    });
    expect(unknownOption(() => formatMoney('1234.5', { digit: 'thai' } as never))).to.deep.equal({
      option: 'digit',
      closest: 'digits',
    });
    expect(unknownOption(() => bahtText('21', { edRule: 'sheets' } as never))).to.deep.equal({
      option: 'edRule',
    });
    expect(formatMoney('1234.5', { digits: 'thai' })).to.equal('๑,๒๓๔.๕๐');
  });

  it('lets through keys set to undefined, as spreads of optional fields write them', () => {
    const schedule = loanSchedule({ ...terms, roundPaymentTO: undefined } as LoanTerms);
    expect(schedule.installments).to.have.length(12);
  });
});

describe('rules with a field their validator does not know', () => {
  it('reports it as a problem with the other problems, naming the field probably meant', () => {
    const error = expectSajjaError(
      () => validateLoanRules({ ...SAJJA_GROUP_LOAN_RULES, termMonth: 12, penaltyGraceDay: 3 }),
      'RULES_INVALID',
      'unknown-field',
    );
    expect(error.problems).to.deep.equal([
      {
        path: 'termMonth',
        reason: 'unknown-field',
        details: { field: 'termMonth', closest: 'termMonths' },
      },
      {
        path: 'penaltyGraceDay',
        reason: 'unknown-field',
        details: { field: 'penaltyGraceDay', closest: 'penaltyGraceDays' },
      },
    ]);
  });

  it('finds unknown fields at every depth of every kind of rules', () => {
    expect(
      rulesProblems(() =>
        validateLoanRules({
          ...SAJJA_GROUP_LOAN_RULES,
          rate: { percent: '1', per: 'month', compound: true },
          penalty: { kind: 'fixed-fee', fee: '50', percent: '5' },
        }),
      ),
    ).to.deep.equal([
      { path: 'rate.compound', reason: 'unknown-field' },
      { path: 'penalty.percent', reason: 'unknown-field' },
    ]);
    expect(
      rulesProblems(() =>
        validateSavingsRules({
          ...VILLAGE_BANK_SAVINGS_RULES,
          withdrawalLimit: { count: 2, per: 'month', fee: '5' },
        }),
      ),
    ).to.deep.equal([{ path: 'withdrawalLimit.fee', reason: 'unknown-field' }]);
    expect(
      rulesProblems(() => validatePledgeRules({ ...SAJJA_PLEDGE_RULES, fines: { perLate: '5' } })),
    ).to.deep.equal([{ path: 'fines.perLate', reason: 'unknown-field' }]);
    expect(
      rulesProblems(() =>
        validateWelfareRules({
          ...CHAMUNG_WELFARE_RULES,
          benefits: { birth: { type: 'fixed', amount: '1000', maxPerYear: '1000' } },
        }),
      ),
    ).to.deep.equal([{ path: 'benefits.birth.maxPerYear', reason: 'unknown-field' }]);
    expect(
      rulesProblems(() => createBooks({ name: 'x', openPerid: '2024-01' } as never)),
    ).to.deep.equal([{ path: 'openPerid', reason: 'unknown-field' }]);
    const [cash, ...rest] = DEFAULT_CHART_OF_ACCOUNTS;
    expect(
      rulesProblems(() =>
        validateChartOfAccounts([
          { ...cash!, label: { ...cash!.label, fr: 'caisse' }, colour: 'green' },
          ...rest,
        ]),
      ),
    ).to.deep.equal([
      { path: '[0].colour', reason: 'unknown-field' },
      { path: '[0].label.fr', reason: 'unknown-field' },
    ]);
    expect(
      rulesProblems(() =>
        createBooks({
          subFunds: [{ code: 'general', label: GENERAL_SUB_FUND.label, kind: 1 }],
        } as never),
      ),
    ).to.deep.equal([{ path: 'subFunds[0].kind', reason: 'unknown-field' }]);
  });
});
