import {
  loanIdProblems,
  membershipProblems,
  sameEntry,
  sameTransaction,
  subFundProblems,
  type ChangeTable,
  type FundTransactionRecord,
  type LedgerRecord,
  type LoanRecord,
  type MembershipRecord,
  type OrganisationRecord,
  type SyncedRecord,
} from '@sajja/store/records';
import { reversalProblem, type SajjaProblem } from '@sajja/core';
import { syncProblem, type SyncProblem } from './errors.js';
import type { PushedChange } from './push-request.js';
import type { SyncScope } from './scope.js';
import { recordKey, type RecordRow } from './stored-records.js';

/**
 * The problems of a push's references, as a backup import checks them: a membership's household
 * and organisation, a loan's and a fund transaction's membership (same household and
 * organisation), a repayment's loan, a sub-fund against the organisation's rules, and a
 * correction against what it corrects (same household, the core's reversal rule: never a
 * correction nor a record corrected already, never a deleted entry, the same entry again). A referenced record is found in the push (anywhere in
 * it) or on the server, and only where the scope may read it: a record of another household
 * or organisation is reported missing, as if it did not exist.
 */
export function referenceProblems(
  scope: SyncScope,
  changes: readonly PushedChange[],
  stored: ReadonlyMap<string, RecordRow>,
  reversals: ReadonlyMap<string, string>,
): SyncProblem[] {
  const pushed = new Map<string, SyncedRecord>();
  for (const change of changes)
    pushed.set(recordKey(change.table, change.record.id), change.record);
  const find = <T extends SyncedRecord>(table: ChangeTable, id: string): T | undefined => {
    const key = recordKey(table, id);
    const inPush = pushed.get(key);
    if (inPush !== undefined) return inPush as T;
    const row = stored.get(key);
    if (row === undefined) return undefined;
    if (table === 'households' || table === 'organisations') return row.record as T;
    const visible =
      'household' in scope
        ? row.householdId === scope.household
        : 'organisation' in scope && row.organisationId === scope.organisation;
    return visible ? (row.record as T) : undefined;
  };
  const memberships = (id: string) => {
    const membership = find<MembershipRecord>('memberships', id);
    return new Map(membership === undefined ? [] : [[id, membership]]);
  };

  // Each reversed record's one correction: stored, or accepted earlier in this push.
  const reversedBy = new Map(reversals);
  const reversalProblems = (
    table: 'ledger' | 'fundTransactions',
    record: LedgerRecord | FundTransactionRecord,
  ): SajjaProblem[] => {
    const target = record.reverses!;
    const details = { id: target };
    const key = recordKey(table, target);
    // Sent again: it is the stored correction already.
    if (stored.has(recordKey(table, record.id))) return [];
    const original = find<LedgerRecord | FundTransactionRecord>(table, target);
    if (original === undefined || original.householdId !== record.householdId) {
      return [{ path: 'reverses', reason: 'unknown-reversed', details }];
    }
    const by = reversedBy.get(key);
    const rule = reversalProblem(original, by !== undefined && by !== record.id ? 1 : 0);
    if (rule !== undefined) return [{ path: 'reverses', reason: rule, details }];
    if ((original as LedgerRecord).deletedAt !== undefined) {
      return [{ path: 'reverses', reason: 'reverses-deleted', details }];
    }
    const same =
      table === 'ledger'
        ? sameEntry(original as LedgerRecord, record as LedgerRecord)
        : sameTransaction(original as FundTransactionRecord, record as FundTransactionRecord);
    if (!same) return [{ path: 'reverses', reason: 'reversal-mismatch', details }];
    reversedBy.set(key, record.id);
    return [];
  };

  const problems: SyncProblem[] = [];
  for (const { index, table, record } of changes) {
    const own: SajjaProblem[] = [];
    const fields = record as unknown as Record<string, string | undefined>;
    const householdId = fields.householdId;
    if (householdId !== undefined && table !== 'loans' && table !== 'fundTransactions') {
      if (find('households', householdId) === undefined) {
        own.push({
          path: 'householdId',
          reason: 'unknown-household',
          details: { id: householdId },
        });
      }
    }
    if (table === 'memberships') {
      const { organisationId } = record as MembershipRecord;
      if (find('organisations', organisationId) === undefined) {
        own.push({
          path: 'organisationId',
          reason: 'unknown-organisation',
          details: { id: organisationId },
        });
      }
    }
    if (table === 'loans' || table === 'fundTransactions') {
      const owned = record as LoanRecord | FundTransactionRecord;
      own.push(...membershipProblems(owned, memberships(owned.membershipId)));
      const rules = find<OrganisationRecord>('organisations', owned.organisationId)?.rules;
      const transaction =
        table === 'fundTransactions' ? (owned as FundTransactionRecord) : undefined;
      const loan =
        transaction?.loanId === undefined
          ? undefined
          : find<LoanRecord>('loans', transaction.loanId);
      if (own.length === 0 && transaction?.loanId !== undefined) {
        own.push(...loanIdProblems(transaction, loan));
      }
      if (own.length === 0) own.push(...subFundProblems(owned, rules, loan));
    }
    const reverses = fields.reverses;
    if (reverses !== undefined && (table === 'ledger' || table === 'fundTransactions')) {
      own.push(...reversalProblems(table, record as LedgerRecord | FundTransactionRecord));
    }
    for (const problem of own) problems.push(syncProblem(index, table, record.id, problem));
  }
  return problems;
}
