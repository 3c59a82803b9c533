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
import {
  collapseLitTemplateWhitespace,
  dropUnreachedSentences,
  dropUnusedDecimalMethods,
} from './packages/build/index.mjs';

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
  // The one-script-tag bundle partner sites load: Lit, the core and the store inlined, within
  // the 75 KiB gzip its issue asks for. Three plugins below trim what no code in it can reach:
  // decimal.js methods (and π), error sentences of domains it leaves out, template indentation.
  // docs/guides/development.md has the breakdown by part.
  '@sajja/widgets': [
    {
      input: 'src/index.ts',
      file: 'dist/sajja-widgets.js',
      inline: true,
      decimalMethods: true,
      sentences: true,
      litTemplates: true,
      budgetKiB: 75,
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
        const line =
          `${pkg.name} ${chunk.fileName}: ${kib(bytes)} KiB minified, ` +
          `${kib(gzip)} KiB gzip (${gzip.toLocaleString('en')} bytes; ${budget})`;
        if (budgetKiB !== undefined && gzip > budgetKiB * 1024) {
          this.error(`size budget exceeded: ${line}`);
        }
        console.log(`size: ${line}`);
      }
    },
  };
}
const kib = (bytes) => (bytes / 1024).toFixed(1);

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
  ({ input, file, inline, decimalMethods, sentences, litTemplates, budgetKiB }) => ({
    input,
    external: inline ? [] : isDependency,
    output: { file, format: 'es', sourcemap: true },
    plugins: [
      ...(inline ? [nodeResolve({ browser: true })] : []),
      typescript({
        tsconfig: 'tsconfig.build.json',
        compilerOptions: { outDir: 'dist', declaration: false, declarationMap: false },
      }),
      // Before terser, which then removes what only the dropped methods and sentences used.
      ...(decimalMethods ? [dropUnusedDecimalMethods()] : []),
      ...(sentences ? [dropUnreachedSentences()] : []),
      ...(litTemplates
        ? [collapseLitTemplateWhitespace({ include: (id) => /[\\/]widgets[\\/]src[\\/]/.test(id) })]
        : []),
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
