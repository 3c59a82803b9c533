// The demo server's sync side: the embedded sync server under /sync/, the demo token endpoint,
// the demo organisations and the demo household's memberships stored at start (again at a
// restart on the same data, once).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { startDemoServer } from '../demo-server/demo-server.mjs';
import { DEMO_TOKEN_SECONDS } from '../demo-server/demo-sync.mjs';
import { DEMO_GROUP, demoGroupOrganisation } from '../partner-portal/committee-data.js';
import {
  DEMO_HOUSEHOLD,
  DEMO_MEMBERSHIPS,
  DEMO_SYNC_MEMBERSHIP,
  demoOrganisations,
  demoSyncMembership,
} from '../partner-portal/demo-data.js';

const dataDir = mkdtempSync(join(tmpdir(), 'sajja-demo-sync-test-'));
let server;

before(async () => {
  server = await startDemoServer({ port: 0, sync: { dataDir } });
});
after(async () => {
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const demoToken = async (role) => {
  const response = await fetch(`${server.origin}/demo-token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ role }),
  });
  return { status: response.status, body: await response.text() };
};
const claimsOf = (token) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
const pull = (token) =>
  fetch(`${server.origin}/sync/v1/pull`, { headers: { Authorization: `Bearer ${token}` } });

test('the demo token endpoint signs short-lived tokens for the demo household and treasurer only', async () => {
  const household = JSON.parse((await demoToken('household')).body);
  const claims = claimsOf(household.token);
  assert.deepEqual(claims.sajja, { household: 'demo-household' });
  assert.equal(claims.aud, 'sajja-sync');
  assert.equal(claims.exp - claims.iat, DEMO_TOKEN_SECONDS);
  assert.equal(household.expiresIn, DEMO_TOKEN_SECONDS);
  const treasurer = claimsOf(JSON.parse((await demoToken('treasurer')).body).token);
  assert.deepEqual(treasurer.sajja, { organisation: DEMO_GROUP, role: 'treasurer' });
  for (const role of ['network', 'auditor', 'admin', '', undefined]) {
    assert.equal((await demoToken(role)).status, 400, String(role));
  }
  const get = await fetch(`${server.origin}/demo-token`);
  assert.equal(get.status, 405);
});

test('the sync server answers under /sync/, behind the demo tokens', async () => {
  const health = await fetch(`${server.origin}/sync/health`);
  assert.deepEqual(await health.json(), { ok: true, database: 'pglite', schemaVersion: 1 });
  assert.equal((await pull('not-a-token')).status, 401);
  // The group's organisation is on the server, as its treasurer would have pushed it, with the
  // demo household its treasurer registered as a member.
  const token = JSON.parse((await demoToken('treasurer')).body).token;
  const { changes } = await (await pull(token)).json();
  const byTable = new Map(changes.map(({ table, record }) => [table, record]));
  assert.equal(changes.length, 3);
  assert.deepEqual(
    byTable.get('organisations'),
    JSON.parse(JSON.stringify(demoGroupOrganisation())),
  );
  assert.equal(byTable.get('households').id, DEMO_HOUSEHOLD);
  assert.deepEqual(byTable.get('memberships'), {
    ...demoSyncMembership(demoGroupOrganisation()),
    pledgeAmount: '200.00',
    minDeposit: '50.00',
    maxDeposit: '5000.00',
  });
  // The household's phones get its four memberships and their funds from the server.
  const household = JSON.parse((await demoToken('household')).body).token;
  const pulled = (await (await pull(household)).json()).changes;
  const ids = (table) =>
    pulled
      .filter((change) => change.table === table)
      .map((change) => change.record.id)
      .sort();
  assert.deepEqual(ids('households'), [DEMO_HOUSEHOLD]);
  assert.deepEqual(
    ids('memberships'),
    [...Object.values(DEMO_MEMBERSHIPS), DEMO_SYNC_MEMBERSHIP].sort(),
  );
  assert.deepEqual(
    ids('organisations'),
    [...demoOrganisations().map((organisation) => organisation.id), DEMO_GROUP].sort(),
  );
});

test('started again on the same data, it keeps one copy of the demo organisations', async () => {
  await server.close();
  server = await startDemoServer({ port: 0, sync: { dataDir } });
  const token = JSON.parse((await demoToken('treasurer')).body).token;
  const { changes } = await (await pull(token)).json();
  assert.equal(changes.length, 3);
});

test('without sync the demo server has no token endpoint and no sync server', async () => {
  const plain = await startDemoServer({ port: 0 });
  try {
    assert.equal((await fetch(`${plain.origin}/demo-token`, { method: 'POST' })).status, 405);
    assert.equal((await fetch(`${plain.origin}/sync/health`)).status, 404);
  } finally {
    await plain.close();
  }
});
