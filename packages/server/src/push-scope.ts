import { canonicalJson } from '@sajja/store/records';
import type { ServerProblemReason } from './errors.js';
import type { PushedChange } from './push-request.js';
import { ownersOf } from './record-owners.js';
import type { SyncScope } from './scope.js';
import type { RecordRow } from './stored-records.js';

/**
 * Why `scope` may not write `change` (`undefined` when it may), given the stored version:
 * - a household writes its own household record and the records that carry its householdId
 *   (memberships, ledger entries, fund transactions, loans), never an organisation;
 * - a treasurer writes the organisation and the memberships, fund transactions and loans that
 *   carry its organisationId, never a ledger entry; a household record only to add one that
 *   the server does not hold yet and that a membership of this push in the organisation names
 *   (a treasurer registering a new member), or sent again unchanged;
 * - the stored version, when there is one, must be in scope too (no one takes over a record
 *   by changing its owner: those fields are immutable anyway).
 */
export function writeProblem(
  scope: SyncScope,
  change: PushedChange,
  stored: RecordRow | undefined,
  changes: readonly PushedChange[],
): ServerProblemReason | undefined {
  const owners = ownersOf(change.table, change.record);
  const storedOwners = stored ?? owners;
  if ('household' in scope) {
    if (change.table === 'organisations') return 'out-of-scope';
    const mine = (householdId: string | null) => householdId === scope.household;
    return mine(owners.householdId) && mine(storedOwners.householdId) ? undefined : 'out-of-scope';
  }
  if (!('organisation' in scope) || scope.role !== 'treasurer') return 'out-of-scope';
  if (change.table === 'ledger') return 'out-of-scope';
  if (change.table === 'households') {
    const registers = changes.some(
      (other) =>
        other.table === 'memberships' &&
        (other.record as { householdId?: string }).householdId === change.record.id &&
        (other.record as { organisationId?: string }).organisationId === scope.organisation,
    );
    if (stored === undefined) return registers ? undefined : 'out-of-scope';
    return canonicalJson(stored.record) === canonicalJson(change.record) ? undefined : 'read-only';
  }
  const ours = (organisationId: string | null) => organisationId === scope.organisation;
  return ours(owners.organisationId) && ours(storedOwners.organisationId)
    ? undefined
    : 'out-of-scope';
}
