// @sajja/server: the sync server of Sajja's records (see packages/server/README.md).
export { createSyncServer } from './server.js';
export type { ListeningSyncServer, SyncServer, SyncServerOptions } from './server.js';
export type { RollupHandler } from './app.js';
export type { SqlClient, SyncDatabase } from './database.js';
export { openPgliteDatabase } from './pglite-database.js';
export { openPostgresDatabase } from './postgres-database.js';
export { latestSchemaVersion, migrate } from './migrations.js';
export { SyncError, SYNC_ERROR_STATUS } from './errors.js';
export type { ServerProblemReason, SyncErrorBody, SyncErrorCode, SyncProblem } from './errors.js';
export type { SyncScope } from './scope.js';
export { ORGANISATION_ROLES, scopeKey } from './scope.js';
export {
  MAX_TOKEN_LIFETIME_SECONDS,
  MIN_SECRET_BYTES,
  TOKEN_AUDIENCE,
  tokenVerifier,
} from './tokens.js';
export type { TokenIdentity, TokenSettings, TokenVerifier } from './tokens.js';
export { signDevelopmentToken } from './sign-token.js';
export type { DevelopmentTokenOptions } from './sign-token.js';
export { DEFAULT_RATE_LIMIT, RateLimiter } from './rate-limit.js';
export type { RateLimitSettings } from './rate-limit.js';
export { settingsFromEnv } from './settings.js';
export type { ServerSettings } from './settings.js';
export { developmentSecret, DEV_SECRET_FILE } from './dev-secret.js';
export type { DevelopmentSecret } from './dev-secret.js';
export { MAX_BODY_BYTES } from './body.js';
export { MAX_CHANGES_PER_PUSH } from './push-request.js';
export { DEFAULT_PULL_LIMIT, MAX_PULL_LIMIT } from './pull.js';
export type { PullResponse, PulledChange } from './pull.js';
export type { PushResponse, PushResult, PushStatus } from './push.js';
export { EDITABLE_FIELDS } from './record-merge.js';
export { isHlc, MAX_HLC_AHEAD_MS, NO_HLC } from './hlc.js';
export type { SyncLogEntry, SyncLogger } from './log.js';
export { jsonLinesLogger } from './log.js';
export { networkRollUp } from './rollup/network-rollup.js';
export type { NetworkRollUpOptions } from './rollup/network-rollup.js';
export { networkRollUpHandler } from './rollup/rollup-handler.js';
