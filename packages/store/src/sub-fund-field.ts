import type { SajjaProblem } from '@sajja/core';
import { isPlainObject } from './record-checker.js';

/** The code of the one sub-fund of an organisation whose rules name none (the core's). */
const GENERAL = 'general';

/**
 * @internal The codes of an organisation's sub-funds (กองทุนย่อย), from its rules' `subFunds`
 * (codes or `{ code, label }`), in order: the first is where records that name none are
 * posted. `['general']` when the rules name none.
 */
export function subFundCodes(rules: unknown): readonly string[] {
  const value = isPlainObject(rules) ? rules.subFunds : undefined;
  if (!Array.isArray(value) || value.length === 0) return [GENERAL];
  return value.map((item: unknown) =>
    typeof item === 'string' ? item : String((item as { code?: unknown } | null)?.code),
  );
}

/**
 * The problems of a record's `subFund` (a fund transaction's or a loan's) against its
 * organisation's rules: it must be one of their sub-funds (`unknown-value`, `details.allowed`);
 * a repayment of a loan belongs to the loan's sub-fund, so it may name only that one. None
 * when the record names no sub-fund (it goes to the first).
 */
export function subFundProblems(
  record: { readonly subFund?: string },
  organisationRules: unknown,
  repaidLoan?: { readonly subFund?: string },
): SajjaProblem[] {
  if (record.subFund === undefined) return [];
  const codes = subFundCodes(organisationRules);
  const allowed = repaidLoan === undefined ? codes : [repaidLoan.subFund ?? codes[0]!];
  if (allowed.includes(record.subFund)) return [];
  return [{ path: 'subFund', reason: 'unknown-value', details: { allowed: allowed.join(', ') } }];
}
