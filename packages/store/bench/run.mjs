// `pnpm bench` for @sajja/store: serves this package with @web/dev-server, opens bench/index.html
// in the system's Chromium (CHROME_PATH, as the tests do) through puppeteer-core, and prints what
// ledger-bench.mjs measured there against the goals and baselines from the same run.
// Benchmarks the built package: run `pnpm build` first (the bench script does).
//
//   node bench/run.mjs                  the full benchmark (100,000 ledger entries)
//   node bench/run.mjs --smoke          tiny sizes, a few seconds: checks that it still works
//                                       (BENCH_SMOKE=1 does the same; `pnpm test` runs it)
//   node bench/run.mjs '?entries=20000' any of ledger-bench.mjs's parameters
//   node bench/run.mjs '?only=organisation,audit'
//                                       only those parts (ledger, audit, organisation)
//
// Each part runs in a browser of its own with a new profile (see measureInChromium).
//
// Goals are reported (PASS or MISS), never asserted; the exit code is non-zero only when the
// benchmark itself fails.
import { startDevServer } from '@web/dev-server';
import { chromiumArgs, chromiumPath, dexieEsmPlugin } from '@sajja/testing';
import puppeteer from 'puppeteer-core';
import { fileURLToPath } from 'node:url';
import { format, printTable } from '../../core/bench/harness.mjs';
import { reportOrganisation } from './organisation-report.mjs';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const TIMEOUT_MS = 540_000;
/** The size the goals are set for; at any other size they are not judged. */
const GOAL_ENTRIES = 100_000;

const args = process.argv.slice(2);
const smoke = args.includes('--smoke') || ['1', 'true'].includes(process.env.BENCH_SMOKE ?? '');
const query = new URLSearchParams(args.find((arg) => arg.startsWith('?')) ?? '');
if (smoke) query.set('smoke', '');

/** The parts of the benchmark, in the order they run (index.html's `?only=`). */
const PARTS = ['ledger', 'audit', 'organisation'];

/**
 * Runs each part asked for in a browser of its own, with a new profile: one part's databases
 * (hundreds of thousands of records written, then deleted) leave the browser's storage
 * compacting for minutes, and that would slow whichever part came next. A device that holds
 * the meeting's group has not just held the ledger benchmark's too.
 */
async function measureInChromium() {
  const asked = query.get('only')?.split(',') ?? PARTS;
  const unknown = asked.filter((part) => !PARTS.includes(part));
  if (unknown.length > 0)
    throw new Error(`unknown parts: ${unknown.join(', ')} (${PARTS.join(', ')})`);
  const server = await startDevServer({
    config: { rootDir: packageDir, port: 0, nodeResolve: true, plugins: [dexieEsmPlugin] },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  try {
    let result = {};
    for (const part of PARTS.filter((each) => asked.includes(each))) {
      const search = new URLSearchParams(query);
      search.set('only', part);
      result = { ...result, ...(await measurePart(server, search)) };
    }
    return result;
  } finally {
    await server.stop();
  }
}

/** One part of the benchmark, in a new browser with a new (temporary) profile. */
async function measurePart(server, search) {
  let browser;
  try {
    browser = await puppeteer.launch({
      executablePath: chromiumPath,
      args: chromiumArgs,
      headless: true,
      protocolTimeout: TIMEOUT_MS,
    });
    const page = await browser.newPage();
    page.on('pageerror', (error) => console.error('page error:', error));
    page.on('response', (response) => {
      if (response.status() >= 400 && !response.url().endsWith('/favicon.ico'))
        console.error(`${response.status()} ${response.url()}`);
    });
    const { port } = server.server.address();
    await page.goto(`http://localhost:${port}/bench/index.html?${search}`);
    await page.waitForFunction(() => window.benchmark !== undefined, { timeout: 60_000 });
    const result = await page.evaluate(() => window.benchmark);
    if (result.error) throw new Error(`the benchmark failed in Chromium:\n${result.error}`);
    return result;
  } finally {
    await browser?.close();
  }
}

function report(result) {
  const { entryCount, import: bulk, summary, page: firstPage, lookup } = result;
  const { deposit, depositPastLedger: pastLedger } = result;
  const judged = !result.smoke && entryCount === GOAL_ENTRIES;
  const verdict = (met) => (judged ? (met ? 'PASS' : 'MISS') : '–');
  const rowsPerSecond = (ms) => `${format((entryCount / ms) * 1000)} rows/s`;
  const ms = (value) => `${value.toFixed(1)} ms`;
  const importRatio = bulk.storeMs / bulk.chunkPutMs;
  const browser = result.userAgent.match(/Chrom\w+\/[\d.]+/)?.[0] ?? 'Chromium';

  console.log(
    `@sajja/store in ${browser}, ${format(entryCount)} ledger entries, ` +
      `${result.hardwareConcurrency} cores (medians of interleaved runs)\n`,
  );
  if (result.smoke) {
    console.log(
      'SMOKE RUN: tiny sizes and few runs, to check that the benchmark still works. The figures\n' +
        'below mean nothing and no goal is judged; run `pnpm bench` for real figures.\n',
    );
  } else if (!judged) {
    console.log(`Goals are set for ${format(GOAL_ENTRIES)} entries: not judged at this size.\n`);
  }
  printTable([
    ['measure', 'goal', 'measured', 'baseline', 'baseline is', 'goal met'],
    [
      `import ${format(entryCount)} entries from CSV (${bulk.runs} runs)`,
      '≤ 4× baseline',
      `${importRatio.toFixed(2)}×, ${rowsPerSecond(bulk.storeMs)}`,
      rowsPerSecond(bulk.chunkPutMs),
      'Dexie bulkPut of the finished chunks',
      verdict(importRatio <= 4),
    ],
    [
      '  one record per entry (schema 2)',
      '',
      '',
      rowsPerSecond(bulk.bulkAddMs),
      'Dexie bulkAdd, schema 2 indexes',
      '',
    ],
    ['', '', '', rowsPerSecond(bulk.rawAddMs), 'IndexedDB add(), no indexes', ''],
    [
      `monthly summary of a year (${summary.runs} runs)`,
      '≤ 10 ms',
      ms(summary.storeMs),
      ms(summary.inMemoryMs),
      'summarizeLedger, entries in memory',
      verdict(summary.storeMs <= 10),
    ],
    [
      `first page of ${firstPage.size} entries (${firstPage.runs} runs)`,
      '≤ 10 ms',
      ms(firstPage.storeMs),
      ms(firstPage.rawMs),
      'newest chunk read alone',
      verdict(firstPage.storeMs <= 10),
    ],
    [
      `a deposit seen by a live balance card (${deposit.runs} runs)`,
      '≤ 30 ms',
      ms(deposit.liveMs),
      ms(deposit.writeMs),
      'the deposit written, nothing subscribed',
      verdict(deposit.liveMs <= 30),
    ],
    ['  its write, the card subscribed', '', ms(deposit.liveWriteMs), '', '', ''],
    ['  the household overview read once', '', ms(deposit.overviewMs), '', '', ''],
    [
      `    its three ledger months read entry by entry (${format(deposit.ledgerEntries)}; not done)`,
      '',
      ms(deposit.ledgerMs),
      '',
      '',
      '',
    ],
    ["  the card's first result", '', ms(deposit.firstMs), '', '', ''],
    [
      `  the same, the card as of ${pastLedger.asOf}`,
      '',
      ms(pastLedger.liveMs),
      ms(pastLedger.writeMs),
      'the deposit written, nothing subscribed',
      '',
    ],
    ['    its household overview read once', '', ms(pastLedger.overviewMs), '', '', ''],
    [`get an entry by id (${lookup.getRuns} runs)`, '', ms(lookup.getMs), '', '', ''],
    [`reverse an entry (${lookup.writeRuns} runs)`, '', ms(lookup.reverseMs), '', '', ''],
    [`add an entry to a busy month (${lookup.writeRuns} runs)`, '', ms(lookup.addMs), '', '', ''],
  ]);
  console.log(
    `\nimport: ${ms(bulk.storeMs)} for the store (runs: ${bulk.storeRunsMs.map(ms).join(', ')}), ` +
      `${ms(bulk.chunkPutMs)} to put the finished chunks, ${ms(bulk.bulkAddMs)} for Dexie's ` +
      `bulkAdd and ${ms(bulk.rawAddMs)} for IndexedDB's add() of one record per entry: the ` +
      `store takes ${importRatio.toFixed(2)}× the chunks' floor (CSV parsing, validation, id ` +
      'checks, id directory, monthly sums, change log) and ' +
      `${(bulk.rawAddMs / bulk.storeMs).toFixed(1)}× less time than the floor of one record per entry.`,
  );
  console.log(
    `deposit: a household in four organisations with ${format(deposit.transactions)} fund ` +
      `transactions beside the ledger above. Its card as of ${deposit.asOf} (whose discipline ` +
      'score counts the ledger days of the three months before) sees a deposit in ' +
      `${ms(deposit.liveMs)} (runs: ${deposit.liveRunsMs.map(ms).join(', ')}), ` +
      `${ms(deposit.liveMs - deposit.writeMs)} more than the write alone; as of ` +
      `${pastLedger.asOf}, past the ledger, in ${ms(pastLedger.liveMs)}, ` +
      `${ms(pastLedger.liveMs - pastLedger.writeMs)} more.`,
  );
  console.log(`\n(${(result.elapsedMs / 1000).toFixed(1)} s in Chromium)`);
}

/** The audit trail's figures (audit-bench.mjs), judged at the group size only. */
function reportAudit(result) {
  const { audit } = result;
  const judged = !smoke && audit.members === 300 && audit.years === 10;
  const ms = (value) => `${value.toFixed(1)} ms`;
  console.log(
    `\nThe audit trail: a group of ${format(audit.members)} members over ${audit.years} years ` +
      `(${format(audit.records)} records, chained as imported in ${ms(audit.importMs)}).\n`,
  );
  printTable([
    ['measure', 'goal', 'measured', 'baseline', 'baseline is', 'goal met'],
    [
      `verify the last year's chain, ${format(audit.checked)} links (${audit.runs} runs)`,
      '≤ 500 ms',
      ms(audit.storeMs),
      ms(audit.naiveMs),
      `every record read whole, the chain rehashed from its start (${audit.naiveRuns} runs)`,
      judged ? (audit.storeMs <= 500 ? 'PASS' : 'MISS') : '–',
    ],
    ['  its reads alone', '', ms(audit.readsMs), '', 'the year read by index, nothing hashed', ''],
  ]);
}

try {
  const result = await measureInChromium();
  if (result.entryCount !== undefined) report(result);
  if (result.audit !== undefined) reportAudit(result);
  if (result.organisation !== undefined) reportOrganisation(result.organisation, smoke);
} catch (error) {
  console.error(error);
  process.exitCode = 1;
}
