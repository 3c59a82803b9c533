import { compareIsoDates } from '@sajja/core';
import {
  validateLoanRules,
  type LoanDayCount,
  type LoanMethod,
  type LoanRules,
  type LoanTerms,
} from '@sajja/core/loans';
import { chainWrite } from './audit-links.js';
import { logChange } from './change-log.js';
import type { SajjaDatabase } from './database.js';
import { newId, timestampNow } from './ids.js';
import { live, type LiveQuery } from './live-query.js';
import {
  assertValid,
  compact,
  isPlainObject,
  MAX_NOTE_LENGTH,
  RecordChecker,
} from './record-checker.js';
import { guarded } from './storage-errors.js';
import { subFundProblems } from './sub-fund-field.js';
import { addNew } from './write.js';
import { keepOrganisationSums, sumsWriteTables } from './organisation-sums.js';
import { storedLoanTerms } from './loan-record.js';

/** One tranche of a loan paid out in parts, as stored. */
export interface DisbursementRecord {
  /** The day it is paid out (ISO `YYYY-MM-DD`). */
  readonly on: string;
  /** The amount paid out, a two-decimal string (`'8000.00'`). */
  readonly amount: string;
}

/**
 * A loan's terms as stored: the `LoanTerms` of `@sajja/core/loans` with every amount a
 * two-decimal string and the rate's percent a decimal string, so a backup carries them exactly.
 */
export interface LoanTermsRecord {
  /** The amount lent, more than 0 (`'20000.00'`). */
  readonly principal: string;
  /** The contractual rate (`{ percent: '1', per: 'month' }`). */
  readonly rate: {
    /** The rate in percent, a decimal string (`'1'`, `'0.75'`); `'0'` for an interest-free loan. */
    readonly percent: string;
    /** The period the percentage is quoted for. */
    readonly per: 'month' | 'year';
  };
  /** The number of monthly instalments, 1 to 600 (or `installmentCount`). */
  readonly termMonths?: number;
  /** The number of instalments whatever `repayEvery` is, 1 to 1,200 (or `termMonths`). */
  readonly installmentCount?: number;
  /** How often instalments fall due; default every month. */
  readonly repayEvery?: LoanTerms['repayEvery'];
  /** How instalments are built. */
  readonly method: LoanMethod;
  /** The day the money was paid out (ISO `YYYY-MM-DD`). */
  readonly disbursedOn: string;
  /** The first due date (ISO); default one month after `disbursedOn`. */
  readonly firstDueOn?: string;
  /** The day of the month instalments fall on (1–31), clamped to shorter months. */
  readonly dueDayOfMonth?: number;
  /** Each instalment rounded up to this multiple (`'10.00'`). */
  readonly roundPaymentTo?: string;
  /** A fixed instalment instead of the computed one (`'1500.00'`). */
  readonly installment?: string;
  /** How interest is measured; default `'period'`. */
  readonly dayCount?: LoanDayCount;
  /** How `roundPaymentTo` rounds; see the core's `LoanTerms`. */
  readonly roundPaymentMode?: LoanTerms['roundPaymentMode'];
  /** How every satang is rounded. */
  readonly roundingMode?: LoanTerms['roundingMode'];
  /** How a flat loan's interest adds up. */
  readonly flatInterest?: LoanTerms['flatInterest'];
  /** The first n instalments pay interest only. */
  readonly graceOnPrincipal?: number;
  /** The interest of the first n instalments is paid with the next one. */
  readonly graceOnInterestPayment?: number;
  /** The first n periods charge no interest. */
  readonly interestFreePeriods?: number;
  /** Instalments at the end (default) or the start of each period. */
  readonly paymentTiming?: LoanTerms['paymentTiming'];
  /** How a declining loan's level instalment is solved. */
  readonly levelPayment?: LoanTerms['levelPayment'];
  /** The tranches of a loan paid out in parts (see {@link DisbursementRecord}). */
  readonly disbursements?: readonly DisbursementRecord[];
}

/**
 * A loan an organisation made to a member household. Its repayments are fund transactions of
 * kind `'repayment'` that carry the loan's id in `loanId`; what is owed follows from the terms,
 * the rules and those repayments (`loanStatus` of `@sajja/core/loans`), so nothing about the
 * loan is ever edited.
 */
export interface LoanRecord {
  /** A unique id (a UUID unless the caller chose one). */
  readonly id: string;
  /** The borrowing household (the membership's). */
  readonly householdId: string;
  /** The membership the loan was made under. */
  readonly membershipId: string;
  /** The lending organisation (the membership's). */
  readonly organisationId: string;
  /** The contract's terms. */
  readonly terms: LoanTermsRecord;
  /**
   * The organisation's lending rules (`rules.loans`) when the loan was made: allocation order,
   * early payment, prepayment and penalties. Kept with the loan, so a later change of by-laws
   * never rewrites what an existing contract owed; absent when the organisation had none (the
   * core's defaults apply).
   */
  readonly rules?: LoanRules;
  /**
   * The organisation's sub-fund (กองทุนย่อย) that lent the money: the code of one of its
   * rules' `subFunds` (`'livestock'`). Absent: the first of them (the general fund). Its
   * repayments belong to it too.
   */
  readonly subFund?: string;
  /** Free text, at most 500 characters. */
  readonly note?: string;
  /** When it was written, as an ISO timestamp (UTC). */
  readonly recordedAt: string;
}

/** What {@link LoanRepository.add} takes. */
export interface NewLoan {
  /** An id of your own; a UUID is made when absent. */
  readonly id?: string;
  /** The membership; the household, organisation and rules are taken from it. */
  readonly membershipId: string;
  /**
   * The contract's terms, as `loanSchedule` of `@sajja/core/loans` takes them (amounts as
   * strings such as `'20000'`, or Money); stored with two-decimal amounts.
   */
  readonly terms: LoanTerms;
  /** The organisation's sub-fund that lends the money (see {@link LoanRecord.subFund}). */
  readonly subFund?: string;
  /** Free text, at most 500 characters. */
  readonly note?: string;
}

/** The loans of a store. */
export interface LoanRepository {
  /**
   * Records a loan under a membership and returns it as stored. The terms are checked by
   * building the schedule with `loanSchedule`; the organisation's `rules.loans`, when present,
   * are kept with the loan. Repayments are recorded with `fundTransactions.add({ kind:
   * 'repayment', loanId, … })`.
   *
   * @throws {@link @sajja/core!"@sajja/core".SajjaError} `INVALID_ARGUMENT` (`invalid-loan`, with
   *   `problems`: `unknown-membership`, `required`, `too-long` for the note, `unknown-field`),
   *   (`duplicate-id`); the errors of `loanSchedule` for bad terms (`INVALID_AMOUNT`,
   *   `INVALID_DATE`, `INVALID_ARGUMENT` / `invalid-option` or `negative-rate`);
   *   `RULES_INVALID` when the organisation's stored `rules.loans` are not valid;
   *   `STORAGE_FULL`, `STORAGE_UNAVAILABLE`.
   *
   * @example
   * ```ts
   * const loan = await store.loans.add({
   *   membershipId: membership.id,
   *   terms: {
   *     principal: '20000',
   *     rate: { percent: '1', per: 'month' },
   *     termMonths: 12,
   *     method: 'flat',
   *     disbursedOn: '2025-02-10',
   *   },
   * });
   * await store.fundTransactions.add({
   *   membershipId: membership.id, loanId: loan.id, kind: 'repayment',
   *   date: '2025-03-10', amount: '1866.67',
   * });
   * ```
   */
  add(loan: NewLoan): Promise<LoanRecord>;
  /** The loan with this id, or `undefined`. */
  get(id: string): Promise<LoanRecord | undefined>;
  /** The loans of a household, oldest first (by disbursement date, then id). */
  forHousehold(householdId: string): Promise<LoanRecord[]>;
  /** {@link LoanRepository.forHousehold}, live. */
  live(householdId: string): LiveQuery<LoanRecord[]>;
}

/** Oldest loan first: by disbursement date, then id. */
function byDisbursement(a: LoanRecord, b: LoanRecord): number {
  return (
    compareIsoDates(a.terms.disbursedOn, b.terms.disbursedOn) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** @internal The loan repository of `db`. */
export function createLoanRepository(db: SajjaDatabase): LoanRepository {
  const forHousehold = async (householdId: string): Promise<LoanRecord[]> => {
    const loans = await db.loans.where('householdId').equals(householdId).toArray();
    return loans.sort(byDisbursement);
  };
  return {
    add: (loan) =>
      guarded(() =>
        db.transaction(
          'rw',
          [
            db.loans,
            db.memberships,
            db.organisations,
            db.changes,
            db.auditLinks,
            ...sumsWriteTables(db),
          ],
          async () => {
            const input = (loan ?? {}) as Partial<NewLoan> & Record<string, unknown>;
            const check = new RecordChecker(loan);
            const id = check.text('id') ?? newId();
            const membershipId = check.text('membershipId', { required: true });
            const note = check.text('note', { max: MAX_NOTE_LENGTH, graphemes: true });
            const subFund = check.text('subFund');
            check.onlyFields(['id', 'membershipId', 'terms', 'subFund', 'note']);
            if (input.terms === undefined) check.problem('terms', 'required');
            const membership =
              membershipId === undefined ? undefined : await db.memberships.get(membershipId);
            if (membershipId !== undefined && membership === undefined) {
              check.problem('membershipId', 'unknown-membership', { id: membershipId });
            }
            const organisation =
              membership === undefined
                ? undefined
                : await db.organisations.get(membership.organisationId);
            if (membership !== undefined) {
              check.problems.push(...subFundProblems({ subFund }, organisation?.rules));
            }
            assertValid(
              { record: undefined, problems: check.problems },
              'invalid-loan',
              'loan',
              loan,
            );
            // Bad terms throw loanSchedule's own error: the message a loan form already shows.
            const terms = storedLoanTerms(input.terms as LoanTerms);
            const stored = isPlainObject(organisation?.rules)
              ? organisation.rules.loans
              : undefined;
            const record = compact({
              id,
              householdId: membership!.householdId,
              membershipId: membership!.id,
              organisationId: membership!.organisationId,
              terms,
              rules: stored === undefined ? undefined : validateLoanRules(stored),
              subFund,
              note,
              recordedAt: timestampNow(),
            }) as LoanRecord;
            await addNew(db.loans, record, 'loans');
            await logChange(db, 'loans', [record.id], 'add', record.recordedAt);
            await chainWrite(db, 'loans', record, record.recordedAt);
            await keepOrganisationSums(db, { loans: [record] });
            return record;
          },
        ),
      ),
    get: (id) => guarded(() => db.loans.get(id)),
    forHousehold: (householdId) => guarded(() => forHousehold(householdId)),
    live: (householdId) => live(db, () => forHousehold(householdId)),
  };
}
