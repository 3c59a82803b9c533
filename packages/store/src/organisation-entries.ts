import { satangOf, satangText } from '@sajja/core';
import {
  DEFAULT_CHART_OF_ACCOUNTS,
  depositEntry,
  loanIssuedEntry,
  loanRepaymentEntry,
  welfareContributionEntry,
  welfarePaymentEntry,
  withdrawalEntry,
  type JournalEntry,
  type MoneyVia,
} from '@sajja/core/books';
import type { FundTransactionRecord } from './fund-transactions.js';
import type { LoanRecord } from './loans.js';
import { FIRST_SUB_FUND, viaOf, type LoanPaymentSum } from './organisation-sums.js';

/**
 * The journal entries of stored records, as `organisationBooks` posts them, and the journal's
 * lines from the sums' flows (organisation-sums.ts): what the monthly report and the
 * share-out build from the derived sums. Committee code only: the write path keeps flows and
 * needs none of the books' code.
 */

const CHART = DEFAULT_CHART_OF_ACCOUNTS;

/** @internal Net debits in satang by line key ({@link lineKey}). */
export type Lines = Map<string, bigint>;

/** @internal The key of a line: its sub-fund and account. */
export function lineKey(subFund: string, account: string): string {
  return `${subFund}\u0000${account}`;
}

/** A line's net debit in satang. */
function netDebit(line: { readonly debit?: unknown; readonly credit?: unknown }): bigint {
  return line.debit !== undefined ? satangOf(String(line.debit)) : -satangOf(String(line.credit));
}

/**
 * @internal The journal's lines (net debits by sub-fund and account) of the flows of these
 * months' sums (`OrganisationMonthRecord.flows`), summed: each flow's entry built once for
 * its total (a negative total, more taken back than posted, its entry's lines negated), the
 * placeholder of the first sub-fund replaced by `firstSubFund`.
 */
export function flowLines(
  months: readonly { readonly flows: Readonly<Record<string, string>> }[],
  firstSubFund: string,
): Lines {
  const totals = new Map<string, bigint>();
  for (const { flows } of months) {
    for (const [key, text] of Object.entries(flows)) {
      totals.set(key, (totals.get(key) ?? 0n) + BigInt(text));
    }
  }
  const lines: Lines = new Map();
  for (const [key, satang] of totals) {
    if (satang === 0n) continue;
    const [fund, flow, via] = key.split('\u0000') as [string, string, MoneyVia];
    const subFund = fund === FIRST_SUB_FUND ? firstSubFund : fund;
    const amount = satangText(satang < 0n ? -satang : satang);
    addLines(lines, flowEntry(subFund, flow, via, amount), satang < 0n ? -1n : 1n);
  }
  return lines;
}

/** The entry that moves `amount` of `flow`: its lines are those of every such entry, scaled. */
function flowEntry(subFund: string, flow: string, via: MoneyVia, amount: string): JournalEntry {
  const basics = { id: 'flow', date: '2000-01-01', subFund, via };
  switch (flow) {
    case 'disbursement':
      return loanIssuedEntry(
        { id: 'flow', date: '2000-01-01', subFund, memberId: 'm', amount },
        CHART,
      );
    case 'principal':
    case 'interest':
    case 'penalty':
    case 'excess':
      return loanRepaymentEntry({ ...basics, memberId: 'm', [flow]: amount }, CHART);
    default:
      return plainEntry(
        {
          id: 'flow',
          householdId: '',
          membershipId: 'm',
          organisationId: '',
          date: '2000-01-01',
          kind: flow as FundTransactionRecord['kind'],
          amount,
          recordedAt: '',
          ...(via === 'bank' ? { method: 'bank-transfer' as const } : {}),
        },
        subFund,
      );
  }
}

/**
 * @internal The journal entry the books post for a fund transaction that is not a reversal
 * and repays no stored loan (a repayment of a stored loan: {@link repaymentEntry}).
 */
export function plainEntry(
  record: FundTransactionRecord,
  subFund: string,
  chart: typeof CHART = CHART,
): JournalEntry {
  const basics = {
    id: record.id,
    date: record.date,
    subFund,
    via: viaOf(record),
    ...(record.note === undefined ? {} : { memo: record.note }),
  };
  const member = { ...basics, memberId: record.membershipId, amount: record.amount };
  switch (record.kind) {
    case 'deposit':
      return depositEntry(member, chart);
    case 'share':
      return depositEntry({ ...member, account: 'shares' }, chart);
    case 'withdrawal':
      return withdrawalEntry(member, chart);
    case 'contribution':
      return welfareContributionEntry(member, chart);
    case 'benefit':
      return welfarePaymentEntry(member, chart);
    case 'loan':
      return loanIssuedEntry(member, chart);
    case 'repayment':
      return loanRepaymentEntry(
        { ...basics, memberId: record.membershipId, principal: record.amount },
        chart,
      );
  }
}

/**
 * @internal The journal entry of a stored loan's repayment, split as `split` says (entry id
 * `<loanId>:<id>`, as `receiveLoanPayment` names it).
 */
export function repaymentEntry(
  loanId: string,
  membershipId: string,
  payment: Pick<LoanPaymentSum, 'id' | 'date' | 'via'> & { readonly note?: string },
  split: readonly [string, string, string, string],
  subFund: string,
  chart: typeof CHART = CHART,
): JournalEntry {
  const [principal, interest, penalty, excess] = split.map((satang) =>
    satangText(BigInt(satang)),
  ) as [string, string, string, string];
  return loanRepaymentEntry(
    {
      id: `${loanId}:${payment.id}`,
      date: payment.date,
      subFund,
      via: payment.via,
      ...(payment.note === undefined ? {} : { memo: payment.note }),
      memberId: membershipId,
      principal,
      interest,
      penalty,
      excess,
    },
    chart,
  );
}

/** @internal The entry that pays out a stored loan (`<loanId>:disbursement`). */
export function disbursementEntry(loan: LoanRecord, subFund: string): JournalEntry {
  return loanIssuedEntry(
    {
      id: `${loan.id}:disbursement`,
      date: loan.terms.disbursedOn,
      memberId: loan.membershipId,
      amount: loan.terms.principal,
      subFund,
    },
    CHART,
  );
}

/** @internal Adds an entry's net debits (times `sign`) to `into`, by line key. */
export function addLines(into: Lines, entry: JournalEntry, sign: 1n | -1n): void {
  for (const line of entry.lines) {
    const key = lineKey(line.subFund ?? FIRST_SUB_FUND, line.account);
    into.set(key, (into.get(key) ?? 0n) + sign * netDebit(line));
  }
}

/**
 * @internal The journal entries a stored loan's repayments post, in posting order (also put
 * in `byPayment` by the payment's id): a repayment's entry (split as stored; as principal when the core refused the
 * loan), a reversal's the original's lines mirrored (entry id the reversal's, `reverses` the
 * original entry's id).
 */
export function loanEntries(
  loan: LoanRecord,
  payments: readonly LoanPaymentSum[],
  subFund: string,
  byPayment = new Map<string, JournalEntry>(),
): JournalEntry[] {
  const entries: JournalEntry[] = [];
  for (const payment of payments) {
    if (payment.reverses !== undefined) {
      const original = byPayment.get(payment.reverses);
      if (original) {
        const mirror = mirrorOf(original, payment.id, payment.date);
        byPayment.set(payment.id, mirror);
        entries.push(mirror);
      }
      continue;
    }
    const entry =
      payment.split === undefined
        ? plainEntry(
            {
              id: payment.id,
              householdId: '',
              membershipId: loan.membershipId,
              organisationId: loan.organisationId,
              date: payment.date,
              kind: 'repayment',
              amount: payment.amount,
              recordedAt: payment.recordedAt,
              ...(payment.via === 'bank' ? { method: 'bank-transfer' as const } : {}),
            },
            subFund,
          )
        : repaymentEntry(loan.id, loan.membershipId, payment, payment.split, subFund);
    byPayment.set(payment.id, entry);
    entries.push(entry);
  }
  return entries;
}

/** @internal The reversing entry of `original`: its lines mirrored, as the books post it. */
export function mirrorOf(original: JournalEntry, id: string, date: string): JournalEntry {
  return {
    id,
    date,
    reverses: original.id,
    lines: original.lines.map(({ debit, credit, ...line }) =>
      debit !== undefined ? { ...line, credit: debit } : { ...line, debit: credit! },
    ),
  };
}
