import { RuleChecker } from '../rules/rule-checker.js';
import type { BilingualLabel } from '../welfare/welfare-presets.js';
import { shownValue } from '../errors/check-option-keys.js';

/**
 * The five kinds of account of double-entry bookkeeping. Assets and expenses grow with debits;
 * liabilities, equity and income grow with credits.
 */
export type AccountType = 'asset' | 'liability' | 'equity' | 'income' | 'expense';

/** Every {@link AccountType}, in the order statements list them. */
export const ACCOUNT_TYPES: readonly AccountType[] = /* @__PURE__ */ Object.freeze([
  'asset',
  'liability',
  'equity',
  'income',
  'expense',
]);

/** The side on which an account's balance normally sits. */
export type NormalBalance = 'debit' | 'credit';

/**
 * What an account means to Sajja's reports and entry builders, whatever the group calls it:
 * the monthly report finds "cash on hand" as every account with the role `'cash'`, never by a
 * code or a label. Several accounts may share a role (two bank accounts, two savings
 * products); the report adds them up and the entry builders use the first.
 *
 * - `'cash'`, `'bank'`: cash on hand (เงินสด) and money in the bank (เงินฝากธนาคาร); assets.
 * - `'loans-receivable'`: principal members owe (ลูกหนี้เงินกู้); an asset.
 * - `'interest-receivable'`: interest earned, not yet paid (ดอกเบี้ยค้างรับ); an asset.
 * - `'member-savings'`: members' savings deposits (เงินรับฝาก); a liability.
 * - `'member-shares'`: members' shares or pledged savings (หุ้น, เงินสัจจะ); equity.
 * - `'welfare-fund'`: the welfare fund (ทุนสวัสดิการ); equity.
 * - `'reserve'`: the reserve (ทุนสำรอง); equity.
 * - `'retained-surplus'`: surplus kept from earlier years (กำไรสะสม); equity.
 * - `'fund-transfers'`: money moved between sub-funds (โอนระหว่างกองทุน); equity, zero in total.
 * - `'loan-interest'`, `'fines'`, `'fees'`: income from interest, fines and penalties, fees.
 */
export type AccountRole =
  | 'cash'
  | 'bank'
  | 'loans-receivable'
  | 'interest-receivable'
  | 'member-savings'
  | 'member-shares'
  | 'welfare-fund'
  | 'reserve'
  | 'retained-surplus'
  | 'fund-transfers'
  | 'loan-interest'
  | 'fines'
  | 'fees';

/** The account type each {@link AccountRole} needs. */
export const ACCOUNT_ROLE_TYPES: Readonly<Record<AccountRole, AccountType>> =
  /* @__PURE__ */ Object.freeze({
    cash: 'asset',
    bank: 'asset',
    'loans-receivable': 'asset',
    'interest-receivable': 'asset',
    'member-savings': 'liability',
    'member-shares': 'equity',
    'welfare-fund': 'equity',
    reserve: 'equity',
    'retained-surplus': 'equity',
    'fund-transfers': 'equity',
    'loan-interest': 'income',
    fines: 'income',
    fees: 'income',
  });

/**
 * One account of a chart (ผังบัญชี). `code` is what journal lines store: stable, never
 * translated, kebab-case (`'cash'`, `'loan-interest'`), so a JSON journal reads without a
 * lookup table and codes never collide with JavaScript's ordering of integer-like keys. Show
 * people `label`.
 */
export interface Account {
  /** The stable code: lower-case letters, digits and dashes, starting with a letter. */
  readonly code: string;
  /** Which of the five kinds of account this is. */
  readonly type: AccountType;
  /**
   * The side the balance normally sits on: debit for assets and expenses, credit for the
   * others, except for a contra account (a loan-loss allowance is an asset with a credit
   * balance). Statements sign each section by `type`, so a contra account reduces its section.
   */
  readonly normalBalance: NormalBalance;
  /** The Thai and English names. */
  readonly label: BilingualLabel;
  /** What the account means to reports and entry builders, if anything. */
  readonly role?: AccountRole;
}

/** The usual normal balance of an account type. */
export function normalBalanceOf(type: AccountType): NormalBalance {
  return type === 'asset' || type === 'expense' ? 'debit' : 'credit';
}

function account(
  code: string,
  type: AccountType,
  th: string,
  en: string,
  role?: AccountRole,
  normalBalance: NormalBalance = normalBalanceOf(type),
): Account {
  const label = Object.freeze({ th, en });
  return Object.freeze(
    role ? { code, type, normalBalance, label, role } : { code, type, normalBalance, label },
  );
}

/**
 * A chart of accounts for a Thai savings group (กลุ่มออมทรัพย์เพื่อการผลิต, กลุ่มสัจจะ):
 *
 * - assets: `cash` เงินสด, `bank` เงินฝากธนาคาร, `loans-receivable` ลูกหนี้เงินกู้,
 *   `interest-receivable` ดอกเบี้ยค้างรับ, `loan-loss-allowance` ค่าเผื่อหนี้สงสัยจะสูญ (a contra
 *   asset, credit balance);
 * - liabilities: `member-savings` เงินรับฝากจากสมาชิก, `dividends-payable`
 *   เงินปันผลและเงินเฉลี่ยคืนค้างจ่าย, `borrowings` เงินกู้ยืม (from a bank or a fund);
 * - equity: `member-shares` ทุนเรือนหุ้น/เงินสัจจะสะสม, `welfare-fund` ทุนสวัสดิการ, `reserve`
 *   ทุนสำรอง, `grant-capital` เงินทุนอุดหนุน (a village fund's government capital),
 *   `retained-surplus` กำไรสะสม, `fund-transfers` โอนระหว่างกองทุน;
 * - income: `loan-interest` ดอกเบี้ยเงินกู้, `fines` ค่าปรับ, `fees` ค่าธรรมเนียม,
 *   `bank-interest` ดอกเบี้ยเงินฝากธนาคาร, `other-income` รายได้อื่น;
 * - expenses: `meeting-admin` ค่าใช้จ่ายในการประชุมและบริหาร, `welfare-expense` สวัสดิการจ่าย
 *   (welfare paid out of income rather than from the welfare fund), `savings-interest`
 *   ดอกเบี้ยเงินฝากจ่าย, `committee-compensation` ค่าตอบแทนกรรมการ, `bad-debts` หนี้สงสัยจะสูญ,
 *   `other-expense` ค่าใช้จ่ายอื่น.
 *
 * Sub-funds (livestock, fertiliser, …) are not accounts here: every journal line names its
 * sub-fund, so one `loans-receivable` holds each fund's loans apart. Copy and extend the chart
 * for a group's own accounts; tag an account with a {@link AccountRole} for the reports to
 * count it.
 */
export const DEFAULT_CHART_OF_ACCOUNTS: readonly Account[] = /* @__PURE__ */ Object.freeze([
  /* @__PURE__ */ account('cash', 'asset', 'เงินสด', 'Cash on hand', 'cash'),
  /* @__PURE__ */ account('bank', 'asset', 'เงินฝากธนาคาร', 'Bank deposits', 'bank'),
  /* @__PURE__ */ account(
    'loans-receivable',
    'asset',
    'ลูกหนี้เงินกู้',
    'Loans receivable',
    'loans-receivable',
  ),
  /* @__PURE__ */ account(
    'interest-receivable',
    'asset',
    'ดอกเบี้ยเงินกู้ค้างรับ',
    'Interest receivable',
    'interest-receivable',
  ),
  /* @__PURE__ */ account(
    'loan-loss-allowance',
    'asset',
    'ค่าเผื่อหนี้สงสัยจะสูญ',
    'Allowance for doubtful loans',
    undefined,
    'credit',
  ),
  /* @__PURE__ */ account(
    'member-savings',
    'liability',
    'เงินรับฝากจากสมาชิก',
    'Member savings',
    'member-savings',
  ),
  /* @__PURE__ */ account(
    'dividends-payable',
    'liability',
    'เงินปันผลและเงินเฉลี่ยคืนค้างจ่าย',
    'Dividends and returns payable',
  ),
  /* @__PURE__ */ account('borrowings', 'liability', 'เงินกู้ยืม', 'Borrowings'),
  /* @__PURE__ */ account(
    'member-shares',
    'equity',
    'ทุนเรือนหุ้น (เงินสัจจะสะสม)',
    'Member shares',
    'member-shares',
  ),
  /* @__PURE__ */ account('welfare-fund', 'equity', 'ทุนสวัสดิการ', 'Welfare fund', 'welfare-fund'),
  /* @__PURE__ */ account('reserve', 'equity', 'ทุนสำรอง', 'Reserve', 'reserve'),
  /* @__PURE__ */ account('grant-capital', 'equity', 'เงินทุนอุดหนุน', 'Grant capital'),
  /* @__PURE__ */ account(
    'retained-surplus',
    'equity',
    'กำไรสะสม',
    'Retained surplus',
    'retained-surplus',
  ),
  /* @__PURE__ */ account(
    'fund-transfers',
    'equity',
    'โอนระหว่างกองทุน',
    'Transfers between funds',
    'fund-transfers',
  ),
  /* @__PURE__ */ account(
    'loan-interest',
    'income',
    'ดอกเบี้ยเงินกู้',
    'Loan interest',
    'loan-interest',
  ),
  /* @__PURE__ */ account('fines', 'income', 'ค่าปรับ', 'Fines and penalties', 'fines'),
  /* @__PURE__ */ account('fees', 'income', 'ค่าธรรมเนียม', 'Fees', 'fees'),
  /* @__PURE__ */ account('bank-interest', 'income', 'ดอกเบี้ยเงินฝากธนาคาร', 'Bank interest'),
  /* @__PURE__ */ account('other-income', 'income', 'รายได้อื่น', 'Other income'),
  /* @__PURE__ */ account(
    'meeting-admin',
    'expense',
    'ค่าใช้จ่ายในการประชุมและบริหาร',
    'Meetings and administration',
  ),
  /* @__PURE__ */ account(
    'welfare-expense',
    'expense',
    'สวัสดิการจ่าย',
    'Welfare paid from income',
  ),
  /* @__PURE__ */ account(
    'savings-interest',
    'expense',
    'ดอกเบี้ยเงินฝากจ่าย',
    'Interest on savings',
  ),
  /* @__PURE__ */ account(
    'committee-compensation',
    'expense',
    'ค่าตอบแทนกรรมการ',
    'Committee compensation',
  ),
  /* @__PURE__ */ account('bad-debts', 'expense', 'หนี้สงสัยจะสูญ', 'Doubtful loans'),
  /* @__PURE__ */ account('other-expense', 'expense', 'ค่าใช้จ่ายอื่น', 'Other expenses'),
]);

/** @internal A stable code: lower-case letters, digits and dashes, starting with a letter. */
export const CODE_PATTERN = /^[a-z][a-z0-9-]*$/;

const NORMAL_BALANCES: readonly NormalBalance[] = ['debit', 'credit'];
const ROLES = /* @__PURE__ */ Object.keys(ACCOUNT_ROLE_TYPES) as AccountRole[];

/**
 * Checks a chart of accounts and returns it typed. Every problem is reported at once.
 *
 * @throws {@link "@sajja/core".SajjaError} `RULES_INVALID`, with `problems` listing each
 *   `{ path, reason }`: `not-a-list` or `required` for the chart, `no-accounts` for an empty
 *   one; per account (path `[i]` and `[i].field`) `not-an-object`, `invalid-code`
 *   (`details.code`), `duplicate-code`, `unknown-value` (a `type`, `normalBalance` or `role`
 *   not in the lists), `required` (a missing field or label), `not-text` (a label that is not
 *   text), `role-type-mismatch` (a role on an account of the wrong type; `details.role`,
 *   `details.type`) and `unknown-field` (a key an account or its label does not have:
 *   `details.field`, and `details.closest` for the field probably meant).
 *
 * @example
 * ```ts
 * validateChartOfAccounts(DEFAULT_CHART_OF_ACCOUNTS); // returns the chart
 * validateChartOfAccounts([
 *   ...DEFAULT_CHART_OF_ACCOUNTS,
 *   { code: 'cash', type: 'asset', normalBalance: 'debit', label: { th: 'เงินสดย่อย', en: 'Petty cash' } },
 * ]); // throws RULES_INVALID: duplicate-code at [25].code
 * ```
 */
export function validateChartOfAccounts(chart: unknown): readonly Account[] {
  const check = new RuleChecker();
  checkChart(check, '', chart);
  check.throwIfAny('The chart of accounts', chart);
  return chart as readonly Account[];
}

/** @internal Records the problems of a chart at `path` (`''` or `'chart'`). */
export function checkChart(check: RuleChecker, path: string, given: unknown): void {
  const chart = check.list(path, given);
  if (!chart) return;
  if (chart.length === 0) check.add(path, 'no-accounts');
  const seen = new Set<string>();
  chart.forEach((item: unknown, index) => {
    const at = `${path}[${index}]`;
    const entry = check.record(at, item);
    if (!entry) return;
    check.knownFields(at, entry, ['code', 'type', 'normalBalance', 'label', 'role']);
    const { code } = entry;
    if (code === undefined) check.add(`${at}.code`, 'required');
    else if (typeof code !== 'string' || !CODE_PATTERN.test(code)) {
      check.add(`${at}.code`, 'invalid-code', { code: shownValue(code) });
    } else if (seen.has(code)) check.add(`${at}.code`, 'duplicate-code', { code });
    else seen.add(code);
    const type = check.oneOf(`${at}.type`, entry.type, ACCOUNT_TYPES);
    check.oneOf(`${at}.normalBalance`, entry.normalBalance, NORMAL_BALANCES);
    checkLabel(check, `${at}.label`, entry.label);
    if (entry.role !== undefined) {
      const role = check.oneOf(`${at}.role`, entry.role, ROLES);
      if (role && type && ACCOUNT_ROLE_TYPES[role] !== type) {
        check.add(`${at}.role`, 'role-type-mismatch', { role, type });
      }
    }
  });
}

/** @internal Records the problems of a `{ th, en }` label at `path`. */
export function checkLabel(check: RuleChecker, path: string, value: unknown): void {
  const label = check.record(path, value);
  if (!label) return;
  check.knownFields(path, label, ['th', 'en']);
  for (const language of ['th', 'en'] as const) {
    const text = label[language];
    if (text === undefined) check.add(`${path}.${language}`, 'required');
    else if (typeof text !== 'string') check.add(`${path}.${language}`, 'not-text');
  }
}
