// Prints what organisation-bench.mjs measured in Chromium (run.mjs calls it after the ledger's
// table), against the goals: judged only at the size (300 members, ten years)
// and never in a smoke run.
import { format, printTable } from '../../core/bench/harness.mjs';

const GOAL_MEMBERS = 300;
const GOAL_YEARS = 10;

/** Prints the organisation benchmark's table. */
export function reportOrganisation(result, smoke) {
  const judged = !smoke && result.members === GOAL_MEMBERS && result.years === GOAL_YEARS;
  const verdict = (met) => (judged ? (met ? 'PASS' : 'MISS') : '–');
  const ms = (value) => `${value.toFixed(1)} ms`;
  console.log(
    `\nThe monthly meeting: a group of ${format(result.members)} members over ${result.years} ` +
      `years (${format(result.records)} fund transactions and loans, imported in ` +
      `${ms(result.importMs)}); the month ${result.month}. Medians of ${result.runs} runs, ` +
      `interleaved with ${result.baselineRuns} of each baseline, after one untimed run of each.\n`,
  );
  if (!judged && !smoke) {
    console.log(
      `Goals are set for ${GOAL_MEMBERS} members over ${GOAL_YEARS} years: not judged at this size.\n`,
    );
  }
  printTable([
    ['measure', 'goal', 'measured', 'baseline', 'baseline is', 'goal met'],
    [
      `the month's roster (${format(result.roster.rows)} rows)`,
      '≤ 150 ms',
      ms(result.roster.ms),
      ms(result.roster.baselineMs),
      "each member's householdOverview",
      verdict(result.roster.ms <= 150),
    ],
    [
      'save one row, see the totals',
      '≤ 50 ms',
      ms(result.saveRow.ms),
      ms(result.saveRow.baselineMs),
      'the same writes, the whole roster read again',
      verdict(result.saveRow.ms <= 50),
    ],
    [
      "the month's report",
      '≤ 300 ms',
      ms(result.report.ms),
      ms(result.report.baselineMs),
      'books of every record + monthlyReport',
      verdict(result.report.ms <= 300),
    ],
    [
      "the year's share-out",
      '≤ 500 ms',
      ms(result.shareOut.ms),
      ms(result.shareOut.baselineMs),
      'books of every record, journal scanned per member',
      verdict(result.shareOut.ms <= 500),
    ],
  ]);
  console.log(
    `roster runs: ${result.roster.runsMs.map(ms).join(', ')}; report runs: ` +
      `${result.report.runsMs.map(ms).join(', ')}; share-out runs: ` +
      `${result.shareOut.runsMs.map(ms).join(', ')}; save-row runs: ` +
      `${result.saveRow.runsMs.map(ms).join(', ')}.`,
  );
}
