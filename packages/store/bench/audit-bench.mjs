// The audit trail's part of `pnpm bench` (index.html runs it after ledger-bench.mjs): a group
// of 300 members with ten years of monthly records (a pledge deposit per member per month, a
// share a year, 30 loans a year repaid monthly), imported into the BUILT store (which chains
// them as it writes them), then times verifying one year's chain with verifyOrganisationAudit
// against a naive baseline: every link and every record of the organisation read whole
// (toArray, no index), the whole chain hashed again from its start with the core's
// chainEntries, and the year's links compared; beside them, the floor of the store's reads (the
// year's links and fund transactions read by index, nothing hashed). Both must say the chain verifies; after a
// record is edited behind the store's back both must find it. Times are medians of
// interleaved runs; nothing is asserted about time.
import { chainEntries } from '@sajja/core/books';
import Dexie from 'dexie';
import { openStore, verifyOrganisationAudit } from '../dist/index.js';

const params = new URL(location.href).searchParams;
const SMOKE = params.has('smoke');
const setting = (name, full, smoke) => Number(params.get(name) ?? (SMOKE ? smoke : full));
/** The group: 300 members, ten years. */
export const MEMBERS = setting('members', 300, 12);
export const YEARS = setting('years', 10, 2);
const LOANS_PER_YEAR = Math.max(1, Math.round(MEMBERS / 10));
const RUNS = SMOKE ? 3 : 15;
const NAIVE_RUNS = SMOKE ? 1 : 5;
const FIRST_YEAR = 2016;
const LAST_YEAR = FIRST_YEAR + YEARS - 1;

const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
const pad = (number, width = 2) => String(number).padStart(width, '0');

/** The group's records as a backup (the records the store writes, ids and times fixed). */
function groupBackup() {
  const organisationId = 'bench-group';
  const households = [];
  const memberships = [];
  const loans = [];
  const transactions = [];
  for (let member = 0; member < MEMBERS; member++) {
    const householdId = `h-${pad(member, 4)}`;
    households.push({
      id: householdId,
      name: `บ้าน ${member}`,
      createdAt: '2015-12-01T00:00:00.000Z',
    });
    memberships.push({
      id: `m-${pad(member, 4)}`,
      householdId,
      organisationId,
      joinedOn: `${FIRST_YEAR}-01-01`,
      memberNumber: pad(member + 1, 4),
      pledgeAmount: '200.00',
    });
  }
  const add = (member, date, kind, amount, extra = {}) =>
    transactions.push({
      id: `t-${pad(transactions.length, 7)}`,
      householdId: memberships[member].householdId,
      membershipId: memberships[member].id,
      organisationId,
      date,
      kind,
      amount,
      ...extra,
      recordedAt: `${date}T10:00:00.000Z`,
    });
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
    for (let month = 1; month <= 12; month++) {
      const date = `${year}-${pad(month)}-05`;
      for (let member = 0; member < MEMBERS; member++) {
        add(member, date, 'deposit', '200.00');
        if (month === 1) add(member, date, 'share', '100.00');
      }
    }
    for (let n = 0; n < LOANS_PER_YEAR; n++) {
      const member = (n * 7 + year) % MEMBERS;
      const loan = {
        id: `l-${year}-${pad(n, 3)}`,
        householdId: memberships[member].householdId,
        membershipId: memberships[member].id,
        organisationId,
        terms: {
          principal: '12000.00',
          rate: { percent: '1', per: 'month' },
          termMonths: 12,
          method: 'flat',
          disbursedOn: `${year}-01-10`,
        },
        recordedAt: `${year}-01-10T10:00:00.000Z`,
      };
      loans.push(loan);
      for (let month = 2; month <= 12; month++) {
        add(member, `${year}-${pad(month)}-10`, 'repayment', '1120.00', { loanId: loan.id });
      }
    }
  }
  transactions.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
  return {
    organisationId,
    backup: {
      format: 'sajja-backup',
      version: 1,
      exportedAt: '2026-01-01T00:00:00.000Z',
      schemaVersion: 5,
      tables: {
        households,
        organisations: [{ id: organisationId, name: 'กลุ่มออมทรัพย์', kind: 'savings-group' }],
        memberships,
        loans,
        ledger: [],
        fundTransactions: transactions,
        changes: [],
      },
    },
  };
}

/**
 * The naive check: everything read whole, the whole chain hashed again from its start, then
 * the year's links compared. Returns the first link of the year that does not verify, or
 * `undefined`.
 */
async function naiveVerify(name, organisationId, from, to) {
  const db = new Dexie(name);
  await db.open();
  try {
    const [links, ...tables] = await db.transaction(
      'r',
      ['auditLinks', 'organisations', 'memberships', 'loans', 'fundTransactions'],
      () =>
        Promise.all(
          ['auditLinks', 'organisations', 'memberships', 'loans', 'fundTransactions'].map((table) =>
            db.table(table).toArray(),
          ),
        ),
    );
    const records = new Map();
    ['organisations', 'memberships', 'loans', 'fundTransactions'].forEach((table, index) => {
      for (const record of tables[index]) records.set(`${table}:${record.id}`, record);
    });
    const chain = links
      .filter((link) => link.organisationId === organisationId)
      .sort((a, b) => a.seq - b.seq);
    const rehashed = await chainEntries(
      chain.map(({ organisationId: owner, table, recordId, month }) => ({
        organisationId: owner,
        table,
        recordId,
        month,
        record: records.get(`${table}:${recordId}`) ?? null,
      })),
    );
    return chain.find(
      (link, index) => link.month >= from && link.month <= to && rehashed[index].hash !== link.hash,
    );
  } finally {
    db.close();
  }
}

/** Builds the group, times the year's verification and the baseline, interleaved. */
export async function runAuditBenchmark() {
  Dexie.debug = false;
  const { organisationId, backup } = groupBackup();
  const name = `sajja-audit-bench-${Date.now()}`;
  const store = await openStore({ name });
  try {
    const importStart = performance.now();
    const report = await store.importBackup(backup);
    const importMs = performance.now() - importStart;
    if (report.problems.length > 0) {
      throw new Error(`the group did not import: ${JSON.stringify(report.problems.slice(0, 3))}`);
    }
    const from = `${LAST_YEAR}-01`;
    const to = `${LAST_YEAR}-12`;
    const year = { organisationId, from, to };
    const storeMs = [];
    const readsMs = [];
    const naiveMs = [];
    let checked = 0;
    // The store's runs and the reads' floor interleaved; the naive baseline after them: each
    // of its runs reads the whole database, and collecting that garbage would land in the
    // next run measured.
    const reader = new Dexie(name);
    await reader.open();
    for (let run = 0; run < RUNS; run++) {
      let start = performance.now();
      const audit = await verifyOrganisationAudit(store, year);
      storeMs.push(performance.now() - start);
      if (!audit.ok) throw new Error(`the year does not verify: ${JSON.stringify(audit)}`);
      checked = audit.checked;
      start = performance.now();
      const [links, records] = await reader.transaction(
        'r',
        ['auditLinks', 'fundTransactions'],
        () =>
          Promise.all([
            reader
              .table('auditLinks')
              .where('[organisationId+month]')
              .between([organisationId, from], [organisationId, to], true, true)
              .toArray(),
            reader
              .table('fundTransactions')
              .where('[organisationId+date]')
              .between([organisationId, from], [organisationId, `${to}-99`])
              .toArray(),
          ]),
      );
      readsMs.push(performance.now() - start);
      if (links.length !== audit.checked || records.length === 0) {
        throw new Error('the reads floor did not read the year');
      }
    }
    reader.close();
    for (let run = 0; run < NAIVE_RUNS; run++) {
      const start = performance.now();
      const naive = await naiveVerify(name, organisationId, from, to);
      naiveMs.push(performance.now() - start);
      if (naive !== undefined) throw new Error('the naive check does not verify the year');
    }
    // Both find a record edited behind the store's back.
    const edited = backup.tables.fundTransactions.findLast((record) => record.date >= from);
    const db = new Dexie(name);
    await db.open();
    await db.table('fundTransactions').update(edited.id, { amount: '2000.00' });
    db.close();
    const found = await verifyOrganisationAudit(store, year);
    if (found.ok || found.broken.recordId !== edited.id) {
      throw new Error(`the edited record was not found: ${JSON.stringify(found)}`);
    }
    if ((await naiveVerify(name, organisationId, from, to))?.recordId !== edited.id) {
      throw new Error('the naive check did not find the edited record');
    }
    return {
      members: MEMBERS,
      years: YEARS,
      records:
        backup.tables.fundTransactions.length +
        backup.tables.loans.length +
        backup.tables.memberships.length +
        1,
      checked,
      runs: RUNS,
      naiveRuns: NAIVE_RUNS,
      readsMs: median(readsMs),
      importMs,
      storeMs: median(storeMs),
      naiveMs: median(naiveMs),
    };
  } finally {
    store.close();
    await Dexie.delete(name);
  }
}
