// The share-out CLI: allocation by bucket, member shares that add up to their pools exactly,
// a CSV out, bad rows reported by line with nothing written, and every other bad input told
// in one line on stderr with exit code 2, never a stack trace.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { money, parseCsv, sum } from '@sajja/core';

const script = fileURLToPath(new URL('../node-shareout/share-out.mjs', import.meta.url));
const sample = fileURLToPath(new URL('../node-shareout/members.csv', import.meta.url));
/** Runs the script with `args`; resolves to its exit code and output. */
const run = (...args) =>
  new Promise((resolve) => {
    execFile(process.execPath, [script, ...args], (error, stdout, stderr) =>
      resolve({ status: error ? error.code : 0, stdout, stderr }),
    );
  });
const scratch = () => mkdtempSync(join(tmpdir(), 'sajja-shareout-'));

test('shares a cooperative year-end: pools by shares and by interest, exact to the satang', async () => {
  const out = join(scratch(), 'shareout.csv');
  const result = await run(
    sample,
    '--profit',
    '54,321.09',
    '--preset',
    'cooperative',
    '--out',
    out,
  );
  assert.equal(result.status, 0, result.stderr);
  // 54,321.09 × 70.85 % = 38,486.4922… → 38,486.49; × 11.72 % = 6,366.4317… → 6,366.43.
  assert.match(result.stdout, /38,486\.49 {2}dividend/);
  assert.match(result.stdout, /6,366\.43 {2}average-return/);
  const [header, ...rows] = parseCsv(readFileSync(out, 'utf8')).rows;
  assert.deepEqual(header, ['id', 'shares', 'interestPaid', 'dividend', 'average-return', 'total']);
  assert.equal(rows.length, 5);
  assert.equal(sum(rows.map((row) => row[3])).toString(), '38486.49');
  assert.equal(sum(rows.map((row) => row[4])).toString(), '6366.43');
  // M-001 holds 12,000 of 45,000 shares: 38,486.49 × 12/45 = 10,263.064 → 10,263.06.
  assert.deepEqual(rows[0], ['M-001', '12000.00', '1850.50', '10263.06', '1991.47', '12254.53']);
  for (const row of rows) assert.equal(money(row[3]).plus(row[4]).toString(), row[5]);
});

test('a rules file can exclude members who missed an instalment from the average return', async () => {
  const dir = scratch();
  const rules = join(dir, 'rules.json');
  writeFileSync(
    rules,
    JSON.stringify({
      buckets: { reserve: '20', dividend: '50', 'average-return': '30' },
      shareBy: { dividend: 'shares', 'average-return': 'interest' },
      excludeMembersWhoMissedInstalment: true,
    }),
  );
  const out = join(dir, 'out.csv');
  const result = await run(sample, '--profit', '10000', '--rules', rules, '--out', out);
  assert.equal(result.status, 0, result.stderr);
  const rows = parseCsv(readFileSync(out, 'utf8')).rows.slice(1);
  const m003 = rows.find((row) => row[0] === 'M-003');
  assert.equal(m003[4], '0.00'); // missed an instalment: no average return
  assert.equal(sum(rows.map((row) => row[4])).toString(), '3000.00');
});

test('reports every bad row with its line number and writes nothing', async () => {
  const dir = scratch();
  const members = join(dir, 'members.csv');
  writeFileSync(
    members,
    'id,shares,interestPaid\r\nA,100,10\r\nB,abc,5\r\nA,50,1\r\n,10,1\r\nC,-5,0\r\nD,3,000,0\r\n',
  );
  const out = join(dir, 'out.csv');
  const result = await run(members, '--profit', '1000', '--preset', 'sajja', '--out', out);
  assert.equal(result.status, 2);
  assert.equal(result.stdout, '');
  const lines = result.stderr.trimEnd().split('\n');
  assert.match(lines[0], /members\.csv:3: shares "abc": An amount may contain digits only\./);
  assert.match(lines[1], /members\.csv:4: id A is also on line 2/);
  assert.match(lines[2], /members\.csv:5: id is empty/);
  assert.match(lines[3], /members\.csv:6: shares cannot be negative/);
  assert.match(lines[4], /members\.csv:7: 4 cells, but the header has 3/);
  assert.match(lines[5], /^share-out: 5 problems in \S*members\.csv; nothing written$/);
  assert.equal(existsSync(out), false);
});

/** Runs the script with `args` and asserts that it refused them in one line that matches `pattern`. */
async function refused(args, pattern) {
  const result = await run(...args);
  assert.equal(result.status, 2, result.stderr);
  assert.equal(result.stdout, '');
  assert.match(result.stderr, /^share-out: [^\n]+\n$/);
  assert.doesNotMatch(result.stderr, /^\s+at /m);
  assert.match(result.stderr, pattern);
  return result;
}

/** A rules file with `rules` (an object, or text as is) in a new folder; returns its path. */
function rulesFile(rules) {
  const path = join(scratch(), 'by-laws.json');
  writeFileSync(path, typeof rules === 'string' ? rules : JSON.stringify(rules));
  return path;
}

test('refuses percentages that do not add up to 100, naming the rules file and the sum', async () => {
  const rules = rulesFile({ buckets: { reserve: '10', dividend: '80' } });
  const result = await refused(
    [sample, '--profit', '1000', '--rules', rules],
    /by-laws\.json: buckets: .*must add up to exactly 100 \(they add up to 90\)/,
  );
  assert.ok(result.stderr.startsWith(`share-out: ${rules}: `), result.stderr);
});

test('--help prints the usage, every option and an example, and exits 0', async () => {
  for (const result of await Promise.all([run('--help'), run(sample, '-h')])) {
    assert.equal(result.status, 0);
    assert.equal(result.stderr, '');
    for (const option of ['--profit', '--preset', '--rules', '--out', '--help'])
      assert.ok(result.stdout.includes(option), option);
    assert.match(result.stdout, /sajja, cooperative, village-fund/);
    assert.match(result.stdout, /default: print only/);
    assert.match(result.stdout, /share-out\.mjs examples\/node-shareout\/members\.csv/);
  }
});

test('names an unknown option', async () => {
  await Promise.all([
    refused(
      [sample, '--profit', '1000', '--preset', 'sajja', '--prfit', '5'],
      /unknown option --prfit/,
    ),
    refused([sample, '--profit', '1000', '-p', 'sajja'], /unknown option -p /),
  ]);
});

test('reads a negative profit after a space as a loss, and refuses it as one', async () => {
  const loss =
    /--profit -5000: The year shows a loss of 5000\.00 baht, so there is no profit to allocate\./;
  await Promise.all([
    refused([sample, '--profit', '-5000', '--preset', 'sajja'], loss),
    refused([sample, '--profit=-5000', '--preset', 'sajja'], loss),
  ]);
});

test('names an option that is missing, has no value, or has a bad one', async () => {
  await Promise.all([
    refused([sample, '--preset', 'sajja', '--profit'], /--profit needs a value/),
    refused([sample, '--preset', 'sajja'], /--profit is required/),
    refused([sample, '--profit', 'abc', '--preset', 'sajja'], /--profit abc: /),
    refused([sample, '--profit', '1000'], /give --preset .* or --rules/),
    refused([sample, '--profit', '1', '--preset', 'coop'], /unknown --preset coop/),
    refused(['--profit', '1000', '--preset', 'sajja'], /members' CSV file/),
  ]);
});

test('names a members file that is missing or malformed', async () => {
  const dir = scratch();
  const header = join(dir, 'header.csv');
  writeFileSync(header, 'id,amount\nM-1,100\n');
  const quote = join(dir, 'quote.csv');
  writeFileSync(quote, 'id,shares,interestPaid\n"M-1,100,0\n');
  await Promise.all([
    refused(
      [join(dir, 'no-such.csv'), '--profit', '1000', '--preset', 'sajja'],
      /cannot read the members' file \S*no-such\.csv: there is no such file/,
    ),
    refused(
      [header, '--profit', '1000', '--preset', 'sajja'],
      /header\.csv:1: the header must name the columns id, shares, interestPaid \(missing: shares, interestPaid\)/,
    ),
    refused([quote, '--profit', '1000', '--preset', 'sajja'], /quote\.csv:2: .*quote/),
  ]);
});

test('names a rules file that is missing, not JSON or not rules', async () => {
  const shareBy = { buckets: { reserve: '50', dividend: '50' }, shareBy: { divident: 'shares' } };
  await Promise.all([
    refused(
      [sample, '--profit', '1000', '--rules', join(scratch(), 'by-laws.json')],
      /cannot read the rules file \S*by-laws\.json: there is no such file/,
    ),
    refused(
      [sample, '--profit', '1000', '--rules', rulesFile('{"buckets": {')],
      /by-laws\.json is not valid JSON: /,
    ),
    refused(
      [sample, '--profit', '1000', '--rules', rulesFile(['reserve'])],
      /by-laws\.json: the rules must be a JSON object with "buckets"/,
    ),
    refused(
      [sample, '--profit', '1000', '--rules', rulesFile(shareBy)],
      /by-laws\.json: shareBy names "divident", which is not one of the buckets/,
    ),
  ]);
});

test('refuses an output folder that does not exist before printing anything', async () => {
  const out = join(scratch(), 'no-such-folder', 'shareout.csv');
  await refused(
    [sample, '--profit', '1000', '--preset', 'sajja', '--out', out],
    /--out \S*shareout\.csv: the folder \S*no-such-folder does not exist/,
  );
  assert.equal(existsSync(out), false);
});
