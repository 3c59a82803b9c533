import { isSajjaError, type SajjaProblem } from '@sajja/core';
import { validateLoanRules, type LoanRules } from '@sajja/core/loans';
import {
  validatePledgeRules,
  validateSavingsRules,
  type PledgeRules,
  type SavingsRules,
} from '@sajja/core/savings';
import { validateWelfareRules, type WelfareRules } from '@sajja/core/welfare';
import type { PaymentRules } from '@sajja/core/promptpay';
import type { SubFundInput } from '@sajja/core/books';
import type { ProfitBuckets } from '@sajja/core/year-end';
import { isPlainObject } from './record-checker.js';

/**
 * The convention for an organisation's `rules` (its by-laws as data): one bag with a key per
 * part, each part a rules object of `@sajja/core`, checked by that part's validator when the
 * organisation is added or replaced (`organisations.add` / `put`). A group has the parts it
 * needs: a sajja group `pledge` and `loans`, a village fund `loans` and `savings`, a welfare
 * fund `welfare`; any of them `payment` when members may pay by PromptPay. What reads the rules (the household overview, the loans repository) goes by
 * the parts present, not by the organisation's kind.
 *
 * Other keys are kept as they are (a partner's own settings, rules stored before this
 * convention), and rules that are not an object at all are stored unchecked, as before: the
 * store never refuses data it accepted in an earlier release.
 *
 * @example
 * ```ts
 * const rules: OrganisationRules = {
 *   pledge: SAJJA_PLEDGE_RULES,
 *   loans: SAJJA_GROUP_LOAN_RULES,
 * };
 * await store.organisations.add({ name: 'กลุ่มสัจจะบ้านหนองบัว', kind: 'pledge-group', rules });
 * ```
 */
export interface OrganisationRules {
  /** The monthly pledge (สัจจะ): due day, default amount, limits, fines. */
  readonly pledge?: PledgeRules;
  /** Lending: rate, method, term, allocation, penalties, limits. */
  readonly loans?: LoanRules;
  /** The community welfare fund: waiting days, contribution, benefit table. */
  readonly welfare?: WelfareRules;
  /** Passbook savings: interest, posting dates, minimum balance, withdrawal limits. */
  readonly savings?: SavingsRules;
  /**
   * How members may pay besides cash: `promptPay: { id, kind, name }`, the organisation's
   * PromptPay account, for which `<sajja-deposit-form>` shows a QR.
   */
  readonly payment?: PaymentRules;
  /**
   * The group's sub-funds (กองทุนย่อย), as `createBooks` of `@sajja/core/books` takes them:
   * codes (`['general', 'livestock', 'fertiliser']`, labelled as in `TRAT_SUB_FUNDS`) or
   * `{ code, label: { th, en } }`. The first is where `organisationBooks` posts every record
   * (records do not name a sub-fund yet). Checked by the core's sub-fund checks.
   */
  readonly subFunds?: readonly SubFundInput[];
  /**
   * The by-laws' split of the year's net profit (การจัดสรรกำไรสุทธิ): bucket code → percent,
   * adding up to exactly 100 (`{ reserve: '10', dividend: '60', 'average-return': '30' }`),
   * checked by `validateProfitBuckets` of `@sajja/core/year-end`. `organisationShareOut`
   * shares the `dividend` bucket by shares held and the `average-return` bucket by loan
   * interest paid.
   */
  readonly profit?: ProfitBuckets;
  /** Any other key, kept as stored. */
  readonly [other: string]: unknown;
}

/** The parts of {@link OrganisationRules} the store checks, with their core validators. */
const PART_VALIDATORS = {
  pledge: validatePledgeRules,
  loans: validateLoanRules,
  welfare: validateWelfareRules,
  savings: validateSavingsRules,
} as const;

type RulesPart = keyof typeof PART_VALIDATORS;

/** @internal The parts of an organisation's rules that passed their validators. */
export type CheckedOrganisationRules = {
  -readonly [Part in RulesPart]?: NonNullable<OrganisationRules[Part]>;
};

/**
 * @internal Checks each known part present in `rules` with its core validator: the parts that
 * pass, and the problems of those that do not, with paths from the organisation record
 * (`rules.pledge.dueDay`). Rules that are not an object give no parts and no problems.
 */
export function checkOrganisationRules(rules: unknown): {
  parts: CheckedOrganisationRules;
  problems: SajjaProblem[];
} {
  const parts: CheckedOrganisationRules = {};
  const problems: SajjaProblem[] = [];
  if (!isPlainObject(rules)) return { parts, problems };
  for (const part of Object.keys(PART_VALIDATORS) as RulesPart[]) {
    const value = rules[part];
    if (value === undefined) continue;
    try {
      (parts as Record<string, unknown>)[part] = PART_VALIDATORS[part](value);
    } catch (error) {
      problems.push(...partProblems(part, error));
    }
  }
  return { parts, problems };
}

/**
 * @internal The problems of the `payment` part of an organisation's rules (its PromptPay
 * account), with paths from the organisation record (`rules.payment.promptPay.id`); none when
 * there is no such part. The PromptPay checks load only here, when an organisation with a
 * `payment` part is written: nothing that reads organisations needs them, so a page that only
 * reads never downloads them.
 */
export async function paymentRulesProblems(rules: unknown): Promise<SajjaProblem[]> {
  if (!isPlainObject(rules) || rules.payment === undefined) return [];
  const { validatePaymentRules } = await import('@sajja/core/promptpay');
  try {
    validatePaymentRules(rules.payment);
    return [];
  } catch (error) {
    return partProblems('payment', error);
  }
}

/** A part validator's `RULES_INVALID` problems at their paths in the organisation record. */
function partProblems(part: string, error: unknown): SajjaProblem[] {
  if (!isSajjaError(error, 'RULES_INVALID')) throw error;
  return error.problems.map((problem) => ({
    ...problem,
    path: problem.path === '' ? `rules.${part}` : `rules.${part}.${problem.path}`,
  }));
}

/**
 * @internal The problems of the `subFunds` and `profit` parts of an organisation's rules, with
 * paths from the organisation record (`rules.subFunds[1]`, `rules.profit`); none without those
 * parts. As with {@link paymentRulesProblems}, their core checks load only when an
 * organisation with such a part is written, so a page that only reads never downloads them.
 */
export async function booksRulesProblems(rules: unknown): Promise<SajjaProblem[]> {
  if (!isPlainObject(rules)) return [];
  const problems: SajjaProblem[] = [];
  if (rules.subFunds !== undefined) {
    const { createBooks } = await import('@sajja/core/books');
    try {
      createBooks({ subFunds: rules.subFunds as SubFundInput[] });
    } catch (error) {
      // The core names them from its setup (`subFunds[1]`); here they are rules'.
      problems.push(
        ...partProblems('subFunds', error).map((problem) => ({
          ...problem,
          path: problem.path.replace(/^rules\.subFunds\.subFunds/, 'rules.subFunds'),
        })),
      );
    }
  }
  if (rules.profit !== undefined) {
    const { validateProfitBuckets } = await import('@sajja/core/year-end');
    try {
      validateProfitBuckets(rules.profit);
    } catch (error) {
      problems.push(...partProblems('profit', error));
    }
  }
  return problems;
}
