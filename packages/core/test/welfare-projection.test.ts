import { expect } from 'chai';
import fc from 'fast-check';
import { errorMessage, money } from '../src/index.js';
import {
  EXAMPLE_CLAIM_RATES,
  projectWelfareFund,
  type WelfareProjection,
  type WelfareProjectionOptions,
} from '../src/welfare/project-welfare-fund.js';
import type { Benefit, WelfareRules } from '../src/welfare/welfare-rules.js';
import { amountText, satangToText } from './arbitraries.js';
import { expectSajjaError } from './expect-sajja-error.js';

/** A small fund's table: CODI's 1 baht a day, three benefits. */
const smallFund: WelfareRules = {
  waitingDays: 180,
  contribution: { perDay: '1' },
  benefits: {
    birth: { type: 'fixed', amount: '1000' },
    hospital: { type: 'per-unit', perUnit: '200', maxPerClaim: '600', maxPerYear: '1000' },
    death: {
      type: 'by-membership-years',
      steps: [
        { minYears: 1, amount: '3000' },
        { minYears: 5, amount: '10000' },
        { minYears: 10, amount: '30000' },
      ],
    },
  },
};

/** The Chamung table of DOMAIN.md (death steps invented within its 3,000–30,000 range). */
const chamung: WelfareRules = {
  waitingDays: 180,
  contribution: { perDay: '1' },
  benefits: {
    birth: { type: 'fixed', amount: '1000' },
    hospital: { type: 'per-unit', perUnit: '200', maxPerClaim: '600', maxPerYear: '1000' },
    scholarship: { type: 'fixed', amount: '500' },
    elderly: { type: 'annual', amount: '200', minYears: 3 },
    death: {
      type: 'by-membership-years',
      steps: [
        { minYears: 1, amount: '3000' },
        { minYears: 5, amount: '10000' },
        { minYears: 10, amount: '20000' },
        { minYears: 20, amount: '30000' },
      ],
    },
  },
};

/** Every amount of every money field of the rows, as text, by field. */
function column(
  projection: WelfareProjection,
  field: 'contributions' | 'matching' | 'income' | 'payouts' | 'opening' | 'closing',
): string[] {
  return projection.years.map((row) => row[field].toString());
}

function byKind(projection: WelfareProjection): Record<string, string>[] {
  return projection.years.map((row) =>
    Object.fromEntries(
      Object.entries(row.payoutsByKind).map(([kind, amount]) => [kind, amount.toString()]),
    ),
  );
}

/** The rules with every benefit amount times `factor` (amounts here are whole hundreds, so exact). */
function scaleBenefits(rules: WelfareRules, factor: string): WelfareRules {
  const times = (amount: string) => money(amount).times(factor).toString();
  const scaled = (benefit: Benefit): Benefit => {
    switch (benefit.type) {
      case 'fixed':
      case 'annual':
        return { ...benefit, amount: times(benefit.amount) };
      case 'per-unit':
        return {
          ...benefit,
          perUnit: times(benefit.perUnit),
          ...(benefit.maxPerClaim && { maxPerClaim: times(benefit.maxPerClaim) }),
          ...(benefit.maxPerYear && { maxPerYear: times(benefit.maxPerYear) }),
        };
      case 'by-membership-years':
        return {
          ...benefit,
          steps: benefit.steps.map((step) => ({ ...step, amount: times(step.amount) })),
        };
    }
  };
  return {
    ...rules,
    benefits: Object.fromEntries(
      Object.entries(rules.benefits).map(([kind, b]) => [kind, scaled(b)]),
    ),
  };
}

describe('projectWelfareFund', () => {
  it('projects a small fund year by year, as computed by hand', () => {
    const projection = projectWelfareFund({
      members: [100, 110, 125],
      rules: smallFund,
      claimRates: {
        birth: { perThousand: 12 },
        hospital: { perThousand: '150', unitsPerClaim: 4 },
        death: { perThousand: '7.5' },
      },
      years: 3,
      opening: '5000',
    });
    // Contributions: members × 1 baht × 365; matching 1:1:1 adds the same twice.
    //   year 1: 100 × 365 = 36,500   matching 73,000   income 109,500
    //   year 2: 110 × 365 = 40,150   matching 80,300   income 120,450
    //   year 3: 125 × 365 = 45,625   matching 91,250   income 136,875
    expect(column(projection, 'contributions')).to.deep.equal(['36500.00', '40150.00', '45625.00']);
    expect(column(projection, 'matching')).to.deep.equal(['73000.00', '80300.00', '91250.00']);
    expect(column(projection, 'income')).to.deep.equal(['109500.00', '120450.00', '136875.00']);
    // Expected claims = members × perThousand / 1000, times the amount of one claim:
    //   birth     1,000 a claim:             1.2 / 1.32 / 1.5 claims  → 1,200 / 1,320 / 1,500
    //   hospital  min(200 × 4, 600) = 600:   15 / 16.5 / 18.75 claims → 9,000 / 9,900 / 11,250
    //   death     highest step 30,000:       0.75 / 0.825 / 0.9375    → 22,500 / 24,750 / 28,125
    expect(byKind(projection)).to.deep.equal([
      { birth: '1200.00', hospital: '9000.00', death: '22500.00' },
      { birth: '1320.00', hospital: '9900.00', death: '24750.00' },
      { birth: '1500.00', hospital: '11250.00', death: '28125.00' },
    ]);
    expect(column(projection, 'payouts')).to.deep.equal(['32700.00', '35970.00', '40875.00']);
    // Balance: 5,000 + 109,500 − 32,700 = 81,800; + 120,450 − 35,970 = 166,280;
    //          + 136,875 − 40,875 = 262,280.
    expect(column(projection, 'opening')).to.deep.equal(['5000.00', '81800.00', '166280.00']);
    expect(column(projection, 'closing')).to.deep.equal(['81800.00', '166280.00', '262280.00']);
    expect(projection.years.map((row) => [row.year, row.members])).to.deep.equal([
      [1, 100],
      [2, 110],
      [3, 125],
    ]);
    expect(projection.firstNegativeYear).to.equal(null);
    // (opening + income so far) / payouts so far:
    //   year 1: 114,500 / 32,700  = 3.5015…
    //   year 2: 234,950 / 68,670  = 3.4214…
    //   year 3: 371,825 / 109,545 = 3.39427… → the least, 4 decimals rounded down: 3.3942
    expect(projection.maxBenefitScale).to.equal('3.3942');
  });

  it('rounds each kind’s expected payout half-up to the satang, once a year', () => {
    const rules: WelfareRules = {
      ...smallFund,
      benefits: { a: { type: 'fixed', amount: '333.33' }, b: { type: 'fixed', amount: '333.33' } },
    };
    const projection = projectWelfareFund({
      members: 100,
      rules,
      // a: 1.5 claims × 333.33 = 499.995 → 500.00; b: 0.5 × 333.33 = 166.665 → 166.67.
      claimRates: { a: { perThousand: 15 }, b: { perThousand: 5 } },
      years: 1,
      opening: 0,
    });
    expect(byKind(projection)).to.deep.equal([{ a: '500.00', b: '166.67' }]);
    expect(column(projection, 'payouts')).to.deep.equal(['666.67']);
  });

  it('uses amountPerClaim over the table, and projects benefits without a claim rate as unclaimed', () => {
    const projection = projectWelfareFund({
      members: 200,
      rules: smallFund,
      // death: 200 × 5 / 1000 = 1 claim at an average 12,345.67; hospital 200 × 0.1 = 20 × 400.
      claimRates: {
        death: { perThousand: 5, amountPerClaim: '12345.67' },
        hospital: { perThousand: '100', unitsPerClaim: 2 },
      },
      years: 1,
      opening: 0,
    });
    expect(byKind(projection)).to.deep.equal([
      { birth: '0.00', hospital: '8000.00', death: '12345.67' },
    ]);
  });

  it('projects the Chamung table with the example claim rates', () => {
    const projection = projectWelfareFund({
      members: 1000,
      rules: chamung,
      claimRates: EXAMPLE_CLAIM_RATES,
      years: 2,
      opening: 0,
    });
    // 1,000 members: birth 10 × 1,000; hospital 80 × min(3 × 200, 600); scholarship 50 × 500;
    // elderly 100 × 200; death 7 × 30,000 (the highest step). Income 1,000 × 365 × 3.
    expect(byKind(projection)[0]).to.deep.equal({
      birth: '10000.00',
      hospital: '48000.00',
      scholarship: '25000.00',
      elderly: '20000.00',
      death: '210000.00',
    });
    expect(column(projection, 'income')).to.deep.equal(['1095000.00', '1095000.00']);
    expect(column(projection, 'closing')).to.deep.equal(['782000.00', '1564000.00']);
    // 1,095,000 / 313,000 = 3.49840…
    expect(projection.maxBenefitScale).to.equal('3.4984');
  });

  describe('a fund that runs dry', () => {
    // 30 baht a month from 50 members = 18,000 a year; CODI matches half, the local government
    // nothing: income 27,000. Payouts: death 50 × 30 / 1000 = 1.5 × 20,000 = 30,000; hospital
    // 50 × 100 / 1000 = 5 claims × min(3 × 300, 600) = 3,000; 33,000 a year.
    const rules: WelfareRules = {
      waitingDays: 180,
      contribution: { perMonth: '30' },
      benefits: {
        death: { type: 'fixed', amount: '20000' },
        hospital: { type: 'per-unit', perUnit: '300', maxPerClaim: '600' },
      },
    };
    const options: WelfareProjectionOptions = {
      members: 50,
      rules,
      claimRates: { death: { perThousand: 30 }, hospital: { perThousand: 100, unitsPerClaim: 3 } },
      years: 3,
      opening: '10000',
      matching: { member: 1, localGovernment: 0, centralGovernment: '0.5' },
    };

    it('reports the first year that closes below zero', () => {
      const projection = projectWelfareFund(options);
      expect(column(projection, 'income')).to.deep.equal(['27000.00', '27000.00', '27000.00']);
      expect(column(projection, 'payouts')).to.deep.equal(['33000.00', '33000.00', '33000.00']);
      // 10,000 + 27,000 − 33,000 = 4,000; then −2,000; then −8,000.
      expect(column(projection, 'closing')).to.deep.equal(['4000.00', '-2000.00', '-8000.00']);
      expect(projection.firstNegativeYear).to.equal(2);
      // 37,000 / 33,000 = 1.12…; 64,000 / 66,000 = 0.969…; 91,000 / 99,000 = 0.91919… → 0.9191.
      expect(projection.maxBenefitScale).to.equal('0.9191');
    });

    it('stays solvent with benefits scaled by maxBenefitScale, and not a step beyond', () => {
      const closings = (factor: string) =>
        column(projectWelfareFund({ ...options, rules: scaleBenefits(rules, factor) }), 'closing');
      // × 0.9191: death 1.5 × 18,382 = 27,573; hospital 5 × 551.46 = 2,757.30; 30,330.30 a year.
      expect(closings('0.9191')).to.deep.equal(['6669.70', '3339.40', '9.10']);
      // × 0.9192: 27,576 + 2,757.60 = 30,333.60 a year, 0.80 too much by the third.
      expect(closings('0.9192')).to.deep.equal(['6666.40', '3332.80', '-0.80']);
    });

    it('finds the tightest year even when it is the first, for a fund that starts in debt', () => {
      const indebted = { ...options, opening: '-10000' };
      // −10,000 + 27,000 = 17,000 against 33,000 → 0.51515…; later years are looser.
      const projection = projectWelfareFund(indebted);
      expect(projection.maxBenefitScale).to.equal('0.5151');
      expect(projection.firstNegativeYear).to.equal(1);
      const firstClosing = (factor: string) =>
        projectWelfareFund({
          ...indebted,
          rules: scaleBenefits(rules, factor),
        }).years[0]!.closing.toString();
      // × 0.5151: 1.5 × 10,302 + 5 × 309.06 = 16,998.30; × 0.5152: 15,456 + 1,545.60 = 17,001.60.
      expect(firstClosing('0.5151')).to.equal('1.70');
      expect(firstClosing('0.5152')).to.equal('-1.60');
    });
  });

  it('reports a scale of 0 when the opening debt is larger than the first year’s income', () => {
    const projection = projectWelfareFund({
      members: 100,
      rules: smallFund,
      claimRates: { birth: { perThousand: 10 } },
      years: 2,
      opening: '-200000',
    });
    // −200,000 + 109,500 − 1,000 = −91,500: below zero whatever the benefits.
    expect(column(projection, 'closing')).to.deep.equal(['-91500.00', '17000.00']);
    expect(projection.firstNegativeYear).to.equal(1);
    expect(projection.maxBenefitScale).to.equal('0.0000');
  });

  it('reports no scale when nothing is ever paid out', () => {
    const projection = projectWelfareFund({
      members: [0, 10],
      rules: smallFund,
      claimRates: {},
      years: 2,
      opening: 0,
    });
    expect(projection.maxBenefitScale).to.equal(null);
    expect(byKind(projection)[1]).to.deep.equal({ birth: '0.00', hospital: '0.00', death: '0.00' });
    expect(column(projection, 'closing')).to.deep.equal(['0.00', '10950.00']);
  });

  it('counts a year’s contribution as 12 months or one year for monthly and yearly funds', () => {
    const yearlyIncome = (contribution: WelfareRules['contribution']) =>
      column(
        projectWelfareFund({
          members: 10,
          rules: { ...smallFund, contribution },
          claimRates: {},
          years: 1,
          opening: 0,
        }),
        'contributions',
      )[0];
    expect(yearlyIncome({ perMonth: '30' })).to.equal('3600.00');
    expect(yearlyIncome({ perYear: '365' })).to.equal('3650.00');
  });

  it('rejects bad members, years, claim rates and rules', () => {
    const base: WelfareProjectionOptions = {
      members: 100,
      rules: smallFund,
      claimRates: {},
      years: 3,
      opening: 0,
    };
    const invalidOption = (change: Record<string, unknown>) =>
      expectSajjaError(
        () => projectWelfareFund({ ...base, ...change } as never),
        'INVALID_ARGUMENT',
        'invalid-option',
      ).details.option;
    expect(invalidOption({ years: 0 })).to.equal('years');
    expect(invalidOption({ years: 101 })).to.equal('years');
    expect(invalidOption({ years: 2.5 })).to.equal('years');
    expect(invalidOption({ members: -1 })).to.equal('members');
    expect(invalidOption({ members: 10.5 })).to.equal('members');
    expect(invalidOption({ members: [100, 100] })).to.equal('members');
    expect(invalidOption({ members: [100, -1, 100] })).to.equal('members');
    expect(invalidOption({ members: '100' })).to.equal('members');
    expect(invalidOption({ claimRates: { birth: { perThousand: '-1' } } })).to.equal(
      'claimRates.birth.perThousand',
    );
    expect(invalidOption({ claimRates: { birth: { perThousand: 'ten' } } })).to.equal(
      'claimRates.birth.perThousand',
    );
    expect(
      invalidOption({ claimRates: { hospital: { perThousand: 1, unitsPerClaim: -2 } } }),
    ).to.equal('claimRates.hospital.unitsPerClaim');
    expect(
      invalidOption({ claimRates: { birth: { perThousand: 1, amountPerClaim: '-5' } } }),
    ).to.equal('claimRates.birth.amountPerClaim');
    expect(invalidOption({ claimRates: { birth: null } })).to.equal('claimRates.birth');
    expect(
      invalidOption({ matching: { member: 0, localGovernment: 1, centralGovernment: 1 } }),
    ).to.equal('ratios.member');
    const unknown = expectSajjaError(
      () => projectWelfareFund({ ...base, claimRates: { funeral: { perThousand: 5 } } }),
      'INVALID_ARGUMENT',
      'unknown-kind',
    );
    expect(unknown.details).to.deep.equal({ kind: 'funeral' });
    expect(errorMessage(unknown, 'th')).to.equal('กองทุนไม่มีสวัสดิการประเภทนี้');
    expect(errorMessage(unknown, 'en')).to.equal('The fund has no benefit of kind funeral.');
    const elderly = expectSajjaError(
      () => projectWelfareFund({ ...base, claimRates: { elderly: { perThousand: 5 } } }),
      'INVALID_ARGUMENT',
      'unknown-kind',
    );
    // The Thai sentence names the benefit by its Thai label, never by the English code.
    expect(errorMessage(elderly, 'th')).to.equal('กองทุนไม่มีสวัสดิการบำนาญผู้สูงอายุ');
    expectSajjaError(
      () => projectWelfareFund({ ...base, rules: { ...smallFund, waitingDays: -1 } }),
      'RULES_INVALID',
      'below-minimum',
    );
    expectSajjaError(
      () => projectWelfareFund({ ...base, opening: '1,000' }),
      'INVALID_AMOUNT',
      'not-a-number',
    );
  });

  it('closes every year at exactly opening + income − payouts, carrying the balance forward', () => {
    const perThousand = fc.integer({ min: 0, max: 200000 }).map((n) => String(n / 1000));
    const claimRates = fc.record(
      {
        birth: fc.record({ perThousand }),
        hospital: fc.record(
          { perThousand, unitsPerClaim: fc.integer({ min: 0, max: 30 }) },
          { requiredKeys: ['perThousand'] },
        ),
        death: fc.record(
          { perThousand, amountPerClaim: fc.bigInt({ min: 0n, max: 10n ** 8n }).map(satangToText) },
          { requiredKeys: ['perThousand'] },
        ),
      },
      { requiredKeys: [] },
    );
    const contribution = fc.oneof(
      fc.constant({ perDay: '1' }),
      fc.bigInt({ min: 0n, max: 100000n }).map((s) => ({ perMonth: satangToText(s) })),
      fc.bigInt({ min: 0n, max: 10000000n }).map((s) => ({ perYear: satangToText(s) })),
    );
    const ratio = fc.integer({ min: 0, max: 1000 }).map((n) => String(n / 10));
    const options = fc.integer({ min: 1, max: 15 }).chain((years) =>
      fc.record({
        years: fc.constant(years),
        members: fc.oneof(
          fc.integer({ min: 0, max: 100000 }),
          fc.array(fc.integer({ min: 0, max: 100000 }), { minLength: years, maxLength: years + 2 }),
        ),
        claimRates,
        contribution,
        opening: amountText(10n ** 12n),
        matching: fc.record({
          member: ratio.filter((r) => r !== '0'),
          localGovernment: ratio,
          centralGovernment: ratio,
        }),
      }),
    );
    fc.assert(
      fc.property(options, ({ contribution, ...rest }) => {
        const projection = projectWelfareFund({ ...rest, rules: { ...smallFund, contribution } });
        expect(projection.years).to.have.length(rest.years);
        let balance = money(rest.opening);
        let firstNegative: number | null = null;
        for (const row of projection.years) {
          expect(row.opening.equals(balance)).to.equal(true);
          expect(row.income.equals(row.contributions.plus(row.matching))).to.equal(true);
          const payouts = Object.values(row.payoutsByKind).reduce(
            (total, p) => total.plus(p),
            money(0),
          );
          expect(row.payouts.equals(payouts)).to.equal(true);
          expect(row.closing.equals(row.opening.plus(row.income).minus(row.payouts))).to.equal(
            true,
          );
          if (firstNegative === null && row.closing.isNegative()) firstNegative = row.year;
          balance = row.closing;
        }
        expect(projection.firstNegativeYear).to.equal(firstNegative);
      }),
      { numRuns: 60 },
    );
  });
});
