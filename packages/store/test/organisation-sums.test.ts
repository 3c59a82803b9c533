import { isSajjaError } from '@sajja/core';
import { monthlyReport } from '@sajja/core/books';
import { expect } from 'chai';
import fc from 'fast-check';
import {
  organisationMonthlyReport,
  organisationRoster,
  organisationRosterMember,
  organisationShareOut,
  type SajjaStore,
  verifyOrganisationAudit,
} from '../src/index.js';
import { databaseOf } from '../src/open-store.js';
import { booksOf } from '../src/organisation-books-of-records.js';
import { readRecords } from '../src/organisation-books.js';
import { lastDayOfMonth } from '../src/organisation-records.js';
import { pledgeAmountDue, rosterOf } from '../src/organisation-roster.js';
import { pledgeStartMonth, pledgeStatus } from '@sajja/core/savings';
import { shareOutOf } from '../src/organisation-share-out.js';
import { buildOrganisationSums } from '../src/organisation-sums.js';
import { FreshStores } from './helpers.js';
import { smallGroup } from './organisation-fixture.js';

const MONTHS = ['2025-01', '2025-02', '2025-03', '2025-04', '2025-06', '2025-09', '2026-02'];
const PROFIT = { reserve: '10', dividend: '50', 'average-return': '30', welfare: '10' };

/** JSON, as a screen or a file would get it: Money as text. */
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/** What `work` gives, or the reason it is refused with. */
async function outcome(work: () => unknown): Promise<unknown> {
  try {
    return plain(await work());
  } catch (error) {
    if (isSajjaError(error)) return { refused: error.reason, details: plain(error.details) };
    throw error;
  }
}

/** Every view, from the sums, beside the naive one from every record. */
async function expectViewsAsNaive(store: SajjaStore, organisationId: string): Promise<void> {
  const records = await readRecords(store, organisationId);
  for (const month of MONTHS) {
    const roster = await organisationRoster(store, { organisationId, month });
    expect(plain(roster), `roster of ${month}`).to.deep.equal(plain(rosterOf(records, month)));
    for (const row of roster.members) {
      const member = await organisationRosterMember(store, {
        organisationId,
        month,
        membershipId: row.membershipId,
      });
      expect(plain(member), `row of ${row.membershipId} in ${month}`).to.deep.equal(plain(row));
    }
    expect(
      await outcome(() => organisationMonthlyReport(store, { organisationId, month })),
      `report of ${month}`,
    ).to.deep.equal(
      await outcome(() => monthlyReport(booksOf(records, lastDayOfMonth(month)), month)),
    );
  }
  for (const year of [2024, 2025, 2026]) {
    expect(
      await outcome(() => organisationShareOut(store, { organisationId, year })),
      `share-out of ${year}`,
    ).to.deep.equal(await outcome(() => shareOutOf(records, year)));
  }
}

/** The derived tables as they are, and as built again from the records alone. */
async function expectSumsAsRebuilt(store: SajjaStore): Promise<void> {
  const db = databaseOf(store);
  const tables = [db.memberTotals, db.loanPayments, db.organisationMonths];
  const kept = await Promise.all(tables.map((table) => table.toArray()));
  const rebuilt = await db.transaction(
    'rw',
    [db.fundTransactions, db.loans, ...tables],
    async () => {
      for (const table of tables) await table.clear();
      await buildOrganisationSums(db);
      return Promise.all(tables.map((table) => table.toArray()));
    },
  );
  expect(kept).to.deep.equal(rebuilt);
}

const write = fc.record({
  member: fc.nat({ max: 3 }),
  month: fc.constantFrom(...MONTHS),
  day: fc.integer({ min: 1, max: 28 }),
  kind: fc.constantFrom(
    'deposit',
    'share',
    'contribution',
    'withdrawal',
    'repayment',
    'loan',
    'benefit',
  ),
  /** For a repayment: of a stored loan (0, 1; 2 with sub-funds) or none. */
  loan: fc.nat({ max: 3 }),
  /** With sub-funds: the livestock fund's (a repayment of a loan: the loan's). */
  livestock: fc.boolean(),
  // Up to 1,500 baht: enough to pay a loan off at once (it is then settled for good).
  satang: fc.integer({ min: 1, max: 150_000 }),
  method: fc.constantFrom(undefined, 'cash', 'promptpay'),
  /** Reversed on this month and day (before the record, for some), or not. */
  reversal: fc.option(
    fc.record({ month: fc.constantFrom(...MONTHS), day: fc.integer({ min: 1, max: 28 }) }),
    { nil: undefined },
  ),
});

describe('the organisation views from their derived sums', () => {
  const stores = new FreshStores();
  afterEach(() => stores.cleanUp());

  it('equal the views of every record, and the sums equal sums built again, after any writes and reversals', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(write, { maxLength: 14 }),
        fc.boolean(),
        fc.boolean(),
        async (writes, funds, batched) => {
          const store = await stores.open();
          const { group, a, b, c, d, loanA, loanB } = await smallGroup(store, {
            profit: PROFIT,
            ...(funds ? { subFunds: ['general', 'livestock'] } : {}),
          });
          const members = [a, b, c, d];
          // With sub-funds, a loan of the livestock fund too (to member A).
          const loans = [loanA, loanB];
          if (funds) {
            loans.push(
              await store.loans.add({
                membershipId: a.id,
                subFund: 'livestock',
                terms: {
                  principal: '3000',
                  rate: { percent: '1', per: 'month' },
                  termMonths: 6,
                  method: 'flat',
                  disbursedOn: '2025-02-05',
                },
              }),
            );
          }
          const transactionOf = (each: (typeof writes)[number]) => {
            const loan = each.kind === 'repayment' ? loans[each.loan] : undefined;
            return {
              membershipId: loan ? loan.membershipId : members[each.member]!.id,
              date: `${each.month}-${String(each.day).padStart(2, '0')}`,
              kind: each.kind as 'deposit',
              amount: `${Math.trunc(each.satang / 100)}.${String(each.satang % 100).padStart(2, '0')}`,
              ...(loan ? { loanId: loan.id } : {}),
              ...(each.method === undefined ? {} : { method: each.method as 'cash' }),
              ...(funds && each.livestock && !loan ? { subFund: 'livestock' } : {}),
            };
          };
          const reverse = async (
            record: { id: string } | undefined,
            each: (typeof writes)[number],
          ) => {
            if (!record || !each.reversal) return;
            const date = `${each.reversal.month}-${String(each.reversal.day).padStart(2, '0')}`;
            await store.fundTransactions.reverse(record.id, { date }).catch(() => undefined);
          };
          // One at a time, or in rows of up to three written together (addAll, as the meeting
          // saves a row); a refused record or row writes nothing (a repayment before its loan,
          // a member who left …).
          const size = batched ? 3 : 1;
          for (let start = 0; start < writes.length; start += size) {
            const row = writes.slice(start, start + size);
            const written = batched
              ? await store.fundTransactions.addAll(row.map(transactionOf)).catch(() => [])
              : [await store.fundTransactions.add(transactionOf(row[0]!)).catch(() => undefined)];
            for (const [index, each] of row.entries()) await reverse(written[index], each);
          }
          await expectViewsAsNaive(store, group.id);
          await expectSumsAsRebuilt(store);
          // Written one at a time or together, every record is chained, in order.
          const audit = await verifyOrganisationAudit(store, { organisationId: group.id });
          expect(audit.ok, JSON.stringify(audit)).to.equal(true);
          await stores.cleanUp();
        },
      ),
      { numRuns: 12 },
    );
  });

  it('leave out a loan settled for good, and take it back when the payment that settled it is reversed', async () => {
    const store = await stores.open();
    const { group, a, loanA } = await smallGroup(store, { profit: PROFIT });
    const payments = databaseOf(store).loanPayments;
    const payoff = await store.fundTransactions.add({
      membershipId: a.id,
      date: '2025-04-20',
      kind: 'repayment',
      amount: '1500',
      loanId: loanA.id,
    });
    // Paid off early: settled on the last due day of the plan the prepayment rebuilt.
    expect((await payments.get(loanA.id))?.settledOn).to.equal('2025-05-15');
    await expectViewsAsNaive(store, group.id);
    const roster = await organisationRoster(store, { organisationId: group.id, month: '2026-02' });
    const row = roster.members.find((member) => member.membershipId === a.id)!;
    expect(row.standing.loanPrincipal).to.equal('0.00');
    await store.fundTransactions.reverse(payoff.id, { date: '2025-04-21' });
    expect((await payments.get(loanA.id))?.settledOn).to.equal(undefined);
    await expectViewsAsNaive(store, group.id);
    await expectSumsAsRebuilt(store);
  });

  it('are kept in step by a backup import: the imported store gives the same views', async () => {
    const source = await stores.open();
    const { group } = await smallGroup(source, { profit: PROFIT });
    const backup = await source.exportBackup();
    const target = await stores.open();
    const report = await target.importBackup(backup);
    expect(report.problems).to.deep.equal([]);
    await expectViewsAsNaive(target, group.id);
    await expectSumsAsRebuilt(target);
    for (const month of MONTHS) {
      expect(
        plain(await organisationMonthlyReport(target, { organisationId: group.id, month })),
      ).to.deep.equal(
        plain(await organisationMonthlyReport(source, { organisationId: group.id, month })),
      );
    }
  });
});

describe("the roster's pledge due", () => {
  it("is the core's pledgeStatus amountDue over every month, or its refusal", () => {
    const date = (min: number, max: number) =>
      fc
        .date({
          min: new Date(Date.UTC(min, 0, 1)),
          max: new Date(Date.UTC(max, 11, 31)),
          noInvalidDate: true,
        })
        .map((day) => day.toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        date(1990, 2030),
        date(1985, 2035),
        fc.integer({ min: 1, max: 31 }),
        fc.option(fc.constantFrom('50', '100', '250.50', '2000'), { nil: undefined }),
        (joinedOn, asOf, dueDay, pledgeAmount) => {
          const rules = { dueDay, defaultAmount: '100', minAmount: '50', maxAmount: '1000' };
          const membership = { joinedOn, ...(pledgeAmount === undefined ? {} : { pledgeAmount }) };
          const full = () =>
            pledgeStatus(
              {
                rules,
                startMonth: pledgeStartMonth(joinedOn, dueDay),
                ...(pledgeAmount === undefined ? {} : { amount: pledgeAmount }),
              },
              [],
              asOf,
            ).amountDue.toString();
          const short = () => pledgeAmountDue(membership, rules, asOf).toString();
          const settle = (work: () => string) => {
            try {
              return work();
            } catch (error) {
              return isSajjaError(error) ? `refused: ${error.reason}` : String(error);
            }
          };
          expect(settle(short)).to.equal(settle(full));
        },
      ),
      { numRuns: 300 },
    );
  });
});
