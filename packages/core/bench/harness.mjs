// What every benchmark script here shares: seeded inputs, interleaved timing with medians,
// and a plain table. Benchmarks print what they measured; they assert nothing about time.
import { performance } from 'node:perf_hooks';

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
