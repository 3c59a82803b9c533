import { SignJWT } from 'jose';
import type { SyncScope } from './scope.js';
import { MAX_TOKEN_LIFETIME_SECONDS, TOKEN_AUDIENCE } from './tokens.js';

/** What {@link signDevelopmentToken} takes. */
export interface DevelopmentTokenOptions {
  /** The HS256 secret the server verifies with (`SAJJA_TOKEN_SECRET`). */
  readonly secret: string;
  /** What the token allows. */
  readonly scope: SyncScope;
  /** Its lifetime in seconds, at most 24 hours; default 1 hour. */
  readonly ttlSeconds?: number;
  /** Its `iss`, when the server checks one. */
  readonly issuer?: string;
  /** Its `sub`, an opaque person id. */
  readonly subject?: string;
}

/**
 * Signs an HS256 token as a partner's site would: for development, tests and the demo. A
 * partner signs its own, with its own library; this is the format the server accepts.
 *
 * @example
 * ```ts
 * const token = await signDevelopmentToken({ secret, scope: { household: 'h1' }, ttlSeconds: 900 });
 * ```
 */
export async function signDevelopmentToken({
  secret,
  scope,
  ttlSeconds = 60 * 60,
  issuer,
  subject,
}: DevelopmentTokenOptions): Promise<string> {
  if (!(ttlSeconds > 0 && ttlSeconds <= MAX_TOKEN_LIFETIME_SECONDS)) {
    throw new RangeError('A token lives more than 0 seconds and at most 24 hours');
  }
  const now = Math.floor(Date.now() / 1000);
  let jwt = new SignJWT({ sajja: scope })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setAudience(TOKEN_AUDIENCE)
    .setIssuedAt(now)
    .setExpirationTime(now + Math.floor(ttlSeconds));
  if (issuer) jwt = jwt.setIssuer(issuer);
  if (subject) jwt = jwt.setSubject(subject);
  return jwt.sign(new TextEncoder().encode(secret));
}
