import { Hono, type Context } from 'hono';
import { cors } from 'hono/cors';
import { readJsonBody } from './body.js';
import type { SyncDatabase } from './database.js';
import { SyncError } from './errors.js';
import type { SyncLogger } from './log.js';
import { pull, readPullRequest } from './pull.js';
import { applyPush } from './push.js';
import type { RateLimiter } from './rate-limit.js';
import { scopeKey } from './scope.js';
import type { TokenIdentity, TokenVerifier } from './tokens.js';

/**
 * What answers `GET /v1/networks/:network/rollup` for a network token of that network:
 * given the database, the network's organisations (from `SAJJA_NETWORKS`) and the query
 * string's `year`, the roll-up as JSON (no personal field).
 */
export type RollupHandler = (request: {
  readonly db: SyncDatabase;
  readonly network: string;
  readonly organisations: readonly string[];
  readonly year: string | undefined;
}) => Promise<unknown>;

/** What the HTTP application is built from. */
export interface SyncAppParts {
  /** The database, migrated. */
  readonly db: SyncDatabase;
  /** The schema version reached. */
  readonly schemaVersion: number;
  /** Verifies bearer tokens. */
  readonly verify: TokenVerifier;
  /** The per-token limit, or `undefined` for none. */
  readonly rateLimiter: RateLimiter | undefined;
  /** Origins allowed by CORS (none: no CORS headers, same-origin pages only). */
  readonly allowedOrigins: readonly string[];
  /** Each network's organisations. */
  readonly networks: ReadonlyMap<string, readonly string[]>;
  /** The roll-up, when the server computes one. */
  readonly rollup: RollupHandler | undefined;
  /** Where log lines go. */
  readonly log: SyncLogger;
}

/** The variables a request carries through the middleware. */
type Env = {
  Variables: {
    identity: TokenIdentity;
    counts: Record<string, number | string>;
  };
};

/** @internal The Hono application of the sync protocol. */
export function createSyncApp(parts: SyncAppParts): Hono<Env> {
  const { db, verify, rateLimiter, log } = parts;
  const app = new Hono<Env>();

  app.use('*', async (c, next) => {
    const started = performance.now();
    c.set('counts', {});
    await next();
    log({
      level: c.res.status >= 500 ? 'error' : 'info',
      msg: 'request',
      method: c.req.method,
      route: c.req.routePath,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
      ...c.get('counts'),
    });
  });

  if (parts.allowedOrigins.length > 0) {
    app.use(
      '*',
      cors({
        origin: (origin) => (parts.allowedOrigins.includes(origin) ? origin : null),
        allowMethods: ['GET', 'POST', 'OPTIONS'],
        allowHeaders: ['Authorization', 'Content-Type'],
        exposeHeaders: ['Retry-After'],
        maxAge: 600,
      }),
    );
  }

  app.onError((error, c) => {
    if (error instanceof SyncError) return answerError(c, error);
    const name = error instanceof Error ? error.name : typeof error;
    // A database error's code (SQLSTATE) says what failed; its text may hold values.
    const sqlState = (error as { code?: unknown }).code;
    log({
      level: 'error',
      msg: 'error',
      error: name,
      ...(typeof sqlState === 'string' ? { sqlState } : {}),
    });
    return answerError(c, new SyncError('INTERNAL'));
  });
  app.notFound((c) => answerError(c, new SyncError('NOT_FOUND')));

  app.get('/health', async (c) => {
    await db.query('SELECT 1');
    return c.json({ ok: true, database: db.kind, schemaVersion: parts.schemaVersion });
  });

  // Every /v1 request: a verified token, then its rate limit.
  app.use('/v1/*', async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer ([A-Za-z0-9._~+/=-]{1,8192})$/.exec(header);
    if (!match) throw new SyncError('UNAUTHENTICATED');
    const identity = await verify(match[1]!);
    c.set('identity', identity);
    if (rateLimiter) {
      const wait = rateLimiter.take(`${identity.subject ?? ''}\u0000${scopeKey(identity.scope)}`);
      if (wait > 0) throw new SyncError('RATE_LIMITED', undefined, wait);
    }
    await next();
  });

  app.post('/v1/push', async (c) => {
    const { scope } = c.get('identity');
    if (!('household' in scope) && !('role' in scope && scope.role === 'treasurer')) {
      throw new SyncError('FORBIDDEN');
    }
    const body = await readJsonBody(c.req.raw);
    const counts = c.get('counts');
    if (
      typeof body === 'object' &&
      body !== null &&
      Array.isArray((body as { changes?: unknown }).changes)
    ) {
      counts.changes = (body as { changes: unknown[] }).changes.length;
    }
    const { response, replayed } = await applyPush(db, scope, body);
    counts.replayed = replayed ? 1 : 0;
    for (const result of response.results)
      counts[result.status] = Number(counts[result.status] ?? 0) + 1;
    return c.json(response);
  });

  app.get('/v1/pull', async (c) => {
    const { scope } = c.get('identity');
    if ('network' in scope) throw new SyncError('FORBIDDEN');
    const request = readPullRequest(c.req.query('since'), c.req.query('limit'));
    const response = await pull(db, scope, request);
    c.get('counts').changes = response.changes.length;
    return c.json(response);
  });

  app.get('/v1/networks/:network/rollup', async (c) => {
    const { scope } = c.get('identity');
    const network = c.req.param('network');
    if (!('network' in scope) || scope.network !== network) throw new SyncError('FORBIDDEN');
    if (parts.rollup === undefined) throw new SyncError('NOT_FOUND');
    const organisations = parts.networks.get(network) ?? [];
    return c.json(
      (await parts.rollup({ db, network, organisations, year: c.req.query('year') })) as object,
    );
  });

  return app;
}

function answerError(c: Context<Env>, error: SyncError): Response {
  const counts = c.get('counts');
  if (counts) {
    counts.code = error.code;
    if (error.problems) counts.problems = error.problems.length;
  }
  const headers: Record<string, string> = {};
  if (error.retryAfterSeconds !== undefined)
    headers['retry-after'] = String(error.retryAfterSeconds);
  return c.json(error.body, error.status as 400, headers);
}
