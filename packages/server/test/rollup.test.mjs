// The network roll-up: a network of groups as plain records, each one as the store keeps it
// (checked by the store's own checks), every record pushed to the server by the groups'
// treasurers, and the endpoint's SQL roll-up compared, field by field and to the satang, with
// the core's rollUp of the core's monthly reports of every group and month, over the books the
// store posts from the same records (organisationBooksOfRecords of @sajja/store/records).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { daysInMonth } from '@sajja/core';
import { monthlyReport, rollUp } from '@sajja/core/books';
import { organisationBooksOfRecords } from '@sajja/store/records';
import { networkRollUp } from '../dist/index.js';
import { ENGINE, startServer, tokenFor } from './helpers.mjs';
import { networkRecords } from './support/network-records.mjs';

let context;
let network;
let groups;
let otherGroups;

before(async () => {
  const first = networkRecords({ seed: 7 });
  const second = networkRecords({ seed: 8, organisations: 1, members: 3 });
  groups = first.organisationIds;
  otherGroups = second.organisationIds;
  network = {
    tables: Object.fromEntries(
      Object.keys(first.tables).map((table) => [
        table,
        [...first.tables[table], ...second.tables[table]],
      ]),
    ),
  };
  context = await startServer({ networks: { n1: groups, n2: otherGroups, empty: [] } });
  for (const organisationId of [...groups, ...otherGroups]) await pushGroup(organisationId);
});

after(async () => {
  await context?.close();
});

/** Pushes every record of a group, as its treasurer would: references before what names them. */
async function pushGroup(organisationId) {
  const token = await tokenFor({ organisation: organisationId, role: 'treasurer' });
  const { tables } = network;
  const memberships = tables.memberships.filter((m) => m.organisationId === organisationId);
  const households = new Set(memberships.map((m) => m.householdId));
  const transactions = tables.fundTransactions.filter((t) => t.organisationId === organisationId);
  const changes = [
    ...tables.organisations
      .filter((o) => o.id === organisationId)
      .map((record) => ({ table: 'organisations', record })),
    ...tables.households
      .filter((h) => households.has(h.id))
      .map((record) => ({ table: 'households', record })),
    ...memberships.map((record) => ({ table: 'memberships', record })),
    ...tables.loans
      .filter((l) => l.organisationId === organisationId)
      .map((record) => ({ table: 'loans', record })),
    // A reversal after the transaction it reverses, which may be in an earlier batch.
    ...[
      ...transactions.filter((t) => t.reverses === undefined),
      ...transactions.filter((t) => t.reverses !== undefined),
    ].map((record) => ({ table: 'fundTransactions', record })),
  ];
  for (let start = 0; start < changes.length; start += 1000) {
    const response = await context.server.fetch(
      new Request('http://sync.test/v1/push', {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          batchId: `${organisationId}-${start}`,
          deviceId: 'treasurer',
          changes: changes.slice(start, start + 1000),
        }),
      }),
    );
    assert.equal(response.status, 200, await response.clone().text());
  }
}

/**
 * The core's rollUp of the core's monthlyReport of each group for `months` of `year`, each
 * over the group's books through the month's last day, as the store posts them from its records.
 */
function coreRollUp(organisationIds, year, months = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]) {
  const { tables } = network;
  const reports = [];
  for (const organisationId of organisationIds) {
    const organisation = tables.organisations.find((record) => record.id === organisationId);
    const joined = tables.memberships
      .filter((membership) => membership.organisationId === organisationId)
      .map((membership) => membership.joinedOn.slice(0, 7))
      .sort();
    for (const month of months) {
      const key = `${year}-${String(month).padStart(2, '0')}`;
      // No report of a month before the group's first member (the store makes none either).
      if (joined.length === 0 || key < joined[0]) continue;
      const books = organisationBooksOfRecords(
        { organisation, ...tables },
        { to: `${key}-${daysInMonth(year, month)}` },
      );
      reports.push(monthlyReport(books, key));
    }
  }
  return JSON.parse(JSON.stringify(rollUp(reports)));
}

async function getRollUp(network, query, scope = { network }) {
  const response = await context.server.fetch(
    new Request(`http://sync.test/v1/networks/${network}/rollup${query}`, {
      headers: { authorization: `Bearer ${await tokenFor(scope)}` },
    }),
  );
  return { status: response.status, text: await response.text() };
}

describe(`the network roll-up (${ENGINE})`, () => {
  for (const year of [2024, 2025]) {
    test(`equals the core's rollUp of the monthly reports of ${year}, to the satang`, async () => {
      const expected = coreRollUp(groups, year);
      const { status, text } = await getRollUp('n1', `?year=${year}`);
      assert.equal(status, 200, text);
      const body = JSON.parse(text);
      assert.deepEqual(body, { network: 'n1', year, organisations: 3, summary: expected });
    });
  }

  test("one month's roll-up in code is the network's position at that month's end", async () => {
    const december = await networkRollUp(context.server.database, {
      organisationIds: groups,
      from: '2025-12',
      to: '2025-12',
    });
    assert.deepEqual(JSON.parse(JSON.stringify(december)), coreRollUp(groups, 2025, [12]));
    assert.equal(december.groups, 3);
  });

  test('the seeded network exercises every part of the roll-up', async () => {
    const { summary } = JSON.parse((await getRollUp('n1', '?year=2025')).text);
    assert.equal(summary.groups, 36);
    for (const field of ['deposits', 'withdrawals', 'savings', 'shares', 'loansOutstanding']) {
      assert.ok(Number(summary[field]) > 0, field);
    }
    assert.ok(summary.loansIssued.count > 0);
    assert.ok(Number(summary.repayments.interest) > 0);
    assert.ok(Number(summary.fines) > 0, 'penalties of late repayments');
    assert.ok(Number(summary.cash.bank) !== 0 && Number(summary.cash.onHand) !== 0);
    assert.ok(Number(summary.welfare.contributions) > 0 && Number(summary.welfare.payments) > 0);
    assert.ok(summary.members.left > 0 && summary.members.joined > 0);
    assert.ok(summary.arrears.loans > 0 && Number(summary.arrears.byBucket['90+']) > 0);
    assert.deepEqual(Object.keys(summary.subFunds), ['general', 'livestock']);
  });

  test("a network's roll-up counts only its own organisations; an empty one is all zeros", async () => {
    const other = JSON.parse((await getRollUp('n2', '?year=2025')).text);
    assert.deepEqual(other.summary, coreRollUp(otherGroups, 2025));
    const empty = JSON.parse((await getRollUp('empty', '?year=2025')).text);
    assert.deepEqual(empty.summary, JSON.parse(JSON.stringify(rollUp([]))));
  });

  test('has no personal field: no name, no household, member, loan or record id', async () => {
    const { text } = await getRollUp('n1', '?year=2025');
    const { tables } = network;
    for (const table of ['households', 'memberships', 'loans', 'fundTransactions']) {
      for (const record of tables[table]) {
        assert.ok(!text.includes(record.id), `${table} ${record.id}`);
        if (record.name) assert.ok(!text.includes(record.name), record.name);
      }
    }
  });

  test('only a token of that network reads it; a year must be four digits', async () => {
    const [group] = groups;
    const household = network.tables.households[0].id;
    for (const scope of [
      { network: 'n2' },
      { organisation: group, role: 'treasurer' },
      { organisation: group, role: 'auditor' },
      { household },
    ]) {
      const { status, text } = await getRollUp('n1', '?year=2025', scope);
      assert.equal(status, 403, JSON.stringify(scope));
      assert.equal(JSON.parse(text).error.code, 'FORBIDDEN');
    }
    for (const query of ['', '?year=25', '?year=2025-01', "?year=2025'--", '?year=0000']) {
      const { status, text } = await getRollUp('n1', query);
      assert.equal(status, 400, query);
      assert.equal(JSON.parse(text).error.code, 'INVALID_REQUEST');
    }
  });
});
