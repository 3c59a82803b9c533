import type { SajjaProblem } from '@sajja/core';
import type { OrganisationKind, OrganisationRecord } from './organisations.js';
import { compact, isJsonValue, MAX_NAME_LENGTH, RecordChecker } from './record-checker.js';

/** Every {@link OrganisationKind}. */
export const ORGANISATION_KINDS: readonly OrganisationKind[] = Object.freeze([
  'savings-group',
  'pledge-group',
  'village-fund',
  'village-bank',
  'welfare-fund',
  'funeral-aid',
  'cooperative',
  'other',
]);

/** @internal Every problem of a stored organisation record, with the record normalised. */
export function checkOrganisation(value: unknown): {
  record: OrganisationRecord;
  problems: SajjaProblem[];
} {
  const check = new RecordChecker(value);
  const rules = check.fields.rules;
  if (rules !== undefined && !isJsonValue(rules)) check.problem('rules', 'not-json');
  const record = compact({
    id: check.text('id', { required: true }),
    name: check.text('name', { required: true, max: MAX_NAME_LENGTH, trim: true }),
    kind: check.oneOf('kind', ORGANISATION_KINDS, { required: true }),
    rules,
  }) as OrganisationRecord;
  check.onlyFields(['id', 'name', 'kind', 'rules']);
  return { record, problems: check.problems };
}
