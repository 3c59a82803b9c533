// Shared @web/test-runner configuration: every package's tests run in the system's Chromium,
// never a downloaded browser. CHROME_PATH points at another Chromium or Chrome.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fileURLToPath } from 'node:url';
import { syncServerPlugin } from './sync-server-plugin.mjs';

export { syncServerPlugin } from './sync-server-plugin.mjs';

const tsconfig = fileURLToPath(new URL('../../tsconfig.base.json', import.meta.url));

export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Flags for headless Chromium as root on a machine with a closed network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Dexie's `import` entry wraps its UMD build, which a browser cannot import as ESM
 * ("does not provide an export named 'default'"); point it at Dexie's real ES module. Every
 * test that imports `@sajja/store` imports Dexie, so {@link testConfig} always adds it.
 */
export const dexieEsmPlugin = {
  name: 'sajja-dexie-esm',
  resolveImport({ source }) {
    if (source.endsWith('/dexie/import-wrapper.mjs')) {
      return source.replace(/import-wrapper\.mjs$/, 'dist/dexie.mjs');
    }
    return undefined;
  },
};

/**
 * @param {{ files: string | string[], plugins?: object[], syncServer?: boolean | Parameters<typeof syncServerPlugin>[0] }} options
 *   `syncServer`: give the tests a real sync server in a child process through
 *   `@sajja/testing/sync-server-commands.mjs` ({@link syncServerPlugin}; `true`, or its options).
 * @returns {import('@web/test-runner').TestRunnerConfig}
 */
export function testConfig({ files, plugins = [], syncServer = false }) {
  if (syncServer) plugins = [...plugins, syncServerPlugin(syncServer === true ? {} : syncServer)];
  return {
    files,
    nodeResolve: true,
    concurrency: 1,
    browserStartTimeout: 60_000,
    testsFinishTimeout: 300_000,
    // A sync server in a child process takes seconds to start (PGlite), more on a busy machine.
    testFramework: { config: { timeout: syncServer ? 120_000 : 20_000 } },
    plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig }), dexieEsmPlugin, ...plugins],
    browsers: [
      chromeLauncher({ launchOptions: { executablePath: chromiumPath, args: chromiumArgs } }),
    ],
  };
}
