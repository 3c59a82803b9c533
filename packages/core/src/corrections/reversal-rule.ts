import { invalidOption } from '../errors/sajja-error.js';

/**
 * Why a record may not be reversed, by {@link reversalProblem}:
 * - `'reverses-reversal'`: the record is itself a reversal. A reversal cannot be reversed;
 *   to restore the original, record it again.
 * - `'already-reversed'`: the record has a reversal already. A record is reversed once; a
 *   second reversal would cancel it twice.
 */
export type ReversalProblem = 'reverses-reversal' | 'already-reversed';

/**
 * What the reversal rule needs of a record (a household ledger entry, a fund transaction, a
 * loan repayment): whether it is itself a reversal.
 */
export interface ReversibleRecord {
  /** Set on a reversal: the id of the record it cancels. */
  readonly reverses?: string | undefined;
}

/**
 * The one reversal rule of Sajja's books, where a mistake is corrected by appending a
 * reversal (a record with `reverses` set) and never by editing: **a reversal cannot itself be
 * reversed, and a record is reversed at most once**. Returns what forbids reversing
 * `original`, or `undefined` when it may be reversed.
 *
 * So every list of records has one meaning: a record counts, or it and its one reversal
 * count nowhere. Putting back a reversed record is done by recording it again, which the
 * history shows plainly. `@sajja/store` refuses a reversal the rule forbids (with the reason
 * as the error's `reason`); `@sajja/core/ledger` ignores one found in a list, as it ignores a
 * reversal of an unknown id.
 *
 * @param original - The record to be reversed.
 * @param existingReversals - How many reversals of `original` exist already, not counting the
 *   one being checked (a whole number, 0 or more).
 *
 * @throws {@link SajjaError} `INVALID_ARGUMENT` / `invalid-option` (`details.option`
 *   `'original'` or `'existingReversals'`) for an `original` that is not an object or a count
 *   that is not a whole number of 0 or more.
 *
 * @example
 * ```ts
 * const sale = { id: 'a' };
 * const fix = { id: 'b', reverses: 'a' };
 * reversalProblem(sale, 0); // undefined: may be reversed
 * reversalProblem(sale, 1); // 'already-reversed'
 * reversalProblem(fix, 0);  // 'reverses-reversal': record the sale again instead
 * ```
 */
export function reversalProblem(
  original: ReversibleRecord,
  existingReversals: number,
): ReversalProblem | undefined {
  if (typeof original !== 'object' || original === null) {
    throw invalidOption('original', original, 'a record: { reverses? }');
  }
  if (!Number.isSafeInteger(existingReversals) || existingReversals < 0) {
    throw invalidOption('existingReversals', existingReversals, 'a whole number, 0 or more');
  }
  if (original.reverses !== undefined) return 'reverses-reversal';
  return existingReversals > 0 ? 'already-reversed' : undefined;
}
