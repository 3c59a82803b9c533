// The network roll-up example: the built @sajja/core/books rolls up a folder of group reports.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('../node-rollup/roll-up.mjs', import.meta.url));
const reportsFolder = fileURLToPath(new URL('../node-rollup/reports/', import.meta.url));
const reportFiles = readdirSync(reportsFolder).filter((name) => name.endsWith('.json'));
const readReport = (name) => JSON.parse(readFileSync(join(reportsFolder, name), 'utf8'));

/** Runs the example on `folder`; returns its exit code and output. */
function run(...args) {
  const { status, stdout, stderr } = spawnSync(process.execPath, [script, ...args], {
    encoding: 'utf8',
  });
  return { status, stdout, stderr };
}

/** A temporary folder with the sample reports and `extra` files; removed after `use`. */
function withFolder(extra, use) {
  const folder = mkdtempSync(join(tmpdir(), 'sajja-rollup-'));
  try {
    for (const name of reportFiles) copyFileSync(join(reportsFolder, name), join(folder, name));
    for (const [name, text] of Object.entries(extra)) writeFileSync(join(folder, name), text);
    use(folder);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

test('the sample folder holds three January group reports', () => {
  assert.equal(reportFiles.length, 3);
  for (const name of reportFiles) {
    const report = readReport(name);
    assert.equal(report.kind, 'monthly-report');
    assert.equal(report.month, '2024-01');
  }
});

/** Whole satang of a two-decimal amount: '1234.50' → 123450n. */
const satang = (text) => BigInt(text.replace('.', ''));
/** Whole satang as the example prints them: 123450n → '1,234.50'. */
const printed = (value) =>
  `${(value / 100n).toString().replace(/\B(?=(\d{3})+$)/g, ',')}.${String(value % 100n).padStart(2, '0')}`;
/** The sum over the sample files of one amount, straight from the JSON. */
const total = (pick) => reportFiles.reduce((sum, name) => sum + satang(pick(readReport(name))), 0n);
/** `part ÷ whole` as the example prints it: a percentage to two places, half-up. */
const percent = (part, whole) => {
  const basisPoints = (2n * part * 10000n + whole) / (2n * whole);
  return `${basisPoints / 100n}.${String(basisPoints % 100n).padStart(2, '0')} %`;
};

test('the example prints the network totals of the sample reports', () => {
  const { status, stdout, stderr } = run(reportsFolder);
  assert.equal(stderr, '');
  assert.equal(status, 0);
  const lines = stdout.trimEnd().split('\n');
  const value = (label) =>
    lines
      .find((line) => line.startsWith(label))
      ?.slice(-16)
      .trim();
  const members = reportFiles.reduce((sum, name) => sum + readReport(name).members.atEnd, 0);
  assert.equal(value('Groups'), '3');
  assert.equal(value('Months'), '2024-01');
  assert.equal(value('Members'), String(members));
  assert.equal(value('Savings'), printed(total((r) => r.balances.savings)));
  assert.equal(value('Loans outstanding'), printed(total((r) => r.balances.loansOutstanding)));
  assert.equal(value('Welfare funds'), printed(total((r) => r.welfare.balance)));
  // Overdue principal over principal outstanding, from the summed parts, never averaged.
  const portfolio = total((r) => r.arrears.portfolio);
  assert.equal(
    value('Arrears rate'),
    percent(
      total((r) => r.arrears.principal),
      portfolio,
    ),
  );
  assert.equal(
    value('Portfolio at risk'),
    percent(
      total((r) => r.arrears.atRisk),
      portfolio,
    ),
  );
});

test('rollUp over the files agrees with sums taken straight from the JSON', async () => {
  const { rollUp } = await import('@sajja/core/books');
  const reports = reportFiles.map(readReport);
  const network = rollUp(reports);
  assert.equal(
    satang(network.savings.toString()),
    total((r) => r.balances.savings),
  );
  assert.equal(
    satang(network.arrears.overduePrincipal.toString()),
    total((r) => r.arrears.principal),
  );
  assert.equal(
    satang(network.arrears.portfolio.toString()),
    total((r) => r.arrears.portfolio),
  );
  // Rolling up two partial roll-ups gives the same network.
  const halves = rollUp([rollUp(reports.slice(0, 1)), rollUp(reports.slice(1))]);
  assert.equal(JSON.stringify(halves), JSON.stringify(network));
});

test('a file that is not a report stops the example with a message naming it', () => {
  withFolder({ 'zz-broken.json': '{"kind":"monthly-report","month":"2024-01"}' }, (folder) => {
    const { status, stdout, stderr } = run(folder);
    assert.equal(status, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /^roll-up: zz-broken\.json: the field \S+ is missing or not valid\n$/);
  });
  withFolder({ 'balance.json': '{"kind":"balance-sheet"}' }, (folder) => {
    const { status, stderr } = run(folder);
    assert.equal(status, 1);
    assert.equal(
      stderr,
      'roll-up: balance.json is not a monthly report or a roll-up (its "kind" is "balance-sheet")\n',
    );
  });
  withFolder({ 'typo.json': '{oops' }, (folder) => {
    const { status, stderr } = run(folder);
    assert.equal(status, 1);
    assert.match(stderr, /^roll-up: typo\.json is not valid JSON: /);
  });
});

test('the example explains how to call it, and an empty folder', () => {
  const usage = run();
  assert.equal(usage.status, 2);
  assert.match(usage.stderr, /usage: node roll-up\.mjs <folder/);
  const folder = mkdtempSync(join(tmpdir(), 'sajja-rollup-empty-'));
  try {
    const empty = run(folder);
    assert.equal(empty.status, 1);
    assert.match(empty.stderr, /no group reports \(\*\.json\)/);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
