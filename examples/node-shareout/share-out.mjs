#!/usr/bin/env node
// Year-end share-out from the command line: reads the members from a CSV file (id, shares,
// interest paid), a net profit and a preset or a rules file, prints the allocation by bucket
// and each member's share, and writes them to a CSV file. Every input is checked before
// anything is printed or written; README.md lists the options, the formats and the errors.
//
//   node share-out.mjs members.csv --profit 120000 --preset cooperative --out shareout.csv
//   node share-out.mjs members.csv --profit 120000 --rules rules.json
import { statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
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
  InputError,
  fileProblem,
  isProgram,
  readJsonFile,
  readTextFile,
  runCommand,
} from '../node-cli/command-line.mjs';
import {
  COOPERATIVE_PROFIT_BUCKETS,
  PROFIT_BUCKET_LABELS,
  SAJJA_TRAT_PROFIT_BUCKETS,
  VILLAGE_FUND_PROFIT_BUCKETS,
  allocateProfit,
  averageReturnWeights,
  shareOut,
  validateProfitBuckets,
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

const RULE_FIELDS = ['buckets', 'shareBy', 'excludeMembersWhoMissedInstalment'];

/**
 * Checks rules read from the file `source` and returns them: the buckets as the core checks
 * them, then `shareBy` and `excludeMembersWhoMissedInstalment`. Throws an {@link InputError}
 * that names `source` and the field.
 */
export function checkRules(rules, source) {
  const wrong = (message) => new InputError(`${source}: ${message}`);
  if (typeof rules !== 'object' || rules === null || Array.isArray(rules))
    throw wrong('the rules must be a JSON object with "buckets" (see --help)');
  const unknown = Object.keys(rules).find((key) => !RULE_FIELDS.includes(key));
  if (unknown !== undefined)
    throw wrong(
      `unknown field ${JSON.stringify(unknown)} (the fields are ${RULE_FIELDS.join(', ')})`,
    );
  try {
    validateProfitBuckets(rules.buckets);
  } catch (error) {
    if (!isSajjaError(error, 'RULES_INVALID')) throw error;
    const field = (path) => (path === '' ? 'buckets' : `buckets.${path}`);
    throw wrong(
      error.problems
        .map((problem) => `${field(problem.path)}: ${problemMessage(problem, 'en')}`)
        .join(' '),
    );
  }
  const shareBy = rules.shareBy ?? {};
  if (typeof shareBy !== 'object' || shareBy === null || Array.isArray(shareBy))
    throw wrong('shareBy must be an object such as { "dividend": "shares" }');
  for (const [bucket, by] of Object.entries(shareBy)) {
    if (!Object.hasOwn(rules.buckets, bucket))
      throw wrong(`shareBy names ${JSON.stringify(bucket)}, which is not one of the buckets`);
    if (by !== 'shares' && by !== 'interest')
      throw wrong(`shareBy.${bucket} must be "shares" or "interest", not ${JSON.stringify(by)}`);
  }
  const exclude = rules.excludeMembersWhoMissedInstalment;
  if (exclude !== undefined && typeof exclude !== 'boolean')
    throw wrong('excludeMembersWhoMissedInstalment must be true or false');
  return rules;
}

/**
 * The allocation by bucket and each member's share of the member buckets, for rules as
 * {@link checkRules} returns them (or a preset).
 */
export function computeShareOut(members, netProfit, rules) {
  const allocation = allocateProfit(netProfit, rules.buckets);
  const weights = {
    shares: Object.fromEntries(members.map((member) => [member.id, member.shares])),
    interest: averageReturnWeights(
      members.map(({ id, interestPaid, missedInstalment }) => ({
        id,
        interestPaid,
        missedInstalment,
      })),
      { excludeMembersWhoMissedInstalment: rules.excludeMembersWhoMissedInstalment ?? false },
    ),
  };
  const pools = {};
  for (const [bucket, by] of Object.entries(rules.shareBy ?? {})) {
    try {
      pools[bucket] = shareOut(allocation[bucket], weights[by]);
    } catch (error) {
      if (!isSajjaError(error, 'INVALID_ARGUMENT') || error.reason !== 'all-weights-zero')
        throw error;
      const what =
        by === 'shares'
          ? 'shares'
          : rules.excludeMembersWhoMissedInstalment
            ? 'loan interest paid without a missed instalment'
            : 'loan interest paid';
      throw new InputError(`no member has any ${what}, so the ${bucket} cannot be shared out`);
    }
  }
  return { allocation, pools };
}

const USAGE = `Usage: node examples/node-shareout/share-out.mjs <members.csv> --profit <amount>
         (--preset <name> | --rules <rules.json>) [--out <file.csv>]

Shares out a year's net profit: the by-laws' buckets, then the member buckets among the
members by shares held or by loan interest paid, exact to the satang.

Options:
  --profit <amount>  the year's net profit in baht (required): 120000, 120,000.50, ๑๒๐๐๐๐
  --preset <name>    the buckets of a preset: ${Object.keys(PRESETS).join(', ')}
  --rules <file>     the buckets of your by-laws, from a JSON rules file (instead of --preset)
  --out <file>       also write each member's share to this CSV file, in a folder that
                     exists (default: print only, write nothing)
  -h, --help         show this help

members.csv has a header naming id, shares, interestPaid and, optionally, missedInstalment
(yes/no). A rules file: { "buckets": { "reserve": "10", "dividend": "70", "welfare": "20" },
"shareBy": { "dividend": "shares" }, "excludeMembersWhoMissedInstalment": false }.

Example, from the repository's root after pnpm build:
  node examples/node-shareout/share-out.mjs examples/node-shareout/members.csv \\
    --profit 120000 --preset cooperative --out shareout.csv

Exit code 0 when done, 2 for bad input (one line on stderr says what), 1 for a fault.`;

const OPTIONS = {
  profit: { type: 'string' },
  preset: { type: 'string' },
  rules: { type: 'string' },
  out: { type: 'string' },
};

/** Refuses an `--out` file whose folder does not exist, before anything is printed. */
function checkOutputFile(path) {
  const folder = dirname(path);
  let stats;
  try {
    stats = statSync(folder);
  } catch (error) {
    if (!error?.code) throw error;
    throw new InputError(`--out ${path}: the folder ${folder} does not exist`);
  }
  if (!stats.isDirectory()) throw new InputError(`--out ${path}: ${folder} is not a folder`);
  if (statSync(path, { throwIfNoEntry: false })?.isDirectory())
    throw new InputError(
      `--out ${path} is a folder; give a file name, such as ${path}/shareout.csv`,
    );
}

function main(file, values) {
  if (values.profit === undefined)
    throw new InputError("--profit is required: the year's net profit in baht (see --help)");
  let netProfit;
  try {
    netProfit = parseMoney(values.profit);
  } catch (error) {
    if (!isSajjaError(error)) throw error;
    throw new InputError(`--profit ${values.profit}: ${errorMessage(error, 'en')}`);
  }
  if ((values.preset === undefined) === (values.rules === undefined))
    throw new InputError(
      values.preset === undefined
        ? `give --preset (${Object.keys(PRESETS).join(', ')}) or --rules <file>`
        : 'give --preset or --rules, not both',
    );
  if (values.preset !== undefined && !Object.hasOwn(PRESETS, values.preset))
    throw new InputError(
      `unknown --preset ${values.preset}: use ${Object.keys(PRESETS).join(', ')}`,
    );
  if (values.out !== undefined) checkOutputFile(values.out);

  const rules = values.preset
    ? PRESETS[values.preset]
    : checkRules(readJsonFile(values.rules, 'the rules file'), values.rules);
  const { members, problems } = readMembers(readTextFile(file, "the members' file"));
  if (problems.length === 1)
    throw new InputError(`${file}:${problems[0].line}: ${problems[0].message}`);
  if (problems.length > 1)
    throw new InputError(`${problems.length} problems in ${file}; nothing written`, {
      lines: problems.map(({ line, message }) => `${file}:${line}: ${message}`),
    });
  let result;
  try {
    result = computeShareOut(members, netProfit, rules);
  } catch (error) {
    if (!isSajjaError(error, 'INVALID_ARGUMENT') || error.reason !== 'net-loss') throw error;
    throw new InputError(`--profit ${values.profit}: ${errorMessage(error, 'en')}`);
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
    try {
      writeFileSync(
        values.out,
        formatCsv([['id', 'shares', 'interestPaid', ...poolNames, 'total'], ...rows]),
      );
    } catch (error) {
      if (!error?.code) throw error;
      throw new InputError(`cannot write ${values.out}: ${fileProblem(error)}`);
    }
    console.log(`\nWrote ${values.out}`);
  }
  return 0;
}

if (isProgram(import.meta.url))
  runCommand(
    { name: 'share-out', usage: USAGE, options: OPTIONS, input: "the members' CSV file" },
    main,
  );
