import { expect } from 'chai';
import fc from 'fast-check';
import { addDays, sum } from '../src/index.js';
import { applyPayment } from '../src/loans/apply-payment.js';
import type { Loan, LoanState } from '../src/loans/loan.js';
import { loanStatus } from '../src/loans/loan-status.js';
import { payoffQuote } from '../src/loans/payoff-quote.js';
import { expectSajjaError } from './expect-sajja-error.js';
import {
  DECLINING_TERMS,
  FLAT_LOAN,
  INTEREST_FREE,
  loans,
  paymentsFor,
  plain,
  rulesWith,
  undisbursedAfter,
} from './loan-repayment-fixtures.js';

const onTime = { id: 'p1', date: '2024-02-15', amount: '1100' };

/** 12,000 at 6 %/year, equal principal, actual/365, from 2024-01-10 (due on the 10th). */
const COOPERATIVE: Loan = {
  terms: {
    principal: '12000',
    rate: { percent: '6', per: 'year' },
    termMonths: 12,
    method: 'equal-principal',
    dayCount: 'actual/365',
    disbursedOn: '2024-01-10',
  },
};

describe('payoffQuote', () => {
  it("shares a 'period' month's interest over its actual days", () => {
    // Instalment 1 paid; on 2024-03-01 period 2 (15 Feb → 15 Mar, 29 days) has run 15 days:
    // 100.00 × 15 / 29 = 51.724 → 51.72. Principal 9,000: 9,051.72.
    expect(plain(payoffQuote(FLAT_LOAN, [onTime], '2024-03-01'))).to.deep.equal({
      onDate: '2024-03-01',
      principal: '9000.00',
      overdueInterest: '0.00',
      accruedInterest: '51.72',
      interest: '51.72',
      penalty: '0.00',
      total: '9051.72',
    });
  });

  it("counts actual days under 'actual/365'", () => {
    // Instalment 1 (1,000 + 61.15) paid on 02-10; on 03-01, 20 days into period 2:
    // 11,000 × 6 % × 20 / 365 = 36.164 → 36.16 (not 52.44 × 20 / 29 = 36.17).
    const quote = payoffQuote(
      COOPERATIVE,
      [{ date: '2024-02-10', amount: '1061.15' }],
      '2024-03-01',
    );
    expect(plain(quote)).to.include({
      principal: '11000.00',
      accruedInterest: '36.16',
      total: '11036.16',
    });
  });

  it('adds interest and penalties in arrears', () => {
    // Nothing paid by 2024-04-20: instalments 1–3 are due (300.00 interest); penalties
    // 1,000 × 5 % × 65, 36 and 5 days / 365 = 8.90 + 4.93 + 0.68 = 14.51; period 4 (15 Apr →
    // 15 May, 30 days) has earned 100 × 5 / 30 = 16.67.
    expect(plain(payoffQuote(FLAT_LOAN, [], '2024-04-20'))).to.deep.equal({
      onDate: '2024-04-20',
      principal: '10000.00',
      overdueInterest: '300.00',
      accruedInterest: '16.67',
      interest: '316.67',
      penalty: '14.51',
      total: '10331.18',
    });
  });

  it('charges no interest past the last due date, only penalties', () => {
    // One instalment of 1,010.00 due 2024-02-29, unpaid; 60 days later: 1,000 × 5 % × 60 /
    // 365 = 8.22.
    const single: Loan = { terms: { ...DECLINING_TERMS, principal: '1000', termMonths: 1 } };
    expect(plain(payoffQuote(single, [], '2024-04-29'))).to.include({
      principal: '1000.00',
      overdueInterest: '10.00',
      accruedInterest: '0.00',
      penalty: '8.22',
      total: '1018.22',
    });
  });

  it("counts from the prepayment day after a prepayment within the period ('prepay')", () => {
    // Declining example, earlyPayment 'prepay': instalment 1 paid 02-29; 10,000 on 03-15 pays the 445.72 earned and
    // leaves 82,560.84, whose interest for the 16 days left is 426.12 ('period'). On 03-23,
    // 8 of those 16 days: 426.12 × 8 / 16 = 213.06 more.
    let state: Loan | LoanState = {
      terms: DECLINING_TERMS,
      rules: rulesWith({ earlyPayment: 'prepay' }),
    };
    state = applyPayment(state, '8884.88', '2024-02-29').loan;
    state = applyPayment(state, '10000', '2024-03-15').loan;
    expect(plain(payoffQuote(state, [], '2024-03-23'))).to.include({
      principal: '82560.84',
      accruedInterest: '213.06',
      total: '82773.90',
    });
  });

  it('charges no interest for a period that has not begun after an early instalment', () => {
    // 12,000 at 1 %/month declining from 2024-01-15 (1,066.19 a month). Instalment 1 paid on
    // 02-12, three days early, at its scheduled amounts; on 02-13 its period is paid for and
    // instalment 2's (from 02-15) has not begun: the payoff is the principal left.
    const loan: Loan = {
      terms: {
        principal: '12000',
        rate: { percent: '1', per: 'month' },
        termMonths: 12,
        method: 'declining',
        disbursedOn: '2024-01-15',
      },
    };
    const early = [{ id: 'p1', date: '2024-02-12', amount: '1066.19' }];
    expect(plain(payoffQuote(loan, early, '2024-02-13'))).to.include({
      principal: '11053.81',
      accruedInterest: '0.00',
      total: '11053.81',
    });
    // In part: 500 on 02-12 paid instalment 1's 120.00 interest in full and 380.00 principal.
    // On 02-13, 29 days earned 112.26 < 120.00: no more interest, and none given back.
    const part = [{ id: 'p1', date: '2024-02-12', amount: '500' }];
    expect(plain(payoffQuote(loan, part, '2024-02-13'))).to.include({
      principal: '11620.00',
      accruedInterest: '0.00',
      total: '11620.00',
    });
    const closed = applyPayment(
      applyPayment(loan, part[0]!, '2024-02-12').loan,
      '11620',
      '2024-02-13',
    );
    expect(plain(closed.allocation)).to.include({ prepaid: '11620.00', excess: '0.00' });
    // Instalment 1 stays as paid: the 380.00 of principal and the 120.00 of interest.
    expect(plain(closed.loan.installments)).to.deep.equal([
      {
        n: 1,
        dueDate: '2024-02-15',
        payment: '500.00',
        principal: '380.00',
        interest: '120.00',
        balance: '0.00',
        paid: { penalty: '0.00', interest: '120.00', principal: '380.00', total: '500.00' },
        paidOn: '2024-02-13',
      },
    ]);
    expect(loanStatus(closed.loan, [], '2024-03-01').fullyPaid).to.equal(true);
    const short = loanStatus(
      loan,
      [...part, { date: '2024-02-13', amount: '11619.99' }],
      '2024-02-13',
    );
    expect(short.fullyPaid).to.equal(false);
  });

  it('closes a loan whose principal was all paid early, principal first, at the interest earned', () => {
    // 1,000 at 1 %/month declining, one instalment (1,000.00 + 10.00) due 2024-02-15 (31 days
    // from 01-15). Principal first: 1,000 on 01-20 is less than the payoff (1,000 + 10.00 × 5 /
    // 31 = 1.61), so it pays the instalment early, its principal only. On 01-25 the period has
    // earned 10.00 × 10 / 31 = 3.226 → 3.23: paid, it closes the loan, and 10.00 leaves 6.77 in
    // excess (not owed on the due date as well).
    const loan: Loan = {
      terms: {
        principal: '1000',
        rate: { percent: '1', per: 'month' },
        termMonths: 1,
        method: 'declining',
        disbursedOn: '2024-01-15',
      },
      rules: rulesWith({ allocationOrder: ['principal', 'interest', 'penalty'] }),
    };
    const early = [{ id: 'p1', date: '2024-01-20', amount: '1000' }];
    expect(plain(payoffQuote(loan, early, '2024-01-25'))).to.include({
      principal: '0.00',
      accruedInterest: '3.23',
      total: '3.23',
    });
    const paid = (amount: string) =>
      loanStatus(loan, [...early, { id: 'p2', date: '2024-01-25', amount }], '2024-01-25');
    expect(paid('3.23').fullyPaid).to.equal(true);
    expect(plain(paid('3.23').installments[0]!)).to.include({ interest: '3.23', status: 'paid' });
    expect(paid('3.22').fullyPaid).to.equal(false);
    expect(paid('10').excess.toString()).to.equal('6.77');

    // The same on a quarterly 30/360 schedule whose interest is deferred to the last instalment:
    // 12,000 at 1 %/month equal principal from 2024-01-15, four quarters, grace 2 on principal
    // and 3 on interest. 6,000 and 0.01 on the day of disbursement settle instalments 1 and 2
    // (they ask nothing) and prepay; instalment 3 is then 5,999.99 of principal with the
    // deferred interest. 5,999.99 on 02-14 pays that principal early. Quarter 1's interest,
    // deferred, is 12,000 × 3 % = 360.00 over 91 days (15 Jan → 15 Apr): 30 days earned
    // 360.00 × 30 / 91 = 118.681 → 118.68, all that is owed.
    const quarterly: Loan = {
      terms: {
        principal: '12000',
        rate: { percent: '1', per: 'month' },
        installmentCount: 4,
        repayEvery: { count: 3, unit: 'month' },
        method: 'equal-principal',
        dayCount: '30/360',
        graceOnPrincipal: 2,
        graceOnInterestPayment: 3,
        disbursedOn: '2024-01-15',
      },
      rules: loan.rules,
    };
    const paidDown = [
      { id: 'q1', date: '2024-01-15', amount: '6000' },
      { id: 'q2', date: '2024-01-15', amount: '0.01' },
      { id: 'q3', date: '2024-02-14', amount: '5999.99' },
    ];
    expect(plain(payoffQuote(quarterly, paidDown, '2024-02-14'))).to.include({
      principal: '0.00',
      accruedInterest: '118.68',
      total: '118.68',
    });
    const closed = loanStatus(
      quarterly,
      [...paidDown, { id: 'q4', date: '2024-02-14', amount: '118.68' }],
      '2024-02-14',
    );
    expect(closed.fullyPaid).to.equal(true);
    expect(closed.excess.toString()).to.equal('0.00');
  });

  it('is zero for a loan paid off, and checks its date', () => {
    const quote = payoffQuote(
      INTEREST_FREE,
      [{ date: '2024-01-01', amount: '12000' }],
      '2024-05-01',
    );
    expect(quote.total.toString()).to.equal('0.00');
    expectSajjaError(() => payoffQuote(FLAT_LOAN, [], '15/03/2567'), 'INVALID_DATE', 'not-a-date');
  });
});

describe('payoffQuote: invariants', () => {
  it('closes the loan when paid on its date: nothing owed, nothing in excess', function () {
    // Property runs replay whole histories; a loaded 2-core machine needs more than 2 s.
    this.timeout(20_000);
    fc.assert(
      fc.property(
        loans.chain((loan) =>
          fc.tuple(fc.constant(loan), paymentsFor(loan), fc.integer({ min: 0, max: 2400 })),
        ),
        ([loan, payments, offset]) => {
          const last = payments.at(-1)?.date ?? loan.terms.disbursedOn;
          const onDate = addDays(last, offset % 400);
          const quote = payoffQuote(loan, payments, onDate);
          const { principal, overdueInterest, accruedInterest, penalty, total } = quote;
          expect(sum([principal, overdueInterest, accruedInterest, penalty]).toString()).to.equal(
            total.toString(),
          );
          const status = loanStatus(loan, payments, onDate);
          expect(principal.toString()).to.equal(status.outstandingPrincipal.toString());
          expect(penalty.toString()).to.equal(status.due.penalty.toString());
          expect(overdueInterest.toString()).to.equal(status.due.interest.toString());
          if (total.isZero()) {
            expect(status.fullyPaid).to.equal(undisbursedAfter(loan, onDate).isZero());
            return;
          }
          // While a tranche is still to be paid out the quote says what is owed, and money paid
          // is applied as instalments: the loan goes on (see the loans guide, tranches).
          if (!undisbursedAfter(loan, onDate).isZero()) return;
          const paidOff = loanStatus(
            loan,
            [...payments, { id: 'payoff', date: onDate, amount: total.toString() }],
            onDate,
          );
          expect(paidOff.fullyPaid).to.equal(true);
          expect(paidOff.due.total.toString()).to.equal('0.00');
          expect(paidOff.excess.toString()).to.equal(status.excess.toString());
          expect(paidOff.outstandingPrincipal.toString()).to.equal('0.00');
          // A satang less leaves something owed.
          if (total.compare('0.01') > 0) {
            const short = loanStatus(
              loan,
              [...payments, { id: 'short', date: onDate, amount: total.minus('0.01').toString() }],
              onDate,
            );
            expect(short.fullyPaid).to.equal(false);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
