import { expect } from 'chai';
import {
  errorMessage,
  formatCsv,
  localToday,
  MAX_DECIMAL_LENGTH,
  problemMessage,
  ruleWarningMessage,
  SajjaError,
} from '../src/index.js';
import {
  installmentDueDates,
  loanSchedule,
  loanStatus,
  SAJJA_GROUP_LOAN_RULES,
  validateLoanRules,
  type LoanTerms,
} from '../src/loans/index.js';
import {
  dividendWarnings,
  pledgeStatus,
  postInterest,
  SAJJA_PLEDGE_RULES,
  savingsByMonth,
  savingsInterest,
  VILLAGE_BANK_SAVINGS_RULES,
} from '../src/savings/index.js';
import { matchingFunds } from '../src/welfare/index.js';
import { summarizeLedger } from '../src/ledger/index.js';
import { expectSajjaError } from './expect-sajja-error.js';

const terms: LoanTerms = {
  principal: '100000',
  rate: { percent: '12', per: 'year' },
  termMonths: 600,
  method: 'declining',
  disbursedOn: '2024-01-31',
};

describe('size limits on numbers that are not money', () => {
  it('refuses a rate written with more than 32 characters before reading it', () => {
    const huge = { ...terms, rate: { percent: '1'.repeat(200_000), per: 'year' as const } };
    const error = expectSajjaError(() => loanSchedule(huge), 'INVALID_ARGUMENT', 'invalid-option');
    expect(error.details).to.deep.equal({ option: 'rate.percent' });
    expect(MAX_DECIMAL_LENGTH).to.equal(32);
    // 32 characters are read; a number counts by its exact decimal text.
    const longest = `0.${'0'.repeat(29)}1`;
    expect(longest).to.have.length(32);
    expect(
      loanSchedule({ ...terms, rate: { percent: longest, per: 'year' } }).installments,
    ).to.have.length(600);
    expectSajjaError(
      () => loanSchedule({ ...terms, rate: { percent: 1e-40, per: 'year' } }),
      'INVALID_ARGUMENT',
      'invalid-option',
    );
    expectSajjaError(
      () => dividendWarnings(`1.${'5'.repeat(40)}`),
      'INVALID_ARGUMENT',
      'invalid-option',
    );
    const ratio = expectSajjaError(
      () =>
        matchingFunds({
          memberContributions: '100',
          ratios: { member: 1, localGovernment: '9'.repeat(50), centralGovernment: 1 },
        }),
      'INVALID_ARGUMENT',
      'invalid-option',
    );
    expect(ratio.details).to.deep.equal({ option: 'ratios.localGovernment' });
  });

  it('reports a rules decimal past 32 characters as too long, with the other problems', () => {
    const error = expectSajjaError(
      () =>
        validateLoanRules({
          ...SAJJA_GROUP_LOAN_RULES,
          rate: { percent: '9'.repeat(200_000), per: 'month' },
          penaltyGraceDays: 3651,
        }),
      'RULES_INVALID',
      'too-long',
    );
    expect(error.problems).to.deep.equal([
      { path: 'rate.percent', reason: 'too-long', details: { max: 32 } },
      { path: 'penaltyGraceDays', reason: 'above-maximum', details: { max: 3650 } },
    ]);
    expect(problemMessage(error.problems[0]!, 'en')).to.equal('This is longer than 32 characters.');
  });

  it('holds terms, counts and spans of time to documented limits', () => {
    expectSajjaError(
      () => loanSchedule({ ...terms, termMonths: 601 }),
      'INVALID_ARGUMENT',
      'invalid-option',
    );
    const count = expectSajjaError(
      () => installmentDueDates({ disbursedOn: '2024-01-31' }, 1201),
      'INVALID_ARGUMENT',
      'invalid-option',
    );
    expect(count.details).to.deep.equal({ option: 'count' });
    expect(installmentDueDates({ disbursedOn: '2024-01-31' }, 1200)).to.have.length(1200);
    const pledge = { rules: SAJJA_PLEDGE_RULES, startMonth: '2024-01' };
    expect(
      expectSajjaError(
        () => pledgeStatus(pledge, [], '2124-01-05'),
        'INVALID_ARGUMENT',
        'invalid-option',
      ).details,
    ).to.deep.equal({ option: 'asOf' });
    expect(pledgeStatus(pledge, [], '2123-12-31').months).to.have.length(1200);
    expect(
      expectSajjaError(
        () => summarizeLedger([], { from: '2024-01-01', to: '2124-01-01', by: 'month' }),
        'INVALID_ARGUMENT',
        'invalid-option',
      ).details,
    ).to.deep.equal({ option: 'to' });
    const interest = {
      transactions: [],
      ratePercentPerYear: '1',
      method: 'daily-balance',
      dayCount: 'actual/365',
    } as const;
    // 36,525 days from 2024-01-01 (2100 is no leap year) end on 2124-01-01.
    expect(
      savingsInterest({ ...interest, from: '2024-01-01', to: '2124-01-01' }).toString(),
    ).to.equal('0.00');
    expectSajjaError(
      () => savingsInterest({ ...interest, from: '2024-01-01', to: '2124-01-02' }),
      'INVALID_ARGUMENT',
      'invalid-option',
    );
    const account = { transactions: [{ date: '2024-01-01', amount: '100' }] };
    expectSajjaError(
      () => postInterest(account, VILLAGE_BANK_SAVINGS_RULES, '2125-01-01'),
      'INVALID_ARGUMENT',
      'invalid-option',
    );
  });
});

describe('lists with holes', () => {
  it('are refused at the first hole, not walked or skipped', () => {
    const payments: unknown[] = [{ id: 'p1', date: '2024-02-29', amount: '100' }];
    payments[5] = { id: 'p2', date: '2024-03-31', amount: '100' };
    const error = expectSajjaError(
      () => loanStatus({ terms: { ...terms, termMonths: 12 } }, payments as never, '2024-04-30'),
      'INVALID_ARGUMENT',
      'invalid-option',
    );
    expect(error.details).to.deep.equal({ option: 'payments[1]' });
    const movements = new Array(2 ** 32 - 1);
    expect(
      expectSajjaError(
        () => savingsByMonth(movements, '2024-06-30'),
        'INVALID_ARGUMENT',
        'invalid-option',
      ).details,
    ).to.deep.equal({ option: 'movements[0]' });
  });
});

describe('messages for what is not an error', () => {
  it('refuse values they cannot describe, instead of a TypeError in a widget', () => {
    for (const value of [null, undefined, 'x', 3]) {
      expectSajjaError(() => errorMessage(value as never), 'INVALID_ARGUMENT', 'invalid-option');
      expectSajjaError(() => problemMessage(value as never), 'INVALID_ARGUMENT', 'invalid-option');
    }
    const error = new SajjaError('INVALID_AMOUNT', 'empty', 'Empty.');
    expect(
      expectSajjaError(
        () => errorMessage(error, 'fr' as never),
        'INVALID_ARGUMENT',
        'invalid-option',
      ).details,
    ).to.deep.equal({ option: 'language' });
    expect(
      expectSajjaError(
        () => ruleWarningMessage({ code: 'NO_SUCH_WARNING', path: '' } as never, 'en'),
        'INVALID_ARGUMENT',
        'invalid-option',
      ).details,
    ).to.deep.equal({ option: 'warning.code' });
  });

  it('leave a placeholder whose value is not a finite number or text as it is', () => {
    expect(
      ruleWarningMessage(
        {
          code: 'INTEREST_ABOVE_LEGAL_CAP',
          path: 'rate.percent',
          details: { rate: NaN, cap: '15' },
        },
        'en',
      ),
    ).to.equal(
      'The interest rate of {rate}% a year is above the legal cap of 15% a year (Civil and Commercial Code s.654).',
    );
  });
});

describe('other inputs of the wrong kind', () => {
  it('localToday refuses what is not a valid Date', () => {
    expectSajjaError(() => localToday(new Date(Number.NaN)), 'INVALID_ARGUMENT', 'invalid-option');
    expectSajjaError(() => localToday('2024-01-01' as never), 'INVALID_ARGUMENT', 'invalid-option');
    expectSajjaError(() => localToday(new Date(10_000, 0, 1)), 'INVALID_DATE', 'year-out-of-range');
    expect(localToday(new Date(2024, 0, 31, 23))).to.equal('2024-01-31');
  });

  it('formatCsv refuses rows that are not lists of text, naming the cell', () => {
    expect(formatCsv([['a', 1, 2n]] as never)).to.equal('a,1,2\r\n');
    for (const [rows, option] of [
      ['a', 'rows'],
      [[['a'], 'b'], 'rows[1]'],
      [[['a', null]], 'rows[0][1]'],
      [[['a', { b: 1 }]], 'rows[0][1]'],
      [[[Object.create(null)]], 'rows[0][0]'],
    ] as const) {
      const error = expectSajjaError(
        () => formatCsv(rows as never),
        'INVALID_ARGUMENT',
        'invalid-option',
      );
      expect(error.details).to.deep.equal({ option });
    }
  });
});
