import type { SyncScope } from './sync-server-process.mjs';

export type { SyncScope };

/** A server started by {@link startSyncServer}. */
export interface SyncServerHandle {
  /** The id the other commands take. */
  readonly id: string;
  /** Its base URL (`http://127.0.0.1:PORT`), CORS allowing the test page. */
  readonly url: string;
}

/** Starts a sync server in a child process (PGlite in a fresh folder). */
export declare function startSyncServer(options?: {
  /** More environment for the server. */
  env?: Record<string, string>;
}): Promise<SyncServerHandle>;
/** Signs a token for one scope with the test servers' secret. */
export declare function signSyncToken(
  scope: SyncScope,
  options?: { ttlSeconds?: number; subject?: string; secret?: string },
): Promise<string>;
/** SIGKILLs a server; its data stays for {@link restartSyncServer}. */
export declare function killSyncServer(id: string): Promise<{ killed: true }>;
/** Starts a killed (or running) server again on the same data and port. */
export declare function restartSyncServer(id: string): Promise<SyncServerHandle>;
/** Kills a server and removes its data. */
export declare function stopSyncServer(id: string): Promise<{ stopped: true }>;
/** The server's last output lines. */
export declare function syncServerOutput(id: string): Promise<string[]>;
/** Starts a proxy in front of a server that cuts off the next `count` matching responses. */
export declare function startCuttingProxy(
  id: string,
  options?: { method?: string; path?: string; count?: number; keepFraction?: number },
): Promise<{ id: string; url: string }>;
/** How many responses a proxy has cut and passed; `cutNext` arms it again. */
export declare function cuttingProxyStats(
  id: string,
  cutNext?: number,
): Promise<{ cut: number; passed: number }>;
