// Faults, against the real server in a child process (its built start entry), on PGlite or,
// when SAJJA_TEST_DATABASE_URL is set, PostgreSQL: the server SIGKILLed in the middle of a
// 10,000-record push and restarted on the same data; a response cut off mid-way by a proxy.
// The client is the protocol bare: batches of 1,000, each retried with its own batchId.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import {
  signSyncToken,
  startCuttingProxy,
  startSyncServerProcess,
  stopAllSyncServers,
} from '@sajja/testing/sync-server-process.mjs';
import { pullAll, pushBatch, toBatches } from './support/push-client.mjs';
import { householdChanges } from './support/records.mjs';

const ownDatabase = process.env.SAJJA_TEST_DATABASE_URL || undefined;
/** The push interrupted by a SIGKILL. */
const RECORDS = 10_000;
/** The push whose third response is cut off: four batches are enough. */
const CUT_RECORDS = 4_000;
/** How long after the request reached the server it is killed. */
const KILL_AFTER_MS = 5;

/** On PostgreSQL, the servers of this file share a schema of their own, dropped at the end. */
const schema = `sajja_faults_${randomUUID().replaceAll('-', '')}`;
let databaseUrl;

async function admin(sql) {
  const client = new pg.Client({ connectionString: ownDatabase });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

before(async () => {
  if (!ownDatabase) return;
  await admin(`CREATE SCHEMA ${schema}`);
  const url = new URL(ownDatabase);
  url.searchParams.set('options', `-c search_path=${schema}`);
  databaseUrl = url.toString();
});

after(async () => {
  await stopAllSyncServers();
  if (ownDatabase) await admin(`DROP SCHEMA ${schema} CASCADE`);
});

/** A fresh household of `records` records (its own id: the tests share one server). */
async function household(records) {
  const householdId = `fault-${randomUUID()}`;
  const changes = householdChanges(householdId, records - 1, { idPrefix: `${householdId}-` });
  const token = await signSyncToken({ household: householdId });
  return { householdId, changes, batches: toBatches(changes), token };
}

/** Every change sent, every change pulled: each record exactly once, as it was sent. */
function assertStoredOnce(pulled, changes) {
  const ids = pulled.map((change) => `${change.table}/${change.record.id}`);
  assert.equal(new Set(ids).size, ids.length, 'a record was pulled twice');
  assert.equal(pulled.length, changes.length);
  const seqs = pulled.map((change) => change.seq);
  assert.deepEqual(
    seqs,
    [...seqs].sort((a, b) => a - b),
    'pull is ordered by seq',
  );
  assert.equal(new Set(seqs).size, seqs.length, 'two records share a seq');
  const sent = new Map(changes.map((change) => [`${change.table}/${change.record.id}`, change]));
  for (const change of pulled) {
    const original = sent.get(`${change.table}/${change.record.id}`);
    assert.ok(original, `pulled a record never sent: ${change.record.id}`);
    assert.deepEqual(change.record, original.record);
  }
}

/** Which whole batches the pulled ids make up: all-or-nothing means a prefix of the batches. */
function wholeBatchesStored(pulled, batches) {
  const ids = new Set(pulled.map((change) => change.record.id));
  const stored = batches.map(
    (batch) => batch.changes.filter((change) => ids.has(change.record.id)).length,
  );
  for (const [index, count] of stored.entries()) {
    assert.ok(
      count === 0 || count === batches[index].changes.length,
      `batch ${index} is half stored: ${count} of ${batches[index].changes.length}`,
    );
  }
  return stored.filter((count) => count > 0).length;
}

/**
 * POSTs a batch with node:http: `written` resolves once the whole request is on the socket,
 * `answer` with `{ status }` once the response has ended, or with the error (never rejects).
 */
function pushNoticingSent(url, token, batch) {
  const body = JSON.stringify(batch);
  let sent;
  const written = new Promise((resolve) => (sent = resolve));
  const answer = new Promise((resolve) => {
    const request = httpRequest(
      `${url}/v1/push`,
      {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
        },
      },
      (response) => {
        response.on('error', resolve);
        response.on('aborted', () => resolve(new Error('response aborted')));
        response.on('end', () => resolve({ status: response.statusCode }));
        response.resume();
      },
    );
    request.on('error', resolve);
    request.end(body, sent);
  });
  return { written, answer };
}

const storedCount = (responses) =>
  responses.flatMap((body) => body.results).filter((result) => result.status === 'stored').length;

describe(`faults (${ownDatabase ? 'PostgreSQL' : 'PGlite'})`, { timeout: 300_000 }, () => {
  // One server for both tests (a PGlite server takes seconds to start): the first kills it and
  // starts it again, the second pushes through a proxy in front of it.
  let server;
  before(async () => {
    server = await startSyncServerProcess({ databaseUrl });
  });

  it('stores every record exactly once after the server is SIGKILLed mid-push and the client retries', async (t) => {
    const { changes, batches, token } = await household(RECORDS);
    const acknowledged = [];
    for (const batch of batches.slice(0, 4)) {
      const { status, body } = await pushBatch(server.url, token, batch);
      assert.equal(status, 200, JSON.stringify(body));
      acknowledged.push(body);
    }
    // The fifth batch: killed while the server works on it, just after the whole request
    // reached it (checking and writing 1,000 records takes it far longer than that).
    const { written, answer } = pushNoticingSent(server.url, token, batches[4]);
    await written;
    await new Promise((resolve) => setTimeout(resolve, KILL_AFTER_MS));
    await server.kill();
    const outcome = await answer;
    assert.ok(outcome instanceof Error, `the push in flight got an answer: ${outcome?.status}`);

    await server.restart();
    // Nothing half-written: the batches stored are whole, the four acknowledged and maybe the
    // fifth (if it was committed just before the kill).
    const before = await pullAll(server.url, token);
    const whole = wholeBatchesStored(before.changes, batches);
    assert.ok(whole === 4 || whole === 5, `${whole} batches stored after the kill`);
    t.diagnostic(`the fifth batch ${whole === 5 ? 'was' : 'was not'} committed before the kill`);

    // The client retries from the first unacknowledged batch, with the same batchIds.
    for (const batch of batches.slice(4)) {
      const { status, body } = await pushBatch(server.url, token, batch);
      assert.equal(status, 200, JSON.stringify(body));
      assert.equal(body.batchId, batch.batchId);
      acknowledged.push(body);
    }
    assert.equal(storedCount(acknowledged), RECORDS, 'each record stored once, by one batch');
    const { changes: pulled, cursor } = await pullAll(server.url, token);
    assertStoredOnce(pulled, changes);

    // Sent again, under the same batchIds and then new ones: nothing new is written.
    for (const batch of batches) {
      const { status, body } = await pushBatch(server.url, token, batch);
      assert.equal(status, 200);
      assert.equal(storedCount([body]), batch.changes.length, 'the first response, replayed');
    }
    const mixed = [...batches[4].changes.slice(500), ...batches[9].changes.slice(0, 500)];
    for (const batch of toBatches(mixed)) {
      const { status, body } = await pushBatch(server.url, token, batch);
      assert.equal(status, 200);
      assert.ok(body.results.every((result) => result.status === 'unchanged'));
    }
    assert.equal((await pullAll(server.url, token, { since: cursor })).changes.length, 0);
  });

  it('stores a batch once when its response is cut off mid-way and the client retries', async () => {
    const proxy = await startCuttingProxy({ target: server.url, count: 0 });
    const { changes, batches, token } = await household(CUT_RECORDS);
    const acknowledged = [];
    for (const [index, batch] of batches.entries()) {
      if (index === 2) proxy.cutNext(1);
      let answer;
      try {
        answer = await pushBatch(proxy.url, token, batch);
      } catch (error) {
        assert.equal(index, 2, `batch ${index} failed: ${error}`);
        assert.equal(proxy.cut, 1);
        // The server did the work before the response was lost: three whole batches stored.
        const { changes: sofar } = await pullAll(server.url, token);
        assert.equal(wholeBatchesStored(sofar, batches), 3);
        answer = await pushBatch(proxy.url, token, batch);
      }
      assert.equal(answer.status, 200, JSON.stringify(answer.body));
      assert.equal(answer.body.batchId, batch.batchId);
      acknowledged.push(answer.body);
    }
    assert.equal(proxy.cut, 1, 'one response was cut');
    assert.equal(storedCount(acknowledged), CUT_RECORDS);
    assertStoredOnce((await pullAll(proxy.url, token)).changes, changes);
    await proxy.close();
  });
});
