import type { ChangeTable, SyncedRecord } from '@sajja/store/records';

/**
 * The owners of a record, as the `records` table keeps them for scope filters: the household
 * (a household's own id, or the householdId its record carries) and the organisation (an
 * organisation's own id, or a membership's, fund transaction's or loan's organisationId).
 * A ledger entry has no organisation owner, even when it names one: a household's ledger is
 * its own, never a treasurer's.
 */
export interface RecordOwners {
  /** The owning household, or `null`. */
  readonly householdId: string | null;
  /** The owning organisation, or `null`. */
  readonly organisationId: string | null;
}

/** The {@link RecordOwners} of a record of `table`. */
export function ownersOf(table: ChangeTable, record: SyncedRecord): RecordOwners {
  const fields = record as unknown as Record<string, string | undefined>;
  switch (table) {
    case 'households':
      return { householdId: record.id, organisationId: null };
    case 'organisations':
      return { householdId: null, organisationId: record.id };
    case 'ledger':
      return { householdId: fields.householdId ?? null, organisationId: null };
    default:
      return {
        householdId: fields.householdId ?? null,
        organisationId: fields.organisationId ?? null,
      };
  }
}
