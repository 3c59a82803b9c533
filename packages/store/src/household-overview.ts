import {
  addDays,
  addMonths,
  assertIsoDate,
  compareIsoDates,
  isSajjaError,
  money,
  SajjaError,
  type Money,
  type SajjaProblem,
  type SajjaProblemReason,
} from '@sajja/core';
import {
  combinedArrears,
  loanStatus,
  type AgeingBucket,
  type LoanPayment,
} from '@sajja/core/loans';
import {
  disciplineScore,
  lastTwelveMonths,
  pledgeStartMonth,
  pledgeStatus,
  savingsByMonth,
  type DepositOrWithdrawal,
  type DisciplinePeriod,
  type DisciplineScore,
  type PledgeRules,
  type PledgeStatus,
} from '@sajja/core/savings';
import { benefitsStartOn } from '@sajja/core/welfare';
import type { FundTransactionRecord } from './fund-transactions.js';
import { ledgerDaysBetween } from './ledger-months.js';
import { live, type LiveQuery } from './live-query.js';
import type { LoanRecord } from './loans.js';
import type { MembershipRecord } from './memberships.js';
import { databaseOf, type SajjaStore } from './open-store.js';
import { checkOrganisationRules } from './organisation-rules.js';
import type { OrganisationKind } from './organisations.js';
import { withoutReversedPairs } from './reversals.js';
import { guarded } from './storage-errors.js';

/** What {@link householdOverview} takes. */
export interface HouseholdOverviewOptions {
  /** The household. */
  readonly householdId: string;
  /** The day the figures are for (ISO `YYYY-MM-DD`), usually today. */
  readonly asOf: string;
}

/** The next loan instalment to fall due after `asOf`. */
export interface OverviewInstallment {
  /** When it falls due (ISO). */
  readonly dueDate: string;
  /** What is left to pay of it (`'1120.00'`). */
  readonly amount: string;
  /** The loan it belongs to. */
  readonly loanId: string;
}

/** What is late on `asOf`. */
export interface OverviewArrears {
  /** Overdue instalments' unpaid principal and interest, and penalties incurred (`'2244.52'`). */
  readonly amount: string;
  /** Days since the oldest overdue instalment fell due. */
  readonly daysPastDue: number;
  /** The ageing bucket of `daysPastDue` (`'31-60'`). */
  readonly bucket: AgeingBucket;
}

/** When a member of a fund with welfare rules may claim benefits. */
export interface WelfareEligibility {
  /** True when benefits may be claimed on `asOf`. */
  readonly eligible: boolean;
  /** The first day benefits may be claimed: joining day + the rules' `waitingDays`. */
  readonly from: string;
}

/** The savings balance at the end of a month (or on `asOf`, for its own month). */
export interface MonthBalance {
  /** The month, `'YYYY-MM'`. */
  readonly month: string;
  /** Deposits minus withdrawals up to then (`'1200.00'`). */
  readonly balance: string;
}

/** One loan of a {@link MembershipOverview}. */
export interface LoanOverview {
  /** The loan. */
  readonly loanId: string;
  /** The amount lent (`'12000.00'`). */
  readonly principal: string;
  /** The day it was paid out. */
  readonly disbursedOn: string;
  /** The principal not yet repaid on `asOf`. */
  readonly outstanding: string;
  /** The next instalment due after `asOf`, when one is left. */
  readonly nextInstallment?: OverviewInstallment;
  /** What is late on `asOf`, when anything is. */
  readonly overdue?: OverviewArrears;
  /** True when nothing is owed and no principal is outstanding. */
  readonly fullyPaid: boolean;
}

/** One membership of a {@link HouseholdOverview}: the household's standing in one organisation. */
export interface MembershipOverview {
  /** The membership. */
  readonly membershipId: string;
  /** The organisation. */
  readonly organisationId: string;
  /** The organisation's name. */
  readonly organisationName: string;
  /** What kind of organisation it is. */
  readonly kind: OrganisationKind;
  /** The day the household joined. */
  readonly joinedOn: string;
  /** The day the household left, if it has. */
  readonly leftOn?: string;
  /** Deposits minus withdrawals on `asOf` (`'1200.00'`). */
  readonly savings: string;
  /** Shares bought, on `asOf`. */
  readonly shares: string;
  /** The principal outstanding on every loan paid out by `asOf`. */
  readonly loansOutstanding: string;
  /** Each loan paid out by `asOf`, oldest first. */
  readonly loans: readonly LoanOverview[];
  /** The earliest next instalment among the loans (the oldest loan's on a tie). */
  readonly nextInstallment?: OverviewInstallment;
  /** What is late on all the loans together. */
  readonly overdue?: OverviewArrears;
  /** Benefit eligibility, when the organisation's rules have a `welfare` part. */
  readonly welfare?: WelfareEligibility;
  /**
   * The discipline score of this pledge alone over the last three months, when the
   * organisation's rules have a `pledge` part.
   */
  readonly discipline?: DisciplineScore;
  /** The savings balance at the end of each of the 12 months ending with `asOf`'s month. */
  readonly savingsByMonth: readonly MonthBalance[];
  /**
   * The membership's latest {@link RECENT_TRANSACTION_COUNT} transactions on or before `asOf`,
   * newest first (by date, then id), corrected ones and their reversals left out: the history
   * a household checks its payments against, with how each was paid (`method`,
   * `slipReference`).
   */
  readonly recent: readonly FundTransactionRecord[];
  /**
   * What could not be worked out, and why: a part of the organisation's rules that is not
   * valid (`rules.pledge.dueDay` …, stored before rules were checked), or a pledge the
   * rules do not allow (`pledgeAmount`, `pledge-out-of-range`). The figures it would give
   * are left out. Empty when everything was worked out.
   */
  readonly problems: readonly SajjaProblem[];
}

/** The household's figures over every membership. */
export interface HouseholdOverviewTotal {
  /** Savings in every organisation. */
  readonly savings: string;
  /** Shares in every organisation. */
  readonly shares: string;
  /** Principal outstanding on every loan. */
  readonly loansOutstanding: string;
  /** The earliest next instalment of any loan. */
  readonly nextInstallment?: OverviewInstallment;
  /** What is late on every loan together. */
  readonly overdue?: OverviewArrears;
  /** The household's discipline score over every pledge, when it has any. */
  readonly discipline?: DisciplineScore;
  /** The savings balance in every organisation at the end of each of the 12 months. */
  readonly savingsByMonth: readonly MonthBalance[];
}

/** Where a household stands in each organisation it belongs to, and in total, on a day. */
export interface HouseholdOverview {
  /** The household. */
  readonly householdId: string;
  /** Its name. */
  readonly householdName: string;
  /** The day the figures are for. */
  readonly asOf: string;
  /** The days the discipline scores cover: the three months up to `asOf`. */
  readonly disciplinePeriod: DisciplinePeriod;
  /** Each membership, oldest first (as `memberships.forHousehold` lists them). */
  readonly memberships: readonly MembershipOverview[];
  /** Every membership together. */
  readonly total: HouseholdOverviewTotal;
}

const ZERO = money('0');

/**
 * Where a household stands on `asOf` in each organisation it belongs to, and in total:
 * savings, shares, loans outstanding with the next instalment and arrears, welfare
 * eligibility, the discipline score, and a year of monthly savings balances. Money is
 * two-decimal strings. Read in one transaction, so the figures are of one moment; `undefined`
 * for an unknown household.
 *
 * Each figure comes from `@sajja/core`, fed from the store:
 * - **Savings** are deposits minus withdrawals dated on or before `asOf`, **shares** the
 *   `'share'` transactions; corrected transactions and their reversals count nowhere (as
 *   `fundTransactions.balances` counts them).
 * - **Loans**: `loanStatus` of each loan paid out by `asOf`, with the loan's stored rules and
 *   its repayments (fund transactions with its `loanId`, reversals as `reverses`).
 * - **Welfare**: `benefitsStartOn(joinedOn, rules.welfare.waitingDays)` for an organisation
 *   whose rules have a `welfare` part; not eligible once the household has left.
 * - **Discipline**: for an organisation whose rules have a `pledge` part, `pledgeStatus` of the
 *   membership's deposits at its `pledgeAmount` (the rules' default without one) from the first
 *   month whose due day falls on or after the joining day, and `disciplineScore` over the last
 *   three months (the day after `asOf` three months back, through `asOf`) with the days of the
 *   household ledger that have entries. The total scores every pledge together.
 *
 * The rules parts are read by their presence, whatever the organisation's kind (see
 * `OrganisationRules`).
 *
 * @throws {@link @sajja/core!"@sajja/core".SajjaError} `INVALID_ARGUMENT` (`invalid-option`) for a
 *   household id that is not a non-empty string; `INVALID_DATE` for a bad `asOf`;
 *   `STORAGE_UNAVAILABLE`.
 *
 * @example
 * ```ts
 * const overview = await householdOverview(store, { householdId, asOf: '2025-06-11' });
 * overview.total.savings;                // '1430.00'
 * overview.total.nextInstallment;        // { dueDate: '2025-07-10', amount: '1120.00', loanId }
 * overview.memberships[2].welfare;       // { eligible: false, from: '2025-11-28' }
 * overview.total.discipline?.score;      // 77
 * ```
 */
export function householdOverview(
  store: SajjaStore,
  options: HouseholdOverviewOptions,
): Promise<HouseholdOverview | undefined> {
  const checked = checkOptions(options);
  return guarded(() => readOverview(store, checked));
}

/**
 * {@link householdOverview}, live: a new overview after every write that changes it (a
 * deposit, a repayment, a ledger entry, a new membership or loan), in this page or another tab.
 *
 * @throws {@link @sajja/core!"@sajja/core".SajjaError} as {@link householdOverview}, at once, for bad options.
 *
 * @example
 * ```ts
 * liveHouseholdOverview(store, { householdId, asOf: today })
 *   .subscribe((overview) => render(overview));
 * ```
 */
export function liveHouseholdOverview(
  store: SajjaStore,
  options: HouseholdOverviewOptions,
): LiveQuery<HouseholdOverview | undefined> {
  const checked = checkOptions(options);
  return live(databaseOf(store), () => readOverview(store, checked));
}

function checkOptions(options: HouseholdOverviewOptions): HouseholdOverviewOptions {
  const householdId = options?.householdId;
  if (typeof householdId !== 'string' || householdId === '') {
    throw new SajjaError(
      'INVALID_ARGUMENT',
      'invalid-option',
      'householdId must be a non-empty string.',
      { input: householdId, details: { option: 'householdId' } },
    );
  }
  return { householdId, asOf: assertIsoDate(options.asOf, 'as-of date') };
}

async function readOverview(
  store: SajjaStore,
  { householdId, asOf }: HouseholdOverviewOptions,
): Promise<HouseholdOverview | undefined> {
  const db = databaseOf(store);
  // Every table, whatever the schema holds, so the overview is one consistent moment.
  // The repositories' reads take part in this transaction (Dexie's zones carry it to them).
  return db.transaction('r', db.tables, async () => {
    const household = await db.households.get(householdId);
    if (household === undefined) return undefined;
    const memberships = await store.memberships.forHousehold(householdId);
    const organisations = await db.organisations.bulkGet(
      memberships.map((membership) => membership.organisationId),
    );
    const loans = await store.loans.forHousehold(householdId);
    const transactions = await store.fundTransactions.list({ householdId, includeReversed: true });
    const reversed = new Set(transactions.flatMap((record) => record.reverses ?? []));
    const counting = withoutReversedPairs(transactions, reversed).filter(
      (record) => compareIsoDates(record.date, asOf) <= 0,
    );
    const period = { from: addDays(addMonths(asOf, -3), 1), to: asOf };
    const months = lastTwelveMonths(asOf);

    const pledges: PledgeStatus[] = [];
    const parts = memberships.map((membership, index) => {
      const organisation = organisations[index];
      const rules = checkOrganisationRules(organisation?.rules);
      const problems = [...rules.problems];
      let pledge: PledgeStatus | undefined;
      if (rules.parts.pledge) {
        try {
          pledge = pledgeOf(membership, rules.parts.pledge, counting, asOf);
          pledges.push(pledge);
        } catch (error) {
          if (!isSajjaError(error)) throw error;
          // The pledge's own errors: amounts, dates and arguments, never storage.
          const reason = error.reason as SajjaProblemReason;
          problems.push({ path: 'pledgeAmount', reason, details: error.details });
        }
      }
      const welfare = rules.parts.welfare
        ? welfareOf(membership, rules.parts.welfare.waitingDays, asOf)
        : undefined;
      return { membership, organisation, problems, pledge, welfare };
    });
    // The days with entries, from the monthly sums: a deposit re-runs a live overview, which
    // would otherwise read every entry of three months again.
    const ledgerDays =
      pledges.length === 0 ? [] : await ledgerDaysBetween(db, householdId, period.from, period.to);

    const overviews = parts.map(
      ({ membership, organisation, problems, pledge, welfare }): MembershipOverview => {
        const own = counting.filter((record) => record.membershipId === membership.id);
        const loanOverviews = loans
          .filter(
            (loan) =>
              loan.membershipId === membership.id &&
              compareIsoDates(loan.terms.disbursedOn, asOf) <= 0,
          )
          .map((loan) => loanOverview(loan, transactions, asOf));
        return compactOverview({
          membershipId: membership.id,
          organisationId: membership.organisationId,
          organisationName: organisation?.name ?? membership.organisationId,
          kind: organisation?.kind ?? 'other',
          joinedOn: membership.joinedOn,
          leftOn: membership.leftOn,
          savings: sumOf(own, 'deposit').minus(sumOf(own, 'withdrawal')).toString(),
          shares: sumOf(own, 'share').toString(),
          loansOutstanding: total(loanOverviews.map((loan) => loan.outstanding)),
          loans: loanOverviews,
          nextInstallment: earliest(loanOverviews.map((loan) => loan.nextInstallment)),
          overdue: combinedArrears(loanOverviews.map((loan) => loan.overdue)),
          welfare,
          discipline: pledge && disciplineScore({ pledges: [pledge], ledgerDays, period }),
          savingsByMonth: savingsByMonth(depositsAndWithdrawals(own), asOf),
          // `own` is in date order (then id), as the list gives it.
          recent: own.slice(-RECENT_TRANSACTION_COUNT).reverse(),
          problems,
        });
      },
    );

    return {
      householdId,
      householdName: household.name,
      asOf,
      disciplinePeriod: period,
      memberships: overviews,
      total: compactOverview({
        savings: total(overviews.map((each) => each.savings)),
        shares: total(overviews.map((each) => each.shares)),
        loansOutstanding: total(overviews.map((each) => each.loansOutstanding)),
        nextInstallment: earliest(overviews.map((each) => each.nextInstallment)),
        overdue: combinedArrears(overviews.map((each) => each.overdue)),
        discipline:
          pledges.length === 0 ? undefined : disciplineScore({ pledges, ledgerDays, period }),
        savingsByMonth: months.map((month, index) => ({
          month,
          balance: total(overviews.map((each) => each.savingsByMonth[index]!.balance)),
        })),
      }),
    };
  });
}

/** How many transactions {@link MembershipOverview.recent} holds. */
export const RECENT_TRANSACTION_COUNT = 5;

/** Drops the keys whose value is `undefined`, so an overview carries no empty keys. */
function compactOverview<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) {
    if (value[key] === undefined) delete value[key];
  }
  return value;
}

function sumOf(records: readonly FundTransactionRecord[], kind: string): Money {
  let sum = ZERO;
  for (const record of records) if (record.kind === kind) sum = sum.plus(record.amount);
  return sum;
}

function total(amounts: readonly string[]): string {
  let sum = ZERO;
  for (const amount of amounts) sum = sum.plus(amount);
  return sum.toString();
}

/** The records that move savings: deposits and withdrawals. */
function depositsAndWithdrawals(
  records: readonly FundTransactionRecord[],
): (FundTransactionRecord & DepositOrWithdrawal)[] {
  return records.filter(
    (record): record is FundTransactionRecord & DepositOrWithdrawal =>
      record.kind === 'deposit' || record.kind === 'withdrawal',
  );
}

/** Where one loan stands on `asOf`, from its repayments (reversals included, as `reverses`). */
function loanOverview(
  loan: LoanRecord,
  transactions: readonly FundTransactionRecord[],
  asOf: string,
): LoanOverview {
  const payments: LoanPayment[] = transactions
    .filter((record) => record.loanId === loan.id)
    // By date; on one day a payment before the reversal that cancels it.
    .sort(
      (a, b) =>
        compareIsoDates(a.date, b.date) ||
        Number(a.reverses !== undefined) - Number(b.reverses !== undefined),
    )
    .map((record) => ({
      id: record.id,
      date: record.date,
      amount: record.amount,
      ...(record.reverses === undefined ? {} : { reverses: record.reverses }),
    }));
  const status = loanStatus(
    { id: loan.id, terms: loan.terms, ...(loan.rules ? { rules: loan.rules } : {}) },
    payments,
    asOf,
  );
  const next = status.nextInstallment;
  return compactOverview({
    loanId: loan.id,
    principal: loan.terms.principal,
    disbursedOn: loan.terms.disbursedOn,
    outstanding: status.outstandingPrincipal.toString(),
    nextInstallment: next
      ? { dueDate: next.dueDate, amount: next.amount.toString(), loanId: loan.id }
      : undefined,
    overdue: status.overdue.total.isPositive()
      ? {
          amount: status.overdue.total.toString(),
          daysPastDue: status.daysPastDue,
          bucket: status.ageingBucket,
        }
      : undefined,
    fullyPaid: status.fullyPaid,
  });
}

function earliest(
  installments: readonly (OverviewInstallment | undefined)[],
): OverviewInstallment | undefined {
  let first: OverviewInstallment | undefined;
  for (const each of installments) {
    if (each && (first === undefined || compareIsoDates(each.dueDate, first.dueDate) < 0)) {
      first = each;
    }
  }
  return first;
}

function welfareOf(
  membership: MembershipRecord,
  waitingDays: number,
  asOf: string,
): WelfareEligibility {
  const from = benefitsStartOn(membership.joinedOn, waitingDays);
  const left = membership.leftOn !== undefined && compareIsoDates(membership.leftOn, asOf) <= 0;
  return { eligible: !left && compareIsoDates(from, asOf) <= 0, from };
}

/**
 * The membership's pledge on `asOf`. It starts with the first month whose due day falls on or
 * after the joining day (`pledgeStartMonth`): a member who joins on the 20th owes nothing for a
 * month due on the 5th.
 */
function pledgeOf(
  membership: MembershipRecord,
  rules: PledgeRules,
  counting: readonly FundTransactionRecord[],
  asOf: string,
): PledgeStatus {
  const startMonth = pledgeStartMonth(membership.joinedOn, rules.dueDay);
  const deposits = counting
    .filter((record) => record.membershipId === membership.id && record.kind === 'deposit')
    .map((record) => ({ date: record.date, amount: record.amount }));
  return pledgeStatus(
    {
      rules,
      startMonth,
      ...(membership.pledgeAmount === undefined ? {} : { amount: membership.pledgeAmount }),
    },
    deposits,
    asOf,
  );
}
