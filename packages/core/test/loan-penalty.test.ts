import { expect } from 'chai';
import fc from 'fast-check';
import { addDays, daysBetween, money } from '../src/index.js';
import type { Loan } from '../src/loans/loan.js';
import { VILLAGE_FUND_LOAN_RULES } from '../src/loans/loan-presets.js';
import { loanStatus } from '../src/loans/loan-status.js';
import { latePenalty } from '../src/loans/penalty.js';
import { expectSajjaError } from './expect-sajja-error.js';
import {
  INTEREST_FREE,
  loans,
  paymentsFor,
  plain,
  repaymentRules,
  rulesWith,
} from './loan-repayment-fixtures.js';
import { textToSatang } from './arbitraries.js';

/** A Buriram-like village fund: 30,000 over 12 months flat at 6 %/year, 1 % a day late. */
const BURIRAM: Loan = {
  terms: {
    principal: '30000',
    rate: { percent: '6', per: 'year' },
    termMonths: 12,
    method: 'flat',
    disbursedOn: '2021-01-01',
  },
  rules: { ...VILLAGE_FUND_LOAN_RULES, penalty: { kind: 'percent-per-year', percent: '365' } },
};

describe('latePenalty', () => {
  it('charges 5 % a year on the overdue principal, by days late, by default', () => {
    // 1,000 × 5 % × 30 / 365 = 4.1096 → 4.11; 1 day: 0.137 → 0.14; 91 days: 12.47.
    expect(latePenalty('1000', '2024-03-01', '2024-03-31').toString()).to.equal('4.11');
    expect(latePenalty('1000', '2024-03-01', '2024-03-02').toString()).to.equal('0.14');
    expect(latePenalty('1000', '2024-03-01', '2024-05-31').toString()).to.equal('12.47');
  });

  it('charges nothing on the due date, before it, or within the grace days', () => {
    expect(latePenalty('1000', '2024-03-01', '2024-03-01').toString()).to.equal('0.00');
    expect(latePenalty('1000', '2024-03-01', '2024-02-01').toString()).to.equal('0.00');
    const grace = rulesWith({ penaltyGraceDays: 5 });
    expect(latePenalty('1000', '2024-03-01', '2024-03-06', grace).toString()).to.equal('0.00');
    // Counted from the end of the grace period: 1 day, 0.14.
    expect(latePenalty('1000', '2024-03-01', '2024-03-07', grace).toString()).to.equal('0.14');
  });

  it('never charges more than the overdue principal, nor than maxPenalty', () => {
    const daily = rulesWith({ penalty: { kind: 'percent-per-year', percent: '365' } });
    // 1 % a day: 1,000 × 1 % × 99 = 990.00, below the cap; 101 days would be 1,010.
    expect(latePenalty('1000', '2024-01-01', '2024-04-09', daily).toString()).to.equal('990.00');
    expect(latePenalty('1000', '2024-01-01', '2024-04-11', daily).toString()).to.equal('1000.00');
    expect(latePenalty('1000', '2024-01-01', '2034-01-01', daily).toString()).to.equal('1000.00');
    const capped = rulesWith({ ...daily, maxPenalty: '250' });
    expect(latePenalty('1000', '2024-01-01', '2024-04-09', capped).toString()).to.equal('250.00');
  });

  it('charges a fixed fee once, capped the same way', () => {
    const fee = rulesWith({ penalty: { kind: 'fixed-fee', fee: '50' } });
    expect(latePenalty('1000', '2024-03-01', '2024-03-02', fee).toString()).to.equal('50.00');
    expect(latePenalty('1000', '2024-03-01', '2025-03-02', fee).toString()).to.equal('50.00');
    expect(latePenalty('30', '2024-03-01', '2024-03-02', fee).toString()).to.equal('30.00');
    expect(
      latePenalty('1000', '2024-03-01', '2024-03-02', { ...fee, maxPenalty: '20' }).toString(),
    ).to.equal('20.00');
    expect(latePenalty('0', '2024-03-01', '2024-03-02', fee).toString()).to.equal('0.00');
  });

  it('refuses a negative principal, bad dates and bad rules', () => {
    expectSajjaError(
      () => latePenalty('-1', '2024-03-01', '2024-03-02'),
      'INVALID_ARGUMENT',
      'negative-amount',
    );
    expectSajjaError(
      () => latePenalty('1', '2024-02-30', '2024-03-02'),
      'INVALID_DATE',
      'no-such-day',
    );
    expectSajjaError(
      () =>
        latePenalty(
          '1',
          '2024-03-01',
          '2024-03-02',
          rulesWith({ penalty: { kind: 'percent-per-year', percent: '-5' } }),
        ),
      'RULES_INVALID',
      'below-minimum',
    );
  });
});

describe('penalties on a loan', () => {
  it('keeps a Buriram-like 1 % a day within its cap, where uncapped it reaches 300,000', () => {
    // Never paid; three years later every instalment is far past its cap of 2,500 (its
    // principal): the penalties are 12 × 2,500 = 30,000, the whole demand 30,000 principal +
    // 1,800 interest + 30,000 = 61,800.
    const status = loanStatus(BURIRAM, [], '2024-01-01');
    expect(status.overdue.penalty.toString()).to.equal('30000.00');
    expect(status.overdue.total.toString()).to.equal('61800.00');
    expect(status.installments.every((row) => row.penalty.equals(row.principal))).to.equal(true);
    // The same 1 % a day uncapped, per instalment: Σ 2,500 × 1 % × days late (1,064 days for
    // the first, 730 for the last) = 269,425, a demand of 301,225 — the Buriram figure.
    let uncapped = 0n;
    for (const row of status.installments) {
      uncapped += (textToSatang(row.principal.toString()) * BigInt(row.daysPastDue)) / 100n;
    }
    const demand = money(status.overdue.total.minus(status.overdue.penalty)).plus(
      money(`${uncapped / 100n}.${String(uncapped % 100n).padStart(2, '0')}`),
    );
    expect(demand.toString()).to.equal('301225.00');
    expect(demand.compare('300000')).to.equal(1);
    expect(demand.compare('400000')).to.equal(-1);
    // With a maxPenalty of 500 each instalment carries at most 500.
    const withMax = { ...BURIRAM, rules: { ...BURIRAM.rules!, maxPenalty: '500' } };
    expect(loanStatus(withMax, [], '2024-01-01').overdue.penalty.toString()).to.equal('6000.00');
  });

  it('charges on principal only: the interest of an instalment changes nothing', () => {
    // Instalment 1 of two equal-principal loans of 12,000 (1,000 principal each), one at 0 %
    // and one at 2 %/month (240.00 interest), both 45 days late: 1,000 × 5 % × 45 / 365 = 6.16.
    const withInterest: Loan = {
      terms: { ...INTEREST_FREE.terms, rate: { percent: '2', per: 'month' } },
    };
    const asOf = addDays('2024-02-01', 45);
    for (const loan of [INTEREST_FREE, withInterest]) {
      expect(loanStatus(loan, [], asOf).installments[0]!.penalty.toString()).to.equal('6.16');
    }
  });

  it('charges a fixed fee per late instalment after the grace days', () => {
    const loan = {
      ...INTEREST_FREE,
      rules: rulesWith({ penalty: { kind: 'fixed-fee', fee: '50' }, penaltyGraceDays: 3 }),
    };
    // Instalment 1 is due 02-01: no fee to 02-04, 50 from 02-05, still 50 a month later (2
    // is then due 03-01 and 4 days late: another 50).
    expect(loanStatus(loan, [], '2024-02-04').overdue.penalty.toString()).to.equal('0.00');
    expect(loanStatus(loan, [], '2024-02-05').overdue.penalty.toString()).to.equal('50.00');
    expect(loanStatus(loan, [], '2024-03-05').overdue.penalty.toString()).to.equal('100.00');
    // Paid within the grace days: no fee.
    const paid = loanStatus(loan, [{ date: '2024-02-04', amount: '1000' }], '2024-02-20');
    expect(plain(paid.installments[0]!.paid)).to.include({ penalty: '0.00', principal: '1000.00' });
    // A tiny instalment: 120 over 12 months is 10.00 a month, so the fee is capped at 10.00.
    const tiny = { ...loan, terms: { ...loan.terms, principal: '120' } };
    expect(loanStatus(tiny, [], '2024-02-05').overdue.penalty.toString()).to.equal('10.00');
  });
});

describe('penalties: invariants', () => {
  it('never exceed the overdue principal or maxPenalty, and never decrease with time', function () {
    // Property runs replay whole histories; a loaded 2-core machine needs more than 2 s.
    this.timeout(20_000);
    fc.assert(
      fc.property(
        loans.chain((loan) =>
          fc.tuple(
            fc.constant(loan),
            paymentsFor(loan),
            fc.integer({ min: 0, max: 2400 }),
            fc.integer({ min: 1, max: 400 }),
          ),
        ),
        ([loan, payments, offset, later]) => {
          const asOf = addDays(loan.terms.disbursedOn, offset);
          const status = loanStatus(loan, payments, asOf);
          const after = loanStatus(loan, payments, addDays(asOf, later));
          const max = loan.rules?.maxPenalty;
          for (const row of status.installments) {
            expect(row.penalty.compare(row.principal)).to.be.at.most(0);
            if (max !== undefined) expect(row.penalty.compare(max)).to.be.at.most(0);
            expect(row.paid.penalty.compare(row.penalty)).to.be.at.most(0);
          }
          // Rows are the same ones later, unless a later payment prepaid and rebuilt them.
          if (after.prepaidPrincipal.equals(status.prepaidPrincipal)) {
            status.installments.forEach((row, index) => {
              const same = after.installments[index]!;
              expect(same.penalty.compare(row.penalty)).to.be.at.least(0);
            });
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('on a loan, equal latePenalty for an instalment left unpaid', () => {
    fc.assert(
      fc.property(
        repaymentRules,
        fc.integer({ min: 0, max: 2000 }),
        fc.bigInt({ min: 1n, max: 10_000_000n }),
        (rules, days, satang) => {
          const principal = `${satang / 100n}.${String(satang % 100n).padStart(2, '0')}`;
          const loan: Loan = {
            terms: {
              principal,
              rate: { percent: '1', per: 'month' },
              termMonths: 1,
              method: 'declining',
              disbursedOn: '2024-01-31',
            },
            rules,
          };
          const asOf = addDays('2024-02-29', days);
          const row = loanStatus(loan, [], asOf).installments[0]!;
          expect(daysBetween(row.dueDate, asOf)).to.equal(days);
          expect(row.penalty.toString()).to.equal(
            latePenalty(principal, row.dueDate, asOf, rules).toString(),
          );
        },
      ),
      { numRuns: 150 },
    );
  });
});
