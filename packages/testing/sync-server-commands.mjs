// The browser side of sync-server-plugin.mjs: typed wrappers around executeServerCommand for
// tests running in @web/test-runner with `testConfig({ syncServer: true })`.
import { executeServerCommand } from '@web/test-runner-commands';

const command = (name, payload) => executeServerCommand(`sajja-sync-server-${name}`, payload);

/** Starts a sync server in a child process (PGlite in a fresh folder); resolves to its id and URL. */
export const startSyncServer = (options = {}) => command('start', options);

/** Signs a token for one scope with the test servers' secret. */
export const signSyncToken = async (scope, options = {}) =>
  (await command('token', { scope, ...options })).token;

/** SIGKILLs a server; its data stays for {@link restartSyncServer}. */
export const killSyncServer = (id) => command('kill', { id });

/** Starts a killed (or running) server again on the same data and port. */
export const restartSyncServer = (id) => command('restart', { id });

/** Kills a server and removes its data. */
export const stopSyncServer = (id) => command('stop', { id });

/** The server's last output lines (its JSON logs). */
export const syncServerOutput = async (id) => (await command('output', { id })).lines;

/** Starts a proxy in front of a server that cuts off the next `count` matching responses. */
export const startCuttingProxy = (id, options = {}) => command('cutting-proxy', { id, ...options });

/** How many responses a proxy has cut and passed; `cutNext` arms it again. */
export const cuttingProxyStats = (id, cutNext) => command('proxy-stats', { id, cutNext });
