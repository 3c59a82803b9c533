import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import { createSyncApp, type RollupHandler } from './app.js';
import type { SyncDatabase } from './database.js';
import { jsonLinesLogger, type SyncLogger } from './log.js';
import { migrate } from './migrations.js';
import { openPgliteDatabase } from './pglite-database.js';
import { openPostgresDatabase } from './postgres-database.js';
import { networkRollUpHandler } from './rollup/rollup-handler.js';
import { DEFAULT_RATE_LIMIT, RateLimiter, type RateLimitSettings } from './rate-limit.js';
import { tokenVerifier, type TokenSettings } from './tokens.js';

/** What {@link createSyncServer} takes. */
export interface SyncServerOptions {
  /**
   * The database: a PostgreSQL URL (`postgres://…`), or a folder for the embedded PGlite
   * (`{ dataDir }`; in memory when `dataDir` is absent), or a database already open (the
   * server then does not close it).
   */
  readonly database?:
    | {
        /** A PostgreSQL URL. */
        readonly url: string;
      }
    | {
        /** PGlite's folder; in memory when absent. */
        readonly dataDir?: string;
      }
    | SyncDatabase;
  /** How tokens are verified. */
  readonly tokens: TokenSettings;
  /** Origins whose pages may call the server (CORS); none by default. */
  readonly allowedOrigins?: readonly string[];
  /** Each network's organisations (`SAJJA_NETWORKS`): `{ n1: ['o1', 'o2'] }`. */
  readonly networks?: Readonly<Record<string, readonly string[]>>;
  /** The per-token rate limit (default {@link DEFAULT_RATE_LIMIT}), or `false` for none. */
  readonly rateLimit?: RateLimitSettings | false;
  /** Where log lines go: JSON lines on stdout by default, `false` for none. */
  readonly log?: SyncLogger | false;
  /** What answers the network roll-up; default {@link networkRollUpHandler} (SQL over `records`). */
  readonly rollup?: RollupHandler;
}

/** A sync server listening on a port. */
export interface ListeningSyncServer {
  /** Its base URL (`http://127.0.0.1:8787`). */
  readonly url: string;
  /** The port it listens on (useful after asking for port 0). */
  readonly port: number;
  /** Stops listening; open connections are closed. */
  close(): Promise<void>;
}

/** A sync server: the HTTP application over its database, to embed or to listen with. */
export interface SyncServer {
  /** The Hono application. */
  readonly app: Hono;
  /** Answers a request (the Fetch API's shape, for embedding in another server or a test). */
  fetch(request: Request): Promise<Response>;
  /** The database it runs on. */
  readonly database: SyncDatabase;
  /** The database schema version reached by the migrations. */
  readonly schemaVersion: number;
  /**
   * Listens on `port` (default 8787; 0 for any free port) of `hostname` (default all
   * interfaces).
   */
  listen(port?: number, hostname?: string): Promise<ListeningSyncServer>;
  /** Stops every listener and closes the database (unless it was given open). */
  close(): Promise<void>;
}

async function openDatabase(
  option: SyncServerOptions['database'],
): Promise<{ db: SyncDatabase; owned: boolean }> {
  if (option !== undefined && 'query' in option) return { db: option, owned: false };
  if (option !== undefined && 'url' in option) {
    return { db: await openPostgresDatabase(option.url), owned: true };
  }
  return { db: await openPgliteDatabase(option?.dataDir), owned: true };
}

/**
 * Opens the database, applies the migrations, and builds the sync server.
 *
 * @example
 * ```ts
 * const server = await createSyncServer({
 *   database: { dataDir: './.sajja-data' },
 *   tokens: { secret: process.env.SAJJA_TOKEN_SECRET! },
 * });
 * const { url, close } = await server.listen(8787);
 * ```
 */
export async function createSyncServer(options: SyncServerOptions): Promise<SyncServer> {
  const verify = tokenVerifier(options.tokens);
  const log = options.log === false ? () => {} : (options.log ?? jsonLinesLogger);
  const { db, owned } = await openDatabase(options.database);
  let schemaVersion: number;
  try {
    schemaVersion = await migrate(db);
  } catch (error) {
    if (owned) await db.close();
    throw error;
  }
  log({ level: 'info', msg: 'migrated', database: db.kind, schemaVersion });
  const app = createSyncApp({
    db,
    schemaVersion,
    verify,
    rateLimiter:
      options.rateLimit === false
        ? undefined
        : new RateLimiter(options.rateLimit ?? DEFAULT_RATE_LIMIT),
    allowedOrigins: options.allowedOrigins ?? [],
    networks: new Map(Object.entries(options.networks ?? {})),
    rollup: options.rollup ?? networkRollUpHandler,
    log,
  }) as unknown as Hono;
  const listeners = new Set<ListeningSyncServer>();
  return {
    app,
    fetch: async (request) => app.fetch(request),
    database: db,
    schemaVersion,
    listen: (port = 8787, hostname) =>
      new Promise((resolve, reject) => {
        const server = serve(
          { fetch: app.fetch, port, ...(hostname ? { hostname } : {}) },
          (info: AddressInfo) => {
            const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
            const shown = host === '[::]' || host === '0.0.0.0' ? 'localhost' : host;
            const listening: ListeningSyncServer = {
              url: `http://${shown}:${info.port}`,
              port: info.port,
              close: () =>
                new Promise<void>((done) => {
                  listeners.delete(listening);
                  server.close(() => done());
                  (server as { closeAllConnections?: () => void }).closeAllConnections?.();
                }),
            };
            listeners.add(listening);
            log({ level: 'info', msg: 'listening', port: info.port });
            resolve(listening);
          },
        );
        server.once('error', reject);
      }),
    close: async () => {
      await Promise.all([...listeners].map((listener) => listener.close()));
      if (owned) await db.close();
    },
  };
}
