// The demo household and its three funds, written through the store's own validated API with
// fixed ids, so seeding twice (or after an interrupted first visit) adds only what is missing.
// Dates are relative to today, so the balance card always has a recent year to show.
export const DEMO_HOUSEHOLD = 'demo-household';
/**
 * The sajja group's PromptPay account in the demo: an EXAMPLE. The id is the textbook sample
 * national id (1-2345-67890-12-1, valid check digit) and the name says not to transfer, so a
 * banking app that scans it shows a name that does not match and nobody pays a stranger.
 */
export const DEMO_PROMPTPAY = Object.freeze({
  id: '1234567890121',
  kind: 'national-id',
  name: 'บัญชีตัวอย่าง ห้ามโอนจริง',
});
export const DEMO_MEMBERSHIPS = Object.freeze({
  sajja: 'demo-m-sajja',
  villageFund: 'demo-m-village-fund',
  welfare: 'demo-m-welfare',
});

const pad = (n) => String(n).padStart(2, '0');
const iso = (date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
/** The day `months` months before `today`, on `day` (clamped to the month's length). */
function monthsAgo(today, months, day) {
  const first = new Date(today.getFullYear(), today.getMonth() - months, 1);
  const last = new Date(first.getFullYear(), first.getMonth() + 1, 0).getDate();
  return iso(new Date(first.getFullYear(), first.getMonth(), Math.min(day, last)));
}
const daysAgo = (today, days) =>
  iso(new Date(today.getFullYear(), today.getMonth(), today.getDate() - days));

/** Adds `record` unless a record with its id is already there. */
async function ensure(add, record) {
  try {
    await add(record);
  } catch (error) {
    // A SajjaError (coded, from the store) saying the record is already there.
    if (error?.code === 'INVALID_ARGUMENT' && error.reason === 'duplicate-id') return;
    throw error;
  }
}

/**
 * The household's three funds as their records: the store keeps an organisation exactly as
 * added, so the demo sync server holds the same records (their treasurers' copies).
 */
export function demoOrganisations() {
  return [
    {
      id: 'demo-org-sajja',
      name: 'กลุ่มสัจจะสะสมทรัพย์บ้านสวน',
      kind: 'pledge-group',
      rules: {
        pledge: { dueDay: 5, defaultAmount: '300', minAmount: '10', maxAmount: '500' },
        loans: {
          rate: { percent: '1', per: 'month' },
          method: 'declining',
          termMonths: 24,
        },
        payment: { promptPay: DEMO_PROMPTPAY },
      },
    },
    {
      id: 'demo-org-village-fund',
      name: 'กองทุนหมู่บ้านบ้านสวน',
      kind: 'village-fund',
    },
    {
      id: 'demo-org-welfare',
      name: 'กองทุนสวัสดิการชุมชนตำบลบ้านสวน',
      kind: 'welfare-fund',
      rules: {
        welfare: {
          waitingDays: 180,
          contribution: { perDay: '1' },
          benefits: { birth: { type: 'fixed', amount: '1000' } },
        },
      },
    },
  ];
}

/** The demo household's name. */
export const DEMO_HOUSEHOLD_NAME = 'ครอบครัวใจดี (ตัวอย่าง)';

/**
 * The demo household's memberships of its three funds, as of `today`: what each fund's
 * treasurer registered (the sync server holds them before any phone syncs; a household may not
 * register itself).
 */
export function demoMemberships(today = new Date()) {
  return [
    {
      id: DEMO_MEMBERSHIPS.sajja,
      householdId: DEMO_HOUSEHOLD,
      organisationId: 'demo-org-sajja',
      joinedOn: monthsAgo(today, 12, 1),
      memberNumber: 'S-017',
      pledgeAmount: '300',
      minDeposit: '10',
      maxDeposit: '5000',
    },
    {
      id: DEMO_MEMBERSHIPS.villageFund,
      householdId: DEMO_HOUSEHOLD,
      organisationId: 'demo-org-village-fund',
      joinedOn: monthsAgo(today, 30, 1),
      memberNumber: 'V-102',
      minDeposit: '30',
    },
    {
      id: DEMO_MEMBERSHIPS.welfare,
      householdId: DEMO_HOUSEHOLD,
      organisationId: 'demo-org-welfare',
      joinedOn: daysAgo(today, 200),
      memberNumber: 'W-2210',
    },
  ];
}

/** Seeds the demo household into `store` (an open `SajjaStore`), as of `today`. */
export async function seedDemo(store, today = new Date()) {
  const { households, organisations, memberships, fundTransactions, ledger, loans } = store;
  await ensure((r) => households.add(r), { id: DEMO_HOUSEHOLD, name: DEMO_HOUSEHOLD_NAME });
  for (const organisation of demoOrganisations()) {
    await ensure((r) => organisations.add(r), organisation);
  }
  for (const membership of demoMemberships(today)) {
    await ensure((r) => memberships.add(r), membership);
  }
  // A monthly pledge of 300 baht since joining, each paid on or before the 5th: in cash at the
  // meeting, the last two months by PromptPay transfer with the slip's reference.
  for (let m = 12; m >= 0; m--) {
    const date = monthsAgo(today, m, m % 3 === 0 ? 5 : 3);
    if (date > iso(today)) continue;
    const byPromptPay = m <= 1;
    await ensure((r) => fundTransactions.add(r), {
      id: `demo-pledge-${m}`,
      membershipId: DEMO_MEMBERSHIPS.sajja,
      date,
      kind: 'deposit',
      amount: '300',
      method: byPromptPay ? 'promptpay' : 'cash',
      ...(byPromptPay ? { slipReference: `${date.replaceAll('-', '')}0017${m}` } : {}),
    });
  }
  await ensure((r) => fundTransactions.add(r), {
    id: 'demo-shares-1',
    membershipId: DEMO_MEMBERSHIPS.villageFund,
    date: monthsAgo(today, 10, 15),
    kind: 'share',
    amount: '1000',
  });
  await ensure((r) => fundTransactions.add(r), {
    id: 'demo-savings-1',
    membershipId: DEMO_MEMBERSHIPS.villageFund,
    date: monthsAgo(today, 6, 15),
    kind: 'deposit',
    amount: '1500',
  });
  for (let m = 6; m >= 1; m--) {
    await ensure((r) => fundTransactions.add(r), {
      id: `demo-welfare-${m}`,
      membershipId: DEMO_MEMBERSHIPS.welfare,
      date: monthsAgo(today, m, 10),
      kind: 'contribution',
      amount: '30',
    });
  }
  // A loan of 20,000 from the sajja group, 1 %/month declining over 12 months, paid out four
  // months ago; every instalment due so far repaid two days early (1,776.98, the schedule's
  // payment), as members pay at the monthly meeting.
  const disbursedOn = monthsAgo(today, 4, 20);
  await ensure((r) => loans.add(r), {
    id: 'demo-loan-1',
    membershipId: DEMO_MEMBERSHIPS.sajja,
    terms: {
      principal: '20000',
      rate: { percent: '1', per: 'month' },
      termMonths: 12,
      method: 'declining',
      disbursedOn,
    },
    note: 'ซื้อปุ๋ยและเมล็ดพันธุ์',
  });
  for (let m = 3; m >= 0; m--) {
    const date = monthsAgo(today, m, 18);
    if (date > iso(today)) continue;
    await ensure((r) => fundTransactions.add(r), {
      id: `demo-repayment-${m}`,
      membershipId: DEMO_MEMBERSHIPS.sajja,
      loanId: 'demo-loan-1',
      date,
      kind: 'repayment',
      amount: '1776.98',
    });
  }
  const entries = [
    [2, 1, 'income', 'farming', '6500', 'ขายข้าวเปลือก'],
    [2, 2, 'expense', 'food', '1200', 'ตลาดนัด'],
    [2, 3, 'expense', 'savings-deposit', '300', 'ฝากสัจจะ'],
    [2, 10, 'expense', 'education', '850', 'ค่าเทอมลูก'],
    [1, 1, 'income', 'wages', '4800', 'รับจ้างก่อสร้าง'],
    [1, 3, 'expense', 'savings-deposit', '300', 'ฝากสัจจะ'],
    [1, 7, 'expense', 'farm-inputs', '2100', 'ปุ๋ย'],
    [1, 12, 'expense', 'food', '1450', 'ตลาดนัด'],
    [1, 20, 'expense', 'social', '200', 'ทำบุญ'],
    [0, 1, 'income', 'remittances', '3000', 'ลูกส่งมาจากกรุงเทพฯ'],
    [0, 2, 'expense', 'food', '650', 'ตลาดนัด'],
    [1, 15, 'expense', 'utilities', '620', 'ค่าไฟ ค่าน้ำ'],
    [1, 25, 'expense', 'cuttable', '240', 'หวย'],
  ];
  for (const [index, [months, day, kind, category, amount, note]] of entries.entries()) {
    const date = monthsAgo(today, months, day);
    if (date > iso(today)) continue;
    await ensure((r) => ledger.add(DEMO_HOUSEHOLD, r), {
      id: `demo-ledger-${index}`,
      date,
      kind,
      category,
      amount,
      note,
    });
  }
}

/** The demo household's membership in the committee page's group, in the sync demo only. */
export const DEMO_SYNC_MEMBERSHIP = 'demo-m-nong-bua';

/**
 * The demo household's membership in the committee page's group (Ban Nong Bua), from its
 * January 2026 meeting: in the sync demo only, so the treasurer's roster shows what the
 * household's phones record. `group` is that group's organisation record (from
 * committee-data.js). The group's treasurer registered it: the sync server holds it before any
 * phone syncs.
 */
export function demoSyncMembership(group) {
  return {
    id: DEMO_SYNC_MEMBERSHIP,
    householdId: DEMO_HOUSEHOLD,
    organisationId: group.id,
    joinedOn: '2026-01-05',
    memberNumber: '31',
    pledgeAmount: '200',
    minDeposit: '50',
    maxDeposit: '5000',
  };
}

/**
 * The sync demo's one addition: the group and the household's membership in it (see
 * {@link demoSyncMembership}), which a phone normally pulls from the server before seeding;
 * seeded only when missing, as the rest.
 */
export async function seedSyncDemo(store, group) {
  await ensure((r) => store.organisations.add(r), group);
  await ensure((r) => store.memberships.add(r), demoSyncMembership(group));
}
