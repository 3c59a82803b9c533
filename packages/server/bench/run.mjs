// `pnpm --filter @sajja/server bench`: the sync server in a child process (its start script,
// as a partner runs it), on PGlite and on PostgreSQL in the same run, each beside a baseline of
// bare inserts into the same database engine:
//   1. 1,000 devices, each pushing its household's 100 records in one batch, all at once: every
//      record stored exactly once (counted in the pushes' results and pulled back device by
//      device), records a second over the whole burst, p99 push latency; then the same 1,000
//      devices arriving at the goal's rate (5,000 records a second, a device every 20 ms), whose
//      p99 says how long a push takes under that load: the p99 goal is judged there (all at
//      once, the 990th push waits for 989 others whatever the server: its p99 is printed with
//      that floor);
//   2. a new device pulling a household's ten years (5,000 ledger entries);
//   3. a treasurer's new device pulling a 300-member group's ten years (about 86,000 records).
// Times are printed beside the goals and never asserted; the counts are checked, so
// `--smoke` (tiny sizes, in the package's test script) shows the benchmark still works.
//
// PostgreSQL: SAJJA_BENCH_DATABASE_URL or SAJJA_TEST_DATABASE_URL (a database of your own), else
// a throwaway cluster when PostgreSQL's binaries are installed (test/support/postgres.mjs).
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import {
  signSyncToken,
  startSyncServerProcess,
  stopAllSyncServers,
} from '@sajja/testing/sync-server-process.mjs';
import { findPostgresBinaries, startThrowawayPostgres } from '../test/support/postgres.mjs';
import { pullAll, pushBatch, toBatches } from '../test/support/push-client.mjs';
import { groupChanges, householdChanges } from '../test/support/records.mjs';

const SMOKE = process.argv.includes('--smoke');
const SIZES = SMOKE
  ? { devices: 20, perDevice: 10, rate: 500, household: 200, members: 12, years: 2, runs: 1 }
  : {
      devices: 1000,
      perDevice: 100,
      rate: 5000,
      household: 5000,
      members: 300,
      years: 10,
      runs: 5,
    };
const inCi = /^(1|true)$/i.test(process.env.CI ?? '');

const GOALS = {
  recordsPerSecond: 5000,
  p99Ms: 500,
  householdPullMs: 1000,
  groupPullMs: 10_000,
};

const number = (value, digits = 0) =>
  value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const median = (values) => percentile(values, 50);
const judged = (met) => (SMOKE ? 'smoke sizes: not judged' : met ? 'met' : 'MISSED');
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

class CountMismatch extends Error {}
function check(condition, message) {
  if (!condition) throw new CountMismatch(message);
}

/** Runs `work` over `items`, at most `limit` at a time. */
async function pooled(items, limit, work) {
  let next = 0;
  const results = new Array(items.length);
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(items[index], index);
      }
    }),
  );
  return results;
}

/** `count` devices, each a household of `perDevice` records in one batch, tokens signed. */
async function makeDevices(prefix, count, perDevice) {
  return Promise.all(
    Array.from({ length: count }, async (_, index) => {
      const householdId = `${prefix}-d${index}`;
      const changes = householdChanges(householdId, perDevice - 1, {
        seed: index + 1,
        idPrefix: `${householdId}-`,
      });
      return {
        householdId,
        changes,
        batch: toBatches(changes, { deviceId: `device-${householdId}` })[0],
        token: await signSyncToken({ household: householdId }),
      };
    }),
  );
}

/** Pushes every device's batch, starting device i at `i * gapMs` (0: all at once). */
async function pushDevices(url, devices, gapMs) {
  const latencies = [];
  let stored = 0;
  let retries = 0;
  const failures = [];
  const start = performance.now();
  await Promise.all(
    devices.map(async (device, index) => {
      if (gapMs > 0) await sleep(index * gapMs - (performance.now() - start));
      const sent = performance.now();
      // A connection the server could not take (1,000 arriving at once overflow its accept
      // queue) is retried as a device would, same batchId, after a back-off with jitter; the
      // latency is the device's: from its first try to its answer.
      let answer;
      for (let attempt = 1; !answer; attempt++) {
        try {
          answer = await pushBatch(url, device.token, device.batch);
        } catch (error) {
          if (attempt === 10) throw error;
          retries += 1;
          await sleep(200 * attempt * (0.5 + Math.random()));
        }
      }
      const { status, body } = answer;
      latencies.push(performance.now() - sent);
      if (status !== 200) {
        failures.push(`${status} ${JSON.stringify(body).slice(0, 300)}`);
        return;
      }
      stored += body.results.filter((result) => result.status === 'stored').length;
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  return { latencies, stored, failures, seconds, retries };
}

/** Pulls each device's records back: every record there once, as sent. */
async function countPulledBack(url, devices) {
  const counts = await pooled(devices, 16, async (device) => {
    const { changes } = await pullAll(url, device.token);
    const ids = new Set(changes.map((change) => change.record.id));
    check(ids.size === changes.length, `${device.householdId}: a record pulled twice`);
    for (const change of device.changes) {
      check(ids.has(change.record.id), `${device.householdId}: ${change.record.id} missing`);
    }
    return changes.length;
  });
  return counts.reduce((sum, count) => sum + count, 0);
}

/** Bare inserts of the same records into a plain table: the database's own speed. */
async function bareInserts(database, devices, gapMs) {
  await database.exec(
    'DROP TABLE IF EXISTS sajja_bench_bare; CREATE TABLE sajja_bench_bare (table_name text NOT NULL, id text NOT NULL, record jsonb NOT NULL, PRIMARY KEY (table_name, id))',
  );
  const latencies = [];
  const start = performance.now();
  await Promise.all(
    devices.map(async (device, index) => {
      if (gapMs > 0) await sleep(index * gapMs - (performance.now() - start));
      const sent = performance.now();
      const values = [];
      const params = [];
      for (const change of device.changes) {
        params.push(change.table, change.record.id, JSON.stringify(change.record));
        const n = params.length;
        values.push(`($${n - 2}, $${n - 1}, $${n}::jsonb)`);
      }
      await database.query(
        `INSERT INTO sajja_bench_bare (table_name, id, record) VALUES ${values.join(', ')}`,
        params,
      );
      latencies.push(performance.now() - sent);
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  const { rows } = await database.query('SELECT count(*)::int AS count FROM sajja_bench_bare');
  await database.exec('DROP TABLE sajja_bench_bare');
  return { seconds, latencies, count: rows[0].count };
}

/** Seeds a household's ledger, then times a new device pulling all of it. */
async function householdPull(url, prefix) {
  const householdId = `${prefix}-ten-years`;
  const changes = householdChanges(householdId, SIZES.household - 1, {
    seed: 7,
    years: SIZES.years,
    idPrefix: `${householdId}-`,
  });
  const token = await signSyncToken({ household: householdId }, { subject: 'household-seeding' });
  for (const batch of toBatches(changes)) {
    const { status, body } = await pushBatch(url, token, batch);
    check(status === 200, `seeding the household: ${status} ${JSON.stringify(body).slice(0, 300)}`);
  }
  const newDevice = await signSyncToken({ household: householdId }, { subject: 'new-device' });
  const times = [];
  let pulled;
  for (let run = 0; run < SIZES.runs; run++) {
    const start = performance.now();
    pulled = await pullAll(url, newDevice);
    times.push(performance.now() - start);
  }
  check(pulled.changes.length === changes.length, `household pull: ${pulled.changes.length}`);
  return { ms: median(times), records: pulled.changes.length, pages: pulled.pages };
}

/** Seeds a group (its households by their own tokens, the rest by the treasurer), then times
 * the treasurer's new device pulling all of it. */
async function groupPull(url, prefix) {
  const organisationId = `${prefix}-group`;
  const changes = groupChanges(organisationId, SIZES.members, {
    years: SIZES.years,
    idPrefix: `${prefix}-`,
  });
  const scope = { organisation: organisationId, role: 'treasurer' };
  const treasurer = await signSyncToken(scope, { subject: 'treasurer-seeding' });
  // The new device: a token of its own, so the seeding's requests count against another bucket.
  const newDevice = await signSyncToken(scope, { subject: 'treasurer-new-device' });
  const households = changes.filter((change) => change.table === 'households');
  const rest = changes.filter((change) => change.table !== 'households');
  const push = async (token, batch) => {
    const { status, body } = await pushBatch(url, token, batch);
    check(status === 200, `seeding the group: ${status} ${JSON.stringify(body).slice(0, 300)}`);
  };
  await pooled(households, 16, async (change) =>
    push(await signSyncToken({ household: change.record.id }), toBatches([change])[0]),
  );
  const seedStart = performance.now();
  for (const batch of toBatches(rest)) await push(treasurer, batch);
  const seedSeconds = (performance.now() - seedStart) / 1000;
  const times = [];
  let pulled;
  for (let run = 0; run < Math.min(SIZES.runs, 3); run++) {
    const start = performance.now();
    pulled = await pullAll(url, newDevice, { limit: 5000 });
    times.push(performance.now() - start);
  }
  check(
    pulled.changes.length === changes.length,
    `group pull: ${pulled.changes.length} of ${changes.length}`,
  );
  return {
    ms: median(times),
    records: pulled.changes.length,
    pages: pulled.pages,
    seedRate: rest.length / seedSeconds,
  };
}

/** One database: the server on it, the baseline beside it, every measure printed. */
async function benchDatabase(name, { databaseUrl, baseline }) {
  console.log(`\n## ${name}\n`);
  const server = await startSyncServerProcess({ databaseUrl, startTimeoutMs: 60_000 });
  try {
    const prefix = `bench-${randomUUID().slice(0, 8)}`;
    const { devices: count, perDevice, rate } = SIZES;
    const total = count * perDevice;
    const gapMs = (perDevice / rate) * 1000;

    const devices = await makeDevices(`${prefix}-burst`, count, perDevice);
    const burst = await pushDevices(server.url, devices, 0);
    check(burst.failures.length === 0, `pushes refused: ${burst.failures.slice(0, 3).join('; ')}`);
    check(burst.stored === total, `results say ${burst.stored} stored of ${total}`);
    const pulledBack = await countPulledBack(server.url, devices);
    check(pulledBack === total, `pulled back ${pulledBack} of ${total}`);
    const burstRate = total / burst.seconds;
    const burstP99 = percentile(burst.latencies, 99);
    console.log(
      `${number(count)} devices × ${perDevice} records at once: ${number(burst.stored)} stored, ${number(pulledBack)} pulled back, each once`,
    );
    console.log(
      `  ${number(burstRate)} records/s (goal ≥ ${number(GOALS.recordsPerSecond)}: ${judged(burstRate >= GOALS.recordsPerSecond)}); push latency p50 ${number(median(burst.latencies))} ms, p99 ${number(burstP99)} ms (not the p99 goal's reading: with every push in flight at once, the 99th in a hundred waits for most of the others, ≈ ${number((0.99 * total * 1000) / burstRate)} ms at this rate; 500 ms would take ≈ ${number((0.99 * total * 1000) / GOALS.p99Ms)} records/s), whole burst ${number(burst.seconds, 1)} s; ${number(burst.retries)} connections refused and retried`,
    );

    const paced = await makeDevices(`${prefix}-paced`, count, perDevice);
    const steady = await pushDevices(server.url, paced, gapMs);
    check(
      steady.failures.length === 0,
      `pushes refused: ${steady.failures.slice(0, 3).join('; ')}`,
    );
    check(steady.stored === total, `results say ${steady.stored} stored of ${total}`);
    const steadyP99 = percentile(steady.latencies, 99);
    console.log(
      `  arriving at ${number(rate)} records/s (a device every ${number(gapMs)} ms): ${number(steady.stored)} stored; p50 ${number(median(steady.latencies))} ms, p99 ${number(steadyP99)} ms (goal ≤ ${GOALS.p99Ms} ms: ${judged(steadyP99 <= GOALS.p99Ms)}), kept up: ${number(total / steady.seconds)} records/s; ${number(steady.retries)} retried`,
    );

    const bare = await baseline(async (database) => ({
      burst: await bareInserts(database, devices, 0),
      steady: await bareInserts(database, paced, gapMs),
    }));
    check(bare.burst.count === total && bare.steady.count === total, 'bare inserts lost rows');
    const bareRate = total / bare.burst.seconds;
    console.log(
      `  baseline, bare INSERTs of the same records (one multi-row INSERT a device, same database engine): ${number(bareRate)} records/s at once, p99 ${number(percentile(bare.burst.latencies, 99))} ms; at ${number(rate)} records/s p99 ${number(percentile(bare.steady.latencies, 99))} ms; the server at ${number((100 * burstRate) / bareRate)} % of bare inserts`,
    );

    const household = await householdPull(server.url, prefix);
    console.log(
      `a new device pulls a household's ${SIZES.years} years (${number(household.records)} records, ${household.pages} pages of 1,000): ${number(household.ms)} ms, median of ${SIZES.runs} (goal ≤ ${number(GOALS.householdPullMs)} ms: ${judged(household.ms <= GOALS.householdPullMs)})`,
    );
    const group = await groupPull(server.url, prefix);
    console.log(
      `a treasurer's new device pulls a ${SIZES.members}-member group's ${SIZES.years} years (${number(group.records)} records, ${group.pages} pages of 5,000): ${number(group.ms)} ms, median of ${Math.min(SIZES.runs, 3)} (goal ≤ ${number(GOALS.groupPullMs)} ms: ${judged(group.ms <= GOALS.groupPullMs)}); seeded by the treasurer in batches of 1,000 at ${number(group.seedRate)} records/s`,
    );
  } catch (error) {
    console.error(`Last lines of the ${name} server:\n${server.output.slice(-20).join('\n')}`);
    throw error;
  } finally {
    await server.stop();
  }
}

/** A PGlite baseline: a fresh PGlite in its own folder, as the server opens one. */
async function pgliteBaseline(work) {
  const dir = mkdtempSync(join(tmpdir(), 'sajja-bench-pglite-'));
  const database = await PGlite.create(join(dir, 'data'));
  try {
    return await work(database);
  } finally {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A PostgreSQL baseline on the same database as the server, through a pool of 20. */
function postgresBaseline(url) {
  return async (work) => {
    const pool = new pg.Pool({ connectionString: url, max: 20 });
    try {
      return await work({
        exec: (sql) => pool.query(sql),
        query: (sql, params) => pool.query(sql, params),
      });
    } finally {
      await pool.end();
    }
  };
}

console.log(
  `# @sajja/server bench${SMOKE ? ' (--smoke: tiny sizes, goals not judged)' : ''}: ${SIZES.devices} devices × ${SIZES.perDevice} records, a ${SIZES.household}-record household, a ${SIZES.members}-member group over ${SIZES.years} years`,
);
let failed = false;
try {
  await benchDatabase('PGlite (DATA_DIR)', { baseline: pgliteBaseline });
  const ownUrl = process.env.SAJJA_BENCH_DATABASE_URL ?? process.env.SAJJA_TEST_DATABASE_URL;
  if (ownUrl) {
    await benchDatabase('PostgreSQL (your database)', {
      databaseUrl: ownUrl,
      baseline: postgresBaseline(ownUrl),
    });
  } else if (findPostgresBinaries()) {
    const postgres = await startThrowawayPostgres({ database: 'sajja_bench' });
    try {
      await benchDatabase(`PostgreSQL (throwaway cluster, ${postgres.bin})`, {
        databaseUrl: postgres.url,
        baseline: postgresBaseline(postgres.url),
      });
    } finally {
      postgres.stop();
    }
  } else {
    console.error(
      '\n!!! PostgreSQL NOT benchmarked: no server binaries found. Install PostgreSQL or set SAJJA_BENCH_DATABASE_URL.',
    );
    if (inCi) failed = true;
  }
} catch (error) {
  failed = true;
  console.error(error instanceof CountMismatch ? `COUNT MISMATCH: ${error.message}` : error);
} finally {
  await stopAllSyncServers();
}
process.exit(failed ? 1 : 0);
