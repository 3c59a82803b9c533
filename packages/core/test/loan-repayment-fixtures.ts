import fc from 'fast-check';
import { addDays, money, type Money } from '../src/index.js';
import type { Loan, LoanPayment, LoanState } from '../src/loans/loan.js';
import type { LoanRules, PenaltyRule, RepaymentPart } from '../src/loans/loan-rules.js';
import type { LoanTerms } from '../src/loans/loan-terms.js';
import { SAJJA_GROUP_LOAN_RULES } from '../src/loans/loan-presets.js';
import { satangToText, textToSatang } from './arbitraries.js';
import { conventionChoices, withConventions } from './loan-convention-arbitraries.js';

/** Shared by the loan repayment, status, penalty and payoff tests. */

/** 10,000 at 1 %/month flat over 10 months from 2024-01-15: 1,100.00 a month (1,000 + 100). */
export const FLAT_LOAN: Loan = {
  terms: {
    principal: '10000',
    rate: { percent: '1', per: 'month' },
    termMonths: 10,
    method: 'flat',
    disbursedOn: '2024-01-15',
  },
};

/**
 * The declining example: 100,000 at 12 %/year over 12 months, disbursed 2024-01-31
 * (due 29 Feb, 31 Mar, 30 Apr, …): 8,884.88 a month, the first 1,000.00 interest and 7,884.88
 * principal, leaving 92,115.12.
 */
export const DECLINING_TERMS: LoanTerms = {
  principal: '100000',
  rate: { percent: '12', per: 'year' },
  termMonths: 12,
  method: 'declining',
  disbursedOn: '2024-01-31',
};

/** 12,000 at 0 % in 12 equal-principal instalments of 1,000 from 2024-01-01 (due on the 1st). */
export const INTEREST_FREE: Loan = {
  terms: {
    principal: '12000',
    rate: { percent: '0', per: 'month' },
    termMonths: 12,
    method: 'equal-principal',
    disbursedOn: '2024-01-01',
  },
};

/** Loan rules: the Sajja-group preset with some repayment settings replaced. */
export function rulesWith(overrides: Partial<LoanRules>): LoanRules {
  return { ...SAJJA_GROUP_LOAN_RULES, ...overrides };
}

/** An instalment row as plain strings: [n, dueDate, payment, principal, interest, balance]. */
export function rowsOf(state: LoanState): (string | number)[][] {
  return state.installments.map((row) => [
    row.n,
    row.dueDate,
    row.payment.toString(),
    row.principal.toString(),
    row.interest.toString(),
    row.balance.toString(),
  ]);
}

/**
 * The tranches of `loan` paid out after `date` (issue 20): scheduled, so in the instalments,
 * but not owed yet.
 */
export function undisbursedAfter(loan: Loan, date: string): Money {
  const later = (loan.terms.disbursements ?? []).slice(1).filter((t) => t.on > date);
  return later.reduce((total, t) => total.plus(t.amount), money('0'));
}

/** Money and nested records as plain JSON, for deep comparisons (Money has no own fields). */
export function plain(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

const amount = (minSatang: bigint, maxSatang: bigint) =>
  fc.bigInt({ min: minSatang, max: maxSatang }).map(satangToText);

const penaltyRule: fc.Arbitrary<PenaltyRule> = fc.oneof(
  fc.constantFrom('0', '5', '15', '365').map((percent) => ({
    kind: 'percent-per-year' as const,
    percent,
  })),
  amount(0n, 50_000n).map((fee) => ({ kind: 'fixed-fee' as const, fee })),
);

const allocationOrder: fc.Arbitrary<RepaymentPart[]> = fc.constantFrom(
  ['penalty', 'interest', 'principal'],
  ['interest', 'principal', 'penalty'],
  ['principal', 'interest', 'penalty'],
  ['interest', 'penalty', 'principal'],
);

/** Loan rules with random repayment settings (rate and method come from the terms). */
export const repaymentRules: fc.Arbitrary<LoanRules> = fc
  .record(
    {
      allocationOrder,
      earlyPayment: fc.constantFrom('next-installment' as const, 'prepay' as const),
      prepayment: fc.constantFrom('reduce-term' as const, 'reduce-payment' as const),
      penalty: penaltyRule,
      penaltyGraceDays: fc.integer({ min: 0, max: 10 }),
      maxPenalty: amount(0n, 100_000n),
    },
    { requiredKeys: [] },
  )
  .map((overrides) => rulesWith(overrides));

/**
 * Random loans of 6–60 instalments (a few of 1–5), every method and day count, 0 % included;
 * half of them with issue 20's conventions (frequencies, grace, interest-free periods, payment
 * timing, rounding modes, contract totals, level payments on actual days, tranches) in every
 * combination `loanSchedule` accepts.
 */
export const loans: fc.Arbitrary<Loan> = fc
  .record({
    principal: amount(100_000n, 100_000_000n),
    monthly: fc.boolean(),
    percent: fc.constantFrom('0', '0.5', '1', '1.25', '2', '6', '12', '18'),
    termMonths: fc.oneof(fc.integer({ min: 6, max: 60 }), fc.integer({ min: 1, max: 5 })),
    method: fc.constantFrom('flat' as const, 'declining' as const, 'equal-principal' as const),
    dayCount: fc.constantFrom('period' as const, 'actual/365' as const),
    roundPaymentTo: fc.constantFrom(undefined, '1', '10'),
    disbursedOn: fc.integer({ min: 0, max: 3650 }).map((offset) => addDays('2020-01-01', offset)),
    rules: fc.option(repaymentRules, { nil: undefined }),
    conventions: fc.option(conventionChoices, { nil: undefined }),
  })
  .map(({ principal, monthly, percent, rules, roundPaymentTo, conventions, ...rest }) => {
    const terms: LoanTerms = {
      ...rest,
      principal,
      // A yearly quote of a small percentage: the same list read per year.
      rate: { percent, per: monthly ? ('month' as const) : ('year' as const) },
      ...(roundPaymentTo === undefined ? {} : { roundPaymentTo }),
    };
    return {
      terms: conventions === undefined ? terms : withConventions(terms, conventions),
      ...(rules === undefined ? {} : { rules }),
    };
  });

/**
 * Payments for a loan: `count` records on days from the disbursement to a few months past the
 * term, of 0.01 up to twice the principal / term (so some pay ahead, some fall behind).
 */
export function paymentsFor(loan: Loan, maxCount = 12): fc.Arbitrary<LoanPayment[]> {
  const { terms } = loan;
  const count = terms.termMonths ?? terms.installmentCount ?? 1;
  const lastDay = (count + 4) * 31;
  const perMonth = (textToSatang(money(terms.principal).toString()) * 2n) / BigInt(count);
  return fc
    .array(
      fc.record({
        offset: fc.integer({ min: 0, max: lastDay }),
        satang: fc.bigInt({ min: 1n, max: perMonth > 1n ? perMonth : 1n }),
      }),
      { maxLength: maxCount },
    )
    .map((entries) =>
      entries
        .map(({ offset, satang }, index) => ({
          id: `p${index}`,
          date: addDays(terms.disbursedOn, offset),
          amount: satangToText(satang),
        }))
        .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
    );
}
