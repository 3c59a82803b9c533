import { expect } from 'chai';
import fc from 'fast-check';
import { money, sum } from '../src/index.js';
import { applyPayment, type AppliedPayment } from '../src/loans/apply-payment.js';
import type { Loan, LoanState } from '../src/loans/loan.js';
import type { RepaymentPart } from '../src/loans/loan-rules.js';
import { loanStatus } from '../src/loans/loan-status.js';
import { loanSchedule } from '../src/loans/schedule.js';
import { expectSajjaError } from './expect-sajja-error.js';
import {
  DECLINING_TERMS,
  FLAT_LOAN,
  INTEREST_FREE,
  loans,
  paymentsFor,
  plain,
  rowsOf,
  rulesWith,
} from './loan-repayment-fixtures.js';

const lines = (applied: AppliedPayment) =>
  applied.allocation.lines.map((line) => `${line.n} ${line.part} ${line.amount.toString()}`);

/**
 * The declining example with its first instalment paid on its due date, 2024-02-29, under
 * `earlyPayment: 'prepay'` (money ahead prepays principal at once).
 */
function decliningAfterFirst(prepayment: 'reduce-term' | 'reduce-payment' = 'reduce-term') {
  const loan: Loan = {
    terms: DECLINING_TERMS,
    rules: rulesWith({ prepayment, earlyPayment: 'prepay' }),
  };
  return applyPayment(loan, '8884.88', '2024-02-29').loan;
}

describe('applyPayment: what is due', () => {
  it('pays penalty, then interest, then principal of a late instalment by default', () => {
    // Instalment 1 of the flat loan (1,100.00) fell due 2024-02-15; paid 1,000 on 2024-03-15,
    // 29 days late (2024 is a leap year). Penalty: 1,000 principal × 5 % × 29 / 365 = 3.9726 →
    // 3.97; interest 100.00; principal gets the rest: 1,000 − 3.97 − 100 = 896.03.
    const late = applyPayment(FLAT_LOAN, '1000', '2024-03-15');
    expect(lines(late)).to.deep.equal([
      '1 penalty 3.97',
      '1 interest 100.00',
      '1 principal 896.03',
    ]);
    expect(plain(late.allocation)).to.include({
      amount: '1000.00',
      penalty: '3.97',
      interest: '100.00',
      principal: '896.03',
      prepaid: '0.00',
      excess: '0.00',
    });
    // Instalment 2, due that same day, got nothing: the oldest is settled first.
    expect(plain(late.loan.installments[1]!.paid)).to.deep.equal({
      penalty: '0.00',
      interest: '0.00',
      principal: '0.00',
      total: '0.00',
    });
  });

  const orders: [RepaymentPart[], string[]][] = [
    // Interest first: 100.00, then 900.00 of principal; the penalty waits.
    [
      ['interest', 'principal', 'penalty'],
      ['1 interest 100.00', '1 principal 900.00'],
    ],
    // Principal first: all 1,000 to principal; interest and penalty wait.
    [['principal', 'interest', 'penalty'], ['1 principal 1000.00']],
    [
      ['interest', 'penalty', 'principal'],
      ['1 interest 100.00', '1 penalty 3.97', '1 principal 896.03'],
    ],
  ];
  for (const [order, expected] of orders) {
    it(`follows the allocation order ${order.join(' → ')}`, () => {
      const loan = { ...FLAT_LOAN, rules: rulesWith({ allocationOrder: order }) };
      expect(lines(applyPayment(loan, '1000', '2024-03-15'))).to.deep.equal(expected);
    });
  }

  it('stops a penalty when the principal is paid, whatever is still owed', () => {
    // Principal first: the 1,000 principal is paid on 2024-03-15, so the penalty stays the
    // 3.97 of 29 days, a month later too; by default 103.97 stays unpaid and accrues:
    // (1,000 × 29 + 103.97 × 30 days) × 5 % / 365 = 4.39988 → 4.40.
    const principalFirst = {
      ...FLAT_LOAN,
      rules: rulesWith({ allocationOrder: ['principal', 'interest', 'penalty'] }),
    };
    const first = loanStatus(
      principalFirst,
      [{ date: '2024-03-15', amount: '1000' }],
      '2024-04-14',
    );
    expect(first.installments[0]!.penalty.toString()).to.equal('3.97');
    expect(plain(first.installments[0]!.owed)).to.include({ interest: '100.00', penalty: '3.97' });
    const byDefault = loanStatus(FLAT_LOAN, [{ date: '2024-03-15', amount: '1000' }], '2024-04-14');
    expect(byDefault.installments[0]!.penalty.toString()).to.equal('4.40');
  });

  it('settles the oldest instalment in full before the next gets anything', () => {
    // 0 % loan, nothing paid until 2024-04-02: instalments 1 (due 02-01, 61 days late),
    // 2 (03-01, 32 days) and 3 (04-01, 1 day) are due. Penalties: 1,000 × 5 % × 61 / 365 =
    // 8.36; × 32 / 365 = 4.38; × 1 / 365 = 0.14. 2,020 pays instalment 1 (1,008.36), then 2
    // (1,004.38), then the penalty of 3 and 7.12 of its principal.
    const paid = applyPayment(INTEREST_FREE, '2020', '2024-04-02');
    expect(lines(paid)).to.deep.equal([
      '1 penalty 8.36',
      '1 principal 1000.00',
      '2 penalty 4.38',
      '2 principal 1000.00',
      '3 penalty 0.14',
      '3 principal 7.12',
    ]);
    expect(paid.loan.installments.map((row) => row.paidOn)).to.deep.equal([
      '2024-04-02',
      '2024-04-02',
      ...Array(10).fill(null),
    ]);
  });

  it('accrues a penalty stage by stage as the principal is paid down', () => {
    // 0 % loan; instalment 1 (1,000, due 02-01). On 03-02, 30 days late, 500 pays the penalty
    // 1,000 × 30 × 5 % / 365 = 4.11 and 495.89 of principal. On 04-01 the penalty is
    // (1,000 × 30 + 504.11 × 30 days) × 5 % / 365 = 6.1813 → 6.18, not the 8.22 of the whole
    // 1,000 for 60 days: 2.07 more is owed.
    const first = applyPayment(INTEREST_FREE, '500', '2024-03-02');
    expect(lines(first)).to.deep.equal(['1 penalty 4.11', '1 principal 495.89']);
    const second = applyPayment(first.loan, '2.07', '2024-04-01');
    expect(lines(second)).to.deep.equal(['1 penalty 2.07']);
  });

  it('pays nothing ahead when the amount is exactly what is due', () => {
    const onTime = applyPayment(FLAT_LOAN, '1100', '2024-02-15');
    expect(lines(onTime)).to.deep.equal(['1 interest 100.00', '1 principal 1000.00']);
    expect(onTime.loan.installments[0]!.paidOn).to.equal('2024-02-15');
    expect(onTime.loan.outstandingPrincipal.toString()).to.equal('9000.00');
    // The schedule is untouched: nothing was prepaid.
    expect(rowsOf(onTime.loan)).to.deep.equal(
      loanSchedule(FLAT_LOAN.terms).installments.map((row) => [
        row.n,
        row.dueDate,
        row.payment.toString(),
        row.principal.toString(),
        row.interest.toString(),
        row.balance.toString(),
      ]),
    );
  });
});

/**
 * 12,000 at 1 %/month declining over 12 months from 2024-01-15 (due on the 15th): 1,066.19 a
 * month, instalment 1 = 120.00 interest + 946.19 principal.
 */
const MEETING_LOAN: Loan = {
  terms: {
    principal: '12000',
    rate: { percent: '1', per: 'month' },
    termMonths: 12,
    method: 'declining',
    disbursedOn: '2024-01-15',
  },
};

describe("applyPayment: early payment ('next-installment', the default)", () => {
  it('settles the instalment paid at the meeting three days before its due date', () => {
    // The reported case: 1,066.19 on 2024-02-12 for the instalment due 2024-02-15. It pays
    // instalment 1 at its scheduled amounts (120.00 interest in full, not the 108.39 earned in
    // 28 of 31 days, and 946.19 principal); nothing is prepaid, the schedule is untouched.
    const paid = applyPayment(
      MEETING_LOAN,
      { id: 'p1', date: '2024-02-12', amount: '1066.19' },
      '2024-02-12',
    );
    expect(lines(paid)).to.deep.equal(['1 interest 120.00', '1 principal 946.19']);
    expect(plain(paid.allocation)).to.include({ prepaid: '0.00', excess: '0.00' });
    expect(paid.loan.installments[0]!.paidOn).to.equal('2024-02-12');
    expect(rowsOf(paid.loan)).to.deep.equal(
      loanSchedule(MEETING_LOAN.terms).installments.map((row) => [
        row.n,
        row.dueDate,
        row.payment.toString(),
        row.principal.toString(),
        row.interest.toString(),
        row.balance.toString(),
      ]),
    );
    // Five days after the due date nothing is overdue and the next instalment is number 2.
    const status = loanStatus(paid.loan, [], '2024-02-20');
    expect(plain(status.overdue)).to.deep.equal({
      penalty: '0.00',
      interest: '0.00',
      principal: '0.00',
      total: '0.00',
    });
    expect([status.daysPastDue, status.ageingBucket]).to.deep.equal([0, 'current']);
    expect(plain(status.nextInstallment)).to.deep.equal({
      n: 2,
      dueDate: '2024-03-15',
      amount: '1066.19',
    });
    expect(status.installments[0]!.status).to.equal('paid');
    expect(status.installments[0]!.penalty.toString()).to.equal('0.00');
    expect(status.outstandingPrincipal.toString()).to.equal('11053.81');
  });

  it("keeps the old behaviour under 'prepay': the instalment is then overdue", () => {
    // 'prepay': 108.39 earned (120.00 × 28 / 31) and 957.80 prepaid leave 11,042.20; instalment
    // 1 becomes 108.39 + 11,042.20 × 1 % × 3 / 31 = 119.08 interest and 955.77 principal
    // (1,066.19 − 110.42), so 10.69 + 955.77 is still owed on 02-15, plus 955.77 × 5 % × 5 /
    // 365 = 0.65 of penalty on 02-20: 967.11 overdue.
    const loan = { ...MEETING_LOAN, rules: rulesWith({ earlyPayment: 'prepay' }) };
    const status = loanStatus(
      loan,
      [{ id: 'p1', date: '2024-02-12', amount: '1066.19' }],
      '2024-02-20',
    );
    expect(status.overdue.total.toString()).to.equal('967.11');
    expect(status.daysPastDue).to.equal(5);
  });

  it('pays the next instalment in part, in the allocation order; the rest stays due on its date', () => {
    // 500 on 02-12: interest 120.00 in full, then 380.00 of principal; 566.19 is left due on
    // 02-15, not before: on 02-14 nothing is due.
    const part = applyPayment(MEETING_LOAN, '500', '2024-02-12');
    expect(lines(part)).to.deep.equal(['1 interest 120.00', '1 principal 380.00']);
    expect(part.allocation.prepaid.toString()).to.equal('0.00');
    expect(part.loan.installments[0]!.paidOn).to.equal(null);
    const before = loanStatus(part.loan, [], '2024-02-14');
    expect(before.due.total.toString()).to.equal('0.00');
    expect(plain(before.nextInstallment)).to.deep.equal({
      n: 1,
      dueDate: '2024-02-15',
      amount: '566.19',
    });
    const onDue = loanStatus(part.loan, [], '2024-02-15');
    expect(plain(onDue.due)).to.include({ principal: '566.19', total: '566.19' });
    expect(onDue.overdue.total.toString()).to.equal('0.00');
    // Unpaid five days later it is late on the rest only: 566.19 × 5 % × 5 / 365 = 0.39.
    const late = loanStatus(part.loan, [], '2024-02-20');
    expect(plain(late.overdue)).to.deep.equal({
      penalty: '0.39',
      interest: '0.00',
      principal: '566.19',
      total: '566.58',
    });
    expect(late.daysPastDue).to.equal(5);
    // Paid on its due date, it is settled with no penalty.
    const rest = applyPayment(part.loan, '566.19', '2024-02-15');
    expect(lines(rest)).to.deep.equal(['1 principal 566.19']);
    expect(rest.loan.installments[0]!.paidOn).to.equal('2024-02-15');
    // Principal first: the 500 goes to principal; the 120.00 interest stays due on 02-15.
    const principalFirst = {
      ...MEETING_LOAN,
      rules: rulesWith({ allocationOrder: ['principal', 'interest', 'penalty'] }),
    };
    expect(lines(applyPayment(principalFirst, '500', '2024-02-12'))).to.deep.equal([
      '1 principal 500.00',
    ]);
  });

  it("settles the next instalment and prepays the rest of 1.5 instalments ('reduce-term')", () => {
    // 1,599.29 = 1,066.19 + 533.10 on 02-12: instalment 1 is settled (120.00 + 946.19) and
    // 533.10 prepays principal, leaving 11,053.81 − 533.10 = 10,520.71 from 02-15 on. No
    // period is split: instalment 2's period (02-15 → 03-15) has not begun, so it charges a
    // whole month on the new balance, 105.21, with 960.98 of principal (1,066.19 kept). Then
    // 3: 95.60 + 970.59, … 11: 15.18 + 1,051.01 → 466.72, and 12 (2025-01-15): 4.67 + 466.72.
    const paid = applyPayment(MEETING_LOAN, '1599.29', '2024-02-12');
    expect(lines(paid)).to.deep.equal(['1 interest 120.00', '1 principal 946.19']);
    expect(plain(paid.allocation)).to.include({
      interest: '120.00',
      principal: '946.19',
      prepaid: '533.10',
      excess: '0.00',
    });
    const rows = rowsOf(paid.loan);
    expect(rows[0]).to.deep.equal([1, '2024-02-15', '1066.19', '946.19', '120.00', '11053.81']);
    expect(rows[1]).to.deep.equal([2, '2024-03-15', '1066.19', '960.98', '105.21', '9559.73']);
    expect(rows[2]).to.deep.equal([3, '2024-04-15', '1066.19', '970.59', '95.60', '8589.14']);
    expect(rows[10]).to.deep.equal([11, '2024-12-15', '1066.19', '1051.01', '15.18', '466.72']);
    expect(rows[11]).to.deep.equal([12, '2025-01-15', '471.39', '466.72', '4.67', '0.00']);
    expect(paid.loan.prepaidPrincipal.toString()).to.equal('533.10');
    const status = loanStatus(paid.loan, [], '2024-02-20');
    expect([status.overdue.total.toString(), status.nextInstallment?.n]).to.deep.equal(['0.00', 2]);
  });

  it("settles the next instalment and prepays the rest of 1.5 instalments ('reduce-payment')", () => {
    // 10,520.71 over the 11 instalments left at 1 %: PMT = 1,014.7653 → 1,014.77; 2: 105.21
    // + 909.56; 12 absorbs the rounding: 10.05 + 1,004.67 = 1,014.72.
    const loan = { ...MEETING_LOAN, rules: rulesWith({ prepayment: 'reduce-payment' }) };
    const rows = rowsOf(applyPayment(loan, '1599.29', '2024-02-12').loan);
    expect(rows).to.have.length(12);
    expect(rows[1]).to.deep.equal([2, '2024-03-15', '1014.77', '909.56', '105.21', '9611.15']);
    expect(rows[11]).to.deep.equal([12, '2025-01-15', '1014.72', '1004.67', '10.05', '0.00']);
  });

  it('rebuilds the period after an early instalment from its start under actual/365', () => {
    // 12,000 at 6 %/year, equal principal, actual/365, from 2024-01-10. 3,061.15 on 02-05 pays
    // instalment 1 (61.15 = 12,000 × 6 % × 31 / 365, and 1,000) and prepays 2,000: 9,000 left
    // in parts of 1,000. Instalment 2 runs 02-10 → 03-10, 29 days: 9,000 × 6 % × 29 / 365 =
    // 42.90 (not the 50.30 of 34 days from the payment); 10 (2024-11-10, 31 days) ends it:
    // 1,000 × 6 % × 31 / 365 = 5.10.
    const loan: Loan = {
      terms: {
        principal: '12000',
        rate: { percent: '6', per: 'year' },
        termMonths: 12,
        method: 'equal-principal',
        dayCount: 'actual/365',
        disbursedOn: '2024-01-10',
      },
    };
    const paid = applyPayment(loan, '3061.15', '2024-02-05');
    expect(lines(paid)).to.deep.equal(['1 interest 61.15', '1 principal 1000.00']);
    expect(paid.allocation.prepaid.toString()).to.equal('2000.00');
    const rows = rowsOf(paid.loan);
    expect(rows).to.have.length(10);
    expect(rows[1]).to.deep.equal([2, '2024-03-10', '1042.90', '1000.00', '42.90', '8000.00']);
    expect(rows[9]).to.deep.equal([10, '2024-11-10', '1005.10', '1000.00', '5.10', '0.00']);
  });

  it('lets a second early payment settle the instalment after', () => {
    // Instalments 1 and 2 paid at two meetings in February: both settled, nothing prepaid;
    // on 2024-03-20 nothing is overdue and instalment 3 is next.
    const payments = [
      { id: 'p1', date: '2024-02-12', amount: '1066.19' },
      { id: 'p2', date: '2024-02-26', amount: '1066.19' },
    ];
    const status = loanStatus(MEETING_LOAN, payments, '2024-03-20');
    expect(status.installments.slice(0, 3).map((row) => [row.status, row.paidOn])).to.deep.equal([
      ['paid', '2024-02-12'],
      ['paid', '2024-02-26'],
      ['upcoming', null],
    ]);
    expect(status.prepaidPrincipal.toString()).to.equal('0.00');
    expect(status.overdue.total.toString()).to.equal('0.00');
    expect(status.nextInstallment?.n).to.equal(3);
  });

  it('pays off the loan, not an early instalment, when the money covers the payoff', () => {
    // One instalment of 1,010.00 (1,000 at 1 %/month) due 2024-02-15. On 02-12 the payoff is
    // 1,000 + 10.00 × 28 / 31 = 1,009.03: paying 1,010.00 closes the loan at interest to the
    // day and gives back 0.97; a satang less than the payoff is the early instalment in part,
    // its whole 10.00 of interest first, leaving 0.98 of principal due on 02-15.
    const single: Loan = { terms: { ...MEETING_LOAN.terms, principal: '1000', termMonths: 1 } };
    const closed = applyPayment(single, '1010', '2024-02-12');
    expect(plain(closed.allocation)).to.include({
      interest: '9.03',
      prepaid: '1000.00',
      excess: '0.97',
    });
    expect(loanStatus(closed.loan, [], '2024-03-01').fullyPaid).to.equal(true);
    const short = applyPayment(single, '1009.02', '2024-02-12');
    expect(lines(short)).to.deep.equal(['1 interest 10.00', '1 principal 999.02']);
    expect(loanStatus(short.loan, [], '2024-02-15').due.total.toString()).to.equal('0.98');
  });
});

describe("applyPayment: overpayment under earlyPayment 'prepay'", () => {
  it("'reduce-term' keeps the instalment, keeps 31st-of-month due dates, and ends sooner", () => {
    // After instalment 1 the balance is 92,115.12. 20,000 more on 2024-02-29, the first day of
    // period 2 (nothing earned yet), prepays principal: 72,115.12 left. At 8,884.88 a month
    // and 1 % interest (balance × 0.01, half-up) it is repaid by instalment 10:
    //   2: 721.15 + 8,163.73 → 63,951.39    3: 639.51 + 8,245.37 → 55,706.02
    //   4: 557.06 + 8,327.82 → 47,378.20    5: 473.78 + 8,411.10 → 38,967.10
    //   6: 389.67 + 8,495.21 → 30,471.89    7: 304.72 + 8,580.16 → 21,891.73
    //   8: 218.92 + 8,665.96 → 13,225.77    9: 132.26 + 8,752.62 →  4,473.15
    //  10:  44.73 + 4,473.15 → 0 (payment 4,517.88)
    const ahead = applyPayment(decliningAfterFirst(), '20000', '2024-02-29');
    expect(plain(ahead.allocation)).to.include({
      principal: '0.00',
      interest: '0.00',
      prepaid: '20000.00',
    });
    expect(rowsOf(ahead.loan).slice(1)).to.deep.equal([
      [2, '2024-03-31', '8884.88', '8163.73', '721.15', '63951.39'],
      [3, '2024-04-30', '8884.88', '8245.37', '639.51', '55706.02'],
      [4, '2024-05-31', '8884.88', '8327.82', '557.06', '47378.20'],
      [5, '2024-06-30', '8884.88', '8411.10', '473.78', '38967.10'],
      [6, '2024-07-31', '8884.88', '8495.21', '389.67', '30471.89'],
      [7, '2024-08-31', '8884.88', '8580.16', '304.72', '21891.73'],
      [8, '2024-09-30', '8884.88', '8665.96', '218.92', '13225.77'],
      [9, '2024-10-31', '8884.88', '8752.62', '132.26', '4473.15'],
      [10, '2024-11-30', '4517.88', '4473.15', '44.73', '0.00'],
    ]);
    expect(ahead.loan.prepaidPrincipal.toString()).to.equal('20000.00');
    expect(ahead.loan.outstandingPrincipal.toString()).to.equal('72115.12');
  });

  it("'reduce-payment' keeps the end date and lowers the instalment", () => {
    // 72,115.12 over the 11 instalments left at 1 %: PMT = 72,115.12 × 0.01 / (1 − 1.01^−11)
    // = 6,955.7972 → 6,955.80; the last absorbs the rounding: 68.87 + 6,886.89 = 6,955.76.
    const ahead = applyPayment(decliningAfterFirst('reduce-payment'), '20000', '2024-02-29');
    const rows = rowsOf(ahead.loan).slice(1);
    expect(rows).to.have.length(11);
    expect(rows[0]).to.deep.equal([2, '2024-03-31', '6955.80', '6234.65', '721.15', '65880.47']);
    expect(rows[1]).to.deep.equal([3, '2024-04-30', '6955.80', '6297.00', '658.80', '59583.47']);
    expect(rows[10]).to.deep.equal([12, '2025-01-31', '6955.76', '6886.89', '68.87', '0.00']);
  });

  it('first pays the interest the current period has earned, then prepays (period day count)', () => {
    // 10,000 on 2024-03-15, 15 days into period 2 (29 Feb → 31 Mar, 31 days), whose interest is
    // 92,115.12 × 1 % = 921.15: earned 921.15 × 15 / 31 = 445.7177 → 445.72; prepaid 9,554.28;
    // balance 82,560.84. Instalment 2 then charges 445.72 + the new balance's interest for the
    // 16 days left, 82,560.84 × 1 % × 16 / 31 = 426.1205 → 426.12: 871.84. Its principal stays
    // the schedule's 8,884.88 − 825.61 (a full month on 82,560.84) = 8,059.27, so 8,485.39 is
    // left to pay on 31 March. Then 74,501.57 at 8,884.88 a month: 3 is 745.02 + 8,139.86, and
    // 11 (2024-12-31) ends it with 70.57 + 7,057.33.
    const ahead = applyPayment(decliningAfterFirst(), '10000', '2024-03-15');
    expect(lines(ahead)).to.deep.equal(['2 interest 445.72']);
    expect(ahead.allocation.prepaid.toString()).to.equal('9554.28');
    const rows = rowsOf(ahead.loan);
    expect(rows[1]).to.deep.equal([2, '2024-03-31', '8931.11', '8059.27', '871.84', '74501.57']);
    expect(rows[2]).to.deep.equal([3, '2024-04-30', '8884.88', '8139.86', '745.02', '66361.71']);
    expect(rows.at(-1)).to.deep.equal([11, '2024-12-31', '7127.90', '7057.33', '70.57', '0.00']);
    const status = loanStatus(ahead.loan, [], '2024-03-20');
    expect(plain(status.nextInstallment)).to.deep.equal({
      n: 2,
      dueDate: '2024-03-31',
      amount: '8485.39',
    });
  });

  it('counts actual days for an actual/365 loan prepaid mid-period', () => {
    // 12,000 at 6 %/year, equal principal, actual/365, disbursed 2024-01-10. Instalment 1
    // (due 02-10, 31 days) charges 12,000 × 0.06 × 31 / 365 = 61.15. 3,000 on 01-20 pays the
    // 10 days earned, 61.15 × 10 / 31 = 19.73, and prepays 2,980.27: 9,019.73 left, in
    // principal parts of 1,000 kept ('reduce-term'), so 10 instalments instead of 12.
    // Instalment 1: 19.73 + 9,019.73 × 0.06 × 21 / 365 = 19.73 + 31.14 = 50.87;
    // 2 (29 days): 8,019.73 × 0.06 × 29 / 365 = 38.23; 10 (2024-11-10): 19.73 + 0.10.
    const loan: Loan = {
      terms: {
        principal: '12000',
        rate: { percent: '6', per: 'year' },
        termMonths: 12,
        method: 'equal-principal',
        dayCount: 'actual/365',
        disbursedOn: '2024-01-10',
      },
      rules: rulesWith({ earlyPayment: 'prepay' }),
    };
    expect(loanSchedule(loan.terms).installments[0]!.interest.toString()).to.equal('61.15');
    const ahead = applyPayment(loan, '3000', '2024-01-20');
    expect(lines(ahead)).to.deep.equal(['1 interest 19.73']);
    expect(ahead.allocation.prepaid.toString()).to.equal('2980.27');
    const rows = rowsOf(ahead.loan);
    expect(rows).to.have.length(10);
    expect(rows[0]).to.deep.equal([1, '2024-02-10', '1050.87', '1000.00', '50.87', '8019.73']);
    expect(rows[1]).to.deep.equal([2, '2024-03-10', '1038.23', '1000.00', '38.23', '7019.73']);
    expect(rows[9]).to.deep.equal([10, '2024-11-10', '19.83', '19.73', '0.10', '0.00']);
  });

  it('gives back what is beyond the whole debt as excess', () => {
    // 0 % loan: 12,000 owed; 12,500 on disbursement day prepays it all and 500 is excess.
    const paid = applyPayment(INTEREST_FREE, '12500', '2024-01-01');
    expect(plain(paid.allocation)).to.include({ prepaid: '12000.00', excess: '500.00' });
    expect(paid.loan.installments).to.have.length(0);
    expect(loanStatus(paid.loan, [], '2024-06-01').fullyPaid).to.equal(true);
    const after = applyPayment(paid.loan, '10', '2024-02-01');
    expect(after.allocation.excess.toString()).to.equal('10.00');
    expect(after.loan.excess.toString()).to.equal('510.00');
  });

  it("'reduce-term' keeps an equal-principal loan's principal part as rounded, not as divided", () => {
    // 1,200 at 0 % over 7 months, payments up to 10 baht: 1,200 / 7 = 171.43 → 180.00, so
    // each principal part is 180.00 (the last takes the rest). Instalment 1 paid, 300 more on
    // 16 February prepays principal; the rest is rebuilt in parts of 180.00, the part the
    // schedule asked (not 171.43): 1,200 − 180 − 300 = 720 = 4 × 180.
    const loan = {
      terms: { ...INTEREST_FREE.terms, principal: '1200', termMonths: 7, roundPaymentTo: '10' },
      rules: rulesWith({ earlyPayment: 'prepay' }),
    };
    const onTime = applyPayment(loan, '180', '2024-02-01').loan;
    const ahead = applyPayment(onTime, '300', '2024-02-16');
    expect(plain(ahead.allocation)).to.include({ prepaid: '300.00' });
    expect(
      rowsOf(ahead.loan)
        .slice(1)
        .map((row) => row[3]),
    ).to.deep.equal(['180.00', '180.00', '180.00', '180.00']);
  });

  it('works for a 0 % loan: no interest earned, the term shortened', () => {
    // 1,000 due on 02-01 is paid, then 2,500 more on 02-15: no interest to earn, all of it
    // prepays principal. 11,000 − 2,500 = 8,500 left in parts of 1,000 ('reduce-term'): eight
    // of 1,000 and one of 500, the last due 2024-11-01 instead of 2025-01-01.
    const loan = { ...INTEREST_FREE, rules: rulesWith({ earlyPayment: 'prepay' }) };
    const onTime = applyPayment(loan, '1000', '2024-02-01').loan;
    const ahead = applyPayment(onTime, '2500', '2024-02-15');
    expect(plain(ahead.allocation)).to.include({ interest: '0.00', prepaid: '2500.00' });
    const rows = rowsOf(ahead.loan).slice(1);
    expect(rows.map((row) => row[3])).to.deep.equal([...Array(8).fill('1000.00'), '500.00']);
    expect(rows.at(-1)![1]).to.equal('2024-11-01');
    expect(rows.every((row) => row[4] === '0.00')).to.equal(true);
  });
});

describe('applyPayment: reversals and records', () => {
  const p1 = { id: 'p1', date: '2024-02-15', amount: '1100' };
  const p2 = { id: 'p2', date: '2024-03-15', amount: '1100' };
  const r1 = { id: 'r1', date: '2024-03-20', amount: '1100', reverses: 'p1' };

  it('replays the history without the reversed payment, keeping both records', () => {
    let state: LoanState = applyPayment(FLAT_LOAN, p1, p1.date).loan;
    state = applyPayment(state, p2, p2.date).loan;
    const reversed = applyPayment(state, r1, r1.date);
    expect(reversed.allocation.reverses).to.equal('p1');
    expect(reversed.allocation.amount.toString()).to.equal('0.00');
    expect(reversed.loan.history.map((record) => record.id)).to.deep.equal(['p1', 'p2', 'r1']);
    // Without p1, p2 (2024-03-15) pays instalment 1, 29 days late: 3.97 + 100.00 + 996.03.
    expect(plain(reversed.loan.installments[0]!.paid)).to.deep.equal({
      penalty: '3.97',
      interest: '100.00',
      principal: '996.03',
      total: '1100.00',
    });
    expect(plain(loanStatus(reversed.loan, [], '2024-04-01'))).to.deep.equal(
      plain(loanStatus(FLAT_LOAN, [p2], '2024-04-01')),
    );
    // The state passed in is unchanged.
    expect(state.installments[0]!.paid.total.toString()).to.equal('1100.00');
  });

  it('refuses to reverse an unknown, a reversed or a reversal record, or another amount', () => {
    const state = applyPayment(applyPayment(FLAT_LOAN, p1, p1.date).loan, r1, r1.date).loan;
    expectSajjaError(
      () => applyPayment(FLAT_LOAN, { ...r1, reverses: 'nope' }, r1.date),
      'INVALID_ARGUMENT',
      'unknown-payment',
    );
    expectSajjaError(
      () => applyPayment(state, { ...r1, id: 'r2' }, r1.date),
      'INVALID_ARGUMENT',
      'already-reversed',
    );
    expectSajjaError(
      () => applyPayment(state, { ...r1, id: 'r3', reverses: 'r1' }, r1.date),
      'INVALID_ARGUMENT',
      'unknown-payment',
    );
    const one = applyPayment(FLAT_LOAN, p1, p1.date).loan;
    expectSajjaError(
      () => applyPayment(one, { ...r1, amount: '1000' }, r1.date),
      'INVALID_ARGUMENT',
      'reversal-amount-mismatch',
    );
    expectSajjaError(
      () => applyPayment(one, { ...p2, id: 'p1' }, p2.date),
      'INVALID_ARGUMENT',
      'duplicate-payment-id',
    );
  });

  it('checks amounts, dates and order', () => {
    expectSajjaError(
      () => applyPayment(FLAT_LOAN, '0', '2024-02-15'),
      'INVALID_AMOUNT',
      'not-positive',
    );
    expectSajjaError(
      () => applyPayment(FLAT_LOAN, '-5', '2024-02-15'),
      'INVALID_AMOUNT',
      'not-positive',
    );
    expectSajjaError(
      () => applyPayment(FLAT_LOAN, '1.001', '2024-02-15'),
      'INVALID_AMOUNT',
      'too-many-decimals',
    );
    expectSajjaError(
      () => applyPayment(FLAT_LOAN, '100', '2024-01-14'),
      'INVALID_ARGUMENT',
      'payment-before-disbursement',
    );
    expectSajjaError(
      () => applyPayment(FLAT_LOAN, '100', '2024-02-30'),
      'INVALID_DATE',
      'no-such-day',
    );
    expectSajjaError(
      () => applyPayment(FLAT_LOAN, p1, '2024-02-16'),
      'INVALID_ARGUMENT',
      'payment-date-mismatch',
    );
    const later = applyPayment(FLAT_LOAN, p2, p2.date).loan;
    expectSajjaError(
      () => applyPayment(later, p1, p1.date),
      'INVALID_ARGUMENT',
      'payment-out-of-order',
    );
    expectSajjaError(
      () => applyPayment(null as unknown as Loan, '1', '2024-02-15'),
      'INVALID_ARGUMENT',
      'invalid-option',
    );
    const badSchedule = {
      ...FLAT_LOAN,
      installments: loanSchedule(FLAT_LOAN.terms).installments.slice(1),
    };
    expectSajjaError(
      () => applyPayment(badSchedule, '1', '2024-02-15'),
      'INVALID_ARGUMENT',
      'schedule-mismatch',
    );
    expectSajjaError(
      () =>
        applyPayment(
          { ...FLAT_LOAN, rules: rulesWith({ prepayment: 'sooner' as never }) },
          '1',
          '2024-02-15',
        ),
      'RULES_INVALID',
      'unknown-value',
    );
  });

  it('uses a stored schedule as given, and a state read back from JSON', () => {
    const stored = { ...FLAT_LOAN, installments: loanSchedule(FLAT_LOAN.terms).installments };
    const direct = applyPayment(stored, '1000', '2024-03-15');
    expect(lines(direct)).to.deep.equal([
      '1 penalty 3.97',
      '1 interest 100.00',
      '1 principal 896.03',
    ]);
    const readBack = JSON.parse(JSON.stringify(direct.loan)) as LoanState;
    const next = applyPayment(readBack, '500', '2024-03-20');
    const fresh = applyPayment(direct.loan, '500', '2024-03-20');
    expect(plain(next)).to.deep.equal(plain(fresh));
  });
});

describe('applyPayment: invariants', () => {
  it('allocates every satang: the parts add up to the payment, the lines to the due parts', function () {
    // Property runs replay whole histories; a loaded 2-core machine needs more than 2 s.
    this.timeout(20_000);
    fc.assert(
      fc.property(
        loans.chain((loan) => fc.tuple(fc.constant(loan), paymentsFor(loan))),
        ([loan, payments]) => {
          let state: Loan | LoanState = loan;
          for (const payment of payments) {
            const { loan: next, allocation } = applyPayment(state, payment, payment.date);
            const { penalty, interest, principal, prepaid, excess } = allocation;
            expect(sum([penalty, interest, principal, prepaid, excess]).toString()).to.equal(
              money(payment.amount).toString(),
            );
            expect(sum(allocation.lines.map((line) => line.amount)).toString()).to.equal(
              sum([penalty, interest, principal]).toString(),
            );
            expect(allocation.lines.every((line) => line.amount.isPositive())).to.equal(true);
            state = next;
          }
        },
      ),
      { numRuns: 80 },
    );
  });

  it('never lets principal go negative, and principal parts plus prepaid stay the loan', function () {
    // Property runs replay whole histories; a loaded 2-core machine needs more than 2 s.
    this.timeout(20_000);
    fc.assert(
      fc.property(
        loans.chain((loan) => fc.tuple(fc.constant(loan), paymentsFor(loan))),
        ([loan, payments]) => {
          let state: Loan | LoanState = loan;
          for (const payment of payments) {
            state = applyPayment(state, payment, payment.date).loan;
            const { installments, outstandingPrincipal, prepaidPrincipal } = state;
            expect(outstandingPrincipal.isNegative()).to.equal(false);
            const parts = sum(installments.map((row) => row.principal));
            expect(parts.plus(prepaidPrincipal).toString()).to.equal(
              money(loan.terms.principal).toString(),
            );
            for (const row of installments) {
              expect(row.balance.isNegative() || row.principal.isNegative()).to.equal(false);
              expect(row.paid.principal.compare(row.principal)).to.be.at.most(0);
              expect(row.paid.interest.compare(row.interest)).to.be.at.most(0);
            }
            // Due dates stay strictly increasing after any recomputation.
            const dates = installments.map((row) => row.dueDate);
            expect([...dates].sort()).to.deep.equal(dates);
            expect(new Set(dates).size).to.equal(dates.length);
          }
        },
      ),
      { numRuns: 80 },
    );
  });
});
