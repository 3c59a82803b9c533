// The share-out CLI: allocation by bucket, member shares that add up to their pools exactly,
// a CSV out, and bad rows reported by line with nothing written.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { money, parseCsv, sum } from '@sajja/core';

const script = fileURLToPath(new URL('../node-shareout/share-out.mjs', import.meta.url));
const sample = fileURLToPath(new URL('../node-shareout/members.csv', import.meta.url));
const run = (...args) => spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });
const scratch = () => mkdtempSync(join(tmpdir(), 'sajja-shareout-'));

test('shares a cooperative year-end: pools by shares and by interest, exact to the satang', () => {
  const out = join(scratch(), 'shareout.csv');
  const result = run(sample, '--profit', '54,321.09', '--preset', 'cooperative', '--out', out);
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

test('a rules file can exclude members who missed an instalment from the average return', () => {
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
  const result = run(sample, '--profit', '10000', '--rules', rules, '--out', out);
  assert.equal(result.status, 0, result.stderr);
  const rows = parseCsv(readFileSync(out, 'utf8')).rows.slice(1);
  const m003 = rows.find((row) => row[0] === 'M-003');
  assert.equal(m003[4], '0.00'); // missed an instalment: no average return
  assert.equal(sum(rows.map((row) => row[4])).toString(), '3000.00');
});

test('reports every bad row with its line number and writes nothing', () => {
  const dir = scratch();
  const members = join(dir, 'members.csv');
  writeFileSync(
    members,
    'id,shares,interestPaid\r\nA,100,10\r\nB,abc,5\r\nA,50,1\r\n,10,1\r\nC,-5,0\r\nD,3,000,0\r\n',
  );
  const out = join(dir, 'out.csv');
  const result = run(members, '--profit', '1000', '--preset', 'sajja', '--out', out);
  assert.equal(result.status, 1);
  const lines = result.stderr.trimEnd().split('\n');
  assert.match(lines[0], /members\.csv:3: shares "abc": An amount may contain digits only\./);
  assert.match(lines[1], /members\.csv:4: id A is also on line 2/);
  assert.match(lines[2], /members\.csv:5: id is empty/);
  assert.match(lines[3], /members\.csv:6: shares cannot be negative/);
  assert.match(lines[4], /members\.csv:7: 4 cells, but the header has 3/);
  assert.match(lines[5], /5 problem\(s\); nothing written\./);
  assert.equal(existsSync(out), false);
});

test('refuses buckets that do not add up to 100, with the reason', () => {
  const dir = scratch();
  const rules = join(dir, 'rules.json');
  writeFileSync(rules, JSON.stringify({ buckets: { reserve: '10', dividend: '80' } }));
  const result = run(sample, '--profit', '1000', '--rules', rules);
  assert.equal(result.status, 1);
  assert.match(result.stderr, /must add up to exactly 100 \(they add up to 90\)/);
});
