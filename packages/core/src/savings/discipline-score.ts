import { assertIsoDate, compareIsoDates, daysInMonth } from '../dates/iso-date.js';
import { fillPlaceholders, type Language } from '../errors/sentences.js';
import { checkList, checkOptionKeys, checkOptions } from '../errors/check-option-keys.js';
import { invalidOption } from '../errors/sajja-error.js';
import type { PledgeStatus } from './pledge-status.js';

/** A period spans fewer calendar years than this: a score is of a year or so, not of ages. */
const MAX_YEARS = 100;

/**
 * The numbers behind {@link disciplineScore}: the points of each component (they add up to
 * 100), the ledger days a month that earn full ledger points, and the run of on-time months
 * that earns full streak points.
 */
export const DISCIPLINE_FORMULA = /* @__PURE__ */ Object.freeze({
  /** Points for the share of pledge months paid on time. */
  onTimePledgesPoints: 50,
  /** Points for days with a household-ledger entry. */
  ledgerDaysPoints: 30,
  /** Points for the longest run of months with every pledge on time. */
  pledgeStreakPoints: 20,
  /** Ledger days in a full month that earn full ledger points; days beyond do not count. */
  ledgerTargetDaysPerMonth: 20,
  /** A run of this many on-time months earns full streak points. */
  streakFullMonths: 12,
} as const);

/** The days {@link disciplineScore} looks at, both included (ISO `YYYY-MM-DD`). */
export interface DisciplinePeriod {
  /** The first day. */
  readonly from: string;
  /** The last day, on or after `from`. */
  readonly to: string;
}

/** What {@link disciplineScore} takes. */
export interface DisciplineInput {
  /**
   * The household's pledges, as {@link pledgeStatus} results (one per pledge, in any fund),
   * computed as of the end of the period or later. Only `months[].dueDate` and
   * `months[].status` are read.
   */
  readonly pledges: readonly Pick<PledgeStatus, 'months'>[];
  /** The days on which the household wrote in its ledger (ISO dates; repeats count once). */
  readonly ledgerDays: readonly string[];
  /** The days scored. */
  readonly period: DisciplinePeriod;
}

/** The codes of the parts of a {@link DisciplineScore}. */
export type DisciplineComponentCode = 'on-time-pledges' | 'ledger-days' | 'pledge-streak';

/**
 * One part of a {@link DisciplineScore}: its headline value, the whole points it earns, the
 * numbers behind it, and a sentence for the household in Thai and English.
 */
export interface DisciplineComponent<Details> {
  /** Which part this is. */
  readonly code: DisciplineComponentCode;
  /**
   * The headline number: the percent of pledge months on time, the days with a ledger entry,
   * or the longest run of on-time months.
   */
  readonly value: number;
  /** Whole points earned, from 0 to {@link DisciplineComponent.maxPoints}. */
  readonly points: number;
  /** The most points this part can earn. */
  readonly maxPoints: number;
  /** The numbers the value and the sentence come from. */
  readonly details: Details;
  /** One sentence with the numbers filled in, in Thai (`th`) and English (`en`). */
  readonly explanation: Readonly<Record<Language, string>>;
}

/** The numbers behind the on-time part of a {@link DisciplineScore}. */
export interface OnTimePledgesDetails {
  /** Pledge months due in the period (all pledges together). */
  readonly due: number;
  /** Of those, the months paid on time. */
  readonly onTime: number;
  /** `onTime / due` as a whole percent, rounded half-up; 0 when nothing was due. */
  readonly percent: number;
}

/** The numbers behind the ledger part of a {@link DisciplineScore}. */
export interface LedgerDaysDetails {
  /** Days in the period with a ledger entry. */
  readonly days: number;
  /** Of those, the days that count: at most each month's target. */
  readonly countedDays: number;
  /** The sum of every month's target (see {@link LedgerMonth.targetDays}). */
  readonly targetDays: number;
  /** The target for a full month, {@link DISCIPLINE_FORMULA}`.ledgerTargetDaysPerMonth`. */
  readonly targetDaysPerMonth: number;
}

/** The numbers behind the streak part of a {@link DisciplineScore}. */
export interface PledgeStreakDetails {
  /** Calendar months of the period in which at least one pledge fell due. */
  readonly monthsWithPledgeDue: number;
  /** The most such months in a row with every pledge due in them paid on time. */
  readonly longestStreak: number;
  /** The run that earns full points: 12 months, or every month with a pledge due if fewer. */
  readonly fullAt: number;
}

/** One calendar month of the period, for the ledger part of a {@link DisciplineScore}. */
export interface LedgerMonth {
  /** The month, as `'YYYY-MM'`. */
  readonly month: string;
  /** Days of the month inside the period. */
  readonly daysInPeriod: number;
  /** Of those, the days with a ledger entry. */
  readonly days: number;
  /**
   * The month's target: 20 for a whole month, `ceil(20 × daysInPeriod / days in the month)`
   * for a month the period cuts.
   */
  readonly targetDays: number;
}

/** The parts of a {@link DisciplineScore}, by name. */
export interface DisciplineComponents {
  /** The share of pledge months paid on time. */
  readonly onTimePledges: DisciplineComponent<OnTimePledgesDetails>;
  /** Days with a household-ledger entry. */
  readonly ledgerDays: DisciplineComponent<LedgerDaysDetails>;
  /** The longest run of months with every pledge on time. */
  readonly pledgeStreak: DisciplineComponent<PledgeStreakDetails>;
}

/** A household's discipline over a period, from {@link disciplineScore}. */
export interface DisciplineScore {
  /** The score: a whole number from 0 to 100, the sum of the parts' points. */
  readonly score: number;
  /** Each part with its value, points and explanation. */
  readonly components: DisciplineComponents;
  /** Ledger days month by month, oldest first. */
  readonly ledgerMonths: readonly LedgerMonth[];
}

type Sentences = Readonly<Record<Language, string>>;

const NOTHING_DUE: Sentences = {
  th: 'ไม่มีเงินสัจจะที่ถึงกำหนดส่งในช่วงนี้ จึงได้ 0 จาก {maxPoints} คะแนน',
  en: 'No pledge fell due in this period, so 0 of {maxPoints} points.',
};

const SENTENCES: Readonly<Record<DisciplineComponentCode, Sentences>> = {
  'on-time-pledges': {
    th: 'ส่งเงินสัจจะตรงเวลา {onTime} จาก {due} งวด ({percent}%) ได้ {points} จาก {maxPoints} คะแนน',
    en: 'Paid {onTime} of {due} monthly pledges on time ({percent}%): {points} of {maxPoints} points.',
  },
  'ledger-days': {
    th: 'จดบัญชีครัวเรือน {days} วัน นับเข้าเป้าได้ {countedDays} จาก {targetDays} วัน (เป้าหมายเดือนละ {targetDaysPerMonth} วัน) ได้ {points} จาก {maxPoints} คะแนน',
    en: 'Wrote in the household account on {days} days, {countedDays} of the {targetDays} aimed for ({targetDaysPerMonth} days a month): {points} of {maxPoints} points.',
  },
  'pledge-streak': {
    th: 'ส่งเงินสัจจะตรงเวลาติดต่อกันนานที่สุด {longestStreak} เดือน (ครบ {fullAt} เดือนได้คะแนนเต็ม) ได้ {points} จาก {maxPoints} คะแนน',
    en: 'Longest run of months with every pledge paid on time: {longestStreak} (full points from {fullAt}): {points} of {maxPoints} points.',
  },
};

/**
 * A household's discipline (วินัย) over a period as a whole score from 0 to 100: the seed's
 * "households have discipline: they deposit regularly and keep a household account", measured
 * as pledges paid on time, days with a ledger entry, and runs of on-time months.
 *
 * The formula (numbers in {@link DISCIPLINE_FORMULA}); every part's points are rounded half-up
 * to a whole number on exact integers, and the score is their sum:
 * - **On-time pledges, 50 points:** `50 × onTime / due`, over every pledge month (of all
 *   pledges) whose due date lies in the period and has passed (status not `'upcoming'`).
 *   Late, partial and missed months count as due and not on time.
 * - **Ledger days, 30 points:** `30 × countedDays / targetDays`. Each calendar month of the
 *   period has a target of 20 days (`ceil(20 × d / n)` when the period holds only d of its
 *   n days); the days with an entry count up to the target, so writing every day of one month
 *   cannot make up for another month left empty. Dates outside the period are ignored.
 * - **Pledge streak, 20 points:** `20 × min(longestStreak, fullAt) / fullAt`, where the streak
 *   runs over the calendar months in which at least one pledge fell due: such a month is on
 *   time when every pledge due in it was paid on time. `fullAt` is 12, or the number of those
 *   months when fewer, so a perfect household scores full points over any period.
 * - **A month with no pledge due** leaves the on-time share alone and neither extends nor
 *   breaks a streak. When no pledge at all falls due in the period, both pledge parts earn 0:
 *   there is no saving to show, and the ledger can earn at most 30.
 *
 * So a household that pays every pledge on time and writes on 20 days of every month scores
 * 100; one with no pledge paid and no ledger entry scores 0. Adding an on-time payment or a
 * ledger day never lowers the score.
 *
 * @throws {@link "@sajja/core".SajjaError} `INVALID_DATE` for a bad date in `period`, `ledgerDays` or a
 *   pledge month's `dueDate`; `INVALID_ARGUMENT` with reason `invalid-option`
 *   (`details.option`: `'input'` when not an object, `'period'` when `from` is after `to` or
 *   the period spans 100 calendar years or more,
 *   `'pledges'` or `'ledgerDays'` when not a list) or `unknown-option` (a key of `input` or
 *   of `period` that {@link DisciplineInput} does not have).
 *
 * @example
 * ```ts
 * const pledge = pledgeStatus(
 *   { rules: SAJJA_PLEDGE_RULES, startMonth: '2024-01' },
 *   [{ date: '2024-01-05', amount: '200' }, { date: '2024-03-20', amount: '100' }],
 *   '2024-03-31',
 * ); // January and February on time, March late
 * const result = disciplineScore({
 *   pledges: [pledge],
 *   ledgerDays: ['2024-01-02', '2024-01-03', '2024-02-10'],
 *   period: { from: '2024-01-01', to: '2024-03-31' },
 * });
 * result.score;                                    // 33 + 2 + 13 = 48
 * result.components.onTimePledges.explanation.en;
 * // 'Paid 2 of 3 monthly pledges on time (67%): 33 of 50 points.'
 * ```
 */
export function disciplineScore(input: DisciplineInput): DisciplineScore {
  checkOptions(input, ['pledges', 'ledgerDays', 'period'], 'disciplineScore', 'input');
  const { pledges, ledgerDays, period } = input;
  checkOptionKeys(period, ['from', 'to'], 'disciplineScore', 'period.');
  const from = assertIsoDate(period?.from, 'period start');
  const to = assertIsoDate(period.to, 'period end');
  if (compareIsoDates(from, to) > 0)
    throw invalidOption('period', period, 'a period whose from is not after its to');
  if (Number(to.slice(0, 4)) - Number(from.slice(0, 4)) >= MAX_YEARS) {
    throw invalidOption('period', period, `a period of less than ${MAX_YEARS} years`);
  }
  checkList(pledges, 'pledges', 'pledge status');
  checkList(ledgerDays, 'ledgerDays', 'ISO date');
  const inPeriod = (date: string): boolean =>
    compareIsoDates(date, from) >= 0 && compareIsoDates(date, to) <= 0;
  const formula = DISCIPLINE_FORMULA;

  // Pledge months due in the period; by calendar month, whether every one was on time.
  let due = 0;
  let onTime = 0;
  const monthOnTime = new Map<string, boolean>();
  for (const pledge of pledges) {
    if (!Array.isArray(pledge?.months))
      throw invalidOption('pledges', pledges, 'pledge statuses, each with its months');
    for (const entry of pledge.months as readonly unknown[]) {
      if (typeof entry !== 'object' || entry === null) {
        throw invalidOption('pledges', pledges, 'pledge statuses, each with its months');
      }
      const { dueDate, status } = entry as { dueDate: string; status: unknown };
      if (status === 'upcoming' || !inPeriod(dueDate)) continue;
      const isOnTime = status === 'on-time';
      due += 1;
      if (isOnTime) onTime += 1;
      const month = dueDate.slice(0, 7);
      monthOnTime.set(month, (monthOnTime.get(month) ?? true) && isOnTime);
    }
  }
  let run = 0;
  let longestStreak = 0;
  for (const [, isOnTime] of [...monthOnTime].sort(([a], [b]) => (a < b ? -1 : 1))) {
    run = isOnTime ? run + 1 : 0;
    longestStreak = Math.max(longestStreak, run);
  }
  const fullAt = Math.min(formula.streakFullMonths, monthOnTime.size);

  // Ledger days by calendar month, each counted up to the month's target.
  const written = new Set(
    ledgerDays.map((day) => assertIsoDate(day, 'ledger day')).filter(inPeriod),
  );
  const daysByMonth = new Map<string, number>();
  for (const day of written)
    daysByMonth.set(day.slice(0, 7), (daysByMonth.get(day.slice(0, 7)) ?? 0) + 1);
  const ledgerMonths = periodMonths(from, to).map((month): LedgerMonth => {
    const days = daysByMonth.get(month.month) ?? 0;
    const target = Math.ceil(
      (formula.ledgerTargetDaysPerMonth * month.daysInPeriod) / month.length,
    );
    return { month: month.month, daysInPeriod: month.daysInPeriod, days, targetDays: target };
  });
  const countedDays = ledgerMonths.reduce((n, m) => n + Math.min(m.days, m.targetDays), 0);
  const targetDays = ledgerMonths.reduce((n, m) => n + m.targetDays, 0);

  const components: DisciplineComponents = {
    onTimePledges: component(
      'on-time-pledges',
      formula.onTimePledgesPoints,
      [onTime, due],
      { due, onTime, percent: due === 0 ? 0 : roundedShare(100, onTime, due) },
      (details) => details.percent,
    ),
    ledgerDays: component(
      'ledger-days',
      formula.ledgerDaysPoints,
      [countedDays, targetDays],
      {
        days: written.size,
        countedDays,
        targetDays,
        targetDaysPerMonth: formula.ledgerTargetDaysPerMonth,
      },
      (details) => details.days,
    ),
    pledgeStreak: component(
      'pledge-streak',
      formula.pledgeStreakPoints,
      [Math.min(longestStreak, fullAt), fullAt],
      { monthsWithPledgeDue: monthOnTime.size, longestStreak, fullAt },
      (details) => details.longestStreak,
    ),
  };
  const score =
    components.onTimePledges.points + components.ledgerDays.points + components.pledgeStreak.points;
  return { score, components, ledgerMonths };
}

/** A component earning `maxPoints × part / whole` points (0 when `whole` is 0), explained. */
function component<Details extends Readonly<Record<string, number>>>(
  code: DisciplineComponentCode,
  maxPoints: number,
  [part, whole]: [number, number],
  details: Details,
  value: (details: Details) => number,
): DisciplineComponent<Details> {
  const points = whole === 0 ? 0 : roundedShare(maxPoints, part, whole);
  // Only the pledge parts can have nothing to measure: every period has a ledger target.
  const sentences = whole === 0 ? NOTHING_DUE : SENTENCES[code];
  const fill = { ...details, points, maxPoints };
  return {
    code,
    value: value(details),
    points,
    maxPoints,
    details,
    explanation: {
      th: fillPlaceholders(sentences.th, fill),
      en: fillPlaceholders(sentences.en, fill),
    },
  };
}

/** `scale × part / whole` rounded half-up to a whole number, on integers only (whole > 0). */
function roundedShare(scale: number, part: number, whole: number): number {
  return Math.floor((2 * scale * part + whole) / (2 * whole));
}

/** The calendar months from `from` to `to` (valid, in order): each one's days in the period. */
function periodMonths(
  from: string,
  to: string,
): { month: string; daysInPeriod: number; length: number }[] {
  const index = (iso: string): number => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
  const months = [];
  for (let i = index(from); i <= index(to); i++) {
    const year = Math.floor(i / 12);
    const month = (i % 12) + 1;
    const length = daysInMonth(year, month);
    const first = i === index(from) ? Number(from.slice(8)) : 1;
    const last = i === index(to) ? Number(to.slice(8)) : length;
    const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
    months.push({ month: text, daysInPeriod: last - first + 1, length });
  }
  return months;
}
