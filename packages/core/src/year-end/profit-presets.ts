import type { BilingualLabel } from '../welfare/welfare-presets.js';
import type { ProfitBuckets } from './allocate-profit.js';

/**
 * The Sajja (Trat) split (DOMAIN.md, from the reports on the Trat pledge groups): half of the
 * profit back to members, half to the group's welfare. How the members' half is shared (by
 * savings, by interest paid) is the group's choice: share it with {@link shareOut}.
 */
export const SAJJA_TRAT_PROFIT_BUCKETS: ProfitBuckets<'members' | 'welfare'> =
  /* @__PURE__ */ Object.freeze({
    members: '50',
    welfare: '50',
  } as const);

/**
 * A real cooperative's split of its 2025 net profit (DOMAIN.md): reserve 10.35, dividend on
 * shares 70.85, average return 11.72, bonus 2.85, welfare 3.54, public benefit 0.47. Those
 * six add up to 99.78; the source names no more buckets, so the remaining 0.22 is `other`
 * here (co-ops put such small shares into named funds of their own, such as a fund to keep
 * the dividend rate level) [no source for what the 0.22 is]. Co-op law sets the reserve at
 * 10 % or more.
 */
export const COOPERATIVE_PROFIT_BUCKETS: ProfitBuckets<
  'reserve' | 'dividend' | 'average-return' | 'bonus' | 'welfare' | 'public-benefit' | 'other'
> = /* @__PURE__ */ Object.freeze({
  reserve: '10.35',
  dividend: '70.85',
  'average-return': '11.72',
  bonus: '2.85',
  welfare: '3.54',
  'public-benefit': '0.47',
  other: '0.22',
} as const);

/**
 * An illustrative village-fund split with the buckets village funds use (DOMAIN.md lists
 * them): reserve 10, dividend on shares 40, average return 20, welfare 10, committee
 * compensation 10, public benefit 5, contribution to a network fund 5. The percentages are
 * made up [no source]: each fund's general meeting sets its own; copy this and change it.
 */
export const VILLAGE_FUND_PROFIT_BUCKETS: ProfitBuckets<
  | 'reserve'
  | 'dividend'
  | 'average-return'
  | 'welfare'
  | 'committee'
  | 'public-benefit'
  | 'fund-contribution'
> = /* @__PURE__ */ Object.freeze({
  reserve: '10',
  dividend: '40',
  'average-return': '20',
  welfare: '10',
  committee: '10',
  'public-benefit': '5',
  'fund-contribution': '5',
} as const);

/**
 * Thai and English names of the profit bucket codes used in Sajja's presets, and of the other
 * buckets by-laws commonly have (DOMAIN.md, "Year-end profit"). A fund's own codes need its
 * own names.
 */
export const PROFIT_BUCKET_LABELS: Readonly<Record<string, BilingualLabel>> =
  /* @__PURE__ */ Object.freeze({
    reserve: { th: 'ทุนสำรอง', en: 'Reserve' },
    dividend: { th: 'เงินปันผลตามหุ้น', en: 'Dividend on shares' },
    'average-return': { th: 'เงินเฉลี่ยคืน', en: 'Average return (on interest paid)' },
    bonus: { th: 'เงินโบนัสกรรมการและเจ้าหน้าที่', en: 'Bonus for the committee and staff' },
    welfare: { th: 'ทุนสวัสดิการ', en: 'Welfare' },
    committee: { th: 'ค่าตอบแทนกรรมการ', en: 'Committee compensation' },
    'public-benefit': { th: 'ทุนสาธารณประโยชน์', en: 'Public benefit' },
    'fund-contribution': { th: 'เงินสมทบเครือข่ายกองทุนหมู่บ้าน', en: 'Fund contribution' },
    members: { th: 'เงินปันผลคืนสมาชิก', en: 'Members’ share' },
    other: { th: 'อื่น ๆ', en: 'Other' },
  });
