// What the Node example programs share (node-cli/command-line.mjs): a fault of the program
// is one line on stderr and exit code 1, with the stack trace only when DEBUG is set.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { test } from 'node:test';

const commandLine = new URL('../node-cli/command-line.mjs', import.meta.url).href;
const program = `import { runCommand } from '${commandLine}';
runCommand({ name: 'demo', input: 'a file' }, () => {
  throw new TypeError('cannot read properties of undefined');
}, ['file.txt']);`;

/** Runs a program whose main throws a TypeError, with `env`; resolves to its exit code and output. */
const runFaulty = (env) =>
  new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--input-type=module', '-e', program],
      { env: { ...process.env, DEBUG: '', ...env } },
      (error, stdout, stderr) => resolve({ status: error ? error.code : 0, stdout, stderr }),
    );
  });

test('a fault of the program is one line, exit 1, and its stack only with DEBUG', async () => {
  const [plain, debug] = await Promise.all([runFaulty({}), runFaulty({ DEBUG: '1' })]);
  assert.equal(plain.status, 1);
  assert.equal(
    plain.stderr,
    'demo: internal error: cannot read properties of undefined (DEBUG=1 shows where)\n',
  );
  assert.equal(debug.status, 1);
  assert.match(debug.stderr, /TypeError: cannot read properties of undefined\n\s+at /);
});
