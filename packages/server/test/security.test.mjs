// Who may do what: scopes, tokens, limits, and hostile input in every field.
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { SignJWT } from 'jose';
import { checkSyncedRecord } from '@sajja/store/records';
import { createSyncServer } from '../dist/index.js';
import {
  device,
  ENGINE,
  hlc,
  records,
  SECRET,
  seedHousehold,
  startServer,
  tokenFor,
  uid,
} from './helpers.mjs';

let context;
before(async () => {
  context = await startServer();
});
after(async () => {
  await context?.close();
});

/** Another server over the same database, with other settings. */
const alsoServing = (options) =>
  createSyncServer({
    database: context.server.database,
    tokens: { secret: SECRET },
    rateLimit: false,
    log: false,
    ...options,
  });

const encode = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
const now = () => Math.floor(Date.now() / 1000);
const hs256 = (payload, secret = SECRET, alg = 'HS256') =>
  new SignJWT(payload).setProtectedHeader({ alg }).sign(new TextEncoder().encode(secret));

const pullWith = async (server, token) => {
  const response = await server.fetch(
    new Request('http://sync.test/v1/pull', { headers: { authorization: `Bearer ${token}` } }),
  );
  return { status: response.status, body: await response.json(), headers: response.headers };
};

describe(`scopes (${ENGINE})`, () => {
  test('household A can neither read nor write household B', async () => {
    const a = await seedHousehold(context.server);
    const b = await seedHousehold(context.server);
    const entryB = records.ledger(uid('e'), b.h);
    assert.equal((await b.household.push([{ table: 'ledger', record: entryB }])).status, 200);

    const { changes } = await a.household.pullAll();
    const seen = JSON.stringify(changes);
    assert.ok(!seen.includes(b.h) && !seen.includes(entryB.id) && !seen.includes(b.m.id));

    for (const change of [
      { table: 'ledger', record: records.ledger(uid('e'), b.h) },
      { table: 'households', record: records.household(b.h, 'ยึดบ้าน') },
      { table: 'memberships', record: records.membership(uid('m'), b.h, b.o) },
      { table: 'fundTransactions', record: records.transaction(uid('t'), b.m) },
      // B's entry, re-owned: its stored owner is B, whatever the push says.
      { table: 'ledger', record: { ...entryB, householdId: a.h } },
    ]) {
      const refused = await a.household.push([
        { table: 'ledger', record: records.ledger(uid('e'), a.h) },
        change,
      ]);
      assert.equal(refused.status, 403, JSON.stringify(change));
      assert.equal(refused.body.error.code, 'FORBIDDEN');
      assert.deepEqual(
        refused.body.error.problems.map(({ index, reason }) => [index, reason]),
        [[1, 'out-of-scope']],
      );
    }
    // A's deposit naming B's membership finds no such membership (B's is not even confirmed).
    const borrowed = await a.household.push([
      {
        table: 'fundTransactions',
        record: records.transaction(uid('t'), { ...b.m, householdId: a.h }),
      },
    ]);
    assert.equal(borrowed.status, 422);
    assert.equal(borrowed.body.error.problems[0].reason, 'unknown-membership');
    // Nothing of A's refused pushes was written.
    const after = await b.household.pullAll();
    assert.equal(after.changes.filter((change) => change.table === 'ledger').length, 1);
    assert.equal(
      after.changes.find((change) => change.record.id === b.h).record.name,
      'บ้านนายสมชาย',
    );
  });

  test('a household cannot write an organisation, even its own group', async () => {
    const { o, household } = await seedHousehold(context.server);
    const refused = await household.push([
      { table: 'organisations', record: records.organisation(o, { name: 'เปลี่ยนชื่อ' }) },
    ]);
    assert.equal(refused.status, 403);
    assert.equal(refused.body.error.problems[0].reason, 'out-of-scope');
  });

  test('a treasurer reads and writes its organisation, never another, never a ledger', async () => {
    const one = await seedHousehold(context.server);
    const two = await seedHousehold(context.server);
    // A ledger entry that names the group: still the household's own.
    const privateEntry = records.ledger(uid('e'), one.h, { organisationId: one.o });
    await one.household.push([{ table: 'ledger', record: privateEntry }]);
    const deposit = records.transaction(uid('t'), one.m);
    assert.equal(
      (await one.treasurer.push([{ table: 'fundTransactions', record: deposit }])).status,
      200,
    );

    const { changes } = await one.treasurer.pullAll();
    assert.deepEqual(changes.map((change) => change.table).sort(), [
      'fundTransactions',
      'households',
      'memberships',
      'organisations',
    ]);
    const seen = JSON.stringify(changes);
    assert.ok(!seen.includes(privateEntry.id) && !seen.includes(two.o) && !seen.includes(two.h));

    for (const change of [
      { table: 'organisations', record: records.organisation(two.o, { name: 'ยึดกลุ่ม' }) },
      { table: 'fundTransactions', record: records.transaction(uid('t'), two.m) },
      { table: 'memberships', record: records.membership(uid('m'), one.h, two.o) },
      { table: 'ledger', record: records.ledger(uid('e'), one.h) },
    ]) {
      const refused = await one.treasurer.push([change]);
      assert.equal(refused.status, 403, JSON.stringify(change));
      assert.equal(refused.body.error.problems[0].reason, 'out-of-scope');
    }
    // A member household is read-only to the treasurer.
    const renamed = await one.treasurer.push([
      { table: 'households', record: records.household(one.h, 'ชื่อจากเหรัญญิก') },
    ]);
    assert.equal(renamed.status, 403);
    assert.equal(renamed.body.error.problems[0].reason, 'read-only');
  });

  test('a treasurer registers a new member household with its membership', async () => {
    const { o, treasurer } = await seedHousehold(context.server);
    const newcomer = uid('h');
    const alone = await treasurer.push([
      { table: 'households', record: records.household(newcomer) },
    ]);
    assert.equal(alone.status, 403);
    const registered = await treasurer.push([
      { table: 'households', record: records.household(newcomer) },
      { table: 'memberships', record: records.membership(uid('m'), newcomer, o) },
    ]);
    assert.equal(registered.status, 200, JSON.stringify(registered.body));
    // The household's own device sees it.
    const own = await device(context.server, { household: newcomer });
    const { changes } = await own.pullAll();
    assert.deepEqual(changes.map((change) => change.table).sort(), [
      'households',
      'memberships',
      'organisations',
    ]);
  });

  test('a household cannot put itself into a group: membership-not-registered, nothing written', async () => {
    const { o, m, treasurer } = await seedHousehold(context.server);
    const stranger = uid('h');
    const joined = records.membership(uid('m'), stranger, o);
    const household = await device(context.server, { household: stranger });
    const refused = await household.push([
      { table: 'households', record: records.household(stranger, 'คนแปลกหน้า') },
      { table: 'memberships', record: joined },
      { table: 'fundTransactions', record: records.transaction(uid('t'), joined) },
      { table: 'loans', record: records.loan(uid('l'), joined) },
    ]);
    assert.equal(refused.status, 403);
    assert.equal(refused.body.error.code, 'FORBIDDEN');
    assert.deepEqual(
      refused.body.error.problems.map(({ index, table, id, reason }) => [index, table, id, reason]),
      [
        [1, 'memberships', joined.id, 'membership-not-registered'],
        [2, 'fundTransactions', refused.body.error.problems[1].id, 'membership-not-registered'],
        [3, 'loans', refused.body.error.problems[2].id, 'membership-not-registered'],
      ],
    );
    const [problem] = refused.body.error.problems;
    assert.match(problem.message, /treasurer registers/);
    assert.match(problem.messageTh, /เหรัญญิก/);
    // All or nothing: not even the household's own record was stored.
    assert.deepEqual((await household.pullAll()).changes, []);
    // A registered member household cannot add a second membership of its own either.
    const member = await device(context.server, { household: m.householdId });
    const second = await member.push([
      { table: 'memberships', record: records.membership(uid('m'), m.householdId, o) },
    ]);
    assert.equal(second.status, 403);
    assert.equal(second.body.error.problems[0].reason, 'membership-not-registered');
    // The group's roster is as the treasurer registered it.
    const roster = (await treasurer.pullAll()).changes.filter((c) => c.table === 'memberships');
    assert.deepEqual(
      roster.map((change) => change.record),
      [m],
    );
  });

  test('a registered member household writes deposits and loans on its membership, and its changes', async () => {
    const { h, m, household, treasurer } = await seedHousehold(context.server);
    const deposit = records.transaction(uid('t'), m);
    const loan = records.loan(uid('l'), m);
    const written = await household.push([
      { table: 'households', record: records.household(h) },
      { table: 'memberships', record: m },
      { table: 'fundTransactions', record: deposit },
      { table: 'loans', record: loan },
    ]);
    assert.equal(written.status, 200, JSON.stringify(written.body));
    assert.deepEqual(
      written.body.results.map(({ status }) => status),
      ['unchanged', 'unchanged', 'stored', 'stored'],
    );
    // Its own change to the membership's editable part (leaving the group).
    const left = { ...m, leftOn: '2025-12-31' };
    const leaving = await household.push([
      { table: 'memberships', record: left, hlc: hlc(Date.parse('2025-12-31T00:00:00Z')) },
    ]);
    assert.equal(leaving.status, 200, JSON.stringify(leaving.body));
    assert.equal(leaving.body.results[0].status, 'merged');
    const seen = new Map(
      (await treasurer.pullAll()).changes.map((change) => [change.record.id, change.record]),
    );
    assert.deepEqual(seen.get(deposit.id), deposit);
    assert.deepEqual(seen.get(loan.id), loan);
    assert.deepEqual(seen.get(m.id), left);
  });

  test('an auditor reads what the treasurer reads and writes nothing', async () => {
    const { o, m, treasurer } = await seedHousehold(context.server);
    await treasurer.push([{ table: 'fundTransactions', record: records.transaction(uid('t'), m) }]);
    const auditor = await device(context.server, { organisation: o, role: 'auditor' });
    const [read, treasurers] = [await auditor.pullAll(), await treasurer.pullAll()];
    assert.deepEqual(read.changes, treasurers.changes);
    const refused = await auditor.push([
      { table: 'fundTransactions', record: records.transaction(uid('t'), m) },
    ]);
    assert.equal(refused.status, 403);
    assert.equal(refused.body.error.code, 'FORBIDDEN');
    assert.deepEqual(await auditor.pullAll(), read);
  });

  test('a network token sees no personal record: no push, no pull', async () => {
    const { o } = await seedHousehold(context.server);
    const network = await device(context.server, { network: 'n1' });
    const pushed = await network.push([
      { table: 'organisations', record: records.organisation(o) },
    ]);
    assert.equal(pushed.status, 403);
    const pulled = await network.pull();
    assert.equal(pulled.status, 403);
    assert.equal(pulled.body.error.code, 'FORBIDDEN');
    assert.equal(pulled.body.changes, undefined);
    assert.equal((await network.call('/v1/networks/n2/rollup')).status, 403);
    // Household and organisation tokens may not ask for a roll-up.
    const household = await device(context.server, { household: uid('h') });
    assert.equal((await household.call('/v1/networks/n1/rollup')).status, 403);
  });
});

describe(`tokens (${ENGINE})`, () => {
  const scope = { household: 'h-token' };
  const valid = { sajja: scope, aud: 'sajja-sync', iat: now(), exp: now() + 600 };

  test('a valid token pulls', async () => {
    assert.equal((await pullWith(context.server, await hs256(valid))).status, 200);
  });

  test('missing, malformed, forged and unsigned tokens are UNAUTHENTICATED', async () => {
    const refused = [
      '',
      'not-a-jwt',
      await hs256(valid, 'another-secret-that-is-long-enough-000000'),
      `${encode({ alg: 'none', typ: 'JWT' })}.${encode(valid)}.`,
      `${encode({ alg: 'none' })}.${encode(valid)}.${(await hs256(valid)).split('.')[2]}`,
      await hs256(valid, SECRET, 'HS512'),
      await hs256({ ...valid, aud: 'another-service' }),
      await hs256({ ...valid, aud: undefined }),
      await hs256({ ...valid, exp: undefined }),
      await hs256({ ...valid, exp: now() + 25 * 3600 }),
      await hs256({ ...valid, iat: now() - 3600, exp: now() + 23.5 * 3600 }),
      await hs256({ ...valid, iat: undefined, exp: now() + 25 * 3600 }),
      await hs256({ ...valid, sajja: undefined }),
      await hs256({ ...valid, sajja: { household: 'h1', network: 'n1' } }),
      await hs256({ ...valid, sajja: { organisation: 'o1', role: 'admin' } }),
      await hs256({ ...valid, sajja: { organisation: 'o1' } }),
      await hs256({ ...valid, sajja: { household: '' } }),
      await hs256({ ...valid, sajja: { household: 42 } }),
      await hs256({ ...valid, sajja: { household: 'x'.repeat(101) } }),
      await hs256({ ...valid, sajja: { household: 'h\u0000' } }),
    ];
    for (const [n, token] of refused.entries()) {
      const answer = await pullWith(context.server, token);
      assert.equal(answer.status, 401, `token ${n}`);
      assert.equal(answer.body.error.code, 'UNAUTHENTICATED', `token ${n}`);
      assert.ok(answer.body.error.messageTh.length > 0);
    }
    for (const header of [
      undefined,
      'Basic dXNlcjpwYXNz',
      `bearer ${await hs256(valid)}`,
      'Bearer',
    ]) {
      const response = await context.server.fetch(
        new Request('http://sync.test/v1/pull', {
          headers: header ? { authorization: header } : {},
        }),
      );
      assert.equal(response.status, 401, String(header));
    }
  });

  test('an expired token is TOKEN_EXPIRED, and nothing is read or written with it', async () => {
    const expired = await hs256({ ...valid, iat: now() - 7200, exp: now() - 3600 });
    const answer = await pullWith(context.server, expired);
    assert.equal(answer.status, 401);
    assert.equal(answer.body.error.code, 'TOKEN_EXPIRED');
    const household = await device(context.server, { household: 'h-token' }, { token: expired });
    const pushed = await household.push([
      { table: 'households', record: records.household('h-token') },
    ]);
    assert.equal(pushed.body.error.code, 'TOKEN_EXPIRED');
    const rows = await context.server.database.query("SELECT 1 FROM records WHERE id = 'h-token'");
    assert.equal(rows.length, 0);
  });

  test('with a public key, EdDSA and ES256 tokens verify; HS256 signed with the key does not', async () => {
    for (const [type, alg, options] of [
      ['ed25519', 'EdDSA', {}],
      ['ec', 'ES256', { namedCurve: 'P-256' }],
    ]) {
      const { publicKey, privateKey } = generateKeyPairSync(type, options);
      const pem = publicKey.export({ type: 'spki', format: 'pem' });
      const server = await alsoServing({
        tokens: { publicKey: pem, issuer: 'https://partner.example' },
      });
      const signed = (payload, key = privateKey, algorithm = alg) =>
        new SignJWT(payload).setProtectedHeader({ alg: algorithm }).sign(key);
      const good = { ...valid, iss: 'https://partner.example' };
      assert.equal((await pullWith(server, await signed(good))).status, 200, alg);
      assert.equal((await pullWith(server, await signed(valid))).status, 401, `${alg} without iss`);
      assert.equal(
        (await pullWith(server, await signed({ ...good, iss: 'https://other.example' }))).status,
        401,
      );
      const other = generateKeyPairSync(type, options).privateKey;
      assert.equal(
        (await pullWith(server, await signed(good, other))).status,
        401,
        `${alg} forged`,
      );
      // The algorithm confusion: the public key's text used as an HMAC secret.
      assert.equal((await pullWith(server, await hs256(good, pem))).status, 401, `${alg} as HS256`);
      await server.close();
    }
  });

  test('a secret shorter than 32 bytes is refused at start', async () => {
    await assert.rejects(alsoServing({ tokens: { secret: 'short' } }), /at least 32 bytes/);
  });
});

// Bearer tokens are reused for their short life by design; a replay is a token or a batch
// presented where or when it no longer holds.
describe(`replay (${ENGINE})`, () => {
  const countRecords = async (id) =>
    (await context.server.database.query('SELECT 1 FROM records WHERE id = $1', [id])).length;

  test('a token replayed after its expiry is TOKEN_EXPIRED, on pull and push; nothing read or written', async () => {
    const h = uid('h');
    const claims = { sajja: { household: h }, aud: 'sajja-sync' };
    // The token worked while it lived …
    const live = await hs256({ ...claims, iat: now() - 60, exp: now() + 600 });
    const first = await device(context.server, { household: h }, { token: live });
    assert.equal(
      (await first.push([{ table: 'households', record: records.household(h) }])).status,
      200,
    );
    // … and the same claims, signed with the same secret, once `exp` (and the 60 s tolerance)
    // has passed, are refused.
    const replayed = await hs256({ ...claims, iat: now() - 3600, exp: now() - 61 });
    const household = await device(context.server, { household: h }, { token: replayed });
    const pulled = await household.pull();
    assert.equal(pulled.status, 401);
    assert.equal(pulled.body.error.code, 'TOKEN_EXPIRED');
    assert.equal(pulled.body.changes, undefined);
    const entry = records.ledger(uid('e'), h);
    const pushed = await household.push([{ table: 'ledger', record: entry }]);
    assert.equal(pushed.status, 401);
    assert.equal(pushed.body.error.code, 'TOKEN_EXPIRED');
    assert.equal(await countRecords(entry.id), 0);
  });

  test("another service's token signed with the same secret, or another issuer's, is UNAUTHENTICATED", async () => {
    const server = await alsoServing({
      tokens: { secret: SECRET, issuer: 'https://portal.example.org' },
    });
    const h = uid('h');
    const good = {
      sajja: { household: h },
      aud: 'sajja-sync',
      iss: 'https://portal.example.org',
      iat: now(),
      exp: now() + 600,
    };
    assert.equal((await pullWith(server, await hs256(good))).status, 200);
    const entry = records.ledger(uid('e'), h);
    for (const [name, claims] of [
      ['another audience', { ...good, aud: 'billing-api' }],
      ['several audiences without ours', { ...good, aud: ['billing-api', 'sajja'] }],
      ['another issuer', { ...good, iss: 'https://other.example.org' }],
      ['no issuer', { ...good, iss: undefined }],
    ]) {
      const token = await hs256(claims);
      const pulled = await pullWith(server, token);
      assert.equal(pulled.status, 401, name);
      assert.equal(pulled.body.error.code, 'UNAUTHENTICATED', name);
      const pushed = await server.fetch(
        new Request('http://sync.test/v1/push', {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({
            batchId: uid('b'),
            deviceId: 'd',
            changes: [{ table: 'ledger', record: entry }],
          }),
        }),
      );
      assert.equal(pushed.status, 401, name);
      assert.equal((await pushed.json()).error.code, 'UNAUTHENTICATED', name);
    }
    assert.equal(await countRecords(entry.id), 0);
    await server.close();
  });

  test('a token whose scope was changed but its signature kept is forged: nothing read or written', async () => {
    const a = await seedHousehold(context.server);
    const b = await seedHousehold(context.server);
    const [header, , signature] = a.household.token.split('.');
    const payload = JSON.parse(Buffer.from(a.household.token.split('.')[1], 'base64url'));
    for (const scope of [
      { household: b.h },
      { organisation: b.o, role: 'treasurer' },
      { organisation: a.o, role: 'treasurer' },
      { network: 'n1' },
    ]) {
      const forged = `${header}.${encode({ ...payload, sajja: scope })}.${signature}`;
      const reader = await device(context.server, scope, { token: forged });
      const pulled = await reader.pull();
      assert.equal(pulled.status, 401, JSON.stringify(scope));
      assert.equal(pulled.body.error.code, 'UNAUTHENTICATED');
      const entry = records.ledger(uid('e'), b.h);
      const pushed = await reader.push([{ table: 'ledger', record: entry }]);
      assert.equal(pushed.status, 401);
      assert.equal(pushed.body.error.code, 'UNAUTHENTICATED');
      assert.equal(await countRecords(entry.id), 0);
    }
    // The untouched token still works: the signature, not the token's shape, was refused.
    assert.equal((await a.household.pull()).status, 200);
  });

  test("a batch replayed under another scope's token gets neither the first answer nor its records", async () => {
    const a = await seedHousehold(context.server);
    const b = await seedHousehold(context.server);
    const batchId = uid('batch');
    const entryA = records.ledger(uid('e'), a.h);
    const first = await a.household.push([{ table: 'ledger', record: entryA }], batchId);
    assert.equal(first.status, 200);

    // B sends A's batch as it was: refused as out of B's scope, not answered from A's batch.
    const stolen = await b.household.push([{ table: 'ledger', record: entryA }], batchId);
    assert.equal(stolen.status, 403);
    assert.equal(stolen.body.error.code, 'FORBIDDEN');
    assert.equal(stolen.body.results, undefined);

    // B's own batch under the same id is B's: stored, with its own answer.
    const entryB = records.ledger(uid('e'), b.h);
    const own = await b.household.push([{ table: 'ledger', record: entryB }], batchId);
    assert.equal(own.status, 200);
    assert.deepEqual(
      own.body.results.map(({ id, status }) => [id, status]),
      [[entryB.id, 'stored']],
    );
    assert.notDeepEqual(own.body, first.body);

    // A's batch sent again still gets A's first answer, and A's entry is A's alone.
    const again = await a.household.push([{ table: 'ledger', record: entryA }], batchId);
    assert.deepEqual(again.body, first.body);
    const seenByB = JSON.stringify((await b.household.pullAll()).changes);
    assert.ok(!seenByB.includes(entryA.id));
    const seenByA = (await a.household.pullAll()).changes.filter((c) => c.table === 'ledger');
    assert.deepEqual(
      seenByA.map((change) => change.record),
      [entryA],
    );
  });
});

describe(`limits (${ENGINE})`, () => {
  test('a push of more than 1,000 changes is BATCH_TOO_LARGE, and nothing is written', async () => {
    const { h, household } = await seedHousehold(context.server);
    const changes = Array.from({ length: 1001 }, (_, n) => ({
      table: 'ledger',
      record: records.ledger(`${h}-big-${n}`, h),
    }));
    const refused = await household.push(changes);
    assert.equal(refused.status, 413);
    assert.equal(refused.body.error.code, 'BATCH_TOO_LARGE');
    const accepted = await household.push(changes.slice(0, 1000));
    assert.equal(accepted.status, 200);
    const rows = await context.server.database.query(
      "SELECT count(*)::int AS n FROM records WHERE household_id = $1 AND table_name = 'ledger'",
      [h],
    );
    assert.equal(rows[0].n, 1000);
  });

  test('a body over 1 MiB is BATCH_TOO_LARGE, with or without a content-length', async () => {
    const household = await device(context.server, { household: uid('h') });
    const body = JSON.stringify({
      batchId: 'b',
      deviceId: 'd',
      changes: [],
      pad: 'x'.repeat(1024 * 1024),
    });
    const declared = await household.call('/v1/push', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'content-length': String(Buffer.byteLength(body)),
      },
      body,
    });
    assert.equal(declared.status, 413);
    const bytes = new TextEncoder().encode(body);
    const streamed = await household.call('/v1/push', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      duplex: 'half',
      body: new ReadableStream({
        start(controller) {
          for (let at = 0; at < bytes.length; at += 65536)
            controller.enqueue(bytes.slice(at, at + 65536));
          controller.close();
        },
      }),
    });
    assert.equal(streamed.status, 413);
    assert.equal(streamed.body.error.code, 'BATCH_TOO_LARGE');
  });

  test('a declared huge body is refused before it is sent', async () => {
    const listening = await context.server.listen(0, '127.0.0.1');
    try {
      const token = await tokenFor({ household: uid('h') });
      const status = await new Promise((resolve, reject) => {
        const request = httpRequest(`${listening.url}/v1/push`, {
          method: 'POST',
          headers: {
            authorization: `Bearer ${token}`,
            'content-type': 'application/json',
            'content-length': String(50 * 1024 * 1024),
          },
        });
        request.on('response', (response) => {
          resolve(response.statusCode);
          response.resume();
          request.destroy();
        });
        request.on('error', reject);
        // Ten bytes of the fifty megabytes promised: the answer must not wait for the rest.
        request.write('{"batchId"');
        setTimeout(() => reject(new Error('no answer before the body was sent')), 5000).unref();
      });
      assert.equal(status, 413);
    } finally {
      await listening.close();
    }
  });

  test('each token has its own rate limit: 429 with retry-after past it', async () => {
    const server = await alsoServing({ rateLimit: { burst: 3, perSecond: 0.5 } });
    const busy = await tokenFor({ household: uid('h') });
    const statuses = [];
    for (let n = 0; n < 4; n++) statuses.push((await pullWith(server, busy)).status);
    assert.deepEqual(statuses, [200, 200, 200, 429]);
    const limited = await pullWith(server, busy);
    assert.equal(limited.body.error.code, 'RATE_LIMITED');
    assert.equal(limited.headers.get('retry-after'), '2');
    // Another token, even of the same household, is not held back by the first one's bucket.
    const other = await tokenFor({ household: uid('h') });
    assert.equal((await pullWith(server, other)).status, 200);
    await server.close();
  });
});

describe(`CORS (${ENGINE})`, () => {
  test('only the allowed origins get CORS headers; a preflight needs no token', async () => {
    const server = await alsoServing({ allowedOrigins: ['https://portal.example'] });
    const preflight = (origin) =>
      server.fetch(
        new Request('http://sync.test/v1/push', {
          method: 'OPTIONS',
          headers: {
            origin,
            'access-control-request-method': 'POST',
            'access-control-request-headers': 'authorization, content-type',
          },
        }),
      );
    const allowed = await preflight('https://portal.example');
    assert.ok(allowed.status < 300);
    assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://portal.example');
    assert.match(allowed.headers.get('access-control-allow-headers') ?? '', /authorization/i);
    const other = await preflight('https://evil.example');
    assert.equal(other.headers.get('access-control-allow-origin'), null);
    const pulled = await server.fetch(
      new Request('http://sync.test/v1/pull', {
        headers: {
          origin: 'https://portal.example',
          authorization: `Bearer ${await tokenFor({ household: uid('h') })}`,
        },
      }),
    );
    assert.equal(pulled.status, 200);
    assert.equal(pulled.headers.get('access-control-allow-origin'), 'https://portal.example');
    // Without allowed origins, no CORS header at all.
    const closed = await context.server.fetch(
      new Request('http://sync.test/health', { headers: { origin: 'https://portal.example' } }),
    );
    assert.equal(closed.headers.get('access-control-allow-origin'), null);
    await server.close();
  });
});

describe(`hostile input (${ENGINE})`, () => {
  const HOSTILE = [
    "'; DROP TABLE records; --",
    "x' OR '1'='1",
    '1; SELECT pg_sleep(30); --',
    "h1') UNION SELECT * FROM batches --",
    '$1::jsonb',
    '\\"}]}; DELETE FROM records; --',
    "บ้าน'); TRUNCATE record_history; --",
    'x'.repeat(101),
    'x'.repeat(300_000),
    'nul\u0000byte',
    'lone \ud800 surrogate',
  ];
  const OTHER_VALUES = [{}, [], 1e308, -1, true, null, { $gt: '' }];

  test('every field of every table: refused with a problem, or stored and pulled back verbatim', async () => {
    const { h, o, m, household, treasurer } = await seedHousehold(context.server);
    const base = {
      households: [household, records.household(h)],
      organisations: [treasurer, records.organisation(o)],
      memberships: [household, records.membership(uid('m'), h, o)],
      ledger: [household, records.ledger(uid('e'), h)],
      fundTransactions: [household, records.transaction(uid('t'), m)],
      loans: [household, records.loan(uid('l'), m)],
    };
    const seen = new Map();
    let stored = 0;
    for (const [table, [client, record]] of Object.entries(base)) {
      const fields = [...Object.keys(record), 'note', 'memberNumber', 'rules', 'unknownField'];
      // A loan's terms, field by field, too.
      const paths = [
        ...new Set(fields),
        ...(table === 'loans' ? Object.keys(record.terms).map((key) => `terms.${key}`) : []),
      ];
      for (const field of paths) {
        for (const value of [...HOSTILE, ...OTHER_VALUES]) {
          // A fresh id each time, unless the id itself is the field under attack.
          const fresh = field === 'id' ? {} : { id: uid(table.slice(0, 3)) };
          const [top, inner] = field.split('.');
          const hostile = inner
            ? { ...record, ...fresh, [top]: { ...record[top], [inner]: value } }
            : { ...record, ...fresh, [field]: value };
          const answer = await client.push([{ table, record: hostile }]);
          const key = `${table}.${field}=${JSON.stringify(value).slice(0, 40)}`;
          assert.ok([200, 403, 422].includes(answer.status), `${key}: ${answer.status}`);
          seen.set(answer.status, (seen.get(answer.status) ?? 0) + 1);
          if (answer.status !== 200) {
            assert.ok(answer.body.error.code, key);
            continue;
          }
          stored++;
          const [row] = await context.server.database.query(
            'SELECT record FROM records WHERE table_name = $1 AND id = $2',
            [table, hostile.id],
          );
          const expected = checkSyncedRecord(table, hostile).record;
          const kept = typeof row.record === 'string' ? JSON.parse(row.record) : row.record;
          assert.deepEqual(kept, expected, key);
        }
      }
    }
    // Some hostile text is a valid id, name or note, and was stored as it came.
    assert.ok(stored > 20, `stored ${stored}`);
    assert.ok(seen.get(422) > 100);
    // Every table is still there and whole.
    const tables = await context.server.database.query(
      "SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name IN ('records', 'record_history', 'batches', 'schema_migrations')",
    );
    assert.ok(tables[0].n >= 4);
    const { changes } = await household.pullAll();
    assert.ok(changes.some((change) => change.record.id === h));
  });

  test('hostile batch ids, device ids, clocks, tables and scope ids', async () => {
    const { h, household } = await seedHousehold(context.server);
    for (const value of HOSTILE) {
      const body = (fields) =>
        household.call('/v1/push', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ batchId: uid('b'), deviceId: 'd', changes: [], ...fields }),
        });
      const asBatch = await body({ batchId: value });
      const asDevice = await body({ deviceId: value });
      const fits = [...value].length <= 100 && !value.includes('\u0000') && value.isWellFormed();
      assert.equal(asBatch.status, fits ? 200 : 400, value.slice(0, 30));
      assert.equal(asDevice.status, fits ? 200 : 400, value.slice(0, 30));
      const change = await household.push([
        { table: value, record: records.ledger(uid('e'), h) },
        { table: 'ledger', record: records.ledger(uid('e'), h), hlc: value },
      ]);
      assert.equal(change.status, 422);
      assert.deepEqual(
        change.body.error.problems.map(({ index, path }) => [index, path]),
        [
          [0, 'table'],
          [1, 'hlc'],
        ],
      );
      if (fits) {
        // A household whose id is hostile text: its records are its own, verbatim.
        const strange = await device(context.server, { household: value });
        const pushed = await strange.push([
          { table: 'households', record: records.household(value) },
        ]);
        assert.equal(pushed.status, 200, value);
        const { changes } = await strange.pullAll();
        assert.deepEqual(
          changes.map((change) => change.record.id),
          [value],
        );
      }
    }
  });

  test('the logs name no household, organisation, person, amount or token', async () => {
    const { h, o, m, household } = await seedHousehold(context.server);
    const subjectToken = await tokenFor({ household: h }, { subject: 'person-secret-7' });
    const withSubject = await device(context.server, { household: h }, { token: subjectToken });
    await withSubject.push([
      {
        table: 'fundTransactions',
        record: records.transaction(uid('t'), m, { amount: '4321.99' }),
      },
    ]);
    await household.push([
      { table: 'fundTransactions', record: records.transaction(uid('t'), m, { amount: '-1' }) },
    ]);
    await household.pullAll();
    const text = JSON.stringify(context.logs);
    for (const secret of [
      h,
      o,
      m.id,
      'บ้านนายสมชาย',
      '4321.99',
      'person-secret-7',
      subjectToken,
      household.token,
    ]) {
      assert.ok(!text.includes(secret), secret);
    }
    const line = context.logs.findLast((entry) => entry.route === '/v1/push');
    assert.equal(line.status, 422);
    assert.equal(line.code, 'RECORDS_REFUSED');
    assert.equal(typeof line.ms, 'number');
  });
});
