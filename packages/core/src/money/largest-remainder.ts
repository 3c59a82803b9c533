import type { Dec } from './decimal.js';

/**
 * @internal Splits `total` whole satang (0 or more) in proportion to `shares` (decimals of 0
 * or more, not all 0), exactly: each part gets its exact share rounded down, and the satang
 * left over go one each to the parts with the largest remainders, ties to the earlier share.
 * The shares are scaled to whole numbers over one power of ten first, so every product,
 * quotient and remainder is an exact integer (BigInt), never a decimal.
 */
export function splitByLargestRemainder(total: bigint, shares: readonly Dec[]): bigint[] {
  const weights = wholeNumbers(shares);
  let weightSum = 0n;
  for (const weight of weights) weightSum += weight;
  const parts: bigint[] = [];
  const remainders: bigint[] = [];
  let leftover = total;
  for (const weight of weights) {
    const numerator = total * weight;
    const floor = numerator / weightSum;
    parts.push(floor);
    remainders.push(numerator - floor * weightSum);
    leftover -= floor;
  }
  if (leftover > 0n) {
    const byRemainder = parts.map((_, index) => index);
    byRemainder.sort((a, b) => {
      const difference = remainders[b]! - remainders[a]!;
      return difference > 0n ? 1 : difference < 0n ? -1 : a - b;
    });
    // Fewer satang are left over than there are parts: each remainder is below one satang.
    for (let k = 0; leftover > 0n; k++, leftover--) parts[byRemainder[k]!]! += 1n;
  }
  return parts;
}

/** The shares × 10^d as whole numbers, d the most decimals any share has. */
function wholeNumbers(shares: readonly Dec[]): bigint[] {
  let places = 0;
  for (const share of shares) places = Math.max(places, share.decimalPlaces());
  return shares.map((share) => BigInt(share.toFixed(places).replace('.', '')));
}
