// A throwaway PostgreSQL cluster for the server's tests and bench: initdb into a temporary
// folder, start it on a free loopback port (its socket in the same folder), create a database,
// and hand back its URL. Stopping it removes the folder. Used by with-databases.mjs (the test
// script) and bench/run.mjs; a developer can instead point SAJJA_TEST_DATABASE_URL at a
// database of their own.
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@sajja/testing/sync-server-process.mjs';

/** Where Debian (and most Linux packages) put the server binaries, newest first. */
const DEBIAN_ROOT = '/usr/lib/postgresql';

/**
 * The folder holding `initdb`, `pg_ctl` and `postgres`: `SAJJA_POSTGRES_BIN` if set, then the
 * newest `/usr/lib/postgresql/N/bin`, then `pg_config --bindir`, then `initdb` on the PATH.
 *
 * @returns {string | undefined} undefined when no PostgreSQL server is installed.
 */
export function findPostgresBinaries() {
  const candidates = [];
  if (process.env.SAJJA_POSTGRES_BIN) candidates.push(process.env.SAJJA_POSTGRES_BIN);
  if (existsSync(DEBIAN_ROOT)) {
    const versions = readdirSync(DEBIAN_ROOT)
      .filter((name) => /^\d+$/.test(name))
      .sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((version) => join(DEBIAN_ROOT, version, 'bin')));
  }
  const pgConfig = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' });
  if (pgConfig.status === 0) candidates.push(pgConfig.stdout.trim());
  const which = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' });
  if (which.status === 0 && which.stdout.trim()) {
    candidates.push(join(which.stdout.trim(), '..'));
  }
  return candidates.find(
    (dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl')),
  );
}

const runningAsRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/**
 * Runs one PostgreSQL binary, as the `postgres` user when we are root (initdb refuses root).
 *
 * @returns {{ status: number | null, output: string }}
 */
function runBinary(bin, name, args) {
  const [command, commandArgs] = runningAsRoot()
    ? ['runuser', ['-u', 'postgres', '--', join(bin, name), ...args]]
    : [join(bin, name), args];
  const result = spawnSync(command, commandArgs, { encoding: 'utf8' });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}`;
  return { status: result.status, output };
}

/**
 * @typedef {object} ThrowawayPostgres
 * @property {string} url `postgres://postgres@127.0.0.1:PORT/DATABASE` (trust authentication).
 * @property {number} port
 * @property {string} bin The folder of the binaries it runs.
 * @property {(name: string) => Promise<string>} createDatabase Creates another database in
 *   the cluster and returns its URL.
 * @property {() => void} stop Stops the cluster (immediately) and removes its folder; safe to
 *   call twice. Also called on process exit, SIGINT and SIGTERM.
 */

/**
 * Starts a throwaway PostgreSQL cluster on a free loopback port and creates `database` in it.
 *
 * @param {{ database?: string, bin?: string, log?: (line: string) => void }} [options]
 * @returns {Promise<ThrowawayPostgres>}
 */
export async function startThrowawayPostgres({
  database = 'sajja_test',
  bin = findPostgresBinaries(),
  log = () => {},
} = {}) {
  if (!bin) {
    throw new Error(
      'No PostgreSQL server binaries (initdb, pg_ctl) found: install PostgreSQL (Debian: apt-get install postgresql), set SAJJA_POSTGRES_BIN, or set SAJJA_TEST_DATABASE_URL to a database of your own.',
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'sajja-pg-'));
  const data = join(dir, 'data');
  if (runningAsRoot()) {
    const ids = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    const gids = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
    if (ids.status !== 0) {
      rmSync(dir, { recursive: true, force: true });
      throw new Error(
        'Running as root, but there is no `postgres` user to run initdb as (initdb refuses root).',
      );
    }
    chownSync(dir, Number(ids.stdout.trim()), Number(gids.stdout.trim()));
    chmodSync(dir, 0o700);
  }
  let stopped = false;
  let started = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    process.off('exit', stop);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    if (started) runBinary(bin, 'pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
    rmSync(dir, { recursive: true, force: true });
  };
  const onSignal = (signal) => {
    stop();
    process.kill(process.pid, signal);
  };
  process.on('exit', stop);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const init = runBinary(bin, 'initdb', [
      '-D',
      data,
      '-A',
      'trust',
      '-U',
      'postgres',
      '-E',
      'UTF8',
      '--locale=C',
      '--no-sync',
    ]);
    if (init.status !== 0) throw new Error(`initdb failed:\n${init.output}`);
    const port = await freePort();
    // fsync off: a throwaway cluster that no crash needs to survive; the server's own crash
    // tests kill the server process, never PostgreSQL.
    const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`;
    const start = runBinary(bin, 'pg_ctl', [
      '-D',
      data,
      '-o',
      options,
      '-l',
      join(dir, 'postgres.log'),
      '-w',
      '-t',
      '60',
      'start',
    ]);
    started = true;
    if (start.status !== 0) throw new Error(`pg_ctl start failed:\n${start.output}`);
    const createDatabase = async (name) => {
      if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Not a plain database name: ${name}`);
      const created = runBinary(bin, 'createdb', [
        '-h',
        dir,
        '-p',
        String(port),
        '-U',
        'postgres',
        name,
      ]);
      if (created.status !== 0) throw new Error(`createdb ${name} failed:\n${created.output}`);
      return `postgres://postgres@127.0.0.1:${port}/${name}`;
    };
    const url = await createDatabase(database);
    log(`PostgreSQL (${bin}) on 127.0.0.1:${port}, database ${database}`);
    return { url, port, bin, createDatabase, stop };
  } catch (error) {
    stop();
    throw error;
  }
}

/** Runs `command` with a throwaway cluster's URL, stopping the cluster after, even on failure. */
export async function withThrowawayPostgres(command, options) {
  const postgres = await startThrowawayPostgres(options);
  try {
    return await command(postgres);
  } finally {
    postgres.stop();
  }
}
