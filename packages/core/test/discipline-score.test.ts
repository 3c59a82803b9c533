import { expect } from 'chai';
import fc from 'fast-check';
import { addDays } from '../src/index.js';
import {
  DISCIPLINE_FORMULA,
  disciplineScore,
  type DisciplineScore,
} from '../src/savings/discipline-score.js';
import { SAJJA_PLEDGE_RULES } from '../src/savings/pledge-rules.js';
import { pledgeStatus, type PledgeDeposit } from '../src/savings/pledge-status.js';
import { expectSajjaError } from './expect-sajja-error.js';

const rules = SAJJA_PLEDGE_RULES; // 100 baht, due by the 5th
const year2024 = { from: '2024-01-01', to: '2024-12-31' };
const pad = (n: number) => String(n).padStart(2, '0');
/** Days `first` to `last` of each month of 2024 listed in `months`. */
const daysOf = (months: number[], first: number, last: number) =>
  months.flatMap((m) =>
    Array.from({ length: last - first + 1 }, (_, i) => `2024-${pad(m)}-${pad(first + i)}`),
  );
const allMonths = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
const points = (result: DisciplineScore) => [
  result.components.onTimePledges.points,
  result.components.ledgerDays.points,
  result.components.pledgeStreak.points,
];

describe('disciplineScore', () => {
  it('gives a household that pays every pledge on time and writes 20 days a month 100', () => {
    const pledge = pledgeStatus(
      { rules, startMonth: '2024-01' },
      allMonths.map((m) => ({ date: `2024-${pad(m)}-01`, amount: '100' })),
      '2024-12-31',
    );
    const result = disciplineScore({
      pledges: [pledge],
      ledgerDays: daysOf(allMonths, 1, 20),
      period: year2024,
    });
    expect(result.score).to.equal(100);
    expect(points(result)).to.deep.equal([50, 30, 20]);
    expect(result.components.onTimePledges.explanation).to.deep.equal({
      th: 'ส่งเงินสัจจะตรงเวลา 12 จาก 12 งวด (100%) ได้ 50 จาก 50 คะแนน',
      en: 'Paid 12 of 12 monthly pledges on time (100%): 50 of 50 points.',
    });
    expect(result.components.ledgerDays.explanation).to.deep.equal({
      th: 'จดบัญชีครัวเรือน 240 วัน นับเข้าเป้าได้ 240 จาก 240 วัน (เป้าหมายเดือนละ 20 วัน) ได้ 30 จาก 30 คะแนน',
      en: 'Wrote in the household account on 240 days, 240 of the 240 aimed for (20 days a month): 30 of 30 points.',
    });
    expect(result.components.pledgeStreak.explanation).to.deep.equal({
      th: 'ส่งเงินสัจจะตรงเวลาติดต่อกันนานที่สุด 12 เดือน (ครบ 12 เดือนได้คะแนนเต็ม) ได้ 20 จาก 20 คะแนน',
      en: 'Longest run of months with every pledge paid on time: 12 (full points from 12): 20 of 20 points.',
    });
    // Writing every day earns no more than 20 days a month.
    const daily = disciplineScore({
      pledges: [pledge],
      ledgerDays: daysOf(allMonths, 1, 28),
      period: year2024,
    });
    expect(daily.components.ledgerDays.details).to.deep.equal({
      days: 336,
      countedDays: 240,
      targetDays: 240,
      targetDaysPerMonth: 20,
    });
    expect(daily.score).to.equal(100);
  });

  it('gives a household with nothing paid and nothing written 0, and says why', () => {
    const nothing = disciplineScore({ pledges: [], ledgerDays: [], period: year2024 });
    expect(nothing.score).to.equal(0);
    expect(points(nothing)).to.deep.equal([0, 0, 0]);
    expect(nothing.components.onTimePledges.explanation).to.deep.equal({
      th: 'ไม่มีเงินสัจจะที่ถึงกำหนดส่งในช่วงนี้ จึงได้ 0 จาก 50 คะแนน',
      en: 'No pledge fell due in this period, so 0 of 50 points.',
    });
    expect(nothing.components.pledgeStreak.explanation.en).to.equal(
      'No pledge fell due in this period, so 0 of 20 points.',
    );
    expect(nothing.components.ledgerDays.explanation.en).to.equal(
      'Wrote in the household account on 0 days, 0 of the 240 aimed for (20 days a month): 0 of 30 points.',
    );

    const allMissed = disciplineScore({
      pledges: [pledgeStatus({ rules, startMonth: '2024-01' }, [], '2024-12-31')],
      ledgerDays: [],
      period: year2024,
    });
    expect(allMissed.score).to.equal(0);
    expect(allMissed.components.onTimePledges.explanation.th).to.equal(
      'ส่งเงินสัจจะตรงเวลา 0 จาก 12 งวด (0%) ได้ 0 จาก 50 คะแนน',
    );
    expect(allMissed.components.pledgeStreak.explanation.en).to.equal(
      'Longest run of months with every pledge paid on time: 0 (full points from 12): 0 of 20 points.',
    );
  });

  it('scores a middle case as computed by hand: two pledges, a cut period, a capped month', () => {
    // Pledge A (100 by the 5th): Jan on time (before the period), Feb on time, Mar late, Apr on time.
    const a = pledgeStatus(
      { rules, startMonth: '2024-01' },
      [
        { date: '2024-01-05', amount: '100' },
        { date: '2024-02-04', amount: '100' },
        { date: '2024-03-12', amount: '100' },
        { date: '2024-04-01', amount: '100' },
      ],
      '2024-04-15',
    );
    // Pledge B (50 by the 20th, another fund) from March: Mar on time, Apr still upcoming.
    const b = pledgeStatus(
      { rules: { dueDay: 20, defaultAmount: '50' }, startMonth: '2024-03' },
      [{ date: '2024-03-20', amount: '50' }],
      '2024-04-15',
    );
    const result = disciplineScore({
      pledges: [a, b],
      ledgerDays: [
        '2024-01-10', // before the period: ignored
        ...daysOf([1], 16, 29), // 14 days; January 16–31 is 16 of 31 days: target ceil(20 × 16 / 31) = 11
        ...daysOf([2], 1, 25), // 25 days, 20 count
        ...daysOf([3], 1, 5), // 5 days
        '2024-03-05', // the same day twice counts once
      ], // April 1–15: target ceil(20 × 15 / 30) = 10, nothing written
      period: { from: '2024-01-16', to: '2024-04-15' },
    });
    // On time: A Feb, A Apr, B Mar of 4 due → 50 × 3/4 = 37.5 → 38 (half-up).
    // Ledger: (11 + 20 + 5 + 0) / (11 + 20 + 20 + 10) = 36/61 → 30 × 36/61 = 17.7 → 18.
    // Streak: Feb on time, Mar not (A late), Apr on time → 1 of 3 → 20/3 = 6.67 → 7.
    expect(points(result)).to.deep.equal([38, 18, 7]);
    expect(result.score).to.equal(63);
    expect(result.ledgerMonths).to.deep.equal([
      { month: '2024-01', daysInPeriod: 16, days: 14, targetDays: 11 },
      { month: '2024-02', daysInPeriod: 29, days: 25, targetDays: 20 },
      { month: '2024-03', daysInPeriod: 31, days: 5, targetDays: 20 },
      { month: '2024-04', daysInPeriod: 15, days: 0, targetDays: 10 },
    ]);
    const { onTimePledges, ledgerDays, pledgeStreak } = result.components;
    expect([onTimePledges.value, ledgerDays.value, pledgeStreak.value]).to.deep.equal([75, 44, 1]);
    expect(pledgeStreak.details).to.deep.equal({
      monthsWithPledgeDue: 3,
      longestStreak: 1,
      fullAt: 3,
    });
    expect(onTimePledges.explanation).to.deep.equal({
      th: 'ส่งเงินสัจจะตรงเวลา 3 จาก 4 งวด (75%) ได้ 38 จาก 50 คะแนน',
      en: 'Paid 3 of 4 monthly pledges on time (75%): 38 of 50 points.',
    });
    expect(ledgerDays.explanation).to.deep.equal({
      th: 'จดบัญชีครัวเรือน 44 วัน นับเข้าเป้าได้ 36 จาก 61 วัน (เป้าหมายเดือนละ 20 วัน) ได้ 18 จาก 30 คะแนน',
      en: 'Wrote in the household account on 44 days, 36 of the 61 aimed for (20 days a month): 18 of 30 points.',
    });
    expect(pledgeStreak.explanation).to.deep.equal({
      th: 'ส่งเงินสัจจะตรงเวลาติดต่อกันนานที่สุด 1 เดือน (ครบ 3 เดือนได้คะแนนเต็ม) ได้ 7 จาก 20 คะแนน',
      en: 'Longest run of months with every pledge paid on time: 1 (full points from 3): 7 of 20 points.',
    });
  });

  it('lets a month with no pledge due neither count nor break a streak', () => {
    const pledge = pledgeStatus(
      { rules, startMonth: '2024-03' },
      [{ date: '2024-03-01', amount: '400' }],
      '2024-06-30',
    );
    const ledgerDays = daysOf([1, 2, 3, 4, 5, 6], 1, 20);
    const period = { from: '2024-01-01', to: '2024-06-30' };
    // January and February have no pledge due: March–June are all that count.
    const late = disciplineScore({ pledges: [pledge], ledgerDays, period });
    expect(late.score).to.equal(100);
    expect(late.components.pledgeStreak.details).to.deep.equal({
      monthsWithPledgeDue: 4,
      longestStreak: 4,
      fullAt: 4,
    });
    // A gap (April left out of the months) does not break the run.
    const gap = { months: pledge.months.filter((month) => month.month !== '2024-04') };
    expect(
      disciplineScore({ pledges: [gap], ledgerDays, period }).components.pledgeStreak.details,
    ).to.deep.equal({ monthsWithPledgeDue: 3, longestStreak: 3, fullAt: 3 });
  });

  it('asks for a run of 12 on-time months for full streak points in a longer period', () => {
    // 2023-01 to 2024-12: on time except July 2024 (paid on the 6th).
    const deposits: PledgeDeposit[] = [];
    for (const y of [2023, 2024]) {
      for (const m of allMonths) {
        deposits.push({
          date: `${y}-${pad(m)}-${y === 2024 && m === 7 ? '06' : '01'}`,
          amount: '100',
        });
      }
    }
    const pledge = pledgeStatus({ rules, startMonth: '2023-01' }, deposits, '2024-12-31');
    const result = disciplineScore({
      pledges: [pledge],
      ledgerDays: [],
      period: { from: '2023-01-01', to: '2024-12-31' },
    });
    // 18 in a row (Jan 2023 – Jun 2024) caps at 12: full points; 23 of 24 on time → 47.9 → 48.
    expect(result.components.pledgeStreak.details).to.deep.equal({
      monthsWithPledgeDue: 24,
      longestStreak: 18,
      fullAt: DISCIPLINE_FORMULA.streakFullMonths,
    });
    expect(points(result)).to.deep.equal([48, 0, 20]);
  });

  it('rejects a bad period and bad dates with coded errors', () => {
    expectSajjaError(
      () =>
        disciplineScore({
          pledges: [],
          ledgerDays: [],
          period: { from: '2024-02-01', to: '2024-01-31' },
        }),
      'INVALID_ARGUMENT',
      'invalid-option',
    );
    expectSajjaError(
      () => disciplineScore({ pledges: [], ledgerDays: ['2024-02-30'], period: year2024 }),
      'INVALID_DATE',
      'no-such-day',
    );
    expectSajjaError(
      () =>
        disciplineScore({ pledges: [], ledgerDays: [], period: { from: '2024-01-01', to: '' } }),
      'INVALID_DATE',
      'not-a-date',
    );
    expectSajjaError(
      () =>
        disciplineScore({
          pledges: 'none' as unknown as [],
          ledgerDays: [],
          period: year2024,
        }),
      'INVALID_ARGUMENT',
      'invalid-option',
    );
  });

  describe('properties', () => {
    const base = '2023-11-01';
    const day = fc.integer({ min: 0, max: 500 }).map((offset) => addDays(base, offset));
    const amount = fc.integer({ min: 0, max: 30_000 }).map((satang) => (satang / 100).toFixed(2));
    const deposit = fc.record({ date: day, amount });
    const pledgeSetup = fc.record({
      dueDay: fc.integer({ min: 1, max: 31 }),
      startMonth: fc.constantFrom('2023-11', '2024-01', '2024-06'),
      deposits: fc.array(deposit, { maxLength: 10 }),
    });
    const household = fc.record({
      pledges: fc.array(pledgeSetup, { maxLength: 2 }),
      ledgerDays: fc.array(day, { maxLength: 60 }),
      asOf: day,
      ends: fc.tuple(day, day),
    });
    type Household = typeof household extends fc.Arbitrary<infer T> ? T : never;
    const scoreOf = (h: Household) =>
      disciplineScore({
        pledges: h.pledges.map((p) =>
          pledgeStatus(
            { rules: { ...rules, dueDay: p.dueDay }, startMonth: p.startMonth },
            p.deposits,
            h.asOf,
          ),
        ),
        ledgerDays: h.ledgerDays,
        period: {
          from: h.ends[0] < h.ends[1] ? h.ends[0] : h.ends[1],
          to: h.ends[0] < h.ends[1] ? h.ends[1] : h.ends[0],
        },
      });

    it('always scores a whole number from 0 to 100, the sum of its parts', () => {
      fc.assert(
        fc.property(household, (h) => {
          const result = scoreOf(h);
          expect(Number.isInteger(result.score)).to.equal(true);
          expect(result.score).to.be.within(0, 100);
          expect(points(result).reduce((a, b) => a + b)).to.equal(result.score);
          for (const part of Object.values(result.components)) {
            expect(Number.isInteger(part.points)).to.equal(true);
            expect(part.points).to.be.within(0, part.maxPoints);
          }
        }),
      );
    });

    it('never lowers the score when a payment or a ledger day is added', () => {
      fc.assert(
        fc.property(household, deposit, day, fc.nat(), (h, extra, ledgerDay, which) => {
          const before = scoreOf(h).score;
          expect(scoreOf({ ...h, ledgerDays: [...h.ledgerDays, ledgerDay] }).score).to.be.at.least(
            before,
          );
          if (h.pledges.length === 0) return;
          const index = which % h.pledges.length;
          const pledges = h.pledges.map((p, i) =>
            i === index ? { ...p, deposits: [...p.deposits, extra] } : p,
          );
          expect(scoreOf({ ...h, pledges }).score).to.be.at.least(before);
        }),
      );
    });
  });
});
