import type { SajjaProblem } from '@sajja/core';
import type { HouseholdRecord } from './households.js';
import { compact, MAX_NAME_LENGTH, RecordChecker } from './record-checker.js';

/** @internal Every problem of a stored household record, with the record normalised. */
export function checkHousehold(value: unknown): {
  record: HouseholdRecord;
  problems: SajjaProblem[];
} {
  const check = new RecordChecker(value);
  const record = compact({
    id: check.text('id', { required: true }),
    name: check.text('name', { required: true, max: MAX_NAME_LENGTH, trim: true }),
    createdAt: check.timestamp('createdAt', { required: true }),
  }) as HouseholdRecord;
  check.onlyFields(['id', 'name', 'createdAt']);
  return { record, problems: check.problems };
}
