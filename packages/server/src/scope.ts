/**
 * What a token allows, from its `sajja` claim: exactly one of
 * - `{ household }`: read and write the household's records, read its organisations;
 * - `{ organisation, role: 'treasurer' }`: read and write the organisation and its members'
 *   memberships, fund transactions and loans, read its member households (never a ledger);
 * - `{ organisation, role: 'auditor' }`: the same reads, no writes;
 * - `{ network }`: only the network's roll-up, no personal record.
 */
export type SyncScope =
  | {
      /** The household's id. */
      readonly household: string;
    }
  | {
      /** The organisation's id. */
      readonly organisation: string;
      /** A treasurer reads and writes, an auditor only reads. */
      readonly role: 'treasurer' | 'auditor';
    }
  | {
      /** The network's id (see `SAJJA_NETWORKS`). */
      readonly network: string;
    };

/** The roles of an organisation's token. */
export const ORGANISATION_ROLES = ['treasurer', 'auditor'] as const;

/** The longest id a scope names (the store's limit for ids). */
const MAX_SCOPE_ID = 100;

const isId = (value: unknown): value is string =>
  typeof value === 'string' &&
  value !== '' &&
  [...value].length <= MAX_SCOPE_ID &&
  !value.includes('\u0000') &&
  value.isWellFormed();

/** The scope a `sajja` claim holds, or `undefined` when it is not exactly one valid scope. */
export function scopeOf(claim: unknown): SyncScope | undefined {
  if (typeof claim !== 'object' || claim === null || Array.isArray(claim)) return undefined;
  const fields = claim as Record<string, unknown>;
  const keys = Object.keys(fields).sort().join(',');
  if (keys === 'household' && isId(fields.household)) return { household: fields.household };
  if (keys === 'network' && isId(fields.network)) return { network: fields.network };
  if (
    keys === 'organisation,role' &&
    isId(fields.organisation) &&
    (ORGANISATION_ROLES as readonly unknown[]).includes(fields.role)
  ) {
    return {
      organisation: fields.organisation,
      role: fields.role as (typeof ORGANISATION_ROLES)[number],
    };
  }
  return undefined;
}

/**
 * A scope as one key (`household:h1`, `organisation:o1:treasurer`): what batches are
 * idempotent within and what the rate limit counts by. JSON-encoded ids, so no id can make
 * two scopes' keys equal.
 */
export function scopeKey(scope: SyncScope): string {
  if ('household' in scope) return `household:${JSON.stringify(scope.household)}`;
  if ('network' in scope) return `network:${JSON.stringify(scope.network)}`;
  return `organisation:${JSON.stringify(scope.organisation)}:${scope.role}`;
}
