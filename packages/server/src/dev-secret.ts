import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The file in the data folder that holds the development token secret. */
export const DEV_SECRET_FILE = 'dev-token-secret';

/** The development secret, where it is kept, and whether it was just made. */
export interface DevelopmentSecret {
  /** The secret (64 hex digits). */
  readonly secret: string;
  /** The file holding it. */
  readonly file: string;
  /** True when this call made it. */
  readonly created: boolean;
}

/**
 * The development token secret kept in `dataDir` (made on first use: 32 random bytes, hex,
 * readable by the owner only), for `start` and `token` when `SAJJA_TOKEN_SECRET` is not set.
 * Never for production: a partner's site signs tokens with a secret of its own.
 */
export function developmentSecret(dataDir: string): DevelopmentSecret {
  const file = join(dataDir, DEV_SECRET_FILE);
  try {
    const secret = readFileSync(file, 'utf8').trim();
    if (secret.length >= 32) return { secret, file, created: false };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return { secret, file, created: true };
}
