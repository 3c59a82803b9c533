import { money } from '@sajja/core';
import type { OrganisationShareOut, ShareOutMember } from '@sajja/store';
import type { shareOutStrings } from './share-out.strings.js';

/** A member's amount from one bucket: its field of `ShareOutMember` and its heading. */
export interface MemberColumn {
  /** The profit bucket's code in the by-laws. */
  readonly bucket: 'dividend' | 'members' | 'average-return';
  /** The member's amount from it. */
  readonly field: 'dividend' | 'members' | 'averageReturn';
  /** The column's heading. */
  readonly label: keyof (typeof shareOutStrings)['th'];
}

/** The buckets the store shares among members, in the order the widget shows them. */
const MEMBER_COLUMNS: readonly MemberColumn[] = [
  { bucket: 'dividend', field: 'dividend', label: 'dividend' },
  { bucket: 'members', field: 'members', label: 'membersShare' },
  { bucket: 'average-return', field: 'averageReturn', label: 'averageReturn' },
];

/**
 * The member columns of a year-end: one per bucket shared among members that the by-laws
 * have (a group without a `members` bucket shows no column of zeros for it).
 */
export function memberColumns(yearEnd: OrganisationShareOut): readonly MemberColumn[] {
  return MEMBER_COLUMNS.filter((column) => column.bucket in yearEnd.allocation);
}

/** Each member column's sum over the members, and the sum of their totals (`'0.00'` strings). */
export function memberTotals(
  members: readonly ShareOutMember[],
): Readonly<Record<MemberColumn['field'] | 'total', string>> {
  const sum = (field: MemberColumn['field'] | 'total') =>
    members.reduce((total, member) => total.plus(member[field]), money('0')).toString();
  return {
    dividend: sum('dividend'),
    members: sum('members'),
    averageReturn: sum('averageReturn'),
    total: sum('total'),
  };
}
