// The sync protocol: push and pull, idempotent batches, all or nothing, per-record problems,
// cursors, the latest version once, last-writer-wins merges with history, tombstones.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { MAX_HLC_AHEAD_MS } from '../dist/index.js';
import { device, ENGINE, hlc, records, seedHousehold, startServer, uid } from './helpers.mjs';

let context;
before(async () => {
  context = await startServer();
});
after(async () => {
  await context?.close();
});

const historyOf = (id) =>
  context.server.database.query(
    'SELECT record, hlc, batch_id FROM record_history WHERE id = $1 ORDER BY history_id',
    [id],
  );

describe(`the sync protocol (${ENGINE})`, () => {
  test('what one device pushes, another device of the household pulls, ids and all', async () => {
    const { h, m, household } = await seedHousehold(context.server);
    const entry = records.ledger(uid('e'), h, { amount: '120.5' });
    const deposit = records.transaction(uid('t'), m, { amount: '100' });
    const pushed = await household.push([
      { table: 'ledger', record: entry },
      { table: 'fundTransactions', record: deposit },
    ]);
    assert.equal(pushed.status, 200);
    assert.deepEqual(
      pushed.body.results.map((result) => [result.table, result.id, result.status]),
      [
        ['ledger', entry.id, 'stored'],
        ['fundTransactions', deposit.id, 'stored'],
      ],
    );
    assert.ok(pushed.body.results[0].seq < pushed.body.results[1].seq);
    assert.equal(pushed.body.lastSeq, pushed.body.results[1].seq);

    const other = await device(context.server, { household: h });
    const { changes } = await other.pullAll();
    // In the order the server stored them: the treasurer's organisation first.
    assert.deepEqual(
      changes.map((change) => [change.table, change.record.id]),
      [
        ['organisations', m.organisationId],
        ['households', h],
        ['memberships', m.id],
        ['ledger', entry.id],
        ['fundTransactions', deposit.id],
      ],
    );
    const pulledEntry = changes.find((change) => change.record.id === entry.id);
    // Normalised as the store keeps it: amounts two-decimal strings.
    assert.equal(pulledEntry.record.amount, '120.50');
    assert.equal(changes.find((change) => change.record.id === deposit.id).record.amount, '100.00');
    assert.equal(pulledEntry.hlc, '0');
    const seqs = changes.map((change) => change.seq);
    assert.deepEqual(
      seqs,
      [...seqs].sort((a, b) => a - b),
    );
  });

  test('a batch sent twice is stored once and answered the same', async () => {
    const { h, household } = await seedHousehold(context.server);
    const entry = records.ledger(uid('e'), h);
    const first = await household.push([{ table: 'ledger', record: entry }], 'batch-again');
    const second = await household.push([{ table: 'ledger', record: entry }], 'batch-again');
    assert.equal(second.status, 200);
    assert.deepEqual(second.body, first.body);
    // Even with other content: the batch id says it was applied.
    const third = await household.push(
      [{ table: 'ledger', record: records.ledger(uid('e'), h) }],
      'batch-again',
    );
    assert.deepEqual(third.body, first.body);
    const rows = await context.server.database.query(
      "SELECT count(*)::int AS n FROM records WHERE household_id = $1 AND table_name = 'ledger'",
      [h],
    );
    assert.equal(rows[0].n, 1);
    // The same record in a new batch is unchanged, keeping its sequence number.
    const again = await household.push([{ table: 'ledger', record: entry }]);
    assert.deepEqual(again.body.results, [
      { table: 'ledger', id: entry.id, status: 'unchanged', seq: first.body.results[0].seq },
    ]);
  });

  test('the same batch id in another scope is another batch', async () => {
    const a = await seedHousehold(context.server);
    const b = await seedHousehold(context.server);
    const entryA = records.ledger(uid('e'), a.h);
    const entryB = records.ledger(uid('e'), b.h);
    assert.equal(
      (await a.household.push([{ table: 'ledger', record: entryA }], 'shared-id')).status,
      200,
    );
    const pushedB = await b.household.push([{ table: 'ledger', record: entryB }], 'shared-id');
    assert.equal(pushedB.body.results[0].id, entryB.id);
  });

  test('a batch with one bad record writes nothing, and names it by index, path and reason', async () => {
    const { h, m, household } = await seedHousehold(context.server);
    const good = records.ledger(uid('e'), h);
    const bad = records.transaction(uid('t'), m, { amount: '-5' });
    const before = await household.pullAll();
    const third = { ...records.ledger(uid('e'), h), date: '2025-02-30', colour: 'red' };
    const refused = await household.push([
      { table: 'ledger', record: good },
      { table: 'fundTransactions', record: bad },
      { table: 'ledger', record: third },
    ]);
    assert.equal(refused.status, 422);
    assert.equal(refused.body.error.code, 'RECORDS_REFUSED');
    assert.match(refused.body.error.messageTh, /ไม่ได้บันทึก/);
    assert.deepEqual(
      refused.body.error.problems.map(({ index, table, id, path, reason }) => ({
        index,
        table,
        id,
        path,
        reason,
      })),
      [
        { index: 1, table: 'fundTransactions', id: bad.id, path: 'amount', reason: 'not-positive' },
        { index: 2, table: 'ledger', id: third.id, path: 'date', reason: 'not-a-date' },
        { index: 2, table: 'ledger', id: third.id, path: 'colour', reason: 'unknown-field' },
      ],
    );
    for (const problem of refused.body.error.problems) {
      assert.ok(problem.message.length > 0 && problem.messageTh.length > 0);
    }
    const afterwards = await household.pull(before.cursor);
    assert.deepEqual(afterwards.body.changes, []);
  });

  test('references: a transaction needs its membership, of the same household and organisation', async () => {
    const { h, m, household, treasurer } = await seedHousehold(context.server);
    const missing = records.transaction(uid('t'), { ...m, id: 'no-such-membership' });
    const otherOrganisation = records.transaction(uid('t'), {
      ...m,
      organisationId: 'o-elsewhere',
    });
    const refused = await household.push([
      { table: 'fundTransactions', record: otherOrganisation },
      { table: 'ledger', record: records.ledger(uid('e'), h, { reverses: 'no-such-entry' }) },
    ]);
    assert.equal(refused.status, 422);
    assert.deepEqual(
      refused.body.error.problems.map(({ index, path, reason }) => [index, path, reason]),
      [
        [0, 'membershipId', 'membership-mismatch'],
        [1, 'reverses', 'unknown-reversed'],
      ],
    );
    const unknown = await treasurer.push([{ table: 'fundTransactions', record: missing }]);
    assert.equal(unknown.status, 422);
    assert.deepEqual(
      unknown.body.error.problems.map(({ index, path, reason }) => [index, path, reason]),
      [[0, 'membershipId', 'unknown-membership']],
    );
    // A household's device may not name a membership the server does not hold.
    const unregistered = await household.push([{ table: 'fundTransactions', record: missing }]);
    assert.equal(unregistered.status, 403);
    assert.equal(unregistered.body.error.problems[0].reason, 'membership-not-registered');
  });

  test('a record may refer to one earlier in the same batch', async () => {
    const { h, o, treasurer } = await seedHousehold(context.server);
    const m2 = records.membership(uid('m'), h, o, { joinedOn: '2024-06-01' });
    const loan = records.loan(uid('l'), m2);
    const repayment = records.transaction(uid('t'), m2, {
      kind: 'repayment',
      loanId: loan.id,
      date: '2025-03-10',
      amount: '1866.67',
    });
    const pushed = await treasurer.push([
      { table: 'memberships', record: m2 },
      { table: 'loans', record: loan },
      { table: 'fundTransactions', record: repayment },
    ]);
    assert.equal(pushed.status, 200, JSON.stringify(pushed.body));
    assert.deepEqual(
      pushed.body.results.map((result) => result.status),
      ['stored', 'stored', 'stored'],
    );
  });

  test('pull pages by cursor and limit until `more` is false', async () => {
    const { h, household } = await seedHousehold(context.server);
    const entries = Array.from({ length: 25 }, (_, n) => records.ledger(`${h}-e${n}`, h));
    await household.push(entries.map((record) => ({ table: 'ledger', record })));
    const first = await household.pull(undefined, 10);
    assert.equal(first.status, 200);
    assert.equal(first.body.changes.length, 10);
    assert.equal(first.body.more, true);
    assert.equal(first.body.cursor, String(first.body.changes.at(-1).seq));
    const pages = [first.body];
    while (pages.at(-1).more) {
      const next = await household.pull(pages.at(-1).cursor, 10);
      pages.push(next.body);
    }
    const ids = pages.flatMap((page) => page.changes.map((change) => change.record.id));
    // The household, its membership, the organisation, 25 entries; each once.
    assert.equal(ids.length, 28);
    assert.equal(new Set(ids).size, 28);
    assert.equal(pages.at(-1).more, false);
    // From the last cursor there is nothing new; the cursor stays.
    const none = await household.pull(pages.at(-1).cursor, 10);
    assert.deepEqual(none.body, { changes: [], cursor: pages.at(-1).cursor, more: false });
  });

  test('a page carries ahead of their turn the records its records refer to that changed later', async () => {
    const { h, m, household } = await seedHousehold(context.server);
    const deposits = [records.transaction(uid('t'), m), records.transaction(uid('t'), m)];
    await household.push(deposits.map((record) => ({ table: 'fundTransactions', record })));
    // The membership and the household are edited after the deposits: later sequence numbers.
    await household.push([
      { table: 'memberships', record: { ...m, leftOn: '2025-12-31' }, hlc: hlc(7000) },
      { table: 'households', record: records.household(h, 'ชื่อใหม่'), hlc: hlc(7000) },
    ]);
    const newDevice = await device(context.server, {
      organisation: m.organisationId,
      role: 'auditor',
    });
    const pages = [];
    let cursor;
    for (;;) {
      const { body } = await newDevice.pull(cursor, 2);
      pages.push(body.changes.map((change) => [change.table, change.record.id]));
      cursor = body.cursor;
      if (!body.more) break;
    }
    // Seq order: organisation, deposit, deposit, membership (left), household (renamed). A page
    // brings first what its records refer to that comes later: the first the household and the
    // membership, the second the household; each comes again in its turn.
    assert.deepEqual(pages, [
      [
        ['households', h],
        ['memberships', m.id],
        ['organisations', m.organisationId],
        ['fundTransactions', deposits[0].id],
      ],
      [
        ['households', h],
        ['fundTransactions', deposits[1].id],
        ['memberships', m.id],
      ],
      [['households', h]],
    ]);
  });

  test('a record changed twice after the cursor is pulled once, at its latest version', async () => {
    const { h, household } = await seedHousehold(context.server);
    const { cursor } = await household.pullAll();
    const home = records.household(h);
    await household.push([
      { table: 'households', record: { ...home, name: 'บ้านสอง' }, hlc: hlc(2000) },
    ]);
    await household.push([
      { table: 'households', record: { ...home, name: 'บ้านสาม' }, hlc: hlc(3000) },
    ]);
    const { body } = await household.pull(cursor);
    assert.deepEqual(
      body.changes.map((change) => [change.record.id, change.record.name, change.hlc]),
      [[h, 'บ้านสาม', hlc(3000)]],
    );
  });

  test('an editable field merges last-writer-wins by HLC, the loser kept in the history', async () => {
    const { h, household } = await seedHousehold(context.server);
    const home = records.household(h);
    const later = await household.push([
      { table: 'households', record: { ...home, name: 'ชื่อที่สอง' }, hlc: hlc(5000, 0, 'phone') },
    ]);
    assert.equal(later.body.results[0].status, 'merged');
    // An older edit from another device arrives late: it loses, the newer name stays.
    const earlier = await household.push([
      { table: 'households', record: { ...home, name: 'ชื่อเก่า' }, hlc: hlc(4000, 0, 'tablet') },
    ]);
    assert.equal(earlier.body.results[0].status, 'lost');
    assert.equal(earlier.body.results[0].seq, later.body.results[0].seq);
    // The answer carries the version kept, for the device to apply.
    assert.deepEqual(earlier.body.results[0].record, { ...home, name: 'ชื่อที่สอง' });
    assert.equal(earlier.body.results[0].hlc, hlc(5000, 0, 'phone'));
    const { changes } = await household.pullAll();
    assert.equal(changes.find((change) => change.record.id === h).record.name, 'ชื่อที่สอง');
    const history = await historyOf(h);
    assert.deepEqual(
      history.map((row) => [row.record.name, row.hlc]),
      [
        ['บ้านนายสมชาย', '0'],
        ['ชื่อเก่า', hlc(4000, 0, 'tablet')],
      ],
    );
  });

  test('a clock more than an hour ahead of the server is refused (clock-ahead), so it cannot win every merge', async () => {
    const { h, household } = await seedHousehold(context.server);
    const home = records.household(h);
    const hour = MAX_HLC_AHEAD_MS;
    assert.equal(hour, 60 * 60 * 1000);
    // A phone whose date is a year ahead: refused, and nothing of its batch is written.
    const ahead = await household.push([
      { table: 'ledger', record: records.ledger(uid('e'), h) },
      {
        table: 'households',
        record: { ...home, name: 'ชื่อจากอนาคต' },
        hlc: hlc(Date.now() + 365 * 24 * hour, 0, 'phone'),
      },
    ]);
    assert.equal(ahead.status, 422);
    assert.deepEqual(
      ahead.body.error.problems.map(({ index, id, path, reason }) => [index, id, path, reason]),
      [[1, h, 'hlc', 'clock-ahead']],
    );
    assert.match(ahead.body.error.problems[0].message, /more than an hour ahead/);
    assert.match(ahead.body.error.problems[0].messageTh, /เกินหนึ่งชั่วโมง/);
    // Two hours ahead is past the bound too.
    const twoHours = await household.push([
      {
        table: 'households',
        record: { ...home, name: 'ชื่อจากอนาคต' },
        hlc: hlc(Date.now() + 2 * hour, 0, 'phone'),
      },
    ]);
    assert.equal(twoHours.status, 422);
    assert.equal(twoHours.body.error.problems[0].reason, 'clock-ahead');
    const { changes } = await household.pullAll();
    assert.deepEqual(
      changes.filter((change) => change.table !== 'organisations').map((c) => c.record),
      [home, changes.find((c) => c.table === 'memberships').record],
    );
    // A few minutes ahead (honest drift) merges, and a later honest edit still wins over it.
    const drift = await household.push([
      {
        table: 'households',
        record: { ...home, name: 'ชื่อที่สอง' },
        hlc: hlc(Date.now() + 5 * 60 * 1000, 0, 'phone'),
      },
    ]);
    assert.equal(drift.status, 200, JSON.stringify(drift.body));
    assert.equal(drift.body.results[0].status, 'merged');
    const later = await household.push([
      {
        table: 'households',
        record: { ...home, name: 'ชื่อที่สาม' },
        hlc: hlc(Date.now() + 10 * 60 * 1000, 0, 'tablet'),
      },
    ]);
    assert.equal(later.body.results[0].status, 'merged');
  });

  test("a membership's leftOn merges by HLC; its other fields are immutable", async () => {
    const { m, household } = await seedHousehold(context.server);
    const left = await household.push([
      { table: 'memberships', record: { ...m, leftOn: '2025-06-30' }, hlc: hlc(1000) },
    ]);
    assert.equal(left.body.results[0].status, 'merged');
    const rejoined = await household.push([{ table: 'memberships', record: m, hlc: hlc(2000) }]);
    assert.equal(rejoined.body.results[0].status, 'merged');
    const changed = await household.push([
      { table: 'memberships', record: { ...m, joinedOn: '2023-01-01' }, hlc: hlc(3000) },
    ]);
    assert.equal(changed.status, 422);
    assert.deepEqual(
      changed.body.error.problems.map(({ path, reason }) => [path, reason]),
      [['joinedOn', 'immutable']],
    );
  });

  test('a record corrected by reversal never conflicts; a changed immutable record is refused', async () => {
    const { h, m, household } = await seedHousehold(context.server);
    const deposit = records.transaction(uid('t'), m);
    await household.push([{ table: 'fundTransactions', record: deposit }]);
    const altered = await household.push([
      { table: 'fundTransactions', record: { ...deposit, amount: '999.00' } },
    ]);
    assert.equal(altered.status, 422);
    assert.equal(altered.body.error.problems[0].reason, 'immutable');
    assert.equal(altered.body.error.problems[0].path, 'amount');
    const entry = records.ledger(uid('e'), h);
    const reversal = records.ledger(uid('e'), h, { reverses: entry.id, date: '2025-01-06' });
    const pushed = await household.push([
      { table: 'ledger', record: entry },
      { table: 'ledger', record: reversal },
    ]);
    assert.equal(pushed.status, 200, JSON.stringify(pushed.body));
  });

  test('a correction follows the store’s reversal rule, across pushes and within one', async () => {
    const { h, m, household } = await seedHousehold(context.server);
    const entry = records.ledger(uid('e'), h);
    const reversal = (fields = {}) =>
      records.ledger(uid('e'), h, { reverses: entry.id, date: '2025-01-06', ...fields });
    const first = reversal();
    assert.equal(
      (
        await household.push([
          { table: 'ledger', record: entry },
          { table: 'ledger', record: first },
        ])
      ).status,
      200,
    );
    // Sent again, the same correction is unchanged.
    const again = await household.push([{ table: 'ledger', record: first }]);
    assert.equal(again.body.results[0].status, 'unchanged');
    const reasons = async (changes) => {
      const answer = await household.push(changes);
      assert.equal(answer.status, 422, JSON.stringify(answer.body));
      return answer.body.error.problems.map(({ index, path, reason }) => [index, path, reason]);
    };
    assert.deepEqual(await reasons([{ table: 'ledger', record: reversal() }]), [
      [0, 'reverses', 'already-reversed'],
    ]);
    assert.deepEqual(
      await reasons([
        { table: 'ledger', record: records.ledger(uid('e'), h, { reverses: first.id }) },
      ]),
      [[0, 'reverses', 'reverses-reversal']],
    );
    const other = records.ledger(uid('e'), h);
    const deletedOne = records.ledger(uid('e'), h, { deletedAt: '2025-01-07T00:00:00.000Z' });
    assert.deepEqual(
      await reasons([
        { table: 'ledger', record: other },
        { table: 'ledger', record: deletedOne },
        {
          table: 'ledger',
          record: records.ledger(uid('e'), h, { reverses: other.id, amount: '1.00' }),
        },
        { table: 'ledger', record: records.ledger(uid('e'), h, { reverses: other.id }) },
        { table: 'ledger', record: records.ledger(uid('e'), h, { reverses: other.id }) },
        { table: 'ledger', record: records.ledger(uid('e'), h, { reverses: deletedOne.id }) },
      ]),
      [
        [2, 'reverses', 'reversal-mismatch'],
        [4, 'reverses', 'already-reversed'],
        [5, 'reverses', 'reverses-deleted'],
      ],
    );
    // Fund transactions too: the same membership, kind and amount.
    const deposit = records.transaction(uid('t'), m);
    assert.deepEqual(
      await reasons([
        { table: 'fundTransactions', record: deposit },
        {
          table: 'fundTransactions',
          record: records.transaction(uid('t'), m, { reverses: deposit.id, kind: 'withdrawal' }),
        },
      ]),
      [[1, 'reverses', 'reversal-mismatch']],
    );
  });

  test('a deleted ledger entry is a tombstone: the deletion stays whatever the clocks say', async () => {
    const { h, household } = await seedHousehold(context.server);
    const entry = records.ledger(uid('e'), h);
    await household.push([{ table: 'ledger', record: entry, hlc: hlc(9000) }]);
    const deleted = { ...entry, deletedAt: '2025-01-07T00:00:00.000Z' };
    const deletion = await household.push([{ table: 'ledger', record: deleted, hlc: hlc(100) }]);
    assert.equal(deletion.body.results[0].status, 'merged');
    // A device that never saw the deletion sends the entry again, with a later clock.
    const stale = await household.push([{ table: 'ledger', record: entry, hlc: hlc(99_000) }]);
    assert.equal(stale.body.results[0].status, 'lost');
    const { changes } = await household.pullAll();
    const pulled = changes.find((change) => change.record.id === entry.id);
    assert.equal(pulled.record.deletedAt, deleted.deletedAt);
  });

  test('concurrent pushes store every record once, and a device pulling meanwhile misses none', async () => {
    const { h, household } = await seedHousehold(context.server);
    const { cursor: start } = await household.pullAll();
    const devices = await Promise.all(
      Array.from({ length: 8 }, () => device(context.server, { household: h })),
    );
    const batches = devices.flatMap((client, d) =>
      Array.from({ length: 4 }, (_, b) => ({
        client,
        batchId: `${h}-d${d}-b${b}`,
        changes: Array.from({ length: 25 }, (_, n) => ({
          table: 'ledger',
          record: records.ledger(`${h}-d${d}-b${b}-${n}`, h),
        })),
      })),
    );
    const seen = new Set();
    let cursor = start;
    let pushing = true;
    const watcher = (async () => {
      while (pushing) {
        const { body } = await household.pull(cursor, 7);
        for (const change of body.changes) seen.add(change.record.id);
        cursor = body.cursor;
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    })();
    // Every batch sent twice at once, as a device retrying a push it thinks was lost.
    const answers = await Promise.all(
      batches.flatMap(({ client, batchId, changes }) => [
        client.push(changes, batchId),
        client.push(changes, batchId),
      ]),
    );
    pushing = false;
    await watcher;
    for (const answer of answers) assert.equal(answer.status, 200, JSON.stringify(answer.body));
    for (;;) {
      const { body } = await household.pull(cursor, 50);
      for (const change of body.changes) seen.add(change.record.id);
      cursor = body.cursor;
      if (!body.more) break;
    }
    const pushed = batches.flatMap(({ changes }) => changes.map((change) => change.record.id));
    assert.equal(pushed.length, 800);
    assert.deepEqual([...seen].sort(), [...pushed].sort());
    const [{ n }] = await context.server.database.query(
      "SELECT count(*)::int AS n FROM records WHERE household_id = $1 AND table_name = 'ledger'",
      [h],
    );
    assert.equal(n, 800);
    const [{ batches: applied }] = await context.server.database.query(
      'SELECT count(*)::int AS batches FROM batches WHERE batch_id LIKE $1',
      [`${h}-d%`],
    );
    assert.equal(applied, 32);
  });

  test('pull refuses a cursor or limit it cannot read', async () => {
    const household = await device(context.server, { household: uid('h') });
    for (const [since, limit] of [
      ['abc', undefined],
      ['-1', undefined],
      [undefined, '0'],
      [undefined, '5001'],
      [undefined, '1e3'],
      ["1' OR '1'='1", undefined],
    ]) {
      const answer = await household.pull(since, limit);
      assert.equal(answer.status, 400, `${since} ${limit}`);
      assert.equal(answer.body.error.code, 'INVALID_REQUEST');
    }
  });

  test('a push that is not the protocol’s shape is INVALID_REQUEST', async () => {
    const household = await device(context.server, { household: uid('h') });
    const bodies = [
      'not json',
      JSON.stringify([]),
      JSON.stringify({ batchId: 'b', deviceId: 'd' }),
      JSON.stringify({ batchId: '', deviceId: 'd', changes: [] }),
      JSON.stringify({ batchId: 'b'.repeat(101), deviceId: 'd', changes: [] }),
      JSON.stringify({ batchId: 'b', deviceId: 'd', changes: [], extra: 1 }),
    ];
    for (const body of bodies) {
      const answer = await household.call('/v1/push', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      assert.equal(answer.status, 400, body);
      assert.equal(answer.body.error.code, 'INVALID_REQUEST');
    }
    const asText = await household.call('/v1/push', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ batchId: 'b', deviceId: 'd', changes: [] }),
    });
    assert.equal(asText.status, 400);
  });

  // PGlite's own folder, whichever database the other tests run on.
  test('a PGlite data folder opens in one server at a time; a dead server’s mark is taken over', async () => {
    const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { openPgliteDatabase } = await import('../dist/index.js');
    const dataDir = mkdtempSync(join(tmpdir(), 'sajja-lock-test-'));
    try {
      const first = await openPgliteDatabase(dataDir);
      await assert.rejects(openPgliteDatabase(dataDir), /open in another sync server/);
      await first.close();
      // A mark left by a process that no longer runs.
      writeFileSync(join(dataDir, 'sajja-server.pid'), '2147483646\n');
      const second = await openPgliteDatabase(dataDir);
      await second.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  test('migrations run once: servers starting together apply each one once', async () => {
    const { latestSchemaVersion, migrate } = await import('../dist/index.js');
    const versions = await Promise.all([1, 2, 3].map(() => migrate(context.server.database)));
    assert.deepEqual(
      versions,
      [1, 2, 3].map(() => latestSchemaVersion()),
    );
    const rows = await context.server.database.query(
      'SELECT version, name FROM schema_migrations ORDER BY version',
    );
    assert.deepEqual(
      rows.map((row) => Number(row.version)),
      Array.from({ length: latestSchemaVersion() }, (_, n) => n + 1),
    );
    assert.match(rows[0].name, /^001-[a-z-]+\.sql$/);
  });

  test('health says which database and schema version', async () => {
    const response = await context.server.fetch(new Request('http://sync.test/health'));
    assert.deepEqual(await response.json(), {
      ok: true,
      database: ENGINE,
      schemaVersion: context.server.schemaVersion,
    });
    assert.ok(context.server.schemaVersion >= 1);
  });
});
