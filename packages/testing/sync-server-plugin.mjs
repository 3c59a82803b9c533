// A @web/test-runner plugin that gives browser tests a real sync server in a child process,
// through `executeServerCommand` (@web/test-runner-commands); sync-server-commands.mjs wraps
// the commands for the browser. Every server and proxy is killed, and its folder removed, when
// the test run ends.
import {
  signSyncToken,
  startCuttingProxy,
  startSyncServerProcess,
  stopAllSyncServers,
} from './sync-server-process.mjs';

/** The commands the plugin answers; any other command is left to other plugins. */
export const SYNC_SERVER_COMMANDS = Object.freeze({
  start: 'sajja-sync-server-start',
  token: 'sajja-sync-server-token',
  kill: 'sajja-sync-server-kill',
  restart: 'sajja-sync-server-restart',
  stop: 'sajja-sync-server-stop',
  cuttingProxy: 'sajja-sync-server-cutting-proxy',
  proxyStats: 'sajja-sync-server-proxy-stats',
  output: 'sajja-sync-server-output',
});

/**
 * @param {{ serverEntry?: string, serverArgs?: string[], env?: Record<string, string> }} [options]
 *   The script that starts the server and its arguments (default: this repository's
 *   `packages/server/bin/sajja-server.mjs start`, running the built server) and more environment
 *   for every server it starts.
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
export function syncServerPlugin(options = {}) {
  const servers = new Map();
  const proxies = new Map();
  let nextId = 0;
  let pageOrigins = [];
  const serverNamed = (payload) => {
    const server = servers.get(payload?.id);
    if (!server) throw new Error(`No sync server ${JSON.stringify(payload?.id)} in this run`);
    return server;
  };
  return {
    name: 'sajja-sync-server',
    serverStart({ config }) {
      const port = config.port;
      pageOrigins = [`http://localhost:${port}`, `http://127.0.0.1:${port}`];
      if (config.hostname && !['localhost', '127.0.0.1'].includes(config.hostname)) {
        pageOrigins.push(`http://${config.hostname}:${port}`);
      }
    },
    async executeCommand({ command, payload }) {
      switch (command) {
        case SYNC_SERVER_COMMANDS.start: {
          const server = await startSyncServerProcess({
            serverEntry: options.serverEntry,
            serverArgs: options.serverArgs,
            allowedOrigins: pageOrigins,
            env: { ...options.env, ...payload?.env },
          });
          const id = `server-${++nextId}`;
          servers.set(id, server);
          return { id, url: server.url };
        }
        case SYNC_SERVER_COMMANDS.token:
          return {
            token: await signSyncToken(payload.scope, {
              ttlSeconds: payload.ttlSeconds,
              subject: payload.subject,
              secret: payload.secret,
            }),
          };
        case SYNC_SERVER_COMMANDS.kill:
          await serverNamed(payload).kill();
          return { killed: true };
        case SYNC_SERVER_COMMANDS.restart: {
          const server = await serverNamed(payload).restart();
          return { id: payload.id, url: server.url };
        }
        case SYNC_SERVER_COMMANDS.stop:
          await serverNamed(payload).stop();
          servers.delete(payload.id);
          return { stopped: true };
        case SYNC_SERVER_COMMANDS.output:
          return { lines: serverNamed(payload).output.slice() };
        case SYNC_SERVER_COMMANDS.cuttingProxy: {
          const proxy = await startCuttingProxy({
            target: serverNamed(payload).url,
            method: payload.method,
            path: payload.path,
            count: payload.count,
            keepFraction: payload.keepFraction,
          });
          const id = `proxy-${++nextId}`;
          proxies.set(id, proxy);
          return { id, url: proxy.url };
        }
        case SYNC_SERVER_COMMANDS.proxyStats: {
          const proxy = proxies.get(payload?.id);
          if (!proxy) throw new Error(`No cutting proxy ${JSON.stringify(payload?.id)}`);
          if (payload.cutNext) proxy.cutNext(payload.cutNext);
          return { cut: proxy.cut, passed: proxy.passed };
        }
        default:
          return undefined;
      }
    },
    async serverStop() {
      await Promise.all([...proxies.values()].map((proxy) => proxy.close()));
      proxies.clear();
      servers.clear();
      await stopAllSyncServers();
    },
  };
}
