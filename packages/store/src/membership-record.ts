import { compareIsoDates, money, type SajjaProblem } from '@sajja/core';
import type { MembershipRecord } from './memberships.js';
import { compact, RecordChecker } from './record-checker.js';

/**
 * @internal Every problem of a membership record by itself (references are checked by the
 * caller, who knows which households and organisations exist), with the record normalised.
 */
export function checkMembership(value: unknown): {
  record: MembershipRecord;
  problems: SajjaProblem[];
} {
  const check = new RecordChecker(value);
  const record = compact({
    id: check.text('id', { required: true }),
    householdId: check.text('householdId', { required: true }),
    organisationId: check.text('organisationId', { required: true }),
    joinedOn: check.date('joinedOn', { required: true }),
    memberNumber: check.text('memberNumber'),
    pledgeAmount: check.amount('pledgeAmount', { positive: true }),
    minDeposit: check.amount('minDeposit'),
    maxDeposit: check.amount('maxDeposit', { positive: true }),
    leftOn: check.date('leftOn'),
  }) as MembershipRecord;
  if (
    record.minDeposit !== undefined &&
    record.maxDeposit !== undefined &&
    money(record.maxDeposit).compare(record.minDeposit) < 0
  ) {
    check.problem('maxDeposit', 'max-below-min', { min: record.minDeposit });
  }
  if (
    record.leftOn !== undefined &&
    record.joinedOn !== undefined &&
    compareIsoDates(record.leftOn, record.joinedOn) < 0
  ) {
    check.problem('leftOn', 'left-before-joined', { joinedOn: record.joinedOn });
  }
  check.onlyFields([
    'id',
    'householdId',
    'organisationId',
    'joinedOn',
    'memberNumber',
    'pledgeAmount',
    'minDeposit',
    'maxDeposit',
    'leftOn',
  ]);
  return { record, problems: check.problems };
}

/**
 * The problems of a record that names a membership (a loan, a fund transaction): the
 * membership must be found in `membershipOf` (the records a backup or a sync batch brings, and
 * those already stored) and be of the record's household and organisation.
 */
export function membershipProblems(
  record: {
    readonly membershipId: string;
    readonly householdId: string;
    readonly organisationId: string;
  },
  membershipOf: ReadonlyMap<string, MembershipRecord>,
): SajjaProblem[] {
  const membership = membershipOf.get(record.membershipId);
  const details = { id: record.membershipId };
  if (membership === undefined)
    return [{ path: 'membershipId', reason: 'unknown-membership', details }];
  if (
    membership.householdId !== record.householdId ||
    membership.organisationId !== record.organisationId
  ) {
    return [{ path: 'membershipId', reason: 'membership-mismatch', details }];
  }
  return [];
}
