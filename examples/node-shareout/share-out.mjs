#!/usr/bin/env node
// Year-end share-out from the command line: reads the members from a CSV file (id, shares,
// interest paid), a net profit and a preset or a rules file, prints the allocation by bucket
// and each member's share, and writes them to a CSV file. Bad rows are reported with their
// line numbers and nothing is written.
//
//   node share-out.mjs members.csv --profit 120000 --preset cooperative --out shareout.csv
//   node share-out.mjs members.csv --profit 120000 --rules rules.json
//
// A rules file is JSON: { "buckets": { "reserve": "10", "dividend": "60", ... },
//   "shareBy": { "dividend": "shares", "average-return": "interest" },
//   "excludeMembersWhoMissedInstalment": false }
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  errorMessage,
  formatCsv,
  formatMoney,
  isSajjaError,
  money,
  parseCsv,
  parseMoney,
  problemMessage,
  sum,
} from '@sajja/core';
import {
  COOPERATIVE_PROFIT_BUCKETS,
  PROFIT_BUCKET_LABELS,
  SAJJA_TRAT_PROFIT_BUCKETS,
  VILLAGE_FUND_PROFIT_BUCKETS,
  allocateProfit,
  averageReturnWeights,
  shareOut,
} from '@sajja/core/year-end';

/** Which member pool each preset bucket is shared by; other buckets stay with the group. */
export const PRESETS = {
  sajja: { buckets: SAJJA_TRAT_PROFIT_BUCKETS, shareBy: { members: 'shares' } },
  cooperative: {
    buckets: COOPERATIVE_PROFIT_BUCKETS,
    shareBy: { dividend: 'shares', 'average-return': 'interest' },
  },
  'village-fund': {
    buckets: VILLAGE_FUND_PROFIT_BUCKETS,
    shareBy: { dividend: 'shares', 'average-return': 'interest' },
  },
};

const COLUMNS = ['id', 'shares', 'interestPaid'];
const YES = new Set(['yes', 'true', '1', 'y', 'ใช่']);

/**
 * Reads the members' CSV: a header naming `id`, `shares`, `interestPaid` (any order, any case)
 * and optionally `missedInstalment` (yes/no). Returns the members and a problem per bad row.
 */
export function readMembers(text) {
  const problems = [];
  const members = [];
  let parsed;
  try {
    parsed = parseCsv(text);
  } catch (error) {
    if (!isSajjaError(error)) throw error;
    return {
      members,
      problems: [{ line: error.details.line ?? 1, message: errorMessage(error, 'en') }],
    };
  }
  const [header = [], ...rows] = parsed.rows;
  const index = Object.fromEntries(header.map((name, i) => [name.trim().toLowerCase(), i]));
  const missing = COLUMNS.filter((name) => index[name.toLowerCase()] === undefined);
  if (missing.length > 0) {
    problems.push({
      line: 1,
      message: `the header must name the columns ${COLUMNS.join(', ')} (missing: ${missing.join(', ')})`,
    });
    return { members, problems };
  }
  const seen = new Map();
  rows.forEach((cells, i) => {
    const line = parsed.lines[i + 1];
    if (cells.every((cell) => cell.trim() === '')) return;
    if (cells.length !== header.length) {
      problems.push({
        line,
        message: `${cells.length} cells, but the header has ${header.length} (a comma inside a number? write 3000, not 3,000, or quote it)`,
      });
      return;
    }
    const cell = (name) => (cells[index[name.toLowerCase()]] ?? '').trim();
    const id = cell('id');
    const rowProblems = [];
    if (id === '') rowProblems.push('id is empty');
    else if (seen.has(id)) rowProblems.push(`id ${id} is also on line ${seen.get(id)}`);
    const amount = (name) => {
      try {
        const value = parseMoney(cell(name));
        if (value.isNegative()) rowProblems.push(`${name} cannot be negative`);
        return value;
      } catch (error) {
        if (!isSajjaError(error)) throw error;
        rowProblems.push(`${name} ${JSON.stringify(cell(name))}: ${errorMessage(error, 'en')}`);
        return undefined;
      }
    };
    const shares = amount('shares');
    const interestPaid = amount('interestPaid');
    if (rowProblems.length > 0) {
      problems.push(...rowProblems.map((message) => ({ line, message })));
      return;
    }
    seen.set(id, line);
    const missedInstalment =
      index.missedinstalment !== undefined && YES.has(cell('missedInstalment').toLowerCase());
    members.push({ id, shares, interestPaid, missedInstalment });
  });
  if (problems.length === 0 && members.length === 0)
    problems.push({ line: 2, message: 'no members' });
  return { members, problems };
}

/** The allocation by bucket and each member's share of the member buckets. */
export function computeShareOut(members, netProfit, rules) {
  const allocation = allocateProfit(netProfit, rules.buckets);
  const shareWeights = Object.fromEntries(members.map((member) => [member.id, member.shares]));
  const interestWeights = averageReturnWeights(
    members.map(({ id, interestPaid, missedInstalment }) => ({
      id,
      interestPaid,
      missedInstalment,
    })),
    { excludeMembersWhoMissedInstalment: rules.excludeMembersWhoMissedInstalment ?? false },
  );
  const pools = {};
  for (const [bucket, by] of Object.entries(rules.shareBy ?? {})) {
    if (!(bucket in allocation)) throw new Error(`shareBy names ${bucket}, which is not a bucket`);
    if (by !== 'shares' && by !== 'interest')
      throw new Error(`shareBy.${bucket} must be "shares" or "interest"`);
    pools[bucket] = shareOut(allocation[bucket], by === 'shares' ? shareWeights : interestWeights);
  }
  return { allocation, pools };
}

function main(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      profit: { type: 'string' },
      preset: { type: 'string' },
      rules: { type: 'string' },
      out: { type: 'string' },
    },
  });
  const [file] = positionals;
  if (!file || !values.profit || !values.preset === !values.rules) {
    console.error(
      'usage: share-out.mjs members.csv --profit <amount> (--preset sajja|cooperative|village-fund | --rules rules.json) [--out shareout.csv]',
    );
    return 2;
  }
  let netProfit;
  try {
    netProfit = parseMoney(values.profit);
  } catch (error) {
    if (!isSajjaError(error)) throw error;
    console.error(`--profit ${values.profit}: ${errorMessage(error, 'en')}`);
    return 2;
  }
  const rules = values.preset
    ? PRESETS[values.preset]
    : JSON.parse(readFileSync(values.rules, 'utf8'));
  if (!rules) {
    console.error(`unknown preset ${values.preset}: use ${Object.keys(PRESETS).join(', ')}`);
    return 2;
  }
  const { members, problems } = readMembers(readFileSync(file, 'utf8'));
  if (problems.length > 0) {
    for (const { line, message } of problems) console.error(`${file}:${line}: ${message}`);
    console.error(`${problems.length} problem(s); nothing written.`);
    return 1;
  }
  let result;
  try {
    result = computeShareOut(members, netProfit, rules);
  } catch (error) {
    if (!isSajjaError(error)) throw error;
    const details = error.problems.map(
      (problem) => `  ${problem.path}: ${problemMessage(problem, 'en')}`,
    );
    console.error([errorMessage(error, 'en'), ...details].join('\n'));
    return 1;
  }
  const { allocation, pools } = result;
  console.log(`Net profit ${formatMoney(netProfit)} baht`);
  for (const [bucket, amount] of Object.entries(allocation)) {
    const label = PROFIT_BUCKET_LABELS[bucket];
    const name = label ? `${label.en} (${label.th})` : bucket;
    console.log(`  ${formatMoney(amount).padStart(14)}  ${bucket.padEnd(16)} ${name}`);
  }
  const poolNames = Object.keys(pools);
  const rows = members.map((member) => {
    const parts = poolNames.map((pool) => pools[pool][member.id]);
    return [
      member.id,
      member.shares.toString(),
      member.interestPaid.toString(),
      ...parts.map(String),
      sum(parts.length ? parts : [money(0)]).toString(),
    ];
  });
  console.log(
    `\n${members.length} members: ${poolNames.map((pool) => `${pool} ${formatMoney(allocation[pool])}`).join(', ')}`,
  );
  for (const row of rows.slice(0, 10))
    console.log(`  ${row[0].padEnd(12)} ${formatMoney(row.at(-1)).padStart(12)}`);
  if (rows.length > 10) console.log(`  … and ${rows.length - 10} more`);
  if (values.out) {
    writeFileSync(
      values.out,
      formatCsv([['id', 'shares', 'interestPaid', ...poolNames, 'total'], ...rows]),
    );
    console.log(`\nWrote ${values.out}`);
  }
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv.slice(2));
