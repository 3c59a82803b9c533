import { formatCsv } from '@sajja/core';
import type { OrganisationShareOut } from '@sajja/store';

/**
 * The columns of the share-out's CSV file, in order: stable codes (as the household ledger's
 * file has), whatever the widget's language. Amounts are two-decimal baht without thousands
 * separators; a bucket the by-laws do not have is `0.00`.
 */
export const SHARE_OUT_CSV_COLUMNS = [
  'member_number',
  'household',
  'dividend',
  'members',
  'average_return',
  'total',
  'membership_id',
] as const;

/**
 * The year-end's members as a CSV file (`formatCsv` of the core: RFC 4180, cells that a
 * spreadsheet would run as a formula guarded), with a byte-order mark so that Excel reads its
 * Thai names as UTF-8. One row per member, in the store's order.
 */
export function shareOutCsv(yearEnd: OrganisationShareOut): string {
  return formatCsv(
    [
      SHARE_OUT_CSV_COLUMNS,
      ...yearEnd.shareOut.map((member) => [
        member.memberNumber ?? '',
        member.householdName,
        member.dividend,
        member.members,
        member.averageReturn,
        member.total,
        member.membershipId,
      ]),
    ],
    { bom: true },
  );
}

/** The file's name: `sajja-share-out-2025.csv`. */
export function shareOutFileName(yearEnd: OrganisationShareOut): string {
  return `sajja-share-out-${yearEnd.year}.csv`;
}
