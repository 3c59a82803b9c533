import { DEFAULT_RATE_LIMIT, type RateLimitSettings } from './rate-limit.js';

/** The server's settings, as the environment gives them. */
export interface ServerSettings {
  /** `PORT`: default 8787. */
  readonly port: number;
  /** `DATA_DIR`: PGlite's folder (and the development secret's), default `./.sajja-data`. */
  readonly dataDir: string;
  /** `DATABASE_URL`: a PostgreSQL URL; when set, PGlite is not used. */
  readonly databaseUrl?: string;
  /** `SAJJA_ALLOWED_ORIGINS`: origins allowed by CORS, comma-separated. */
  readonly allowedOrigins: readonly string[];
  /** `SAJJA_TOKEN_SECRET`: the HS256 secret (at least 32 bytes). */
  readonly tokenSecret?: string;
  /** `SAJJA_TOKEN_PUBLIC_KEY`: an Ed25519 or P-256 public key (PEM, SPKI), for EdDSA / ES256. */
  readonly tokenPublicKey?: string;
  /** `SAJJA_TOKEN_ISSUER`: the `iss` tokens must carry, when set. */
  readonly tokenIssuer?: string;
  /** `SAJJA_NETWORKS`: each network's organisations, `n1=o1,o2;n2=o3`. */
  readonly networks: Readonly<Record<string, readonly string[]>>;
  /**
   * `SAJJA_RATE_LIMIT_BURST` and `SAJJA_RATE_LIMIT_PER_SECOND`: the per-token limit (default 60
   * and 10); `SAJJA_RATE_LIMIT_PER_SECOND=0` turns it off.
   */
  readonly rateLimit: RateLimitSettings | false;
}

const list = (text: string | undefined): string[] =>
  (text ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');

/**
 * Reads the settings from `env` (default `process.env`).
 *
 * @throws `Error` naming the variable for a value it cannot read.
 */
export function settingsFromEnv(
  env: Readonly<Record<string, string | undefined>> = process.env,
): ServerSettings {
  const port = Number(env.PORT ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error('PORT must be a port number');
  const networks: Record<string, string[]> = {};
  for (const entry of (env.SAJJA_NETWORKS ?? '').split(';')) {
    if (entry.trim() === '') continue;
    const match = /^\s*([^=\s]+)\s*=(.*)$/.exec(entry);
    if (!match) throw new Error('SAJJA_NETWORKS must read like n1=o1,o2;n2=o3');
    networks[match[1]!] = list(match[2]);
  }
  const number = (name: string, fallback: number): number => {
    const value = env[name] === undefined || env[name] === '' ? fallback : Number(env[name]);
    if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a number ≥ 0`);
    return value;
  };
  const perSecond = number('SAJJA_RATE_LIMIT_PER_SECOND', DEFAULT_RATE_LIMIT.perSecond);
  const burst = number('SAJJA_RATE_LIMIT_BURST', DEFAULT_RATE_LIMIT.burst);
  return {
    port,
    dataDir: env.DATA_DIR || './.sajja-data',
    ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
    allowedOrigins: list(env.SAJJA_ALLOWED_ORIGINS),
    ...(env.SAJJA_TOKEN_SECRET ? { tokenSecret: env.SAJJA_TOKEN_SECRET } : {}),
    ...(env.SAJJA_TOKEN_PUBLIC_KEY ? { tokenPublicKey: env.SAJJA_TOKEN_PUBLIC_KEY } : {}),
    ...(env.SAJJA_TOKEN_ISSUER ? { tokenIssuer: env.SAJJA_TOKEN_ISSUER } : {}),
    networks,
    rateLimit: perSecond === 0 ? false : { burst: Math.max(1, burst), perSecond },
  };
}
