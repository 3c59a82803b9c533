// What every benchmark script here shares: seeded inputs, interleaved timing with medians,
// a plain table, goals judged beside the figures, and smoke runs. Benchmarks print what they
// measured; they assert nothing about time (a wrong result makes them exit non-zero).
import { performance } from 'node:perf_hooks';

/**
 * `--smoke` (or `BENCH_SMOKE=1`): tiny sizes and one or two runs, to check in a few seconds
 * that a benchmark still runs to its end and gets its results right (the core's `pnpm test`
 * runs every script so). Its figures mean nothing, and its goals are not judged.
 */
export const SMOKE =
  process.argv.includes('--smoke') || ['1', 'true'].includes(process.env.BENCH_SMOKE ?? '');

/** `full` in a real run, `smoke` in a smoke run: sizes and run counts. */
export const size = (full, smoke) => (SMOKE ? smoke : full);

/** Prints the line that opens a benchmark's output, marked in a smoke run. */
export function printHeading(line) {
  if (SMOKE) console.log('SMOKE RUN: tiny sizes and few runs; the figures below mean nothing.');
  console.log(line);
}

/**
 * A goal's verdict beside its figure: `'met'` or `'missed'` when `value` is at least
 * (`atLeast`) or at most (`atMost`) the goal; `'not judged (smoke)'` in a smoke run.
 */
export function verdict(value, { atLeast, atMost }) {
  if (SMOKE) return 'not judged (smoke)';
  const met = atLeast !== undefined ? value >= atLeast : value <= atMost;
  return met ? 'met' : 'missed';
}

/** Throws when a result is wrong: a benchmark that computes wrong answers must not pass. */
export function check(condition, what) {
  if (!condition) throw new Error(`benchmark result wrong: ${what}`);
}

/** mulberry32: a small seeded generator, so every run measures the same inputs. */
export function seeded(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Runs each candidate `{ fn, inputs }` over all its inputs, `warmupRuns` then `measuredRuns`
 * times, interleaved so that drift (heat, GC, other work) spreads over every candidate alike.
 * Returns, per candidate, the median inputs per second and the outputs of the last run (kept,
 * so no work can be optimised away, and so callers can compare results).
 */
export function measure(candidates, { warmupRuns, measuredRuns }) {
  const rates = candidates.map(() => []);
  const results = candidates.map(() => []);
  for (let run = 0; run < warmupRuns + measuredRuns; run++) {
    candidates.forEach(({ fn, inputs }, index) => {
      const start = performance.now();
      results[index] = inputs.map((input) => fn(input));
      const seconds = (performance.now() - start) / 1000;
      if (run >= warmupRuns) rates[index].push(inputs.length / seconds);
    });
  }
  return candidates.map((_, index) => ({
    perSecond: rates[index].sort((a, b) => a - b)[rates[index].length >> 1],
    results: results[index],
  }));
}

/** Numbers for tables: 1234567.8 → '1,234,568'. */
export const format = (n) => Math.round(n).toLocaleString('en-US');

/** Prints rows as a table: the first row is the header; the first column left-aligned. */
export function printTable(rows) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  const render = (row) =>
    row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');
  console.log(render(rows[0]));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows.slice(1)) console.log(render(row));
}
