import MagicString from 'magic-string';
import { propertyNames, readsVariable, walk } from './ast.mjs';

/** Always kept: JavaScript calls them without naming them (`${x}`, `+x`, `JSON.stringify`). */
const IMPLICIT = ['toString', 'valueOf', 'toJSON', 'constructor'];

/**
 * decimal.js is one class: its ~60 methods (trigonometry, logarithms, roots, base conversion,
 * fractions, …) hang on one prototype, and ~40 static functions on the constructor, so a
 * bundler keeps them all although Sajja calls a dozen. This Rollup plugin drops, from a chunk
 * that inlines decimal.js, every prototype method and static function that no code can reach
 * by name:
 *
 * - a name is reachable when any other module of the bundle (of this chunk, or of another
 *   that loads with it or later by `import()`) reads a property of that name (`x.plus`,
 *   `x['plus']`; on anything: property names are never mangled, so this errs only towards
 *   keeping), or decimal.js's own code does outside the droppable pieces, or a kept piece does
 *   (to a fixed point);
 * - `toString`, `valueOf`, `toJSON` always stay; names read on `Math` and `console` do not count.
 *
 * A dropped static's function, and the internal functions only dropped pieces used, become
 * dead code that the minifier (terser, after this plugin) removes. Prints what it dropped.
 * Fails the build when decimal.js is not where it expects it (a changed layout).
 */
export function dropUnusedDecimalMethods({ log = console.log } = {}) {
  return {
    name: 'sajja-drop-unused-decimal-methods',
    renderChunk(code, chunk, _options, { chunks }) {
      const id = Object.keys(chunk.modules).find((moduleId) =>
        /[\\/]decimal\.js[\\/]decimal\.mjs$/.test(moduleId),
      );
      if (!id) return null;
      const source = chunk.modules[id].code;
      const offset = source ? code.indexOf(source) : -1;
      if (offset < 0 || code.indexOf(source, offset + 1) >= 0) {
        this.error('decimal.js is not in this chunk as one piece: cannot drop its unused methods');
      }
      const program = this.parse(source);
      const { pieces, rest } = droppablePieces(program);
      if (pieces.length === 0) this.error('decimal.js has changed: no methods found to drop');

      const used = new Set(IMPLICIT);
      for (const { modules } of Object.values({ ...chunks, [chunk.fileName]: chunk })) {
        for (const [moduleId, rendered] of Object.entries(modules)) {
          if (moduleId !== id && rendered.code) propertyNames(this.parse(rendered.code), used);
        }
      }
      for (const node of rest) propertyNames(node, used);
      const kept = new Set();
      for (let grew = true; grew; ) {
        grew = false;
        for (const piece of pieces) {
          if (kept.has(piece) || !piece.names.some((name) => used.has(name))) continue;
          kept.add(piece);
          for (const node of piece.reads) propertyNames(node, used);
          grew = true;
        }
      }

      const dropped = pieces.filter((piece) => !kept.has(piece));
      const constants = unreadConstants(program, new Set(dropped.map((piece) => piece.statement)));
      const edited = new MagicString(code);
      for (const { statement } of [...dropped, ...constants]) {
        edited.remove(offset + statement.start, offset + statement.end);
      }
      const count = (kind, list) => list.filter((piece) => piece.kind === kind).length;
      log(
        `decimal.js: dropped ${count('method', dropped)} of ${count('method', pieces)} methods ` +
          `and ${count('static', dropped)} of ${count('static', pieces)} static functions ` +
          `(${dropped.map((piece) => piece.names[0]).join(', ')})` +
          (constants.length > 0
            ? `; and the constant${constants.length > 1 ? 's' : ''} ` +
              constants.map(({ name }) => name).join(', ')
            : ''),
      );
      return { code: edited.toString(), map: edited.generateMap({ hires: true }) };
    },
  };
}

/**
 * decimal.js builds its constants from long strings at its end (`PI = new Decimal(PI);`, 1,025
 * digits), and such a statement keeps its string although, once methods are dropped, nothing
 * may read the constant (π serves only the trigonometry). Finds these statements whose constant
 * no remaining code reads: the module's statements other than function declarations, `var`s
 * and these are read from the start, and reading a name reads its function's body or its
 * `var`'s initial value, to a fixed point; the `dropped` statements are never read. Terser then
 * removes the unread string.
 */
function unreadConstants(program, dropped) {
  const rebuilds = program.body.filter(
    ({ type, expression: e }) =>
      type === 'ExpressionStatement' &&
      e.type === 'AssignmentExpression' &&
      e.left.type === 'Identifier' &&
      e.right.type === 'NewExpression' &&
      e.right.arguments.length === 1 &&
      e.right.arguments[0].type === 'Identifier' &&
      e.right.arguments[0].name === e.left.name,
  );
  // What reading a name brings in: a function's body, a variable's initial value.
  const definitions = new Map();
  for (const node of program.body) {
    if (node.type === 'FunctionDeclaration') definitions.set(node.id.name, node);
    if (node.type !== 'VariableDeclaration') continue;
    for (const { id, init } of node.declarations) {
      if (id.type === 'Identifier' && init) definitions.set(id.name, init);
    }
  }
  const pending = program.body.filter(
    (node) =>
      node.type !== 'FunctionDeclaration' &&
      node.type !== 'VariableDeclaration' &&
      !rebuilds.includes(node),
  );
  const read = new Set();
  while (pending.length > 0) {
    for (const name of identifiersRead(pending.pop(), dropped)) {
      if (read.has(name)) continue;
      read.add(name);
      if (definitions.has(name)) pending.push(definitions.get(name));
    }
  }
  return rebuilds
    .map((statement) => ({ statement, name: statement.expression.left.name }))
    .filter(({ name }) => !read.has(name));
}

/** The names `node` reads as variables (not property keys, not in the `skip` nodes). */
function identifiersRead(node, skip) {
  const names = new Set();
  walk(node, (child, parent) => {
    if (skip.has(child)) return false;
    if (child.type === 'Identifier' && readsVariable(child, parent)) names.add(child.name);
  });
  return names;
}

/**
 * The droppable pieces of decimal.js — `P.plus = P.add = function …` on the prototype, and
 * `Decimal.sqrt = sqrt;` inside `clone()` — each with its names, the statement that defines it
 * and the code it reads; and `rest`, the code of decimal.js outside them.
 */
function droppablePieces(program) {
  const clone = program.body.find(
    (node) => node.type === 'FunctionDeclaration' && node.id.name === 'clone',
  );
  const setsPrototype = clone?.body.body.find(
    (node) =>
      node.type === 'ExpressionStatement' &&
      node.expression.type === 'AssignmentExpression' &&
      node.expression.left.property?.name === 'prototype',
  );
  const constructorName = setsPrototype?.expression.left.object.name;
  const prototypeName = setsPrototype?.expression.right.name;
  if (!constructorName || !prototypeName) return { pieces: [], rest: [] };

  const functions = new Map(
    program.body
      .filter((node) => node.type === 'FunctionDeclaration')
      .map((node) => [node.id.name, node]),
  );
  // How often each function is referenced: one used by other code than its static assignment
  // belongs to the kept core of decimal.js.
  const references = new Map();
  walk(program, (node, parent) => {
    if (node.type === 'Identifier' && readsVariable(node, parent)) {
      references.set(node.name, (references.get(node.name) ?? 0) + 1);
    }
  });

  const pieces = [];
  for (const statement of program.body) {
    const names =
      statement.type === 'ExpressionStatement' && methodNames(statement.expression, prototypeName);
    if (names) pieces.push({ kind: 'method', names, statement, reads: [statement] });
  }
  for (const statement of clone.body.body) {
    const { left, right } =
      (statement.type === 'ExpressionStatement' && statement.expression) || {};
    const isStatic =
      left?.type === 'MemberExpression' &&
      left.object.name === constructorName &&
      !left.computed &&
      right?.type === 'Identifier' &&
      right.name !== 'clone' &&
      functions.has(right.name);
    if (!isStatic) continue;
    const onlyHere = references.get(right.name) === 1;
    const reads = onlyHere ? [statement, functions.get(right.name)] : [statement];
    pieces.push({ kind: 'static', names: [left.property.name], statement, reads });
  }

  const inPieces = new Set(pieces.flatMap((piece) => piece.reads));
  const rest = program.body.flatMap((node) => {
    if (inPieces.has(node)) return [];
    if (node !== clone) return [node];
    return clone.body.body.filter((statement) => !inPieces.has(statement));
  });
  return { pieces, rest };
}

/** `P.plus = P.add = function …` → `['plus', 'add']` when `P` is `object`; else undefined. */
function methodNames(expression, object) {
  const names = [];
  let node = expression;
  while (node.type === 'AssignmentExpression' && node.left.type === 'MemberExpression') {
    const { object: target, property, computed } = node.left;
    if (computed || target.type !== 'Identifier' || target.name !== object) return undefined;
    names.push(property.name);
    node = node.right;
  }
  return names.length > 0 && node.type === 'FunctionExpression' ? names : undefined;
}
