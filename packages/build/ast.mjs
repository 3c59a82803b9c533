/**
 * Calls `visit(node, parent)` for every node of an ESTree syntax tree, parents first; a visit
 * that returns `false` skips the node's children.
 */
export function walk(node, visit, parent = undefined) {
  if (!node || typeof node.type !== 'string') return;
  if (visit(node, parent) === false) return;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'start' || key === 'end' || !value || typeof value !== 'object') continue;
    if (Array.isArray(value)) for (const child of value) walk(child, visit, node);
    else walk(value, visit, node);
  }
}

/**
 * Whether an `Identifier` reads a variable, as opposed to naming a property (`a.name`,
 * `{ name: … }`) or the function it declares.
 */
export function readsVariable(identifier, parent) {
  const isKey =
    (parent?.type === 'MemberExpression' && parent.property === identifier && !parent.computed) ||
    (parent?.type === 'Property' && parent.key === identifier && !parent.computed);
  const isName = parent?.type === 'FunctionDeclaration' && parent.id === identifier;
  return !isKey && !isName;
}

/**
 * Every property name `node` reads by name (`a.name`, `a['name']`), except on the globals
 * `Math` and `console` (`Math.sqrt` is not a decimal's `sqrt`).
 */
export function propertyNames(node, into = new Set()) {
  walk(node, (child) => {
    if (child.type !== 'MemberExpression') return;
    const onGlobal =
      child.object.type === 'Identifier' && ['Math', 'console'].includes(child.object.name);
    if (!child.computed && !onGlobal) into.add(child.property.name);
    if (child.computed && typeof child.property.value === 'string') into.add(child.property.value);
  });
  return into;
}
