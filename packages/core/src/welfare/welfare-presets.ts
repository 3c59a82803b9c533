import type { WelfareRules } from './welfare-rules.js';

/**
 * CODI's community welfare model with the Chamung benefit table (DOMAIN.md, "Community
 * welfare fund"): members contribute 1 baht a day; benefits start 180 days after joining;
 * birth 1,000; hospital 200 a night, at most 600 a stay and 1,000 a year; scholarship 500;
 * elderly allowance 200 a year after 3 years of membership; death by completed years of
 * membership from 3,000 to 30,000.
 *
 * The death table's end points (3,000 and 30,000) are Chamung's; the steps between them are
 * illustrative, since the source gives only the range. Copy the preset and change it to the
 * fund's own by-laws.
 */
export const CHAMUNG_WELFARE_RULES: WelfareRules = /* @__PURE__ */ Object.freeze({
  waitingDays: 180,
  contribution: /* @__PURE__ */ Object.freeze({ perDay: '1' }),
  benefits: /* @__PURE__ */ Object.freeze({
    birth: /* @__PURE__ */ Object.freeze({ type: 'fixed', amount: '1000' }),
    hospital: /* @__PURE__ */ Object.freeze({
      type: 'per-unit',
      perUnit: '200',
      maxPerClaim: '600',
      maxPerYear: '1000',
    }),
    scholarship: /* @__PURE__ */ Object.freeze({ type: 'fixed', amount: '500' }),
    elderly: /* @__PURE__ */ Object.freeze({ type: 'annual', amount: '200', minYears: 3 }),
    death: /* @__PURE__ */ Object.freeze({
      type: 'by-membership-years',
      steps: /* @__PURE__ */ Object.freeze([
        /* @__PURE__ */ Object.freeze({ minYears: 0, amount: '3000' }),
        /* @__PURE__ */ Object.freeze({ minYears: 1, amount: '5000' }),
        /* @__PURE__ */ Object.freeze({ minYears: 3, amount: '10000' }),
        /* @__PURE__ */ Object.freeze({ minYears: 5, amount: '15000' }),
        /* @__PURE__ */ Object.freeze({ minYears: 10, amount: '20000' }),
        /* @__PURE__ */ Object.freeze({ minYears: 15, amount: '30000' }),
      ]),
    }),
  }),
} as const);

/** A name in Thai and in English. */
export interface BilingualLabel {
  /** The Thai name. */
  readonly th: string;
  /** The English name. */
  readonly en: string;
}

/** Thai and English names of the benefit kinds used in Sajja's presets, by kind code. */
export const WELFARE_BENEFIT_LABELS: Readonly<Record<string, BilingualLabel>> =
  /* @__PURE__ */ Object.freeze({
    birth: { th: 'คลอดบุตร', en: 'Birth' },
    hospital: { th: 'ค่ารักษาพยาบาล (นอนโรงพยาบาล)', en: 'Hospital stay' },
    scholarship: { th: 'ทุนการศึกษา', en: 'Scholarship' },
    elderly: { th: 'บำนาญผู้สูงอายุ', en: 'Elderly allowance' },
    death: { th: 'ค่าทำศพ (สมาชิกเสียชีวิต)', en: 'Death' },
  });
