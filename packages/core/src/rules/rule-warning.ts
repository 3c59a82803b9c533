import { fillPlaceholders, sentenceOf, type Language } from '../errors/sentences.js';
import type { SajjaErrorDetails } from '../errors/sajja-error.js';

/**
 * Codes of warnings about rules that are allowed but worth a second look; groups decide, so a
 * warning never stops a calculation.
 *
 * - `DIVIDEND_ABOVE_COOPERATIVE_CAP`: a dividend rate above the 10 % a year that cooperative
 *   regulation allows.
 * - `INTEREST_ABOVE_LEGAL_CAP`: a rate above the 15 % a year the Civil and Commercial Code
 *   (s.654) allows lenders other than banks.
 */
export type RuleWarningCode = 'DIVIDEND_ABOVE_COOPERATIVE_CAP' | 'INTEREST_ABOVE_LEGAL_CAP';

/** A warning about a rule: its code, where it is (`path`), and the values a message needs. */
export interface RuleWarning {
  /** The stable warning code. */
  readonly code: RuleWarningCode;
  /** Where in the rules (a dotted path), or the option's name. */
  readonly path: string;
  /** Values for a message, such as `{ rate: '12', cap: '10' }`. */
  readonly details?: SajjaErrorDetails;
}

const sentences: Readonly<Record<RuleWarningCode, Readonly<Record<Language, string>>>> = {
  DIVIDEND_ABOVE_COOPERATIVE_CAP: {
    th: 'อัตราเงินปันผล {rate}% สูงกว่าเพดานของสหกรณ์ ({cap}% ต่อปี)',
    en: 'The dividend rate of {rate}% is above the cooperative cap of {cap}% a year.',
  },
  INTEREST_ABOVE_LEGAL_CAP: {
    th: 'อัตราดอกเบี้ย {rate}% ต่อปี สูงกว่าที่กฎหมายกำหนด ({cap}% ต่อปี ตาม ป.พ.พ. มาตรา 654)',
    en: 'The interest rate of {rate}% a year is above the legal cap of {cap}% a year (Civil and Commercial Code s.654).',
  },
};

/**
 * The sentence for a {@link RuleWarning}, in Thai (default) or English.
 *
 * @throws {@link "@sajja/core".SajjaError} `INVALID_ARGUMENT` / `invalid-option` for a `warning` that is not an
 *   object with one of the codes, or a `language` other than `'th'` and `'en'`.
 *
 * @example
 * ```ts
 * ruleWarningMessage({ code: 'DIVIDEND_ABOVE_COOPERATIVE_CAP', path: 'ratePercent', details: { rate: '12', cap: '10' } }, 'en');
 * // 'The dividend rate of 12% is above the cooperative cap of 10% a year.'
 * ```
 */
export function ruleWarningMessage(warning: RuleWarning, language: Language = 'th'): string {
  const sentence = sentenceOf(sentences, warning, warning?.code, language, 'warning');
  return fillPlaceholders(sentence, warning.details ?? {}, language);
}
