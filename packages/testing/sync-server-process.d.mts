/** The one scope a sync token carries (its `sajja` claim). */
export type SyncScope =
  | { readonly household: string }
  | { readonly organisation: string; readonly role: 'treasurer' | 'auditor' }
  | { readonly network: string };

/** Options of {@link startSyncServerProcess}. */
export interface SyncServerOptions {
  /** The script node runs; default {@link DEFAULT_SERVER_ENTRY}. */
  readonly serverEntry?: string;
  /** Its arguments; default {@link DEFAULT_SERVER_ARGS} (`['start']`). */
  readonly serverArgs?: readonly string[];
  /** `SAJJA_TOKEN_SECRET`; default {@link TEST_TOKEN_SECRET}. */
  readonly tokenSecret?: string;
  /** `SAJJA_ALLOWED_ORIGINS` (CORS). */
  readonly allowedOrigins?: readonly string[];
  /** `DATABASE_URL`: a PostgreSQL database instead of PGlite in a temporary `DATA_DIR`. */
  readonly databaseUrl?: string;
  /** More environment for the server (rate limits, …). */
  readonly env?: Readonly<Record<string, string>>;
  /** How long to wait for `/health`; default 30 s. */
  readonly startTimeoutMs?: number;
  /** The port; default a free one. */
  readonly port?: number;
}

/** Options of {@link signSyncToken}. */
export interface SignOptions {
  readonly secret?: string;
  /** Lifetime in seconds (negative: already expired); default 3600. */
  readonly ttlSeconds?: number;
  readonly subject?: string;
  readonly issuer?: string;
  readonly audience?: string;
}

/** Options of {@link startCuttingProxy}. */
export interface CuttingProxyOptions {
  /** The server's base URL. */
  readonly target: string;
  /** The method of the requests whose responses are cut; default `'POST'`. */
  readonly method?: string;
  /** Their path; default `'/v1/push'`. */
  readonly path?: string;
  /** How many responses to cut; default 1. */
  readonly count?: number;
  /** The share of the body sent before the cut; default 0.5. */
  readonly keepFraction?: number;
  readonly port?: number;
}

/** A running {@link startCuttingProxy}. */
export interface CuttingProxy {
  readonly url: string;
  readonly port: number;
  /** Responses cut so far. */
  readonly cut: number;
  /** Responses passed through so far. */
  readonly passed: number;
  /** Cuts the next `count` matching responses (default 1). */
  cutNext(count?: number): void;
  close(): Promise<void>;
}

export declare const TEST_TOKEN_SECRET: string;
export declare const TOKEN_AUDIENCE: string;
export declare const DEFAULT_SERVER_ENTRY: string;
export declare const DEFAULT_SERVER_ARGS: readonly string[];

export declare function freePort(): Promise<number>;

/** A sync server in a child process. */
export declare class SyncServerProcess {
  readonly url: string;
  readonly port: number;
  readonly dataDir: string;
  readonly databaseUrl: string;
  /** The server's last output lines. */
  readonly output: string[];
  readonly running: boolean;
  start(): Promise<this>;
  /** SIGTERM (a clean stop), and wait for the process to end. */
  terminate(): Promise<void>;
  /** SIGKILL, and wait for the process to end. */
  kill(): Promise<void>;
  /** Start again on the same data and port. */
  restart(): Promise<this>;
  /** Kill and remove the data folder. */
  stop(): Promise<void>;
  killNow(): void;
}

export declare function startSyncServerProcess(
  options?: SyncServerOptions,
): Promise<SyncServerProcess>;
export declare function stopAllSyncServers(): Promise<void>;
export declare function signSyncToken(scope: SyncScope, options?: SignOptions): Promise<string>;
export declare function startCuttingProxy(options: CuttingProxyOptions): Promise<CuttingProxy>;
