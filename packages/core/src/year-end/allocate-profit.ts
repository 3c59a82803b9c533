import { yearEndError } from './year-end-sentences.js';
import { allocate } from '../money/allocate.js';
import { Dec } from '../money/decimal.js';
import { money, type Money, type MoneyInput } from '../money/money.js';
import { RuleChecker } from '../rules/rule-checker.js';

/**
 * A fund's profit split from its by-laws (การจัดสรรกำไรสุทธิ): bucket code → percent of the
 * net profit, a plain decimal string (`'10.35'`) or a finite number, zero or more, summing to
 * exactly 100. Codes are stable kebab-case (`'reserve'`, `'average-return'`); show them
 * through {@link PROFIT_BUCKET_LABELS} or the fund's own table. The order of the keys is the
 * order of the result, and the order in which leftover satang are handed out on ties.
 *
 * @example
 * ```ts
 * const buckets: ProfitBuckets = { reserve: '10', dividend: '60', welfare: '30' };
 * ```
 */
export type ProfitBuckets<Code extends string = string> = Readonly<Record<Code, string | number>>;

/**
 * What a bucket code looks like: lower-case letters, digits and dashes, starting with a letter
 * (the welfare benefit kinds' rule). Starting with a letter matters beyond looks: JavaScript
 * lists integer-like keys (`'1'`, `'2'`) before all others whatever order they were written in,
 * which would silently reorder the buckets and their tie-break.
 */
const BUCKET_CODE = /^[a-z][a-z0-9-]*$/;

const HUNDRED = /* @__PURE__ */ new Dec(100);

/**
 * Checks a profit split and returns it typed. Every problem is reported at once.
 *
 * @throws {@link "@sajja/core".SajjaError} `RULES_INVALID`, with `problems` listing each `{ path, reason }`:
 *   `not-an-object` (or `required`) for the whole split; per bucket (path = the code)
 *   `invalid-bucket-code` (`details.code`), `not-a-number` (`details.value`) and
 *   `below-minimum` (a negative percent; `details.min` `'0'`); and, when every percent is a
 *   number, `sum-not-100` at path `''` with `details.sum` (the exact decimal sum, such as
 *   `'99.78'`). Percents are summed as decimals, so `0.1 + 0.2 + 99.7` is exactly 100.
 *
 * @example
 * ```ts
 * validateProfitBuckets({ reserve: '10', members: '45', welfare: '45' }); // returns the split
 * validateProfitBuckets({ reserve: '10', members: '45' });
 * // throws RULES_INVALID: sum-not-100 { sum: '55' }
 * ```
 */
export function validateProfitBuckets<Code extends string>(
  buckets: ProfitBuckets<Code>,
): ProfitBuckets<Code>;
export function validateProfitBuckets(buckets: unknown): ProfitBuckets;
export function validateProfitBuckets(buckets: unknown): ProfitBuckets {
  const check = new RuleChecker();
  const root = check.record('', buckets);
  if (root) {
    let total: Dec | undefined = new Dec(0);
    for (const [code, percent] of Object.entries(root)) {
      if (!BUCKET_CODE.test(code)) check.add(code, 'invalid-bucket-code', { code });
      const share = check.decimal(code, percent);
      total = share && total ? total.plus(share) : undefined;
    }
    // A sum with a bad term in it would only repeat that problem in other words.
    if (total && !total.eq(HUNDRED)) check.add('', 'sum-not-100', { sum: total.toFixed() });
  }
  check.throwIfAny('Profit buckets', buckets);
  return buckets as ProfitBuckets;
}

/**
 * Splits a year's net profit into the by-laws' buckets, exactly to the satang: the amounts
 * always add up to `netProfit`.
 *
 * Each bucket gets its percent of the profit rounded down to the satang, and the satang left
 * over go one each to the buckets with the largest remainders, ties to the earlier bucket
 * (largest remainder, see {@link allocate}); so every amount is within 0.01 of its exact share.
 * The result has the buckets' keys in the buckets' order. A bucket of 0 % gets `0.00`; a
 * profit of zero gives every bucket `0.00`.
 *
 * A loss (a negative net profit) is refused rather than split: by-laws share out profit, and a
 * loss is covered from the reserve or carried forward, which is the meeting's decision.
 *
 * @throws {@link "@sajja/core".SajjaError} `RULES_INVALID` for buckets {@link validateProfitBuckets}
 *   rejects (percents that are not numbers, negative, or do not sum to exactly 100);
 *   `INVALID_AMOUNT` for a net profit that is not an amount; `INVALID_ARGUMENT` with reason
 *   `net-loss` for a negative one (`details.netProfit`, and `details.loss`, the loss without
 *   a minus, as the sentence shows it: `'1234.50'`).
 *
 * @example
 * ```ts
 * const split = allocateProfit('1000.01', { members: '50', welfare: '50' });
 * split.members.toString(); // '500.01' (the tie goes to the earlier bucket)
 * split.welfare.toString(); // '500.00'
 * allocateProfit('120000', COOPERATIVE_PROFIT_BUCKETS).reserve.toString(); // '12420.00'
 * ```
 */
export function allocateProfit<Code extends string>(
  netProfit: MoneyInput,
  buckets: ProfitBuckets<Code>,
): Record<Code, Money> {
  validateProfitBuckets(buckets);
  const profit = money(netProfit);
  if (profit.isNegative()) {
    throw yearEndError(
      'net-loss',
      `The net profit is a loss (${profit.toString()}); only a profit is allocated to buckets.`,
      {
        input: netProfit,
        details: { netProfit: profit.toString(), loss: profit.abs().toString() },
      },
    );
  }
  const codes = Object.keys(buckets) as Code[];
  const amounts = allocate(
    profit,
    codes.map((code) => buckets[code]),
  );
  // fromEntries defines own properties, so even a code like `constructor` is a plain key.
  return Object.fromEntries(codes.map((code, index) => [code, amounts[index]!])) as Record<
    Code,
    Money
  >;
}
