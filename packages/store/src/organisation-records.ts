import { daysInMonth, raisedWith, type Sentences } from '@sajja/core';
import type { SajjaDatabase } from './database.js';
import type { FundTransactionRecord } from './fund-transactions.js';
import type { HouseholdRecord } from './households.js';
import type { LoanRecord } from './loans.js';
import type { MembershipRecord } from './memberships.js';
import type { OrganisationRecord } from './organisations.js';
import { withoutReversedPairs } from './reversals.js';
import { storeError } from './store-sentences.js';

/**
 * @internal What the organisation-level views (roster, books, monthly report, share-out) read
 * of one organisation, in one transaction: its record, memberships, their households, its
 * loans and its fund transactions, each read once through its `organisationId` index.
 */
export interface OrganisationRecords {
  readonly organisation: OrganisationRecord;
  readonly memberships: readonly MembershipRecord[];
  /** The member households, by id. */
  readonly households: ReadonlyMap<string, HouseholdRecord>;
  /** The organisation's loans, by `disbursedOn`, then id. */
  readonly loans: readonly LoanRecord[];
  /** Every fund transaction, reversed pairs included, by date then id. */
  readonly transactions: readonly FundTransactionRecord[];
  /** The transactions that still count (reversed pairs left out), by date then id. */
  readonly counting: readonly FundTransactionRecord[];
}

/** Sentences of the refusals only these views raise with a shared reason. */
const SENTENCES: Readonly<Record<string, Sentences>> = {
  'unknown-organisation': {
    th: 'ไม่พบกลุ่มหรือกองทุนที่ระบุในเครื่องนี้',
    en: 'The group or fund was not found on this device.',
  },
  'not-a-month': {
    th: 'กรุณาระบุเดือนเป็น ปี-เดือน เช่น 2024-01',
    en: 'Please give a month as year-month, for example 2024-01.',
  },
  'no-such-month': {
    th: 'ไม่มีเดือนนี้ (เดือนต้องเป็น 01 ถึง 12)',
    en: 'There is no such month (months are 01 to 12).',
  },
};

/** A year's own sentences for the shared `invalid-option` reason. */
const YEAR_SENTENCES: Readonly<Record<string, Sentences>> = {
  'invalid-option': {
    th: 'กรุณาระบุปีเป็นตัวเลข ค.ศ. เช่น 2024',
    en: 'Please give a year as a number, for example 2024.',
  },
};

/**
 * @internal `organisationId` when it is a non-empty string, else `INVALID_ARGUMENT`
 * (`invalid-option`).
 */
export function checkOrganisationId(organisationId: unknown): string {
  if (typeof organisationId !== 'string' || organisationId === '') {
    throw storeError('invalid-option', 'organisationId must be a non-empty string.', {
      input: organisationId,
      details: { option: 'organisationId' },
    });
  }
  return organisationId;
}

const MONTH = /^(\d{4})-(\d{2})$/;

/**
 * @internal `month` when it is `'YYYY-MM'` (years 0001–9999, months 01–12), else
 * `INVALID_DATE` (`not-a-month`, `no-such-month`) with Thai and English sentences.
 */
export function checkMonth(month: unknown): string {
  const match = typeof month === 'string' ? MONTH.exec(month) : null;
  if (!match || Number(match[1]) < 1) {
    throw raisedWith(
      SENTENCES,
      'INVALID_DATE',
      'not-a-month',
      `Not a month YYYY-MM: ${String(month)}`,
      {
        input: month,
      },
    );
  }
  const number = Number(match[2]);
  if (number < 1 || number > 12) {
    throw raisedWith(SENTENCES, 'INVALID_DATE', 'no-such-month', `No such month: ${month}`, {
      input: month,
    });
  }
  return month as string;
}

/**
 * @internal `year` when it is a whole number 1–9999, else `INVALID_ARGUMENT`
 * (`invalid-option`, `details.option: 'year'`) with Thai and English sentences.
 */
export function checkYear(year: unknown): number {
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 1 || year > 9999) {
    throw raisedWith(
      YEAR_SENTENCES,
      'INVALID_ARGUMENT',
      'invalid-option',
      `Not a year: ${String(year)}`,
      {
        input: year,
        details: { option: 'year' },
      },
    );
  }
  return year;
}

/** @internal The first day of a valid month, ISO. */
export function firstDayOfMonth(month: string): string {
  return `${month}-01`;
}

/** @internal The last day of a valid month, ISO. */
export function lastDayOfMonth(month: string): string {
  const days = daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)));
  return `${month}-${String(days).padStart(2, '0')}`;
}

/**
 * @internal Everything of one organisation, read within the caller's transaction; throws
 * `INVALID_ARGUMENT` (`unknown-organisation`) when there is no such organisation.
 */
export async function readOrganisationRecords(
  db: SajjaDatabase,
  organisationId: string,
): Promise<OrganisationRecords> {
  const organisation = await db.organisations.get(organisationId);
  if (organisation === undefined) throw unknownOrganisation(organisationId);
  const [memberships, loans, transactions] = await Promise.all([
    db.memberships.where('organisationId').equals(organisationId).toArray(),
    db.loans.where('organisationId').equals(organisationId).toArray(),
    db.fundTransactions.where('organisationId').equals(organisationId).toArray(),
  ]);
  const householdIds = [...new Set(memberships.map((membership) => membership.householdId))];
  const households = (await db.households.bulkGet(householdIds)).filter(
    (household): household is HouseholdRecord => household !== undefined,
  );
  return organisationRecordsOf({ organisation, memberships, households, loans, transactions });
}

/**
 * @internal What {@link readOrganisationRecords} makes of one organisation's records read
 * (or held in memory): loans and transactions put in order, the pairs a reversal cancels set
 * apart. Pure.
 */
export function organisationRecordsOf(read: {
  readonly organisation: OrganisationRecord;
  readonly memberships: readonly MembershipRecord[];
  readonly households: readonly HouseholdRecord[];
  readonly loans: readonly LoanRecord[];
  readonly transactions: readonly FundTransactionRecord[];
}): OrganisationRecords {
  const households = new Map<string, HouseholdRecord>();
  for (const household of read.households) households.set(household.id, household);
  const loans = [...read.loans].sort(
    (a, b) => byText(a.terms.disbursedOn, b.terms.disbursedOn) || byText(a.id, b.id),
  );
  const transactions = [...read.transactions].sort(
    (a, b) => byText(a.date, b.date) || byText(a.id, b.id),
  );
  const reversed = new Set<string>();
  for (const record of transactions)
    if (record.reverses !== undefined) reversed.add(record.reverses);
  return {
    organisation: read.organisation,
    memberships: read.memberships,
    households,
    loans,
    transactions,
    counting: withoutReversedPairs(transactions, reversed),
  };
}

/**
 * @internal `INVALID_ARGUMENT` (`unknown-organisation`): the store holds no organisation with
 * this id; Thai and English sentences.
 */
export function unknownOrganisation(organisationId: string): Error {
  return raisedWith(
    SENTENCES,
    'INVALID_ARGUMENT',
    'unknown-organisation',
    `No organisation with id ${organisationId}`,
    { input: organisationId, details: { id: organisationId } },
  );
}

/** Orders ISO dates and ids as text (both compare in order as text). */
function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * @internal The month of the organisation's first membership (`'YYYY-MM'`), or `undefined`
 * when it has none.
 */
export function firstMembershipMonth(memberships: readonly MembershipRecord[]): string | undefined {
  let first: string | undefined;
  for (const membership of memberships) {
    if (first === undefined || membership.joinedOn < first) first = membership.joinedOn;
  }
  return first?.slice(0, 7);
}

/**
 * @internal Refuses a month before the organisation's first membership: `INVALID_ARGUMENT`
 * (`month-before-organisation`, `details: { month, firstMonth }`).
 */
export function assertMonthInOrganisation(
  month: string,
  memberships: readonly MembershipRecord[],
): void {
  const firstMonth = firstMembershipMonth(memberships);
  if (firstMonth !== undefined && month < firstMonth) {
    throw storeError(
      'month-before-organisation',
      `The month ${month} is before the organisation's first membership (${firstMonth}).`,
      { input: month, details: { month, firstMonth } },
    );
  }
}
