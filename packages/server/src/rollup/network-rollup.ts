import { satangOf, satangText } from '@sajja/core';
import { ARREARS_BUCKETS, rollUp, type NetworkSummary } from '@sajja/core/books';
import type { SqlClient } from '../database.js';
import {
  loanRegisterSummary,
  type LoanRegisterRow,
  type ReportKey,
} from './loan-register-figures.js';
import {
  LOAN_REGISTER_SQL,
  ROLLUP_REPORTS_SQL,
  ROLLUP_SUB_FUNDS_SQL,
  ROLLUP_TOTALS_SQL,
} from './rollup-sql.js';

/** What {@link networkRollUp} adds up. */
export interface NetworkRollUpOptions {
  /** The network's organisations. */
  readonly organisationIds: readonly string[];
  /** The first month, `'YYYY-MM'`. */
  readonly from: string;
  /** The last month, `'YYYY-MM'`, not before `from`. */
  readonly to: string;
}

interface TotalsRow {
  groups: number;
  months: string[];
  members_at_end: number;
  members_joined: number;
  members_left: number;
  savings_in: string;
  shares_in: string;
  savings_out: string;
  loans_count: number;
  loans_out: string;
  principal: string;
  welfare_in: string;
  welfare_out: string;
  cash: string;
  bank: string;
  savings: string;
  shares: string;
  loans_outstanding: string;
  welfare: string;
}

/**
 * The network's roll-up over the synced `records`: the core's `rollUp` of the monthly report of
 * every organisation of `organisationIds` and every month from `from` through `to` (not before
 * the organisation's first membership, as the store's `organisationMonthlyReport` refuses
 * those), each report being what the store derives from the organisation's records. Members,
 * deposits, withdrawals, loans paid out, cash, savings, shares, welfare and each sub-fund's net
 * assets are summed in SQL (see `rollup-sql.ts`); the loan register (each repayment's split and
 * each loan's arrears) goes through the core's loan engine, over the loans and repayments one
 * SQL query returns; `rollUp` adds the two parts. No name, id or amount of a person is in it.
 *
 * @example
 * ```ts
 * const summary = await networkRollUp(db, {
 *   organisationIds: ['o1', 'o2'], from: '2025-01', to: '2025-12',
 * });
 * summary.groups; // 24: two organisations, twelve months each
 * ```
 */
export async function networkRollUp(
  db: SqlClient,
  options: NetworkRollUpOptions,
): Promise<NetworkSummary> {
  const params = [[...options.organisationIds], options.from, options.to];
  const [totals, subFunds, reports, register] = await Promise.all([
    db.query<TotalsRow>(ROLLUP_TOTALS_SQL, params),
    db.query<{ code: string; net_assets: string }>(ROLLUP_SUB_FUNDS_SQL, params),
    db.query<{ organisation_id: string; month: string }>(ROLLUP_REPORTS_SQL, params),
    db.query<LoanRegisterRow>(LOAN_REGISTER_SQL, params),
  ]);
  const row = totals[0]!;
  const keys: ReportKey[] = reports.map((report) => ({
    organisationId: report.organisation_id,
    month: report.month,
  }));
  return rollUp([sqlSummary(row, subFunds), loanRegisterSummary(register, keys)]);
}

/** The SQL part as a summary (amounts as text) for `rollUp`; its arrears are the register's. */
function sqlSummary(
  row: TotalsRow,
  subFunds: readonly { code: string; net_assets: string }[],
): NetworkSummary {
  const zero = '0.00';
  return {
    kind: 'network-summary',
    groups: Number(row.groups),
    months: row.months,
    members: {
      atEnd: Number(row.members_at_end),
      joined: Number(row.members_joined),
      left: Number(row.members_left),
    },
    deposits: plus(row.savings_in, row.shares_in),
    withdrawals: row.savings_out,
    loansIssued: { count: Number(row.loans_count), amount: row.loans_out },
    repayments: { principal: row.principal, interest: zero },
    fines: zero,
    savings: row.savings,
    shares: row.shares,
    loansOutstanding: row.loans_outstanding,
    cash: { onHand: row.cash, bank: row.bank },
    welfare: { contributions: row.welfare_in, payments: row.welfare_out, balance: row.welfare },
    arrears: {
      overdue: zero,
      overduePrincipal: zero,
      byBucket: Object.fromEntries(ARREARS_BUCKETS.map((bucket) => [bucket, zero])),
      loans: 0,
      portfolio: zero,
      atRisk: zero,
    },
    subFunds: Object.fromEntries(subFunds.map((fund) => [fund.code, fund.net_assets])),
  } as unknown as NetworkSummary;
}

/** The sum of two two-decimal texts, exact. */
function plus(a: string, b: string): string {
  return satangText(satangOf(a) + satangOf(b));
}
