// Writes the sample group reports in reports/: three groups' books, from October 2023 to
// January 2024, generated deterministically (seeded), and their January monthly reports as
// JSON. The JSON files are committed; run this again after `pnpm build` to regenerate them:
//   node examples/node-rollup/generate-reports.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { addDays } from '@sajja/core';
import {
  addMember,
  createBooks,
  depositEntry,
  issueLoan,
  monthlyReport,
  postEntry,
  receiveLoanPayment,
  recordLeaving,
  welfareContributionEntry,
  welfarePaymentEntry,
  withdrawalEntry,
} from '@sajja/core/books';
import { loanSchedule } from '@sajja/core/loans';

const MONTH = '2024-01';
const MONTHS = ['2023-10', '2023-11', '2023-12', '2024-01'];

const GROUPS = [
  {
    file: 'trat-khlong-yai.json',
    name: 'กลุ่มสัจจะสะสมทรัพย์บ้านคลองใหญ่ (ตราด)',
    subFunds: ['general', 'livestock', 'fertiliser', 'debt-relief', 'insurance'],
    members: 60,
    pledge: 200,
    loans: 18,
    seed: 11,
  },
  {
    file: 'nong-bua-savings.json',
    name: 'กลุ่มออมทรัพย์เพื่อการผลิตบ้านหนองบัว',
    subFunds: ['general', 'fertiliser'],
    members: 35,
    pledge: 100,
    loans: 9,
    seed: 22,
  },
  {
    file: 'tha-sai-village-fund.json',
    name: 'กองทุนหมู่บ้านท่าทราย',
    subFunds: ['general'],
    members: 120,
    pledge: 30,
    loans: 40,
    seed: 33,
  },
];

/** mulberry32: a small seeded generator, so every run writes the same files. */
function seeded(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function groupReport(group) {
  const random = seeded(group.seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const ids = Array.from(
    { length: group.members },
    (_, i) => `M-${String(i + 1).padStart(3, '0')}`,
  );
  let books = createBooks({
    name: group.name,
    subFunds: group.subFunds,
    openPeriod: '2023-10',
    members: ids.map((id, i) => ({
      id,
      name: `สมาชิก ${i + 1}`,
      joinedOn: `20${18 + (i % 5)}-0${1 + (i % 9)}-01`,
    })),
  });

  // Opening balances: each member's shares, the group's cash and bank, each fund's capital.
  let shares = 0;
  const opening = ids.map((id) => {
    const amount = 1000 + 100 * Math.floor(random() * 190);
    shares += amount;
    return { account: 'member-shares', credit: String(amount), memberId: id };
  });
  const capital = group.subFunds.slice(1).flatMap((subFund) => [
    { account: 'cash', debit: '80000', subFund },
    { account: 'grant-capital', credit: '80000', subFund },
  ]);
  books = postEntry(books, {
    id: 'OPEN',
    date: '2023-10-01',
    memo: 'ยอดยกมา',
    lines: [
      { account: 'cash', debit: String(Math.round(shares * 0.6)) },
      { account: 'bank', debit: String(shares - Math.round(shares * 0.6) + 5000) },
      ...opening,
      { account: 'welfare-fund', credit: '5000' },
      ...capital,
    ],
  });

  // Monthly pledges and welfare contributions (a few members miss a month), and savings.
  for (const month of MONTHS) {
    for (const id of ids) {
      if (random() < 0.3) {
        const amount = String(100 * (1 + Math.floor(random() * 10)));
        books = postEntry(
          books,
          depositEntry({ id: `${month}-savings-${id}`, date: `${month}-15`, memberId: id, amount }),
        );
      }
      if (random() < 0.08) continue;
      books = postEntry(
        books,
        depositEntry({
          id: `${month}-pledge-${id}`,
          date: `${month}-05`,
          memberId: id,
          amount: String(group.pledge),
          account: 'shares',
        }),
      );
      books = postEntry(
        books,
        welfareContributionEntry({
          id: `${month}-welfare-${id}`,
          date: `${month}-05`,
          memberId: id,
          amount: '30',
        }),
      );
    }
    books = postEntry(
      books,
      welfarePaymentEntry({
        id: `${month}-benefit`,
        date: `${month}-20`,
        memberId: pick(ids),
        amount: '600',
      }),
    );
  }

  // Loans paid out in October and November, repaid on time, late, or not at all.
  for (let n = 1; n <= group.loans; n++) {
    const terms = {
      principal: String(2000 * (1 + Math.floor(random() * 10))),
      rate: { percent: '1', per: 'month' },
      termMonths: pick([6, 10, 12]),
      method: 'flat',
      disbursedOn: `2023-1${pick([0, 1])}-${String(1 + Math.floor(random() * 25)).padStart(2, '0')}`,
    };
    const id = `L-${String(n).padStart(3, '0')}`;
    books = issueLoan(books, {
      id,
      memberId: pick(ids),
      subFund: pick(group.subFunds),
      loan: { terms },
    });
    // Most borrowers pay on the due date; some pay ten days late with 20 baht for the penalty;
    // some stop paying after a first instalment or two.
    const habit = random();
    const stopsAfter = habit < 0.8 ? Infinity : Math.floor(random() * 3);
    for (const installment of loanSchedule(terms).installments) {
      const late = habit >= 0.65 && habit < 0.8;
      const paidOn = late ? addDays(installment.dueDate, 10) : installment.dueDate;
      if (paidOn > `${MONTH}-31` || installment.n > stopsAfter) break;
      const amount = late ? installment.payment.plus('20') : installment.payment;
      books = receiveLoanPayment(books, {
        loanId: id,
        payment: { id: `P-${installment.n}`, date: paidOn, amount: amount.toString() },
      }).books;
    }
  }

  // January: two members join, one leaves and takes out her shares.
  books = addMember(books, { id: 'M-new-1', name: 'สมาชิกใหม่ 1', joinedOn: `${MONTH}-10` });
  books = addMember(books, { id: 'M-new-2', name: 'สมาชิกใหม่ 2', joinedOn: `${MONTH}-24` });
  books = recordLeaving(books, ids[2], `${MONTH}-28`);
  books = postEntry(
    books,
    withdrawalEntry({
      id: `${MONTH}-leave`,
      date: `${MONTH}-28`,
      memberId: ids[2],
      amount: '1000',
      account: 'shares',
    }),
  );

  return monthlyReport(books, MONTH);
}

const folder = new URL('./reports/', import.meta.url);
mkdirSync(folder, { recursive: true });
for (const group of GROUPS) {
  writeFileSync(new URL(group.file, folder), `${JSON.stringify(groupReport(group), null, 2)}\n`);
  console.log(`wrote reports/${group.file}`);
}
