/** The tables whose writes the change log records. */
export type ChangeTable =
  | 'households'
  | 'organisations'
  | 'memberships'
  | 'ledger'
  | 'fundTransactions'
  | 'loans';

/** Every {@link ChangeTable}. */
export const CHANGE_TABLES: readonly ChangeTable[] = Object.freeze([
  'households',
  'organisations',
  'memberships',
  'ledger',
  'fundTransactions',
  'loans',
]);
