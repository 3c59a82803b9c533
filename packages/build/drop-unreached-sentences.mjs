import MagicString from 'magic-string';
import { walk } from './ast.mjs';

/**
 * The core's error sentences are two tables (`ERROR_SENTENCES` by `CODE/reason` or `CODE`,
 * `PROBLEM_SENTENCES` by reason; `packages/core/src/errors/messages.ts`), each entry
 * `{ th: '…', en: '…' }`. A bundle that looks them up keeps both whole, although most of their
 * sentences belong to errors raised by code the bundle leaves out (books, year-end, rules
 * editors). This Rollup plugin drops, from such a chunk, every entry no code in it can reach:
 *
 * - an entry is reached when the chunk, outside the tables, names its reason (for `CODE/reason`)
 *   or its key (otherwise): as a string (`'not-positive'`, also in a template without
 *   placeholders), an object key (`{ empty: … }`) or a property read (`sentences.RULES_INVALID`).
 *   Reasons are written whole where errors are raised, so this errs only towards keeping;
 * - an error whose sentence was dropped could only come from code that is not in the chunk;
 *   were one to arrive anyway, the lookup falls back to its code's sentence as before.
 *
 * In a bundle of several chunks, the code of every other chunk counts too: a chunk loaded later
 * by `import()` (the store) raises errors whose sentences the chunk with the tables gives.
 *
 * Prints what it dropped. Fails the build when a table does not have the expected shape, or
 * when no table is in the bundle it was asked to trim (a renamed table).
 */
export function dropUnreachedSentences({
  tables = ['ERROR_SENTENCES', 'PROBLEM_SENTENCES'],
  log = console.log,
} = {}) {
  let trimmed = 0;
  return {
    name: 'sajja-drop-unreached-sentences',
    renderStart() {
      trimmed = 0;
    },
    renderChunk(code, chunk, _options, { chunks }) {
      const program = this.parse(code);
      const found = findTables(program, tables);
      if (found.length === 0) return null;
      trimmed += 1;
      for (const { name, object } of found) {
        const problem = object.properties.find((property) => !isSentenceEntry(property));
        if (problem) {
          this.error(
            `${name} is not a table of { th, en } sentences (at ${code.slice(problem.start, problem.start + 40)}…)`,
          );
        }
      }

      const skip = new Set(found.map(({ object }) => object));
      const reached = namesOutside(program, skip);
      for (const other of Object.values(chunks)) {
        if (other.fileName === chunk.fileName) continue;
        for (const { code: moduleCode } of Object.values(other.modules)) {
          if (moduleCode) namesOutside(this.parse(moduleCode), skip, reached);
        }
      }
      const edited = new MagicString(code);
      for (const { name, object } of found) {
        const dropped = [];
        for (const property of object.properties) {
          const key = keyOf(property);
          const reason = key.includes('/') ? key.slice(key.indexOf('/') + 1) : key;
          if (reached.has(reason)) continue;
          dropped.push(key);
          edited.remove(property.start, afterComma(code, property.end));
        }
        log(
          `sentences: dropped ${dropped.length} of ${object.properties.length} in ${name}` +
            (dropped.length > 0 ? ` (${dropped.join(', ')})` : ''),
        );
      }
      return { code: edited.toString(), map: edited.generateMap({ hires: true }) };
    },
    generateBundle() {
      if (trimmed === 0) {
        this.error(`no sentence table (${tables.join(', ')}) in this bundle: nothing to trim`);
      }
    },
  };
}

/** `const NAME = { … }` (or `NAME$1`, as Rollup renames on a clash) for each name asked for. */
function findTables(program, names) {
  const patterns = names.map((name) => ({ name, pattern: new RegExp(`^${name}(\\$\\d+)?$`) }));
  const found = [];
  walk(program, (node) => {
    if (node.type !== 'VariableDeclarator' || node.id.type !== 'Identifier') return;
    const name = patterns.find(({ pattern }) => pattern.test(node.id.name))?.name;
    if (name && node.init?.type === 'ObjectExpression') found.push({ name, object: node.init });
  });
  return found;
}

/** `key: { th: '…', en: '…' }`, the key a name or a string. */
function isSentenceEntry(property) {
  if (property.type !== 'Property' || property.computed || keyOf(property) === undefined) {
    return false;
  }
  const value = property.value;
  if (value.type !== 'ObjectExpression') return false;
  const languages = value.properties.map((entry) =>
    entry.type === 'Property' && !entry.computed && isText(entry.value) ? keyOf(entry) : '',
  );
  return languages.length === 2 && languages.includes('th') && languages.includes('en');
}

const isText = (node) =>
  (node.type === 'Literal' && typeof node.value === 'string') ||
  (node.type === 'TemplateLiteral' && node.expressions.length === 0);

function keyOf(property) {
  const { key } = property;
  if (key.type === 'Identifier') return key.name;
  if (key.type === 'Literal' && typeof key.value === 'string') return key.value;
  return undefined;
}

/** Every string, object key and property name in `program`, outside the nodes in `skip`. */
function namesOutside(program, skip, names = new Set()) {
  walk(program, (node) => {
    if (skip.has(node)) return false;
    if (node.type === 'Literal' && typeof node.value === 'string') names.add(node.value);
    if (node.type === 'TemplateElement' && node.value.cooked) names.add(node.value.cooked);
    if (node.type === 'Property' && !node.computed && keyOf(node)) names.add(keyOf(node));
    if (node.type === 'MemberExpression' && !node.computed) names.add(node.property.name);
  });
  return names;
}

/** Where a property ends including the comma after it, if one follows (past white space). */
function afterComma(code, end) {
  let at = end;
  while (/\s/.test(code[at] ?? '')) at += 1;
  return code[at] === ',' ? at + 1 : end;
}
