import { money, type Money } from '@sajja/core';
import { incomeStatement } from '@sajja/core/books';
import {
  allocateProfit,
  averageReturnWeights,
  shareOut,
  shareWeights,
  type MemberShares,
  type ShareOutWeights,
} from '@sajja/core/year-end';
import type { FundTransactionRecord } from './fund-transactions.js';
import type { SajjaStore } from './open-store.js';
import { booksOf, readRecords } from './organisation-books.js';
import {
  checkOrganisationId,
  checkYear,
  type OrganisationRecords,
} from './organisation-records.js';
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
    return guarded(async () => shareOutOf(await readRecords(store, organisationId), year));
  } catch (error) {
    return Promise.reject(error);
  }
}

/** @internal The year-end of `year` from an organisation's records. Pure. */
export function shareOutOf(records: OrganisationRecords, year: number): OrganisationShareOut {
  const from = `${String(year).padStart(4, '0')}-01-01`;
  const to = `${String(year).padStart(4, '0')}-12-31`;
  const books = booksOf(records, to);
  const profit = incomeStatement(books, { from, to }).surplus;
  const rules = (records.organisation.rules ?? {}) as { profit?: unknown };
  // Missing or wrong rules and a loss: the core's errors, unchanged.
  const allocation = allocateProfit(profit, rules.profit as Record<string, string>);

  const members = books.members.filter(
    (member) => member.joinedOn <= to && (member.leftOn === undefined || member.leftOn > from),
  );
  const ids = new Set(members.map((member) => member.id));
  const byMembership = new Map<string, FundTransactionRecord[]>();
  for (const record of records.counting) {
    if (!ids.has(record.membershipId) || record.date > to) continue;
    const list = byMembership.get(record.membershipId);
    if (list) list.push(record);
    else byMembership.set(record.membershipId, [record]);
  }
  const holdings = (kinds: Readonly<Record<string, 1 | -1>>): MemberShares[] =>
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
    });

  const interest = interestPaid(books, from, to);
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

  const numbers = new Map(records.memberships.map((m) => [m.id, m.memberNumber]));
  const zero = money('0');
  return {
    organisationId: records.organisation.id,
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
  books: ReturnType<typeof booksOf>,
  from: string,
  to: string,
): Map<string, Money> {
  const accounts = new Set(
    books.chart.filter((account) => account.role === 'loan-interest').map((a) => a.code),
  );
  const paid = new Map<string, Money>();
  for (const entry of books.entries) {
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
