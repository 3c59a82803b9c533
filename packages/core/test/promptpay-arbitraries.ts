import fc from 'fast-check';
import type { PromptPayTarget } from '../src/promptpay/index.js';
import { satangToText } from './arbitraries.js';

// Arbitraries of PromptPay targets and amounts, shared by the PromptPay tests (both runs) and
// the oracle tests (Node only).

/** The Thai check digit of 12 digits: (11 − Σ dᵢ·(14 − i) mod 11) mod 10. */
export function checkDigit(twelve: string): string {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(twelve[i]) * (13 - i);
  return String((11 - (sum % 11)) % 10);
}

export const digits = (length: number) =>
  fc
    .array(fc.constantFrom(...'0123456789'), { minLength: length, maxLength: length })
    .map((d) => d.join(''));

/** Nine digits after 06, 08 or 09 (the 0 dropped): a Thai mobile number. */
export const mobileRest = fc
  .tuple(fc.constantFrom('6', '8', '9'), digits(8))
  .map(([a, b]) => a + b);

/** A mobile number in the ways people type it; each is read the same by promptpay-qr. */
export const typedMobile = fc
  .tuple(mobileRest, fc.nat({ max: 4 }))
  .map(
    ([rest, style]) =>
      [
        `0${rest}`,
        `0${rest.slice(0, 2)}-${rest.slice(2, 5)}-${rest.slice(5)}`,
        `+66${rest}`,
        `+66 ${rest.slice(0, 2)} ${rest.slice(2, 5)} ${rest.slice(5)}`,
        `0${rest.slice(0, 2)}.${rest.slice(2, 5)}.${rest.slice(5)}`,
      ][style]!,
  );

export const thirteenDigitId = digits(12).map((twelve) => twelve + checkDigit(twelve));
export const personalId = fc
  .tuple(fc.constantFrom(...'12345678'), digits(11))
  .map(([first, rest]) => first + rest + checkDigit(first + rest));
export const juristicId = digits(11).map((rest) => `0${rest}${checkDigit(`0${rest}`)}`);
export const eWallet = digits(15);
export const billerId = fc.tuple(thirteenDigitId, digits(2)).map(([id, suffix]) => id + suffix);
export const reference = fc
  .array(fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'), {
    minLength: 1,
    maxLength: 20,
  })
  .map((chars) => chars.join(''));

/** Amounts from 0.01 to 9,999,999.99 as two-decimal text, from random whole satang. */
export const amount = fc.bigInt({ min: 1n, max: 999_999_999n }).map(satangToText);

/** Every kind of target, written so that it comes back from a payload unchanged. */
export const target: fc.Arbitrary<PromptPayTarget> = fc.oneof(
  mobileRest.map((rest) => ({ kind: 'mobile' as const, id: `0${rest}` })),
  personalId.map((id) => ({ kind: 'national-id' as const, id })),
  juristicId.map((id) => ({ kind: 'tax-id' as const, id })),
  eWallet.map((id) => ({ kind: 'e-wallet' as const, id })),
  fc
    .tuple(billerId, reference, fc.option(reference, { nil: undefined }))
    .map(([id, reference1, reference2]) => ({
      kind: 'biller' as const,
      id,
      reference1,
      ...(reference2 === undefined ? {} : { reference2 }),
    })),
);
