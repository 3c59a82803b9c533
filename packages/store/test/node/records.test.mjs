// `@sajja/store/records` is what a sync server on Node checks records with: the store's own
// checks, loaded without Dexie and without IndexedDB.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const packageDir = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Imports `specifier` in a fresh Node process whose module resolution fails on anything under
 * dexie/, and returns what it printed or the error.
 */
function importWithoutDexie(specifier) {
  const hooks = `export async function resolve(specifier, context, next) {
    const resolved = await next(specifier, context);
    if (/[\\\\/]dexie[^\\\\/]*[\\\\/]/.test(resolved.url)) throw new Error('Dexie loaded: ' + resolved.url);
    return resolved;
  }`;
  const code = `
    import { register } from 'node:module';
    register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(hooks)}));
    const module = await import(${JSON.stringify(specifier)});
    console.log(typeof module.checkSyncedRecord, typeof globalThis.indexedDB);`;
  return spawnSync(process.execPath, ['--input-type=module', '-e', code], {
    cwd: packageDir,
    encoding: 'utf8',
  });
}

test('the records entry loads in Node without Dexie or IndexedDB', () => {
  const records = importWithoutDexie('@sajja/store/records');
  assert.equal(records.stderr, '');
  assert.equal(records.stdout.trim(), 'function undefined');
  // The same hook does see Dexie under the store's main entry.
  const store = importWithoutDexie('@sajja/store');
  assert.match(store.stderr, /Dexie loaded: .*dexie/);
});

test('no module the records entry reaches imports Dexie', async () => {
  const { readFileSync } = await import('node:fs');
  const dist = `${packageDir}dist/`;
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(dist + file, 'utf8');
    assert.doesNotMatch(text, /from ['"]dexie/, `${file} imports Dexie`);
    for (const [, next] of text.matchAll(/from '\.\/([^']+)'/g)) visit(next);
  };
  visit('records.js');
  assert.ok(seen.size >= 8, [...seen].join(', '));
  assert.ok(!seen.has('database.js') && !seen.has('backup.js'));
});

test('checkSyncedRecord normalises a good record and names every problem of a bad one', async () => {
  const { checkSyncedRecord, CHANGE_TABLES } = await import('@sajja/store/records');
  assert.deepEqual(CHANGE_TABLES, [
    'households',
    'organisations',
    'memberships',
    'ledger',
    'fundTransactions',
    'loans',
  ]);
  const good = checkSyncedRecord('fundTransactions', {
    id: 't1',
    householdId: 'h1',
    membershipId: 'm1',
    organisationId: 'o1',
    date: '2025-03-10',
    kind: 'deposit',
    amount: '100',
    recordedAt: '2025-03-10T02:00:00.000Z',
  });
  assert.deepEqual(good.problems, []);
  assert.equal(good.record.amount, '100.00');

  const bad = checkSyncedRecord('fundTransactions', {
    id: 't1',
    householdId: 'h1',
    membershipId: 'm1',
    organisationId: 'o1',
    date: '2025-02-30',
    kind: 'gift',
    amount: '-5',
    recordedAt: '2025-03-10T02:00:00.000Z',
    extra: 1,
  });
  assert.equal(bad.record, undefined);
  assert.deepEqual(
    bad.problems.map((problem) => `${problem.path}:${problem.reason}`),
    ['date:not-a-date', 'kind:unknown-value', 'amount:not-positive', 'extra:unknown-field'],
  );
  assert.deepEqual(
    checkSyncedRecord('households', 'x').problems.map((problem) => problem.path),
    ['', 'id', 'name', 'createdAt'],
  );
  assert.throws(() => checkSyncedRecord('changes', {}), TypeError);
});

test('a ledger reversal cannot carry a deletion', async () => {
  const { checkSyncedRecord } = await import('@sajja/store/records');
  const entry = {
    id: 'e2',
    date: '2025-01-02',
    kind: 'expense',
    category: 'food',
    amount: '10.00',
    reverses: 'e1',
    householdId: 'h1',
    recordedAt: '2025-01-02T00:00:00.000Z',
  };
  assert.deepEqual(checkSyncedRecord('ledger', entry).problems, []);
  assert.deepEqual(
    checkSyncedRecord('ledger', { ...entry, deletedAt: '2025-01-03T00:00:00.000Z' }).problems,
    [{ path: 'deletedAt', reason: 'part-of-reversal' }],
  );
});

test('ids are keys in the ledger too: at most 100 characters', async () => {
  const { checkSyncedRecord } = await import('@sajja/store/records');
  const entry = {
    id: 'e'.repeat(100),
    date: '2025-01-02',
    kind: 'expense',
    category: 'food',
    amount: '10.00',
    householdId: 'h1',
    recordedAt: '2025-01-02T00:00:00.000Z',
  };
  assert.deepEqual(checkSyncedRecord('ledger', entry).problems, []);
  const long = (letter) => letter.repeat(101);
  assert.deepEqual(
    checkSyncedRecord('ledger', {
      ...entry,
      id: long('x'),
      organisationId: long('o'),
      reverses: long('r'),
    }).problems,
    [
      { path: 'id', reason: 'too-long', details: { max: 100 } },
      { path: 'organisationId', reason: 'too-long', details: { max: 100 } },
      { path: 'reverses', reason: 'too-long', details: { max: 100 } },
    ],
  );
});
