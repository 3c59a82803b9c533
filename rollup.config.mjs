// The one Rollup configuration every package builds with: `rollup -c ../../rollup.config.mjs`
// run from a package folder. It reads that package's package.json and builds
//   1. the npm library: ES modules in dist/ with .d.ts, dependencies left as imports;
//   2. where listed below, a standalone browser bundle: every dependency inlined and minified,
//      its gzip size printed on every build and held to a budget (the build fails over it).
import { readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

/** Standalone bundles per package, with their size budgets in KiB of gzip. */
const standaloneBundles = {
  '@sajja/core': [{ input: 'src/index.ts', file: 'dist/sajja-core.js', budgetKiB: 20 }],
  // The one-script-tag bundle partner sites load: Lit and the core inlined.
  '@sajja/widgets': [{ input: 'src/index.ts', file: 'dist/sajja-widgets.js', budgetKiB: 75 }],
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
function sizeBudget(budgetKiB) {
  return {
    name: 'sajja-size-budget',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const bytes = Buffer.byteLength(chunk.code);
        const gzip = gzipSync(chunk.code, { level: 9 }).length;
        const line = `${pkg.name} ${chunk.fileName}: ${kib(bytes)} KiB minified, ${kib(gzip)} KiB gzip (budget ${budgetKiB} KiB gzip)`;
        if (gzip > budgetKiB * 1024) this.error(`size budget exceeded: ${line}`);
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
  output: { dir: 'dist', format: 'es', sourcemap: true, entryFileNames: '[name].js' },
  plugins: [
    typescript({
      tsconfig: 'tsconfig.build.json',
      compilerOptions: { outDir: 'dist', declaration: true, declarationDir: 'dist' },
    }),
  ],
};

const standalone = (standaloneBundles[pkg.name] ?? []).map(({ input, file, budgetKiB }) => ({
  input,
  output: { file, format: 'es', sourcemap: true },
  plugins: [
    nodeResolve({ browser: true }),
    typescript({
      tsconfig: 'tsconfig.build.json',
      compilerOptions: { outDir: 'dist', declaration: false, declarationMap: false },
    }),
    terser({ format: { comments: false } }),
    sizeBudget(budgetKiB),
  ],
}));

export default [library, ...standalone];
