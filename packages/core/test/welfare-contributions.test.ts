import { expect } from 'chai';
import fc from 'fast-check';
import { addDays, addMonths, compareIsoDates, daysBetween, money } from '../src/index.js';
import { contributionsDue } from '../src/welfare/contributions-due.js';
import { matchingFunds } from '../src/welfare/matching-funds.js';
import type { WelfareContribution, WelfareRules } from '../src/welfare/welfare-rules.js';
import { isoDate, satangToText } from './arbitraries.js';
import { expectSajjaError } from './expect-sajja-error.js';

const rulesWith = (contribution: WelfareContribution): WelfareRules => ({
  waitingDays: 180,
  contribution,
  benefits: { birth: { type: 'fixed', amount: '1000' } },
});
const codi = rulesWith({ perDay: '1' });
const monthly = rulesWith({ perMonth: '30' });
const yearly = rulesWith({ perYear: '365' });

/** The counts and amounts of a result, as plain values. */
function summary(due: ReturnType<typeof contributionsDue>) {
  return {
    periodsDue: due.periodsDue,
    amountDue: due.amountDue.toString(),
    periodsPaid: due.periodsPaid,
    amountPaid: due.amountPaid.toString(),
    periodsInArrears: due.periodsInArrears,
    arrears: due.arrears.toString(),
    inArrears: due.inArrears,
    nextDueOn: due.nextDueOn,
  };
}

describe('contributionsDue', () => {
  it('counts CODI daily contributions from the joining day to asOf, both included', () => {
    const due = contributionsDue(
      { joinedOn: '2025-01-01', contributionsPaidThrough: '2025-01-31' },
      codi,
      '2025-03-01',
    );
    // 31 days of January + 28 of February + 1 March = 60 due; January (31 days) paid.
    expect(summary(due)).to.deep.equal({
      periodsDue: 60,
      amountDue: '60.00',
      periodsPaid: 31,
      amountPaid: '31.00',
      periodsInArrears: 29,
      arrears: '29.00',
      inArrears: true,
      nextDueOn: '2025-02-01',
    });
    expect(due.period).to.equal('day');
    expect(due.amountPerPeriod.toString()).to.equal('1.00');
    expect(due.paidThrough).to.equal('2025-01-31');
  });

  it('owes everything since joining when nothing has been paid', () => {
    const due = contributionsDue({ joinedOn: '2024-02-28' }, codi, '2024-03-01');
    expect(due.paidThrough).to.equal(null);
    // 28 and 29 February (a leap year) and 1 March.
    expect(summary(due)).to.deep.include({ periodsDue: 3, periodsPaid: 0, arrears: '3.00' });
    expect(due.nextDueOn).to.equal('2024-02-28');
  });

  it('owes the first day on the joining day itself', () => {
    const due = contributionsDue({ joinedOn: '2025-06-01' }, codi, '2025-06-01');
    expect(summary(due)).to.deep.include({ periodsDue: 1, arrears: '1.00', inArrears: true });
  });

  it('keeps monthly periods on the joining day when joined on the 31st', () => {
    // Periods start 31 Jan, 28 Feb, 31 Mar, 30 Apr, … each counted from 31 January.
    const member = { joinedOn: '2025-01-31' };
    expect(contributionsDue(member, monthly, '2025-02-27').periodsDue).to.equal(1);
    expect(contributionsDue(member, monthly, '2025-02-28').periodsDue).to.equal(2);
    expect(contributionsDue(member, monthly, '2025-03-30').periodsDue).to.equal(2);
    expect(contributionsDue(member, monthly, '2025-03-31').periodsDue).to.equal(3);
    expect(contributionsDue(member, monthly, '2025-03-31').amountDue.toString()).to.equal('90.00');

    // The first period ends the day before 28 February; the second the day before 31 March.
    const paidOne = { ...member, contributionsPaidThrough: '2025-02-27' };
    expect(summary(contributionsDue(paidOne, monthly, '2025-03-31'))).to.deep.include({
      periodsPaid: 1,
      periodsInArrears: 2,
      arrears: '60.00',
      nextDueOn: '2025-02-28',
    });
    const paidTwo = { ...member, contributionsPaidThrough: '2025-03-30' };
    expect(contributionsDue(paidTwo, monthly, '2025-03-31').nextDueOn).to.equal('2025-03-31');

    // After eleven periods the next one still starts on the 31st, not the 28th.
    const paidEleven = { ...member, contributionsPaidThrough: '2025-12-30' };
    const due = contributionsDue(paidEleven, monthly, '2025-12-31');
    expect(summary(due)).to.deep.include({ periodsDue: 12, periodsPaid: 11, arrears: '30.00' });
    expect(due.nextDueOn).to.equal('2025-12-31');
  });

  it('uses 29 February for a monthly period in a leap year', () => {
    const due = contributionsDue({ joinedOn: '2024-01-31' }, monthly, '2024-02-29');
    expect(due.periodsDue).to.equal(2);
    expect(contributionsDue({ joinedOn: '2024-01-31' }, monthly, '2024-02-28').periodsDue).to.equal(
      1,
    );
  });

  it('counts monthly periods across a year end', () => {
    // Periods start 30 Nov 2024, 30 Dec 2024, 30 Jan 2025.
    const member = { joinedOn: '2024-11-30', contributionsPaidThrough: '2024-12-29' };
    expect(summary(contributionsDue(member, monthly, '2025-01-29'))).to.deep.include({
      periodsDue: 2,
      periodsPaid: 1,
      arrears: '30.00',
      nextDueOn: '2024-12-30',
    });
    expect(summary(contributionsDue(member, monthly, '2025-01-30'))).to.deep.include({
      periodsDue: 3,
      periodsInArrears: 2,
      arrears: '60.00',
    });
  });

  it('does not count a part-paid month as paid', () => {
    // 15 Jan–14 Feb, 15 Feb–14 Mar, 15 Mar–14 Apr paid; 15 Apr–14 May only in part.
    const member = { joinedOn: '2025-01-15', contributionsPaidThrough: '2025-04-20' };
    const due = contributionsDue(member, monthly, '2025-05-01');
    expect(summary(due)).to.deep.include({
      periodsDue: 4,
      periodsPaid: 3,
      amountPaid: '90.00',
      arrears: '30.00',
      nextDueOn: '2025-04-15',
    });
  });

  it('counts yearly periods from a 29 February joining day', () => {
    // Periods start 29 Feb 2024, 28 Feb 2025, 28 Feb 2026, 28 Feb 2027, 29 Feb 2028.
    const member = { joinedOn: '2024-02-29', contributionsPaidThrough: '2025-02-27' };
    expect(summary(contributionsDue(member, yearly, '2025-02-27'))).to.deep.include({
      periodsDue: 1,
      periodsPaid: 1,
      inArrears: false,
      nextDueOn: '2025-02-28',
    });
    expect(summary(contributionsDue(member, yearly, '2025-02-28'))).to.deep.include({
      periodsDue: 2,
      amountDue: '730.00',
      arrears: '365.00',
    });
    expect(contributionsDue(member, yearly, '2028-02-28').periodsDue).to.equal(4);
    expect(contributionsDue(member, yearly, '2028-02-29').periodsDue).to.equal(5);
    expect(contributionsDue(member, yearly, '2028-02-29').period).to.equal('year');
  });

  it('reports payments ahead of time without arrears', () => {
    const member = { joinedOn: '2025-01-01', contributionsPaidThrough: '2025-12-31' };
    expect(summary(contributionsDue(member, codi, '2025-03-01'))).to.deep.equal({
      periodsDue: 60,
      amountDue: '60.00',
      periodsPaid: 365,
      amountPaid: '365.00',
      periodsInArrears: 0,
      arrears: '0.00',
      inArrears: false,
      nextDueOn: '2026-01-01',
    });
  });

  it('owes nothing before the joining day', () => {
    const member = { joinedOn: '2025-06-01' };
    expect(summary(contributionsDue(member, codi, '2025-05-31'))).to.deep.equal({
      periodsDue: 0,
      amountDue: '0.00',
      periodsPaid: 0,
      amountPaid: '0.00',
      periodsInArrears: 0,
      arrears: '0.00',
      inArrears: false,
      nextDueOn: '2025-06-01',
    });
    expect(contributionsDue(member, monthly, '2024-12-31').periodsDue).to.equal(0);
    // Paid through a day before joining pays nothing.
    const paidBefore = { ...member, contributionsPaidThrough: '2025-05-31' };
    expect(contributionsDue(paidBefore, monthly, '2025-06-01').periodsPaid).to.equal(0);
  });

  it('rejects dates that are not real ISO dates, and invalid rules', () => {
    expectSajjaError(
      () => contributionsDue({ joinedOn: '2025-02-30' }, codi, '2025-03-01'),
      'INVALID_DATE',
      'no-such-day',
    );
    expectSajjaError(
      () => contributionsDue({ joinedOn: '2025-01-01' }, codi, '1/3/2568'),
      'INVALID_DATE',
      'not-a-date',
    );
    expectSajjaError(
      () =>
        contributionsDue(
          { joinedOn: '2025-01-01', contributionsPaidThrough: '2025-13-01' },
          codi,
          '2025-03-01',
        ),
      'INVALID_DATE',
      'no-such-month',
    );
    expectSajjaError(
      () => contributionsDue(null as never, codi, '2025-03-01'),
      'INVALID_DATE',
      'not-a-date',
    );
    const twoContributions = { ...codi, contribution: { perDay: '1', perMonth: '30' } };
    expectSajjaError(
      () => contributionsDue({ joinedOn: '2025-01-01' }, twoContributions as never, '2025-03-01'),
      'RULES_INVALID',
      'one-contribution',
    );
  });

  describe('properties', () => {
    const contribution = fc
      .tuple(
        fc.constantFrom('perDay', 'perMonth', 'perYear'),
        fc.bigInt({ min: 0n, max: 10n ** 8n }),
      )
      .map(([key, satang]) => ({ [key]: satangToText(satang) }) as WelfareContribution);
    const member = fc.record(
      { joinedOn: isoDate, contributionsPaidThrough: isoDate },
      { requiredKeys: ['joinedOn'] },
    );

    it('never reports negative arrears, and due = periods due × the contribution', () => {
      fc.assert(
        fc.property(member, contribution, isoDate, (someone, paying, asOf) => {
          const due = contributionsDue(someone, rulesWith(paying), asOf);
          expect(due.arrears.isNegative()).to.equal(false);
          expect(due.periodsInArrears).to.be.at.least(0);
          expect(due.amountDue.equals(due.amountPerPeriod.times(due.periodsDue))).to.equal(true);
          expect(due.amountPaid.equals(due.amountPerPeriod.times(due.periodsPaid))).to.equal(true);
          expect(due.periodsInArrears).to.equal(Math.max(0, due.periodsDue - due.periodsPaid));
          expect(due.inArrears).to.equal(due.periodsInArrears > 0);
        }),
      );
    });

    it('counts exactly the periods that start by asOf and end by the paid-through day', () => {
      // Within about five years, so counting period by period stays quick.
      const span = fc.tuple(
        isoDate,
        fc.integer({ min: -400, max: 1800 }),
        fc.integer({ min: -400, max: 1800 }),
      );
      fc.assert(
        fc.property(span, fc.constantFrom(0, 1, 12), ([joinedOn, toAsOf, toPaid], months) => {
          const asOf = addDays(joinedOn, toAsOf);
          const paid = addDays(joinedOn, toPaid);
          const start = (k: number) =>
            months ? addMonths(joinedOn, k * months) : addDays(joinedOn, k);
          let due = 0;
          while (compareIsoDates(start(due), asOf) <= 0) due++;
          let covered = 0;
          while (compareIsoDates(addDays(start(covered + 1), -1), paid) <= 0) covered++;

          const paying =
            months === 0 ? { perDay: '1' } : months === 1 ? { perMonth: '30' } : { perYear: '365' };
          const result = contributionsDue(
            { joinedOn, contributionsPaidThrough: paid },
            rulesWith(paying),
            asOf,
          );
          expect([result.periodsDue, result.periodsPaid]).to.deep.equal([due, covered]);
          expect(result.nextDueOn).to.equal(start(covered));
          if (months === 0) expect(due).to.equal(Math.max(0, daysBetween(joinedOn, asOf) + 1));
        }),
        { numRuns: 150 },
      );
    });
  });
});

describe('matchingFunds', () => {
  it('matches every baht 1:1:1 by default', () => {
    const split = matchingFunds({ memberContributions: '36500' });
    expect(
      Object.fromEntries(Object.entries(split).map(([side, amount]) => [side, String(amount)])),
    ).to.deep.equal({
      member: '36500.00',
      localGovernment: '36500.00',
      centralGovernment: '36500.00',
      total: '109500.00',
    });
  });

  it('splits by the 2013 national 65 : 3 : 24 ratios, rounding each side half-up to the satang', () => {
    const codi2013 = { member: 65, localGovernment: 3, centralGovernment: 24 };
    const split = matchingFunds({ memberContributions: '1000', ratios: codi2013 });
    // 1000 × 3 / 65 = 46.1538… → 46.15; 1000 × 24 / 65 = 369.2307… → 369.23.
    expect(split.localGovernment.toString()).to.equal('46.15');
    expect(split.centralGovernment.toString()).to.equal('369.23');
    expect(split.total.toString()).to.equal('1415.38');
    // The same proportions as percentages in strings.
    const asText = { member: '0.65', localGovernment: '0.03', centralGovernment: '0.24' };
    expect(
      matchingFunds({ memberContributions: '1000', ratios: asText }).total.toString(),
    ).to.equal('1415.38');
  });

  it('rounds an exact half satang up', () => {
    // 100.01 × 1 / 2 = 50.005 → 50.01; 100.01 × 3 / 2 = 150.015 → 150.02.
    const ratios = { member: 2, localGovernment: 1, centralGovernment: '3' };
    const split = matchingFunds({ memberContributions: '100.01', ratios });
    expect([split.localGovernment, split.centralGovernment, split.total].map(String)).to.deep.equal(
      ['50.01', '150.02', '300.04'],
    );
  });

  it('gives nothing for a zero ratio or zero contributions', () => {
    const ratios = { member: '1', localGovernment: '0', centralGovernment: '0.5' };
    const split = matchingFunds({ memberContributions: money('18000'), ratios });
    expect([split.localGovernment, split.centralGovernment, split.total].map(String)).to.deep.equal(
      ['0.00', '9000.00', '27000.00'],
    );
    expect(matchingFunds({ memberContributions: '0' }).total.toString()).to.equal('0.00');
  });

  it('rejects a zero member ratio, negative or non-numeric ratios, and negative contributions', () => {
    const ratios = { member: 1, localGovernment: 1, centralGovernment: 1 };
    const invalid = (bad: Partial<typeof ratios> | Record<string, unknown>) =>
      expectSajjaError(
        () => matchingFunds({ memberContributions: '100', ratios: { ...ratios, ...bad } as never }),
        'INVALID_ARGUMENT',
        'invalid-option',
      );
    expect(invalid({ member: 0 }).details).to.deep.equal({ option: 'ratios.member' });
    expect(invalid({ member: '-1' }).details).to.deep.equal({ option: 'ratios.member' });
    expect(invalid({ localGovernment: -0.5 }).details).to.deep.equal({
      option: 'ratios.localGovernment',
    });
    expect(invalid({ centralGovernment: 'one' }).details).to.deep.equal({
      option: 'ratios.centralGovernment',
    });
    invalid({ centralGovernment: Number.NaN });
    invalid({ localGovernment: undefined });
    expectSajjaError(
      () => matchingFunds({ memberContributions: '-0.01' }),
      'INVALID_ARGUMENT',
      'negative-amount',
    );
    expectSajjaError(
      () => matchingFunds({ memberContributions: '1.005' }),
      'INVALID_AMOUNT',
      'too-many-decimals',
    );
  });

  it('always totals exactly the sum of its parts, each side within half a satang of its exact share', () => {
    const ratio = fc.integer({ min: 0, max: 10000 }).map((n) => (n / 100).toFixed(2));
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 15n }).map(satangToText),
        ratio.filter((r) => r !== '0.00'),
        ratio,
        ratio,
        (contributions, member, localGovernment, centralGovernment) => {
          const split = matchingFunds({
            memberContributions: contributions,
            ratios: { member, localGovernment, centralGovernment },
          });
          expect(
            split.member
              .plus(split.localGovernment)
              .plus(split.centralGovernment)
              .equals(split.total),
          ).to.equal(true);
          // |share × member − contributions × ratio| ≤ 0.005 × member, in whole hundredths of a satang.
          const hundredths = (amount: string) => BigInt(amount.replace('.', ''));
          for (const [side, r] of [
            [split.localGovernment, localGovernment],
            [split.centralGovernment, centralGovernment],
          ] as const) {
            const error =
              hundredths(side.toString()) * hundredths(member) -
              hundredths(contributions) * hundredths(r);
            const bound = hundredths(member) / 2n;
            expect(error <= bound && -error <= bound, `${side} for ${r}`).to.equal(true);
          }
        },
      ),
    );
  });
});
