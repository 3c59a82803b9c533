import { compareIsoDates } from '@sajja/core';
import { chainWrite } from './audit-links.js';
import { logChange } from './change-log.js';
import type { SajjaDatabase } from './database.js';
import { newId, timestampNow } from './ids.js';
import { live, type LiveQuery } from './live-query.js';
import { assertValid } from './record-checker.js';
import { guarded } from './storage-errors.js';
import { stampEdit } from './sync-state.js';
import { addNew, unknownRecord } from './write.js';
import { checkMembership } from './membership-record.js';

/**
 * A household's membership of an organisation, with the terms the deposit form checks against.
 * Amounts are plain two-decimal strings (`'100.00'`).
 */
export interface MembershipRecord {
  /** A unique id (a UUID unless the caller chose one). */
  readonly id: string;
  /** The member household. */
  readonly householdId: string;
  /** The organisation joined. */
  readonly organisationId: string;
  /** The day the household joined (ISO `YYYY-MM-DD`): waiting periods count from it. */
  readonly joinedOn: string;
  /** The number the group gave the member, when it numbers them (`'0042'`). */
  readonly memberNumber?: string;
  /** The monthly amount pledged (สัจจะ), more than 0. */
  readonly pledgeAmount?: string;
  /** The smallest deposit the group's rules allow this member, 0 or more. */
  readonly minDeposit?: string;
  /** The largest deposit the group's rules allow this member, not below `minDeposit`. */
  readonly maxDeposit?: string;
  /** The day the household left (ISO), not before `joinedOn`. */
  readonly leftOn?: string;
}

/** What {@link MembershipRepository.add} takes: a record, the id optional. */
export type NewMembership = Omit<MembershipRecord, 'id'> & {
  /** An id of your own (a partner system's), 1–100 characters; a UUID is made when absent. */
  readonly id?: string;
};

/** The memberships of a store. */
export interface MembershipRepository {
  /**
   * Adds a membership and returns it as stored (amounts as two-decimal strings).
   *
   * @throws {@link @sajja/core!"@sajja/core".SajjaError} `INVALID_ARGUMENT` (`invalid-membership`, with
   *   `problems`: `unknown-household`, `unknown-organisation`, `not-a-date`, `not-an-amount`,
   *   `max-below-min`, `left-before-joined`, …), (`duplicate-id`); `STORAGE_FULL`,
   *   `STORAGE_UNAVAILABLE`.
   *
   * @example
   * ```ts
   * const membership = await store.memberships.add({
   *   householdId: household.id,
   *   organisationId: group.id,
   *   joinedOn: '2024-01-15',
   *   pledgeAmount: '200',
   * });
   * membership.pledgeAmount; // '200.00'
   * ```
   */
  add(membership: NewMembership): Promise<MembershipRecord>;
  /**
   * Records the day a household left the organisation (`leftOn`, ISO, not before `joinedOn`),
   * or, with `undefined`, that it is a member again; returns the membership as stored. The
   * leaving day is one of the few parts of a record that may change: the edit is stamped with
   * the device's hybrid logical clock, so when two devices change it before they sync, the
   * later change wins on both. The change log records `'update'`, and the organisation's audit
   * chain the membership as it now is.
   *
   * @throws {@link @sajja/core!"@sajja/core".SajjaError} `INVALID_ARGUMENT` (`invalid-membership`, with
   *   `problems`: `not-a-date`, `left-before-joined`), (`unknown-record`) for an unknown
   *   membership; `STORAGE_FULL`, `STORAGE_UNAVAILABLE`.
   *
   * @example
   * ```ts
   * await store.memberships.leave(membership.id, '2025-12-31');
   * await store.memberships.leave(membership.id, undefined); // back in the group
   * ```
   */
  leave(id: string, leftOn: string | undefined): Promise<MembershipRecord>;
  /** The membership with this id, or `undefined`. */
  get(id: string): Promise<MembershipRecord | undefined>;
  /** The memberships of a household, oldest first (by `joinedOn`). */
  forHousehold(householdId: string): Promise<MembershipRecord[]>;
  /** {@link MembershipRepository.forHousehold}, live. */
  live(householdId: string): LiveQuery<MembershipRecord[]>;
}

/** @internal The membership repository of `db`. */
export function createMembershipRepository(db: SajjaDatabase): MembershipRepository {
  const forHousehold = async (householdId: string): Promise<MembershipRecord[]> => {
    const memberships = await db.memberships.where('householdId').equals(householdId).toArray();
    return memberships.sort(
      (a, b) => compareIsoDates(a.joinedOn, b.joinedOn) || a.id.localeCompare(b.id),
    );
  };
  return {
    add: (membership) =>
      guarded(async () => {
        const checked = checkMembership({ ...membership, id: membership?.id ?? newId() });
        return db.transaction(
          'rw',
          [db.memberships, db.households, db.organisations, db.changes, db.auditLinks],
          async () => {
            const { record } = checked;
            if (record.householdId && !(await db.households.get(record.householdId))) {
              checked.problems.push({
                path: 'householdId',
                reason: 'unknown-household',
                details: { id: record.householdId },
              });
            }
            if (record.organisationId && !(await db.organisations.get(record.organisationId))) {
              checked.problems.push({
                path: 'organisationId',
                reason: 'unknown-organisation',
                details: { id: record.organisationId },
              });
            }
            assertValid(checked, 'invalid-membership', 'membership', membership);
            await addNew(db.memberships, record, 'memberships');
            const at = timestampNow();
            await logChange(db, 'memberships', [record.id], 'add', at);
            await chainWrite(db, 'memberships', record, at);
            return record;
          },
        );
      }),
    leave: (id, leftOn) =>
      guarded(() =>
        db.transaction(
          'rw',
          [db.memberships, db.changes, db.auditLinks, db.syncState, db.recordClocks],
          async () => {
            const stored = await db.memberships.get(id);
            if (stored === undefined) throw unknownRecord('memberships', id);
            const { leftOn: _left, ...rest } = stored;
            const record = assertValid(
              checkMembership(leftOn === undefined ? rest : { ...rest, leftOn }),
              'invalid-membership',
              'membership',
              leftOn,
            );
            if (record.leftOn === stored.leftOn) return stored;
            await db.memberships.put(record);
            await stampEdit(db, 'memberships', id);
            const at = timestampNow();
            await logChange(db, 'memberships', [id], 'update', at);
            await chainWrite(db, 'memberships', record, at);
            return record;
          },
        ),
      ),
    get: (id) => guarded(() => db.memberships.get(id)),
    forHousehold: (householdId) => guarded(() => forHousehold(householdId)),
    live: (householdId) => live(db, () => forHousehold(householdId)),
  };
}
