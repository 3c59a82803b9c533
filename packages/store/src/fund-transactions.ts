import {
  compareIsoDates,
  localToday,
  MAX_SLIP_REFERENCE_LENGTH,
  money,
  reversalProblem,
  SajjaError,
  type Money,
  type SajjaProblem,
} from '@sajja/core';
import Dexie from 'dexie';
import { appendAuditLinks, auditedMonth } from './audit-links.js';
import { storeChanges } from './change-storage.js';
import type { SajjaDatabase } from './database.js';
import { newId, timestampNow } from './ids.js';
import { live, type LiveQuery } from './live-query.js';
import { assertValid } from './record-checker.js';
import { guarded } from './storage-errors.js';
import { groupBy } from './group-by.js';
import { storeError } from './store-sentences.js';
import { withoutReversedPairs } from './reversals.js';
import { addNew, unknownRecord } from './write.js';
import { loanIdProblems } from './loan-record.js';
import { checkFundTransaction, FUND_TRANSACTION_KINDS } from './fund-transaction-record.js';
import { subFundProblems } from './sub-fund-field.js';
import { assertLedgerKind, reversibleDepositEntry, writeDepositEntry } from './deposit-ledger.js';
import { ledgerWriteTables } from './ledger-entries.js';
import { keepOrganisationSums, sumsWriteTables } from './organisation-sums.js';

/**
 * What a fund transaction is, seen from the member household:
 * - `'deposit'`: savings paid in (including a monthly pledge);
 * - `'withdrawal'`: savings taken out;
 * - `'contribution'`: a welfare or funeral-aid contribution (not refundable savings);
 * - `'share'`: shares bought;
 * - `'loan'`: a loan received from the organisation;
 * - `'repayment'`: a loan instalment paid back (principal and interest together);
 * - `'benefit'`: a welfare or funeral-aid benefit received from the organisation's welfare
 *   fund (childbirth, hospital, funeral …; the `note` says what for): money out of the
 *   welfare fund, neither savings nor a payment by the member.
 */
export type FundTransactionKind =
  | 'deposit'
  | 'withdrawal'
  | 'repayment'
  | 'contribution'
  | 'loan'
  | 'share'
  | 'benefit';

export { FUND_TRANSACTION_KINDS } from './fund-transaction-record.js';

/**
 * How the money moved, when someone said so:
 * - `'cash'`: handed over in person (at the monthly meeting, to the treasurer);
 * - `'promptpay'`: transferred by PromptPay to the organisation's account (see the
 *   organisation's `payment.promptPay` rules); the treasurer matches it against the bank
 *   statement, by its {@link FundTransactionRecord.slipReference} when the member gave one;
 * - `'bank-transfer'`: any other transfer into the organisation's bank account.
 */
export type PaymentMethod = 'cash' | 'promptpay' | 'bank-transfer';

export { PAYMENT_METHODS } from './fund-transaction-record.js';

/** The longest slip reference kept (the core's, shared with the deposit form's field). */
export { MAX_SLIP_REFERENCE_LENGTH };

/**
 * One movement of money between a household and an organisation it belongs to. The amount is
 * positive; `kind` gives the direction. A correction is a new record with `reverses` set (see
 * {@link FundTransactionRepository.reverse}); records are never edited.
 */
export interface FundTransactionRecord {
  /** A unique id (a UUID unless the caller chose one). */
  readonly id: string;
  /** The household (the membership's). */
  readonly householdId: string;
  /** The membership the money moved under. */
  readonly membershipId: string;
  /** The organisation (the membership's). */
  readonly organisationId: string;
  /** The day the money moved (ISO `YYYY-MM-DD`). */
  readonly date: string;
  /** What the movement is. */
  readonly kind: FundTransactionKind;
  /** The amount, more than 0, as a two-decimal string (`'200.00'`). */
  readonly amount: string;
  /** Free text, at most 500 characters. */
  readonly note?: string;
  /** For a correction: the id of the transaction it cancels. */
  readonly reverses?: string;
  /**
   * For a `'repayment'`: the loan it repays (a loan of the same membership, paid out on or
   * before the repayment's date). A repayment without one counts toward no loan.
   */
  readonly loanId?: string;
  /** How the money moved, when it was said; absent on records that did not say. */
  readonly method?: PaymentMethod;
  /**
   * The organisation's sub-fund (กองทุนย่อย) the money belongs to: the code of one of its
   * rules' `subFunds` (`'livestock'`). Absent: the first of them (the general fund). A
   * repayment of a stored loan belongs to the loan's sub-fund.
   */
  readonly subFund?: string;
  /**
   * The reference on the transfer slip (the bank's transaction reference), as the member
   * typed it, at most {@link MAX_SLIP_REFERENCE_LENGTH} characters, trimmed. Only with a
   * `method` of `'promptpay'` or `'bank-transfer'`.
   */
  readonly slipReference?: string;
  /**
   * The household ledger entry written with this transaction: for a deposit recorded with
   * `{ ledger: true }`, its `'savings-deposit'` entry; for the reversal of such a deposit, the
   * entry's correction. That entry names this transaction in its `fundTransactionId`.
   */
  readonly ledgerEntryId?: string;
  /** When it was written, as an ISO timestamp (UTC). */
  readonly recordedAt: string;
}

/** What {@link FundTransactionRepository.add} takes besides the transaction. */
export interface AddFundTransactionOptions {
  /**
   * Also write the deposit into the household's ledger (บัญชีครัวเรือน) as saving: a
   * `'savings-deposit'` expense of the same day, amount, note and group, in the same
   * transaction, linked both ways (`ledgerEntryId` here, `fundTransactionId` there), so that
   * reversing the deposit reverses the entry too. Default `false`. Only for a `'deposit'`: a
   * withdrawal is not written to the ledger (see the storage guide).
   */
  readonly ledger?: boolean;
}

/** What {@link FundTransactionRepository.add} takes. */
export interface NewFundTransaction {
  /** An id of your own; a UUID is made when absent. */
  readonly id?: string;
  /** The membership; the household and organisation are taken from it. */
  readonly membershipId: string;
  /** The day the money moved (ISO `YYYY-MM-DD`). */
  readonly date: string;
  /** What the movement is. */
  readonly kind: FundTransactionKind;
  /** The amount, more than 0: a plain decimal string (`'200'`, `'150.50'`) or a Money. */
  readonly amount: string | Money;
  /** Free text, at most 500 characters. */
  readonly note?: string;
  /** For a `'repayment'`: the loan it repays (see {@link FundTransactionRecord.loanId}). */
  readonly loanId?: string;
  /** How the money moved (see {@link FundTransactionRecord.method}). */
  readonly method?: PaymentMethod;
  /** The transfer slip's reference (see {@link FundTransactionRecord.slipReference}). */
  readonly slipReference?: string;
  /** The organisation's sub-fund (see {@link FundTransactionRecord.subFund}). */
  readonly subFund?: string;
}

/** What {@link FundTransactionRepository.reverse} takes besides the id. */
export interface ReverseOptions {
  /** The day of the correction (default: today in the browser's time zone). */
  readonly date?: string;
  /** Why it was corrected. */
  readonly note?: string;
}

/** Options for {@link FundTransactionRepository.list}. */
export interface FundTransactionListOptions {
  /** Only this household's transactions. */
  readonly householdId?: string;
  /** Only this membership's transactions. */
  readonly membershipId?: string;
  /**
   * Only this organisation's transactions: with `from` and `to`, read by date from the
   * organisation's index (a month's payments of a whole group, as the monthly meeting lists
   * its transfers), reversals made after `to` still taken into account.
   */
  readonly organisationId?: string;
  /** Only transactions on or after this day (ISO). */
  readonly from?: string;
  /** Only transactions on or before this day (ISO). */
  readonly to?: string;
  /**
   * Also return reversed transactions and the reversals that cancel them (default `false`:
   * only what still counts).
   */
  readonly includeReversed?: boolean;
}

/**
 * The totals of one membership's transactions, reversed pairs left out, as two-decimal
 * strings.
 */
export interface FundBalance {
  /** The membership. */
  readonly membershipId: string;
  /** Its organisation. */
  readonly organisationId: string;
  /** Deposits minus withdrawals: the savings the household holds in the organisation. */
  readonly savings: string;
  /** The sum of each kind of transaction. */
  readonly totals: Readonly<Record<FundTransactionKind, string>>;
  /** How many transactions count (reversed pairs left out). */
  readonly count: number;
}

/** The fund transactions (deposits, withdrawals, repayments, contributions …) of a store. */
export interface FundTransactionRepository {
  /**
   * Records a transaction under a membership and returns it as stored.
   *
   * @throws {@link @sajja/core!"@sajja/core".SajjaError} `INVALID_ARGUMENT` (`invalid-fund-transaction`,
   *   with `problems`: `unknown-membership`, `not-a-date`, `not-an-amount`, `not-positive`,
   *   `unknown-value` for the kind, `too-long` for the note, `not-a-repayment`, `unknown-loan`,
   *   `loan-mismatch` (the loan is another membership's) and `before-disbursement` for a
   *   `loanId`, `unknown-value` for the method, `not-a-transfer` for a `slipReference` without
   *   a transfer `method` …), (`duplicate-id`), (`ledger-deposit-only`: `{ ledger: true }` for
   *   another kind than `'deposit'`); `STORAGE_FULL`, `STORAGE_UNAVAILABLE`.
   *
   * @example
   * ```ts
   * await store.fundTransactions.add({
   *   membershipId: membership.id,
   *   date: '2024-03-05',
   *   kind: 'deposit',
   *   amount: '200',
   * });
   * // The same, and a savings entry in the household's ledger, in one write:
   * const deposit = await store.fundTransactions.add(
   *   { membershipId: membership.id, date: '2024-03-05', kind: 'deposit', amount: '200' },
   *   { ledger: true },
   * );
   * (await store.ledger.get(deposit.ledgerEntryId!))?.category; // 'savings-deposit'
   * ```
   */
  add(
    transaction: NewFundTransaction,
    options?: AddFundTransactionOptions,
  ): Promise<FundTransactionRecord>;
  /**
   * Records several transactions at once, all or nothing: one database transaction, each
   * checked exactly as {@link FundTransactionRepository.add} checks it. When any is refused,
   * none is written and the error lists every problem of every transaction, its path prefixed
   * with the transaction's index (`[1].amount`, `[2].loanId`). Returns the records as stored,
   * in the order given. What a meeting screen writes for one member's row: the pledge, each
   * loan's repayment and the welfare contribution.
   *
   * With `{ ledger: true }`, each `'deposit'` of the batch gets its household ledger entry (as
   * `add` writes it); the other kinds are written without one, since a batch mixes kinds.
   *
   * @throws {@link @sajja/core!"@sajja/core".SajjaError} `INVALID_ARGUMENT`
   *   (`invalid-fund-transaction`, with `problems` as `add` gives them, paths prefixed by the
   *   index), (`invalid-option`, `details.option: 'transactions'`) when `transactions` is not an
   *   array, (`duplicate-id`) for an id already stored or given twice; `STORAGE_FULL`,
   *   `STORAGE_UNAVAILABLE`.
   *
   * @example
   * ```ts
   * const [pledge, instalment] = await store.fundTransactions.addAll([
   *   { membershipId, date: '2025-03-10', kind: 'deposit', amount: '200', method: 'cash' },
   *   { membershipId, date: '2025-03-10', kind: 'repayment', amount: '112', loanId, method: 'cash' },
   * ]);
   * ```
   */
  addAll(
    transactions: readonly NewFundTransaction[],
    options?: AddFundTransactionOptions,
  ): Promise<FundTransactionRecord[]>;
  /**
   * Cancels a transaction by appending its reversal (same membership, kind and amount,
   * `reverses` set); the original stays. Returns the reversal. A deposit recorded with
   * `{ ledger: true }` has its ledger entry corrected in the same transaction (same date and
   * note as this reversal), unless that entry is already deleted or corrected.
   *
   * @throws {@link @sajja/core!"@sajja/core".SajjaError} `INVALID_ARGUMENT` (`unknown-record`),
   *   (`already-reversed`), (`reverses-reversal`: a reversal cannot itself be reversed; record
   *   the transaction again instead), (`invalid-fund-transaction`) for a bad date or note, or
   *   (problem `before-original`) a loan repayment's reversal dated before the repayment.
   */
  reverse(id: string, options?: ReverseOptions): Promise<FundTransactionRecord>;
  /**
   * Reverses several transactions all or nothing, as {@link FundTransactionRepository.reverse}
   * each (the same `options` for all: one correction, one day, one note), in one database
   * transaction: a refusal of any (unknown, already reversed — an id given twice too — a
   * reversal, a date before a repayment) is thrown and none of them is written. Returns the
   * reversals in the order of `ids`.
   *
   * @example
   * ```ts
   * // The meeting's correction of a member's row: the month's payments, reversed together.
   * await store.fundTransactions.reverseAll([pledge.id, instalment.id], { date: '2025-03-10' });
   * ```
   */
  reverseAll(ids: readonly string[], options?: ReverseOptions): Promise<FundTransactionRecord[]>;
  /** The transaction with this id, or `undefined`. */
  get(id: string): Promise<FundTransactionRecord | undefined>;
  /** Transactions by date, oldest first (ties by id). */
  list(options?: FundTransactionListOptions): Promise<FundTransactionRecord[]>;
  /** {@link FundTransactionRepository.list}, live. */
  liveList(options?: FundTransactionListOptions): LiveQuery<FundTransactionRecord[]>;
  /**
   * The totals of every membership of a household (memberships without transactions too),
   * oldest membership first.
   *
   * @example
   * ```ts
   * const [pledge] = await store.fundTransactions.balances({ householdId });
   * pledge.savings;           // '1200.00'
   * pledge.totals.withdrawal; // '300.00'
   * ```
   */
  balances(options: { readonly householdId: string }): Promise<FundBalance[]>;
  /** {@link FundTransactionRepository.balances}, live. */
  liveBalances(options: { readonly householdId: string }): LiveQuery<FundBalance[]>;
}

function byDateThenId<T extends { readonly date: string; readonly id: string }>(
  a: T,
  b: T,
): number {
  return compareIsoDates(a.date, b.date) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** @internal The fund transaction repository of `db`. */
export function createFundTransactionRepository(db: SajjaDatabase): FundTransactionRepository {
  // The ledger's tables too: a deposit and its household ledger entry are one write.
  const tables = [
    db.fundTransactions,
    db.memberships,
    db.organisations,
    db.loans,
    db.auditLinks,
    ...sumsWriteTables(db),
    ...ledgerWriteTables(db),
  ];

  /**
   * Stores checked records inside the caller's write transaction, with a request for each step
   * rather than one for each step of each record: the records, their change records, their
   * audit links (in order, per organisation), then the sums. A meeting's row is three or four
   * records; `add` and `reverse` store one.
   */
  const storeAll = async (
    records: readonly FundTransactionRecord[],
    action: 'add' | 'reverse',
  ): Promise<void> => {
    await Promise.all(
      records.map((record) => addNew(db.fundTransactions, record, 'fundTransactions')),
    );
    await storeChanges(
      db,
      records.map((record) => ({
        at: record.recordedAt,
        table: 'fundTransactions' as const,
        recordIds: [record.id],
        action,
      })),
    );
    for (const [organisationId, written] of groupBy(records, (record) => record.organisationId)) {
      await appendAuditLinks(
        db.auditLinks,
        organisationId,
        written.map((record) => ({
          table: 'fundTransactions' as const,
          record,
          month: auditedMonth('fundTransactions', record, record.recordedAt),
        })),
      );
    }
    await keepOrganisationSums(db, { transactions: records });
  };

  /** Stores a record once its check passed; its problems refuse it (nothing written). */
  const write = async (
    record: FundTransactionRecord,
    problems: SajjaProblem[],
    input: unknown,
    action: 'add' | 'reverse',
  ): Promise<FundTransactionRecord> => {
    assertValid({ record, problems }, 'invalid-fund-transaction', 'fund transaction', input);
    await storeAll([record], action);
    return record;
  };

  const scope = async (options: FundTransactionListOptions): Promise<FundTransactionRecord[]> => {
    const all = [Dexie.minKey, Dexie.maxKey];
    if (options.membershipId !== undefined) {
      const records = await db.fundTransactions
        .where('[membershipId+date]')
        .between([options.membershipId, all[0]], [options.membershipId, all[1]])
        .toArray();
      return records.filter(
        (record) =>
          (options.householdId === undefined || record.householdId === options.householdId) &&
          (options.organisationId === undefined ||
            record.organisationId === options.organisationId),
      );
    }
    if (options.householdId !== undefined) {
      const records = await db.fundTransactions
        .where('[householdId+date]')
        .between([options.householdId, all[0]], [options.householdId, all[1]])
        .toArray();
      return options.organisationId === undefined
        ? records
        : records.filter((record) => record.organisationId === options.organisationId);
    }
    if (options.organisationId !== undefined)
      return organisationScope(options.organisationId, options);
    return db.fundTransactions.toArray();
  };

  /**
   * An organisation's transactions dated from `from` to `to` (by its date index), with the
   * reversals of those records whatever their date: a payment reversed after `to` no longer
   * counts, as in a membership's or a household's list.
   */
  const organisationScope = (
    organisationId: string,
    { from, to }: FundTransactionListOptions,
  ): Promise<FundTransactionRecord[]> =>
    db.transaction('r', db.fundTransactions, async () => {
      const inRange = await db.fundTransactions
        .where('[organisationId+date]')
        .between(
          [organisationId, from ?? Dexie.minKey],
          [organisationId, to ?? Dexie.maxKey],
          true,
          true,
        )
        .toArray();
      const ids = new Set(inRange.map((record) => record.id));
      const later = (
        await db.fundTransactions
          .where('reverses')
          .anyOf([...ids])
          .toArray()
      ).filter((record) => !ids.has(record.id));
      return [...inRange, ...later];
    });

  const list = async (
    options: FundTransactionListOptions = {},
  ): Promise<FundTransactionRecord[]> => {
    const { from, to } = options;
    const records = await scope(options);
    const reversed = new Set(records.flatMap((record) => record.reverses ?? []));
    const counted = options.includeReversed ? records : withoutReversedPairs(records, reversed);
    return counted
      .filter(
        (record) =>
          (from === undefined || compareIsoDates(record.date, from) >= 0) &&
          (to === undefined || compareIsoDates(record.date, to) <= 0),
      )
      .sort(byDateThenId);
  };

  const balances = async ({
    householdId,
  }: {
    readonly householdId: string;
  }): Promise<FundBalance[]> =>
    db.transaction('r', db.fundTransactions, db.memberships, async () => {
      const memberships = await db.memberships.where('householdId').equals(householdId).toArray();
      memberships.sort(
        (a, b) => compareIsoDates(a.joinedOn, b.joinedOn) || a.id.localeCompare(b.id),
      );
      const transactions = await list({ householdId });
      return memberships.map((membership) => {
        const totals = Object.fromEntries(
          FUND_TRANSACTION_KINDS.map((kind) => [kind, money('0')]),
        ) as Record<FundTransactionKind, Money>;
        let count = 0;
        for (const transaction of transactions) {
          if (transaction.membershipId !== membership.id) continue;
          totals[transaction.kind] = totals[transaction.kind].plus(transaction.amount);
          count++;
        }
        return {
          membershipId: membership.id,
          organisationId: membership.organisationId,
          savings: totals.deposit.minus(totals.withdrawal).toString(),
          totals: Object.fromEntries(
            FUND_TRANSACTION_KINDS.map((kind) => [kind, totals[kind].toString()]),
          ) as Record<FundTransactionKind, string>,
          count,
        };
      });
    });

  /**
   * A new transaction checked as `add` checks it, inside the caller's database transaction:
   * the record to write and its problems (none written yet). `ledger-deposit-only` throws.
   */
  const prepare = async (
    transaction: NewFundTransaction,
    ledger: boolean,
  ): Promise<{ record: FundTransactionRecord; problems: SajjaProblem[] }> => {
    const input = (transaction ?? {}) as Partial<NewFundTransaction> & Record<string, unknown>;
    const membership =
      typeof input.membershipId === 'string'
        ? await db.memberships.get(input.membershipId)
        : undefined;
    // The household and organisation come from the membership, never from the caller, so
    // the two can never disagree.
    const {
      householdId: _h,
      organisationId: _o,
      reverses: _r,
      recordedAt: _a,
      ledgerEntryId: _l,
      ...given
    } = input;
    // Without a membership the transaction is refused below (unknown-membership); the
    // placeholders keep the household and organisation from being reported as missing.
    const { record, problems } = checkFundTransaction({
      ...given,
      id: input.id ?? newId(),
      householdId: membership?.householdId ?? 'unknown',
      organisationId: membership?.organisationId ?? 'unknown',
      ...(ledger ? { ledgerEntryId: newId() } : {}),
      recordedAt: timestampNow(),
    });
    const own = ['householdId', 'organisationId', 'reverses', 'ledgerEntryId', 'recordedAt'];
    for (const field of own) {
      if (input[field] !== undefined) problems.push({ path: field, reason: 'unknown-field' });
    }
    if (typeof input.membershipId === 'string' && membership === undefined) {
      problems.push({
        path: 'membershipId',
        reason: 'unknown-membership',
        details: { id: input.membershipId },
      });
    } else if (problems.length === 0) {
      const loan = record.loanId === undefined ? undefined : await db.loans.get(record.loanId);
      if (record.loanId !== undefined) problems.push(...loanIdProblems(record, loan));
      if (problems.length === 0 && record.subFund !== undefined) {
        const organisation = await db.organisations.get(record.organisationId);
        problems.push(...subFundProblems(record, organisation?.rules, loan));
      }
    }
    if (ledger && problems.length === 0) assertLedgerKind(record);
    return { record, problems };
  };

  /**
   * Writes checked records (see {@link storeAll}) and the household ledger entries of those
   * that name one, inside the caller's write transaction.
   */
  const writeAllAdded = async (
    records: readonly FundTransactionRecord[],
  ): Promise<FundTransactionRecord[]> => {
    await storeAll(records, 'add');
    for (const record of records) {
      if (record.ledgerEntryId !== undefined) await writeDepositEntry(db, record);
    }
    return [...records];
  };

  /** Appends the reversal of `id`, inside the caller's write transaction. */
  const reverseOne = async (
    id: string,
    options: ReverseOptions,
  ): Promise<FundTransactionRecord> => {
    const original = await db.fundTransactions.get(id);
    if (original === undefined) throw unknownRecord('fundTransactions', id);
    const problem = reversalProblem(
      original,
      await db.fundTransactions.where('reverses').equals(id).count(),
    );
    if (problem === 'reverses-reversal') {
      throw new SajjaError(
        'INVALID_ARGUMENT',
        'reverses-reversal',
        `Fund transaction ${id} is itself a reversal; record the transaction again instead of reversing the reversal.`,
        { input: id },
      );
    }
    if (problem === 'already-reversed') {
      throw new SajjaError(
        'INVALID_ARGUMENT',
        'already-reversed',
        `Fund transaction ${id} is already reversed.`,
        {
          input: id,
        },
      );
    }
    const { note: _note, ledgerEntryId: _entry, ...kept } = original;
    const entry = await reversibleDepositEntry(db, original);
    const { record, problems } = checkFundTransaction({
      ...kept,
      id: newId(),
      date: options.date ?? localToday(),
      note: options.note,
      reverses: id,
      ...(entry ? { ledgerEntryId: newId() } : {}),
      recordedAt: timestampNow(),
    });
    // A loan applies payments in date order: a reversal before its payment cancels nothing.
    if (
      original.loanId !== undefined &&
      record.date !== undefined &&
      compareIsoDates(record.date, original.date) < 0
    ) {
      problems.push({
        path: 'date',
        reason: 'before-original',
        details: { date: original.date },
      });
    }
    const reversal = await write(record, problems, options, 'reverse');
    if (entry) await writeDepositEntry(db, reversal, entry);
    return reversal;
  };

  return {
    add: (transaction, options = {}) =>
      guarded(() =>
        db.transaction('rw', tables, async () => {
          const { record, problems } = await prepare(transaction, options?.ledger === true);
          assertValid(
            { record, problems },
            'invalid-fund-transaction',
            'fund transaction',
            transaction,
          );
          return (await writeAllAdded([record]))[0]!;
        }),
      ),
    addAll: (transactions, options = {}) =>
      guarded(() =>
        db.transaction('rw', tables, async () => {
          if (!Array.isArray(transactions)) {
            throw storeError('invalid-option', 'transactions must be an array.', {
              input: transactions,
              details: { option: 'transactions' },
            });
          }
          // Every transaction checked before any is written: a refusal leaves nothing behind.
          // Checked side by side: their reads go to the database together, not one by one.
          const checked = await Promise.all(
            transactions.map((transaction: unknown) =>
              prepare(
                transaction as NewFundTransaction,
                options?.ledger === true &&
                  (transaction as NewFundTransaction | undefined)?.kind === 'deposit',
              ),
            ),
          );
          const prepared: FundTransactionRecord[] = [];
          const problems: SajjaProblem[] = [];
          for (const [index, each] of checked.entries()) {
            prepared.push(each.record);
            for (const problem of each.problems) {
              problems.push({
                ...problem,
                path: problem.path ? `[${index}].${problem.path}` : `[${index}]`,
              });
            }
          }
          assertValid(
            { record: prepared, problems },
            'invalid-fund-transaction',
            'fund transactions',
            transactions,
          );
          return writeAllAdded(prepared);
        }),
      ),
    reverse: (id, options = {}) =>
      // An async scope: Dexie follows native awaits only in an async function's scope.
      guarded(() => db.transaction('rw', tables, async () => await reverseOne(id, options))),
    reverseAll: (ids, options = {}) =>
      guarded(() =>
        db.transaction('rw', tables, async () => {
          if (!Array.isArray(ids)) {
            throw storeError('invalid-option', 'ids must be an array.', {
              input: ids,
              details: { option: 'ids' },
            });
          }
          // One after another in one transaction: a refusal of any aborts it, and none is kept.
          const reversals: FundTransactionRecord[] = [];
          for (const id of ids) reversals.push(await reverseOne(id, options));
          return reversals;
        }),
      ),
    get: (id) => guarded(() => db.fundTransactions.get(id)),
    list: (options) => guarded(() => list(options)),
    liveList: (options) => live(db, () => list(options)),
    balances: (options) => guarded(() => balances(options)),
    liveBalances: (options) => live(db, () => balances(options)),
  };
}
