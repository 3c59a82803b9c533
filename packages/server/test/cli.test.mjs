// The command line and the settings from the environment.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { parseTtl, runCli } from '../dist/cli.js';
import { settingsFromEnv, tokenVerifier } from '../dist/index.js';

const dataDir = mkdtempSync(join(tmpdir(), 'sajja-cli-test-'));
after(() => rmSync(dataDir, { recursive: true, force: true }));

const run = async (argv, env = {}) => {
  let out = '';
  let err = '';
  const code = await runCli(
    argv,
    { DATA_DIR: dataDir, ...env },
    {
      out: (text) => (out += text),
      err: (text) => (err += `${text}\n`),
    },
  );
  return { code, out, err };
};

test('token signs with the development secret kept in DATA_DIR, and says so', async () => {
  const first = await run(['token', '--household', 'h1', '--ttl', '15m']);
  assert.equal(first.code, 0, first.err);
  assert.match(
    first.err,
    /SAJJA_TOKEN_SECRET is not set: using the development secret just made in/,
  );
  const file = join(dataDir, 'dev-token-secret');
  assert.equal(statSync(file).mode & 0o777, 0o600);
  const secret = readFileSync(file, 'utf8').trim();
  const identity = await tokenVerifier({ secret })(first.out.trim());
  assert.deepEqual(identity, { scope: { household: 'h1' } });
  const second = await run([
    'token',
    '--organisation',
    'o1',
    '--role',
    'auditor',
    '--subject',
    'p9',
  ]);
  assert.match(second.err, /kept in/);
  assert.deepEqual(await tokenVerifier({ secret })(second.out.trim()), {
    scope: { organisation: 'o1', role: 'auditor' },
    subject: 'p9',
  });
});

test('token signs with SAJJA_TOKEN_SECRET and its issuer when set', async () => {
  const secret = 's'.repeat(40);
  const { code, out, err } = await run(['token', '--network', 'n1'], {
    SAJJA_TOKEN_SECRET: secret,
    SAJJA_TOKEN_ISSUER: 'https://partner.example',
  });
  assert.equal(code, 0);
  assert.equal(err, '');
  const verify = tokenVerifier({ secret, issuer: 'https://partner.example' });
  assert.deepEqual(await verify(out.trim()), { scope: { network: 'n1' } });
});

test('token refuses what it cannot sign', async () => {
  for (const argv of [
    ['token'],
    ['token', '--household', 'h1', '--network', 'n1'],
    ['token', '--organisation', 'o1'],
    ['token', '--organisation', 'o1', '--role', 'president'],
    ['token', '--household', 'h1', '--ttl', '25h'],
    ['token', '--household', 'h1', '--colour', 'red'],
  ]) {
    const { code, out, err } = await run(argv);
    assert.equal(code, 1, argv.join(' '));
    assert.equal(out, '');
    assert.match(err, /^sajja-server: /);
  }
  assert.equal((await run(['launch'])).code, 2);
});

test('lifetimes read as seconds, minutes, hours and days, at most a day', () => {
  assert.equal(parseTtl('30s'), 30);
  assert.equal(parseTtl('15m'), 900);
  assert.equal(parseTtl('2h'), 7200);
  assert.equal(parseTtl('1d'), 86400);
  assert.equal(parseTtl('600'), 600);
  assert.throws(() => parseTtl('2d'), /24 hours/);
  assert.throws(() => parseTtl('soon'), /not a lifetime/);
});

test('settings come from the environment with their defaults', () => {
  assert.deepEqual(settingsFromEnv({}), {
    port: 8787,
    dataDir: './.sajja-data',
    allowedOrigins: [],
    networks: {},
    rateLimit: { burst: 60, perSecond: 10 },
  });
  const settings = settingsFromEnv({
    PORT: '9000',
    DATA_DIR: '/var/lib/sajja',
    DATABASE_URL: 'postgres://sajja@db/sajja',
    SAJJA_ALLOWED_ORIGINS: 'https://a.example, https://b.example',
    SAJJA_NETWORKS: 'n1=o1,o2; n2=o3',
    SAJJA_RATE_LIMIT_BURST: '5',
    SAJJA_RATE_LIMIT_PER_SECOND: '0.5',
  });
  assert.equal(settings.port, 9000);
  assert.equal(settings.databaseUrl, 'postgres://sajja@db/sajja');
  assert.deepEqual(settings.allowedOrigins, ['https://a.example', 'https://b.example']);
  assert.deepEqual(settings.networks, { n1: ['o1', 'o2'], n2: ['o3'] });
  assert.deepEqual(settings.rateLimit, { burst: 5, perSecond: 0.5 });
  assert.equal(settingsFromEnv({ SAJJA_RATE_LIMIT_PER_SECOND: '0' }).rateLimit, false);
  assert.throws(() => settingsFromEnv({ PORT: 'eighty' }), /PORT/);
  assert.throws(() => settingsFromEnv({ SAJJA_NETWORKS: 'n1' }), /SAJJA_NETWORKS/);
});
