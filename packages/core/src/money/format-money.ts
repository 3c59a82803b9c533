import { invalidOption } from '../errors/sajja-error.js';
import { withDigits, type DigitStyle } from '../text/thai-digits.js';
import { money, type MoneyInput } from './money.js';
import { checkOptionKeys } from '../errors/check-option-keys.js';

/** Options for {@link formatMoney}. */
export interface FormatMoneyOptions {
  /** `'arabic'` (default) or `'thai'` digits. */
  digits?: DigitStyle;
  /** Separate thousands with commas (default `true`). */
  grouping?: boolean;
  /** Add a currency mark: `'none'` (default), `'symbol'` (`฿1,234.50`) or `'word'` (`1,234.50 บาท`). */
  currency?: 'none' | 'symbol' | 'word';
}

/**
 * Writes an amount for people: two decimals, thousands commas, optionally Thai digits and a
 * currency mark. {@link parseMoney} reads every form it writes back to the same amount.
 *
 * @throws {@link SajjaError} whatever {@link money} throws for `amount`; `INVALID_ARGUMENT`
 *   with reason `invalid-option` (`details.option` names it) for an option value it does not
 *   know, `unknown-option` for an option other than `digits`, `grouping` and `currency`.
 *
 * @example
 * ```ts
 * formatMoney('1234.5');                                        // '1,234.50'
 * formatMoney('1234.5', { digits: 'thai', currency: 'word' });  // '๑,๒๓๔.๕๐ บาท'
 * formatMoney('-21', { currency: 'symbol' });                   // '-฿21.00'
 * ```
 */
export function formatMoney(amount: MoneyInput, options: FormatMoneyOptions = {}): string {
  checkOptionKeys(options, ['digits', 'grouping', 'currency'], 'formatMoney');
  const { digits = 'arabic', grouping = true, currency = 'none' } = options ?? {};
  if (digits !== 'arabic' && digits !== 'thai') {
    throw invalidOption('digits', digits, "'arabic' or 'thai'");
  }
  if (typeof grouping !== 'boolean') throw invalidOption('grouping', grouping, 'true or false');
  if (currency !== 'none' && currency !== 'symbol' && currency !== 'word') {
    throw invalidOption('currency', currency, "'none', 'symbol' or 'word'");
  }
  const plain = money(amount).toString();
  const negative = plain.startsWith('-');
  const [integerPart = '', fraction = ''] = (negative ? plain.slice(1) : plain).split('.');
  const integer = grouping ? integerPart.replace(/\B(?=(\d{3})+$)/g, ',') : integerPart;
  const number = withDigits(`${integer}.${fraction}`, digits);
  const sign = negative ? '-' : '';
  if (currency === 'symbol') return `${sign}฿${number}`;
  if (currency === 'word') return `${sign}${number} บาท`;
  return `${sign}${number}`;
}
