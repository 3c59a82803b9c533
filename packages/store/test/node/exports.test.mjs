// The public API of @sajja/store is what its index exports: every name (values and types) must
// be documented in the storage guide, and none may be the engine's (Dexie's tables, collections,
// key ranges, the ledger's chunks and id buckets, schema versions, the database itself).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const packageDir = fileURLToPath(new URL('../..', import.meta.url));
const guide = readFileSync(new URL('../../../../docs/guides/storage.md', import.meta.url), 'utf8');

const program = ts.createProgram([`${packageDir}src/index.ts`], {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  strict: true,
  noEmit: true,
});
const checker = program.getTypeChecker();
const index = program.getSourceFile(`${packageDir}src/index.ts`);
const moduleSymbol = checker.getSymbolAtLocation(index);
const exported = checker
  .getExportsOfModule(moduleSymbol)
  .map((symbol) => symbol.name)
  .sort();

const ENGINE =
  /Table|Collection|KeyRange|Chunk|IdBucket|MIN_KEY|MAX_KEY|Database|Schema|Dexie|Meta/;

test('the package exports the store, its repositories and their types', () => {
  for (const name of ['openStore', 'SajjaStore', 'LedgerRepository', 'LedgerRecord', 'LiveQuery']) {
    assert.ok(exported.includes(name), name);
  }
});

test('every export is documented in the storage guide', () => {
  const missing = exported.filter((name) => !guide.includes(`\`${name}\``));
  assert.deepEqual(missing, [], `not in docs/guides/storage.md: ${missing.join(', ')}`);
});

test('nothing of the engine is exported', () => {
  // The change log's, the audit trail's and a backup's own tables are records people read,
  // not the engine's.
  const engine = exported.filter(
    (name) =>
      ENGINE.test(name) &&
      !['ChangeTable', 'CHANGE_TABLES', 'AuditedTable', 'SajjaBackupTables'].includes(name),
  );
  assert.deepEqual(engine, []);
});

test('the store object gives its repositories, never its database', () => {
  const store =
    exported.includes('SajjaStore') &&
    checker.getExportsOfModule(moduleSymbol).find((s) => s.name === 'SajjaStore');
  const type = checker.getDeclaredTypeOfSymbol(checker.getAliasedSymbol(store));
  const members = checker.getPropertiesOfType(type).map((member) => member.name);
  assert.ok(members.includes('ledger'));
  assert.deepEqual(
    members.filter((name) => ['db', 'database', 'dexie', 'tables'].includes(name)),
    [],
  );
});
