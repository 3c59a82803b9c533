// A network of savings groups written through a real store (so every record is as the store
// keeps it), from a seed: deposits (cash and PromptPay), shares, welfare contributions and
// benefits, withdrawals, loans outside the register with their repayments, loans in the
// register repaid in part, in full and past the whole debt, reversals of each, a member who
// leaves, members joining over two years, and one group with two sub-funds.
/**
 * Seeds `organisations` groups of `members` households each into `store`, from `seed`
 * (the same seed writes the same records, but for ids and timestamps); returns the groups' ids.
 */
export async function seedNetwork(store, { seed = 1, organisations = 3, members = 6 } = {}) {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = (list) => list[Math.floor(random() * list.length)];
  const day = (year, month, d) =>
    `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const amount = (max) => (Math.floor(random() * max * 100) / 100 + 1).toFixed(2);
  const ids = [];
  for (let o = 0; o < organisations; o++) {
    const subFunds = o === 1 ? ['general', 'livestock'] : undefined;
    const group = await store.organisations.add({
      name: `Group ${o}`,
      kind: 'savings-group',
      rules: {
        loans: {
          rate: { percent: '1', per: 'month' },
          method: 'flat',
          termMonths: 6,
          penalty: { kind: 'fixed-fee', fee: '20' },
        },
        ...(subFunds ? { subFunds } : {}),
      },
    });
    ids.push(group.id);
    for (let m = 0; m < members; m++) {
      const household = await store.households.add({ name: `House ${o}-${m}` });
      const joinedOn = day(
        2024 + (m % 3 === 2 ? 1 : 0),
        1 + Math.floor(random() * 6),
        1 + Math.floor(random() * 27),
      );
      const leftOn = m === 4 ? day(2025, 9, 15) : undefined;
      const membership = await store.memberships.add({
        householdId: household.id,
        organisationId: group.id,
        joinedOn,
        ...(leftOn ? { leftOn } : {}),
      });
      const [jy, jm] = joinedOn.split('-').map(Number);
      let year = jy,
        month = jm;
      let loan;
      while (year < 2026 || (year === 2026 && month <= 2)) {
        const date = day(year, month, 28);
        if (date < joinedOn || (leftOn && date >= leftOn)) {
          month++;
          if (month > 12) {
            month = 1;
            year++;
          }
          continue;
        }
        const method = random() < 0.3 ? 'promptpay' : 'cash';
        const sub = subFunds && random() < 0.4 ? { subFund: 'livestock' } : {};
        const dep = await store.fundTransactions.add({
          membershipId: membership.id,
          date,
          kind: 'deposit',
          amount: amount(300),
          method,
          ...sub,
        });
        if (random() < 0.15)
          await store.fundTransactions.reverse(dep.id, { date: day(year, month, 28) });
        if (random() < 0.3)
          await store.fundTransactions.add({
            membershipId: membership.id,
            date: day(year, month, 5),
            kind: 'share',
            amount: amount(100),
          });
        if (random() < 0.3)
          await store.fundTransactions.add({
            membershipId: membership.id,
            date: day(year, month, 6),
            kind: 'contribution',
            amount: '30.00',
          });
        if (random() < 0.05)
          await store.fundTransactions.add({
            membershipId: membership.id,
            date: day(year, month, 7),
            kind: 'benefit',
            amount: amount(50),
            method: 'bank-transfer',
          });
        if (random() < 0.1)
          await store.fundTransactions.add({
            membershipId: membership.id,
            date: day(year, month, 27),
            kind: 'withdrawal',
            amount: amount(20),
          });
        if (random() < 0.04) {
          const l = await store.fundTransactions.add({
            membershipId: membership.id,
            date: day(year, month, 8),
            kind: 'loan',
            amount: '500.00',
          });
          await store.fundTransactions.add({
            membershipId: membership.id,
            date: day(year, month, 20),
            kind: 'repayment',
            amount: '200.00',
          });
          if (random() < 0.5)
            await store.fundTransactions.reverse(l.id, { date: day(year, month, 21) });
        }
        if (!loan && random() < 0.12) {
          loan = await store.loans.add({
            membershipId: membership.id,
            terms: {
              principal: String(1000 + Math.floor(random() * 5) * 500),
              rate: { percent: '1', per: 'month' },
              termMonths: 6,
              method: 'flat',
              disbursedOn: day(year, month, 3),
            },
            ...sub,
          });
        } else if (loan && random() < 0.75) {
          const repaid = await store.fundTransactions.add({
            membershipId: membership.id,
            date: day(year, month, 12 + Math.floor(random() * 10)),
            kind: 'repayment',
            amount: pick(['150.00', '300.00', '400.00', '2000.00', '75.50']),
            loanId: loan.id,
            method,
          });
          if (random() < 0.1)
            await store.fundTransactions.reverse(repaid.id, { date: day(year, month, 26) });
        }
        month++;
        if (month > 12) {
          month = 1;
          year++;
        }
      }
    }
  }
  return ids;
}
