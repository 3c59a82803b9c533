// The one Rollup configuration every package builds with: `rollup -c ../../rollup.config.mjs`
// run from a package folder. It reads that package's package.json and builds
//   1. the npm library: ES modules in dist/ with .d.ts, dependencies left as imports;
//   2. where listed below, minified bundles (standalone, or the package's own code alone), their
//      gzip sizes printed on every build and held to budgets (the build fails over one).
import { readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import MagicString from 'magic-string';

/**
 * Minified bundles per package, each printed with its gzip size on every build:
 * - `inline: true` inlines every dependency (a file a page can load on its own);
 * - `inline: false` leaves dependencies as imports, measuring the package's own code.
 * A `budgetKiB` fails the build when the gzip size is over it.
 *
 * The core's budgets are on its own code, per entry point: `@sajja/core` (money, Thai text and
 * dates, errors) and each domain entry (`@sajja/core/loans`, …) with the foundation it imports.
 * A page pays only for the entries it imports. decimal.js, the one dependency (about 12.6 KiB
 * gzip), is a fixed cost outside the core's control; the standalone file, everything with
 * decimal.js inlined, has its size printed beside.
 */
const coreEntries = [
  'index',
  'savings',
  'welfare',
  'loans',
  'ledger',
  'books',
  'year-end',
  'report-html',
];
const minifiedBundles = {
  '@sajja/core': [
    ...coreEntries.map((entry) => ({
      input: entry === 'index' ? 'src/index.ts' : `src/${entry}/index.ts`,
      file: `dist/min/${entry}.min.js`,
      inline: false,
      budgetKiB: 20,
    })),
    { input: 'src/standalone.ts', file: 'dist/sajja-core.js', inline: true },
  ],
  // The one-script-tag bundle partner sites load: Lit, the core and the store inlined. Its
  // budget is not the 75 KiB first asked for: the chosen dependencies alone take about 50 KiB
  // of it (Dexie 30, decimal.js 12.5, Lit 7), leaving 25 KiB for the store, the core and five
  // widgets. docs/guides/development.md has the breakdown; the budget stops any growth.
  '@sajja/widgets': [
    {
      input: 'src/index.ts',
      file: 'dist/sajja-widgets.js',
      inline: true,
      dropUnusedDecimalMethods: true,
      litTemplates: true,
      budgetKiB: 120,
    },
  ],
};

const packageDir = process.cwd();
const pkg = JSON.parse(readFileSync(resolve(packageDir, 'package.json'), 'utf8'));
// Start from an empty dist/, so chunks and types of removed files never linger in a release.
rmSync(resolve(packageDir, 'dist'), { recursive: true, force: true });
const dependencies = [
  ...Object.keys(pkg.dependencies ?? {}),
  ...Object.keys(pkg.peerDependencies ?? {}),
];
const isDependency = (id) => dependencies.some((dep) => id === dep || id.startsWith(`${dep}/`));

/** Prints a bundle's minified and gzip sizes, and fails the build when over its budget. */
function sizeReport(budgetKiB) {
  return {
    name: 'sajja-size-budget',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const bytes = Buffer.byteLength(chunk.code);
        const gzip = gzipSync(chunk.code, { level: 9 }).length;
        const budget = budgetKiB === undefined ? 'no budget' : `budget ${budgetKiB} KiB gzip`;
        const line = `${pkg.name} ${chunk.fileName}: ${kib(bytes)} KiB minified, ${kib(gzip)} KiB gzip (${budget})`;
        if (budgetKiB !== undefined && gzip > budgetKiB * 1024) {
          this.error(`size budget exceeded: ${line}`);
        }
        console.log(`size: ${line}`);
      }
    },
  };
}
const kib = (bytes) => (bytes / 1024).toFixed(1);

/**
 * decimal.js is one class: its ~70 methods (trigonometry, logarithms, roots, base conversion,
 * fractions, …) hang on one prototype, so a bundler keeps them all although Sajja calls a
 * dozen. In a bundle that inlines it, this drops every prototype method and static function of
 * decimal.js that no code can reach by name: property names are never mangled, so a method
 * no module names (`.toPower`, `['toPower']`) outside decimal.js itself, and no kept method of
 * decimal.js names either, cannot be called. The implicit ones (`toString`, `valueOf`, `toJSON`)
 * always stay. Names used on `Math` and `console` (`Math.sqrt`, `console.log`) do not count.
 * What is dropped is printed on every build; the functions only they used are then dead code
 * for the minifier. Tests run the core on the whole decimal.js; the end-to-end test runs the
 * portal on this bundle.
 */
export function unusedDecimalMethods() {
  const ALWAYS = ['toString', 'valueOf', 'toJSON', 'constructor'];
  /** Adds every property name `node` reads by name (`a.name`, `a['name']`), but on Math or console. */
  const namesIn = (node, into) => {
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'MemberExpression') {
      const global =
        node.object.type === 'Identifier' && ['Math', 'console'].includes(node.object.name);
      if (!node.computed && !global) into.add(node.property.name);
      if (node.computed && typeof node.property.value === 'string') into.add(node.property.value);
    }
    for (const [key, value] of Object.entries(node)) {
      if (key === 'start' || key === 'end' || !value || typeof value !== 'object') continue;
      if (Array.isArray(value)) for (const child of value) namesIn(child, into);
      else namesIn(value, into);
    }
  };
  /** `P.a = P.b = function …` → ['a', 'b'] (the object named `object`); otherwise undefined. */
  const methodNames = (expression, object) => {
    const names = [];
    let node = expression;
    while (node.type === 'AssignmentExpression' && node.left.type === 'MemberExpression') {
      const { object: target, property, computed } = node.left;
      if (computed || target.type !== 'Identifier' || target.name !== object) return undefined;
      names.push(property.name);
      node = node.right;
    }
    return names.length > 0 && node.type === 'FunctionExpression' ? names : undefined;
  };
  return {
    name: 'sajja-unused-decimal-methods',
    renderChunk(code, chunk) {
      const id = Object.keys(chunk.modules).find((moduleId) =>
        /[\\/]decimal\.js[\\/]decimal\.mjs$/.test(moduleId),
      );
      if (!id) return null;
      const source = chunk.modules[id].code;
      const offset = code.indexOf(source);
      if (!source || offset < 0 || code.indexOf(source, offset + 1) >= 0) {
        this.error('decimal.js is not in this chunk as one piece: cannot drop its unused methods');
      }
      const program = this.parse(source);
      const clone = program.body.find(
        (node) => node.type === 'FunctionDeclaration' && node.id.name === 'clone',
      );
      const prototypeOf = clone?.body.body
        .map((node) => node.type === 'ExpressionStatement' && node.expression)
        .find((node) => node?.left?.property?.name === 'prototype');
      const constructorName = prototypeOf?.left.object.name;
      const prototypeName = prototypeOf?.right.name;
      if (!constructorName || !prototypeName) this.error('decimal.js has changed: no clone()');
      const functions = new Map(
        program.body
          .filter((node) => node.type === 'FunctionDeclaration')
          .map((node) => [node.id.name, node]),
      );
      // How often each name is used as a variable: a static's function that other code calls
      // directly is part of decimal.js's kept core, not of the droppable static.
      const identifierUses = new Map();
      const countIdentifiers = (node, parent) => {
        if (!node || typeof node.type !== 'string') return;
        const isPropertyKey =
          parent?.type === 'MemberExpression' && parent.property === node && !parent.computed;
        const isDeclaration = parent?.type === 'FunctionDeclaration' && parent.id === node;
        if (node.type === 'Identifier' && !isPropertyKey && !isDeclaration) {
          identifierUses.set(node.name, (identifierUses.get(node.name) ?? 0) + 1);
        }
        for (const [key, value] of Object.entries(node)) {
          if (key === 'start' || key === 'end' || !value || typeof value !== 'object') continue;
          if (Array.isArray(value)) for (const child of value) countIdentifiers(child, node);
          else countIdentifiers(value, node);
        }
      };
      countIdentifiers(program);
      // Each droppable piece: its names, its text, and what else goes with it (a static's function).
      const pieces = [];
      for (const node of program.body) {
        const names =
          node.type === 'ExpressionStatement' && methodNames(node.expression, prototypeName);
        if (names) pieces.push({ kind: 'method', names, ranges: [node], remove: [node] });
      }
      for (const node of clone.body.body) {
        const expression = node.type === 'ExpressionStatement' && node.expression;
        const { left, right } = expression || {};
        if (
          left?.type === 'MemberExpression' &&
          left.object.name === constructorName &&
          right?.type === 'Identifier' &&
          functions.has(right.name) &&
          right.name !== 'clone'
        ) {
          // Used only by this assignment (and by its own recursion, which decimal.js never does).
          const fn = functions.get(right.name);
          const onlyHere = identifierUses.get(right.name) === 1;
          pieces.push({
            kind: 'static',
            names: [left.property.name],
            ranges: onlyHere ? [node, fn] : [node],
            remove: [node],
          });
        }
      }
      const used = new Set(ALWAYS);
      for (const [moduleId, { code: text }] of Object.entries(chunk.modules)) {
        if (moduleId !== id && text) namesIn(this.parse(text), used);
      }
      // What decimal.js itself names outside the droppable pieces (its internal functions).
      const inPieces = new Set(pieces.flatMap((piece) => piece.ranges));
      for (const node of program.body) {
        if (inPieces.has(node)) continue;
        if (node !== clone) namesIn(node, used);
        else
          for (const statement of clone.body.body)
            if (!inPieces.has(statement)) namesIn(statement, used);
      }
      const kept = new Set();
      for (let grew = true; grew; ) {
        grew = false;
        for (const piece of pieces) {
          if (kept.has(piece) || !piece.names.some((name) => used.has(name))) continue;
          kept.add(piece);
          for (const node of piece.ranges) namesIn(node, used);
          grew = true;
        }
      }
      const dropped = pieces.filter((piece) => !kept.has(piece));
      const edited = new MagicString(code);
      for (const piece of dropped) {
        for (const node of piece.remove) edited.remove(offset + node.start, offset + node.end);
      }
      const count = (kind, list) => list.filter((piece) => piece.kind === kind).length;
      console.log(
        `decimal.js: dropped ${count('method', dropped)} of ${count('method', pieces)} methods and ` +
          `${count('static', dropped)} of ${count('static', pieces)} static functions no code names ` +
          `(kept: ${[...kept].map((piece) => piece.names[0]).join(', ')})`,
      );
      return { code: edited.toString(), map: edited.generateMap({ hires: true }) };
    },
  };
}

/**
 * Lit templates keep the indentation of the source (a minifier cannot know it is HTML or CSS).
 * In a bundle, this turns each run of whitespace with a line break inside an `html`, `svg` or
 * `css` tagged template into one space: what HTML and CSS make of it anyway, since no widget
 * renders text with `white-space: pre` (a `<textarea>`'s value is set as a property).
 */
export function collapseTemplateWhitespace() {
  return {
    name: 'sajja-collapse-template-whitespace',
    transform(code, id) {
      if (!/[\\/]packages[\\/]widgets[\\/]src[\\/]/.test(id) || !code.includes('lit')) return null;
      const program = this.parse(code);
      // The local names this module gives Lit's tags: `import { html, css as styles } from 'lit'`.
      const tags = new Set(
        program.body
          .filter((node) => node.type === 'ImportDeclaration' && node.source.value === 'lit')
          .flatMap((node) => node.specifiers)
          .filter((spec) => spec.type === 'ImportSpecifier')
          .filter((spec) => ['html', 'svg', 'css'].includes(spec.imported.name))
          .map((spec) => spec.local.name),
      );
      if (tags.size === 0) return null;
      const edited = new MagicString(code);
      const visit = (node) => {
        if (!node || typeof node.type !== 'string') return;
        if (
          node.type === 'TaggedTemplateExpression' &&
          node.tag.type === 'Identifier' &&
          tags.has(node.tag.name)
        ) {
          for (const quasi of node.quasi.quasis) {
            const raw = code.slice(quasi.start, quasi.end);
            const collapsed = raw.replace(/\s*\n\s*/g, ' ');
            if (collapsed !== raw) edited.overwrite(quasi.start, quasi.end, collapsed);
          }
        }
        for (const [key, value] of Object.entries(node)) {
          if (key === 'start' || key === 'end' || !value || typeof value !== 'object') continue;
          if (Array.isArray(value)) for (const child of value) visit(child);
          else visit(value);
        }
      };
      visit(program);
      return { code: edited.toString(), map: edited.generateMap({ hires: true }) };
    },
  };
}

// A package lists extra entry points (one per widget) as "sajjaEntries" in its package.json.
const library = {
  input: pkg.sajjaEntries ?? { index: 'src/index.ts' },
  external: isDependency,
  output: {
    dir: 'dist',
    format: 'es',
    sourcemap: true,
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
  },
  plugins: [
    typescript({
      tsconfig: 'tsconfig.build.json',
      compilerOptions: { outDir: 'dist', declaration: true, declarationDir: 'dist' },
    }),
  ],
};

const minified = (minifiedBundles[pkg.name] ?? []).map(
  ({ input, file, inline, dropUnusedDecimalMethods, litTemplates, budgetKiB }) => ({
    input,
    external: inline ? [] : isDependency,
    output: { file, format: 'es', sourcemap: true },
    plugins: [
      ...(inline ? [nodeResolve({ browser: true })] : []),
      typescript({
        tsconfig: 'tsconfig.build.json',
        compilerOptions: { outDir: 'dist', declaration: false, declarationMap: false },
      }),
      // Before terser, which then removes what only the dropped methods used.
      ...(dropUnusedDecimalMethods ? [unusedDecimalMethods()] : []),
      ...(litTemplates ? [collapseTemplateWhitespace()] : []),
      terser({
        ecma: 2020,
        module: true,
        toplevel: true,
        compress: { passes: 2 },
        format: { comments: false },
      }),
      sizeReport(budgetKiB),
    ],
  }),
);

export default [library, ...minified];
