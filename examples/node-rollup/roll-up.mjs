// A Node example: roll up a network's group reports. Reads every *.json monthly report (or
// earlier roll-up) in a folder and prints the network's totals, each fund by its name, in
// columns that line up in a terminal. README.md lists the options and the errors.
// Run after `pnpm build`:  node examples/node-rollup/roll-up.mjs examples/node-rollup/reports
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { displayColumns, formatMoney, isSajjaError } from '@sajja/core';
import { rollUp } from '@sajja/core/books';
import {
  InputError,
  fileProblem,
  isProgram,
  readJsonFile,
  runCommand,
} from '../node-cli/command-line.mjs';

const USAGE = `Usage: node examples/node-rollup/roll-up.mjs <folder>

Rolls up every *.json group report in <folder> (monthly reports, or earlier roll-ups) and
prints the network's totals: groups, members, savings, loans, arrears, cash, welfare and
each fund by its name.

Options:
  -h, --help  show this help

Example, from the repository's root after pnpm build:
  node examples/node-rollup/roll-up.mjs examples/node-rollup/reports

Exit code 0 when done, 2 for bad input (one line on stderr says what), 1 for a fault.`;

/** `text` and spaces after it to fill `columns` display columns. */
const padEndToWidth = (text, columns) =>
  text + ' '.repeat(Math.max(0, columns - displayColumns(text)));

/** The *.json files in `folder`, sorted; an {@link InputError} if there are none. */
function reportFiles(folder) {
  let names;
  try {
    names = readdirSync(folder);
  } catch (error) {
    if (!error?.code) throw error;
    throw new InputError(`cannot read the folder ${folder}: ${fileProblem(error)}`);
  }
  const files = names.filter((name) => name.endsWith('.json')).sort();
  if (files.length === 0) throw new InputError(`no group reports (*.json) in ${folder}`);
  return files;
}

/** Each fund's label by its code, from the first report that names it; roll-ups carry none. */
function fundLabels(reports) {
  const labels = new Map();
  for (const report of reports) {
    if (!Array.isArray(report?.subFunds)) continue;
    for (const { code, label } of report.subFunds) {
      if (!labels.has(code) && typeof label?.th === 'string' && typeof label?.en === 'string')
        labels.set(code, label);
    }
  }
  return labels;
}

function main(folder) {
  const files = reportFiles(folder);
  const reports = files.map((name) => readJsonFile(join(folder, name), 'the report', name));

  let network;
  try {
    network = rollUp(reports);
  } catch (error) {
    if (!isSajjaError(error) || error.reason !== 'invalid-report') throw error;
    const { index, path } = error.details;
    throw new InputError(
      path === 'kind'
        ? `${files[index]} is not a monthly report or a roll-up (its "kind" is ${JSON.stringify(reports[index]?.kind)})`
        : `${files[index]}: the field ${path} is missing or not valid`,
    );
  }

  const baht = (amount) => formatMoney(amount);
  const percent = (ratio) => (ratio === null ? 'n/a' : `${(Number(ratio) * 100).toFixed(2)} %`);
  const labels = fundLabels(reports);
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
    ...Object.entries(network.subFunds).map(([code, amount]) => {
      const label = labels.get(code);
      return [label ? `${label.en} / ${label.th}` : `Fund ${code} / กองทุน ${code}`, baht(amount)];
    }),
  ];
  const width = Math.max(...rows.map(([label]) => displayColumns(label)));
  console.log(`Network roll-up of ${files.length} report file(s) in ${folder}`);
  for (const [label, value] of rows)
    console.log(`${padEndToWidth(label, width)}  ${value.padStart(16)}`);
  return 0;
}

if (isProgram(import.meta.url))
  runCommand(
    { name: 'roll-up', usage: USAGE, input: 'the folder of group reports (*.json)' },
    main,
  );
