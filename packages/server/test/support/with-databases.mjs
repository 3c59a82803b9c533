// Runs a command (the server's tests) twice: once on PGlite, once on a real PostgreSQL.
//
//   node test/support/with-databases.mjs node --test test/a.test.mjs test/b.test.mjs
//
// The first run has SAJJA_TEST_DATABASE_URL removed from its environment, so the tests open
// PGlite. The second has it set to:
//   - SAJJA_TEST_DATABASE_URL if the caller set it (a developer's own database), else
//   - a throwaway cluster started here (test/support/postgres.mjs) and stopped after, even
//     when the tests fail.
// With no PostgreSQL binaries and no SAJJA_TEST_DATABASE_URL, the PostgreSQL run is skipped
// with a loud notice on a developer's machine, and fails under CI (CI=true): CI installs
// PostgreSQL (.ci/run), so its absence there is a broken setup, not a choice.
import { spawn } from 'node:child_process';
import { findPostgresBinaries, startThrowawayPostgres } from './postgres.mjs';

const command = process.argv.slice(2);
if (command.length === 0) {
  console.error('usage: node test/support/with-databases.mjs <command> [args...]');
  process.exit(2);
}

const inCi = /^(1|true)$/i.test(process.env.CI ?? '');

/** Runs the command with `env`; resolves to its exit code (a signal counts as 1). */
function run(env) {
  return new Promise((resolve) => {
    const child = spawn(command[0], command.slice(1), { stdio: 'inherit', env });
    child.on('error', (error) => {
      console.error(error);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(signal ? 1 : (code ?? 1)));
  });
}

function banner(line) {
  console.log(`\n==== ${line} ====\n`);
}

const ownUrl = process.env.SAJJA_TEST_DATABASE_URL;
const pgliteEnv = { ...process.env, SAJJA_TEST_DATABASE: 'pglite' };
delete pgliteEnv.SAJJA_TEST_DATABASE_URL;

banner('server tests on PGlite');
const pgliteCode = await run(pgliteEnv);

let postgresCode = 0;
if (ownUrl) {
  banner('server tests on PostgreSQL at SAJJA_TEST_DATABASE_URL');
  postgresCode = await run({ ...process.env, SAJJA_TEST_DATABASE: 'postgres' });
} else if (findPostgresBinaries()) {
  let postgres;
  try {
    postgres = await startThrowawayPostgres();
    banner(
      `server tests on PostgreSQL (throwaway cluster, ${postgres.bin}, port ${postgres.port})`,
    );
    postgresCode = await run({
      ...process.env,
      SAJJA_TEST_DATABASE: 'postgres',
      SAJJA_TEST_DATABASE_URL: postgres.url,
    });
  } catch (error) {
    console.error(error);
    postgresCode = 1;
  } finally {
    postgres?.stop();
  }
} else {
  const notice = [
    '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
    '!!  The server tests did NOT run on PostgreSQL: no PostgreSQL server binaries were found',
    '!!  (initdb, pg_ctl in /usr/lib/postgresql/N/bin, `pg_config --bindir` or the PATH).',
    '!!  Install PostgreSQL (Debian: apt-get install postgresql) to have a throwaway cluster',
    '!!  started for them, or point them at a database of your own (it must be empty or',
    '!!  used only by these tests):',
    '!!    SAJJA_TEST_DATABASE_URL=postgres://user:password@localhost:5432/sajja_test \\',
    '!!      pnpm --filter @sajja/server test',
    '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
  ];
  console.error(`\n${notice.join('\n')}\n`);
  if (inCi) {
    console.error('CI=true: PostgreSQL is required in CI (.ci/run installs it). Failing.');
    postgresCode = 1;
  }
}

process.exit(pgliteCode !== 0 ? pgliteCode : postgresCode);
