import type { RefusedRecord, SyncStateRecord } from './sync-state.js';

/**
 * The reasons of a refusal that may pass later without the record changing: what it names
 * (a household, an organisation, a membership, a loan, the record a reversal corrects) is not on
 * the server yet, or not readable by this device yet (a membership its treasurer has not
 * registered), or its clock is ahead of the server's. Fund transactions never change, so without
 * a retry such a record would stay on this device for good.
 */
const PASSES_LATER: ReadonlySet<string> = new Set([
  'membership-not-registered',
  'unknown-household',
  'unknown-organisation',
  'unknown-membership',
  'unknown-loan',
  'unknown-reversed',
  'unknown-reference',
  'clock-ahead',
]);

/** How long a refusal that may pass later waits, at most, before it is tried again: an hour. */
export const RETRY_AFTER_MS = 60 * 60 * 1000;

/** @internal Whether a refusal may pass later, without the record changing. */
export function passesLater(refusal: RefusedRecord): boolean {
  return refusal.problem.reason !== undefined && PASSES_LATER.has(refusal.problem.reason);
}

/**
 * @internal The refused records to send again now, in the order they were refused: those whose
 * refusal may pass later, once the server has sent something new since (the pull cursor moved),
 * or an hour after the refusal (a clock ahead catches up; a state written before refusals were
 * retried has no time, and is tried once).
 */
export function refusalsDue(state: SyncStateRecord, now: number): RefusedRecord[] {
  return (state.refused ?? []).filter(
    (refusal) =>
      passesLater(refusal) &&
      (refusal.refusedAt === undefined ||
        refusal.cursor !== state.cursor ||
        now - Date.parse(refusal.refusedAt) >= RETRY_AFTER_MS),
  );
}
