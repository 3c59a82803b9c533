import type { SajjaErrorDetails, SajjaProblemReason } from '@sajja/core';

/** Options for importing a backup or a CSV file. */
export interface ImportOptions {
  /**
   * Import the good records and leave out the bad ones (each reported in `problems`). Without
   * it (the default), one bad record means nothing at all is written.
   */
  readonly skipInvalid?: boolean;
}

/**
 * One problem with one record of an import: where it is (`line` of a CSV file, or `table` and
 * `index` in a backup), which field (`path`, `''` for the whole record), what is wrong
 * (`reason`, a stable kebab-case code) and the values a message needs.
 */
export interface ImportProblem {
  /** For a CSV file: the 1-based line where the row starts. */
  readonly line?: number;
  /** For a backup: the table of the record. */
  readonly table?: string;
  /** For a backup: the 0-based position of the record in its table's list. */
  readonly index?: number;
  /** The field at fault (the column of a CSV file), `''` for the whole record or file. */
  readonly path: string;
  /** What is wrong, such as `'not-an-amount'`, `'unknown-household'` or `'conflict'`. */
  readonly reason: SajjaProblemReason;
  /** Values a message may mention. */
  readonly details?: SajjaErrorDetails;
}

/**
 * What an import did. When `problems` is not empty and `skipInvalid` was not given, nothing
 * was written: `imported` is 0.
 */
export interface ImportReport {
  /** Records written. */
  readonly imported: number;
  /** Records already in the database exactly as in the file, so left as they were. */
  readonly unchanged: number;
  /** Records left out because of a problem (only with `skipInvalid`). */
  readonly skipped: number;
  /** Every problem found, in file order (for a backup: table by table). */
  readonly problems: ImportProblem[];
}
