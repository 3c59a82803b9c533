import { createPublicKey, type KeyObject } from 'node:crypto';
import { errors, jwtVerify, type JWTPayload } from 'jose';
import { SyncError } from './errors.js';
import { scopeOf, type SyncScope } from './scope.js';

/** The audience every sync token must name. */
export const TOKEN_AUDIENCE = 'sajja-sync';
/** The longest lifetime a token may have: 24 hours, in seconds. */
export const MAX_TOKEN_LIFETIME_SECONDS = 24 * 60 * 60;
/** The shortest HS256 secret accepted, in bytes. */
export const MIN_SECRET_BYTES = 32;
/** Clock differences between the signer and the server tolerated, in seconds. */
const CLOCK_TOLERANCE_SECONDS = 60;

/**
 * How tokens are verified: HS256 with a shared secret (≥ 32 bytes), or EdDSA / ES256 with the
 * signer's public key (PEM, SPKI); the issuer when set must match the token's `iss`.
 */
export type TokenSettings =
  | {
      /** The HS256 secret (`SAJJA_TOKEN_SECRET`), at least 32 bytes. */
      readonly secret: string;
      /** The `iss` every token must carry (`SAJJA_TOKEN_ISSUER`), when set. */
      readonly issuer?: string;
    }
  | {
      /** An Ed25519 or P-256 public key, PEM (SPKI) (`SAJJA_TOKEN_PUBLIC_KEY`). */
      readonly publicKey: string;
      /** The `iss` every token must carry (`SAJJA_TOKEN_ISSUER`), when set. */
      readonly issuer?: string;
    };

/** Who made a request, from a verified token. */
export interface TokenIdentity {
  /** What the token allows. */
  readonly scope: SyncScope;
  /** The token's `sub` (an opaque person id) when present: never logged. */
  readonly subject?: string;
}

/** A verifier of bearer tokens under `settings`. */
export type TokenVerifier = (token: string) => Promise<TokenIdentity>;

/**
 * A verifier of tokens under `settings`: the algorithm fixed by the key (never `none`, never
 * another), audience `sajja-sync`, the issuer when configured, `exp` required and at most 24
 * hours after `iat` and after now, exactly one scope in the `sajja` claim.
 *
 * @throws {@link SyncError} (from the verifier) `TOKEN_EXPIRED` for an expired token,
 *   `UNAUTHENTICATED` for any other fault.
 */
export function tokenVerifier(settings: TokenSettings): TokenVerifier {
  let key: Uint8Array | KeyObject;
  let algorithms: string[];
  if ('secret' in settings) {
    key = new TextEncoder().encode(settings.secret);
    if (key.length < MIN_SECRET_BYTES) {
      throw new Error(`SAJJA_TOKEN_SECRET must be at least ${MIN_SECRET_BYTES} bytes`);
    }
    algorithms = ['HS256'];
  } else {
    key = createPublicKey(settings.publicKey);
    const type = key.asymmetricKeyType;
    if (type === 'ed25519') algorithms = ['EdDSA'];
    else if (type === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1')
      algorithms = ['ES256'];
    else throw new Error('SAJJA_TOKEN_PUBLIC_KEY must be an Ed25519 or P-256 public key');
  }
  return async (token) => {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, key, {
        algorithms,
        audience: TOKEN_AUDIENCE,
        ...(settings.issuer ? { issuer: settings.issuer } : {}),
        requiredClaims: ['exp'],
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
      }));
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw new SyncError('TOKEN_EXPIRED');
      throw new SyncError('UNAUTHENTICATED');
    }
    const now = Math.floor(Date.now() / 1000);
    const { exp, iat, sub } = payload;
    const from = typeof iat === 'number' ? iat : now;
    if (
      typeof exp !== 'number' ||
      exp - from > MAX_TOKEN_LIFETIME_SECONDS ||
      exp - now > MAX_TOKEN_LIFETIME_SECONDS + CLOCK_TOLERANCE_SECONDS
    ) {
      throw new SyncError('UNAUTHENTICATED');
    }
    const scope = scopeOf(payload.sajja);
    if (scope === undefined) throw new SyncError('UNAUTHENTICATED');
    return typeof sub === 'string' ? { scope, subject: sub } : { scope };
  };
}
