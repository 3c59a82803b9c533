import { toBuddhistYear } from '../dates/buddhist-era.js';
import { formatThaiDate, THAI_MONTH_NAMES } from '../dates/format-thai-date.js';
import { invalidOption } from '../errors/sajja-error.js';
import type { Language } from '../errors/sentences.js';
import { formatMoney } from '../money/format-money.js';
import { money, type Money, type MoneyInput } from '../money/money.js';
import { bahtText } from '../text/baht-text.js';
import { withDigits, type DigitStyle } from '../text/thai-digits.js';
import type { MonthlyReport } from '../books/monthly-report.js';
import { ARREARS_BUCKETS } from '../books/monthly-report.js';
import { checkOptions } from '../errors/check-option-keys.js';
import { checkReport } from './check-report.js';

/** Options of {@link "@sajja/core/report-html".monthlyReportHtml}. */
export interface MonthlyReportHtmlOptions {
  /** The document's language: Thai (`'th'`, the default) or English. Amounts in words are Thai in both. */
  readonly lang?: Language;
  /** Arabic digits (the default) or Thai digits (๐–๙) for amounts, dates and counts. */
  readonly digits?: DigitStyle;
}

const TEXT = {
  th: {
    heading: 'รายงานการเงินประจำเดือน',
    period: (from: string, to: string) => `ตั้งแต่วันที่ ${from} ถึงวันที่ ${to}`,
    flows: 'สรุปการรับและจ่ายเงินประจำเดือน',
    item: 'รายการ',
    amount: 'จำนวนเงิน (บาท)',
    words: 'จำนวนเงิน (ตัวอักษร)',
    savingsIn: 'รับเงินฝากออมทรัพย์',
    sharesIn: 'รับเงินสัจจะ/ค่าหุ้น',
    savingsOut: 'ถอนเงินฝากออมทรัพย์',
    sharesOut: 'ถอนเงินสัจจะ/ค่าหุ้น',
    loansIssued: (count: string) => `จ่ายเงินกู้ (${count} สัญญา)`,
    principal: 'รับชำระเงินต้น',
    interest: 'รับดอกเบี้ยเงินกู้',
    fines: 'รับค่าปรับ',
    welfareIn: 'รับเงินสมทบกองทุนสวัสดิการ',
    welfareOut: 'จ่ายสวัสดิการ',
    result: 'ผลการดำเนินงานประจำเดือน',
    income: 'รายได้',
    expenses: 'ค่าใช้จ่าย',
    surplus: 'รายได้สูงกว่า (ต่ำกว่า) ค่าใช้จ่าย',
    cash: 'เงินสดและเงินฝากธนาคาร ณ สิ้นเดือน',
    onHand: 'เงินสดในมือ',
    bank: 'เงินฝากธนาคาร',
    cashTotal: 'รวมเงินสดและเงินฝากธนาคาร',
    balances: 'ยอดคงเหลือ ณ สิ้นเดือน',
    savings: 'เงินฝากออมทรัพย์ของสมาชิก',
    shares: 'เงินสัจจะ/ทุนเรือนหุ้นของสมาชิก',
    loansOutstanding: 'ลูกหนี้เงินกู้คงเหลือ',
    welfareBalance: 'กองทุนสวัสดิการคงเหลือ',
    subFunds: 'ยอดคงเหลือแยกตามกองทุน',
    fund: 'กองทุน',
    netAssets: 'ทุนของกองทุน',
    total: 'รวม',
    arrears: 'ลูกหนี้ค้างชำระ',
    member: 'สมาชิก',
    loan: 'เลขที่สัญญา',
    daysPastDue: 'ค้างชำระ (วัน)',
    bucket: 'อายุหนี้',
    bucketLabel: (from: string, to: string) => (to ? `${from}–${to} วัน` : `เกิน ${from} วัน`),
    overdue: 'ยอดค้างชำระ',
    outstanding: 'เงินต้นคงเหลือ',
    noArrears: 'ไม่มีลูกหนี้ค้างชำระ',
    byBucket: 'ยอดค้างชำระตามอายุหนี้',
    arrearsTotal: 'รวมยอดค้างชำระ',
    members: 'สมาชิก',
    atStart: 'สมาชิกต้นเดือน',
    joined: 'สมาชิกเข้าใหม่',
    left: 'สมาชิกลาออก',
    atEnd: 'สมาชิกสิ้นเดือน',
    people: 'คน',
    none: 'ไม่มี',
    date: 'วันที่',
    signed: 'ลงชื่อ',
    preparedBy: 'ผู้จัดทำ (เหรัญญิก)',
    chair: 'ประธานกรรมการ',
    auditor: 'กรรมการตรวจสอบ',
  },
  en: {
    heading: 'Monthly financial report',
    period: (from: string, to: string) => `From ${from} to ${to}`,
    flows: 'Money received and paid in the month',
    item: 'Item',
    amount: 'Amount (baht)',
    words: 'In words',
    savingsIn: 'Savings deposits received',
    sharesIn: 'Pledged savings and shares received',
    savingsOut: 'Savings withdrawn',
    sharesOut: 'Pledged savings and shares withdrawn',
    loansIssued: (count: string) => `Loans paid out (${count})`,
    principal: 'Principal repaid',
    interest: 'Loan interest received',
    fines: 'Fines received',
    welfareIn: 'Welfare contributions received',
    welfareOut: 'Welfare benefits paid',
    result: 'Result for the month',
    income: 'Income',
    expenses: 'Expenses',
    surplus: 'Surplus (deficit)',
    cash: 'Cash and bank at the end of the month',
    onHand: 'Cash on hand',
    bank: 'Bank deposits',
    cashTotal: 'Cash and bank in total',
    balances: 'Balances at the end of the month',
    savings: 'Member savings',
    shares: 'Member shares and pledged savings',
    loansOutstanding: 'Loans outstanding',
    welfareBalance: 'Welfare fund',
    subFunds: 'Balances by fund',
    fund: 'Fund',
    netAssets: 'Fund capital',
    total: 'Total',
    arrears: 'Loans in arrears',
    member: 'Member',
    loan: 'Loan',
    daysPastDue: 'Days late',
    bucket: 'Age',
    bucketLabel: (from: string, to: string) => (to ? `${from}–${to} days` : `over ${from} days`),
    overdue: 'Overdue',
    outstanding: 'Principal outstanding',
    noArrears: 'No loan is in arrears.',
    byBucket: 'Overdue by age',
    arrearsTotal: 'Overdue in total',
    members: 'Members',
    atStart: 'Members at the start of the month',
    joined: 'Joined',
    left: 'Left',
    atEnd: 'Members at the end of the month',
    people: '',
    none: 'None',
    date: 'Date',
    signed: 'Signed',
    preparedBy: 'Prepared by (treasurer)',
    chair: 'Chair of the committee',
    auditor: 'Audit committee member',
  },
} as const;

const ENGLISH_MONTHS =
  /* @__PURE__ */ 'January February March April May June July August September October November December'.split(
    ' ',
  );

const STYLE = `
@page { size: A4; margin: 15mm; }
* { box-sizing: border-box; }
body { font-family: "Sarabun", "TH Sarabun New", "Noto Sans Thai", "Leelawadee UI", Tahoma, sans-serif; font-size: 11pt; line-height: 1.45; color: #000; background: #fff; margin: 0 auto; max-width: 190mm; padding: 1em; }
h1 { font-size: 1.5em; margin: 0 0 .2em; text-align: center; }
h2 { font-size: 1.15em; margin: 1.2em 0 .4em; }
header p { margin: 0; text-align: center; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #555; padding: .25em .5em; vertical-align: top; text-align: left; }
thead th { background: #eee; }
thead { display: table-header-group; }
tr, section { break-inside: avoid; page-break-inside: avoid; }
.amount { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.words { font-size: .9em; }
tfoot td, tfoot th, .total td, .total th { font-weight: bold; }
footer { display: flex; justify-content: space-between; gap: 1em; margin-top: 3em; break-inside: avoid; }
footer div { flex: 1; text-align: center; }
footer p { margin: 0 0 .3em; }
footer .line { display: inline-block; border-bottom: 1px dotted #000; width: 9em; height: 2.2em; vertical-align: bottom; }
@media print { body { padding: 0; max-width: none; } thead th { background: none; } }
`;

/**
 * The monthly financial report as a complete, printable HTML document for the meeting: Thai
 * by default (`<html lang="th">`), dates in the Buddhist Era in both languages (`15 มกราคม
 * 2567`, `15 January 2567 BE`), amounts with thousands separators and every total also in
 * words (`bahtText`), a negative amount in brackets (`(37.66)`, its words bracketed without
 * ลบ) as Thai statements write it, arrears buckets in words (`1–30 วัน`, `เกิน 90 วัน`), the
 * standard signature block (ลงชื่อ, the printed name in brackets, the role), print styles for
 * A4, and no external resource (no font, script or image is fetched). Every text that came from people
 * (the group's and members' names, fund labels, ids) is HTML-escaped, so a name such as
 * `<script>` shows as text.
 *
 * Sections, each a `<section>` with an id for styling: `flows` (money in and out),
 * `result`, `cash`, `balances`, `sub-funds`, `arrears` (with `arrears-by-bucket`), `members`.
 *
 * Takes a {@link MonthlyReport} or the same read back from JSON (amounts as strings).
 *
 * @throws {@link "@sajja/core".SajjaError} `INVALID_ARGUMENT` / `invalid-option` for a report
 *   that is not a monthly report (or lacks a field the document shows, or has one of another
 *   kind: `details.option` names it, such as `'report.members.joined[0].name'`), `options` that are not an object, or an unknown `lang` or
 *   `digits`; `unknown-option` for an option other than these two; `INVALID_AMOUNT` or
 *   `INVALID_DATE` for a report with a bad amount or date.
 *
 * @example
 * ```ts
 * const html = monthlyReportHtml(monthlyReport(books, '2024-01'));
 * // '<!doctype html><html lang="th">…<h1>รายงานการเงินประจำเดือนมกราคม พ.ศ. 2567</h1>…'
 * ```
 */
export function monthlyReportHtml(
  report: MonthlyReport,
  options: MonthlyReportHtmlOptions = {},
): string {
  checkOptions(options, ['lang', 'digits'], 'monthlyReportHtml');
  const { lang = 'th', digits = 'arabic' } = options;
  if (lang !== 'th' && lang !== 'en') throw invalidOption('lang', lang, "'th' or 'en'");
  if (digits !== 'arabic' && digits !== 'thai')
    throw invalidOption('digits', digits, "'arabic' or 'thai'");
  checkReport(report);
  const t = TEXT[lang];
  // Statements bracket a negative amount, in figures and in words, instead of a minus or ลบ.
  const bracketed = (value: MoneyInput, write: (positive: Money) => string) => {
    const figure = money(value);
    return escapeHtml(figure.isNegative() ? `(${write(figure.abs())})` : write(figure));
  };
  const amount = (value: MoneyInput) =>
    bracketed(value, (positive) => formatMoney(positive, { digits }));
  const words = (value: MoneyInput) => bracketed(value, bahtText);
  const count = (value: number) => escapeHtml(withDigits(String(value), digits));
  const date = (iso: string) =>
    escapeHtml(
      lang === 'th' ? formatThaiDate(iso, { style: 'long', digits }) : englishDate(iso, digits),
    );
  const monthNumber = Number(report.month.slice(5, 7));
  const year = Number(report.month.slice(0, 4));
  const monthTitle =
    lang === 'th'
      ? `${THAI_MONTH_NAMES[monthNumber - 1]} พ.ศ. ${withDigits(String(year + 543), digits)}`
      : `${ENGLISH_MONTHS[monthNumber - 1]} ${withDigits(String(year + 543), digits)} BE`;
  const label = (value: { th: string; en: string } | undefined, fallback: string) =>
    escapeHtml(value?.[lang] ?? fallback);
  /** An arrears bucket in words: `'1-30'` → 1–30 วัน, `'90+'` → เกิน 90 วัน ("90+" is not Thai). */
  const bucketLabel = (bucket: string) => {
    const [from = '', to = ''] = bucket.replace('+', '').split('-');
    return escapeHtml(withDigits(t.bucketLabel(from, to), digits));
  };

  /** A row of item, amount and the amount in words. */
  const moneyRow = (item: string, value: MoneyInput, rowClass = '') =>
    `<tr${rowClass ? ` class="${rowClass}"` : ''}><th scope="row">${escapeHtml(item)}</th><td class="amount">${amount(value)}</td><td class="words">${words(value)}</td></tr>`;
  const moneyTable = (rows: string[]) =>
    `<table><thead><tr><th scope="col">${t.item}</th><th scope="col" class="amount">${t.amount}</th><th scope="col">${t.words}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
  const section = (id: string, heading: string, body: string) =>
    `<section id="${id}"><h2>${escapeHtml(heading)}</h2>${body}</section>`;

  const { deposits, withdrawals, repayments, welfare, result, cash, balances, arrears, members } =
    report;
  const flows = moneyTable([
    moneyRow(t.savingsIn, deposits.savings),
    moneyRow(t.sharesIn, deposits.shares),
    moneyRow(t.savingsOut, withdrawals.savings),
    moneyRow(t.sharesOut, withdrawals.shares),
    moneyRow(
      t.loansIssued(withDigits(String(report.loansIssued.count), digits)),
      report.loansIssued.amount,
    ),
    moneyRow(t.principal, repayments.principal),
    moneyRow(t.interest, repayments.interest),
    moneyRow(t.fines, report.fines),
    moneyRow(t.welfareIn, welfare.contributions),
    moneyRow(t.welfareOut, welfare.payments),
  ]);
  const resultTable = moneyTable([
    moneyRow(t.income, result.income),
    moneyRow(t.expenses, result.expenses),
    moneyRow(t.surplus, result.surplus, 'total'),
  ]);
  const cashTable = moneyTable([
    moneyRow(t.onHand, cash.onHand),
    moneyRow(t.bank, cash.bank),
    moneyRow(t.cashTotal, cash.total, 'total'),
  ]);
  const balanceTable = moneyTable([
    moneyRow(t.savings, balances.savings),
    moneyRow(t.shares, balances.shares),
    moneyRow(t.loansOutstanding, balances.loansOutstanding),
    moneyRow(t.welfareBalance, welfare.balance),
  ]);

  const fundTotals = {
    cashOnHand: money('0'),
    bank: money('0'),
    loansOutstanding: money('0'),
    netAssets: money('0'),
  };
  const fundRows = report.subFunds.map((fund) => {
    fundTotals.cashOnHand = fundTotals.cashOnHand.plus(fund.cashOnHand);
    fundTotals.bank = fundTotals.bank.plus(fund.bank);
    fundTotals.loansOutstanding = fundTotals.loansOutstanding.plus(fund.loansOutstanding);
    fundTotals.netAssets = fundTotals.netAssets.plus(fund.netAssets);
    return `<tr><th scope="row">${label(fund.label, fund.code)}</th><td class="amount">${amount(fund.cashOnHand)}</td><td class="amount">${amount(fund.bank)}</td><td class="amount">${amount(fund.loansOutstanding)}</td><td class="amount">${amount(fund.netAssets)}</td></tr>`;
  });
  const fundTable = `<table><thead><tr><th scope="col">${t.fund}</th><th scope="col" class="amount">${t.onHand}</th><th scope="col" class="amount">${t.bank}</th><th scope="col" class="amount">${t.loansOutstanding}</th><th scope="col" class="amount">${t.netAssets}</th></tr></thead><tbody>${fundRows.join('')}</tbody><tfoot><tr><th scope="row">${t.total}</th><td class="amount">${amount(fundTotals.cashOnHand)}</td><td class="amount">${amount(fundTotals.bank)}</td><td class="amount">${amount(fundTotals.loansOutstanding)}</td><td class="amount">${amount(fundTotals.netAssets)}</td></tr><tr><td colspan="5" class="words">${t.netAssets}: ${words(fundTotals.netAssets)}</td></tr></tfoot></table>`;

  const fundLabels = new Map(report.subFunds.map((fund) => [fund.code, fund.label]));
  const arrearsRows = arrears.loans.map(
    (line) =>
      `<tr><th scope="row">${escapeHtml(line.name)} <span class="id">(${escapeHtml(line.memberId)})</span></th><td>${escapeHtml(line.loanId)}</td><td>${label(fundLabels.get(line.subFund), line.subFund)}</td><td class="amount">${count(line.daysPastDue)}</td><td>${bucketLabel(line.bucket)}</td><td class="amount">${amount(line.overdue)}</td><td class="amount">${amount(line.outstandingPrincipal)}</td></tr>`,
  );
  const arrearsTable =
    arrearsRows.length === 0
      ? `<p>${t.noArrears}</p>`
      : `<table><thead><tr><th scope="col">${t.member}</th><th scope="col">${t.loan}</th><th scope="col">${t.fund}</th><th scope="col" class="amount">${t.daysPastDue}</th><th scope="col">${t.bucket}</th><th scope="col" class="amount">${t.overdue}</th><th scope="col" class="amount">${t.outstanding}</th></tr></thead><tbody>${arrearsRows.join('')}</tbody></table>`;
  const bucketTable = `<section id="arrears-by-bucket"><h3>${t.byBucket}</h3>${moneyTable([
    ...ARREARS_BUCKETS.map((bucket) => moneyRow(bucketLabel(bucket), arrears.byBucket[bucket])),
    moneyRow(t.arrearsTotal, arrears.total, 'total'),
  ])}</section>`;

  const people = (n: number) => `${count(n)}${t.people ? ` ${t.people}` : ''}`;
  const changes = (list: MonthlyReport['members']['joined']) =>
    list.length === 0
      ? `<p>${t.none}</p>`
      : `<table><thead><tr><th scope="col">${t.member}</th><th scope="col">${t.date}</th></tr></thead><tbody>${list
          .map(
            (change) =>
              `<tr><th scope="row">${escapeHtml(change.name)} <span class="id">(${escapeHtml(change.id)})</span></th><td>${date(change.date)}</td></tr>`,
          )
          .join('')}</tbody></table>`;
  const memberSection = `<table><tbody><tr><th scope="row">${t.atStart}</th><td class="amount">${people(members.atStart)}</td></tr><tr><th scope="row">${t.joined}</th><td class="amount">${people(members.joined.length)}</td></tr><tr><th scope="row">${t.left}</th><td class="amount">${people(members.left.length)}</td></tr><tr class="total"><th scope="row">${t.atEnd}</th><td class="amount">${people(members.atEnd)}</td></tr></tbody></table><h3>${t.joined}</h3>${changes(members.joined)}<h3>${t.left}</h3>${changes(members.left)}`;

  const group = report.group === undefined ? '' : escapeHtml(report.group);
  // Thai runs the month on after ประจำเดือน without a space; English needs one.
  const heading = `${t.heading}${lang === 'th' ? '' : ' '}${monthTitle}`;
  // The standard block: signature on a dotted line, the printed name in brackets below, the role.
  const signature = (role: string) =>
    `<div><p>${t.signed} <span class="line"></span></p><p>(<span class="line"></span>)</p><p>${role}</p></div>`;
  return [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(heading)}${group ? ` — ${group}` : ''}</title>`,
    `<style>${STYLE}</style></head>`,
    '<body>',
    `<header><h1>${escapeHtml(heading)}</h1>${group ? `<p class="group">${group}</p>` : ''}<p class="period">${t.period(date(report.from), date(report.to))}</p></header>`,
    '<main>',
    section('flows', t.flows, flows),
    section('result', t.result, resultTable),
    section('cash', t.cash, cashTable),
    section('balances', t.balances, balanceTable),
    section('sub-funds', t.subFunds, fundTable),
    section('arrears', t.arrears, `${arrearsTable}${bucketTable}`),
    section('members', t.members, memberSection),
    '</main>',
    `<footer>${signature(t.preparedBy)}${signature(t.chair)}${signature(t.auditor)}</footer>`,
    '</body></html>',
  ].join('\n');
}

/** Escapes text for HTML content and attribute values. */
function escapeHtml(text: string): string {
  return String(text).replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function englishDate(iso: string, digits: DigitStyle): string {
  formatThaiDate(iso); // validates the date
  // Buddhist-Era years in English too, as the widgets write them: one year on every copy.
  const text = `${Number(iso.slice(8, 10))} ${ENGLISH_MONTHS[Number(iso.slice(5, 7)) - 1]} ${toBuddhistYear(iso)} BE`;
  return withDigits(text, digits);
}
