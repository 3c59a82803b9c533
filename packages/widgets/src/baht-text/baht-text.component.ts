import { bahtText, isSajjaError, type DigitStyle, type EdRule } from '@sajja/core';
import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { LocalizeController } from '../shared/localize-controller.js';
import { bahtTextStyles } from './baht-text.styles.js';

/**
 * `<sajja-baht-text>` writes an amount in Thai words, as Excel's BAHTTEXT does
 * (`1234.50` → หนึ่งพันสองร้อยสามสิบสี่บาทห้าสิบสตางค์): for receipts, passbooks and
 * cheque-style confirmations on a partner's page.
 *
 * An amount that is not a plain decimal shows an error in the widget's language (its `lang`,
 * else the page's) instead of words; it is announced to screen readers.
 *
 * @example
 * ```html
 * <sajja-baht-text amount="1234.50"></sajja-baht-text>
 * ```
 *
 * @tag sajja-baht-text
 * @attr amount - the amount as a plain decimal string (`'1234.50'`); empty shows nothing.
 * @attr ed - which เอ็ด rule to follow: `'excel'` (default) or `'sheets'` (Google Sheets).
 * @csspart words - the Thai words.
 * @csspart error - the message shown for an amount that is not valid.
 * @cssprop --sajja-text-color - colour of the words (default: inherited).
 * @cssprop --sajja-danger-color - colour of the error message.
 */
export class SajjaBahtText extends LitElement {
  /** The element's shadow styles (see the custom properties above). */
  static override styles = bahtTextStyles;

  /** The amount as a plain decimal string (`'1234.50'`); empty shows nothing. */
  @property({ reflect: true }) amount = '';

  /** Which เอ็ด rule to follow: `'excel'` (default) or `'sheets'` (Google Sheets). */
  @property({ reflect: true }) ed: EdRule = 'excel';

  /** Digits in the error message: `'arabic'` (default) or `'thai'`; the words have none. */
  @property() digits: DigitStyle = 'arabic';

  // Its error follows the page's `lang` as every widget's does.
  private readonly localize = new LocalizeController(this);

  override render() {
    if (this.amount.trim() === '') return nothing;
    try {
      return html`<span part="words" lang="th"
        >${bahtText(this.amount.trim(), { ed: this.ed })}</span
      >`;
    } catch (error) {
      if (!isSajjaError(error)) throw error;
      return html`<span part="error" role="alert">${this.localize.message(error)}</span>`;
    }
  }
}
