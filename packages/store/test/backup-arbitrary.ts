import { LEDGER_CATEGORIES } from '@sajja/core/ledger';
import { LOAN_METHODS, SAJJA_GROUP_LOAN_RULES } from '@sajja/core/loans';
import fc from 'fast-check';
import {
  BACKUP_FORMAT,
  CHANGE_ACTIONS,
  CHANGE_TABLES,
  FUND_TRANSACTION_KINDS,
  ORGANISATION_KINDS,
  type FundTransactionRecord,
  type LedgerRecord,
  type LoanRecord,
  type MembershipRecord,
  type SajjaBackup,
} from '../src/index.js';
import { CURRENT_SCHEMA_VERSION } from '../src/database.js';

const id = fc.stringMatching(/^[0-9a-f]{12}$/);
const isoDate = fc
  .date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2030-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString().slice(0, 10));
const timestamp = fc
  .date({
    min: new Date('2020-01-01T00:00:00Z'),
    max: new Date('2030-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString());
const amount = fc.bigInt({ min: 1n, max: 10n ** 12n }).map((satang) => {
  const digits = satang.toString().padStart(3, '0');
  return `${digits.slice(0, -2)}.${digits.slice(-2)}`;
});
/** Text as people write it: any Unicode, quotes, commas, newlines, leading = + - @ '. */
const text = (max: number) =>
  fc
    .string({ unit: 'grapheme', minLength: 1, maxLength: 40 })
    .map((value) => value.trim())
    .filter((value) => value !== '' && [...value].length <= max);
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
/** JSON as a rules object holds it, made exactly what JSON.parse gives back. */
const rules = fc
  .jsonValue({ maxDepth: 3 })
  .map((value) => JSON.parse(JSON.stringify(value)) as unknown);

const byId = <T extends { id: string }>(records: T[]): T[] =>
  records.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

const withoutUndefined = <T extends object>(record: T): T =>
  Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;

/**
 * A consistent backup (every reference resolves, corrections one-to-one with live entries),
 * records in the normal form the store writes, each table sorted by id as an export lists it.
 */
export function backupArbitrary(): fc.Arbitrary<SajjaBackup> {
  return fc
    .record({
      households: fc.uniqueArray(fc.record({ id, name: text(200), createdAt: timestamp }), {
        minLength: 1,
        maxLength: 3,
        selector: (household) => household.id,
      }),
      organisations: fc.uniqueArray(
        fc.record(
          { id, name: text(200), kind: fc.constantFrom(...ORGANISATION_KINDS), rules },
          { requiredKeys: ['id', 'name', 'kind'] },
        ),
        { minLength: 1, maxLength: 3, selector: (organisation) => organisation.id },
      ),
      memberships: fc.array(
        fc.record({
          id,
          household: fc.nat(),
          organisation: fc.nat(),
          joinedOn: isoDate,
          memberNumber: optional(text(100)),
          pledgeAmount: optional(amount),
        }),
        { maxLength: 4 },
      ),
      loans: fc.array(
        fc.record({
          id,
          membership: fc.nat(),
          principal: amount,
          percent: fc.constantFrom('0', '1', '1.5', '12'),
          per: fc.constantFrom('month' as const, 'year' as const),
          termMonths: fc.integer({ min: 1, max: 36 }),
          method: fc.constantFrom(...LOAN_METHODS),
          disbursedOn: isoDate,
          rules: optional(fc.constant(SAJJA_GROUP_LOAN_RULES)),
          note: optional(text(500)),
          recordedAt: timestamp,
        }),
        { maxLength: 3 },
      ),
      ledger: fc.array(
        fc.record({
          id,
          household: fc.nat(),
          date: isoDate,
          category: fc.constantFrom(...LEDGER_CATEGORIES),
          amount,
          note: optional(text(500)),
          organisationId: optional(id),
          recordedAt: timestamp,
          deletedAt: optional(timestamp),
          reversal: optional(
            fc.record({ id, date: isoDate, note: optional(text(500)), recordedAt: timestamp }),
          ),
        }),
        { maxLength: 25 },
      ),
      transactions: fc.array(
        fc.record({
          id,
          membership: fc.nat(),
          date: isoDate,
          kind: fc.constantFrom(...FUND_TRANSACTION_KINDS),
          amount,
          note: optional(text(500)),
          recordedAt: timestamp,
          loan: fc.nat(),
          reversal: optional(fc.record({ id, date: isoDate, recordedAt: timestamp })),
        }),
        { maxLength: 10 },
      ),
      changes: fc.array(
        fc.record({
          at: timestamp,
          table: fc.constantFrom(...CHANGE_TABLES),
          recordIds: fc.array(id, { minLength: 1, maxLength: 3 }),
          action: fc.constantFrom(...CHANGE_ACTIONS),
        }),
        { maxLength: 10 },
      ),
    })
    .map((raw) => {
      const used = new Set<string>();
      const fresh = (candidate: string): string => {
        let value = candidate;
        while (used.has(value)) value = `${value}x`;
        used.add(value);
        return value;
      };
      const households = raw.households.map((household) => ({
        ...household,
        id: fresh(household.id),
      }));
      const organisations = raw.organisations.map((organisation) =>
        withoutUndefined({ ...organisation, id: fresh(organisation.id) }),
      );
      const memberships: MembershipRecord[] = raw.memberships.map((membership) =>
        withoutUndefined({
          id: fresh(membership.id),
          householdId: households[membership.household % households.length]!.id,
          organisationId: organisations[membership.organisation % organisations.length]!.id,
          joinedOn: membership.joinedOn,
          memberNumber: membership.memberNumber,
          pledgeAmount: membership.pledgeAmount,
        }),
      );
      const loans: LoanRecord[] = [];
      if (memberships.length > 0) {
        for (const loan of raw.loans) {
          const membership = memberships[loan.membership % memberships.length]!;
          loans.push(
            withoutUndefined({
              id: fresh(loan.id),
              householdId: membership.householdId,
              membershipId: membership.id,
              organisationId: membership.organisationId,
              terms: {
                principal: loan.principal,
                rate: { percent: loan.percent, per: loan.per },
                termMonths: loan.termMonths,
                method: loan.method,
                disbursedOn: loan.disbursedOn,
              },
              rules: loan.rules,
              note: loan.note,
              recordedAt: loan.recordedAt,
            }),
          );
        }
      }
      const ledger: LedgerRecord[] = [];
      for (const entry of raw.ledger) {
        const original = withoutUndefined({
          id: fresh(entry.id),
          date: entry.date,
          kind: entry.category.kind,
          category: entry.category.code,
          amount: entry.amount,
          note: entry.note,
          organisationId: entry.organisationId,
          householdId: households[entry.household % households.length]!.id,
          recordedAt: entry.recordedAt,
          deletedAt: entry.reversal ? undefined : entry.deletedAt,
        });
        ledger.push(original);
        if (entry.reversal) {
          ledger.push(
            withoutUndefined({
              ...original,
              ...entry.reversal,
              note: entry.reversal.note,
              id: fresh(entry.reversal.id),
              reverses: original.id,
            }),
          );
        }
      }
      const transactions: FundTransactionRecord[] = [];
      if (memberships.length > 0) {
        for (const transaction of raw.transactions) {
          const membership = memberships[transaction.membership % memberships.length]!;
          // A repayment names one of its membership's loans when the loan can take it: paid
          // out by then, and any reversal dated after the repayment.
          const ownLoans = loans.filter((loan) => loan.membershipId === membership.id);
          const loan = ownLoans[transaction.loan % Math.max(1, ownLoans.length)];
          const repays =
            transaction.kind === 'repayment' &&
            loan !== undefined &&
            transaction.date >= loan.terms.disbursedOn &&
            (!transaction.reversal || transaction.reversal.date >= transaction.date);
          const original = withoutUndefined({
            id: fresh(transaction.id),
            householdId: membership.householdId,
            membershipId: membership.id,
            organisationId: membership.organisationId,
            date: transaction.date,
            kind: transaction.kind,
            amount: transaction.amount,
            note: transaction.note,
            loanId: repays ? loan.id : undefined,
            recordedAt: transaction.recordedAt,
          });
          transactions.push(original);
          if (transaction.reversal) {
            const { note: _note, ...kept } = original;
            transactions.push({
              ...kept,
              ...transaction.reversal,
              id: fresh(transaction.reversal.id),
              reverses: original.id,
            });
          }
        }
      }
      return {
        format: BACKUP_FORMAT,
        version: 1,
        exportedAt: '2024-01-01T00:00:00.000Z',
        schemaVersion: CURRENT_SCHEMA_VERSION,
        tables: {
          households: byId(households),
          organisations: byId(organisations),
          memberships: byId(memberships),
          loans: byId(loans),
          ledger: byId(ledger),
          fundTransactions: byId(transactions),
          changes: raw.changes.map((change, index) => ({ seq: index + 1, ...change })),
        },
      } satisfies SajjaBackup;
    });
}
