/**
 * `@sajja/core/year-end`: the year-end profit allocation (การจัดสรรกำไรสุทธิ) by the by-laws'
 * buckets, and the share-out of a pool among members by shares or by the loan interest they
 * paid, exact to the satang.
 *
 * @module @sajja/core/year-end
 */
export { allocateProfit, validateProfitBuckets } from './allocate-profit.js';
export type { ProfitBuckets } from './allocate-profit.js';
export { shareOut } from './share-out.js';
export type { ShareOutWeights } from './share-out.js';
export { shareWeights, averageReturnWeights } from './share-weights.js';
export type {
  MemberShares,
  ShareWeightOptions,
  MemberInterest,
  AverageReturnOptions,
} from './share-weights.js';
export {
  SAJJA_TRAT_PROFIT_BUCKETS,
  COOPERATIVE_PROFIT_BUCKETS,
  VILLAGE_FUND_PROFIT_BUCKETS,
  PROFIT_BUCKET_LABELS,
} from './profit-presets.js';
