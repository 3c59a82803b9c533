// The fault tests and the bench push records of their own making: each must pass the store's
// own checks unchanged (as the store keeps it), or the server would refuse them, or store them
// normalised and make the tests' "pulled back as sent" comparisons wrong.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkSyncedRecord } from '@sajja/store/records';
import { groupChanges, householdChanges, ledgerRecords } from './support/records.mjs';

function assertValidAsStored(changes) {
  for (const { table, record } of changes) {
    const { record: stored, problems } = checkSyncedRecord(table, record);
    assert.deepEqual(problems, [], `${table} ${record.id}`);
    assert.deepEqual(stored, record, `${table} ${record.id} is normalised on the way in`);
  }
}

describe('the test records', () => {
  it('a household and its ledger pass the store checks as they are', () => {
    const changes = householdChanges('h-fixture', 2_000, { idPrefix: 'h-fixture-' });
    assert.equal(changes.length, 2_001);
    assert.equal(new Set(changes.map((change) => change.record.id)).size, changes.length);
    assertValidAsStored(changes);
  });

  it('spreads a ledger evenly over the years asked, every category used', () => {
    const entries = ledgerRecords('h', 5_000, { years: 10 });
    assert.equal(entries[0].date, '2015-01-01');
    assert.ok(entries.at(-1).date >= '2024-12-01' && entries.at(-1).date <= '2024-12-31');
    assert.ok(new Set(entries.map((entry) => entry.category)).size > 10);
  });

  it("a 300-member group's ten years pass the store checks, references in push order", () => {
    const changes = groupChanges('o-fixture', 300, { years: 10, idPrefix: 'g-' });
    assertValidAsStored(changes);
    const seen = new Set();
    for (const { table, record } of changes) {
      if (table === 'memberships') {
        assert.ok(seen.has(record.householdId) && seen.has(record.organisationId));
      }
      if (table === 'loans' || table === 'fundTransactions') {
        assert.ok(seen.has(record.membershipId), `${record.id} before its membership`);
      }
      if (record.loanId) assert.ok(seen.has(record.loanId), `${record.id} before its loan`);
      seen.add(record.id);
    }
    const count = (table) => changes.filter((change) => change.table === table).length;
    assert.equal(count('households'), 300);
    assert.equal(count('memberships'), 300);
    assert.equal(count('loans'), 900);
    assert.ok(count('fundTransactions') > 80_000, `${count('fundTransactions')} transactions`);
  });
});
