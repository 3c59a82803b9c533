import type { ServerProblemReason } from './errors.js';
import type { PushedChange } from './push-request.js';
import type { SyncScope } from './scope.js';
import { recordKey, type RecordRow } from './stored-records.js';

/**
 * Why a household may not write `change` for want of a membership the server holds
 * (`undefined` when it may): a household writes a membership, and the fund transactions and
 * loans on one, only when that membership is already on the server, registered by the
 * organisation's treasurer (or by an earlier push of this household, before this rule). So a
 * stranger cannot put themselves, or deposits, into a group's roster. The membership's other
 * checks (whose it is, its organisation) are {@link writeProblem}'s and the references'.
 */
export function registrationProblem(
  scope: SyncScope,
  change: PushedChange,
  stored: ReadonlyMap<string, RecordRow>,
): ServerProblemReason | undefined {
  if (!('household' in scope)) return undefined;
  const membershipId =
    change.table === 'memberships'
      ? change.record.id
      : change.table === 'fundTransactions' || change.table === 'loans'
        ? (change.record as { membershipId: string }).membershipId
        : undefined;
  if (membershipId === undefined) return undefined;
  return stored.has(recordKey('memberships', membershipId))
    ? undefined
    : 'membership-not-registered';
}
