// The demo server's sync side: the embedded sync server under /sync/, the demo token endpoint,
// the demo organisations stored at start (again at a restart on the same data, once).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { startDemoServer } from '../demo-server/demo-server.mjs';
import { DEMO_TOKEN_SECONDS } from '../demo-server/demo-sync.mjs';
import { DEMO_GROUP, demoGroupOrganisation } from '../partner-portal/committee-data.js';

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
  // The group's organisation is on the server, as its treasurer would have pushed it.
  const token = JSON.parse((await demoToken('treasurer')).body).token;
  const { changes } = await (await pull(token)).json();
  assert.deepEqual(
    changes.map(({ table, record }) => ({ table, record })),
    [{ table: 'organisations', record: JSON.parse(JSON.stringify(demoGroupOrganisation())) }],
  );
  // A household reads nothing before it has a membership on the server.
  const household = JSON.parse((await demoToken('household')).body).token;
  assert.deepEqual((await (await pull(household)).json()).changes, []);
});

test('started again on the same data, it keeps one copy of the demo organisations', async () => {
  await server.close();
  server = await startDemoServer({ port: 0, sync: { dataDir } });
  const token = JSON.parse((await demoToken('treasurer')).body).token;
  const { changes } = await (await pull(token)).json();
  assert.equal(changes.length, 1);
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
