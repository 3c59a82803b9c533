import { expect } from 'chai';
import fc from 'fast-check';
import { addDays, money, sum, type Money } from '../src/index.js';
import { AGEING_BUCKETS, ageingBucket } from '../src/loans/ageing.js';
import { applyPayment } from '../src/loans/apply-payment.js';
import type { Loan, LoanPayment, LoanState } from '../src/loans/loan.js';
import { loanStatus } from '../src/loans/loan-status.js';
import { loanSchedule } from '../src/loans/schedule.js';
import { expectSajjaError } from './expect-sajja-error.js';
import {
  FLAT_LOAN,
  INTEREST_FREE,
  loans,
  paymentsFor,
  plain,
  rulesWith,
  undisbursedAfter,
} from './loan-repayment-fixtures.js';

const onTime: LoanPayment = { id: 'p1', date: '2024-02-15', amount: '1100' };

describe('ageingBucket', () => {
  it('puts 0 in current and the edges of each bucket where they belong', () => {
    const edges = [0, 1, 30, 31, 60, 61, 90, 91, 10_000].map(ageingBucket);
    expect(edges).to.deep.equal([
      'current',
      '1-30',
      '1-30',
      '31-60',
      '31-60',
      '61-90',
      '61-90',
      '90+',
      '90+',
    ]);
    expect(AGEING_BUCKETS).to.deep.equal(['current', '1-30', '31-60', '61-90', '90+']);
  });

  it('refuses negative and fractional days', () => {
    for (const days of [-1, 1.5, Number.NaN, Infinity]) {
      expectSajjaError(() => ageingBucket(days), 'INVALID_ARGUMENT', 'invalid-option');
    }
  });
});

describe('loanStatus', () => {
  it('reports arrears by part, days past due, bucket, outstanding principal and the next instalment', () => {
    // Instalment 1 paid on time; 2 (due 03-15) and 3 (due 04-15) unpaid on 2024-04-20.
    // Days past due: 03-15 → 04-20 = 36 ('31-60'). Penalties: 1,000 × 5 % × 36 / 365 = 4.93
    // and × 5 / 365 = 0.68. Overdue: 2 × 1,000 principal + 2 × 100 interest + 5.61 = 2,205.61.
    const status = loanStatus(FLAT_LOAN, [onTime], '2024-04-20');
    expect(status.daysPastDue).to.equal(36);
    expect(status.ageingBucket).to.equal('31-60');
    expect(plain(status.overdue)).to.deep.equal({
      penalty: '5.61',
      interest: '200.00',
      principal: '2000.00',
      total: '2205.61',
    });
    expect(plain(status.due)).to.deep.equal(plain(status.overdue));
    expect(plain(status.paid)).to.deep.equal({
      penalty: '0.00',
      interest: '100.00',
      principal: '1000.00',
      total: '1100.00',
    });
    expect(status.outstandingPrincipal.toString()).to.equal('9000.00');
    expect(plain(status.nextInstallment)).to.deep.equal({
      n: 4,
      dueDate: '2024-05-15',
      amount: '1100.00',
    });
    expect(status.installments.slice(0, 5).map((row) => row.status)).to.deep.equal([
      'paid',
      'overdue',
      'overdue',
      'upcoming',
      'upcoming',
    ]);
    expect(status.installments.slice(0, 4).map((row) => row.daysPastDue)).to.deep.equal([
      0, 36, 5, 0,
    ]);
    expect(status.installments[1]!.penalty.toString()).to.equal('4.93');
    expect(status.fullyPaid).to.equal(false);
  });

  it('counts an instalment due today as due, not overdue', () => {
    const status = loanStatus(FLAT_LOAN, [onTime], '2024-03-15');
    expect(status.installments[1]!.status).to.equal('due');
    expect(status.due.total.toString()).to.equal('1100.00');
    expect(status.overdue.total.toString()).to.equal('0.00');
    expect(status.daysPastDue).to.equal(0);
    expect(status.ageingBucket).to.equal('current');
  });

  it('ages an unpaid loan through every bucket edge', () => {
    // 0 % loan, nothing paid: instalment 1 fell due 2024-02-01.
    const ages = [0, 1, 30, 31, 60, 61, 90, 91].map((days) => {
      const status = loanStatus(INTEREST_FREE, [], addDays('2024-02-01', days));
      return [status.daysPastDue, status.ageingBucket];
    });
    expect(ages).to.deep.equal([
      [0, 'current'],
      [1, '1-30'],
      [30, '1-30'],
      [31, '31-60'],
      [60, '31-60'],
      [61, '61-90'],
      [90, '61-90'],
      [91, '90+'],
    ]);
  });

  it('ages from the due date; grace days only delay the penalty', () => {
    const loan = { ...INTEREST_FREE, rules: rulesWith({ penaltyGraceDays: 7 }) };
    const inGrace = loanStatus(loan, [], '2024-02-08');
    expect([inGrace.daysPastDue, inGrace.overdue.penalty.toString()]).to.deep.equal([7, '0.00']);
    // One day past the grace: 1,000 × 5 % × 1 / 365 = 0.14.
    const after = loanStatus(loan, [], '2024-02-09');
    expect([after.daysPastDue, after.overdue.penalty.toString()]).to.deep.equal([8, '0.14']);
  });

  it('keeps a late instalment overdue while only its penalty is unpaid', () => {
    // Principal first: 1,100 on 2024-03-15 pays instalment 1's principal and interest but not
    // its 3.97 penalty (29 days late).
    const loan = {
      ...FLAT_LOAN,
      rules: rulesWith({ allocationOrder: ['principal', 'interest', 'penalty'] }),
    };
    const status = loanStatus(loan, [{ date: '2024-03-15', amount: '1100' }], '2024-03-16');
    expect(status.installments[0]!.status).to.equal('overdue');
    expect(plain(status.installments[0]!.owed)).to.include({ penalty: '3.97', total: '3.97' });
    expect(status.installments[0]!.paidOn).to.equal(null);
  });

  it('is fully paid, with no penalty, when every instalment is paid on its due date', () => {
    const payments = loanSchedule(FLAT_LOAN.terms).installments.map((row, index) => ({
      id: `p${index}`,
      date: row.dueDate,
      amount: row.payment.toString(),
    }));
    const status = loanStatus(FLAT_LOAN, payments, '2025-01-01');
    expect(status.fullyPaid).to.equal(true);
    expect(status.paid.penalty.toString()).to.equal('0.00');
    expect(status.paid.total.toString()).to.equal('11000.00');
    expect(status.nextInstallment).to.equal(null);
    expect(status.installments.every((row) => row.status === 'paid')).to.equal(true);
  });

  it('sorts records by date, keeping the order of one day, and ignores those after asOf', () => {
    const records = [
      { id: 'b', date: '2024-03-15', amount: '1100' },
      { id: 'a', date: '2024-02-15', amount: '1100' },
      { id: 'c', date: '2024-05-01', amount: '5000' },
    ];
    const status = loanStatus(FLAT_LOAN, records, '2024-04-01');
    expect(status.paid.total.toString()).to.equal('2200.00');
    expect(status.installments.slice(0, 2).map((row) => row.paidOn)).to.deep.equal([
      '2024-02-15',
      '2024-03-15',
    ]);
  });

  it('applies a reversal from its own date on', () => {
    const records = [onTime, { id: 'r1', date: '2024-03-01', amount: '1100', reverses: 'p1' }];
    expect(loanStatus(FLAT_LOAN, records, '2024-02-20').paid.total.toString()).to.equal('1100.00');
    const after = loanStatus(FLAT_LOAN, records, '2024-03-01');
    expect(after.paid.total.toString()).to.equal('0.00');
    expect(after.daysPastDue).to.equal(15);
  });

  it('checks every record, also those after asOf', () => {
    expectSajjaError(
      () =>
        loanStatus(
          FLAT_LOAN,
          [onTime, { id: 'p1', date: '2024-06-01', amount: '5' }],
          '2024-03-01',
        ),
      'INVALID_ARGUMENT',
      'duplicate-payment-id',
    );
    // A reversal sorted before the payment it names has nothing to reverse.
    expectSajjaError(
      () =>
        loanStatus(
          FLAT_LOAN,
          [{ id: 'r', date: '2024-02-14', amount: '1100', reverses: 'p1' }, onTime],
          '2024-03-01',
        ),
      'INVALID_ARGUMENT',
      'unknown-payment',
    );
    expectSajjaError(
      () => loanStatus(FLAT_LOAN, [{ date: '2024-06-01', amount: '0' }], '2024-03-01'),
      'INVALID_AMOUNT',
      'not-positive',
    );
    expectSajjaError(
      () => loanStatus(FLAT_LOAN, [], '2024-13-01'),
      'INVALID_DATE',
      'no-such-month',
    );
    expectSajjaError(
      () => loanStatus(FLAT_LOAN, 'p1' as unknown as LoanPayment[], '2024-03-01'),
      'INVALID_ARGUMENT',
      'invalid-option',
    );
  });

  it('adds a state and more payments, as a replay of both', () => {
    const state = applyPayment(FLAT_LOAN, onTime, onTime.date).loan;
    const more = { id: 'p2', date: '2024-03-20', amount: '2000' };
    expect(plain(loanStatus(state, [more], '2024-04-01'))).to.deep.equal(
      plain(loanStatus(FLAT_LOAN, [onTime, more], '2024-04-01')),
    );
    // A state's status before its own last record leaves that record out.
    expect(plain(loanStatus(state, [], '2024-02-14'))).to.deep.equal(
      plain(loanStatus(FLAT_LOAN, [], '2024-02-14')),
    );
  });
});

describe('loanStatus: invariants', () => {
  /** Random payments, some of them reversed a few days later. */
  const history = loans.chain((loan) =>
    fc.tuple(
      fc.constant(loan),
      paymentsFor(loan).chain((payments) =>
        fc
          .subarray(payments)
          .chain((reversed) =>
            fc.tuple(
              fc.constant(payments),
              fc.array(fc.integer({ min: 0, max: 40 }), {
                minLength: reversed.length,
                maxLength: reversed.length,
              }),
              fc.constant(reversed),
            ),
          )
          .map(([payments, delays, reversed]) => {
            const reversals = reversed.map((payment, index) => ({
              id: `r-${payment.id}`,
              date: addDays(payment.date, delays[index]!),
              amount: payment.amount,
              reverses: payment.id!,
            }));
            // Appended after the payments, so one dated the same day sorts after its payment.
            return [...payments, ...reversals].sort((a, b) =>
              a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
            );
          }),
      ),
      fc.integer({ min: 0, max: 2400 }),
    ),
  );

  it('equals a fold of applyPayment over the same records', function () {
    // Property runs replay whole histories; a loaded 2-core machine needs more than 2 s.
    this.timeout(20_000);
    fc.assert(
      fc.property(history, ([loan, records, asOfOffset]) => {
        const asOf = addDays(loan.terms.disbursedOn, asOfOffset);
        let state: Loan | LoanState = loan;
        let received = money('0');
        for (const record of records.filter((r) => r.date <= asOf)) {
          const applied = applyPayment(state, record, record.date);
          state = applied.loan;
          received = received.plus(applied.allocation.amount);
        }
        const replayed = loanStatus(loan, records, asOf);
        const folded = loanStatus(state, [], asOf);
        expect(plain(folded)).to.deep.equal(plain(replayed));
        if ('history' in state) {
          // The principal still owed on the instalments is the same whatever the day (of which
          // tranches not yet paid out are not outstanding yet).
          const owedOn = (rows: readonly { principal: Money; paid: { principal: Money } }[]) =>
            sum(rows.map((row) => row.principal.minus(row.paid.principal))).toString();
          expect(owedOn(state.installments)).to.equal(owedOn(replayed.installments));
          if (undisbursedAfter(loan, state.asOf).isZero()) {
            expect(state.outstandingPrincipal.toString()).to.equal(
              replayed.outstandingPrincipal.toString(),
            );
          }
          expect(state.excess.toString()).to.equal(replayed.excess.toString());
        }
        // What was paid and given back is what was received, less the payments reversed.
        const reversedIds = new Set(
          records.filter((r) => r.date <= asOf && r.reverses).map((r) => r.reverses),
        );
        const kept = records.filter((r) => r.date <= asOf && !r.reverses && !reversedIds.has(r.id));
        expect(replayed.paid.total.plus(replayed.excess).toString()).to.equal(
          sum(kept.map((r) => r.amount)).toString(),
        );
        expect(received.compare(sum(kept.map((r) => r.amount)))).to.be.at.least(0);
      }),
      { numRuns: 100 },
    );
  });

  it('is fully paid with no penalty whenever every instalment is paid on its due date', function () {
    // Property runs replay whole histories; a loaded 2-core machine needs more than 2 s.
    this.timeout(20_000);
    fc.assert(
      fc.property(loans, (loan) => {
        // An instalment that asks nothing (a grace without interest) needs no payment.
        const payments = loanSchedule(loan.terms)
          .installments.map((row, index) => ({
            id: `p${index}`,
            date: row.dueDate,
            amount: row.payment.toString(),
          }))
          .filter((payment) => payment.amount !== '0.00');
        const status = loanStatus(loan, payments, payments.at(-1)!.date);
        expect(status.fullyPaid).to.equal(true);
        expect(status.paid.penalty.toString()).to.equal('0.00');
        expect(status.prepaidPrincipal.toString()).to.equal('0.00');
        expect(status.excess.toString()).to.equal('0.00');
        expect(status.daysPastDue).to.equal(0);
        expect(status.paid.principal.toString()).to.equal(money(loan.terms.principal).toString());
      }),
      { numRuns: 100 },
    );
  });

  it('is fully paid with no penalty, never overdue, when each instalment is paid up to 10 days early', function () {
    // Property runs replay whole histories; a loaded 2-core machine needs more than 2 s.
    this.timeout(20_000);
    const early = loans.chain((loan) => {
      const { installments } = loanSchedule(loan.terms);
      return fc.tuple(
        fc.constant(loan),
        fc.array(fc.integer({ min: 0, max: 10 }), {
          minLength: installments.length,
          maxLength: installments.length,
        }),
      );
    });
    fc.assert(
      fc.property(early, ([given, daysEarly]) => {
        // The default rule, whatever else the rules say.
        const loan: Loan = given.rules
          ? { ...given, rules: { ...given.rules, earlyPayment: 'next-installment' } }
          : given;
        const { installments, totalInterest } = loanSchedule(loan.terms);
        const payments = installments
          .map((row, index) => {
            // Never before the previous instalment falls due (a week is shorter than 10 days).
            const earliest =
              index === 0 ? loan.terms.disbursedOn : addDays(installments[index - 1]!.dueDate, 1);
            const date = addDays(row.dueDate, -daysEarly[index]!);
            return {
              id: `p${index}`,
              date: date < earliest ? earliest : date,
              amount: row.payment.toString(),
            };
          })
          // An instalment that asks nothing (a grace without interest) needs no payment.
          .filter((payment) => payment.amount !== '0.00');
        // The day after each due date, nothing is late.
        for (const row of installments) {
          const status = loanStatus(loan, payments, addDays(row.dueDate, 1));
          expect(status.overdue.total.toString()).to.equal('0.00');
          expect(status.daysPastDue).to.equal(0);
        }
        const end = loanStatus(loan, payments, addDays(installments.at(-1)!.dueDate, 1));
        expect(end.fullyPaid).to.equal(true);
        expect(end.paid.penalty.toString()).to.equal('0.00');
        expect(end.outstandingPrincipal.toString()).to.equal('0.00');
        expect(
          end.installments.every((row) => row.paidOn !== null && row.paidOn <= row.dueDate),
        ).to.equal(true);
        // Every instalment is settled at its scheduled amounts, except the first whose amount
        // covers the payoff (the last, or an earlier one when the last is tiny): that closes the
        // loan at interest to the day, and what it had not earned comes back as excess, with
        // any instalment paid after it. So the member pays the principal and at most the
        // scheduled interest, and gets back the rest.
        expect(end.paid.principal.toString()).to.equal(money(loan.terms.principal).toString());
        expect(end.paid.interest.compare(totalInterest)).to.be.at.most(0);
        expect(end.excess.toString()).to.equal(totalInterest.minus(end.paid.interest).toString());
        if (daysEarly.every((days) => days === 0)) {
          expect(end.excess.toString()).to.equal('0.00');
        }
      }),
      { numRuns: 60 },
    );
  });

  it('keeps its sums consistent: due ⊇ overdue, outstanding ≥ 0, buckets from days past due', function () {
    // Property runs replay whole histories; a loaded 2-core machine needs more than 2 s.
    this.timeout(20_000);
    fc.assert(
      fc.property(
        loans.chain((loan) =>
          fc.tuple(fc.constant(loan), paymentsFor(loan), fc.integer({ min: 0, max: 2400 })),
        ),
        ([loan, payments, offset]) => {
          const asOf = addDays(loan.terms.disbursedOn, offset);
          const status = loanStatus(loan, payments, asOf);
          expect(status.due.total.compare(status.overdue.total)).to.be.at.least(0);
          expect(status.outstandingPrincipal.isNegative()).to.equal(false);
          expect(status.ageingBucket).to.equal(ageingBucket(status.daysPastDue));
          const owed = sum(status.installments.map((row) => row.owed.total));
          expect(owed.compare(status.due.total)).to.be.at.least(0);
          expect(status.fullyPaid).to.equal(owed.isZero());
          // Tranches not paid out yet are in the instalments but not outstanding (an instalment
          // paid early may even have repaid some of them: outstanding stays at 0 then).
          const owedPrincipal = sum(status.installments.map((row) => row.owed.principal)).minus(
            undisbursedAfter(loan, asOf),
          );
          expect(status.outstandingPrincipal.toString()).to.equal(
            (owedPrincipal.isNegative() ? money('0') : owedPrincipal).toString(),
          );
        },
      ),
      { numRuns: 100 },
    );
  });
});
