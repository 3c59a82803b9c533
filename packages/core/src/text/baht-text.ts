import { amountError } from '../money/money-sentences.js';
import { describeValue } from '../errors/describe-value.js';
import { SajjaError } from '../errors/sajja-error.js';
import { MAX_AMOUNT_LENGTH, tooLong } from '../money/amount-limits.js';
import { isMoney } from '../money/money-brand.js';
import type { Money } from '../money/money.js';
import { checkOptionKeys } from '../errors/check-option-keys.js';

/**
 * When a units digit 1 is read เอ็ด rather than หนึ่ง (see {@link bahtText}).
 *
 * - `'excel'`: after any nonzero higher digit of the number, as Excel's BAHTTEXT writes it
 *   (101 หนึ่งร้อยเอ็ด, 1,000,001 หนึ่งล้านเอ็ด).
 * - `'sheets'`: only after a nonzero tens digit, as Google Sheets and LibreOffice Calc write it
 *   (101 หนึ่งร้อยหนึ่ง, 1,000,001 หนึ่งล้านหนึ่ง, 21 ยี่สิบเอ็ด).
 */
export type EdRule = 'excel' | 'sheets';

/** Options for {@link bahtText}. */
export interface BahtTextOptions {
  /**
   * When a units digit 1 is read เอ็ด: `'excel'` (the default, Excel's BAHTTEXT) or `'sheets'`
   * (Google Sheets' and LibreOffice Calc's BAHTTEXT).
   */
  ed?: EdRule;
}

const DIGITS = ['', 'หนึ่ง', 'สอง', 'สาม', 'สี่', 'ห้า', 'หก', 'เจ็ด', 'แปด', 'เก้า'];
const PLACES = ['', 'สิบ', 'ร้อย', 'พัน', 'หมื่น', 'แสน'];
const ONE = 'หนึ่ง';
const ED = 'เอ็ด';
const MILLION = 'ล้าน';
const ZERO_BAHT = 'ศูนย์บาทถ้วน';

/** The words for digit `d` at place `p` (0 units … 5 แสน) of a six-digit group, at `p * 10 + d`. */
const WORDS = /* @__PURE__ */ PLACES.flatMap((place, p) =>
  DIGITS.map((digit, d) => {
    if (d === 0 || (p === 0 && d === 1)) return ''; // a units 1 is left to the เอ็ด rule
    if (p === 1 && d === 1) return place; // สิบ, not หนึ่งสิบ
    if (p === 1 && d === 2) return 'ยี่' + place;
    return digit + place;
  }),
);

/** Satang 0–99 in words; both เอ็ด rules agree on two digits (01 หนึ่ง, 21 ยี่สิบเอ็ด). */
const SATANG = /* @__PURE__ */ Array.from({ length: 100 }, (_, n) =>
  n === 1 ? ONE : WORDS[10 + ((n / 10) | 0)]! + (n % 10 === 1 ? ED : WORDS[n % 10]!),
);

/**
 * Writes an amount of baht in Thai words, as on cheques and receipts: Excel's BAHTTEXT, exact
 * for amounts of every size a text of {@link MAX_AMOUNT_LENGTH} characters can hold.
 *
 * - Rounds half-up (away from zero) to satang: `'1.005'` → หนึ่งบาทหนึ่งสตางค์,
 *   `'19.999'` → ยี่สิบบาทถ้วน.
 * - ถ้วน ends an amount without satang; an amount under one baht has no baht part
 *   (`'0.25'` → ยี่สิบห้าสตางค์); zero is ศูนย์บาทถ้วน.
 * - ล้าน repeats every six digits (`'1000000000000'` → หนึ่งล้านล้านบาทถ้วน), for as many
 *   digits as the text holds.
 * - Negatives start with ลบ (`'-21'` → ลบยี่สิบเอ็ดบาทถ้วน), unless they round to zero.
 * - A units 1 is เอ็ด or หนึ่ง by `options.ed` (see {@link EdRule}); Excel's rule by default.
 *
 * @param amount - A plain decimal string (`'1234.50'`, `'-21'`, leading zeros allowed) of at
 *   most {@link MAX_AMOUNT_LENGTH} characters, checked before it is read, or a {@link Money}.
 *   Not a `number`: one past 2^53 has already lost digits.
 * @param options - `ed`: `'excel'` (default) or `'sheets'`.
 * @returns The amount in Thai words, ending in บาทถ้วน or สตางค์.
 * @throws {@link "@sajja/core".SajjaError} `INVALID_AMOUNT` with reason `not-a-number` for a string that
 *   is not a plain decimal (`''`, `'1,000'`, `'1e5'`), `too-long` for one past the limit, or
 *   `wrong-type` for anything that is neither a string nor Money (numbers included);
 *   `INVALID_ARGUMENT` with reason `invalid-option` for an unknown `ed`, `unknown-option` for
 *   an option other than `ed`.
 *
 * @example
 * ```ts
 * bahtText('1234');                    // 'หนึ่งพันสองร้อยสามสิบสี่บาทถ้วน'
 * bahtText('-1.5');                    // 'ลบหนึ่งบาทห้าสิบสตางค์'
 * bahtText(money('0.25'));             // 'ยี่สิบห้าสตางค์'
 * bahtText('101');                     // 'หนึ่งร้อยเอ็ดบาทถ้วน'
 * bahtText('101', { ed: 'sheets' });   // 'หนึ่งร้อยหนึ่งบาทถ้วน'
 * ```
 */
export function bahtText(amount: string | Money, options?: BahtTextOptions): string {
  checkOptionKeys(options, ['ed'], 'bahtText');
  const rule = options?.ed;
  if (rule !== undefined && rule !== 'excel' && rule !== 'sheets') {
    throw new SajjaError(
      'INVALID_ARGUMENT',
      'invalid-option',
      `Unknown ed rule ${describeValue(rule)}; use 'excel' or 'sheets'.`,
      { input: rule },
    );
  }
  const text =
    typeof amount === 'string' ? amount : isMoney(amount) ? amount.toString() : wrongType(amount);
  const length = text.length;
  if (length > MAX_AMOUNT_LENGTH) throw tooLong('INVALID_AMOUNT', text, MAX_AMOUNT_LENGTH);
  const negative = text.charCodeAt(0) === 45; // '-'
  const first = negative ? 1 : 0;
  let point = length;
  let i = first;
  // Checks /^-?\d+(\.\d+)?$/ in one pass (faster than a RegExp here), noting the point.
  for (let code; i < length; i++) {
    code = text.charCodeAt(i);
    if (code === 46 && point === length)
      point = i; // '.'
    else if (code < 48 || code > 57) break;
  }
  if (i < length || point === first || point === length - 1) notANumber(text);

  // Satang from the first two decimals; half-up needs only the third (≥ 5 rounds up).
  let satang = 0;
  if (point < length) {
    satang = (text.charCodeAt(point + 1) - 48) * 10;
    if (point + 2 < length) satang += text.charCodeAt(point + 2) - 48;
    if (point + 3 < length && text.charCodeAt(point + 3) >= 53) satang++;
  }
  let start = first;
  while (start < point && text.charCodeAt(start) === 48) start++;
  let baht = text.slice(start, point);
  if (satang === 100) {
    satang = 0;
    baht = incremented(baht);
  }
  if (baht === '' && satang === 0) return ZERO_BAHT;

  let words = negative ? 'ลบ' : '';
  if (baht !== '') words += integerWords(baht, rule === 'sheets') + 'บาท';
  return satang === 0 ? words + 'ถ้วน' : words + SATANG[satang]! + 'สตางค์';
}

/**
 * Words for two digits at once, made on first use: at `10x + y` แสน and หมื่น, at `100 + 10x + y`
 * พัน and ร้อย, at `200 + 10x + y` สิบ and units (a units 1 left to the เอ็ด rule), so a group
 * of six digits is three lookups.
 */
let pairWords: string[] | undefined;

function makePairWords(): string[] {
  const words: string[] = [];
  for (let x = 0; x < 10; x++) {
    for (let y = 0; y < 10; y++) {
      words[10 * x + y] = WORDS[50 + x]! + WORDS[40 + y]!;
      words[100 + 10 * x + y] = WORDS[30 + x]! + WORDS[20 + y]!;
      words[200 + 10 * x + y] = WORDS[10 + x]! + WORDS[y]!;
    }
  }
  return words;
}

/** Thai words for a digit string without leading zeros, `'1'` or more. */
function integerWords(digits: string, sheets: boolean): string {
  const pairs = (pairWords ??= makePairWords());
  const length = digits.length;
  let words = '';
  // Groups of six digits from the right, ล้าน between them; the first may be shorter.
  for (let start = 0, end = length % 6 || 6; ; start = end, end += 6) {
    const tens = digitAt(digits, end - 2, start);
    words +=
      pairs[10 * digitAt(digits, end - 6, start) + digitAt(digits, end - 5, start)]! +
      pairs[100 + 10 * digitAt(digits, end - 4, start) + digitAt(digits, end - 3, start)]! +
      pairs[200 + 10 * tens + digitAt(digits, end - 1, start)]!;
    if (digits.charCodeAt(end - 1) === 49) {
      // A units 1. Excel: เอ็ด after any nonzero higher digit (the first digit is never 0).
      // Sheets: only after a nonzero tens digit.
      words += end === 1 || (sheets && tens === 0) ? ONE : ED;
    }
    if (end === length) return words;
    words += MILLION;
  }
}

/** The digit at `index` of `digits`, 0 before `start` (the missing digits of a short group). */
function digitAt(digits: string, index: number, start: number): number {
  return index < start ? 0 : digits.charCodeAt(index) - 48;
}

/** A digit string plus one (`'199'` → `'200'`, `''` → `'1'`). */
function incremented(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits.charCodeAt(i) === 57) i--;
  const carried = i < 0 ? '1' : digits.slice(0, i) + String.fromCharCode(digits.charCodeAt(i) + 1);
  return carried + '0'.repeat(digits.length - 1 - i);
}

function notANumber(text: string): never {
  throw amountError(
    'not-a-number',
    `${JSON.stringify(text)} is not a plain decimal like "1234.50"; use parseMoney() for text people type.`,
    { input: text },
  );
}

function wrongType(value: unknown): never {
  throw amountError(
    'wrong-type',
    `bahtText takes a decimal string or Money, got ${describeValue(value)}; ` +
      'pass a decimal string or Money (a number past 2^53 has already lost digits).',
    { input: value },
  );
}
