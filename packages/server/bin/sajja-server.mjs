#!/usr/bin/env node
// The sync server's command line: `start` and `token` (see `sajja-server help`). The first run
// on a fresh clone builds the server and what it imports (the core and the store).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const at = (file) => existsSync(new URL(`../${file}`, import.meta.url));
// In the repository, the store and the core are built beside it; from npm, they come built.
const inWorkspace = at('../store/src/records.ts');
const built = [
  'dist/cli.js',
  ...(inWorkspace ? ['../store/dist/records.js', '../core/dist/index.js'] : []),
];
if (!built.every(at)) {
  console.error('Building @sajja/server and what it imports (first run)…');
  const result = spawnSync('pnpm', ['--filter', '@sajja/server...', 'build'], {
    cwd: packageDir,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
const { runCli } = await import('../dist/cli.js');
const code = await runCli(process.argv.slice(2));
if (process.argv[2] !== 'start' || code !== 0) process.exitCode = code;
