// The network roll-up example: the built @sajja/core/books rolls up a folder of group reports;
// the example names each fund, lines its columns up by display width, and tells bad input in
// one line on stderr with exit code 2, never a stack trace.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
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

/** Runs the example with `args`; resolves to its exit code and output. */
const run = (...args) =>
  new Promise((resolve) => {
    execFile(process.execPath, [script, ...args], (error, stdout, stderr) =>
      resolve({ status: error ? error.code : 0, stdout, stderr }),
    );
  });

/** A temporary folder with the sample reports and `extra` files; removed after `use`. */
async function withFolder(extra, use) {
  const folder = mkdtempSync(join(tmpdir(), 'sajja-rollup-'));
  try {
    for (const name of reportFiles) copyFileSync(join(reportsFolder, name), join(folder, name));
    for (const [name, text] of Object.entries(extra)) writeFileSync(join(folder, name), text);
    await use(folder);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Runs the example with `args` and asserts that it refused them in exactly the line `expected` (or one matching it). */
async function refused(args, expected) {
  const { status, stdout, stderr } = await run(...args);
  assert.equal(status, 2, stderr);
  assert.equal(stdout, '');
  assert.match(stderr, /^roll-up: [^\n]+\n$/);
  assert.doesNotMatch(stderr, /^\s+at /m);
  if (typeof expected === 'string') assert.equal(stderr, `roll-up: ${expected}\n`);
  else assert.match(stderr, expected);
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

test('the example prints the network totals of the sample reports', async () => {
  const { status, stdout, stderr } = await run(reportsFolder);
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

/** The columns a terminal gives `text`: Thai marks above or below a letter take none. */
const columns = (text) => [...text.replace(/[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/g, '')].length;

test('labels each fund by its name and lines the columns up by display width', async () => {
  const { status, stdout } = await run(reportsFolder);
  assert.equal(status, 0);
  const table = stdout.trimEnd().split('\n').slice(1);
  // Every fund the sample reports name, by the name in its label (กองทุนปุ๋ย: ุ and ๋ take no column).
  const named = reportFiles.flatMap((name) => readReport(name).subFunds.map(({ label }) => label));
  for (const { en, th } of named)
    assert.ok(
      table.some((line) => line.startsWith(`${en} / ${th} `)),
      `${en} / ${th}`,
    );
  assert.ok(!stdout.includes('Fund general'), stdout);
  // A label padded to one display width, two spaces, a value right-aligned in 16 columns: the
  // values line up though Thai marks make the lines' lengths in characters differ.
  assert.equal(new Set(table.map((line) => columns(line.slice(0, -18)))).size, 1, stdout);
  assert.equal(new Set(table.map(columns)).size, 1, stdout);
  assert.ok(
    table.every((line) => /^ {2} *\S/.test(line.slice(-18))),
    stdout,
  );
  const loans = table.find((line) => line.startsWith('Loans outstanding / ลูกหนี้เงินกู้ '));
  const groups = table.find((line) => line.startsWith('Groups / กลุ่ม '));
  assert.notEqual(loans.length, groups.length);
  assert.equal(columns(loans), columns(groups));
});

test('a file that is not a report stops the example with one line naming it', async () => {
  await Promise.all([
    withFolder({ 'zz-broken.json': '{"kind":"monthly-report","month":"2024-01"}' }, (folder) =>
      refused([folder], /^roll-up: zz-broken\.json: the field \S+ is missing or not valid\n$/),
    ),
    withFolder({ 'balance.json': '{"kind":"balance-sheet"}' }, (folder) =>
      refused(
        [folder],
        'balance.json is not a monthly report or a roll-up (its "kind" is "balance-sheet")',
      ),
    ),
    withFolder({ 'typo.json': '{oops' }, (folder) =>
      refused([folder], /^roll-up: typo\.json is not valid JSON: /),
    ),
  ]);
});

test('the example explains how to call it: --help, a missing folder, an unknown option', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'sajja-rollup-empty-'));
  try {
    const [help] = await Promise.all([
      run('--help'),
      refused([], /give the folder of group reports/),
      refused([folder], `no group reports (*.json) in ${folder}`),
      refused(
        [join(folder, 'no-such-folder')],
        `cannot read the folder ${join(folder, 'no-such-folder')}: there is no such file or folder`,
      ),
      refused([reportsFolder, '--json'], 'unknown option --json (see --help)'),
      refused(
        [reportsFolder, reportsFolder],
        /2 inputs given \(\S+ \S+\); give only the folder of group reports/,
      ),
    ]);
    assert.equal(help.status, 0);
    assert.equal(help.stderr, '');
    assert.match(help.stdout, /^Usage: node examples\/node-rollup\/roll-up\.mjs <folder>/);
    assert.match(help.stdout, /-h, --help/);
    assert.match(help.stdout, /roll-up\.mjs examples\/node-rollup\/reports\n/);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
