import type { LedgerEntryKind } from '@sajja/core/ledger';

/** What an entry added, or reversed, through `<sajja-household-ledger>` was; money as a string. */
export interface SajjaLedgerEntryChange {
  /** The household whose ledger changed. */
  readonly householdId: string;
  /** The id of the entry added, or of the entry reversed. */
  readonly entryId: string;
  /** The day of the entry (for a reversal: the day of the correction), ISO `YYYY-MM-DD`. */
  readonly date: string;
  /** `'income'` or `'expense'` (`'transfer'` only for a reversed imported transfer). */
  readonly kind: LedgerEntryKind;
  /** The category code (`'food'`), never a translated label. */
  readonly category: string;
  /** The amount, a two-decimal string (`'120.50'`). */
  readonly amount: string;
}

/** The `detail` of `sajja-ledger-change` after an entry was added. */
export interface SajjaLedgerAddDetail extends SajjaLedgerEntryChange {
  /** What happened. */
  readonly action: 'add';
  /** The household's note, as stored (trimmed); absent when none was written. */
  readonly note?: string;
}

/** The `detail` of `sajja-ledger-change` after an entry was reversed (corrected). */
export interface SajjaLedgerReverseDetail extends SajjaLedgerEntryChange {
  /** What happened. */
  readonly action: 'reverse';
  /** The id of the correction the store appended (its `reverses` is `entryId`). */
  readonly reversalId: string;
}

/** The `detail` of `sajja-ledger-change` after a CSV file was imported. */
export interface SajjaLedgerImportDetail {
  /** What happened. */
  readonly action: 'import';
  /** The household whose ledger changed. */
  readonly householdId: string;
  /** Entries written. */
  readonly imported: number;
  /** Rows already in the ledger exactly as in the file, left as they were. */
  readonly unchanged: number;
  /** Rows left out because of a problem (only when the good rows alone were imported). */
  readonly skipped: number;
}

/** The `detail` of a `sajja-ledger-change` event; `action` tells which. */
export type SajjaLedgerChangeDetail =
  | SajjaLedgerAddDetail
  | SajjaLedgerReverseDetail
  | SajjaLedgerImportDetail;

/** The event `<sajja-household-ledger>` fires after each write it makes to the ledger. */
export type SajjaLedgerChangeEvent = CustomEvent<SajjaLedgerChangeDetail>;
