// What the server's tests share: a server on PGlite in a temporary folder, or on the
// PostgreSQL database that SAJJA_TEST_DATABASE_URL names (each server in a schema of its own,
// dropped at the end), tokens, and records as the store writes them.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createSyncServer, signDevelopmentToken } from '../dist/index.js';

export const SECRET = 'test-secret-of-the-sync-server-0123456789';
export const DATABASE_URL = process.env.SAJJA_TEST_DATABASE_URL || undefined;
/** Which database the tests run on, for test names. */
export const ENGINE = DATABASE_URL ? 'postgres' : 'pglite';

/**
 * A sync server for one test file, on a database of its own; `close()` removes it.
 * `logs` collects every log line.
 */
export async function startServer(options = {}) {
  const logs = [];
  let database;
  let cleanUp = async () => {};
  if (DATABASE_URL) {
    const schema = `sajja_test_${randomUUID().replaceAll('-', '')}`;
    const admin = new pg.Client({ connectionString: DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    await admin.end();
    const url = new URL(DATABASE_URL);
    url.searchParams.set('options', `-c search_path=${schema}`);
    database = { url: url.toString() };
    cleanUp = async () => {
      const client = new pg.Client({ connectionString: DATABASE_URL });
      await client.connect();
      await client.query(`DROP SCHEMA ${schema} CASCADE`);
      await client.end();
    };
  } else {
    const dataDir = mkdtempSync(join(tmpdir(), 'sajja-server-test-'));
    database = { dataDir };
    cleanUp = async () => rmSync(dataDir, { recursive: true, force: true });
  }
  const server = await createSyncServer({
    database,
    tokens: { secret: SECRET },
    rateLimit: false,
    log: (entry) => logs.push(entry),
    ...options,
  });
  return {
    server,
    logs,
    close: async () => {
      await server.close();
      await cleanUp();
    },
  };
}

/** A token for `scope` signed with the tests' secret. */
export const tokenFor = (scope, options = {}) =>
  signDevelopmentToken({ secret: SECRET, scope, ...options });

/** A unique id for this test run: ids of different tests never meet. */
export const uid = (prefix) => `${prefix}-${randomUUID().slice(0, 8)}`;

/** A device speaking the protocol for `scope` through `server.fetch`. */
export async function device(server, scope, { token } = {}) {
  const bearer = token ?? (await tokenFor(scope));
  const call = async (path, init = {}) => {
    const response = await server.fetch(
      new Request(`http://sync.test${path}`, {
        ...init,
        headers: { authorization: `Bearer ${bearer}`, ...(init.headers ?? {}) },
      }),
    );
    return { status: response.status, headers: response.headers, body: await response.json() };
  };
  return {
    token: bearer,
    call,
    push: (changes, batchId = randomUUID(), deviceId = 'device-1') =>
      call('/v1/push', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ batchId, deviceId, changes }),
      }),
    pull: (since, limit) => {
      const query = new URLSearchParams();
      if (since !== undefined) query.set('since', since);
      if (limit !== undefined) query.set('limit', String(limit));
      return call(`/v1/pull?${query}`);
    },
    /** Every change in scope, pulling page after page from the start. */
    pullAll: async (limit = 1000) => {
      const changes = [];
      let cursor;
      for (;;) {
        const { status, body } = await call(
          `/v1/pull?${new URLSearchParams({ ...(cursor ? { since: cursor } : {}), limit: String(limit) })}`,
        );
        if (status !== 200) throw new Error(`pull: ${status} ${JSON.stringify(body)}`);
        changes.push(...body.changes);
        cursor = body.cursor;
        if (!body.more) return { changes, cursor };
      }
    },
  };
}

const AT = '2025-01-05T03:00:00.000Z';

/** Records as the store keeps them. */
export const records = {
  household: (id, name = 'บ้านนายสมชาย') => ({ id, name, createdAt: AT }),
  organisation: (id, fields = {}) => ({
    id,
    name: 'กลุ่มสัจจะบ้านหนองบัว',
    kind: 'pledge-group',
    ...fields,
  }),
  membership: (id, householdId, organisationId, fields = {}) => ({
    id,
    householdId,
    organisationId,
    joinedOn: '2024-01-01',
    ...fields,
  }),
  ledger: (id, householdId, fields = {}) => ({
    id,
    date: '2025-01-05',
    kind: 'expense',
    category: 'food',
    amount: '120.50',
    householdId,
    recordedAt: AT,
    ...fields,
  }),
  transaction: (id, membership, fields = {}) => ({
    id,
    householdId: membership.householdId,
    membershipId: membership.id,
    organisationId: membership.organisationId,
    date: '2025-01-05',
    kind: 'deposit',
    amount: '100.00',
    recordedAt: AT,
    ...fields,
  }),
  loan: (id, membership, fields = {}) => ({
    id,
    householdId: membership.householdId,
    membershipId: membership.id,
    organisationId: membership.organisationId,
    terms: {
      principal: '20000.00',
      rate: { percent: '1', per: 'month' },
      termMonths: 12,
      method: 'flat',
      disbursedOn: '2025-02-10',
    },
    recordedAt: AT,
    ...fields,
  }),
};

/** An HLC reading at `ms` with `counter` on `node`. */
export const hlc = (ms, counter = 0, node = 'device-1') =>
  `${String(ms).padStart(15, '0')}-${String(counter).padStart(5, '0')}-${node}`;

/**
 * A household h with its organisation o and membership m on the server, as a group registers a
 * member: the treasurer's push of the organisation, the household and its membership (a
 * household may not register itself: `membership-not-registered`).
 */
export async function seedHousehold(server) {
  const h = uid('h');
  const o = uid('o');
  const m = records.membership(uid('m'), h, o);
  const treasurer = await device(server, { organisation: o, role: 'treasurer' });
  const registered = await treasurer.push([
    { table: 'organisations', record: records.organisation(o) },
    { table: 'households', record: records.household(h) },
    { table: 'memberships', record: m },
  ]);
  if (registered.status !== 200) throw new Error(JSON.stringify(registered.body));
  const household = await device(server, { household: h });
  return { h, o, m, household, treasurer };
}
