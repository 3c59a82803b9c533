/**
 * @internal The records that still count: every reversed record and every reversal removed.
 * The store keeps reversals one-to-one with live records, so this is all a reversal means.
 */
export function withoutReversedPairs<T extends { readonly id: string; readonly reverses?: string }>(
  records: readonly T[],
  reversedIds: ReadonlySet<string>,
): T[] {
  return records.filter((record) => record.reverses === undefined && !reversedIds.has(record.id));
}
