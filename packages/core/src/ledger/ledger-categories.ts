import type { BilingualLabel } from '../welfare/welfare-presets.js';
import type { LedgerEntryKind } from './ledger-entry.js';

/**
 * What a category means for the monthly summary beyond income or expense:
 * - `'savings'`: money put aside (a deposit to the savings group or the bank), counted in
 *   the summary's `savings` and the savings rate;
 * - `'debt-service'`: repayment of a debt, counted in `debtService` and the debt-service ratio.
 */
export type LedgerCategoryRole = 'savings' | 'debt-service';

/** One category of the household ledger, stored by its `code` and shown by its `label`. */
export interface LedgerCategory {
  /** The stable kebab-case code stored in entries and CSV files (`'food'`). */
  readonly code: string;
  /** The only kind of entry the category may be used with. */
  readonly kind: LedgerEntryKind;
  /** The Thai and English names shown to people. */
  readonly label: BilingualLabel;
  /** What the category counts toward in the summary besides its kind, if anything. */
  readonly role?: LedgerCategoryRole;
}

function category(
  code: string,
  kind: LedgerEntryKind,
  th: string,
  en: string,
  role?: LedgerCategoryRole,
): LedgerCategory {
  const label = Object.freeze({ th, en });
  return Object.freeze(role ? { code, kind, label, role } : { code, kind, label });
}

/**
 * The categories of the household ledger (บัญชีครัวเรือน), income first, then expenses, then
 * the one transfer category. Codes are stable: they are stored in entries and backups, and a
 * code is never renamed or reused once released; labels may be reworded.
 *
 * No official list was found (DOMAIN.md, "Household account"): this one follows what the
 * Cooperative Auditing Department's household account and BAAC's forms ask households to
 * record: income from farming, wages, trade, remittances, welfare and loans; spending on food,
 * household goods, water, electricity and phone, education, health, transport, farm inputs,
 * merit-making and social events, debt repayment and savings; and, as the Community
 * Development Department's and BAAC's ledgers stress, spending that can be cut (alcohol,
 * cigarettes, lottery tickets: `'cuttable'`), since seeing it is what leads a household to cut
 * it. Each kind has an "other" category, so no entry is ever forced into a wrong one.
 *
 * @example
 * ```ts
 * LEDGER_CATEGORIES.filter((c) => c.kind === 'expense').map((c) => c.label.th);
 * // ['ค่าอาหาร', 'ของใช้ในครัวเรือน', …]
 * ```
 */
export const LEDGER_CATEGORIES: readonly LedgerCategory[] = /* @__PURE__ */ Object.freeze([
  /* @__PURE__ */ category('farming', 'income', 'ขายผลผลิตการเกษตร', 'Farming (produce sales)'),
  /* @__PURE__ */ category('wages', 'income', 'ค่าจ้าง/เงินเดือน', 'Wages and salary'),
  /* @__PURE__ */ category('trade', 'income', 'รายรับจากค้าขาย', 'Trade'),
  /* @__PURE__ */ category(
    'remittances',
    'income',
    'เงินที่ลูกหลานส่งมา',
    'Remittances from family',
  ),
  /* @__PURE__ */ category('welfare-received', 'income', 'เงินสวัสดิการ', 'Welfare received'),
  /* @__PURE__ */ category('loans-received', 'income', 'เงินกู้ที่ได้รับ', 'Loans received'),
  /* @__PURE__ */ category('other-income', 'income', 'รายรับอื่น ๆ', 'Other income'),
  /* @__PURE__ */ category('food', 'expense', 'ค่าอาหาร', 'Food'),
  /* @__PURE__ */ category('household-goods', 'expense', 'ของใช้ในครัวเรือน', 'Household goods'),
  /* @__PURE__ */ category(
    'utilities',
    'expense',
    'ค่าน้ำ-ค่าไฟ-ค่าโทรศัพท์',
    'Water, power and phone',
  ),
  /* @__PURE__ */ category('education', 'expense', 'ค่าการศึกษา', 'Education'),
  /* @__PURE__ */ category('health', 'expense', 'ค่ารักษาพยาบาล', 'Health'),
  /* @__PURE__ */ category('transport', 'expense', 'ค่าเดินทาง', 'Transport'),
  /* @__PURE__ */ category(
    'farm-inputs',
    'expense',
    'ค่าปัจจัยการผลิต (ปุ๋ย ยา เมล็ดพันธุ์)',
    'Farm inputs',
  ),
  /* @__PURE__ */ category('social', 'expense', 'ทำบุญ/งานสังคม', 'Merit-making and social events'),
  /* @__PURE__ */ category(
    'debt-repayment',
    'expense',
    'ชำระหนี้',
    'Debt repayment',
    'debt-service',
  ),
  /* @__PURE__ */ category(
    'savings-deposit',
    'expense',
    'ฝากเงินออม',
    'Savings deposit',
    'savings',
  ),
  /* @__PURE__ */ category(
    'cuttable',
    'expense',
    'รายจ่ายที่ลดได้ (เหล้า บุหรี่ หวย)',
    'Spending to cut (alcohol, tobacco, lottery)',
  ),
  /* @__PURE__ */ category('other-expense', 'expense', 'รายจ่ายอื่น ๆ', 'Other expenses'),
  /* @__PURE__ */ category('transfer', 'transfer', 'โอนย้ายเงิน', 'Transfer between own accounts'),
]);

const byCode: ReadonlyMap<string, LedgerCategory> = /* @__PURE__ */ new Map(
  /* @__PURE__ */ LEDGER_CATEGORIES.map((entry) => [entry.code, entry]),
);

/**
 * The ledger category with this code, or `undefined` when there is none.
 *
 * @example
 * ```ts
 * ledgerCategory('savings-deposit')?.role; // 'savings'
 * ledgerCategory('lottery');               // undefined
 * ```
 */
export function ledgerCategory(code: string): LedgerCategory | undefined {
  return byCode.get(code);
}
