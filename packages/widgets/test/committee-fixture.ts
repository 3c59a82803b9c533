import { openStore, type SajjaStore } from '@sajja/store';

// The store's small group (packages/store/test/organisation-fixture.ts), for the committee
// widgets' tests: the same records, so the figures the store's tests check by hand hold here.

/** The group's name, as its report and share-out print it. */
export const GROUP_NAME = 'กลุ่มสัจจะบ้านหนองบัว';

/** The by-laws' profit split the share-out tests use. */
export const PROFIT = { reserve: '10', dividend: '50', 'average-return': '40' } as const;

const stores: SajjaStore[] = [];

/** A store of its own, closed by {@link closeCommitteeStores}. */
export async function committeeStore(): Promise<{ name: string; store: SajjaStore }> {
  const name = `t-${crypto.randomUUID()}`;
  const store = await openStore({ name });
  stores.push(store);
  return { name, store };
}

/** Closes the stores the tests opened. */
export function closeCommitteeStores(): void {
  for (const store of stores.splice(0)) store.close();
}

/**
 * A small group, March 2025 worked out by hand in the store's tests. Rules: pledge due on the
 * 10th, welfare 30 a month, loans 1 %/month flat with a 20-baht penalty per late instalment.
 * - A (no. 2): a 1,200-baht loan from 15 January, repaid in February and March.
 * - B (no. 10): a 1,000-baht loan from 20 January, 240 repaid on 25 March (in arrears before);
 *   in March a 100 deposit, a 50 deposit reversed, 500 of shares.
 * - C left on 20 February; D left on 5 March; E joins in April.
 * `moreRules` are added to the organisation's rules (`profit`, `subFunds`).
 */
export async function smallGroup(store: SajjaStore, moreRules: Record<string, unknown> = {}) {
  const group = await store.organisations.add({
    name: GROUP_NAME,
    kind: 'pledge-group',
    rules: {
      pledge: { dueDay: 10, defaultAmount: '100', minAmount: '10', maxAmount: '500' },
      welfare: { waitingDays: 180, contribution: { perMonth: '30' }, benefits: {} },
      loans: {
        rate: { percent: '1', per: 'month' },
        method: 'flat',
        termMonths: 12,
        penalty: { kind: 'fixed-fee', fee: '20' },
      },
      ...moreRules,
    },
  });
  const member = async (
    name: string,
    joinedOn: string,
    extra: { memberNumber?: string; pledgeAmount?: string; leftOn?: string } = {},
  ) => {
    const household = await store.households.add({ name });
    return store.memberships.add({
      householdId: household.id,
      organisationId: group.id,
      joinedOn,
      ...extra,
    });
  };
  const a = await member('บ้านแก้ว', '2025-01-01', { memberNumber: '2', pledgeAmount: '200' });
  const b = await member('บ้านขวัญ', '2025-01-01', { memberNumber: '10' });
  const c = await member('บ้านคำ', '2025-01-01', { memberNumber: '3', leftOn: '2025-02-20' });
  const d = await member('บ้านดวง', '2025-01-01', { leftOn: '2025-03-05' });
  const e = await member('บ้านเอก', '2025-04-01', { memberNumber: '1' });
  const pay = (membershipId: string, date: string, kind: string, amount: string, loanId?: string) =>
    store.fundTransactions.add({
      membershipId,
      date,
      kind: kind as 'deposit',
      amount,
      ...(loanId ? { loanId } : {}),
    });
  const loanA = await store.loans.add({
    membershipId: a.id,
    terms: {
      principal: '1200',
      rate: { percent: '1', per: 'month' },
      termMonths: 12,
      method: 'flat',
      disbursedOn: '2025-01-15',
    },
  });
  const loanB = await store.loans.add({
    membershipId: b.id,
    terms: {
      principal: '1000',
      rate: { percent: '1', per: 'month' },
      termMonths: 10,
      method: 'flat',
      disbursedOn: '2025-01-20',
    },
  });
  for (const m of [a, d]) {
    await pay(m.id, '2025-01-01', 'contribution', '30');
    await pay(m.id, '2025-02-01', 'contribution', '30');
  }
  await pay(a.id, '2025-01-10', 'deposit', '200');
  await pay(a.id, '2025-02-10', 'deposit', '200');
  await pay(a.id, '2025-02-15', 'repayment', '112', loanA.id);
  await pay(a.id, '2025-03-05', 'contribution', '30');
  const marchDeposit = await pay(a.id, '2025-03-10', 'deposit', '200');
  await pay(a.id, '2025-03-15', 'repayment', '112', loanA.id);

  await pay(b.id, '2025-01-10', 'deposit', '100');
  await pay(b.id, '2025-03-10', 'deposit', '100');
  const mistake = await pay(b.id, '2025-03-11', 'deposit', '50');
  await store.fundTransactions.reverse(mistake.id, { date: '2025-03-12' });
  await pay(b.id, '2025-03-12', 'share', '500');
  await pay(b.id, '2025-03-25', 'repayment', '240', loanB.id);

  await pay(c.id, '2025-01-10', 'deposit', '100');
  await pay(d.id, '2025-01-10', 'deposit', '100');
  await pay(d.id, '2025-02-10', 'deposit', '100');
  return { group, a, b, c, d, e, loanA, loanB, mistake, marchDeposit };
}

/**
 * Puts `change(record)` in place of a record of the database `name`, straight through
 * IndexedDB, behind the store's back (as someone in the browser's developer tools would): no
 * validation, no change log, no audit link.
 */
export async function editBehindTheStoresBack(
  name: string,
  table: string,
  id: string,
  change: (record: Record<string, unknown>) => Record<string, unknown>,
): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    await new Promise<void>((resolve, reject) => {
      const transaction = db.transaction(table, 'readwrite');
      const records = transaction.objectStore(table);
      const read = records.get(id);
      read.onsuccess = () => records.put(change(read.result as Record<string, unknown>));
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error);
    });
  } finally {
    db.close();
  }
}
