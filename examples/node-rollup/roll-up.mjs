// A Node example: roll up a network's group reports. Reads every *.json monthly report (or
// earlier roll-up) in a folder and prints the network's totals.
// Run after `pnpm build`:  node examples/node-rollup/roll-up.mjs examples/node-rollup/reports
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { formatMoney, isSajjaError } from '@sajja/core';
import { rollUp } from '@sajja/core/books';

/** Stops with a message on stderr and a non-zero exit code. */
function fail(message, code = 1) {
  console.error(`roll-up: ${message}`);
  process.exit(code);
}

const folder = process.argv[2];
if (folder === undefined) fail('usage: node roll-up.mjs <folder of group report .json files>', 2);

let files;
try {
  files = readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort();
} catch (error) {
  fail(`cannot read the folder ${folder}: ${error.message}`);
}
if (files.length === 0) fail(`no group reports (*.json) in ${folder}`);

const reports = files.map((name) => {
  try {
    return JSON.parse(readFileSync(join(folder, name), 'utf8'));
  } catch (error) {
    return fail(`${name} is not valid JSON: ${error.message}`);
  }
});

let network;
try {
  network = rollUp(reports);
} catch (error) {
  if (!isSajjaError(error) || error.reason !== 'invalid-report') throw error;
  const { index, path } = error.details;
  const name = basename(files[index]);
  fail(
    path === 'kind'
      ? `${name} is not a monthly report or a roll-up (its "kind" is ${JSON.stringify(reports[index]?.kind)})`
      : `${name}: the field ${path} is missing or not valid`,
  );
}

const baht = (amount) => formatMoney(amount);
const percent = (ratio) => (ratio === null ? 'n/a' : `${(Number(ratio) * 100).toFixed(2)} %`);
const rows = [
  ['Groups / กลุ่ม', String(network.groups)],
  ['Months / เดือน', network.months.join(', ')],
  ['Members / สมาชิก', String(network.members.atEnd)],
  ['  joined / เข้าใหม่', String(network.members.joined)],
  ['  left / ลาออก', String(network.members.left)],
  ['Savings / เงินฝาก', baht(network.savings)],
  ['Shares / เงินสัจจะ-หุ้น', baht(network.shares)],
  ['Deposits / รับฝาก', baht(network.deposits)],
  ['Withdrawals / ถอน', baht(network.withdrawals)],
  ['Loans outstanding / ลูกหนี้เงินกู้', baht(network.loansOutstanding)],
  ['Overdue / ค้างชำระ', baht(network.arrears.overdue)],
  ['Arrears rate / อัตราค้างชำระ', percent(network.arrears.ratio)],
  ['Portfolio at risk / สัดส่วนหนี้เสี่ยง', percent(network.arrears.portfolioAtRisk)],
  ['Welfare funds / กองทุนสวัสดิการ', baht(network.welfare.balance)],
  ['Cash on hand / เงินสด', baht(network.cash.onHand)],
  ['Bank / เงินฝากธนาคาร', baht(network.cash.bank)],
  ...Object.entries(network.subFunds).map(([code, amount]) => [
    `Fund ${code} / กองทุน`,
    baht(amount),
  ]),
];
const width = Math.max(...rows.map(([label]) => label.length));
console.log(`Network roll-up of ${files.length} report file(s) in ${folder}`);
for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value.padStart(16)}`);
