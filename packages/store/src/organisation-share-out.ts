import { money, satangText, type Money } from '@sajja/core';
import {
  createBooks,
  incomeStatement,
  type Account,
  type BookMember,
  type JournalEntry,
} from '@sajja/core/books';
import {
  allocateProfit,
  averageReturnWeights,
  shareOut,
  shareWeights,
  type MemberShares,
  type ShareOutWeights,
} from '@sajja/core/year-end';
import type { FundTransactionRecord } from './fund-transactions.js';
import type { MembershipRecord } from './memberships.js';
import { databaseOf, type SajjaStore } from './open-store.js';
import { booksOf, subFundsOf } from './organisation-books-of-records.js';
import {
  checkOrganisationId,
  checkYear,
  unknownOrganisation,
  type OrganisationRecords,
} from './organisation-records.js';
import { openLoanPayments } from './organisation-roster.js';
import { memberTotalsAt, parseMemberTotals, paymentsOf } from './organisation-sums.js';
import { flowLines } from './organisation-entries.js';
import type { OrganisationRecord } from './organisations.js';
import { guarded } from './storage-errors.js';

/** What {@link organisationShareOut} takes. */
export interface OrganisationShareOutOptions {
  /** The organisation. */
  readonly organisationId: string;
  /** The fiscal year, a calendar year (`2025`: 1 January to 31 December). */
  readonly year: number;
}

/** What one member gets at the year-end. */
export interface ShareOutMember {
  /** The membership. */
  readonly membershipId: string;
  /** The household's name. */
  readonly householdName: string;
  /** The member's number, when the group numbers them. */
  readonly memberNumber?: string;
  /** From the `dividend` bucket, by shares held over the year (`'125.40'`). */
  readonly dividend: string;
  /** From the `members` bucket, by shares and savings held over the year. */
  readonly members: string;
  /** From the `average-return` bucket, by loan interest paid in the year. */
  readonly averageReturn: string;
  /** The three together. */
  readonly total: string;
}

/** The year-end of an organisation, from {@link organisationShareOut}. */
export interface OrganisationShareOut {
  /** The organisation. */
  readonly organisationId: string;
  /** The year. */
  readonly year: number;
  /** The year's net profit: the surplus of the books' income statement (`'48210.00'`). */
  readonly profit: string;
  /** The profit split by the rules' buckets (`allocateProfit`), in the rules' order. */
  readonly allocation: Readonly<Record<string, string>>;
  /**
   * Each member of the year (a member any day of it) with what they get, in the order of the
   * books' members. Buckets other than `dividend`, `members` and `average-return` (reserve,
   * welfare, committee …) stay with the group and are in `allocation` only.
   */
  readonly shareOut: readonly ShareOutMember[];
}

/** The buckets shared among members, and how. */
const MEMBER_BUCKETS = ['dividend', 'members', 'average-return'] as const;

/**
 * The year-end of an organisation (การจัดสรรกำไรสุทธิ): the year's net profit from its books
 * (the income statement's surplus for the calendar year, see `organisationBooks`), split by
 * the by-laws' `profit` buckets (`OrganisationRules.profit`) with `allocateProfit`, and the
 * buckets that go to members shared among them with `shareOut`:
 * - `dividend` by share capital held over the year (`'share'` transactions), weighted by the
 *   months remaining after each purchase (`shareWeights`, `'remaining-months'`);
 * - `members` (the Trat groups' members' share) by shares and savings together (deposits −
 *   withdrawals + shares), weighted the same way;
 * - `average-return` by the loan interest each member paid in the year, net of reversals
 *   (`averageReturnWeights`).
 * A bucket with nothing to share (0.00) gives everyone 0.00.
 *
 * The core's own errors come through unchanged: a loss is `INVALID_ARGUMENT` (`net-loss`,
 * `details.loss`), missing profit rules `RULES_INVALID` (`required`), buckets that do not add
 * up to 100 `RULES_INVALID` (`sum-not-100`, `details.sum`), a pool with no one to share it
 * `INVALID_ARGUMENT` (`all-weights-zero`).
 *
 * @throws {@link @sajja/core!"@sajja/core".SajjaError} those above; `INVALID_ARGUMENT`
 *   (`invalid-option`) for a bad organisation id or year, (`unknown-organisation`);
 *   `STORAGE_UNAVAILABLE`.
 *
 * @example
 * ```ts
 * const yearEnd = await organisationShareOut(store, { organisationId, year: 2025 });
 * yearEnd.allocation; // { reserve: '4821.00', dividend: '28926.00', 'average-return': '14463.00' }
 * yearEnd.shareOut[0]; // { membershipId, householdName, dividend: '512.20', members: '0.00', averageReturn: '90.00', total: '602.20' }
 * ```
 */
export function organisationShareOut(
  store: SajjaStore,
  options: OrganisationShareOutOptions,
): Promise<OrganisationShareOut> {
  try {
    const organisationId = checkOrganisationId(options?.organisationId);
    const year = checkYear(options.year);
    return guarded(() => readShareOut(store, organisationId, year));
  } catch (error) {
    return Promise.reject(error);
  }
}

/** What the year-end is worked out from, read either way. */
interface YearEndParts {
  readonly organisation: OrganisationRecord;
  readonly memberships: readonly MembershipRecord[];
  /** The books' members (see `organisationBooks`) through the year's end. */
  readonly members: readonly BookMember[];
  /** The income statement's surplus of the year. */
  readonly profit: Money;
  /** Each member's holdings of these kinds (sign: +1 adds, −1 takes away). */
  readonly holdings: (
    members: readonly BookMember[],
    kinds: Readonly<Record<string, 1 | -1>>,
  ) => MemberShares[];
  /** Loan interest each member paid in the year. */
  readonly interest: ReadonlyMap<string, Money>;
}

/** @internal The year-end of `year` from an organisation's records. Pure. */
export function shareOutOf(records: OrganisationRecords, year: number): OrganisationShareOut {
  const { from, to } = yearDays(year);
  const books = booksOf(records, to);
  const profit = incomeStatement(books, { from, to }).surplus;
  const byMembership = new Map<string, FundTransactionRecord[]>();
  for (const record of records.counting) {
    if (record.date > to) continue;
    const list = byMembership.get(record.membershipId);
    if (list) list.push(record);
    else byMembership.set(record.membershipId, [record]);
  }
  return yearEnd(year, {
    organisation: records.organisation,
    memberships: records.memberships,
    members: books.members,
    profit,
    holdings: (members, kinds) =>
      members.map((member) => {
        let opening = money('0');
        const contributions: { date: string; amount: string }[] = [];
        for (const record of byMembership.get(member.id) ?? []) {
          const sign = kinds[record.kind];
          if (sign === undefined) continue;
          const amount = sign === 1 ? money(record.amount) : money(record.amount).negated();
          if (record.date < from) opening = opening.plus(amount);
          else contributions.push({ date: record.date, amount: amount.toString() });
        }
        return { id: member.id, openingBalance: opening.toString(), contributions };
      }),
    interest: interestPaid(books.chart, books.entries, from, to),
  });
}

/**
 * The year-end from the derived sums (organisation-sums.ts), equal to {@link shareOutOf}'s:
 * the year's profit from the year's monthly sums of the journal (the income statement of one
 * entry holding them), holdings' opening balances from each membership's monthly sums and
 * the year's own transactions, interest from the year's loan payments as the books split
 * them.
 */
async function readShareOut(
  store: SajjaStore,
  organisationId: string,
  year: number,
): Promise<OrganisationShareOut> {
  const { from, to } = yearDays(year);
  const first = from.slice(0, 7);
  const last = to.slice(0, 7);
  const db = databaseOf(store);
  const read = await db.transaction(
    'r',
    [
      db.organisations,
      db.memberships,
      db.households,
      db.fundTransactions,
      db.memberTotals,
      db.loanPayments,
      db.organisationMonths,
    ],
    async () => {
      const [organisation, memberships, payments, months, before, totals] = await Promise.all([
        db.organisations.get(organisationId),
        db.memberships.where('organisationId').equals(organisationId).toArray(),
        // The year's interest: loans settled for good before it have no payment in it.
        openLoanPayments(db, organisationId, from),
        db.organisationMonths
          .where('[organisationId+month]')
          .between([organisationId, first], [organisationId, last], true, true)
          .toArray(),
        memberTotalsAt(db.memberTotals, organisationId, first, { through: false }),
        db.memberTotals
          .where('[organisationId+month]')
          .between([organisationId, first], [organisationId, last], true, true)
          .toArray(),
      ]);
      const opening = parseMemberTotals(before);
      const closing = totals.length > 0 ? parseMemberTotals(totals.at(-1)) : opening;
      // A member who withdrew more in the year than they held at its start: the core checks
      // their holdings never fell below 0 day by day, so it gets their transactions themselves.
      const exact = [...closing.keys()].filter((membershipId) => {
        const start = opening.get(membershipId);
        const end = closing.get(membershipId);
        const held =
          (start?.get('share') ?? 0n) +
          (start?.get('deposit') ?? 0n) -
          (start?.get('withdrawal') ?? 0n);
        return (end?.get('withdrawal') ?? 0n) - (start?.get('withdrawal') ?? 0n) > held;
      });
      const [households, ownRecords, reversals] = await Promise.all([
        db.households.bulkGet([
          ...new Set(memberships.map((membership) => membership.householdId)),
        ]),
        Promise.all(
          exact.map((membershipId) =>
            db.fundTransactions
              .where('[membershipId+date]')
              .between([membershipId, from], [membershipId, to], true, true)
              .toArray(),
          ),
        ),
        // Reversals are few: every one of them, to leave reversed pairs out.
        exact.length > 0 ? db.fundTransactions.orderBy('reverses').toArray() : [],
      ]);
      return {
        organisation,
        memberships,
        payments,
        months,
        opening,
        totals,
        households,
        exactIds: exact,
        ownRecords,
        reversals,
      };
    },
  );
  if (read.organisation === undefined) throw unknownOrganisation(organisationId);
  const names = new Map<string, string>();
  for (const household of read.households) if (household) names.set(household.id, household.name);
  const subFunds = subFundsOf(read.organisation.rules);
  const empty = createBooks({ ...(subFunds ? { subFunds } : {}) });
  const subFund = empty.subFunds[0]!.code;

  const members: BookMember[] = read.memberships
    .filter((membership) => membership.joinedOn <= to)
    .map((membership) => ({
      id: membership.id,
      name: names.get(membership.householdId) ?? membership.householdId,
      joinedOn: membership.joinedOn,
      ...(membership.leftOn !== undefined && membership.leftOn <= to
        ? { leftOn: membership.leftOn }
        : {}),
    }));

  // The year's journal in one entry: the income statement sums accounts, nothing else.
  const yearLines = flowLines(read.months, subFund);
  const lines = [...yearLines]
    .filter(([, satang]) => satang !== 0n)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, satang]) => {
      const [fund, account] = key.split('\u0000') as [string, string];
      const amount = satangText(satang < 0n ? -satang : satang);
      return { account, subFund: fund, ...(satang > 0n ? { debit: amount } : { credit: amount }) };
    });
  const books = createBooks({
    ...(subFunds ? { subFunds } : {}),
    entries: lines.length > 0 ? [{ id: '\u0000year', date: from, lines }] : [],
  });
  const profit = incomeStatement(books, { from, to }).surplus;

  // Interest: each repayment of the year as the books split it (its interest credited to
  // the member's loan interest), less the interest of the repayments reversed in it.
  const interest = new Map<string, Money>();
  for (const record of read.payments) {
    const payments = paymentsOf(record);
    const splits = new Map(payments.map((payment) => [payment.id, payment.split]));
    let paid = 0n;
    for (const payment of payments) {
      if (payment.date < from || payment.date > to) continue;
      const split = payment.reverses === undefined ? payment.split : splits.get(payment.reverses);
      if (split === undefined) continue;
      paid += payment.reverses === undefined ? BigInt(split[1]) : -BigInt(split[1]);
    }
    const member = record.membershipId;
    interest.set(member, (interest.get(member) ?? money('0')).plus(satangText(paid)));
  }

  // Holdings: the running totals before the year, and the year's monthly sums (weighted by
  // the month: 'remaining-months'), or the transactions themselves (see `exact` above).
  const reversed = new Set<string>();
  for (const record of read.reversals)
    if (record.reverses !== undefined) reversed.add(record.reverses);
  const ownOf = new Map<string, FundTransactionRecord[]>();
  read.ownRecords.forEach((records, position) => {
    ownOf.set(
      read.exactIds[position]!,
      records
        .filter((record) => record.reverses === undefined && !reversed.has(record.id))
        .filter((record) => record.organisationId === organisationId)
        .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1)),
    );
  });
  // Each member's sums of each month of the year: its running totals less the month before's.
  const monthly = new Map<string, { month: string; sums: Map<string, bigint> }[]>();
  let previous = read.opening;
  for (const record of read.totals) {
    const now = parseMemberTotals(record);
    for (const id of new Set([...previous.keys(), ...now.keys()])) {
      const sums = new Map<string, bigint>();
      const was = previous.get(id);
      const is = now.get(id);
      for (const kind of new Set([...(was?.keys() ?? []), ...(is?.keys() ?? [])])) {
        const sum = (is?.get(kind) ?? 0n) - (was?.get(kind) ?? 0n);
        if (sum !== 0n) sums.set(kind, sum);
      }
      if (sums.size === 0) continue;
      let list = monthly.get(id);
      if (!list) monthly.set(id, (list = []));
      list.push({ month: record.month, sums });
    }
    previous = now;
  }

  return yearEnd(year, {
    organisation: read.organisation,
    memberships: read.memberships,
    members,
    profit,
    holdings: (chosen, kinds) =>
      chosen.map((member) => {
        let opening = 0n;
        for (const [kind, satang] of read.opening.get(member.id) ?? []) {
          const sign = kinds[kind];
          if (sign !== undefined) opening += sign === 1 ? satang : -satang;
        }
        const contributions: { date: string; amount: string }[] = [];
        const own = ownOf.get(member.id);
        if (own) {
          for (const each of own) {
            const sign = kinds[each.kind];
            if (sign === undefined) continue;
            const amount = sign === 1 ? money(each.amount) : money(each.amount).negated();
            contributions.push({ date: each.date, amount: amount.toString() });
          }
        } else {
          for (const { month, sums } of monthly.get(member.id) ?? []) {
            let net = 0n;
            for (const [kind, satang] of sums) {
              const sign = kinds[kind];
              if (sign !== undefined) net += sign === 1 ? satang : -satang;
            }
            if (net !== 0n) contributions.push({ date: `${month}-01`, amount: satangText(net) });
          }
        }
        return { id: member.id, openingBalance: satangText(opening), contributions };
      }),
    interest,
  });
}

/** The first and last day of a calendar year, ISO. */
function yearDays(year: number): { from: string; to: string } {
  const text = String(year).padStart(4, '0');
  return { from: `${text}-01-01`, to: `${text}-12-31` };
}

/** The year-end from its parts (see {@link organisationShareOut}). */
function yearEnd(year: number, parts: YearEndParts): OrganisationShareOut {
  const { from, to } = yearDays(year);
  const { profit, interest } = parts;
  const rules = (parts.organisation.rules ?? {}) as { profit?: unknown };
  // Missing or wrong rules and a loss: the core's errors, unchanged.
  const allocation = allocateProfit(profit, rules.profit as Record<string, string>);

  const members = parts.members.filter(
    (member) => member.joinedOn <= to && (member.leftOn === undefined || member.leftOn > from),
  );
  const holdings = (kinds: Readonly<Record<string, 1 | -1>>): MemberShares[] =>
    parts.holdings(members, kinds);

  const weights: Record<(typeof MEMBER_BUCKETS)[number], () => ShareOutWeights> = {
    dividend: () =>
      shareWeights(holdings({ share: 1 }), {
        fiscalYearStart: from,
        weighting: 'remaining-months',
      }),
    members: () =>
      shareWeights(holdings({ share: 1, deposit: 1, withdrawal: -1 }), {
        fiscalYearStart: from,
        weighting: 'remaining-months',
      }),
    'average-return': () =>
      averageReturnWeights(
        members.map((member) => ({
          id: member.id,
          interestPaid: (interest.get(member.id) ?? money('0')).toString(),
        })),
      ),
  };
  const shares: Record<string, Record<string, Money>> = {};
  for (const bucket of MEMBER_BUCKETS) {
    const pool = (allocation as Record<string, Money | undefined>)[bucket];
    shares[bucket] =
      pool !== undefined && pool.isPositive() ? shareOut(pool, weights[bucket]()) : {};
  }

  const numbers = new Map(parts.memberships.map((m) => [m.id, m.memberNumber]));
  const zero = money('0');
  return {
    organisationId: parts.organisation.id,
    year,
    profit: profit.toString(),
    allocation: Object.fromEntries(
      Object.entries(allocation as Record<string, Money>).map(([code, amount]) => [
        code,
        amount.toString(),
      ]),
    ),
    shareOut: members.map((member) => {
      const dividend = shares.dividend![member.id] ?? zero;
      const ofMembers = shares.members![member.id] ?? zero;
      const averageReturn = shares['average-return']![member.id] ?? zero;
      const memberNumber = numbers.get(member.id);
      return {
        membershipId: member.id,
        householdName: member.name,
        ...(memberNumber === undefined ? {} : { memberNumber }),
        dividend: dividend.toString(),
        members: ofMembers.toString(),
        averageReturn: averageReturn.toString(),
        total: dividend.plus(ofMembers).plus(averageReturn).toString(),
      };
    }),
  };
}

/**
 * Loan interest each member paid from `from` to `to`: credits less debits (reversals) to the
 * chart's `'loan-interest'` accounts on lines naming the member.
 */
function interestPaid(
  chart: readonly Account[],
  entries: readonly JournalEntry[],
  from: string,
  to: string,
): Map<string, Money> {
  const accounts = new Set(
    chart.filter((account) => account.role === 'loan-interest').map((a) => a.code),
  );
  const paid = new Map<string, Money>();
  for (const entry of entries) {
    if (entry.date < from || entry.date > to) continue;
    for (const line of entry.lines) {
      if (!accounts.has(line.account) || line.memberId === undefined) continue;
      const before = paid.get(line.memberId) ?? money('0');
      paid.set(
        line.memberId,
        line.credit !== undefined ? before.plus(line.credit) : before.minus(line.debit ?? '0'),
      );
    }
  }
  return paid;
}
