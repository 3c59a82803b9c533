// A real sync server (@sajja/server's built start entry) in a child process, for tests that need
// to kill it: SIGKILL, restart on the same data and port, and a proxy that cuts a response off
// mid-way. Node only; browser tests reach it through sync-server-plugin.mjs.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SignJWT } from 'jose';

/** The HS256 secret every test server is started with (test data only: never a real secret). */
export const TEST_TOKEN_SECRET = 'sajja-test-only-token-secret-0123456789abcdef';

/** The audience every sync token carries (the protocol fixes it). */
export const TOKEN_AUDIENCE = 'sajja-sync';

/**
 * The script that starts the server, run by node with {@link DEFAULT_SERVER_ARGS}:
 * `SAJJA_SYNC_SERVER_ENTRY` if set, else this repository's `packages/server/bin/sajja-server.mjs`
 * (which runs the built server: `pnpm --filter @sajja/server build` first).
 */
export const DEFAULT_SERVER_ENTRY =
  process.env.SAJJA_SYNC_SERVER_ENTRY ??
  fileURLToPath(new URL('../server/bin/sajja-server.mjs', import.meta.url));

/** The arguments after the entry: `start` (as `pnpm --filter @sajja/server start` runs it). */
export const DEFAULT_SERVER_ARGS = Object.freeze(['start']);

/** Children and folders still to clean up when the process ends. */
const running = new Set();

process.on('exit', () => {
  for (const each of running) each.killNow();
});

/** A TCP port on 127.0.0.1 that nothing listens on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createNetServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One sync server in a child process. `kill()` SIGKILLs it (no shutdown code runs: the fault
 * the tests want), `restart()` starts it again on the same data folder (or database) and port.
 */
export class SyncServerProcess {
  /** @param {Required<import('./sync-server-process.d.mts').SyncServerOptions> & { port: number, dir: string }} settings */
  constructor(settings) {
    this.settings = settings;
    this.port = settings.port;
    this.url = `http://127.0.0.1:${settings.port}`;
    this.dataDir = join(settings.dir, 'data');
    this.databaseUrl = settings.databaseUrl;
    /** The last lines the server wrote (its JSON logs and any error), for failure messages. */
    this.output = [];
    this.child = undefined;
    running.add(this);
  }

  /** Starts the child and waits until `/health` answers. */
  async start() {
    if (this.child) throw new Error('The sync server is already running');
    const { settings } = this;
    if (!this.databaseUrl && !settings.makingTemplate && !existsSync(this.dataDir)) {
      const template = await initialisedDataDir(settings);
      if (template) cpSync(template, this.dataDir, { recursive: true });
    }
    const env = {
      ...process.env,
      PORT: String(this.port),
      DATA_DIR: this.dataDir,
      SAJJA_TOKEN_SECRET: settings.tokenSecret,
      SAJJA_ALLOWED_ORIGINS: settings.allowedOrigins.join(','),
      ...settings.env,
    };
    delete env.DATABASE_URL;
    if (this.databaseUrl) env.DATABASE_URL = this.databaseUrl;
    const child = spawn(process.execPath, [settings.serverEntry, ...settings.serverArgs], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    const keep = (chunk) => {
      for (const line of chunk.toString().split('\n')) {
        if (!line) continue;
        this.output.push(line);
        if (this.output.length > 200) this.output.shift();
      }
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let exited = false;
    child.once('exit', (code, signal) => {
      exited = true;
      if (this.child === child) this.child = undefined;
      keep(`[sync server exited: ${signal ?? code}]`);
    });
    const deadline = Date.now() + settings.startTimeoutMs;
    while (Date.now() < deadline) {
      if (exited) break;
      try {
        const response = await fetch(`${this.url}/health`);
        if (response.ok) {
          await response.json();
          return this;
        }
      } catch {
        // not listening yet
      }
      await sleep(50);
    }
    this.killNow();
    throw new Error(
      `The sync server (${settings.serverEntry}) did not answer /health on port ${this.port}` +
        ` within ${settings.startTimeoutMs} ms. Its last output:\n${this.output.slice(-30).join('\n')}`,
    );
  }

  /** Whether the child is running. */
  get running() {
    return this.child !== undefined;
  }

  /** Stops the server as a partner would (SIGTERM: it closes its database) and waits. */
  terminate() {
    return this.#stop('SIGTERM');
  }

  /** SIGKILLs the server and waits until it is gone. */
  kill() {
    return this.#stop('SIGKILL');
  }

  /** Sends `signal` to the server and waits until it is gone. */
  async #stop(signal) {
    const child = this.child;
    if (!child) return;
    const gone = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await gone;
  }

  /** Starts the server again on the same data and port (kills it first if it still runs). */
  async restart() {
    await this.kill();
    return this.start();
  }

  /** Kills the server and removes its data folder. */
  async stop() {
    await this.kill();
    this.killNow();
  }

  /** Synchronous cleanup for process exit: SIGKILL, remove the folder. */
  killNow() {
    this.child?.kill('SIGKILL');
    this.child = undefined;
    rmSync(this.settings.dir, { recursive: true, force: true });
    running.delete(this);
  }
}

/**
 * A fresh PGlite data folder with the server's migrations applied, made once and then copied
 * for each server: PGlite's initdb (PostgreSQL in WebAssembly) takes 20-40 s on a busy 2-core
 * machine, a copy well under one. Kept in the temporary folder under a name made of the
 * server's migrations, so every test process (and every run until the migrations change)
 * shares it; made by a server started and stopped cleanly on a folder of its own, then renamed
 * into place (a rename is atomic: a process that loses the race uses the winner's).
 * Undefined for a server script without a `../migrations` folder beside it.
 */
async function initialisedDataDir(settings) {
  const migrations = join(dirname(settings.serverEntry), '..', 'migrations');
  if (!existsSync(migrations)) return undefined;
  const hash = createHash('sha256').update(settings.serverEntry);
  for (const file of readdirSync(migrations).sort()) {
    hash.update(file).update(readFileSync(join(migrations, file)));
  }
  const template = join(tmpdir(), `sajja-pglite-template-${hash.digest('hex').slice(0, 16)}`);
  if (existsSync(join(template, 'PG_VERSION'))) return template;
  const maker = new SyncServerProcess({
    ...settings,
    port: await freePort(),
    dir: mkdtempSync(join(tmpdir(), 'sajja-sync-template-')),
    makingTemplate: true,
  });
  try {
    await maker.start();
    await maker.terminate();
    try {
      renameSync(maker.dataDir, template);
    } catch (error) {
      if (!existsSync(join(template, 'PG_VERSION'))) throw error;
    }
  } finally {
    maker.killNow();
  }
  return template;
}

/**
 * Starts a sync server in a child process: node on the server's start script, PGlite in a fresh
 * temporary `DATA_DIR` (or `databaseUrl`, a PostgreSQL database), {@link TEST_TOKEN_SECRET},
 * CORS for `allowedOrigins`, on a free port unless one is given.
 *
 * @param {import('./sync-server-process.d.mts').SyncServerOptions} [options]
 * @returns {Promise<SyncServerProcess>}
 */
export async function startSyncServerProcess(options = {}) {
  const server = new SyncServerProcess({
    serverEntry: options.serverEntry ?? DEFAULT_SERVER_ENTRY,
    serverArgs: options.serverArgs ?? DEFAULT_SERVER_ARGS,
    tokenSecret: options.tokenSecret ?? TEST_TOKEN_SECRET,
    allowedOrigins: options.allowedOrigins ?? [],
    databaseUrl: options.databaseUrl ?? '',
    env: options.env ?? {},
    startTimeoutMs: options.startTimeoutMs ?? 30_000,
    port: options.port ?? (await freePort()),
    dir: mkdtempSync(join(tmpdir(), 'sajja-sync-')),
  });
  return server.start();
}

/** Kills every server this process started and removes their folders. */
export async function stopAllSyncServers() {
  await Promise.all([...running].map((each) => each.stop()));
}

/**
 * Signs a sync token (HS256, audience `sajja-sync`) for one scope.
 *
 * @param {import('./sync-server-process.d.mts').SyncScope} scope
 * @param {import('./sync-server-process.d.mts').SignOptions} [options]
 * @returns {Promise<string>}
 */
export async function signSyncToken(scope, options = {}) {
  const secret = new TextEncoder().encode(options.secret ?? TEST_TOKEN_SECRET);
  const now = Math.floor(Date.now() / 1000);
  const jwt = new SignJWT({ sajja: scope })
    .setProtectedHeader({ alg: 'HS256' })
    .setAudience(options.audience ?? TOKEN_AUDIENCE)
    .setIssuedAt(now)
    .setExpirationTime(now + (options.ttlSeconds ?? 3600));
  if (options.subject) jwt.setSubject(options.subject);
  if (options.issuer) jwt.setIssuer(options.issuer);
  return jwt.sign(secret);
}

/**
 * Starts an HTTP proxy in front of `target` that lets every request reach the server but cuts
 * the response of the next `count` requests matching `method` and `path` off mid-way: it sends
 * the status, the headers (with the full `content-length`) and the first `keepFraction` of the
 * body, then destroys the connection. The server has done the work; the client never learns.
 * Other requests (CORS preflights among them) pass through untouched.
 *
 * @param {import('./sync-server-process.d.mts').CuttingProxyOptions} options
 * @returns {Promise<import('./sync-server-process.d.mts').CuttingProxy>}
 */
export async function startCuttingProxy(options) {
  const target = new URL(options.target);
  const method = options.method ?? 'POST';
  const path = options.path ?? '/v1/push';
  const keepFraction = options.keepFraction ?? 0.5;
  const state = { remaining: options.count ?? 1, cut: 0, passed: 0 };
  const sockets = new Set();
  const server = createServer((req, res) => {
    const cutThis =
      state.remaining > 0 && req.method === method && new URL(req.url, target).pathname === path;
    if (cutThis) state.remaining -= 1;
    const upstream = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: req.url,
        headers: req.headers,
      },
      (answer) => {
        if (!cutThis) {
          state.passed += 1;
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
          return;
        }
        const chunks = [];
        answer.on('data', (chunk) => chunks.push(chunk));
        answer.on('end', () => {
          const body = Buffer.concat(chunks);
          const headers = { ...answer.headers, 'content-length': String(body.length) };
          delete headers['transfer-encoding'];
          res.writeHead(answer.statusCode ?? 502, headers);
          res.write(body.subarray(0, Math.floor(body.length * keepFraction)), () => {
            state.cut += 1;
            req.socket.destroy();
          });
        });
      },
    );
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const port = options.port ?? (await freePort());
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const proxy = {
    url: `http://127.0.0.1:${port}`,
    port,
    get cut() {
      return state.cut;
    },
    get passed() {
      return state.passed;
    },
    cutNext(count = 1) {
      state.remaining = count;
    },
    close() {
      running.delete(cleanup);
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
  const cleanup = {
    stop: () => proxy.close(),
    killNow: () => {
      for (const socket of sockets) socket.destroy();
      server.close();
    },
  };
  running.add(cleanup);
  return proxy;
}
