// A network of savings groups as plain records, written as the store writes them (the fields
// it sets, reversals as copies naming what they reverse) and each one passed by the store's own
// checks (`checkSyncedRecord` of `@sajja/store/records`), from a seed: deposits (cash and
// PromptPay), shares, welfare contributions and benefits, withdrawals, loans outside the
// register with their repayments, loans in the register repaid in part, in full and past the
// whole debt, reversals of each, a member who leaves, members joining over two years, and one
// group with two sub-funds. No store and no IndexedDB: records are what the server receives.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { checkSyncedRecord } from '@sajja/store/records';

/**
 * `organisations` groups of `members` households each, from `seed` (the same seed writes the
 * same records, but for ids): `{ organisationIds, tables }`, `tables` holding the records of
 * each synced table the groups use.
 */
export function networkRecords({ seed = 1, organisations = 3, members = 6 } = {}) {
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
  // The store stamps each record when it writes it: one after another, as a device would.
  let written = Date.parse('2026-01-01T00:00:00.000Z');
  const recordedAt = () => new Date((written += 1000)).toISOString();

  const tables = {
    organisations: [],
    households: [],
    memberships: [],
    loans: [],
    fundTransactions: [],
  };
  /** Adds `value` to `table` after the store's checks, which must find it as the store keeps it. */
  const add = (table, value) => {
    const { record, problems } = checkSyncedRecord(table, value);
    assert.deepEqual(problems, [], `${table} ${JSON.stringify(value)}`);
    assert.deepEqual(record, value, `${table}: not as the store keeps it`);
    tables[table].push(record);
    return record;
  };
  const transaction = (membership, fields) =>
    add('fundTransactions', {
      id: randomUUID(),
      householdId: membership.householdId,
      membershipId: membership.id,
      organisationId: membership.organisationId,
      ...fields,
      recordedAt: recordedAt(),
    });
  /** A reversal as `store.fundTransactions.reverse` writes it: a copy naming the original. */
  const reverse = (original, date) => {
    const { id, recordedAt: _at, ...kept } = original;
    return add('fundTransactions', {
      ...kept,
      id: randomUUID(),
      date,
      reverses: id,
      recordedAt: recordedAt(),
    });
  };

  const organisationIds = [];
  for (let o = 0; o < organisations; o++) {
    const subFunds = o === 1 ? ['general', 'livestock'] : undefined;
    const loanRules = {
      rate: { percent: '1', per: 'month' },
      method: 'flat',
      termMonths: 6,
      penalty: { kind: 'fixed-fee', fee: '20' },
    };
    const group = add('organisations', {
      id: randomUUID(),
      name: `Group ${o}`,
      kind: 'savings-group',
      rules: { loans: loanRules, ...(subFunds ? { subFunds } : {}) },
    });
    organisationIds.push(group.id);
    for (let m = 0; m < members; m++) {
      const household = add('households', {
        id: randomUUID(),
        name: `House ${o}-${m}`,
        createdAt: recordedAt(),
      });
      const joinedOn = day(
        2024 + (m % 3 === 2 ? 1 : 0),
        1 + Math.floor(random() * 6),
        1 + Math.floor(random() * 27),
      );
      const leftOn = m === 4 ? day(2025, 9, 15) : undefined;
      const membership = add('memberships', {
        id: randomUUID(),
        householdId: household.id,
        organisationId: group.id,
        joinedOn,
        ...(leftOn ? { leftOn } : {}),
      });
      const [jy, jm] = joinedOn.split('-').map(Number);
      let loan;
      for (let year = jy, month = jm; year < 2026 || (year === 2026 && month <= 2); ) {
        const date = day(year, month, 28);
        if (date >= joinedOn && !(leftOn && date >= leftOn)) {
          const method = random() < 0.3 ? 'promptpay' : 'cash';
          const sub = subFunds && random() < 0.4 ? { subFund: 'livestock' } : {};
          const deposit = transaction(membership, {
            date,
            kind: 'deposit',
            amount: amount(300),
            method,
            ...sub,
          });
          if (random() < 0.15) reverse(deposit, day(year, month, 28));
          if (random() < 0.3)
            transaction(membership, {
              date: day(year, month, 5),
              kind: 'share',
              amount: amount(100),
            });
          if (random() < 0.3)
            transaction(membership, {
              date: day(year, month, 6),
              kind: 'contribution',
              amount: '30.00',
            });
          if (random() < 0.05)
            transaction(membership, {
              date: day(year, month, 7),
              kind: 'benefit',
              amount: amount(50),
              method: 'bank-transfer',
            });
          if (random() < 0.1)
            transaction(membership, {
              date: day(year, month, 27),
              kind: 'withdrawal',
              amount: amount(20),
            });
          if (random() < 0.04) {
            const paidOut = transaction(membership, {
              date: day(year, month, 8),
              kind: 'loan',
              amount: '500.00',
            });
            transaction(membership, {
              date: day(year, month, 20),
              kind: 'repayment',
              amount: '200.00',
            });
            if (random() < 0.5) reverse(paidOut, day(year, month, 21));
          }
          if (!loan && random() < 0.12) {
            loan = add('loans', {
              id: randomUUID(),
              householdId: household.id,
              membershipId: membership.id,
              organisationId: group.id,
              terms: {
                principal: `${1000 + Math.floor(random() * 5) * 500}.00`,
                rate: { percent: '1', per: 'month' },
                termMonths: 6,
                method: 'flat',
                disbursedOn: day(year, month, 3),
              },
              rules: loanRules,
              ...sub,
              recordedAt: recordedAt(),
            });
          } else if (loan && random() < 0.75) {
            const repaid = transaction(membership, {
              date: day(year, month, 12 + Math.floor(random() * 10)),
              kind: 'repayment',
              amount: pick(['150.00', '300.00', '400.00', '2000.00', '75.50']),
              loanId: loan.id,
              method,
            });
            if (random() < 0.1) reverse(repaid, day(year, month, 26));
          }
        }
        month++;
        if (month > 12) {
          month = 1;
          year++;
        }
      }
    }
  }
  return { organisationIds, tables };
}
