import type { SajjaStore } from '../src/index.js';

/**
 * A small group, worked out by hand for March 2025. Rules: pledge due on the 10th (default
 * 100), welfare 30 a month (periods from the joining day), loans 1 %/month flat with a fixed
 * 20-baht penalty per late instalment.
 * - A (no. 2, pledge 200): up to date before March; a 1,200-baht loan over 12 months
 *   (instalment 100 + 12 from 15 February, the first paid). Pays everything in March.
 * - B (no. 10, default pledge 100): paid January's pledge only, no contribution; a 1,000-baht
 *   loan over 10 months from 20 January (110 a month from 20 February), nothing repaid before
 *   March. In March: a 100 deposit, a 50 deposit that is reversed, 500 of shares, 240 repaid.
 * - C left on 20 February: not in March's roster. D (no number) left on 5 March: listed last,
 *   March's pledge (due on the 10th) not owed. E joins in April: not listed.
 *
 * `moreRules` are added to the organisation's rules (`subFunds`, `profit`). The widgets' tests of
 * the committee's screens use it too (packages/widgets/test/committee-fixture.ts).
 */
export async function smallGroup(store: SajjaStore, moreRules: Record<string, unknown> = {}) {
  const group = await store.organisations.add({
    name: 'กลุ่มสัจจะบ้านหนองบัว',
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
