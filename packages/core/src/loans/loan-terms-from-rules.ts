import { conflictingOptions, loanError } from './loan-sentences.js';
import { checkOptionKeys } from '../errors/check-option-keys.js';
import { invalidOption } from '../errors/sajja-error.js';
import type { Money } from '../money/money.js';
import type { LoanRules } from './loan-rules.js';
import type { LoanTerms } from './loan-terms.js';
import { assertLoanTerms } from './schedule.js';
import { SCHEDULE_RULE_FIELDS, validateLoanRules } from './validate-loan-rules.js';

/** What a member asks for, to be turned into {@link LoanTerms} by {@link loanTermsFromRules}. */
export interface LoanRequest {
  /** The amount lent (`'15000'`). */
  readonly principal: Money | string;
  /** The day the money is paid out, ISO `YYYY-MM-DD`. */
  readonly disbursedOn: string;
  /** The term in months; default and maximum: the rules' `termMonths`. */
  readonly termMonths?: number;
  /**
   * The number of instalments, for rules that give `installmentCount`; default and maximum: the
   * rules' `installmentCount`.
   */
  readonly installmentCount?: number;
  /** The tranches of a loan paid out in parts; see {@link LoanTerms.disbursements}. */
  readonly disbursements?: LoanTerms['disbursements'];
  /** The first due date, ISO; default one month after `disbursedOn`. */
  readonly firstDueOn?: string;
  /** The day of the month instalments fall on; see {@link LoanTerms.dueDayOfMonth}. */
  readonly dueDayOfMonth?: number;
}

const REQUEST_FIELDS = [
  'principal',
  'disbursedOn',
  'termMonths',
  'installmentCount',
  'firstDueOn',
  'dueDayOfMonth',
  'disbursements',
];

/**
 * The {@link LoanTerms} of a loan made under a fund's rules: the rules' rate, method and every
 * schedule convention they set (frequency, day count, rounding, grace, interest-free periods,
 * payment timing, level payment), with the member's principal, dates, term and tranches. The
 * rules' `termMonths` (or `installmentCount`) is the default and the longest term allowed. The terms are checked as `loanSchedule` checks
 * them (and throw as it throws), so the result can be passed to it. Limits (`loanLimit`) are
 * not applied here.
 *
 * @throws {@link "@sajja/core".SajjaError} `RULES_INVALID` for rules that {@link validateLoanRules} rejects;
 *   `INVALID_ARGUMENT` with reason `term-above-rules` (`details.maxTermMonths`, the rules'
 *   most) for a `termMonths` or `installmentCount` above the rules', `conflicting-options` for
 *   a `termMonths` under rules that count `installmentCount` or the other way round, `invalid-option` for a `request` that is not an
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
  const byCount = checked.installmentCount !== undefined;
  const [name, rulesMax, asked] = byCount
    ? (['installmentCount', checked.installmentCount!, request.installmentCount] as const)
    : (['termMonths', checked.termMonths!, request.termMonths] as const);
  const other = byCount ? request.termMonths : request.installmentCount;
  if (other !== undefined) {
    throw conflictingOptions(
      byCount ? 'termMonths' : 'installmentCount',
      name,
      `these rules count the term in ${name}.`,
      other,
    );
  }
  const count = asked ?? rulesMax;
  if (typeof count === 'number' && count > rulesMax) {
    throw loanError(
      'term-above-rules',
      byCount
        ? `${count} instalments are more than the rules allow (${rulesMax}).`
        : `A term of ${count} months is longer than the rules allow (${rulesMax}).`,
      { input: count, details: { maxTermMonths: rulesMax } },
    );
  }
  const terms: Record<string, unknown> = {
    principal: request.principal,
    disbursedOn: request.disbursedOn,
  };
  for (const field of SCHEDULE_RULE_FIELDS) {
    if (checked[field] !== undefined) terms[field] = checked[field];
  }
  terms[name] = count;
  for (const field of ['firstDueOn', 'dueDayOfMonth', 'disbursements'] as const) {
    if (request[field] !== undefined) terms[field] = request[field];
  }
  // Checked as loanSchedule checks them, so what is returned is terms a schedule accepts.
  assertLoanTerms(terms as unknown as LoanTerms);
  return terms as unknown as LoanTerms;
}
