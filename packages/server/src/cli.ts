import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { developmentSecret } from './dev-secret.js';
import { ORGANISATION_ROLES, type SyncScope } from './scope.js';
import { createSyncServer, type SyncServer } from './server.js';
import { settingsFromEnv, type ServerSettings } from './settings.js';
import { signDevelopmentToken } from './sign-token.js';
import { MAX_TOKEN_LIFETIME_SECONDS, type TokenSettings } from './tokens.js';

/** Where the command line writes: its output (a token) and its messages. */
export interface CliStreams {
  /** What a script reads (the token). */
  readonly out: (text: string) => void;
  /** Messages for the person running it. */
  readonly err: (text: string) => void;
}

const USAGE = `Usage:
  sajja-server start                       run the sync server (settings from the environment)
  sajja-server token --household h1        print a development token
  sajja-server token --organisation o1 --role treasurer|auditor
  sajja-server token --network n1
    --ttl 15m        lifetime: 30s, 15m, 2h (default 1h, at most 24h)
    --subject p1     the token's sub (an opaque person id)

Environment: PORT (8787), DATA_DIR (./.sajja-data), DATABASE_URL (PostgreSQL; PGlite in
DATA_DIR when unset), SAJJA_ALLOWED_ORIGINS, SAJJA_TOKEN_SECRET or SAJJA_TOKEN_PUBLIC_KEY,
SAJJA_TOKEN_ISSUER, SAJJA_NETWORKS (n1=o1,o2;n2=o3), SAJJA_RATE_LIMIT_BURST,
SAJJA_RATE_LIMIT_PER_SECOND.`;

/**
 * The token settings from the environment; without `SAJJA_TOKEN_SECRET` or
 * `SAJJA_TOKEN_PUBLIC_KEY`, the development secret kept in `DATA_DIR` (made on first use),
 * with a message saying so.
 */
export function tokenSettingsOf(
  settings: ServerSettings,
  err: (text: string) => void,
): TokenSettings {
  const issuer = settings.tokenIssuer ? { issuer: settings.tokenIssuer } : {};
  if (settings.tokenSecret) return { secret: settings.tokenSecret, ...issuer };
  if (settings.tokenPublicKey) return { publicKey: settings.tokenPublicKey, ...issuer };
  const { secret, file, created } = developmentSecret(settings.dataDir);
  err(
    `SAJJA_TOKEN_SECRET is not set: using the development secret ${created ? 'just made in' : 'kept in'} ` +
      `${resolve(file)}.\nTokens from \`pnpm --filter @sajja/server run token\` use it too. ` +
      'In production, set SAJJA_TOKEN_SECRET (or SAJJA_TOKEN_PUBLIC_KEY) to what your site signs with.',
  );
  return { secret, ...issuer };
}

/** A lifetime such as `30s`, `15m`, `2h`, `1d` or a number of seconds, in seconds. */
export function parseTtl(text: string): number {
  const match = /^(\d+)([smhd]?)$/.exec(text.trim());
  if (!match) throw new Error(`--ttl: not a lifetime: ${text} (try 15m or 2h)`);
  const unit = { '': 1, s: 1, m: 60, h: 3600, d: 86400 }[match[2] as '' | 's' | 'm' | 'h' | 'd'];
  const seconds = Number(match[1]) * unit;
  if (seconds < 1 || seconds > MAX_TOKEN_LIFETIME_SECONDS) {
    throw new Error('--ttl: a token lives at least 1 second and at most 24 hours');
  }
  return seconds;
}

async function printToken(args: string[], env: NodeJS.ProcessEnv, io: CliStreams): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      household: { type: 'string' },
      organisation: { type: 'string' },
      role: { type: 'string' },
      network: { type: 'string' },
      ttl: { type: 'string', default: '1h' },
      subject: { type: 'string' },
    },
    strict: true,
  });
  const named = [values.household, values.organisation, values.network].filter(
    (v) => v !== undefined,
  );
  if (named.length !== 1)
    throw new Error('Give exactly one of --household, --organisation, --network');
  let scope: SyncScope;
  if (values.household !== undefined) scope = { household: values.household };
  else if (values.network !== undefined) scope = { network: values.network };
  else {
    const role = values.role as (typeof ORGANISATION_ROLES)[number];
    if (!ORGANISATION_ROLES.includes(role))
      throw new Error('--organisation needs --role treasurer or --role auditor');
    scope = { organisation: values.organisation!, role };
  }
  if (values.role !== undefined && values.organisation === undefined) {
    throw new Error('--role goes with --organisation');
  }
  const settings = settingsFromEnv(env);
  if (!settings.tokenSecret && settings.tokenPublicKey) {
    throw new Error(
      'SAJJA_TOKEN_PUBLIC_KEY is set: tokens are signed by your site with its private key, not here',
    );
  }
  const ttlSeconds = parseTtl(values.ttl!);
  const tokens = tokenSettingsOf(settings, io.err) as { secret: string; issuer?: string };
  const token = await signDevelopmentToken({
    secret: tokens.secret,
    scope,
    ttlSeconds,
    ...(tokens.issuer ? { issuer: tokens.issuer } : {}),
    ...(values.subject ? { subject: values.subject } : {}),
  });
  io.out(`${token}\n`);
}

async function start(env: NodeJS.ProcessEnv, io: CliStreams): Promise<SyncServer> {
  const settings = settingsFromEnv(env);
  const server = await createSyncServer({
    database: settings.databaseUrl ? { url: settings.databaseUrl } : { dataDir: settings.dataDir },
    tokens: tokenSettingsOf(settings, io.err),
    allowedOrigins: settings.allowedOrigins,
    networks: settings.networks,
    rateLimit: settings.rateLimit,
  });
  const { url } = await server.listen(settings.port);
  io.err(
    `Sajja sync server on ${url} (${server.database.kind === 'pglite' ? `PGlite in ${resolve(settings.dataDir)}` : 'PostgreSQL'}, schema ${server.schemaVersion}).\n`,
  );
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return server;
}

/**
 * Runs the command line (`start` or `token`, see the usage it prints) and returns the exit
 * code; `start` keeps running until SIGINT or SIGTERM.
 */
export async function runCli(
  argv: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
  io: CliStreams = {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  },
): Promise<number> {
  const [command, ...args] = argv;
  try {
    if (command === 'start') {
      await start(env, io);
      return 0;
    }
    if (command === 'token') {
      await printToken(args, env, io);
      return 0;
    }
    io.err(USAGE);
    return command === undefined || command === 'help' || command === '--help' ? 0 : 2;
  } catch (error) {
    io.err(`sajja-server: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
