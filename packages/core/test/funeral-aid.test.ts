import { expect } from 'chai';
import fc from 'fast-check';
import {
  FUNERAL_AID_EXAMPLE_RULES,
  FUNERAL_AID_LEGAL_CAPS,
  funeralAidMemberCharges,
  funeralAidPayout,
  validateFuneralAidRules,
  type FuneralAidRules,
} from '../src/welfare/funeral-aid.js';
import { satangToText, textToSatang } from './arbitraries.js';
import { expectSajjaError } from './expect-sajja-error.js';

const example = FUNERAL_AID_EXAMPLE_RULES;
const perYear = (amount: string): FuneralAidRules => ({ ...example, upkeep: { perYear: amount } });
const problemsOf = (rules: unknown) =>
  expectSajjaError(() => validateFuneralAidRules(rules), 'RULES_INVALID', 'above-legal-cap')
    .problems;

/** Money results as strings, for deep comparison. */
const texts = (result: object) =>
  Object.fromEntries(Object.entries(result).map(([key, value]) => [key, String(value)]));

describe('funeral-aid rules', () => {
  it('states the legal caps and keeps them frozen', () => {
    expect(FUNERAL_AID_LEGAL_CAPS).to.deep.equal({
      joiningFee: '100',
      upkeepPerMonth: '5',
      upkeepPerYear: '50',
    });
    expect(Object.isFrozen(FUNERAL_AID_LEGAL_CAPS)).to.equal(true);
  });

  it('accepts the example rules, which are frozen', () => {
    expect(validateFuneralAidRules(example)).to.equal(example);
    expect(Object.isFrozen(example) && Object.isFrozen(example.upkeep)).to.equal(true);
  });

  it('accepts every legal cap exactly at the cap, in both upkeep forms', () => {
    for (const rules of [
      { joiningFee: '100', upkeep: { perMonth: '5' }, levyPerDeath: '20', expensePercent: '10' },
      {
        joiningFee: '100.00',
        upkeep: { perYear: '50.00' },
        levyPerDeath: '0.01',
        expensePercent: '0',
      },
      { joiningFee: '0', upkeep: { perYear: '0' }, levyPerDeath: '20', expensePercent: '100' },
    ]) {
      expect(validateFuneralAidRules(rules)).to.equal(rules);
    }
  });

  it('reports a joining fee one satang over 100 baht as above the legal cap', () => {
    const error = expectSajjaError(
      () => validateFuneralAidRules({ ...example, joiningFee: '100.01' }),
      'RULES_INVALID',
      'above-legal-cap',
    );
    expect(error.details).to.deep.equal({ cap: '100' });
    expect(error.problems).to.deep.equal([
      { path: 'joiningFee', reason: 'above-legal-cap', details: { cap: '100' } },
    ]);
  });

  it('reports upkeep one satang over 5 baht a month or 50 baht a year as above the legal cap', () => {
    expect(problemsOf({ ...example, upkeep: { perMonth: '5.01' } })).to.deep.equal([
      { path: 'upkeep.perMonth', reason: 'above-legal-cap', details: { cap: '5' } },
    ]);
    expect(problemsOf(perYear('50.01'))).to.deep.equal([
      { path: 'upkeep.perYear', reason: 'above-legal-cap', details: { cap: '50' } },
    ]);
  });

  it('reports several problems together, in field order', () => {
    const error = expectSajjaError(
      () =>
        validateFuneralAidRules({
          joiningFee: '150',
          upkeep: { perMonth: '5', perYear: '50' },
          levyPerDeath: '0',
          expensePercent: '120',
        }),
      'RULES_INVALID',
      'above-legal-cap',
    );
    expect(error.problems).to.deep.equal([
      { path: 'joiningFee', reason: 'above-legal-cap', details: { cap: '100' } },
      { path: 'upkeep', reason: 'one-upkeep', details: { given: 'perMonth, perYear' } },
      { path: 'levyPerDeath', reason: 'below-minimum', details: { min: '0.01' } },
      { path: 'expensePercent', reason: 'above-maximum', details: { max: '100' } },
    ]);
  });

  it('reports missing fields, no upkeep form, bad amounts and a bad percentage', () => {
    const missing = expectSajjaError(
      () => validateFuneralAidRules({}),
      'RULES_INVALID',
      'required',
    );
    expect(missing.problems.map((p) => `${p.path}:${p.reason}`)).to.deep.equal([
      'joiningFee:required',
      'upkeep:required',
      'levyPerDeath:required',
      'expensePercent:required',
    ]);
    const bad = expectSajjaError(
      () =>
        validateFuneralAidRules({
          joiningFee: '-1',
          upkeep: {},
          levyPerDeath: '20.005',
          expensePercent: 'ten',
        }),
      'RULES_INVALID',
      'below-minimum',
    );
    expect(bad.problems).to.deep.equal([
      { path: 'joiningFee', reason: 'below-minimum', details: { min: '0' } },
      { path: 'upkeep', reason: 'one-upkeep', details: { given: 'none' } },
      { path: 'levyPerDeath', reason: 'not-an-amount', details: { value: '"20.005"' } },
      { path: 'expensePercent', reason: 'not-a-number', details: { value: '"ten"' } },
    ]);
    expect(
      expectSajjaError(
        () => validateFuneralAidRules({ ...example, upkeep: '5', expensePercent: '-0.5' }),
        'RULES_INVALID',
        'not-an-object',
      ).problems,
    ).to.deep.equal([
      { path: 'upkeep', reason: 'not-an-object' },
      { path: 'expensePercent', reason: 'below-minimum', details: { min: '0' } },
    ]);
  });

  it('rejects rules that are not an object', () => {
    expectSajjaError(() => validateFuneralAidRules(undefined), 'RULES_INVALID', 'required');
    expectSajjaError(() => validateFuneralAidRules(null), 'RULES_INVALID', 'not-an-object');
    expectSajjaError(() => validateFuneralAidRules([example]), 'RULES_INVALID', 'not-an-object');
  });
});

describe('funeralAidPayout', () => {
  it('collects the levy from every paying member and keeps the expense share', () => {
    expect(texts(funeralAidPayout({ rules: example, payingMembers: 250 }))).to.deep.equal({
      levyPerMember: '20.00',
      collectedPerDeath: '5000.00',
      expensePerDeath: '500.00',
      payoutPerDeath: '4500.00',
      totalCollected: '5000.00',
      totalExpense: '500.00',
      totalPayout: '4500.00',
    });
  });

  it('computes 1,237 members × 20 baht at 7.5 % to the satang', () => {
    const rules = { ...example, expensePercent: '7.5' };
    expect(texts(funeralAidPayout({ rules, payingMembers: 1237 }))).to.include({
      collectedPerDeath: '24740.00',
      expensePerDeath: '1855.50',
      payoutPerDeath: '22884.50',
    });
  });

  it('rounds an expense of half a satang up, once per death, and multiplies for several deaths', () => {
    // 1,237 × 15 = 18,555.00; 7.5 % of it is 1,391.625 (half-even would give 1,391.62).
    const rules = { ...example, levyPerDeath: '15', expensePercent: '7.5' };
    expect(texts(funeralAidPayout({ rules, payingMembers: 1237, deaths: 3 }))).to.deep.equal({
      levyPerMember: '45.00',
      collectedPerDeath: '18555.00',
      expensePerDeath: '1391.63',
      payoutPerDeath: '17163.37',
      totalCollected: '55665.00',
      totalExpense: '4174.89',
      totalPayout: '51490.11',
    });
  });

  it('pays the whole collection at 0 % and nothing at 100 %', () => {
    const none = funeralAidPayout({ rules: { ...example, expensePercent: '0' }, payingMembers: 3 });
    expect([none.expensePerDeath, none.payoutPerDeath].map(String)).to.deep.equal([
      '0.00',
      '60.00',
    ]);
    const all = funeralAidPayout({
      rules: { ...example, expensePercent: '100' },
      payingMembers: 3,
    });
    expect([all.expensePerDeath, all.payoutPerDeath].map(String)).to.deep.equal(['60.00', '0.00']);
  });

  it('charges and pays nothing in a period with zero deaths, but still states the per-death amounts', () => {
    expect(
      texts(funeralAidPayout({ rules: example, payingMembers: 250, deaths: 0 })),
    ).to.deep.equal({
      levyPerMember: '0.00',
      collectedPerDeath: '5000.00',
      expensePerDeath: '500.00',
      payoutPerDeath: '4500.00',
      totalCollected: '0.00',
      totalExpense: '0.00',
      totalPayout: '0.00',
    });
  });

  it('collects and pays nothing with zero paying members', () => {
    expect(texts(funeralAidPayout({ rules: example, payingMembers: 0, deaths: 2 }))).to.deep.equal({
      levyPerMember: '40.00',
      collectedPerDeath: '0.00',
      expensePerDeath: '0.00',
      payoutPerDeath: '0.00',
      totalCollected: '0.00',
      totalExpense: '0.00',
      totalPayout: '0.00',
    });
  });

  it('rejects member and death counts that are not whole numbers from 0', () => {
    for (const payingMembers of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '10', undefined]) {
      const error = expectSajjaError(
        () => funeralAidPayout({ rules: example, payingMembers: payingMembers as number }),
        'INVALID_ARGUMENT',
        'invalid-option',
      );
      expect(error.details).to.deep.equal({ option: 'payingMembers' });
    }
    for (const deaths of [-1, 2.5, null, 2 ** 53]) {
      const error = expectSajjaError(
        () => funeralAidPayout({ rules: example, payingMembers: 10, deaths: deaths as number }),
        'INVALID_ARGUMENT',
        'invalid-option',
      );
      expect(error.details).to.deep.equal({ option: 'deaths' });
    }
  });

  it('validates the rules before the counts', () => {
    const rules = { ...example, joiningFee: '101' };
    expectSajjaError(
      () => funeralAidPayout({ rules, payingMembers: -1 }),
      'RULES_INVALID',
      'above-legal-cap',
    );
  });

  it('always pays out the collection minus the expense, to the satang (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.bigInt({ min: 1n, max: 100_000n }),
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 0, max: 60 }),
        (payingMembers, levySatang, percentTenThousandths, deaths) => {
          // expensePercent with up to four decimals: 0 to 100.
          const whole = Math.floor(percentTenThousandths / 10_000);
          const expensePercent = `${whole}.${String(percentTenThousandths % 10_000).padStart(4, '0')}`;
          const rules = { ...example, levyPerDeath: satangToText(levySatang), expensePercent };
          const result = funeralAidPayout({ rules, payingMembers, deaths });
          const satang = (value: unknown) => textToSatang(String(value));

          const collected = levySatang * BigInt(payingMembers);
          // Half-up of collected × p / 1,000,000 (p in ten-thousandths of a percent), in integers.
          const scale = 1_000_000n;
          const expense = (2n * collected * BigInt(percentTenThousandths) + scale) / (2n * scale);
          expect(satang(result.collectedPerDeath)).to.equal(collected);
          expect(satang(result.expensePerDeath)).to.equal(expense);
          expect(
            result.payoutPerDeath.plus(result.expensePerDeath).equals(result.collectedPerDeath),
          ).to.equal(true);
          expect(
            result.totalPayout.plus(result.totalExpense).equals(result.totalCollected),
          ).to.equal(true);

          const n = BigInt(deaths);
          expect(satang(result.levyPerMember)).to.equal(levySatang * n);
          expect(satang(result.totalCollected)).to.equal(collected * n);
          expect(satang(result.totalExpense)).to.equal(expense * n);
          expect(satang(result.totalPayout)).to.equal((collected - expense) * n);
        },
      ),
    );
  });
});

describe('funeralAidMemberCharges', () => {
  it('charges a joining member the fee, monthly upkeep and a levy per death', () => {
    expect(
      texts(funeralAidMemberCharges(example, { months: 3, deaths: 2, joining: true })),
    ).to.deep.equal({
      joiningFee: '100.00',
      upkeep: '15.00',
      levies: '40.00',
      total: '155.00',
    });
  });

  it('charges no joining fee to an existing member', () => {
    expect(texts(funeralAidMemberCharges(example, { months: 12, deaths: 5 }))).to.deep.equal({
      joiningFee: '0.00',
      upkeep: '60.00',
      levies: '100.00',
      total: '160.00',
    });
    expect(
      String(funeralAidMemberCharges(example, { months: 1, deaths: 0, joining: false }).total),
    ).to.equal('5.00');
  });

  it('charges yearly upkeep pro rata by whole months, rounded half-up once', () => {
    const upkeep = (amount: string, months: number) =>
      String(funeralAidMemberCharges(perYear(amount), { months, deaths: 0 }).upkeep);
    expect(upkeep('50', 7)).to.equal('29.17'); // 29.1666…
    expect(upkeep('50', 1)).to.equal('4.17');
    expect(upkeep('50', 6)).to.equal('25.00');
    expect(upkeep('50', 12)).to.equal('50.00');
    expect(upkeep('50', 18)).to.equal('75.00');
    expect(upkeep('50', 0)).to.equal('0.00');
    // 45.06 / 12 = 3.755 exactly: divided last, so the half satang rounds up.
    expect(upkeep('45.06', 1)).to.equal('3.76');
    // 0.06 / 12 = 0.005: a factor of 1/12 rounded first would have given 0.00.
    expect(upkeep('0.06', 1)).to.equal('0.01');
  });

  it('adds a part year of yearly upkeep to the joining fee and levies', () => {
    expect(
      texts(funeralAidMemberCharges(perYear('50'), { months: 5, deaths: 3, joining: true })),
    ).to.deep.equal({ joiningFee: '100.00', upkeep: '20.83', levies: '60.00', total: '180.83' });
  });

  it('rejects bad months, deaths and joining flags, and bad rules', () => {
    const bad: [object, string][] = [
      [{ months: -1, deaths: 0 }, 'months'],
      [{ months: 1.5, deaths: 0 }, 'months'],
      [{ months: 1 }, 'deaths'],
      [{ months: 1, deaths: -2 }, 'deaths'],
      [{ months: 1, deaths: 0, joining: 'yes' }, 'joining'],
    ];
    for (const [period, option] of bad) {
      const error = expectSajjaError(
        () => funeralAidMemberCharges(example, period as never),
        'INVALID_ARGUMENT',
        'invalid-option',
      );
      expect(error.details).to.deep.equal({ option });
    }
    expectSajjaError(
      () => funeralAidMemberCharges(perYear('60'), { months: 1, deaths: 0 }),
      'RULES_INVALID',
      'above-legal-cap',
    );
  });
});
