import {
  compareIsoDates,
  isSajjaError,
  money,
  type SajjaProblem,
  type SajjaProblemReason,
} from '@sajja/core';
import { loanSchedule, validateLoanRules, type LoanRules, type LoanTerms } from '@sajja/core/loans';
import type { LoanRecord, LoanTermsRecord } from './loans.js';
import { compact, isPlainObject, MAX_NOTE_LENGTH, RecordChecker } from './record-checker.js';

/**
 * The fields of the core's `LoanTerms`, the one list the compiler checks against it both ways:
 * a name that is not a term does not compile, nor does a term the core adds and this list lacks
 * (which would refuse every loan using it as an unknown field).
 */
const TERM_FIELDS = [
  'principal',
  'rate',
  'termMonths',
  'method',
  'disbursedOn',
  'firstDueOn',
  'dueDayOfMonth',
  'roundPaymentTo',
  'installment',
  'dayCount',
  // issue 20's conventions
  'installmentCount',
  'repayEvery',
  'roundPaymentMode',
  'roundingMode',
  'flatInterest',
  'graceOnPrincipal',
  'graceOnInterestPayment',
  'interestFreePeriods',
  'paymentTiming',
  'levelPayment',
  'disbursements',
] as const satisfies readonly (keyof LoanTerms)[];
const everyTerm: [Exclude<keyof LoanTerms, (typeof TERM_FIELDS)[number]>] extends [never]
  ? true
  : never = true;
void everyTerm;

const RECORD_FIELDS = [
  'id',
  'householdId',
  'membershipId',
  'organisationId',
  'terms',
  'rules',
  'subFund',
  'note',
  'recordedAt',
];

/**
 * @internal Loan terms in their stored form (amounts two-decimal strings, the percent a
 * string), checked by building the schedule: throws the error `loanSchedule` throws.
 */
export function storedLoanTerms(terms: LoanTerms): LoanTermsRecord {
  // Not an object: loanSchedule throws its own invalid-option error for it.
  if (!isPlainObject(terms)) loanSchedule(terms);
  const amount = (value: unknown) =>
    value === undefined ? undefined : money(value as string).toString();
  const percent = terms.rate?.percent;
  const stored = compact({
    ...terms,
    principal: amount(terms.principal),
    rate: isPlainObject(terms.rate)
      ? { ...terms.rate, percent: typeof percent === 'number' ? String(percent) : percent }
      : terms.rate,
    roundPaymentTo: amount(terms.roundPaymentTo),
    installment: amount(terms.installment),
    disbursements: Array.isArray(terms.disbursements)
      ? terms.disbursements.map((tranche) =>
          isPlainObject(tranche) ? { ...tranche, amount: amount(tranche.amount) } : tranche,
        )
      : terms.disbursements,
  }) as LoanTermsRecord;
  loanSchedule(stored);
  return stored;
}

/** The problems of terms that are not only ours: unknown fields, then what loanSchedule says. */
function termsProblems(terms: unknown): { terms: LoanTermsRecord; problems: SajjaProblem[] } {
  const problems: SajjaProblem[] = [];
  if (!isPlainObject(terms)) {
    problems.push({ path: 'terms', reason: terms === undefined ? 'required' : 'not-an-object' });
    return { terms: terms as LoanTermsRecord, problems };
  }
  for (const [field, value] of Object.entries(terms)) {
    if (!(TERM_FIELDS as readonly string[]).includes(field) && value !== undefined) {
      problems.push({ path: `terms.${field}`, reason: 'unknown-field' });
    }
  }
  try {
    return { terms: storedLoanTerms(terms as unknown as LoanTerms), problems };
  } catch (error) {
    if (!isSajjaError(error)) throw error;
    const option = error.details.option;
    const path = typeof option === 'string' && option !== 'terms' ? `terms.${option}` : 'terms';
    // The loan terms' own errors: amounts, dates and arguments, never storage.
    problems.push({ path, reason: error.reason as SajjaProblemReason, details: error.details });
    return { terms: terms as unknown as LoanTermsRecord, problems };
  }
}

/**
 * @internal Every problem of a stored loan record by itself (its membership is checked by the
 * caller), with the record normalised: for imports, where a bad loan is reported, not thrown.
 */
export function checkLoan(value: unknown): { record: LoanRecord; problems: SajjaProblem[] } {
  const check = new RecordChecker(value);
  const id = check.text('id', { required: true });
  const householdId = check.text('householdId', { required: true });
  const membershipId = check.text('membershipId', { required: true });
  const organisationId = check.text('organisationId', { required: true });
  // A value that is not an object is reported once, as the whole record.
  const terms = isPlainObject(value) ? termsProblems(value.terms) : undefined;
  if (terms) check.problems.push(...terms.problems);
  const rules = check.fields.rules;
  if (rules !== undefined) {
    try {
      validateLoanRules(rules);
    } catch (error) {
      if (!isSajjaError(error, 'RULES_INVALID')) throw error;
      for (const problem of error.problems) {
        check.problems.push({ ...problem, path: problem.path ? `rules.${problem.path}` : 'rules' });
      }
    }
  }
  const record = compact({
    id,
    householdId,
    membershipId,
    organisationId,
    terms: terms?.terms,
    rules: rules as LoanRules | undefined,
    subFund: check.text('subFund'),
    note: check.text('note', { max: MAX_NOTE_LENGTH, graphemes: true }),
    recordedAt: check.timestamp('recordedAt', { required: true }),
  }) as LoanRecord;
  check.onlyFields(RECORD_FIELDS);
  return { record, problems: check.problems };
}

/**
 * The problems of a fund transaction's `loanId` against the loan it names (or
 * `undefined` when there is none): the loan must exist, belong to the same membership, and
 * have been paid out by the transaction's date (a repayment before it cannot be applied).
 */
export function loanIdProblems(
  transaction: { readonly loanId?: string; readonly membershipId: string; readonly date: string },
  loan: LoanRecord | undefined,
): SajjaProblem[] {
  const { loanId } = transaction;
  if (loanId === undefined) return [];
  if (loan === undefined)
    return [{ path: 'loanId', reason: 'unknown-loan', details: { id: loanId } }];
  if (loan.membershipId !== transaction.membershipId) {
    return [{ path: 'loanId', reason: 'loan-mismatch', details: { id: loanId } }];
  }
  const { disbursedOn } = loan.terms;
  if (compareIsoDates(transaction.date, disbursedOn) < 0) {
    return [{ path: 'date', reason: 'before-disbursement', details: { disbursedOn } }];
  }
  return [];
}
