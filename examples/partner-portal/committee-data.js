// The demo group of the committee page: a pledge group of 32 households over two calendar
// years (January 2024 to December 2025), of whom two left in 2025, so 30 members come to the
// meeting of January 2026, the month the treasurer records on the page. Every record has a
// fixed id and is written through the store's own validated API, in one backup import (all or
// nothing, never overwriting), so a second visit writes nothing and an interrupted first one is
// done again on the next. The dates are fixed and every choice comes
// from a seeded random generator, so every browser gets the same group, the same totals and the
// same screenshots. The welfare fund pays a few claims (WELFARE_CLAIMS) as well as receiving
// the monthly contributions.
export const DEMO_GROUP = 'demo-org-nong-bua';
/** The month the page shows: the month after the last one seeded, still to be recorded. */
export const DEMO_MEETING_MONTH = '2026-01';
/** The day of that month's meeting (the group meets on the 5th): what the page records on. */
export const DEMO_MEETING_DAY = '2026-01-05';
/** The year of the share-out the page shows: the last full year seeded. */
export const DEMO_SHARE_OUT_YEAR = 2025;
/** How many members are active in {@link DEMO_MEETING_MONTH} (32 joined, 2 left). */
export const DEMO_MEETING_MEMBERS = 30;

const FIRST_MONTH = '2024-01';
const LAST_MONTH = '2025-12';
/** The meeting is held on the 5th; the pledge is due by the 10th. */
const MEETING_DAY = '05';

/** The group's by-laws, as the store checks them (pledge, loans, welfare, sub-funds, profit). */
export const DEMO_GROUP_RULES = Object.freeze({
  pledge: { dueDay: 10, defaultAmount: '200', minAmount: '100', maxAmount: '500' },
  loans: { rate: { percent: '1', per: 'month' }, method: 'declining', termMonths: 24 },
  welfare: {
    waitingDays: 180,
    contribution: { perMonth: '30' },
    benefits: {
      birth: { type: 'fixed', amount: '1000' },
      death: { type: 'fixed', amount: '5000' },
      hospital: { type: 'per-unit', perUnit: '200', maxPerClaim: '1000', maxPerYear: '3000' },
    },
  },
  subFunds: ['general', 'livestock', 'fertiliser'],
  profit: { reserve: '10', dividend: '40', 'average-return': '30', welfare: '10', committee: '10' },
});

/**
 * The welfare claims the group paid (the store's `'benefit'` records), each within the by-laws'
 * benefits above and to a founder past the 180 waiting days, paid in cash at the meeting.
 */
const WELFARE_CLAIMS = Object.freeze([
  { member: 7, month: '2024-09', amount: '1000', note: 'สวัสดิการคลอดบุตร' },
  { member: 12, month: '2025-03', amount: '600', note: 'ค่านอนโรงพยาบาล 3 คืน' },
  { member: 3, month: '2025-08', amount: '5000', note: 'ค่าทำศพมารดา' },
  { member: 18, month: '2025-11', amount: '400', note: 'ค่านอนโรงพยาบาล 2 คืน' },
]);

/**
 * The households, by member number: the head of each, as the roster names them. Numbers 1–24
 * founded the group in January 2024; 25–32 joined later (see {@link JOINED}).
 */
const NAMES = [
  'บุญมี รักถิ่น',
  'สมศรี ทองดี',
  'ประยูร แก้วมณี',
  'มาลี ศรีสุข',
  'สุวิทย์ บุญมา',
  'ทองใบ พรหมมา',
  'จันทร์เพ็ญ สายทอง',
  'วิชัย คำแก้ว',
  'สมพร ชัยมงคล',
  'อำนวย ศักดิ์ดี',
  'บัวผัน ทองคำ',
  'ประสิทธิ์ มั่นคง',
  'นงลักษณ์ เพชรรัตน์',
  'สุนทร ใจงาม',
  'ละเอียด บุญเรือง',
  'เสถียร แสงทอง',
  'ลำดวน ศรีวงศ์',
  'ชาตรี พึ่งบุญ',
  'กัญญา มีสุข',
  'สมบัติ ดวงดี',
  'ทองหล่อ อินทร์แก้ว',
  'บุญเรือน ปัญญาดี',
  'ไพโรจน์ สุขสวัสดิ์',
  'วันเพ็ญ ทองมา',
  'สายสุนีย์ จันทร์หอม',
  'เกษม ศรีประเสริฐ',
  'อุไร บุญยืน',
  'ธนากร ชื่นใจ',
  'ปราณี แสนสุข',
  'สมหมาย คงทน',
  'รัตนา พูลผล',
  'คำปั่น ไชยวงศ์',
];

/** Member number → the month they joined, for those who did not found the group. */
const JOINED = {
  25: '2024-03',
  26: '2024-06',
  27: '2024-09',
  28: '2024-11',
  29: '2025-02',
  30: '2025-05',
  31: '2025-08',
  32: '2025-10',
};

/** Member number → the day they left (they take their savings out that day). */
const LEFT = { 7: '2025-06-20', 19: '2025-10-15' };

/** Member number → the last month they paid their pledge in (they fell behind after it). */
const PLEDGE_STOPPED = { 14: '2025-10', 27: '2025-11' };

/**
 * The loans of the group: member number, the sub-fund lending it, principal, term in months, the
 * month it was paid out (at that month's meeting), the schedule's payment and its last payment
 * (1 % a month on the declining balance, from the core's `loanSchedule`: the committee e2e test
 * checks these figures against it). The member repays at each meeting after, until the loan is
 * repaid or, with `stopsAfter`, after that month (in arrears since); with `partial`, they bring
 * only that much.
 */
const LOANS = [
  [1, 'fertiliser', '5000', 12, '2024-01', '444.24', '444.29'],
  [3, 'general', '20000', 12, '2024-02', '1776.98', '1776.92'],
  [5, 'general', '10000', 12, '2024-04', '888.49', '888.47'],
  [8, 'general', '30000', 24, '2024-06', '1412.20', '1412.30'],
  [12, 'livestock', '10000', 18, '2024-09', '609.82', '609.83', { stopsAfter: '2025-09' }],
  [15, 'fertiliser', '5000', 12, '2025-01', '444.24', '444.29'],
  [2, 'general', '20000', 12, '2025-03', '1776.98', '1776.92'],
  [5, 'fertiliser', '10000', 12, '2025-05', '888.49', '888.47'],
  [21, 'general', '10000', 12, '2025-05', '888.49', '888.47', { stopsAfter: '2025-11' }],
  [26, 'livestock', '10000', 18, '2025-06', '609.82', '609.83'],
  [9, 'general', '30000', 24, '2025-08', '1412.20', '1412.30'],
  [18, 'general', '15000', 12, '2025-10', '1332.73', '1332.76', { partial: '500' }],
].map(([member, subFund, principal, termMonths, month, payment, last, behaviour = {}], index) => ({
  id: `demo-nb-loan-${String(index + 1).padStart(2, '0')}`,
  member,
  subFund,
  principal,
  termMonths,
  month,
  payment,
  last,
  ...behaviour,
}));

/** What a loan of each sub-fund is for, as the treasurer notes it. */
const LOAN_PURPOSES = {
  general: ['ค่าเทอมลูก', 'ซ่อมบ้าน', 'ลงทุนค้าขาย', 'ซื้อเครื่องสูบน้ำ'],
  livestock: ['ซื้อลูกวัว', 'ซื้อแม่สุกร'],
  fertiliser: ['ซื้อปุ๋ยนาปี', 'ซื้อปุ๋ยสวนยาง'],
};

/**
 * Member number → the sub-fund their first shares went to: the founders' shares started the
 * livestock and fertiliser funds, which lend from them; everyone else's are the general fund's.
 */
const FIRST_SHARES_FUND = (number) =>
  number <= 8 ? 'fertiliser' : number <= 14 ? 'livestock' : 'general';
const SHARE_NOTES = {
  general: 'ค่าหุ้นแรกเข้า',
  livestock: 'หุ้นกองทุนปศุสัตว์',
  fertiliser: 'หุ้นกองทุนปุ๋ย',
};
/** Every loan's id, principal, term and payments, for the tests that check and use them. */
export const DEMO_LOAN_PAYMENTS = Object.freeze(
  LOANS.map(({ id, principal, termMonths, month, payment, last }) => ({
    id,
    principal,
    termMonths,
    disbursedOn: `${month}-${MEETING_DAY}`,
    payment,
    last,
  })),
);

const pad = (n) => String(n).padStart(2, '0');
/** The months from `from` to `to` (both `YYYY-MM`), in order. */
function monthsBetween(from, to) {
  const months = [];
  let [year, month] = from.split('-').map(Number);
  for (;;) {
    const text = `${year}-${pad(month)}`;
    if (text > to) return months;
    months.push(text);
    month += 1;
    if (month === 13) [year, month] = [year + 1, 1];
  }
}
const monthOf = (date) => date.slice(0, 7);

/**
 * A small seeded generator (mulberry32): the same numbers in [0, 1) in every browser, so the
 * demo is the same wherever it is opened.
 */
function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Whole baht as the store's amount text. */
const baht = (whole) => String(whole);
/** A satang count (bigint) as a two-decimal amount text. */
const fromSatang = (satang) => `${satang / 100n}.${pad(Number(satang % 100n))}`;
const toSatang = (amount) => {
  const [whole, fraction = ''] = amount.split('.');
  return BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
};

/** The demo group's organisation record, as the store keeps it. */
export function demoGroupOrganisation() {
  return {
    id: DEMO_GROUP,
    name: 'กลุ่มสัจจะสะสมทรัพย์บ้านหนองบัว',
    kind: 'pledge-group',
    rules: DEMO_GROUP_RULES,
  };
}

/**
 * Every record of the demo group, in the order they are written: the organisation, the
 * households and memberships, then month by month the loans paid out and the meeting's
 * transactions. A pure function of the fixed seed.
 *
 * @returns {{ table: 'organisations' | 'households' | 'memberships' | 'loans' | 'fundTransactions', record: object }[]}
 */
export function demoGroupRecords() {
  const random = seededRandom(2567);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const records = [];
  const write = (table, record) => records.push({ table, record });

  write('organisations', demoGroupOrganisation());
  const members = NAMES.map((name, index) => {
    const number = index + 1;
    const joinedMonth = JOINED[number] ?? FIRST_MONTH;
    return {
      number,
      id: `demo-nb-m-${pad(number)}`,
      householdId: `demo-nb-h-${pad(number)}`,
      name,
      joinedOn: `${joinedMonth}-${MEETING_DAY}`,
      leftOn: LEFT[number],
      pledge: pick(['100', '100', '200', '200', '200', '300', '500']),
      shares: baht(pick([5, 10, 10, 20, 30]) * 100),
      savings: 0n,
    };
  });
  for (const member of members) {
    write('households', { id: member.householdId, name: member.name });
    write('memberships', {
      id: member.id,
      householdId: member.householdId,
      organisationId: DEMO_GROUP,
      joinedOn: member.joinedOn,
      memberNumber: String(member.number),
      pledgeAmount: member.pledge,
      // The smallest and largest deposit the group takes from a member at once.
      minDeposit: '50',
      maxDeposit: '5000',
      ...(member.leftOn ? { leftOn: member.leftOn } : {}),
    });
  }
  const loans = LOANS.map((loan) => ({
    ...loan,
    membershipId: members[loan.member - 1].id,
    repaid: 0,
  }));

  for (const month of monthsBetween(FIRST_MONTH, LAST_MONTH)) {
    const date = `${month}-${MEETING_DAY}`;
    const compact = date.replaceAll('-', '');
    // From 2025 some members transfer by PromptPay instead of bringing cash.
    const method = () =>
      month >= '2025-01' && random() < 0.2
        ? { method: 'promptpay', slipReference: `${compact}${pad(Math.floor(random() * 100))}` }
        : { method: 'cash' };
    for (const member of members) {
      const joinedMonth = monthOf(member.joinedOn);
      if (month < joinedMonth) continue;
      if (member.leftOn && month > monthOf(member.leftOn)) continue;
      const tag = `${member.id.slice('demo-nb-m-'.length)}-${month}`;
      const pay = (kind, amount, extra = {}) =>
        write('fundTransactions', {
          id: `demo-nb-${kind}-${tag}`,
          membershipId: member.id,
          date,
          kind,
          amount,
          ...method(),
          ...extra,
        });
      if (month === joinedMonth) {
        const subFund = FIRST_SHARES_FUND(member.number);
        pay('share', member.shares, {
          note: SHARE_NOTES[subFund],
          ...(subFund === 'general' ? {} : { subFund }),
        });
      }
      // At the first meeting of 2025 the livestock and fertiliser funds' founders add 1,000 baht
      // of shares each, for the year's loans, and some other founders add shares to the general
      // fund, as the by-laws allow once a year.
      if (month === '2025-01' && joinedMonth === FIRST_MONTH) {
        const subFund = FIRST_SHARES_FUND(member.number);
        if (subFund !== 'general') {
          pay('share', '1000', { note: SHARE_NOTES[subFund], subFund });
        } else if (random() < 0.4) {
          pay('share', baht(pick([5, 10]) * 100), { note: 'ซื้อหุ้นเพิ่ม' });
        }
      }
      const stopped = PLEDGE_STOPPED[member.number];
      // Now and then a member misses a meeting and brings two months' pledge to the next.
      const missed = month !== joinedMonth && month < '2025-11' && random() < 0.04;
      member.missed ??= false;
      if (!(stopped && month > stopped) && !missed) {
        const amount = member.missed ? toSatang(member.pledge) * 2n : toSatang(member.pledge);
        pay('deposit', fromSatang(amount), member.missed ? { note: 'สัจจะ 2 เดือน' } : {});
        member.savings += amount;
        member.missed = false;
      } else if (missed) {
        member.missed = true;
      }
      if (!(stopped && month > stopped)) pay('contribution', '30');
      // Written without `pay`, which draws the payment method from the random sequence: the
      // claims leave every other record as it was.
      for (const claim of WELFARE_CLAIMS) {
        if (claim.member !== member.number || claim.month !== month) continue;
        write('fundTransactions', {
          id: `demo-nb-benefit-${tag}`,
          membershipId: member.id,
          date,
          kind: 'benefit',
          amount: claim.amount,
          method: 'cash',
          note: claim.note,
        });
      }
    }
    for (const loan of loans) {
      if (month === loan.month) {
        write('loans', {
          id: loan.id,
          membershipId: loan.membershipId,
          terms: {
            principal: loan.principal,
            rate: { percent: '1', per: 'month' },
            termMonths: loan.termMonths,
            method: 'declining',
            disbursedOn: date,
          },
          subFund: loan.subFund,
          note: pick(LOAN_PURPOSES[loan.subFund]),
        });
      } else if (
        month > loan.month &&
        loan.repaid < loan.termMonths &&
        !(loan.stopsAfter && month > loan.stopsAfter)
      ) {
        loan.repaid += 1;
        const amount = loan.partial ?? (loan.repaid === loan.termMonths ? loan.last : loan.payment);
        write('fundTransactions', {
          id: `demo-nb-repayment-${loan.id.slice('demo-nb-loan-'.length)}-${month}`,
          membershipId: loan.membershipId,
          loanId: loan.id,
          date,
          kind: 'repayment',
          amount,
          method: 'cash',
        });
      }
    }
    // A member who leaves takes out their savings on the day they leave.
    for (const member of members) {
      if (member.leftOn && monthOf(member.leftOn) === month) {
        write('fundTransactions', {
          id: `demo-nb-withdrawal-${member.id.slice('demo-nb-m-'.length)}`,
          membershipId: member.id,
          date: member.leftOn,
          kind: 'withdrawal',
          amount: fromSatang(member.savings),
          method: 'cash',
          note: 'ลาออก ถอนเงินสัจจะคืน',
        });
      }
    }
  }
  return records;
}

/**
 * The demo group as a Sajja backup (`store.exportBackup()`'s format): the records of
 * {@link demoGroupRecords} with what the store adds when it writes them (the household and
 * organisation of each membership's records, when each was recorded). Built in the page, not
 * read from a file, so it carries no checksum (an import checks one only when it is there) and
 * no audit chain (an import chains the records it writes).
 */
export function demoGroupBackup() {
  const tables = {
    households: [],
    organisations: [],
    memberships: [],
    loans: [],
    ledger: [],
    fundTransactions: [],
    changes: [],
  };
  const memberships = new Map();
  // One second apart, from the day each record is dated, so the order of writing shows.
  const recordedAt = (date, index) =>
    new Date(Date.parse(`${date}T02:00:00.000Z`) + index * 1000).toISOString();
  for (const [index, { table, record }] of demoGroupRecords().entries()) {
    if (table === 'households') {
      tables.households.push({ ...record, createdAt: recordedAt('2024-01-01', index) });
    } else if (table === 'memberships') {
      memberships.set(record.id, record);
      tables.memberships.push(record);
    } else if (table === 'loans' || table === 'fundTransactions') {
      const { householdId, organisationId } = memberships.get(record.membershipId);
      const date = table === 'loans' ? record.terms.disbursedOn : record.date;
      const rules = table === 'loans' ? { rules: DEMO_GROUP_RULES.loans } : {};
      tables[table].push({
        ...record,
        householdId,
        organisationId,
        ...rules,
        recordedAt: recordedAt(date, index),
      });
    } else {
      tables[table].push(record);
    }
  }
  return {
    format: 'sajja-backup',
    version: 1,
    exportedAt: '2026-01-01T00:00:00.000Z',
    schemaVersion: 5,
    tables,
  };
}

/**
 * Seeds the demo group into `store` (an open `SajjaStore`) by importing
 * {@link demoGroupBackup}: one transaction, every record checked as a backup's are, and an
 * import never overwrites (a record already stored identical is left as it is), so a second
 * visit changes nothing. When the group's last record is already stored, nothing is read.
 * Writing the records one by one through the repositories' `add` gives the same group but takes
 * ten seconds in Chromium (a transaction and an audit link each), an import about one.
 *
 * @param {object} store an open `SajjaStore`
 * @returns {Promise<void>} rejects with the import's problems when the store refuses the group
 */
export async function seedCommitteeDemo(store) {
  const backup = demoGroupBackup();
  const last = backup.tables.fundTransactions.at(-1);
  if (await store.fundTransactions.get(last.id)) return;
  const report = await store.importBackup(backup);
  if (report.problems.length > 0) {
    throw new Error(`The demo group was refused: ${JSON.stringify(report.problems.slice(0, 5))}`);
  }
}
