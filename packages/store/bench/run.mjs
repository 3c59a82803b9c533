// `pnpm bench` for @sajja/store: serves this package with @web/dev-server, opens bench/index.html
// in the system's Chromium (CHROME_PATH, as the tests do) through puppeteer-core, and prints what
// ledger-bench.mjs measured there against the goals of issue 7 and baselines from the same run.
// Benchmarks the built package: run `pnpm build` first (the bench script does).
import { startDevServer } from '@web/dev-server';
import { chromiumArgs, chromiumPath, dexieEsmPlugin } from '@sajja/testing';
import puppeteer from 'puppeteer-core';
import { fileURLToPath } from 'node:url';
import { format, printTable } from '../../core/bench/harness.mjs';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const TIMEOUT_MS = 540_000;

const server = await startDevServer({
  config: { rootDir: packageDir, port: 0, nodeResolve: true, plugins: [dexieEsmPlugin] },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const browser = await puppeteer.launch({
  executablePath: chromiumPath,
  args: chromiumArgs,
  headless: true,
  protocolTimeout: TIMEOUT_MS,
});

try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error('page error:', error));
  const { port } = server.server.address();
  await page.goto(`http://localhost:${port}/bench/index.html${process.argv[2] ?? ''}`);
  await page.waitForFunction(() => window.benchmark !== undefined, { timeout: 60_000 });
  const result = await page.evaluate(() => window.benchmark);
  if (result.error) throw new Error(result.error);

  const { entryCount, import: bulk, summary, page: firstPage, lookup } = result;
  const rowsPerSecond = (ms) => (entryCount / ms) * 1000;
  const ms = (value) => `${value.toFixed(1)} ms`;
  console.log(
    `@sajja/store in ${result.userAgent.match(/Chrom\w+\/[\d.]+/)?.[0] ?? 'Chromium'}, ${format(entryCount)} ledger entries (medians)\n`,
  );
  printTable([
    ['measure', 'goal', 'measured', 'baseline', 'baseline is'],
    [
      `import ${format(entryCount)} entries from CSV (${bulk.runs} runs)`,
      '≥ 20,000 rows/s',
      `${format(rowsPerSecond(bulk.storeMs))} rows/s`,
      `${format(rowsPerSecond(bulk.chunkPutMs))} rows/s`,
      'Dexie bulkPut of the finished chunks',
    ],
    [
      '  one record per entry (schema 2)',
      '',
      '',
      `${format(rowsPerSecond(bulk.bulkAddMs))} rows/s`,
      'Dexie bulkAdd, schema 2 indexes',
    ],
    ['', '', '', `${format(rowsPerSecond(bulk.rawAddMs))} rows/s`, 'IndexedDB add(), no indexes'],
    [
      `monthly summary of a year (${summary.runs} runs)`,
      '≤ 200 ms',
      ms(summary.storeMs),
      ms(summary.inMemoryMs),
      'summarizeLedger, entries in memory',
    ],
    [
      `first page of ${firstPage.size} entries (${firstPage.runs} runs)`,
      '≤ 50 ms',
      ms(firstPage.storeMs),
      ms(firstPage.rawMs),
      'newest chunk read alone',
    ],
    [`get an entry by id (${lookup.getRuns} runs)`, '< 100 ms', ms(lookup.getMs), '', ''],
    [`reverse an entry (${lookup.writeRuns} runs)`, '< 100 ms', ms(lookup.reverseMs), '', ''],
    [`add an entry to a busy month (${lookup.writeRuns} runs)`, '', ms(lookup.addMs), '', ''],
  ]);
  console.log(
    `\nimport: ${ms(bulk.storeMs)} for the store (runs: ${bulk.storeRunsMs.map(ms).join(', ')}), ${ms(bulk.chunkPutMs)} to put the finished ` +
      `chunks, ${ms(bulk.bulkAddMs)} for Dexie's bulkAdd and ${ms(bulk.rawAddMs)} for ` +
      `IndexedDB's add() of one record per entry: the store takes ` +
      `${(bulk.storeMs / bulk.chunkPutMs).toFixed(2)}× the chunks' floor (CSV parsing, ` +
      'validation, id checks, id directory, monthly sums, change log) and ' +
      `${(bulk.rawAddMs / bulk.storeMs).toFixed(1)}× less time than the floor of one record per entry.`,
  );
} finally {
  await browser.close();
  await server.stop();
}
