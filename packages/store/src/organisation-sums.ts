import { satangOf } from '@sajja/core';
import type { MoneyVia } from '@sajja/core/books';
import {
  applyPayment,
  loanStatus,
  type Loan,
  type LoanPayment,
  type LoanState,
} from '@sajja/core/loans';
import type { Table } from 'dexie';
import type { SajjaDatabase } from './database.js';
import type { FundTransactionRecord } from './fund-transactions.js';
import type { LoanRecord } from './loans.js';

/**
 * @internal The running totals of every member of an organisation at the end of a month: by
 * membership and kind, every fund transaction up to then, reversed pairs left out (a reversal
 * takes its original's amount out of the original's month). A month has a record when some
 * total changed in it; a month without one has the totals of the last month before it that
 * has. The roster reads two records (the totals before its month and through it), the
 * share-out the year's. One text per month, so that reading 300 members is parsing a string,
 * not cloning thousands of objects. Derived, kept in step in every write transaction, never
 * in backups.
 */
export interface MemberTotalsRecord {
  /** The organisation. */
  readonly organisationId: string;
  /** The month, `'YYYY-MM'`. */
  readonly month: string;
  /**
   * Each membership with a total other than 0, by id: the id, then `kind=satang` for each
   * kind, separated by U+001F; memberships separated by U+001E. Whole satang.
   */
  readonly totals: string;
}

/** @internal Running totals by kind, in satang. */
export type KindTotals = ReadonlyMap<string, bigint>;

/** @internal Each membership's running totals by kind. */
export type MemberTotals = ReadonlyMap<string, KindTotals>;

const FIELD = '\u001f';
const MEMBER = '\u001e';

/** @internal The running totals a {@link MemberTotalsRecord} holds (none: no record). */
export function parseMemberTotals(
  record: Pick<MemberTotalsRecord, 'totals'> | undefined,
): Map<string, Map<string, bigint>> {
  const members = new Map<string, Map<string, bigint>>();
  if (record === undefined || record.totals === '') return members;
  for (const entry of record.totals.split(MEMBER)) {
    const [id, ...pairs] = entry.split(FIELD);
    const totals = new Map<string, bigint>();
    for (const pair of pairs) {
      const at = pair.indexOf('=');
      totals.set(pair.slice(0, at), BigInt(pair.slice(at + 1)));
    }
    members.set(id!, totals);
  }
  return members;
}

/** Running totals as a record's text: zero totals and members left out, by id and kind. */
function memberTotalsText(members: MemberTotals): string {
  const entries: string[] = [];
  for (const id of [...members.keys()].sort()) {
    const pairs = [...members.get(id)!]
      .filter(([, total]) => total !== 0n)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([kind, total]) => `${kind}=${total}`);
    if (pairs.length > 0) entries.push([id, ...pairs].join(FIELD));
  }
  return entries.join(MEMBER);
}

/**
 * @internal The record of the members' running totals at the end of `month` (`through:
 * false`: before it begins), read within the caller's transaction.
 */
export function memberTotalsAt(
  table: Table<MemberTotalsRecord, [string, string]>,
  organisationId: string,
  month: string,
  { through }: { readonly through: boolean },
): Promise<MemberTotalsRecord | undefined> {
  return table
    .where('[organisationId+month]')
    .between([organisationId, ''], [organisationId, month], true, through)
    .last();
}

/** @internal One repayment of a loan, or its reversal, as the loan's sums keep it. */
export interface LoanPaymentSum {
  /** The fund transaction's id. */
  readonly id: string;
  /** Its date. */
  readonly date: string;
  /** Its amount, two-decimal text. */
  readonly amount: string;
  /** When it was written (the books post same-day records in this order). */
  readonly recordedAt: string;
  /** For a reversal, the repayment it cancels. */
  readonly reverses?: string;
  /** Through the bank (PromptPay, transfer) or in cash. */
  readonly via: MoneyVia;
  /**
   * For a repayment, how the books split it (`applyPayment` over the loan's earlier payments
   * and reversals): principal (with any prepaid), interest, penalty and excess, satang text.
   */
  readonly split?: readonly [string, string, string, string];
}

/**
 * @internal A stored loan's repayments and their reversals, in the books' posting order (by
 * date, reversals after the day's payments, then by `recordedAt` and id), each repayment with
 * its split; and the day from which the loan is settled for good. Derived, kept in step in
 * every write transaction, never in backups.
 */
export interface LoanPaymentsRecord {
  /** The loan. */
  readonly loanId: string;
  /** Its organisation. */
  readonly organisationId: string;
  /** Its membership. */
  readonly membershipId: string;
  /** The loan itself (loans are never changed): the views read it from here. */
  readonly loan: LoanRecord;
  /**
   * Its repayments and their reversals, in posting order, as one text ({@link paymentsOf}
   * reads it): 400 open loans read as 400 strings, not thousands of objects.
   */
  readonly payments: string;
  /**
   * When the loan is fully paid with every payment recorded (nothing owed, nothing overdue,
   * no principal left, with and without its reversed pairs): the later of its last payment or
   * reversal and its last due date. From that day on `loanStatus` owes nothing whatever the
   * day, so the views leave the loan out. Absent while anything is owed.
   */
  readonly settledOn?: string;
  /**
   * `settledOn`, or `'9999-12-31'` while the loan is not settled: indexed with the
   * organisation, so that a view reads only the loans that can still ask for something.
   */
  readonly openUntil: string;
}

/** @internal A loan's payments as {@link LoanPaymentsRecord.payments} keeps them. */
export function packPayments(payments: readonly LoanPaymentSum[]): string {
  return payments
    .map((payment) =>
      [
        payment.id,
        payment.date,
        payment.amount,
        payment.recordedAt,
        payment.reverses ?? '',
        payment.via,
        payment.split?.join(',') ?? '',
      ].join(FIELD),
    )
    .join(MEMBER);
}

/** @internal The payments of a loan's record (none without one), in posting order. */
export function paymentsOf(
  record: Pick<LoanPaymentsRecord, 'payments'> | undefined,
): LoanPaymentSum[] {
  if (record === undefined || record.payments === '') return [];
  return record.payments.split(MEMBER).map((entry) => {
    const [id, date, amount, recordedAt, reverses, via, split] = entry.split(FIELD) as string[];
    return {
      id: id!,
      date: date!,
      amount: amount!,
      recordedAt: recordedAt!,
      ...(reverses === '' ? {} : { reverses: reverses! }),
      via: via as MoneyVia,
      ...(split === ''
        ? {}
        : { split: split!.split(',') as unknown as readonly [string, string, string, string] }),
    };
  });
}

/** @internal {@link LoanPaymentsRecord.openUntil} of a loan not settled. */
export const OPEN = '9999-12-31';

/**
 * @internal An organisation's journal (as `organisationBooks` builds it) summed by month, as
 * the money that moved: by sub-fund, flow and way (cash or bank), each entry's amount, its
 * reversal's taken back in the reversal's month. The journal's lines are linear in these
 * (`organisation-entries.ts` turns them into lines), so the write path needs none of the
 * books' code. Derived, kept in step in every write transaction, never in backups.
 */
export interface OrganisationMonthRecord {
  /** The organisation. */
  readonly organisationId: string;
  /** The month, `'YYYY-MM'`. */
  readonly month: string;
  /**
   * Satang by `<sub-fund>\u0000<flow>\u0000<cash|bank>` ({@link Flow}): the sub-fund a record
   * names (a repayment of a stored loan, its loan's), `''` for those that name none (the
   * organisation's first sub-fund, whichever it is when the sums are read). Zero sums left
   * out.
   */
  readonly flows: Readonly<Record<string, string>>;
}

/** @internal The tables the sums are kept in, and the records they are read from. */
export interface SumsTables {
  readonly fundTransactions: Table<FundTransactionRecord, string>;
  readonly loans: Table<LoanRecord, string>;
  readonly memberTotals: Table<MemberTotalsRecord, [string, string]>;
  readonly loanPayments: Table<LoanPaymentsRecord, string>;
  readonly organisationMonths: Table<OrganisationMonthRecord, [string, string]>;
}

/**
 * @internal The sub-fund the sums post records that name none to: a placeholder for the
 * organisation's first, which its rules may change.
 */
export const FIRST_SUB_FUND = '';

/**
 * @internal What moves money in the books, as the sums keep it: a fund transaction's kind
 * (`'deposit'` … `'repayment'` of no stored loan), a stored loan paid out (`'disbursement'`),
 * or a part of a stored loan's repayment as the books split it (`'principal'`, `'interest'`,
 * `'penalty'`, `'excess'`).
 */
export type Flow =
  | FundTransactionRecord['kind']
  | 'disbursement'
  | (typeof REPAYMENT_PARTS)[number];

/** @internal The parts of a repayment's split, in its order. */
export const REPAYMENT_PARTS = ['principal', 'interest', 'penalty', 'excess'] as const;

/** @internal Satang by flow key ({@link flowKey}). */
export type Flows = Map<string, bigint>;

/** @internal The key of a flow in {@link OrganisationMonthRecord.flows}. */
export function flowKey(subFund: string, flow: Flow, via: MoneyVia): string {
  return `${subFund}\u0000${flow}\u0000${via}`;
}

/** @internal Through the bank or in cash, as the books post a transaction. */
export function viaOf(record: { readonly method?: string }): MoneyVia {
  return record.method === 'promptpay' || record.method === 'bank-transfer' ? 'bank' : 'cash';
}

/** @internal A loan record as the core's loan functions take it. */
export function coreLoan(loan: LoanRecord): Loan {
  return { id: loan.id, terms: loan.terms, ...(loan.rules ? { rules: loan.rules } : {}) } as Loan;
}

/** Orders a loan's payments as the books post them. */
function byPosting(a: LoanPaymentSum, b: LoanPaymentSum): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  const rank = (a.reverses === undefined ? 1 : 2) - (b.reverses === undefined ? 1 : 2);
  if (rank !== 0) return rank;
  const x = a.recordedAt + a.id;
  const y = b.recordedAt + b.id;
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * @internal A loan's payments split again in posting order (as `organisationBooks` replays
 * them), and the day it is settled for good, if it is.
 */
export function replayLoan(
  loan: LoanRecord,
  payments: readonly LoanPaymentSum[],
): { payments: LoanPaymentSum[]; settledOn?: string } {
  const ordered = [...payments].sort(byPosting);
  let state: Loan | LoanState = coreLoan(loan);
  const replayed: LoanPaymentSum[] = [];
  try {
    for (const payment of ordered) {
      const { split: _split, ...bare } = payment;
      if (payment.reverses !== undefined) {
        state = applyPayment(
          state,
          {
            id: payment.id,
            date: payment.date,
            amount: payment.amount,
            reverses: payment.reverses,
          },
          payment.date,
        ).loan;
        replayed.push(bare);
        continue;
      }
      const applied = applyPayment(
        state,
        { id: payment.id, date: payment.date, amount: payment.amount },
        payment.date,
      );
      state = applied.loan;
      const { allocation } = applied;
      replayed.push({
        ...bare,
        split: [
          String(satangOf(allocation.principal.plus(allocation.prepaid))),
          String(satangOf(allocation.interest)),
          String(satangOf(allocation.penalty)),
          String(satangOf(allocation.excess)),
        ],
      });
    }
  } catch {
    // A loan the core refuses: its repayments are posted as principal (see loanFlows) and
    // the views work it out, and report it, each time.
    return { payments: ordered.map(({ split: _split, ...bare }) => bare) };
  }
  return { payments: replayed, ...settlement(loan, replayed) };
}

/** When the loan is settled for good (see {@link LoanPaymentsRecord.settledOn}). */
function settlement(loan: LoanRecord, payments: readonly LoanPaymentSum[]): { settledOn?: string } {
  const reversed = new Set(payments.flatMap((payment) => payment.reverses ?? []));
  const counting: LoanPayment[] = payments
    .filter((payment) => payment.reverses === undefined && !reversed.has(payment.id))
    .map(({ id, date, amount }) => ({ id, date, amount }));
  const all: LoanPayment[] = payments.map(({ id, date, amount, reverses }) =>
    reverses === undefined ? { id, date, amount } : { id, date, amount, reverses },
  );
  let last = loan.terms.disbursedOn;
  for (const payment of payments) if (payment.date > last) last = payment.date;
  try {
    const due = loanStatus(coreLoan(loan), counting, last).installments;
    const lastDue = due.length > 0 ? due[due.length - 1]!.dueDate : last;
    const asOf = lastDue > last ? lastDue : last;
    for (const list of [counting, all]) {
      const status = loanStatus(coreLoan(loan), list, asOf);
      const clear =
        status.fullyPaid &&
        status.daysPastDue === 0 &&
        status.outstandingPrincipal.isZero() &&
        status.due.total.isZero() &&
        status.overdue.total.isZero() &&
        status.installments.every((each) => each.owed.total.isZero());
      if (!clear) return {};
    }
    return { settledOn: asOf };
  } catch {
    return {};
  }
}

/**
 * @internal What a loan's repayments post, by month, as flows (see
 * {@link OrganisationMonthRecord.flows}): each repayment's split parts, a repayment the core
 * could not split as principal, a reversal its original's flows taken back.
 */
export function loanFlows(
  loan: LoanRecord,
  payments: readonly LoanPaymentSum[],
): Map<string, Flows> {
  const byMonth = new Map<string, Flows>();
  const posted = new Map<string, Flows>();
  const subFund = loan.subFund ?? FIRST_SUB_FUND;
  for (const payment of payments) {
    const month = payment.date.slice(0, 7);
    let flows = byMonth.get(month);
    if (!flows) byMonth.set(month, (flows = new Map()));
    if (payment.reverses !== undefined) {
      for (const [key, satang] of posted.get(payment.reverses) ?? []) {
        flows.set(key, (flows.get(key) ?? 0n) - satang);
      }
      continue;
    }
    const own: Flows = new Map();
    if (payment.split === undefined) {
      own.set(flowKey(subFund, 'repayment', payment.via), satangOf(payment.amount));
    } else {
      REPAYMENT_PARTS.forEach((part, index) => {
        const satang = BigInt(payment.split![index]!);
        if (satang !== 0n) own.set(flowKey(subFund, part, payment.via), satang);
      });
    }
    posted.set(payment.id, own);
    for (const [key, satang] of own) flows.set(key, (flows.get(key) ?? 0n) + satang);
  }
  return byMonth;
}

/** What a batch of writes adds to the sums, before it is stored. */
class Changes {
  readonly memberships = new Map<string, { organisationId: string; months: Flows }>();
  readonly months = new Map<string, { organisationId: string; month: string; flows: Flows }>();

  member(organisationId: string, membershipId: string, date: string, kind: string, satang: bigint) {
    let sums = this.memberships.get(membershipId);
    if (!sums) this.memberships.set(membershipId, (sums = { organisationId, months: new Map() }));
    const key = `${date.slice(0, 7)}\u0000${kind}`;
    sums.months.set(key, (sums.months.get(key) ?? 0n) + satang);
  }

  journal(organisationId: string, month: string, flows: Flows, sign: 1n | -1n) {
    const key = `${organisationId}\u0000${month}`;
    let sums = this.months.get(key);
    if (!sums) this.months.set(key, (sums = { organisationId, month, flows: new Map() }));
    for (const [flow, satang] of flows) {
      sums.flows.set(flow, (sums.flows.get(flow) ?? 0n) + sign * satang);
    }
  }

  /** What one record (or loan) moved, on `date`. */
  flow(organisationId: string, date: string, key: string, satang: bigint) {
    this.journal(organisationId, date.slice(0, 7), new Map([[key, satang]]), 1n);
  }
}

/**
 * @internal Keeps the derived sums in step with records just written (inside the caller's
 * write transaction, after they are stored): fund transactions and loans, in any order of
 * tables; a reversal's original may be among them or stored before.
 */
export async function keepOrganisationSums(
  tables: SumsTables,
  written: {
    readonly loans?: readonly LoanRecord[];
    readonly transactions?: readonly FundTransactionRecord[];
  },
): Promise<void> {
  const changes = new Changes();
  for (const loan of written.loans ?? []) {
    changes.flow(
      loan.organisationId,
      loan.terms.disbursedOn,
      flowKey(loan.subFund ?? FIRST_SUB_FUND, 'disbursement', 'cash'),
      satangOf(loan.terms.principal),
    );
  }
  const transactions = written.transactions ?? [];
  const batch = new Map(transactions.map((record) => [record.id, record]));
  const missing = [
    ...new Set(
      transactions.flatMap((record) =>
        record.reverses !== undefined && !batch.has(record.reverses) ? [record.reverses] : [],
      ),
    ),
  ];
  const originals = new Map(batch);
  if (missing.length > 0) {
    for (const record of await tables.fundTransactions.bulkGet(missing)) {
      if (record) originals.set(record.id, record);
    }
  }
  const loanIds = [
    ...new Set(
      transactions.flatMap((record) => (record.loanId === undefined ? [] : [record.loanId])),
    ),
  ];
  const writtenLoans = new Map((written.loans ?? []).map((loan) => [loan.id, loan]));
  const loans = new Map<string, LoanRecord>();
  const unknownLoans = loanIds.filter((id) => !writtenLoans.has(id));
  const stored = unknownLoans.length > 0 ? await tables.loans.bulkGet(unknownLoans) : [];
  unknownLoans.forEach((id, position) => {
    if (stored[position]) loans.set(id, stored[position]!);
  });
  for (const id of loanIds) if (writtenLoans.has(id)) loans.set(id, writtenLoans.get(id)!);

  const newPayments = new Map<string, LoanPaymentSum[]>();
  for (const record of transactions) {
    const original = record.reverses === undefined ? undefined : originals.get(record.reverses);
    if (record.reverses === undefined) {
      changes.member(
        record.organisationId,
        record.membershipId,
        record.date,
        record.kind,
        satangOf(record.amount),
      );
    } else if (original) {
      changes.member(
        original.organisationId,
        original.membershipId,
        original.date,
        original.kind,
        -satangOf(original.amount),
      );
    }
    const loan = record.loanId === undefined ? undefined : loans.get(record.loanId);
    if (loan) {
      const list = newPayments.get(loan.id) ?? [];
      list.push({
        id: record.id,
        date: record.date,
        amount: record.amount,
        recordedAt: record.recordedAt,
        via: viaOf(record),
        ...(record.reverses === undefined ? {} : { reverses: record.reverses }),
      });
      newPayments.set(loan.id, list);
      continue;
    }
    if (record.reverses === undefined) {
      changes.flow(
        record.organisationId,
        record.date,
        flowKey(record.subFund ?? FIRST_SUB_FUND, record.kind, viaOf(record)),
        satangOf(record.amount),
      );
    } else if (original && original.date <= record.date) {
      // The books post a reversal after its original (a reversal dated before it cancels
      // nothing there): the original's lines mirrored, in the reversal's month.
      changes.flow(
        record.organisationId,
        record.date,
        flowKey(original.subFund ?? FIRST_SUB_FUND, original.kind, viaOf(original)),
        -satangOf(original.amount),
      );
    }
  }

  const loanRecords: LoanPaymentsRecord[] = [];
  if (newPayments.size > 0) {
    const ids = [...newPayments.keys()];
    const before = await tables.loanPayments.bulkGet(ids);
    ids.forEach((id, position) => {
      const loan = loans.get(id)!;
      const old = paymentsOf(before[position]);
      for (const [month, flows] of loanFlows(loan, old)) {
        changes.journal(loan.organisationId, month, flows, -1n);
      }
      const replayed = replayLoan(loan, [...old, ...newPayments.get(id)!]);
      for (const [month, flows] of loanFlows(loan, replayed.payments)) {
        changes.journal(loan.organisationId, month, flows, 1n);
      }
      loanRecords.push(loanPaymentsRecord(loan, replayed));
    });
  }
  // Every loan has its record, payments or not: the views find open loans by it.
  for (const loan of written.loans ?? []) {
    if (!newPayments.has(loan.id)) loanRecords.push(loanPaymentsRecord(loan, replayLoan(loan, [])));
  }
  if (loanRecords.length > 0) await tables.loanPayments.bulkPut(loanRecords);
  await storeChanges(tables, changes);
}

function loanPaymentsRecord(
  loan: LoanRecord,
  { payments, settledOn }: { payments: LoanPaymentSum[]; settledOn?: string },
): LoanPaymentsRecord {
  return {
    loanId: loan.id,
    organisationId: loan.organisationId,
    membershipId: loan.membershipId,
    loan,
    payments: packPayments(payments),
    ...(settledOn === undefined ? {} : { settledOn }),
    openUntil: settledOn ?? OPEN,
  };
}

async function storeChanges(tables: SumsTables, changes: Changes): Promise<void> {
  // Each organisation's running totals from the first month changed on: the records of
  // those months and after, each the old totals plus the changes up to it, a record only
  // where the totals differ from the month before.
  const byOrganisation = new Map<string, Map<string, Map<string, Map<string, bigint>>>>();
  for (const [membershipId, { organisationId, months }] of changes.memberships) {
    let organisation = byOrganisation.get(organisationId);
    if (!organisation) byOrganisation.set(organisationId, (organisation = new Map()));
    for (const [key, satang] of months) {
      const [month, kind] = key.split('\u0000') as [string, string];
      let members = organisation.get(month);
      if (!members) organisation.set(month, (members = new Map()));
      let kinds = members.get(membershipId);
      if (!kinds) members.set(membershipId, (kinds = new Map()));
      kinds.set(kind, (kinds.get(kind) ?? 0n) + satang);
    }
  }
  for (const [organisationId, deltas] of byOrganisation) {
    const first = [...deltas.keys()].sort()[0]!;
    const [before, after] = await Promise.all([
      memberTotalsAt(tables.memberTotals, organisationId, first, { through: false }),
      tables.memberTotals
        .where('[organisationId+month]')
        .between([organisationId, first], [organisationId, '\uffff'], true, true)
        .toArray(),
    ]);
    const stored = new Map(after.map((record) => [record.month, record]));
    let old = parseMemberTotals(before);
    const added = new Map<string, Map<string, bigint>>();
    let previous = before?.totals ?? '';
    const puts: MemberTotalsRecord[] = [];
    const deletes: [string, string][] = [];
    for (const month of [...new Set([...stored.keys(), ...deltas.keys()])].sort()) {
      if (stored.has(month)) old = parseMemberTotals(stored.get(month));
      for (const [membershipId, kinds] of deltas.get(month) ?? []) {
        let sums = added.get(membershipId);
        if (!sums) added.set(membershipId, (sums = new Map()));
        for (const [kind, satang] of kinds) sums.set(kind, (sums.get(kind) ?? 0n) + satang);
      }
      const now = new Map<string, Map<string, bigint>>();
      for (const [id, kinds] of old) now.set(id, new Map(kinds));
      for (const [id, kinds] of added) {
        let sums = now.get(id);
        if (!sums) now.set(id, (sums = new Map()));
        for (const [kind, satang] of kinds) sums.set(kind, (sums.get(kind) ?? 0n) + satang);
      }
      const text = memberTotalsText(now);
      if (text === previous) {
        if (stored.has(month)) deletes.push([organisationId, month]);
        continue;
      }
      if (stored.get(month)?.totals !== text) puts.push({ organisationId, month, totals: text });
      previous = text;
    }
    if (puts.length > 0) await tables.memberTotals.bulkPut(puts);
    if (deletes.length > 0) await tables.memberTotals.bulkDelete(deletes);
  }
  if (changes.months.size > 0) {
    const keys = [...changes.months.values()].map(({ organisationId, month }): [string, string] => [
      organisationId,
      month,
    ]);
    const stored = await tables.organisationMonths.bulkGet(keys);
    const puts: OrganisationMonthRecord[] = [];
    const deletes: [string, string][] = [];
    [...changes.months.values()].forEach(({ organisationId, month, flows: deltas }, position) => {
      const flows: Record<string, string> = { ...(stored[position]?.flows ?? {}) };
      for (const [key, satang] of deltas) {
        const sum = BigInt(flows[key] ?? '0') + satang;
        if (sum === 0n) delete flows[key];
        else flows[key] = String(sum);
      }
      if (Object.keys(flows).length > 0) puts.push({ organisationId, month, flows });
      else if (stored[position]) deletes.push([organisationId, month]);
    });
    if (puts.length > 0) await tables.organisationMonths.bulkPut(puts);
    if (deletes.length > 0) await tables.organisationMonths.bulkDelete(deletes);
  }
}

/**
 * @internal Builds the derived sums from every fund transaction and loan stored: the schema
 * upgrade that brings them in, and a rebuild into empty tables.
 */
export async function buildOrganisationSums(tables: SumsTables): Promise<void> {
  const [loans, transactions] = await Promise.all([
    tables.loans.toArray(),
    tables.fundTransactions.toArray(),
  ]);
  await keepOrganisationSums(tables, { loans, transactions });
}

/** @internal The tables a write that keeps the sums in step changes or reads. */
export function sumsWriteTables(db: SajjaDatabase): Table[] {
  return [db.memberTotals, db.loanPayments, db.organisationMonths];
}
