// Realistic records for the fault tests and the bench, shaped as the store keeps them (the
// stored fields, money as two-decimal strings) and valid under its checks: a household's
// ledger over years (as the store's ledger bench makes them) and a savings group's members with
// ten years of monthly records (as the store's organisation bench makes them). Seeded, so every
// run pushes the same records.
import { LEDGER_CATEGORIES } from '@sajja/core/ledger';
// mulberry32, the core's and the store's benches' generator: the same records every run.
import { seeded } from '../../../core/bench/harness.mjs';

const RECORDED_AT = '2025-01-01T00:00:00.000Z';

/** A random UUID-shaped id from `random`. */
export function idFrom(random) {
  const hex = (digits) =>
    Array.from({ length: digits }, () => Math.floor(random() * 16).toString(16)).join('');
  return `${hex(8)}-${hex(4)}-4${hex(3)}-8${hex(3)}-${hex(12)}`;
}

const satangText = (satang) =>
  `${Math.floor(satang / 100)}.${String(satang % 100).padStart(2, '0')}`;
const isoDay = (epochDay) => new Date(epochDay * 86_400_000).toISOString().slice(0, 10);
const DAY_2015_01_01 = Date.UTC(2015, 0, 1) / 86_400_000;

/** A stored household record. */
export function householdRecord(id, name) {
  return { id, name, createdAt: RECORDED_AT };
}

/**
 * `count` stored ledger entries of one household, spread evenly over `years` from 2015: every
 * category, a note on a third of them, ids like UUIDs (each one prefixed with `idPrefix`, so a
 * run's records never meet another run's).
 */
export function ledgerRecords(householdId, count, { seed = 1, years = 10, idPrefix = '' } = {}) {
  const random = seeded(seed);
  const days = years * 365;
  const records = [];
  for (let i = 0; i < count; i++) {
    const category = LEDGER_CATEGORIES[Math.floor(random() * LEDGER_CATEGORIES.length)];
    const record = {
      id: `${idPrefix}${idFrom(random)}`,
      householdId,
      date: isoDay(DAY_2015_01_01 + Math.floor((i * days) / count)),
      kind: category.kind,
      category: category.code,
      amount: satangText(100 + Math.floor(random() * 500_000)),
      recordedAt: RECORDED_AT,
    };
    if (random() < 1 / 3) record.note = `ค่า${category.label.th} ${i}`;
    records.push(record);
  }
  return records;
}

/** A household and its ledger as sync changes, the household first. */
export function householdChanges(householdId, ledgerCount, options = {}) {
  return [
    { table: 'households', record: householdRecord(householdId, `บ้านทดสอบ ${householdId}`) },
    ...ledgerRecords(householdId, ledgerCount, options).map((record) => ({
      table: 'ledger',
      record,
    })),
  ];
}

const RULES = {
  pledge: { dueDay: 10, defaultAmount: '100', minAmount: '50', maxAmount: '1000' },
  welfare: { waitingDays: 180, contribution: { perMonth: '30' }, benefits: {} },
  loans: { rate: { percent: '1', per: 'month' }, method: 'flat', termMonths: 12 },
};

const addMonths = (month, count) => {
  const [year, m] = month.split('-').map(Number);
  const total = year * 12 + (m - 1) + count;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
};

/**
 * A savings group of `members` households over `years` from January 2015, as sync changes in an
 * order the server can check (households, the organisation, memberships, loans, then fund
 * transactions): each month a welfare contribution and (97 % of months) a pledge deposit,
 * shares every January, a 12-month loan every three years repaid monthly.
 */
export function groupChanges(organisationId, members, { years = 10, idPrefix = '' } = {}) {
  const random = seeded(20150101);
  const households = [];
  const memberships = [];
  const loans = [];
  const transactions = [];
  let next = 0;
  const lastMonth = addMonths('2015-01', years * 12 - 1);
  for (let m = 0; m < members; m++) {
    const household = householdRecord(`${idPrefix}h-${m}`, `บ้านสมาชิก ${m + 1}`);
    households.push(household);
    const membership = {
      id: `${idPrefix}m-${m}`,
      householdId: household.id,
      organisationId,
      joinedOn: '2015-01-01',
      memberNumber: String(m + 1).padStart(4, '0'),
      pledgeAmount: ['100.00', '200.00', '300.00'][m % 3],
    };
    memberships.push(membership);
    const tx = (date, kind, amount, extra = {}) =>
      transactions.push({
        id: `${idPrefix}t-${++next}`,
        householdId: household.id,
        membershipId: membership.id,
        organisationId,
        date,
        kind,
        amount,
        ...extra,
        recordedAt: RECORDED_AT,
      });
    for (let month = '2015-01'; month <= lastMonth; month = addMonths(month, 1)) {
      tx(`${month}-01`, 'contribution', '30.00');
      if (random() > 0.03) {
        tx(`${month}-0${5 + Math.floor(random() * 5)}`, 'deposit', membership.pledgeAmount);
      }
      if (month.endsWith('-01')) tx(`${month}-15`, 'share', '100.00');
    }
    for (let start = 6 + (m % 12); ; start += 36) {
      const disbursedMonth = addMonths('2015-01', start);
      if (addMonths(disbursedMonth, 12) > lastMonth) break;
      const principal = 6000 + 1000 * (m % 7);
      const loan = {
        id: `${idPrefix}l-${m}-${start}`,
        householdId: household.id,
        membershipId: membership.id,
        organisationId,
        terms: {
          principal: `${principal}.00`,
          rate: { percent: '1', per: 'month' },
          termMonths: 12,
          method: 'flat',
          disbursedOn: `${disbursedMonth}-15`,
        },
        rules: RULES.loans,
        recordedAt: RECORDED_AT,
      };
      loans.push(loan);
      const installment = satangText(Math.round((principal * 100) / 12) + principal);
      for (let k = 1; k <= 12; k++) {
        tx(`${addMonths(disbursedMonth, k)}-15`, 'repayment', installment, { loanId: loan.id });
      }
    }
  }
  const organisation = {
    id: organisationId,
    name: 'กลุ่มสัจจะบ้านหนองบัว',
    kind: 'pledge-group',
    rules: RULES,
  };
  return [
    ...households.map((record) => ({ table: 'households', record })),
    { table: 'organisations', record: organisation },
    ...memberships.map((record) => ({ table: 'memberships', record })),
    ...loans.map((record) => ({ table: 'loans', record })),
    ...transactions.map((record) => ({ table: 'fundTransactions', record })),
  ];
}
