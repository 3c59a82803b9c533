import type { LoanRules } from './loan-rules.js';

/**
 * A village and urban community fund's loan (กองทุนหมู่บ้าน, DOMAIN.md "Organisations"): 6 % a
 * year flat over 12 months, at most 20,000 baht without collateral. The 20,000 limit is the
 * village funds' rule; the rate is one of the 5–12 %/year their committees set (DOMAIN.md);
 * the 12-month term is the issue's example. Repayment order, prepayment and penalty take the
 * defaults (penalty → interest → principal; reduce the term; 5 %/year on overdue principal).
 */
export const VILLAGE_FUND_LOAN_RULES: LoanRules = /* @__PURE__ */ Object.freeze({
  rate: /* @__PURE__ */ Object.freeze({ percent: '6', per: 'year' }),
  method: 'flat',
  termMonths: 12,
  limits: /* @__PURE__ */ Object.freeze({ maxAmount: '20000' }),
} as const);

/**
 * A sajja (pledge) savings group's loan (กลุ่มสัจจะสะสมทรัพย์): 1 % a month on the declining
 * balance over 12 months, up to twice the member's savings, with 3 to 5 guarantors by size.
 * From DOMAIN.md: the rate (Trat groups lend at 1–2 %/month), a multiple of savings (2×–4× seen)
 * and 3–5 guarantors. Illustrative [no source]: the 12-month term, the multiple 2 and the
 * guarantor thresholds (3 up to 20,000; 4 above; 5 above 50,000).
 */
export const SAJJA_GROUP_LOAN_RULES: LoanRules = /* @__PURE__ */ Object.freeze({
  rate: /* @__PURE__ */ Object.freeze({ percent: '1', per: 'month' }),
  method: 'declining',
  termMonths: 12,
  limits: /* @__PURE__ */ Object.freeze({
    savingsMultiple: '2',
    guarantors: /* @__PURE__ */ Object.freeze([
      /* @__PURE__ */ Object.freeze({ above: '0', count: 3 }),
      /* @__PURE__ */ Object.freeze({ above: '20000', count: 4 }),
      /* @__PURE__ */ Object.freeze({ above: '50000', count: 5 }),
    ]),
  }),
} as const);

/**
 * A savings cooperative's ordinary loan (สหกรณ์ออมทรัพย์): equal principal (ลดต้นลดดอก) with
 * interest on actual days (actual/365), a yearly rate, up to 3 times the member's shares, or
 * 90 % of the shares as a share-secured loan. From DOMAIN.md: the method and day count,
 * co-ops quoting %/year, the multiple range (2×–4×) and the 90–95 % share-secured range.
 * Illustrative [no source]: the 6 %/year rate (within the 15 % of s.654), the 36-month term
 * and the multiple 3.
 */
export const COOPERATIVE_LOAN_RULES: LoanRules = /* @__PURE__ */ Object.freeze({
  rate: /* @__PURE__ */ Object.freeze({ percent: '6', per: 'year' }),
  method: 'equal-principal',
  dayCount: 'actual/365',
  termMonths: 36,
  limits: /* @__PURE__ */ Object.freeze({ sharesMultiple: '3', shareSecuredPercent: '90' }),
} as const);
