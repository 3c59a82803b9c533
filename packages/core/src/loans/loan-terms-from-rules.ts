import { loanError } from './loan-sentences.js';
import { checkOptionKeys } from '../errors/check-option-keys.js';
import { invalidOption } from '../errors/sajja-error.js';
import type { Money } from '../money/money.js';
import type { LoanRules } from './loan-rules.js';
import type { LoanTerms } from './loan-terms.js';
import { assertLoanTerms } from './schedule.js';
import { validateLoanRules } from './validate-loan-rules.js';

/** What a member asks for, to be turned into {@link LoanTerms} by {@link loanTermsFromRules}. */
export interface LoanRequest {
  /** The amount lent (`'15000'`). */
  readonly principal: Money | string;
  /** The day the money is paid out, ISO `YYYY-MM-DD`. */
  readonly disbursedOn: string;
  /** The term in months; default and maximum: the rules' `termMonths`. */
  readonly termMonths?: number;
  /** The first due date, ISO; default one month after `disbursedOn`. */
  readonly firstDueOn?: string;
  /** The day of the month instalments fall on; see {@link LoanTerms.dueDayOfMonth}. */
  readonly dueDayOfMonth?: number;
}

const REQUEST_FIELDS = ['principal', 'disbursedOn', 'termMonths', 'firstDueOn', 'dueDayOfMonth'];

/**
 * The {@link LoanTerms} of a loan made under a fund's rules: the rules' rate, method, day count
 * and payment rounding, with the member's principal, dates and term. The rules' `termMonths`
 * is the default and the longest term allowed. The terms are checked as `loanSchedule` checks
 * them (and throw as it throws), so the result can be passed to it. Limits (`loanLimit`) are
 * not applied here.
 *
 * @throws {@link "@sajja/core".SajjaError} `RULES_INVALID` for rules that {@link validateLoanRules} rejects;
 *   `INVALID_ARGUMENT` with reason `term-above-rules` (`details.maxTermMonths`) for a
 *   `termMonths` longer than the rules allow, `invalid-option` for a `request` that is not an
 *   object, `unknown-option` for a key of it that {@link LoanRequest} does not have; the
 *   errors of `loanSchedule` for a principal, date or term it would refuse.
 *
 * @example
 * ```ts
 * const terms = loanTermsFromRules(SAJJA_GROUP_LOAN_RULES, {
 *   principal: '15000',
 *   disbursedOn: '2024-06-05',
 *   termMonths: 10,
 * });
 * loanSchedule(terms).installments[0].payment.toString(); // '1583.73'
 * ```
 */
export function loanTermsFromRules(rules: LoanRules, request: LoanRequest): LoanTerms {
  const checked = validateLoanRules(rules);
  if (typeof request !== 'object' || request === null) {
    throw invalidOption('request', request, 'an object: { principal, disbursedOn, … }');
  }
  checkOptionKeys(request, REQUEST_FIELDS, 'LoanRequest');
  const termMonths = request.termMonths ?? checked.termMonths;
  if (typeof termMonths === 'number' && termMonths > checked.termMonths) {
    throw loanError(
      'term-above-rules',
      `A term of ${termMonths} months is longer than the rules allow (${checked.termMonths}).`,
      { input: termMonths, details: { maxTermMonths: checked.termMonths } },
    );
  }
  const terms: LoanTerms = {
    principal: request.principal,
    rate: checked.rate,
    termMonths,
    method: checked.method,
    disbursedOn: request.disbursedOn,
    ...(request.firstDueOn === undefined ? {} : { firstDueOn: request.firstDueOn }),
    ...(request.dueDayOfMonth === undefined ? {} : { dueDayOfMonth: request.dueDayOfMonth }),
    ...(checked.dayCount === undefined ? {} : { dayCount: checked.dayCount }),
    ...(checked.roundPaymentTo === undefined ? {} : { roundPaymentTo: checked.roundPaymentTo }),
  };
  // Checked as loanSchedule checks them, so what is returned is terms a schedule accepts.
  assertLoanTerms(terms);
  return terms;
}
