import { expect } from 'chai';
import fc from 'fast-check';
import { daysBetween, type Money } from '../src/index.js';
import { installmentDueDates } from '../src/loans/due-dates.js';
import {
  LOAN_METHODS,
  type Installment,
  type LoanSchedule,
  type LoanTerms,
} from '../src/loans/loan-terms.js';
import { loanSchedule, MAX_TERM_MONTHS } from '../src/loans/schedule.js';
import { satangToText, textToSatang } from './arbitraries.js';
import { expectSajjaError } from './expect-sajja-error.js';

/** One instalment as plain text: `n dueDate payment principal interest balance`. */
const row = (i: Installment): string =>
  [i.n, i.dueDate, i.payment, i.principal, i.interest, i.balance].join(' ');
const rows = (schedule: LoanSchedule): string[] => schedule.installments.map(row);
const schedule = (terms: Partial<LoanTerms>): LoanSchedule =>
  loanSchedule({
    principal: '100000',
    rate: { percent: '12', per: 'year' },
    termMonths: 12,
    method: 'declining',
    disbursedOn: '2024-01-31',
    ...terms,
  });
const last = (s: LoanSchedule): Installment => s.installments[s.installments.length - 1]!;
const total = (amounts: readonly Money[]): bigint =>
  amounts.reduce((sum, amount) => sum + textToSatang(amount.toString()), 0n);

describe('loanSchedule, declining balance (annuity)', () => {
  it('pins the issue’s example: 100,000 at 12 %/year over 12 months pays 8,884.88, last 8,884.85', () => {
    // Excel: PMT(1%, 12, -100000) = 8,884.878867834… → 8,884.88. Interest 1 % of each balance,
    // half-up; the last instalment pays the remaining 8,796.88 plus 87.97 of interest.
    const s = schedule({});
    expect(rows(s)).to.deep.equal([
      '1 2024-02-29 8884.88 7884.88 1000.00 92115.12',
      '2 2024-03-31 8884.88 7963.73 921.15 84151.39',
      '3 2024-04-30 8884.88 8043.37 841.51 76108.02',
      '4 2024-05-31 8884.88 8123.80 761.08 67984.22',
      '5 2024-06-30 8884.88 8205.04 679.84 59779.18',
      '6 2024-07-31 8884.88 8287.09 597.79 51492.09',
      '7 2024-08-31 8884.88 8369.96 514.92 43122.13',
      '8 2024-09-30 8884.88 8453.66 431.22 34668.47',
      '9 2024-10-31 8884.88 8538.20 346.68 26130.27',
      '10 2024-11-30 8884.88 8623.58 261.30 17506.69',
      '11 2024-12-31 8884.88 8709.81 175.07 8796.88',
      '12 2025-01-31 8884.85 8796.88 87.97 0.00',
    ]);
    // 11 × 8,884.88 + 8,884.85 = 106,618.53.
    expect(s.totalPayment.toString()).to.equal('106618.53');
    expect(s.totalInterest.toString()).to.equal('6618.53');
  });

  // Expected values are Excel's PMT(i, n, -P), computed independently with Python's decimal
  // module at 80 significant digits: P·i / (1 − (1 + i)^−n), then rounded half-up to satang.
  const excelPmt: Array<
    [
      principal: string,
      percent: string,
      per: 'month' | 'year',
      n: number,
      exact: string,
      payment: string,
    ]
  > = [
    ['50000', '1.5', 'month', 24, '2496.2050984754', '2496.21'],
    ['1000000', '7.25', 'year', 360, '6821.7628005619', '6821.76'],
    ['250000', '6', 'year', 360, '1498.8763128818', '1498.88'],
    ['20000', '2', 'month', 36, '784.6570519559', '784.66'],
    ['123456.78', '0.75', 'month', 60, '2562.7596943418', '2562.76'],
    ['100000', '6', 'year', 600, '526.4047938863', '526.40'],
  ];
  for (const [principal, percent, per, termMonths, exact, payment] of excelPmt) {
    it(`matches Excel's PMT for ${principal} at ${percent} %/${per} over ${termMonths} months (${exact}…)`, () => {
      const s = schedule({ principal, rate: { percent, per }, termMonths });
      expect(s.installments[0]!.payment.toString()).to.equal(payment);
      expect(s.installments).to.have.length(termMonths);
    });
  }

  it('runs a 360-month loan to the satang: 1,000,000 at 7.25 %/year', () => {
    // Reference: a separate Python implementation of the same conventions (decimal module).
    const s = schedule({
      principal: '1000000',
      rate: { percent: '7.25', per: 'year' },
      termMonths: 360,
    });
    expect(s.installments).to.have.length(360);
    expect(row(s.installments[0]!)).to.equal('1 2024-02-29 6821.76 780.09 6041.67 999219.91');
    expect(row(s.installments[358]!)).to.equal('359 2053-12-31 6821.76 6740.05 81.71 6784.24');
    expect(row(s.installments[359]!)).to.equal('360 2054-01-31 6825.23 6784.24 40.99 0.00');
    expect(s.totalInterest.toString()).to.equal('1455837.07');
  });

  it('rounds the payment up to 10 baht and lets the last instalment absorb the rest', () => {
    // PMT(0.5 %, 360, -250000) = 1,498.876… → up to a multiple of 10: 1,500.00.
    const s = schedule({
      principal: '250000',
      rate: { percent: '6', per: 'year' },
      termMonths: 360,
      disbursedOn: '2024-03-15',
      roundPaymentTo: '10',
    });
    expect(row(s.installments[0]!)).to.equal('1 2024-04-15 1500.00 250.00 1250.00 249750.00');
    expect(row(s.installments[358]!)).to.equal('359 2054-02-15 1500.00 1490.70 9.30 369.59');
    expect(row(last(s))).to.equal('360 2054-03-15 371.44 369.59 1.85 0.00');
    expect(s.totalInterest.toString()).to.equal('288871.44');
  });

  it('rounds the payment up to 1 baht from the exact PMT, not from the rounded one', () => {
    // 1,498.876… → 1,499.00; and 4,285.714… (30,000 / 7 at 0 %) → 4,286.00.
    const s = schedule({
      principal: '250000',
      rate: { percent: '6', per: 'year' },
      termMonths: 360,
      disbursedOn: '2024-03-15',
      roundPaymentTo: '1',
    });
    expect(row(s.installments[0]!)).to.equal('1 2024-04-15 1499.00 249.00 1250.00 249751.00');
    expect(row(last(s))).to.equal('360 2054-03-15 1374.98 1368.14 6.84 0.00');
    expect(s.totalInterest.toString()).to.equal('289515.98');
    const zero = schedule({
      principal: '30000',
      rate: { percent: '0', per: 'month' },
      termMonths: 7,
      roundPaymentTo: '1',
    });
    // 6 × 4,286 = 25,716; the last pays 4,284.
    expect(zero.installments.map((i) => i.payment.toString())).to.deep.equal([
      ...Array<string>(6).fill('4286.00'),
      '4284.00',
    ]);
  });

  it('rounds up even an explicit 0.01, where the default rounds half-up', () => {
    // 1,000 at 0 % over 3: 333.333… → half-up 333.33, up 333.34.
    const terms = {
      principal: '1000',
      rate: { percent: '0', per: 'month' as const },
      termMonths: 3,
    };
    expect(schedule(terms).installments[0]!.payment.toString()).to.equal('333.33');
    expect(
      schedule({ ...terms, roundPaymentTo: '0.01' }).installments[0]!.payment.toString(),
    ).to.equal('333.34');
  });

  it('stops early when a payment rounded up far enough pays the loan off', () => {
    // 10,000 at 2 %/month: PMT ≈ 945.60 → up to 5,000. Month 1: interest 200, principal 4,800,
    // balance 5,200. Month 2: interest 104, principal 4,896, balance 304. Month 3: the rest,
    // 304 + 6.08 interest. Three instalments instead of twelve.
    const s = schedule({
      principal: '10000',
      rate: { percent: '2', per: 'month' },
      disbursedOn: '2024-01-15',
      roundPaymentTo: '5000',
    });
    expect(rows(s)).to.deep.equal([
      '1 2024-02-15 5000.00 4800.00 200.00 5200.00',
      '2 2024-03-15 5000.00 4896.00 104.00 304.00',
      '3 2024-04-15 310.08 304.00 6.08 0.00',
    ]);
    // A 360-month interest-free loan of 100,000: 277.78 → 280 a month; 357 × 280 = 99,960, so
    // the 358th pays the last 40 and the schedule ends two months early.
    const long = schedule({
      rate: { percent: '0', per: 'year' },
      termMonths: 360,
      roundPaymentTo: '10',
    });
    expect(long.installments).to.have.length(358);
    expect(last(long).payment.toString()).to.equal('40.00');
  });

  it('charges a fixed instalment instead of PMT, for a loan recomputed after a prepayment', () => {
    // 10,000 at 1 %/month paying 3,000: 3,000 − 100 → 7,100; 3,000 − 71 → 4,171;
    // 3,000 − 41.71 → 1,212.71; then 1,212.71 + 12.13 (12.1271 → 12.13).
    const s = schedule({
      principal: '10000',
      rate: { percent: '1', per: 'month' },
      installment: '3000',
      disbursedOn: '2024-01-15',
    });
    expect(rows(s)).to.deep.equal([
      '1 2024-02-15 3000.00 2900.00 100.00 7100.00',
      '2 2024-03-15 3000.00 2929.00 71.00 4171.00',
      '3 2024-04-15 3000.00 2958.29 41.71 1212.71',
      '4 2024-05-15 1224.84 1212.71 12.13 0.00',
    ]);
  });

  it('takes a fixed instalment as the principal part of equal-principal loans, and as given', () => {
    // 10,000 at 1 %/month, 4,000 of principal a month: 4,100, 4,060, then the last 2,000 + 20.
    // roundPaymentTo does not touch a fixed instalment (else 4,100 would become 5,000).
    const s = schedule({
      principal: '10000',
      rate: { percent: '1', per: 'month' },
      method: 'equal-principal',
      installment: '4000',
      roundPaymentTo: '1000',
      disbursedOn: '2024-01-15',
    });
    expect(rows(s)).to.deep.equal([
      '1 2024-02-15 4100.00 4000.00 100.00 6000.00',
      '2 2024-03-15 4060.00 4000.00 60.00 2000.00',
      '3 2024-04-15 2020.00 2000.00 20.00 0.00',
    ]);
    // Flat: 2,100 a month of which 100 is interest on the original 10,000: five instalments.
    const flat = schedule({
      principal: '10000',
      rate: { percent: '1', per: 'month' },
      method: 'flat',
      termMonths: 10,
      installment: '2100',
      disbursedOn: '2024-01-15',
    });
    expect(flat.installments.map((i) => i.payment.toString())).to.deep.equal(
      Array<string>(5).fill('2100.00'),
    );
  });

  it('counts actual days under actual/365 but keeps PMT at the monthly rate', () => {
    // Payment: PMT(1 %, 12) = 8,884.88 as with 'period'. February 2024: 29 days, so
    // 100,000 × 12 % × 29 / 365 = 953.424… → 953.42; March: 92,068.54 × 0.12 × 31 / 365 =
    // 938.34. The last instalment absorbs the difference: 8,780.79 + 89.49 = 8,870.28.
    const s = schedule({ dayCount: 'actual/365' });
    expect(row(s.installments[0]!)).to.equal('1 2024-02-29 8884.88 7931.46 953.42 92068.54');
    expect(row(s.installments[1]!)).to.equal('2 2024-03-31 8884.88 7946.54 938.34 84122.00');
    expect(row(last(s))).to.equal('12 2025-01-31 8870.28 8780.79 89.49 0.00');
    expect(s.totalInterest.toString()).to.equal('6603.96');
  });

  it('raises a payment to its interest when a long actual month charges more than PMT', () => {
    // 1,000 at 3 %/month (36 %/year) over 360 months: PMT = 30.0007… → 30.00. January has 31
    // days: 1,000 × 36 % × 31 / 365 = 30.575… → 30.58 > 30.00, so the payment is 30.58 and no
    // principal is repaid, rather than a negative principal part and a growing balance.
    const s = schedule({
      principal: '1000',
      rate: { percent: '3', per: 'month' },
      termMonths: 360,
      disbursedOn: '2023-12-31',
      dayCount: 'actual/365',
    });
    expect(row(s.installments[0]!)).to.equal('1 2024-01-31 30.58 0.00 30.58 1000.00');
    // February 2024 (29 days): 28.60 of interest, so 1.40 of principal.
    expect(row(s.installments[1]!)).to.equal('2 2024-02-29 30.00 1.40 28.60 998.60');
    for (const i of s.installments) expect(i.principal.isNegative()).to.equal(false);
  });
});

describe('loanSchedule, equal principal (ลดต้นลดดอก)', () => {
  it('repays P/n each month and lets the last principal absorb its rounding', () => {
    // 100,000 / 12 = 8,333.333… → 8,333.33; 11 × 8,333.33 = 91,666.63, so the last principal
    // is 8,333.37. Interest 1 % of each balance: 1,000.00, 916.666… → 916.67, …
    const s = schedule({ method: 'equal-principal' });
    expect(rows(s)).to.deep.equal([
      '1 2024-02-29 9333.33 8333.33 1000.00 91666.67',
      '2 2024-03-31 9250.00 8333.33 916.67 83333.34',
      '3 2024-04-30 9166.66 8333.33 833.33 75000.01',
      '4 2024-05-31 9083.33 8333.33 750.00 66666.68',
      '5 2024-06-30 9000.00 8333.33 666.67 58333.35',
      '6 2024-07-31 8916.66 8333.33 583.33 50000.02',
      '7 2024-08-31 8833.33 8333.33 500.00 41666.69',
      '8 2024-09-30 8750.00 8333.33 416.67 33333.36',
      '9 2024-10-31 8666.66 8333.33 333.33 25000.03',
      '10 2024-11-30 8583.33 8333.33 250.00 16666.70',
      '11 2024-12-31 8500.00 8333.33 166.67 8333.37',
      '12 2025-01-31 8416.70 8333.37 83.33 0.00',
    ]);
    // Interest 1,000 × (12 + 11 + … + 1)/12 = 6,500 exactly, here as well after rounding.
    expect(s.totalInterest.toString()).to.equal('6500.00');
  });

  it('charges actual days under actual/365, a monthly rate counting ×12 a year', () => {
    // 120,000 at 6 %/year: February 2024 (29 days) 120,000 × 0.06 × 29 / 365 = 572.05; March
    // (31 days) 110,000 × 0.06 × 31 / 365 = 560.55.
    const s = schedule({
      principal: '120000',
      rate: { percent: '6', per: 'year' },
      method: 'equal-principal',
      dayCount: 'actual/365',
    });
    expect(row(s.installments[0]!)).to.equal('1 2024-02-29 10572.05 10000.00 572.05 110000.00');
    expect(row(s.installments[1]!)).to.equal('2 2024-03-31 10560.55 10000.00 560.55 100000.00');
    expect(s.totalInterest.toString()).to.equal('3892.61');
    // 36,500 at 1 %/month for January's 31 days: 36,500 × 12 % × 31 / 365 = 372.00.
    const monthly = schedule({
      principal: '36500',
      rate: { percent: '1', per: 'month' },
      termMonths: 1,
      disbursedOn: '2024-01-01',
      method: 'equal-principal',
      dayCount: 'actual/365',
    });
    expect(row(monthly.installments[0]!)).to.equal('1 2024-02-01 36872.00 36500.00 372.00 0.00');
  });

  it('rounds each payment up to 1 baht, the principal part taking the difference', () => {
    // 10,000 at 1 %/month over 3: 3,333.33 + 100 = 3,433.33 → 3,434 (principal 3,334);
    // 6,666 × 1 % = 66.66 → 3,333.33 + 66.66 = 3,399.99 → 3,400 (principal 3,333.34);
    // the last: 3,332.66 + 33.33 = 3,365.99.
    const s = schedule({
      principal: '10000',
      rate: { percent: '1', per: 'month' },
      termMonths: 3,
      method: 'equal-principal',
      roundPaymentTo: '1',
      disbursedOn: '2024-01-15',
    });
    expect(rows(s)).to.deep.equal([
      '1 2024-02-15 3434.00 3334.00 100.00 6666.00',
      '2 2024-03-15 3400.00 3333.34 66.66 3332.66',
      '3 2024-04-15 3365.99 3332.66 33.33 0.00',
    ]);
  });
});

describe('loanSchedule, flat', () => {
  it('pins the issue’s example: 10,000 at 1 %/month over 10 months pays 1,100.00 each', () => {
    const s = schedule({
      principal: '10000',
      rate: { percent: '1', per: 'month' },
      termMonths: 10,
      method: 'flat',
      disbursedOn: '2024-01-15',
    });
    expect(s.installments.map((i) => i.payment.toString())).to.deep.equal(
      Array<string>(10).fill('1100.00'),
    );
    expect(s.installments.map((i) => i.interest.toString())).to.deep.equal(
      Array<string>(10).fill('100.00'),
    );
    expect(s.totalInterest.toString()).to.equal('1000.00');
    expect(s.totalPayment.toString()).to.equal('11000.00');
  });

  it('charges interest on the original principal, the last principal absorbing P/n rounding', () => {
    // 20,000 at 6 %/year: 100.00 a month; 20,000 / 12 = 1,666.666… → 1,666.67; 11 of them are
    // 18,333.37, so the last principal is 1,666.63.
    const s = schedule({
      principal: '20000',
      rate: { percent: '6', per: 'year' },
      method: 'flat',
      disbursedOn: '2024-01-15',
    });
    expect(row(s.installments[0]!)).to.equal('1 2024-02-15 1766.67 1666.67 100.00 18333.33');
    expect(row(last(s))).to.equal('12 2025-01-15 1766.63 1666.63 100.00 0.00');
    expect(s.totalInterest.toString()).to.equal('1200.00');
  });

  it('rounds the payment up to 10 baht, more of it repaying principal', () => {
    // 10,000 at 1.05 %/month: 1,000 + 105 = 1,105 → 1,110, principal 1,005; after nine
    // 955 remains, paid with 105 of interest: 1,060.
    const s = schedule({
      principal: '10000',
      rate: { percent: '1.05', per: 'month' },
      termMonths: 10,
      method: 'flat',
      roundPaymentTo: '10',
      disbursedOn: '2024-01-15',
    });
    expect(row(s.installments[0]!)).to.equal('1 2024-02-15 1110.00 1005.00 105.00 8995.00');
    expect(row(s.installments[8]!)).to.equal('9 2024-10-15 1110.00 1005.00 105.00 955.00');
    expect(row(last(s))).to.equal('10 2024-11-15 1060.00 955.00 105.00 0.00');
  });

  it('ends early, interest and all, when the rounded payment outruns the term', () => {
    // 1,000 at 1 %/month over 12 months rounded up to 500: 83.33 + 10 → 500, principal 490;
    // again 490 (balance 20); the third pays 20 + 10.
    const s = schedule({
      principal: '1000',
      rate: { percent: '1', per: 'month' },
      method: 'flat',
      roundPaymentTo: '500',
      disbursedOn: '2024-01-15',
    });
    expect(rows(s)).to.deep.equal([
      '1 2024-02-15 500.00 490.00 10.00 510.00',
      '2 2024-03-15 500.00 490.00 10.00 20.00',
      '3 2024-04-15 30.00 20.00 10.00 0.00',
    ]);
  });
});

describe('loanSchedule, interest-free loans', () => {
  for (const method of LOAN_METHODS) {
    it(`works at 0 % with the ${method} method (welfare loans)`, () => {
      // 1,000 / 3 = 333.33, 333.33, and 333.34 last; no interest, no NaN.
      const s = schedule({
        principal: '1000',
        rate: { percent: 0, per: 'month' },
        termMonths: 3,
        method,
        disbursedOn: '2024-01-15',
      });
      expect(rows(s)).to.deep.equal([
        '1 2024-02-15 333.33 333.33 0.00 666.67',
        '2 2024-03-15 333.33 333.33 0.00 333.34',
        '3 2024-04-15 333.34 333.34 0.00 0.00',
      ]);
      expect(s.totalInterest.toString()).to.equal('0.00');
    });
  }

  it('pays a one-satang loan in one instalment even over many months', () => {
    // 0.01 / 12 rounds to 0.00 for equal principal: every part 0 until the last; PMT rounds to
    // 0.00 too. Declining at 0 %: still the whole satang at the end.
    for (const method of LOAN_METHODS) {
      const s = schedule({ principal: '0.01', rate: { percent: '0', per: 'year' }, method });
      expect(last(s).principal.toString()).to.equal('0.01');
      expect(s.installments.every((i) => !i.balance.isNegative())).to.equal(true);
    }
  });
});

describe('loan due dates', () => {
  it('clamps to month ends, measured from the original day', () => {
    expect(installmentDueDates({ disbursedOn: '2024-01-31' }, 4)).to.deep.equal([
      '2024-02-29',
      '2024-03-31',
      '2024-04-30',
      '2024-05-31',
    ]);
    // 2023 is not a leap year.
    expect(installmentDueDates({ disbursedOn: '2022-12-30' }, 3)).to.deep.equal([
      '2023-01-30',
      '2023-02-28',
      '2023-03-30',
    ]);
  });

  it('anchors on firstDueOn’s day when it is given', () => {
    expect(
      installmentDueDates({ disbursedOn: '2024-01-10', firstDueOn: '2024-03-31' }, 3),
    ).to.deep.equal(['2024-03-31', '2024-04-30', '2024-05-31']);
    expect(
      schedule({ firstDueOn: '2024-02-29' })
        .installments.map((i) => i.dueDate)
        .slice(0, 3),
    ).to.deep.equal(['2024-02-29', '2024-03-29', '2024-04-29']);
  });

  it('keeps a 31st through a recomputed schedule with dueDayOfMonth', () => {
    // A schedule restarted after the 30 April instalment stays on the 31st.
    expect(installmentDueDates({ disbursedOn: '2024-04-30', dueDayOfMonth: 31 }, 3)).to.deep.equal([
      '2024-05-31',
      '2024-06-30',
      '2024-07-31',
    ]);
    expect(
      installmentDueDates(
        { disbursedOn: '2024-04-30', firstDueOn: '2024-05-31', dueDayOfMonth: 31 },
        2,
      ),
    ).to.deep.equal(['2024-05-31', '2024-06-30']);
  });

  it('charges actual/365 interest on a long first period from disbursement to firstDueOn', () => {
    // 36,500 at 12 %/year from 2024-01-01 to 2024-03-01 (60 days): 36,500 × 0.12 × 60/365 = 720.
    const s = schedule({
      principal: '36500',
      termMonths: 1,
      disbursedOn: '2024-01-01',
      firstDueOn: '2024-03-01',
      dayCount: 'actual/365',
    });
    expect(row(s.installments[0]!)).to.equal('1 2024-03-01 37220.00 36500.00 720.00 0.00');
    // Under 'period' the first instalment is one period, whatever its length: 365.00.
    const period = schedule({
      principal: '36500',
      termMonths: 1,
      disbursedOn: '2024-01-01',
      firstDueOn: '2024-03-01',
    });
    expect(period.installments[0]!.interest.toString()).to.equal('365.00');
  });
});

describe('loanSchedule, invalid terms', () => {
  it('rejects a principal that is not a positive amount', () => {
    expectSajjaError(() => schedule({ principal: '0' }), 'INVALID_AMOUNT', 'not-positive');
    expectSajjaError(() => schedule({ principal: '-5' }), 'INVALID_AMOUNT', 'not-positive');
    expectSajjaError(
      () => schedule({ principal: '12.345' }),
      'INVALID_AMOUNT',
      'too-many-decimals',
    );
    expectSajjaError(() => schedule({ principal: 'lots' }), 'INVALID_AMOUNT', 'not-a-number');
  });

  it('rejects dates that are not dates, and a first due date not after disbursement', () => {
    expectSajjaError(() => schedule({ disbursedOn: '2023-02-29' }), 'INVALID_DATE', 'no-such-day');
    expectSajjaError(() => schedule({ firstDueOn: '31/01/2024' }), 'INVALID_DATE', 'not-a-date');
    const error = expectSajjaError(
      () => schedule({ firstDueOn: '2024-01-31' }),
      'INVALID_ARGUMENT',
      'invalid-option',
    );
    expect(error.details).to.deep.equal({ option: 'firstDueOn' });
  });

  it('rejects terms outside 1 to 600 whole months', () => {
    for (const termMonths of [0, -1, 1.5, MAX_TERM_MONTHS + 1, Number.NaN]) {
      const error = expectSajjaError(
        () => schedule({ termMonths }),
        'INVALID_ARGUMENT',
        'invalid-option',
      );
      expect(error.details).to.deep.equal({ option: 'termMonths' });
    }
    expect(schedule({ termMonths: MAX_TERM_MONTHS }).installments).to.have.length(600);
  });

  it('rejects an unknown method or day count and a bad rate', () => {
    const option = (terms: Partial<LoanTerms>): unknown =>
      expectSajjaError(() => schedule(terms), 'INVALID_ARGUMENT', 'invalid-option').details.option;
    expect(option({ method: 'balloon' as never })).to.equal('method');
    expect(option({ dayCount: '30E/360' as never })).to.equal('dayCount');
    expect(option({ rate: { percent: 'twelve', per: 'year' } })).to.equal('rate.percent');
    expect(option({ rate: { percent: Number.POSITIVE_INFINITY, per: 'year' } })).to.equal(
      'rate.percent',
    );
    expect(option({ rate: { percent: '1', per: 'week' as never } })).to.equal('rate.per');
    expect(option({ rate: undefined as never })).to.equal('rate');
    expect(option({ roundPaymentTo: '0' })).to.equal('roundPaymentTo');
    expect(option({ installment: '-1' })).to.equal('installment');
    expect(option({ dueDayOfMonth: 32 })).to.equal('dueDayOfMonth');
    expectSajjaError(
      () => schedule({ rate: { percent: '-1', per: 'month' } }),
      'INVALID_ARGUMENT',
      'negative-rate',
    );
    expectSajjaError(() => loanSchedule(null as never), 'INVALID_ARGUMENT', 'invalid-option');
  });
});

describe('loanSchedule, invariants (fast-check)', () => {
  const terms = fc.record({
    principal: fc.bigInt({ min: 1n, max: 1_000_000_000n }).map(satangToText),
    // 0 to 3 %/month with up to two decimals, quoted per month or as the same rate per year.
    rate: fc.tuple(fc.integer({ min: 0, max: 300 }), fc.boolean()).map(([hundredths, yearly]) => ({
      percent: satangToText(BigInt(yearly ? hundredths * 12 : hundredths)),
      per: yearly ? ('year' as const) : ('month' as const),
    })),
    termMonths: fc.integer({ min: 1, max: 360 }),
    method: fc.constantFrom(...LOAN_METHODS),
    dayCount: fc.constantFrom('period' as const, 'actual/365' as const),
    roundPaymentTo: fc.constantFrom(undefined, '1', '10'),
    disbursedOn: fc
      .date({
        min: new Date(Date.UTC(2000, 0, 1)),
        max: new Date(Date.UTC(2100, 11, 31)),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10)),
  });

  it('keeps every invariant over random terms', function () {
    // Up to 360 instalments a run, each checked field by field: slow on a busy 2-core machine.
    this.timeout(20_000);
    fc.assert(
      fc.property(terms, (t) => {
        const s = loanSchedule(t);
        const { installments } = s;
        expect(installments.length).to.be.within(1, t.termMonths);
        // Σ principal = P exactly; the totals are the sums.
        expect(satangToText(total(installments.map((i) => i.principal)))).to.equal(t.principal);
        expect(total(installments.map((i) => i.interest))).to.equal(
          textToSatang(s.totalInterest.toString()),
        );
        expect(total(installments.map((i) => i.payment))).to.equal(
          textToSatang(s.totalPayment.toString()),
        );
        let balance = textToSatang(t.principal);
        installments.forEach((i, index) => {
          expect(i.n).to.equal(index + 1);
          expect(textToSatang(i.payment.toString())).to.equal(
            textToSatang(i.principal.toString()) + textToSatang(i.interest.toString()),
          );
          expect(i.principal.isNegative() || i.interest.isNegative()).to.equal(false);
          balance -= textToSatang(i.principal.toString());
          expect(textToSatang(i.balance.toString())).to.equal(balance);
          // Only the last instalment leaves a zero balance; none leaves a negative one.
          expect(i.balance.isZero()).to.equal(index === installments.length - 1);
          if (index > 0)
            expect(daysBetween(installments[index - 1]!.dueDate, i.dueDate)).to.be.within(28, 31);
        });
        expect(daysBetween(t.disbursedOn, installments[0]!.dueDate)).to.be.within(28, 31);
      }),
      { numRuns: 60 },
    );
  });

  it('keeps a level payment for declining loans and a level interest for flat ones', function () {
    this.timeout(20_000);
    fc.assert(
      fc.property(terms, (t) => {
        const s = loanSchedule({ ...t, dayCount: 'period' });
        const allButLast = s.installments.slice(0, -1);
        const first = s.installments[0]!;
        if (t.method === 'declining') {
          for (const i of allButLast) expect(i.payment.equals(first.payment)).to.equal(true);
        }
        if (t.method === 'flat') {
          for (const i of s.installments) expect(i.interest.equals(first.interest)).to.equal(true);
        }
        if (t.roundPaymentTo !== undefined && t.method !== 'equal-principal') {
          // Rounded up to the multiple, so never a longer schedule than the unrounded one.
          const step = textToSatang(t.roundPaymentTo);
          if (s.installments.length > 1) {
            expect(textToSatang(first.payment.toString()) % step).to.equal(0n);
          }
          const unrounded = loanSchedule({ ...t, dayCount: 'period', roundPaymentTo: undefined });
          expect(s.installments.length).to.be.at.most(unrounded.installments.length);
        }
      }),
      { numRuns: 60 },
    );
  });
});
