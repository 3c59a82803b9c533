import type { RuleChecker } from '../rules/rule-checker.js';
import type { BilingualLabel } from '../welfare/welfare-presets.js';
import { CODE_PATTERN, checkLabel } from './chart-of-accounts.js';
import { shownValue } from '../errors/check-option-keys.js';

/**
 * A sub-fund of a group (กองทุนย่อย): a book of its own inside the group's books, such as the
 * Trat groups' livestock or fertiliser fund. Sub-funds are a dimension of journal lines, not
 * accounts: every line names one, every entry balances within each, and each has its own
 * trial balance and balance sheet.
 */
export interface SubFund {
  /** The stable code lines store: lower-case letters, digits and dashes, starting with a letter. */
  readonly code: string;
  /** The Thai and English names. */
  readonly label: BilingualLabel;
}

/**
 * A sub-fund as {@link createBooks} takes it: a {@link SubFund}, or only its code (labelled as
 * in {@link TRAT_SUB_FUNDS} when it is one of those, else with the code itself).
 */
export type SubFundInput = SubFund | string;

const subFund = (code: string, th: string, en: string): SubFund =>
  Object.freeze({ code, label: Object.freeze({ th, en }) });

/** The one sub-fund of books that have no others: `'general'`, กองทุนทั่วไป. */
export const GENERAL_SUB_FUND: SubFund = /* @__PURE__ */ subFund(
  'general',
  'กองทุนทั่วไป',
  'General fund',
);

/**
 * The sub-funds of the Trat sajja groups (DOMAIN.md): the general savings-and-loan fund, then
 * livestock (ปศุสัตว์), fertiliser (ปุ๋ย), debt relief (ปลดหนี้) and insurance (ประกัน).
 */
export const TRAT_SUB_FUNDS: readonly SubFund[] = /* @__PURE__ */ Object.freeze([
  GENERAL_SUB_FUND,
  /* @__PURE__ */ subFund('livestock', 'กองทุนปศุสัตว์', 'Livestock fund'),
  /* @__PURE__ */ subFund('fertiliser', 'กองทุนปุ๋ย', 'Fertiliser fund'),
  /* @__PURE__ */ subFund('debt-relief', 'กองทุนปลดหนี้', 'Debt-relief fund'),
  /* @__PURE__ */ subFund('insurance', 'กองทุนประกัน', 'Insurance fund'),
]);

/** @internal Reads the sub-funds of a books setup, recording problems at `path`. */
export function readSubFunds(check: RuleChecker, path: string, value: unknown): SubFund[] {
  if (value === undefined) return [GENERAL_SUB_FUND];
  if (!Array.isArray(value)) return check.add(path, 'not-a-list') ?? [];
  if (check.list(path, value)!.length < value.length) return [];
  if (value.length === 0) check.add(path, 'no-sub-funds');
  const seen = new Set<string>();
  const funds: SubFund[] = [];
  value.forEach((item: unknown, index) => {
    const at = `${path}[${index}]`;
    let code: unknown = item;
    let label: unknown;
    if (typeof item !== 'string') {
      const record = check.record(at, item);
      if (!record) return;
      check.knownFields(at, record, ['code', 'label']);
      code = record.code;
      label = record.label;
      checkLabel(check, `${at}.label`, label);
    }
    const codePath = typeof item === 'string' ? at : `${at}.code`;
    if (code === undefined) return check.add(codePath, 'required');
    if (typeof code !== 'string' || !CODE_PATTERN.test(code)) {
      return check.add(codePath, 'invalid-code', { code: shownValue(code) });
    }
    if (seen.has(code)) return check.add(codePath, 'duplicate-code', { code });
    seen.add(code);
    funds.push(
      typeof item === 'string'
        ? (TRAT_SUB_FUNDS.find((known) => known.code === code) ??
            Object.freeze({ code, label: Object.freeze({ th: code, en: code }) }))
        : (item as SubFund),
    );
  });
  return funds;
}
