import fc from 'fast-check';

/** Writes a whole number of satang as a plain two-decimal amount: -12345n → '-123.45'. */
export function satangToText(satang: bigint): string {
  const magnitude = satang < 0n ? -satang : satang;
  const baht = magnitude / 100n;
  const rest = (magnitude % 100n).toString().padStart(2, '0');
  return `${satang < 0n ? '-' : ''}${baht}.${rest}`;
}

/** Reads a plain two-decimal amount as whole satang: '-123.45' → -12345n. */
export function textToSatang(text: string): bigint {
  return BigInt(text.replace('.', ''));
}

/** Plain two-decimal amounts, negative and positive, with up to `maxSatang` satang. */
export function amountText(maxSatang = 10n ** 20n - 1n): fc.Arbitrary<string> {
  return fc.bigInt({ min: -maxSatang, max: maxSatang }).map(satangToText);
}

/** Valid ISO dates from 1900 to 2200. */
export const isoDate = fc
  .date({
    min: new Date(Date.UTC(1900, 0, 1)),
    max: new Date(Date.UTC(2200, 11, 31)),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString().slice(0, 10));
