// Runs every benchmark script in this folder, one process each (so memory figures are each
// script's own), in name order; `--smoke` is passed on. Exits non-zero when one fails. The
// list is the folder's: a new script is run, and checked by `pnpm test`'s smoke run, unasked.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const folder = fileURLToPath(new URL('.', import.meta.url));
const NOT_BENCHMARKS = new Set(['all.mjs', 'harness.mjs']);
const scripts = readdirSync(folder)
  .filter((name) => name.endsWith('.mjs') && !NOT_BENCHMARKS.has(name))
  .sort();
const args = process.argv.slice(2);
const failed = [];
for (const script of scripts) {
  console.log(`\n=== bench/${script} ${args.join(' ')}`.trimEnd());
  const started = performance.now();
  const { status, signal } = spawnSync(process.execPath, [script, ...args], {
    cwd: folder,
    stdio: 'inherit',
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (status !== 0) failed.push(`${script} (${signal ?? `exit ${status}`})`);
  console.log(`--- bench/${script}: ${status === 0 ? 'done' : 'FAILED'} in ${seconds} s`);
}
if (failed.length > 0) {
  console.error(`\nBenchmarks that failed: ${failed.join(', ')}`);
  process.exit(1);
}
