// The organisation half of `pnpm bench` (index.html runs it after ledger-bench.mjs): imports
// into a real IndexedDB, through the BUILT store's importBackup, a group of 300 members with
// ten years of monthly records (a pledge deposit and a welfare contribution each month, a few
// missed, shares every January, a 12-month loan every three years repaid monthly, some members
// falling behind, a few leaving), and times, each beside a naive baseline in the same run:
//   1. the roster of the last month (organisationRoster), against each member's
//      householdOverview (the per-household view: what a roster had to do before);
//   2. the monthly report of the last month (organisationMonthlyReport), against the books of
//      every record (organisationBooks without `to`) and the core's monthlyReport of them;
//   3. the last year's share-out (organisationShareOut), against the books of every record
//      with each member's dividend weight and interest paid found by scanning the whole
//      journal once per member;
//   4. saving one row of the meeting: the records the meeting widget writes for a member (a
//      pledge deposit, a loan repayment, a welfare contribution), then the member's row read
//      again (organisationRosterMember) and the totals of the roster with that row replaced
//      (rosterTotals), against the same writes and the whole roster read again.
// Times are medians of runs interleaved with the baseline's, after one untimed run of each
// (the first saved row too); nothing is asserted about time, but every result is checked, so a smoke
// run (`?smoke`: 12 members, two years) shows the benchmark still works.
import { addMonths, money } from '@sajja/core';
import { incomeStatement, monthlyReport } from '@sajja/core/books';
import { allocateProfit, shareOut } from '@sajja/core/year-end';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  householdOverview,
  openStore,
  organisationBooks,
  organisationMonthlyReport,
  organisationRoster,
  organisationRosterMember,
  organisationShareOut,
  rosterTotals,
} from '../dist/index.js';

const params = new URL(location.href).searchParams;
const SMOKE = params.has('smoke');
const setting = (name, full, smoke) => Number(params.get(name) ?? (SMOKE ? smoke : full));
/** The group: 300 members, ten years. */
export const MEMBER_COUNT = setting('members', 300, 12);
export const YEARS = setting('years', 10, 2);
const RUNS = SMOKE ? 1 : 11;
const BASELINE_RUNS = SMOKE ? 1 : 3;
const FIRST_MONTH = '2015-01';
const LAST_YEAR = 2015 + YEARS - 1;
const MONTH = `${LAST_YEAR}-12`;

const RULES = {
  pledge: { dueDay: 10, defaultAmount: '100', minAmount: '50', maxAmount: '1000' },
  welfare: { waitingDays: 180, contribution: { perMonth: '30' }, benefits: {} },
  loans: { rate: { percent: '1', per: 'month' }, method: 'flat', termMonths: 12 },
  profit: { reserve: '10', dividend: '50', 'average-return': '30', welfare: '10' },
};

/** mulberry32, as in core's bench/harness.mjs: every run measures the same group. */
function seeded(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const day = (month, d) => `${month}-${String(d).padStart(2, '0')}`;
const monthOf = (date) => date.slice(0, 7);

/** The group as a backup: households, the organisation, memberships, loans, transactions. */
function makeGroup() {
  const random = seeded(20150101);
  const recordedAt = '2025-01-01T00:00:00.000Z';
  const organisation = {
    id: 'org-1',
    name: 'กลุ่มสัจจะบ้านหนองบัว',
    kind: 'pledge-group',
    rules: RULES,
  };
  const households = [];
  const memberships = [];
  const loans = [];
  const fundTransactions = [];
  let next = 0;
  const tx = (membership, date, kind, amount, extra = {}) =>
    fundTransactions.push({
      id: `t-${++next}`,
      householdId: membership.householdId,
      membershipId: membership.id,
      organisationId: organisation.id,
      date,
      kind,
      amount: money(amount).toString(),
      ...extra,
      recordedAt,
    });
  const lastMonth = addMonths(`${FIRST_MONTH}-01`, YEARS * 12 - 1).slice(0, 7);
  for (let m = 0; m < MEMBER_COUNT; m++) {
    const household = { id: `h-${m}`, name: `บ้านสมาชิก ${m + 1}`, createdAt: recordedAt };
    households.push(household);
    const joinedMonth =
      m % 10 === 9 ? addMonths(`${FIRST_MONTH}-01`, 12 + (m % 24)).slice(0, 7) : FIRST_MONTH;
    const leaves = m % 50 === 49;
    const membership = {
      id: `m-${m}`,
      householdId: household.id,
      organisationId: organisation.id,
      joinedOn: day(joinedMonth, 1),
      memberNumber: String(m + 1).padStart(4, '0'),
      pledgeAmount: money([100, 200, 300][m % 3]).toString(),
      ...(leaves ? { leftOn: day(addMonths(`${lastMonth}-01`, -18).slice(0, 7), 28) } : {}),
    };
    memberships.push(membership);
    const behind = m % 20 === 7; // stops repaying its last loan
    for (
      let month = joinedMonth;
      month <= lastMonth;
      month = addMonths(`${month}-01`, 1).slice(0, 7)
    ) {
      if (membership.leftOn && day(month, 1) > membership.leftOn) break;
      tx(membership, day(month, 1), 'contribution', '30');
      if (random() > 0.03)
        tx(
          membership,
          day(month, 5 + Math.floor(random() * 5)),
          'deposit',
          membership.pledgeAmount,
        );
      if (month.endsWith('-01')) tx(membership, day(month, 15), 'share', '100');
    }
    // A loan every three years, from a month that differs by member.
    for (let start = 6 + (m % 12); ; start += 36) {
      const disbursedOn = addMonths(day(joinedMonth, 15), start);
      if (monthOf(disbursedOn) > lastMonth) break;
      if (membership.leftOn && disbursedOn > membership.leftOn) break;
      const principal = money(6000 + 1000 * (m % 7));
      const loan = {
        id: `l-${m}-${start}`,
        householdId: household.id,
        membershipId: membership.id,
        organisationId: organisation.id,
        terms: {
          principal: principal.toString(),
          rate: { percent: '1', per: 'month' },
          termMonths: 12,
          method: 'flat',
          disbursedOn,
        },
        rules: RULES.loans,
        recordedAt,
      };
      loans.push(loan);
      const installment = principal
        .times('0.0833333333333', 'half-up')
        .plus(principal.times('0.01'));
      for (let k = 1; k <= 12; k++) {
        const due = addMonths(disbursedOn, k);
        if (monthOf(due) > lastMonth || (membership.leftOn && due > membership.leftOn)) break;
        if (behind && monthOf(due) > addMonths(`${lastMonth}-01`, -3).slice(0, 7)) break;
        tx(membership, due, 'repayment', installment.toString(), { loanId: loan.id });
      }
    }
  }
  // A few corrections: every 500th deposit reversed a week later, as a treasurer would.
  for (const record of fundTransactions
    .filter((each) => each.kind === 'deposit')
    .filter((_, i) => i % 500 === 0)) {
    fundTransactions.push({
      ...record,
      id: `t-${++next}`,
      date: record.date.slice(0, 8) + '20',
      reverses: record.id,
    });
  }
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: recordedAt,
    schemaVersion: 4,
    tables: {
      households,
      organisations: [organisation],
      memberships,
      loans,
      ledger: [],
      fundTransactions,
      changes: [],
    },
  };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * The runs of `work` and of its `baseline`, interleaved (m b m b m m b m for 5 and 3): the
 * database's background work after the bulk import (compacting what it wrote) slows whatever
 * runs first, and interleaving shares that between a measure and its baseline instead of
 * charging it to the measure alone.
 */
async function timedInterleaved(runs, work, baselineRuns, baseline) {
  const measured = { times: [], result: undefined };
  const base = { times: [], result: undefined };
  while (measured.times.length < runs || base.times.length < baselineRuns) {
    const baselineNext =
      base.times.length < baselineRuns &&
      (measured.times.length >= runs ||
        base.times.length / baselineRuns < measured.times.length / runs);
    const into = baselineNext ? base : measured;
    const start = performance.now();
    into.result = await (baselineNext ? baseline : work)();
    into.times.push(performance.now() - start);
  }
  const summary = ({ times, result }) => ({ ms: median(times), runsMs: times, result });
  return [summary(measured), summary(base)];
}

/** The naive roster: each member's household overview, one after another. */
async function naiveRoster(store, backup) {
  const asOf = `${MONTH}-31`;
  const rows = [];
  for (const membership of backup.tables.memberships) {
    rows.push(await householdOverview(store, { householdId: membership.householdId, asOf }));
  }
  return rows;
}

/** The naive report: the books of every record, then the core's monthly report. */
async function naiveReport(store, organisationId) {
  return monthlyReport(await organisationBooks(store, { organisationId }), MONTH);
}

/** The naive share-out: the books of every record, and the whole journal scanned per member. */
async function naiveShareOut(store, organisationId) {
  const books = await organisationBooks(store, { organisationId });
  const from = `${LAST_YEAR}-01-01`;
  const to = `${LAST_YEAR}-12-31`;
  const allocation = allocateProfit(incomeStatement(books, { from, to }).surplus, RULES.profit);
  const shares = {};
  const interest = {};
  for (const member of books.members) {
    let held = money('0');
    let paid = money('0');
    for (const entry of books.entries) {
      if (entry.date > to) continue;
      for (const line of entry.lines) {
        if (line.memberId !== member.id) continue;
        if (line.account === 'member-shares')
          held = held.plus(line.credit ?? '0').minus(line.debit ?? '0');
        if (line.account === 'loan-interest' && entry.date >= from) {
          paid = paid.plus(line.credit ?? '0').minus(line.debit ?? '0');
        }
      }
    }
    shares[member.id] = held;
    interest[member.id] = paid;
  }
  return {
    dividend: shareOut(allocation.dividend, shares),
    averageReturn: shareOut(allocation['average-return'], interest),
  };
}

/**
 * The records the meeting widget writes for one row, in one all-or-nothing write
 * (`fundTransactions.addAll`, as <sajja-meeting> saves a row): the pledge, an instalment of
 * the member's loan, the welfare contribution.
 */
async function writeRow(store, member, loanDue) {
  const pledge = money(member.due.pledge).isPositive() ? member.due.pledge : '100';
  const date = `${MONTH}-25`;
  const row = { membershipId: member.membershipId, date, method: 'cash' };
  const written = await store.fundTransactions.addAll([
    { ...row, kind: 'deposit', amount: pledge },
    { ...row, kind: 'repayment', amount: loanDue.installment, loanId: loanDue.loanId },
    { ...row, kind: 'contribution', amount: '30' },
  ]);
  return written.reduce((sum, record) => sum.plus(record.amount), money('0'));
}

/** Runs the organisation benchmark and returns its measurements. */
export async function runOrganisationBenchmark() {
  const name = `sajja-bench-organisation-${Date.now()}`;
  const store = await openStore({ name });
  try {
    const backup = makeGroup();
    const importStart = performance.now();
    const imported = await store.importBackup(backup);
    const importMs = performance.now() - importStart;
    if (imported.problems.length > 0) {
      throw new Error(`the group did not import: ${JSON.stringify(imported.problems.slice(0, 3))}`);
    }
    const organisationId = 'org-1';
    // One untimed run each, so every figure is of a warm page (the code compiled, as on a
    // page where the committee has already looked at something).
    const showRoster = () => organisationRoster(store, { organisationId, month: MONTH });
    const showReport = () => organisationMonthlyReport(store, { organisationId, month: MONTH });
    const showShareOut = () => organisationShareOut(store, { organisationId, year: LAST_YEAR });
    await showRoster();
    await showReport();
    await showShareOut();

    const [roster, rosterBaseline] = await timedInterleaved(RUNS, showRoster, BASELINE_RUNS, () =>
      naiveRoster(store, backup),
    );
    const [report, reportBaseline] = await timedInterleaved(RUNS, showReport, BASELINE_RUNS, () =>
      naiveReport(store, organisationId),
    );
    const [yearEnd, yearEndBaseline] = await timedInterleaved(
      RUNS,
      showShareOut,
      BASELINE_RUNS,
      () => naiveShareOut(store, organisationId),
    );

    // Saving rows: members with an instalment due in the month, one per run.
    const withLoans = roster.result.members.filter((member) =>
      member.due.loans.some((loan) => money(loan.installment).isPositive()),
    );
    if (withLoans.length < RUNS + BASELINE_RUNS + 1) {
      throw new Error('too few members with a loan due');
    }
    let shown = roster.result.members;
    let paidWritten = money(roster.result.totals.paid.total);
    let saved = 0;
    const saveOneRow = async () => {
      const member = withLoans[saved++];
      const loanDue = member.due.loans.find((loan) => money(loan.installment).isPositive());
      paidWritten = paidWritten.plus(await writeRow(store, member, loanDue));
      const row = await organisationRosterMember(store, {
        organisationId,
        month: MONTH,
        membershipId: member.membershipId,
      });
      shown = shown.map((each) => (each.membershipId === row.membershipId ? row : each));
      const totals = rosterTotals(shown);
      if (!money(totals.paid.total).equals(paidWritten)) throw new Error('a saved row is missing');
      return totals;
    };
    const saveAndReadAll = async () => {
      const member = withLoans[saved++];
      const loanDue = member.due.loans.find((loan) => money(loan.installment).isPositive());
      paidWritten = paidWritten.plus(await writeRow(store, member, loanDue));
      const read = await organisationRoster(store, { organisationId, month: MONTH });
      shown = read.members;
      if (!money(read.totals.paid.total).equals(paidWritten)) {
        throw new Error('the baseline roster misses a saved row');
      }
      return read.totals;
    };
    // The first row saved on the page is untimed too: the write path's code compiles then.
    await saveOneRow();
    const [saveRow, saveRowBaseline] = await timedInterleaved(
      RUNS,
      saveOneRow,
      BASELINE_RUNS,
      saveAndReadAll,
    );
    if (!money(saveRow.result.paid.total).isPositive()) throw new Error('no totals after saving');
    if (!money(rosterTotals(shown).paid.total).equals(paidWritten)) {
      throw new Error('the saved rows are not in the totals');
    }

    // Every result checked: the figures are of work that was done.
    const rows = roster.result.members.length;
    if (rows === 0 || roster.result.totals.members !== rows) throw new Error('empty roster');
    if (rosterBaseline.result.length !== backup.tables.memberships.length)
      throw new Error('overviews missing');
    if (!report.result.deposits.total.isPositive()) throw new Error('no deposits reported');
    if (!report.result.deposits.total.equals(reportBaseline.result.deposits.total)) {
      throw new Error('the report and its baseline disagree');
    }
    if (!money(yearEnd.result.allocation.dividend).isPositive()) throw new Error('no dividend');
    const naiveDividends = Object.values(yearEndBaseline.result.dividend);
    if (naiveDividends.length !== yearEnd.result.shareOut.length && naiveDividends.length === 0) {
      throw new Error('the naive share-out shared nothing');
    }
    const dividends = yearEnd.result.shareOut.reduce(
      (sum, row) => sum.plus(row.dividend),
      money('0'),
    );
    if (!dividends.equals(yearEnd.result.allocation.dividend))
      throw new Error('dividends do not add up');

    return {
      members: MEMBER_COUNT,
      years: YEARS,
      month: MONTH,
      records: backup.tables.fundTransactions.length + backup.tables.loans.length,
      importMs,
      roster: { ms: roster.ms, runsMs: roster.runsMs, rows, baselineMs: rosterBaseline.ms },
      report: { ms: report.ms, runsMs: report.runsMs, baselineMs: reportBaseline.ms },
      shareOut: { ms: yearEnd.ms, runsMs: yearEnd.runsMs, baselineMs: yearEndBaseline.ms },
      saveRow: { ms: saveRow.ms, runsMs: saveRow.runsMs, baselineMs: saveRowBaseline.ms },
      runs: RUNS,
      baselineRuns: BASELINE_RUNS,
    };
  } finally {
    store.close();
    indexedDB.deleteDatabase(name);
  }
}
