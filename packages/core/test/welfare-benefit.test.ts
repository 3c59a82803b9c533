import { expect } from 'chai';
import fc from 'fast-check';
import { sum } from '../src/index.js';
import {
  benefitsStartOn,
  CHAMUNG_WELFARE_RULES,
  completedYears,
  welfareBenefit,
  welfareReasonMessage,
  type PaidClaim,
  type WelfareDecision,
  type WelfareRules,
} from '../src/welfare/index.js';
import { isoDate } from './arbitraries.js';
import { expectSajjaError } from './expect-sajja-error.js';

const rules = CHAMUNG_WELFARE_RULES;
const member = { joinedOn: '2015-03-10' };
const summary = (decision: WelfareDecision) => ({
  eligible: decision.eligible,
  amount: decision.amount.toString(),
  reasons: decision.reasons.map((reason) => reason.code),
});

describe('welfare membership dates', () => {
  it('starts benefits the day the waiting period ends, not a day before', () => {
    expect(benefitsStartOn('2025-06-01', 180)).to.equal('2025-11-28');
    const joined = { joinedOn: '2025-06-01' };
    const birth = (date: string) =>
      summary(welfareBenefit(rules, joined, { kind: 'birth', date }, []));
    expect(birth('2025-11-27')).to.deep.equal({
      eligible: false,
      amount: '0.00',
      reasons: ['WAITING_PERIOD'],
    });
    expect(birth('2025-11-28')).to.deep.equal({ eligible: true, amount: '1000.00', reasons: [] });
  });

  it('counts completed years on the anniversary, not the day before', () => {
    expect(completedYears('2015-03-10', '2020-03-09')).to.equal(4);
    expect(completedYears('2015-03-10', '2020-03-10')).to.equal(5);
    expect(completedYears('2015-03-10', '2015-03-09')).to.equal(0);
    expect(completedYears('2015-03-10', '2014-01-01')).to.equal(0);
    expect(completedYears('2016-02-29', '2017-02-27')).to.equal(0);
    expect(completedYears('2016-02-29', '2017-02-28')).to.equal(1);
    expect(completedYears('2016-02-29', '2020-02-29')).to.equal(4);
  });

  it('counts completed years as a person would, for any pair of dates', () => {
    fc.assert(
      fc.property(isoDate, isoDate, (joinedOn, onDate) => {
        const years = completedYears(joinedOn, onDate);
        const [jy, jm, jd] = joinedOn.split('-').map(Number) as [number, number, number];
        const [oy, om, od] = onDate.split('-').map(Number) as [number, number, number];
        const leap = oy % 4 === 0 && (oy % 100 !== 0 || oy % 400 === 0);
        // A 29 February joiner completes the year on 28 February in common years.
        const anniversaryDay = jm === 2 && jd === 29 && !leap ? 28 : jd;
        const beforeAnniversary = om < jm || (om === jm && od < anniversaryDay);
        const expected = oy - jy - (beforeAnniversary ? 1 : 0);
        expect(years).to.equal(Math.max(0, expected));
      }),
    );
  });
});

describe('welfareBenefit', () => {
  it('pays the death benefit by completed years of membership, stepping on the anniversary', () => {
    const death = (date: string) =>
      welfareBenefit(rules, member, { kind: 'death', date }, []).amount.toString();
    expect(death('2020-03-09')).to.equal('10000.00'); // 4 years: the 3-year step
    expect(death('2020-03-10')).to.equal('15000.00'); // 5 years
    expect(death('2030-03-10')).to.equal('30000.00'); // 15 years
    expect(death('2015-09-20')).to.equal('3000.00'); // after the waiting period, under a year
  });

  it('caps a hospital stay at 600 and a year at 1,000, across stays, and starts again next year', () => {
    const history: PaidClaim[] = [];
    const stay = (date: string, nights: number) => {
      const decision = welfareBenefit(
        rules,
        member,
        { kind: 'hospital', date, units: nights },
        history,
      );
      if (decision.eligible) history.push({ kind: 'hospital', date, amount: decision.amount });
      return summary(decision);
    };
    expect(stay('2024-02-10', 2)).to.deep.equal({ eligible: true, amount: '400.00', reasons: [] });
    expect(stay('2024-05-01', 4)).to.deep.equal({
      eligible: true,
      amount: '600.00',
      reasons: ['CAPPED'],
    });
    // 400 + 600 = 1,000: the year is used up.
    expect(stay('2024-08-15', 1)).to.deep.equal({
      eligible: false,
      amount: '0.00',
      reasons: ['ANNUAL_CAP_REACHED'],
    });
    expect(stay('2025-01-03', 5)).to.deep.equal({
      eligible: true,
      amount: '600.00',
      reasons: ['CAPPED'],
    });
    expect(stay('2025-03-03', 3)).to.deep.equal({
      eligible: true,
      amount: '400.00',
      reasons: ['CAPPED'],
    });
    expect(history.map((paid) => String(paid.amount))).to.deep.equal([
      '400.00',
      '600.00',
      '600.00',
      '400.00',
    ]);
  });

  it('says which cap limited a claim and by how much', () => {
    const decision = welfareBenefit(
      rules,
      member,
      { kind: 'hospital', date: '2024-02-10', units: 4 },
      [{ kind: 'hospital', date: '2024-01-05', amount: '600' }],
    );
    expect(decision.amount.toString()).to.equal('400.00');
    expect(decision.reasons).to.deep.equal([
      { code: 'CAPPED', details: { cap: 'per-claim', asked: '800.00', limit: '600.00' } },
      { code: 'CAPPED', details: { cap: 'per-year', asked: '600.00', limit: '400.00' } },
    ]);
  });

  it('pays the elderly allowance once a year after three years', () => {
    const elderly = (date: string, history: PaidClaim[] = []) =>
      summary(welfareBenefit(rules, member, { kind: 'elderly', date }, history));
    expect(elderly('2018-03-09')).to.deep.equal({
      eligible: false,
      amount: '0.00',
      reasons: ['MEMBERSHIP_TOO_SHORT'],
    });
    expect(elderly('2018-03-10')).to.deep.equal({ eligible: true, amount: '200.00', reasons: [] });
    expect(
      elderly('2018-12-01', [{ kind: 'elderly', date: '2018-03-10', amount: '200' }]),
    ).to.deep.equal({
      eligible: false,
      amount: '0.00',
      reasons: ['ANNUAL_CAP_REACHED'],
    });
    expect(
      elderly('2019-01-02', [{ kind: 'elderly', date: '2018-03-10', amount: '200' }]).amount,
    ).to.equal('200.00');
  });

  it('pays dependants by the dependant factor, caps included', () => {
    const withFactor: WelfareRules = { ...rules, dependantFactor: '0.5' };
    const dependant = { ...member, dependant: true };
    expect(
      welfareBenefit(
        withFactor,
        dependant,
        { kind: 'birth', date: '2024-01-01' },
        [],
      ).amount.toString(),
    ).to.equal('500.00');
    const stay = welfareBenefit(
      withFactor,
      dependant,
      { kind: 'hospital', date: '2024-01-01', units: 5 },
      [
        { kind: 'hospital', date: '2023-12-30', amount: '300' },
        { kind: 'hospital', date: '2024-01-01', amount: '300' },
      ],
    );
    // 5 × 100 = 500, capped at 300 a stay; 500 a year less 300 paid this year leaves 200.
    expect(summary(stay)).to.deep.equal({
      eligible: true,
      amount: '200.00',
      reasons: ['CAPPED', 'CAPPED'],
    });
    expect(
      welfareBenefit(rules, dependant, { kind: 'birth', date: '2024-01-01' }, []).amount.toString(),
    ).to.equal('1000.00');
  });

  it('refuses claims the table does not cover', () => {
    expect(
      summary(welfareBenefit(rules, member, { kind: 'dental', date: '2024-01-01' }, [])),
    ).to.deep.equal({
      eligible: false,
      amount: '0.00',
      reasons: ['NOT_COVERED'],
    });
    expect(
      summary(welfareBenefit(rules, member, { kind: 'toString', date: '2024-01-01' }, [])).reasons,
    ).to.deep.equal(['NOT_COVERED']);
  });

  it('refuses claims while contributions are in arrears beyond the grace days', () => {
    const late = { ...member, contributionsPaidThrough: '2024-01-31' };
    const birth = (date: string, graceDays?: number) =>
      summary(
        welfareBenefit(
          { ...rules, ...(graceDays === undefined ? {} : { arrearsGraceDays: graceDays }) },
          late,
          { kind: 'birth', date },
          [],
        ),
      );
    expect(birth('2024-03-02').eligible).to.equal(true); // 31 days' grace by default
    expect(birth('2024-03-03')).to.deep.equal({
      eligible: false,
      amount: '0.00',
      reasons: ['CONTRIBUTIONS_IN_ARREARS'],
    });
    expect(birth('2024-02-01', 0)).to.deep.equal({
      eligible: false,
      amount: '0.00',
      reasons: ['CONTRIBUTIONS_IN_ARREARS'],
    });
  });

  it('gives every reason that applies, each with a sentence in Thai and English', () => {
    const decision = welfareBenefit(
      rules,
      { joinedOn: '2025-06-01', contributionsPaidThrough: '2025-06-30' },
      { kind: 'birth', date: '2025-09-01' },
      [],
    );
    expect(decision.reasons.map((reason) => reason.code)).to.deep.equal([
      'WAITING_PERIOD',
      'CONTRIBUTIONS_IN_ARREARS',
    ]);
    expect(welfareReasonMessage(decision.reasons[0]!, 'en')).to.equal(
      'Still in the waiting period; benefits start on 2025-11-28.',
    );
    expect(welfareReasonMessage(decision.reasons[0]!)).to.equal(
      'อยู่ระหว่างรอสิทธิ์ จะมีสิทธิ์รับสวัสดิการตั้งแต่วันที่ 28 พ.ย. 2568',
    );
    expect(welfareReasonMessage(decision.reasons[1]!, 'en')).to.equal(
      'Contributions are in arrears (paid through 2025-06-30).',
    );
  });

  it('rejects bad claims and bad rules with coded errors', () => {
    expectSajjaError(
      () => welfareBenefit(rules, member, { kind: 'hospital', date: '2024-01-01' }, []),
      'INVALID_ARGUMENT',
      'invalid-units',
    );
    expectSajjaError(
      () => welfareBenefit(rules, member, { kind: 'hospital', date: '2024-01-01', units: 1.5 }, []),
      'INVALID_ARGUMENT',
      'invalid-units',
    );
    expectSajjaError(
      () => welfareBenefit(rules, member, { kind: 'birth', date: '2024-02-30' }, []),
      'INVALID_DATE',
      'no-such-day',
    );
    expectSajjaError(
      () =>
        welfareBenefit(rules, { joinedOn: 'yesterday' }, { kind: 'birth', date: '2024-02-01' }, []),
      'INVALID_DATE',
      'not-a-date',
    );
    expectSajjaError(
      () =>
        welfareBenefit(
          { ...rules, waitingDays: -5 },
          member,
          { kind: 'birth', date: '2024-02-01' },
          [],
        ),
      'RULES_INVALID',
      'below-minimum',
    );
  });

  it('never pays more than a year’s cap, whatever the order and size of stays', () => {
    const stays = fc.array(
      fc.record({
        month: fc.integer({ min: 1, max: 12 }),
        nights: fc.integer({ min: 1, max: 10 }),
      }),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(stays, (list) => {
        const history: PaidClaim[] = [];
        for (const { month, nights } of list) {
          const date = `2024-${String(month).padStart(2, '0')}-15`;
          const decision = welfareBenefit(
            rules,
            member,
            { kind: 'hospital', date, units: nights },
            history,
          );
          expect(decision.amount.compare('600')).to.be.at.most(0);
          expect(decision.amount.isNegative()).to.equal(false);
          if (decision.eligible) history.push({ kind: 'hospital', date, amount: decision.amount });
        }
        expect(sum(history.map((claim) => claim.amount)).compare('1000')).to.be.at.most(0);
      }),
    );
  });
});
