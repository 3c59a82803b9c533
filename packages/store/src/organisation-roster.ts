import {
  isSajjaError,
  money,
  satangOf,
  satangText,
  type Money,
  type SajjaProblem,
  type SajjaProblemReason,
} from '@sajja/core';
import { loanStatus, type LoanPayment } from '@sajja/core/loans';
import { pledgeStartMonth, pledgeStatus, type PledgeRules } from '@sajja/core/savings';
import { contributionsDue } from '@sajja/core/welfare';
import type { FundTransactionRecord } from './fund-transactions.js';
import { live, type LiveQuery } from './live-query.js';
import type { LoanRecord } from './loans.js';
import type { MembershipRecord } from './memberships.js';
import { databaseOf, type SajjaStore } from './open-store.js';
import {
  assertMonthInOrganisation,
  checkMonth,
  checkOrganisationId,
  firstDayOfMonth,
  lastDayOfMonth,
  unknownOrganisation,
  type OrganisationRecords,
} from './organisation-records.js';
import {
  memberTotalsAt,
  OPEN,
  parseMemberTotals,
  paymentsOf as storedPayments,
  type KindTotals,
  type LoanPaymentsRecord,
  type MemberTotalsRecord,
} from './organisation-sums.js';
import type { SajjaDatabase } from './database.js';
import type { HouseholdRecord } from './households.js';
import { checkOrganisationRules, type CheckedOrganisationRules } from './organisation-rules.js';
import { storeError } from './store-sentences.js';
import { guarded } from './storage-errors.js';
import { groupBy } from './group-by.js';
import { unknownRecord } from './write.js';

/** What {@link organisationRoster} takes. */
export interface OrganisationRosterOptions {
  /** The organisation. */
  readonly organisationId: string;
  /** The month of the meeting, `'YYYY-MM'`. */
  readonly month: string;
}

/** What {@link organisationRosterMember} takes. */
export interface OrganisationRosterMemberOptions extends OrganisationRosterOptions {
  /** The membership whose row is wanted. */
  readonly membershipId: string;
}

/** What one of a member's loans asks for in the month. */
export interface RosterLoanDue {
  /** The loan. */
  readonly loanId: string;
  /**
   * The principal and interest of the instalments falling due in the month, not paid before
   * it (`'1120.00'`); no penalty, since paid in the month they are not late.
   */
  readonly installment: string;
  /**
   * What of the instalments due before the month is unpaid when it starts, with their
   * penalties incurred by the month's last day (`'2244.52'`).
   */
  readonly arrears: string;
}

/**
 * What a member owes for the month: what brings them up to date on its last day, counting
 * only what they paid before the month (so it stays put while the month's payments are
 * recorded, and the treasurer's form can be prefilled with it).
 */
export interface RosterDue {
  /** Pledge months due by the month's end and not paid before it (the month's pledge and any arrears). */
  readonly pledge: string;
  /** Each loan with an instalment due in the month or arrears, oldest loan first. */
  readonly loans: readonly RosterLoanDue[];
  /** Welfare contributions fallen due by the month's end and not paid before it. */
  readonly contribution: string;
  /** `pledge` + every loan's `installment` and `arrears` + `contribution`. */
  readonly total: string;
}

/** What a member paid in the month, reversed pairs left out. */
export interface RosterPaid {
  /** Deposits (the pledge and other savings). */
  readonly deposit: string;
  /** Shares bought. */
  readonly share: string;
  /** Loan repayments. */
  readonly repayment: string;
  /** Welfare contributions. */
  readonly contribution: string;
  /** The four together. */
  readonly total: string;
}

/** Where a member stands at the end of the month, after its payments. */
export interface RosterStanding {
  /** Deposits minus withdrawals up to the month's last day. */
  readonly savings: string;
  /** Shares bought up to the month's last day. */
  readonly shares: string;
  /** The principal not yet repaid on every loan paid out by the month's last day. */
  readonly loanPrincipal: string;
  /**
   * What is still owed on the month's last day: unpaid pledge months, the loans' unpaid
   * instalments due by then with their penalties, and unpaid contributions.
   */
  readonly arrears: string;
}

/** One member of an {@link OrganisationRoster}. */
export interface RosterMember {
  /** The membership. */
  readonly membershipId: string;
  /** The member household. */
  readonly householdId: string;
  /** The household's name (its id when the household record is missing). */
  readonly householdName: string;
  /** The number the group gave the member, when it numbers them. */
  readonly memberNumber?: string;
  /** The day the household joined. */
  readonly joinedOn: string;
  /** The day the household left, if it has. */
  readonly leftOn?: string;
  /** What the member owes for the month. */
  readonly due: RosterDue;
  /** What the member paid in the month. */
  readonly paid: RosterPaid;
  /** Where the member stands at the month's end. */
  readonly standing: RosterStanding;
  /**
   * What could not be worked out, and why (a part of the organisation's rules that is not
   * valid, `rules.pledge.dueDay`; a pledge the rules do not allow, `pledgeAmount`; a stored
   * loan the core refuses, `loans.<id>`): the figure it would give counts as 0. Empty when
   * everything was worked out.
   */
  readonly problems: readonly SajjaProblem[];
}

/** The sums of the roster rows' `due`, two-decimal strings. */
export interface RosterDueTotals {
  /** Every member's pledge due. */
  readonly pledge: string;
  /** Every loan's instalment due in the month. */
  readonly installments: string;
  /** Every loan's arrears (older instalments and their penalties). */
  readonly arrears: string;
  /** Every member's welfare contribution due. */
  readonly contribution: string;
  /** `pledge + installments + arrears + contribution`. */
  readonly total: string;
}

/** The sums of every row of an {@link OrganisationRoster}. */
export interface RosterTotals {
  /** How many members the roster lists. */
  readonly members: number;
  /** The sums of the rows' `due`: each loan's instalment and arrears summed over every loan. */
  readonly due: RosterDueTotals;
  /** The sums of the rows' `paid`. */
  readonly paid: RosterPaid;
  /** The sums of the rows' `standing`. */
  readonly standing: RosterStanding;
}

/** The roster of a monthly meeting: each member's dues, payments and standing, and the totals. */
export interface OrganisationRoster {
  /** The organisation. */
  readonly organisationId: string;
  /** The month, `'YYYY-MM'`. */
  readonly month: string;
  /**
   * The members active in the month (joined by its last day, not left before its first), by
   * member number (numerically when both are digits; members without one last), then household
   * name, then membership id.
   */
  readonly members: readonly RosterMember[];
  /** The sums of the rows. */
  readonly totals: RosterTotals;
}

const ZERO = money('0');

const moneyOfSatang = (satang: bigint): Money => money(satangText(satang));

/**
 * The roster of an organisation's monthly meeting: for each member active in `month`, what is
 * due (pledge, each loan's instalment and arrears, welfare contribution), what was paid, and
 * where the member stands at the month's end; and the totals, which are the sums of the rows.
 * Money is two-decimal strings. Read in one transaction; derived from the stored records each
 * time, so a correction (a reversal) shows at once.
 *
 * Each figure comes from `@sajja/core`, fed from the store (corrected transactions and their
 * reversals count nowhere, as `fundTransactions.balances` counts them):
 * - **Pledge** (when the rules have a `pledge` part): `pledgeStatus` at the membership's
 *   `pledgeAmount` (the rules' default without one), from `pledgeStartMonth`, with the
 *   deposits before the month, on the month's last day (the day the member left, if earlier):
 *   its `arrears` is what is due.
 * - **Loans**: `loanStatus` of each loan paid out by the month's end with its repayments
 *   before the month, on the month's last day: the principal and interest owed of the
 *   instalments due in the month are `installment`; what is owed of older instalments, with
 *   their penalties, `arrears`. A loan is listed when either is more than 0.
 * - **Contribution** (when the rules have a `welfare` part): `contributionsDue` on the month's
 *   last day (the leaving day, if earlier) less the contributions paid before the month,
 *   never below 0.
 * - **Paid**: the month's `'deposit'`, `'share'`, `'repayment'` and `'contribution'`
 *   transactions.
 * - **Standing** on the month's last day, every transaction up to it counted: savings
 *   (deposits − withdrawals), shares, loans' outstanding principal, and the arrears left (the
 *   same three dues worked out with the month's payments).
 *
 * @throws {@link @sajja/core!"@sajja/core".SajjaError} `INVALID_ARGUMENT` (`invalid-option`) for an
 *   organisation id that is not a non-empty string, (`unknown-organisation`) for an
 *   organisation the store does not hold, (`month-before-organisation`, `details.firstMonth`)
 *   for a month before the organisation's first membership; `INVALID_DATE` (`not-a-month`,
 *   `no-such-month`) for a month that is not `'YYYY-MM'`; `STORAGE_UNAVAILABLE`. Each carries
 *   Thai and English sentences (`errorMessage(error, 'th')`).
 *
 * @example
 * ```ts
 * const roster = await organisationRoster(store, { organisationId: group.id, month: '2025-06' });
 * roster.members[0].due;        // { pledge: '200.00', loans: [{ loanId, installment: '1100.00', arrears: '0.00' }], contribution: '30.00', total: '1330.00' }
 * roster.totals.paid.total;     // '48210.00'
 * ```
 */
export function organisationRoster(
  store: SajjaStore,
  options: OrganisationRosterOptions,
): Promise<OrganisationRoster> {
  let checked: OrganisationRosterOptions;
  try {
    checked = checkRosterOptions(options);
  } catch (error) {
    return Promise.reject(error);
  }
  return guarded(() => readRoster(store, checked));
}

/**
 * {@link organisationRoster}, live: a new roster after every write that may change it (a
 * payment recorded or reversed, a new member or loan), in this page or another tab.
 *
 * @throws {@link @sajja/core!"@sajja/core".SajjaError} at once for bad options (`invalid-option`,
 *   `not-a-month`, `no-such-month`); an unknown organisation or a month before its first
 *   membership reach the subscriber's `error`.
 *
 * @example
 * ```ts
 * liveOrganisationRoster(store, { organisationId, month: '2025-06' })
 *   .subscribe((roster) => renderTotals(roster.totals));
 * ```
 */
export function liveOrganisationRoster(
  store: SajjaStore,
  options: OrganisationRosterOptions,
): LiveQuery<OrganisationRoster> {
  const checked = checkRosterOptions(options);
  return live(databaseOf(store), () => readRoster(store, checked));
}

/**
 * One member's row of {@link organisationRoster} (the same figures, worked out the same way),
 * reading only that member's records: what a meeting screen reads again after saving or
 * correcting the member's payments, to replace the row and add up the totals again with
 * {@link rosterTotals}. A member who is not active in the month (joined after it, left before
 * it) still gets a row, so a screen can show why nothing is due.
 *
 * @throws {@link @sajja/core!"@sajja/core".SajjaError} as {@link organisationRoster} does, and
 *   `INVALID_ARGUMENT` (`invalid-option`, `details.option: 'membershipId'`) for a membership id
 *   that is not a non-empty string, (`unknown-record`, `details.table: 'memberships'`) for a
 *   membership the store does not hold in that organisation.
 *
 * @example
 * ```ts
 * const row = await organisationRosterMember(store, { organisationId, month: '2025-06', membershipId });
 * row.paid.total; // '1330.00'
 * ```
 */
export function organisationRosterMember(
  store: SajjaStore,
  options: OrganisationRosterMemberOptions,
): Promise<RosterMember> {
  let checked: OrganisationRosterMemberOptions;
  try {
    checked = {
      ...checkRosterOptions(options),
      membershipId: checkMembershipId(options?.membershipId),
    };
  } catch (error) {
    return Promise.reject(error);
  }
  return guarded(() => readRosterMember(store, checked));
}

/**
 * The sums of roster rows, as {@link OrganisationRoster}'s `totals` are: what a screen that
 * replaced one row (with {@link organisationRosterMember}) shows under the roster. Pure.
 *
 * @example
 * ```ts
 * const members = roster.members.map((m) => (m.membershipId === row.membershipId ? row : m));
 * rosterTotals(members).paid.total; // '48330.00'
 * ```
 */
export function rosterTotals(members: readonly RosterMember[]): RosterTotals {
  return totalsOf(members);
}

function checkMembershipId(membershipId: unknown): string {
  if (typeof membershipId !== 'string' || membershipId === '') {
    throw storeError('invalid-option', 'membershipId must be a non-empty string.', {
      input: membershipId,
      details: { option: 'membershipId' },
    });
  }
  return membershipId;
}

async function readRosterMember(
  store: SajjaStore,
  { organisationId, month, membershipId }: OrganisationRosterMemberOptions,
): Promise<RosterMember> {
  const db = databaseOf(store);
  const { organisation, memberships, membership, household, loans, sums, payments } =
    await db.transaction(
      'r',
      [db.organisations, db.memberships, db.households, db.loans, db.memberTotals, db.loanPayments],
      async () => {
        const [organisation, memberships, membership, loans, before, through, payments] =
          await Promise.all([
            db.organisations.get(organisationId),
            // Only for the month check: the organisation's first membership.
            db.memberships.where('organisationId').equals(organisationId).toArray(),
            db.memberships.get(membershipId),
            db.loans.where('membershipId').equals(membershipId).toArray(),
            memberTotalsAt(db.memberTotals, organisationId, month, { through: false }),
            memberTotalsAt(db.memberTotals, organisationId, month, { through: true }),
            db.loanPayments.where('membershipId').equals(membershipId).toArray(),
          ]);
        const household = membership ? await db.households.get(membership.householdId) : undefined;
        return {
          organisation,
          memberships,
          membership,
          household,
          loans,
          sums: memberFigures(before, through, membershipId),
          payments,
        };
      },
    );
  if (organisation === undefined) throw unknownOrganisation(organisationId);
  if (membership === undefined || membership.organisationId !== organisationId) {
    throw unknownRecord('memberships', membershipId);
  }
  assertMonthInOrganisation(month, memberships);
  const start = firstDayOfMonth(month);
  const end = lastDayOfMonth(month);
  return rosterMember(
    membership,
    household?.name ?? membership.householdId,
    sums,
    openLoans(
      loans.filter((loan) => loan.organisationId === organisationId),
      new Map(payments.map((record) => [record.loanId, record])),
      start,
      end,
    ),
    checkOrganisationRules(organisation.rules),
    start,
    end,
    rememberedStatus,
  );
}

function checkRosterOptions(options: OrganisationRosterOptions): OrganisationRosterOptions {
  return {
    organisationId: checkOrganisationId(options?.organisationId),
    month: checkMonth(options?.month),
  };
}

async function readRoster(
  store: SajjaStore,
  { organisationId, month }: OrganisationRosterOptions,
): Promise<OrganisationRoster> {
  const db = databaseOf(store);
  const start = firstDayOfMonth(month);
  const end = lastDayOfMonth(month);
  const read = await db.transaction(
    'r',
    [db.organisations, db.memberships, db.households, db.memberTotals, db.loanPayments],
    async () => {
      // The households are asked for as soon as the memberships are in, while the sums and
      // the loans are still being read: one wait on the database instead of two.
      const membershipsRead = db.memberships
        .where('organisationId')
        .equals(organisationId)
        .toArray();
      const householdCount = db.households.count();
      const [organisation, memberships, households, before, through, payments] = await Promise.all([
        db.organisations.get(organisationId),
        membershipsRead,
        Promise.all([membershipsRead, householdCount]).then(([list, count]) =>
          householdsOf(db, [...new Set(list.map((membership) => membership.householdId))], count),
        ),
        memberTotalsAt(db.memberTotals, organisationId, month, { through: false }),
        memberTotalsAt(db.memberTotals, organisationId, month, { through: true }),
        openLoanPayments(db, organisationId, start),
      ]);
      return {
        organisation,
        memberships,
        loans: payments.map((record) => record.loan),
        before: parseMemberTotals(before),
        through: through === before ? undefined : parseMemberTotals(through),
        payments,
        households,
      };
    },
  );
  if (read.organisation === undefined) throw unknownOrganisation(organisationId);
  assertMonthInOrganisation(month, read.memberships);
  const rules = checkOrganisationRules(read.organisation.rules);
  const names = new Map<string, string>();
  for (const household of read.households) if (household) names.set(household.id, household.name);
  const paymentsOf = new Map(read.payments.map((record) => [record.loanId, record]));
  const loansByMembership = groupBy(read.loans, (loan) => loan.membershipId);
  const members = read.memberships
    .filter((membership) => isActive(membership, start, end))
    .map((membership) =>
      rosterMember(
        membership,
        names.get(membership.householdId) ?? membership.householdId,
        figuresOfTotals(
          read.before.get(membership.id),
          (read.through ?? read.before).get(membership.id),
        ),
        openLoans(loansByMembership.get(membership.id) ?? [], paymentsOf, start, end),
        rules,
        start,
        end,
        rememberedStatus,
      ),
    )
    .sort(byMemberNumberThenName);
  return { organisationId, month, members, totals: totalsOf(members) };
}

/**
 * The households of these ids. A device that holds mostly this group's households (a
 * treasurer's) reads them all in one request: asking for each by its id costs a request each,
 * several times the work of reading the whole table in one.
 */
async function householdsOf(
  db: SajjaDatabase,
  ids: readonly string[],
  stored: number,
): Promise<(HouseholdRecord | undefined)[]> {
  if (ids.length * 2 < stored) return db.households.bulkGet([...ids]);
  const wanted = new Set(ids);
  return (await db.households.toArray()).filter((household) => wanted.has(household.id));
}

/**
 * @internal The payments of the organisation's loans not settled for good before `from` (by
 * the `[organisationId+openUntil]` index): every other loan owes nothing from then on.
 */
export function openLoanPayments(
  db: SajjaDatabase,
  organisationId: string,
  from: string,
): Promise<LoanPaymentsRecord[]> {
  return db.loanPayments
    .where('[organisationId+openUntil]')
    .between([organisationId, from], [organisationId, OPEN], true, true)
    .toArray();
}

/** Joined by the month's last day, not left before its first. */
function isActive(membership: MembershipRecord, start: string, end: string): boolean {
  return (
    membership.joinedOn <= end && (membership.leftOn === undefined || membership.leftOn >= start)
  );
}

/** What the roster reads of a member's transactions: satang of each kind, counting ones. */
interface MemberFigures {
  /** Dated before the month. */
  readonly before: (kind: string) => bigint;
  /** Dated up to the month's last day. */
  readonly through: (kind: string) => bigint;
  /** Dated in the month. */
  readonly inMonth: (kind: string) => bigint;
}

function figuresOf(sums: {
  before: Map<string, bigint>;
  through: Map<string, bigint>;
  inMonth: Map<string, bigint>;
}): MemberFigures {
  return {
    before: (kind) => sums.before.get(kind) ?? 0n,
    through: (kind) => sums.through.get(kind) ?? 0n,
    inMonth: (kind) => sums.inMonth.get(kind) ?? 0n,
  };
}

/** A member's figures from their running totals before the month and through it. */
function figuresOfTotals(
  before: KindTotals | undefined,
  through: KindTotals | undefined,
): MemberFigures {
  return {
    before: (kind) => before?.get(kind) ?? 0n,
    through: (kind) => through?.get(kind) ?? 0n,
    inMonth: (kind) => (through?.get(kind) ?? 0n) - (before?.get(kind) ?? 0n),
  };
}

/** One member's figures from the records of every member's running totals. */
function memberFigures(
  before: MemberTotalsRecord | undefined,
  through: MemberTotalsRecord | undefined,
  membershipId: string,
): MemberFigures {
  return figuresOfTotals(
    parseMemberTotals(before).get(membershipId),
    parseMemberTotals(through).get(membershipId),
  );
}

/** A member's figures from their counting transactions (the naive roster's). */
function figuresOfRecords(
  own: readonly FundTransactionRecord[],
  start: string,
  end: string,
): MemberFigures {
  const before = new Map<string, bigint>();
  const through = new Map<string, bigint>();
  const inMonth = new Map<string, bigint>();
  const add = (into: Map<string, bigint>, kind: string, satang: bigint) =>
    into.set(kind, (into.get(kind) ?? 0n) + satang);
  for (const record of own) {
    if (record.date > end) continue;
    const satang = satangOf(record.amount);
    add(through, record.kind, satang);
    if (record.date < start) add(before, record.kind, satang);
    else add(inMonth, record.kind, satang);
  }
  return figuresOf({ before, through, inMonth });
}

/** A loan the roster works out, with its counting repayments by date then id. */
interface RosterLoan {
  readonly loan: LoanRecord;
  readonly payments: readonly LoanPayment[];
}

/**
 * The member's loans paid out by the month's end that can still ask for something: a loan
 * settled for good before the month (see `LoanPaymentsRecord.settledOn`) is due nothing,
 * owes nothing and has no principal left, so it is left out.
 */
function openLoans(
  loans: readonly LoanRecord[],
  records: ReadonlyMap<string, LoanPaymentsRecord>,
  start: string,
  end: string,
): RosterLoan[] {
  const open: RosterLoan[] = [];
  for (const loan of [...loans].sort(byDisbursement)) {
    if (loan.terms.disbursedOn > end) continue;
    const record = records.get(loan.id);
    if (record?.settledOn !== undefined && record.settledOn < start) continue;
    const list = storedPayments(record);
    const reversed = new Set(list.flatMap((payment) => payment.reverses ?? []));
    const payments = list
      .filter((payment) => payment.reverses === undefined && !reversed.has(payment.id))
      .map(({ id, date, amount }) => ({ id, date, amount }))
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
    open.push({ loan, payments });
  }
  return open;
}

function byDisbursement(a: LoanRecord, b: LoanRecord): number {
  return a.terms.disbursedOn < b.terms.disbursedOn
    ? -1
    : a.terms.disbursedOn > b.terms.disbursedOn
      ? 1
      : a.id < b.id
        ? -1
        : a.id > b.id
          ? 1
          : 0;
}

/**
 * @internal The roster of `month` from an organisation's records (see
 * {@link organisationRoster}); pure, for the bench's baseline too.
 */
export function rosterOf(records: OrganisationRecords, month: string): OrganisationRoster {
  const start = firstDayOfMonth(month);
  const end = lastDayOfMonth(month);
  const rules = checkOrganisationRules(records.organisation.rules);
  const byMembership = groupBy(records.counting, (record) => record.membershipId);
  const loansByMembership = groupBy(records.loans, (loan) => loan.membershipId);
  const repaymentsByLoan = groupBy(
    records.counting.filter((record) => record.loanId !== undefined),
    (record) => record.loanId!,
  );

  const members = records.memberships
    .filter((membership) => isActive(membership, start, end))
    .map((membership) =>
      rosterMember(
        membership,
        records.households.get(membership.householdId)?.name ?? membership.householdId,
        figuresOfRecords(byMembership.get(membership.id) ?? [], start, end),
        (loansByMembership.get(membership.id) ?? [])
          .filter((loan) => loan.terms.disbursedOn <= end)
          .map((loan) => ({
            loan,
            payments: paymentsOf(repaymentsByLoan.get(loan.id) ?? []),
          })),
        rules,
        start,
        end,
      ),
    )
    .sort(byMemberNumberThenName);

  return { organisationId: records.organisation.id, month, members, totals: totalsOf(members) };
}

function rosterMember(
  membership: MembershipRecord,
  householdName: string,
  figures: MemberFigures,
  loans: readonly RosterLoan[],
  { parts, problems: rulesProblems }: { parts: CheckedOrganisationRules; problems: SajjaProblem[] },
  start: string,
  end: string,
  statusOf: LoanStatusOf = (loan, payments, asOf) => loanStatus(loanOf(loan), payments, asOf),
): RosterMember {
  const problems = [...rulesProblems];
  // Pledges and contributions stop with the leaving day; loans are owed until repaid.
  const activeEnd =
    membership.leftOn !== undefined && membership.leftOn < end ? membership.leftOn : end;

  // What falls due by the month's end does not depend on what was paid: worked out once, then
  // set against the payments before the month (due) and up to its end (standing).
  const once = dueCacheOf(parts);
  const pledgeDue = parts.pledge
    ? attempt(problems, 'pledgeAmount', () =>
        once(
          `pledge\u0000${membership.joinedOn}\u0000${membership.pledgeAmount ?? ''}\u0000${activeEnd}`,
          () => pledgeAmountDue(membership, parts.pledge!, activeEnd),
        ),
      )
    : ZERO;
  const contributionDue = parts.welfare
    ? attempt(problems, 'rules.welfare', () =>
        once(
          `welfare\u0000${membership.joinedOn}\u0000${activeEnd}`,
          () =>
            contributionsDue({ joinedOn: membership.joinedOn }, parts.welfare!, activeEnd)
              .amountDue,
        ),
      )
    : ZERO;
  const owed = (due: Money, paid: bigint): Money => {
    const rest = satangOf(due) - paid;
    return rest > 0n ? moneyOfSatang(rest) : ZERO;
  };

  const loanDues: RosterLoanDue[] = [];
  let loanPrincipal = ZERO;
  let loanArrearsAtEnd = ZERO;
  for (const { loan, payments } of loans) {
    attempt(problems, `loans.${loan.id}`, () => {
      const paidBefore = payments.filter((payment) => payment.date < start);
      const paidThrough = payments.filter((payment) => payment.date <= end);
      const dueBefore = statusOf(loan, paidBefore, end);
      let installment = ZERO;
      let arrears = ZERO;
      for (const each of dueBefore.installments) {
        if (each.dueDate < start) arrears = arrears.plus(each.owed.total);
        else if (each.dueDate <= end) {
          // Paid on time in the month, it carries no penalty: none is asked for it.
          installment = installment.plus(each.owed.principal).plus(each.owed.interest);
        }
      }
      if (installment.isPositive() || arrears.isPositive()) {
        loanDues.push({
          loanId: loan.id,
          installment: installment.toString(),
          arrears: arrears.toString(),
        });
      }
      // Without a repayment in the month the two statuses are one: most loans of a long history.
      const atEnd =
        paidThrough.length === paidBefore.length ? dueBefore : statusOf(loan, paidThrough, end);
      loanPrincipal = loanPrincipal.plus(atEnd.outstandingPrincipal);
      loanArrearsAtEnd = loanArrearsAtEnd.plus(atEnd.due.total);
      return ZERO;
    });
  }

  const pledge = owed(pledgeDue, figures.before('deposit'));
  const contribution = owed(contributionDue, figures.before('contribution'));
  let dueTotal = pledge.plus(contribution);
  for (const each of loanDues) dueTotal = dueTotal.plus(each.installment).plus(each.arrears);

  const deposit = moneyOfSatang(figures.inMonth('deposit'));
  const share = moneyOfSatang(figures.inMonth('share'));
  const repayment = moneyOfSatang(figures.inMonth('repayment'));
  const contributed = moneyOfSatang(figures.inMonth('contribution'));

  const arrearsAtEnd = owed(pledgeDue, figures.through('deposit'))
    .plus(owed(contributionDue, figures.through('contribution')))
    .plus(loanArrearsAtEnd);

  return {
    membershipId: membership.id,
    householdId: membership.householdId,
    householdName,
    ...(membership.memberNumber === undefined ? {} : { memberNumber: membership.memberNumber }),
    joinedOn: membership.joinedOn,
    ...(membership.leftOn === undefined ? {} : { leftOn: membership.leftOn }),
    due: {
      pledge: pledge.toString(),
      loans: loanDues,
      contribution: contribution.toString(),
      total: dueTotal.toString(),
    },
    paid: {
      deposit: deposit.toString(),
      share: share.toString(),
      repayment: repayment.toString(),
      contribution: contributed.toString(),
      total: deposit.plus(share).plus(repayment).plus(contributed).toString(),
    },
    standing: {
      savings: moneyOfSatang(figures.through('deposit') - figures.through('withdrawal')).toString(),
      shares: moneyOfSatang(figures.through('share')).toString(),
      loanPrincipal: loanPrincipal.toString(),
      arrears: arrearsAtEnd.toString(),
    },
    // One problem per path: the same failure is met with and without the month's payments.
    problems: uniqueProblems(problems),
  };
}

/**
 * What falls due for the same joining day, pledge and day is the same for every member: each
 * roster works it out once (the core's functions are pure; a refusal is kept and raised
 * again), by the rules it was checked with.
 */
const dueCaches = new WeakMap<
  CheckedOrganisationRules,
  Map<string, { value: Money } | { error: unknown }>
>();

function dueCacheOf(parts: CheckedOrganisationRules) {
  let cache = dueCaches.get(parts);
  if (!cache) dueCaches.set(parts, (cache = new Map()));
  return (key: string, work: () => Money): Money => {
    let known = cache.get(key);
    if (!known) {
      try {
        known = { value: work() };
      } catch (error) {
        known = { error };
      }
      cache.set(key, known);
    }
    if ('error' in known) throw known.error;
    return known.value;
  };
}

/**
 * @internal What the pledge asks by `asOf`: `pledgeStatus(...).amountDue` (months due × the amount).
 * Its `arrears` after some deposits is `max(0, amountDue − deposits)`, so one status serves
 * the deposits before the month and up to its end. Every month before `asOf`'s is due (its
 * due day is before `asOf`), so the status of `asOf`'s month alone says the rest: whether
 * that month is due too, and the amount (the core's status over every month takes time in
 * proportion to them: half a millisecond for ten years).
 */
export function pledgeAmountDue(
  membership: Pick<MembershipRecord, 'joinedOn' | 'pledgeAmount'>,
  rules: PledgeRules,
  asOf: string,
): Money {
  const pledge = {
    rules,
    startMonth: pledgeStartMonth(membership.joinedOn, rules.dueDay),
    ...(membership.pledgeAmount === undefined ? {} : { amount: membership.pledgeAmount }),
  };
  const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7));
  const listed = monthIndex(asOf.slice(0, 7)) - monthIndex(pledge.startMonth) + 1;
  // One month or none, or more than the core lists (its refusal): the core's own status.
  if (listed <= 1 || listed > 1200) return pledgeStatus(pledge, [], asOf).amountDue;
  const current = pledgeStatus({ ...pledge, startMonth: asOf.slice(0, 7) }, [], asOf);
  return moneyOfSatang(satangOf(current.amount) * BigInt(listed - 1 + current.monthsDue));
}

/** `loanStatus` of a stored loan with these payments on `asOf`. */
type LoanStatusOf = (
  loan: LoanRecord,
  payments: readonly LoanPayment[],
  asOf: string,
) => ReturnType<typeof loanStatus>;

/** The statuses worked out lately, by everything they are worked out from. */
const statuses = new Map<string, { value: ReturnType<typeof loanStatus> } | { error: unknown }>();
const MAX_STATUSES = 20_000;

/**
 * `loanStatus`, remembered by its inputs (the loan's terms and rules, the payments, the day):
 * a roster shown again, after a save or another tab's write, works out only the loans whose
 * payments changed. The core's function is pure; a refusal is remembered and raised again.
 */
const rememberedStatus: LoanStatusOf = (loan, payments, asOf) => {
  const core = loanOf(loan);
  let key = `${JSON.stringify(core)}\u0000${asOf}`;
  for (const payment of payments)
    key += `\u0000${payment.id}\u0001${payment.date}\u0001${payment.amount}`;
  let known = statuses.get(key);
  if (!known) {
    try {
      known = { value: loanStatus(core, payments, asOf) };
    } catch (error) {
      known = { error };
    }
    if (statuses.size >= MAX_STATUSES) statuses.clear();
    statuses.set(key, known);
  }
  if ('error' in known) throw known.error;
  return known.value;
};

function loanOf(loan: LoanRecord) {
  return { id: loan.id, terms: loan.terms, ...(loan.rules ? { rules: loan.rules } : {}) };
}

function paymentsOf(records: readonly FundTransactionRecord[]): LoanPayment[] {
  return records.map((record) => ({ id: record.id, date: record.date, amount: record.amount }));
}

/**
 * Runs `work`; a `SajjaError` of the core (bad stored rules, a pledge the rules refuse)
 * becomes a problem at `path` and the figure counts as 0.
 */
function attempt(problems: SajjaProblem[], path: string, work: () => Money): Money {
  try {
    return work();
  } catch (error) {
    if (!isSajjaError(error)) throw error;
    problems.push({ path, reason: error.reason as SajjaProblemReason, details: error.details });
    return ZERO;
  }
}

function uniqueProblems(problems: readonly SajjaProblem[]): SajjaProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.path}\u0000${problem.reason}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const NAMES = new Intl.Collator('th', { numeric: true });

function byMemberNumberThenName(a: RosterMember, b: RosterMember): number {
  if (a.memberNumber !== b.memberNumber) {
    if (a.memberNumber === undefined) return 1;
    if (b.memberNumber === undefined) return -1;
    const byNumber = NAMES.compare(a.memberNumber, b.memberNumber);
    if (byNumber !== 0) return byNumber;
  }
  return (
    NAMES.compare(a.householdName, b.householdName) ||
    (a.membershipId < b.membershipId ? -1 : a.membershipId > b.membershipId ? 1 : 0)
  );
}

/** The sums of the rows. */
function totalsOf(members: readonly RosterMember[]): RosterTotals {
  // In whole satang: the rows' amounts are two-decimal text, and a meeting's totals are summed
  // again after every saved row (rosterTotals), a few thousand additions.
  const sum = (pick: (member: RosterMember) => readonly string[]): string => {
    let total = 0n;
    for (const member of members) for (const amount of pick(member)) total += satangOf(amount);
    return satangText(total);
  };
  return {
    members: members.length,
    due: {
      pledge: sum((m) => [m.due.pledge]),
      installments: sum((m) => m.due.loans.map((loan) => loan.installment)),
      arrears: sum((m) => m.due.loans.map((loan) => loan.arrears)),
      contribution: sum((m) => [m.due.contribution]),
      total: sum((m) => [m.due.total]),
    },
    paid: {
      deposit: sum((m) => [m.paid.deposit]),
      share: sum((m) => [m.paid.share]),
      repayment: sum((m) => [m.paid.repayment]),
      contribution: sum((m) => [m.paid.contribution]),
      total: sum((m) => [m.paid.total]),
    },
    standing: {
      savings: sum((m) => [m.standing.savings]),
      shares: sum((m) => [m.standing.shares]),
      loanPrincipal: sum((m) => [m.standing.loanPrincipal]),
      arrears: sum((m) => [m.standing.arrears]),
    },
  };
}
