import { isSajjaError, type SajjaError } from '@sajja/core';
import type { PromptPayKind } from '@sajja/core/promptpay';
import { html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { displayMoney, inDigits } from '../shared/display.js';
import { SajjaElement } from '../shared/sajja-element.js';
import { themeStyles } from '../shared/theme.styles.js';
import { translate } from '../shared/translations.js';
import { promptPayQrStrings } from './promptpay-qr.strings.js';
import { promptPayQrStyles } from './promptpay-qr.styles.js';
import type { PromptPayQrDrawing, PromptPayQrRequest } from './qr-drawing.js';
import { qrImage } from './qr-image.js';

type Key = keyof typeof promptPayQrStrings.th;
type DrawingModule = typeof import('./qr-drawing.js');

/** The `detail` of a `sajja-promptpay-qr-drawn` event. */
export interface SajjaPromptPayQrDrawnDetail {
  /** The EMVCo payload the drawn code holds, as a banking app reads it. */
  readonly payload: string;
}

/** The event `<sajja-promptpay-qr>` fires after each QR it draws. */
export type SajjaPromptPayQrDrawnEvent = CustomEvent<SajjaPromptPayQrDrawnDetail>;

// The payload code and the QR encoder, loaded once per page when the first QR is to be shown;
// a failed load is forgotten, so a later change tries again.
let drawingModule: DrawingModule | undefined;
let loadingDrawing: Promise<DrawingModule> | undefined;
function loadDrawing(): Promise<DrawingModule> {
  loadingDrawing ??= import('./qr-drawing.js').then(
    (module) => (drawingModule = module),
    (error: unknown) => {
      loadingDrawing = undefined;
      throw error;
    },
  );
  return loadingDrawing;
}

type QrState =
  | { readonly status: 'loading' }
  | { readonly status: 'drawn'; readonly drawing: PromptPayQrDrawing }
  | { readonly status: 'refused'; readonly error: SajjaError }
  | { readonly status: 'load-failed' };

/**
 * `<sajja-promptpay-qr>` shows a Thai QR code (PromptPay, EMVCo) that a member scans with any
 * Thai banking app to pay a group: on its notice board, a printed poster, or inside
 * `<sajja-deposit-form>`. Under the code it writes the recipient's name (for the member to
 * compare with the name the bank shows before confirming), the id masked as banking apps show
 * it (`xxx-xxx-5678`) and the amount, or that the payer types it; a button saves the code with
 * those lines as a PNG image.
 *
 * **The `id` attribute is the PromptPay id**, as issue 21's contract names it, and so is also
 * the element's DOM id. The element's `id` property stays HTMLElement's; the PromptPay id is
 * the {@link SajjaPromptPayQr.promptPayId} property. A page with two codes for one PromptPay id
 * sets `promptPayId` on them rather than the attribute, so its DOM ids stay unique.
 *
 * An id PromptPay refuses (a phone number that is not a Thai mobile, a national id with a
 * wrong check digit), an amount that is not positive or has more than two decimals, and a
 * missing name or one over `PROMPTPAY_NAME_MAX` columns show the error's sentence in the
 * widget's language (`role="alert"`) and no code. The payload code and the QR encoder load
 * by `import()` when the first code is drawn; `updateComplete` waits for them.
 *
 * @example
 * ```html
 * <sajja-promptpay-qr id="0812345678" name="กลุ่มสัจจะบ้านหนองบัว" amount="200"></sajja-promptpay-qr>
 * ```
 *
 * @tag sajja-promptpay-qr
 * @attr id - the PromptPay id: a Thai mobile number (`0812345678`), a 13-digit national or tax id,
 *   a 15-digit e-wallet id or a biller id. It is also the element's DOM id: where two codes on a
 *   page share a PromptPay id, set the `promptPayId` property instead.
 * @attr kind - what the id is; unset, it is inferred from its digits as `@sajja/core/promptpay`
 *   does.
 * @attr name - the recipient's name as the bank shows it, written under the code; required.
 * @attr amount - the amount as a plain decimal (`'200'`, `'200.50'`); empty: the payer types it.
 * @attr reference1 - a biller's first reference (a member number, for instance).
 * @attr reference2 - a biller's second reference.
 * @attr reusable - a code for many payments (the default without an amount) rather than one.
 * @fires {SajjaPromptPayQrDrawnEvent} sajja-promptpay-qr-drawn - after each code it draws;
 *   `detail` is a {@link SajjaPromptPayQrDrawnDetail}. Bubbles and is composed.
 * @csspart card - the card around everything.
 * @csspart qr - the code, an inline SVG (`role="img"`), black on white whatever the theme.
 * @csspart name - the recipient's name.
 * @csspart masked-id - the PromptPay id, masked.
 * @csspart amount - the amount, or that the payer types it.
 * @csspart save-button - the button that saves the image.
 * @csspart error - the sentence shown instead of a code for input PromptPay refuses.
 * @csspart status - the polite live region while the code is being made.
 * @cssprop --sajja-primary-color - the button and focus rings.
 * @cssprop --sajja-on-primary-color - the button's text.
 * @cssprop --sajja-danger-color - the error sentence.
 * @cssprop --sajja-muted-color - the masked id and the amount hint.
 * @cssprop --sajja-border-color - the card's border.
 * @cssprop --sajja-border-radius - corner radius.
 * @cssprop --sajja-spacing - the base gap.
 * @cssprop --sajja-font-family - the font (inherited by default).
 * @cssprop --sajja-text-color - the text colour (inherited by default).
 * @cssprop --sajja-background-color - the card's background (transparent by default).
 */
export class SajjaPromptPayQr extends SajjaElement {
  /** The shadow styles. */
  static override styles = [themeStyles, promptPayQrStyles];

  /**
   * The PromptPay id: a Thai mobile number (`0812345678`), a 13-digit national or tax id, a
   * 15-digit e-wallet id or a biller id. Its attribute is `id`, which is also the element's DOM
   * id; set this property instead where two codes on a page share a PromptPay id.
   */
  @property({ attribute: 'id' }) promptPayId = '';

  /** What the id is; unset, it is inferred from its digits as `@sajja/core/promptpay` does. */
  @property() kind?: PromptPayKind;

  /** The recipient's name as the bank shows it, written under the code; required. */
  @property() name = '';

  /** The amount as a plain decimal (`'200'`, `'200.50'`); empty: the payer types it. */
  @property() amount = '';

  /** A biller's first reference (a member number, for instance). */
  @property() reference1 = '';

  /** A biller's second reference. */
  @property() reference2 = '';

  /** A code for many payments (the default without an amount) rather than one. */
  @property({ type: Boolean, reflect: true }) reusable = false;

  private state: QrState = { status: 'loading' };
  private requestKey?: string;
  private pending?: Promise<unknown>;
  private announced?: PromptPayQrDrawing;

  /** The payload of the code shown, once drawn; `undefined` while none is. */
  get payload(): string | undefined {
    return this.state.status === 'drawn' ? this.state.drawing.payload : undefined;
  }

  /**
   * The image the save button downloads: a PNG of the code, 8 pixels a module, with the name,
   * the masked id and the amount under it. `undefined` while no code is shown.
   */
  async toPngBlob(): Promise<Blob | undefined> {
    if (this.state.status !== 'drawn') return undefined;
    const { drawing } = this.state;
    return qrImage({
      dark: drawing.dark,
      lines: [drawing.name, inDigits(drawing.maskedId, this.digitStyle), this.amountLine(drawing)],
      fontFamily: getComputedStyle(this).fontFamily || 'sans-serif',
    });
  }

  private request(): PromptPayQrRequest {
    const given = (value: string | undefined) => value?.trim() || undefined;
    return {
      id: this.promptPayId.trim(),
      kind: given(this.kind) as PromptPayKind | undefined,
      reference1: given(this.reference1),
      reference2: given(this.reference2),
      amount: given(this.amount),
      reusable: this.reusable,
      name: this.name.trim(),
    };
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const request = this.request();
    const key = JSON.stringify(request);
    if (key === this.requestKey) return;
    this.requestKey = key;
    if (drawingModule) {
      this.state = this.draw(drawingModule, request);
      return;
    }
    this.state = { status: 'loading' };
    const pending = loadDrawing().then(
      (module) => {
        if (key === this.requestKey) this.state = this.draw(module, request);
      },
      () => {
        if (key !== this.requestKey) return;
        this.state = { status: 'load-failed' };
        this.requestKey = undefined;
      },
    );
    this.pending = pending;
    void pending.finally(() => {
      if (this.pending === pending) this.pending = undefined;
      this.requestUpdate();
    });
  }

  private draw(module: DrawingModule, request: PromptPayQrRequest): QrState {
    try {
      return { status: 'drawn', drawing: module.drawPromptPayQr(request) };
    } catch (error) {
      if (!isSajjaError(error)) throw error;
      return { status: 'refused', error };
    }
  }

  // Waits for the drawing code too, so that `await element.updateComplete` sees the code drawn.
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.pending) {
      await this.pending.catch(() => undefined);
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.state.status !== 'drawn' || this.state.drawing === this.announced) return;
    this.announced = this.state.drawing;
    this.dispatchEvent(
      new CustomEvent<SajjaPromptPayQrDrawnDetail>('sajja-promptpay-qr-drawn', {
        detail: { payload: this.state.drawing.payload },
        bubbles: true,
        composed: true,
      }),
    );
  }

  private t(key: Key, values: Readonly<Record<string, string | number>> = {}): string {
    return translate(promptPayQrStrings, this.language, key, values, this.digitStyle);
  }

  private amountLine({ amount }: PromptPayQrDrawing): string {
    return amount === undefined
      ? this.t('noAmount')
      : this.t('amount', { amount: displayMoney(amount, this.digitStyle) });
  }

  override render() {
    return html`<div part="card" class="card">${this.renderBody()}</div>`;
  }

  private renderBody() {
    const { state } = this;
    switch (state.status) {
      case 'loading':
        return html`<p part="status" class="status" role="status">${this.t('loading')}</p>`;
      case 'load-failed':
        return html`<p part="error" class="error" role="alert">${this.t('loadFailed')}</p>`;
      case 'refused':
        return html`<p part="error" class="error" role="alert">
          ${this.locale.message(state.error)}
        </p>`;
      case 'drawn':
        return this.renderCode(state.drawing);
    }
  }

  private renderCode(drawing: PromptPayQrDrawing) {
    const { size } = drawing;
    const label =
      drawing.amount === undefined
        ? this.t('labelNoAmount', { name: drawing.name })
        : this.t('label', {
            name: drawing.name,
            amount: displayMoney(drawing.amount, this.digitStyle),
          });
    return html`
      <svg
        part="qr"
        class="qr"
        role="img"
        aria-label=${label}
        viewBox="0 0 ${size} ${size}"
        shape-rendering="crispEdges"
        xmlns="http://www.w3.org/2000/svg"
      >
        <rect width=${size} height=${size} fill="#ffffff"></rect>
        <path d=${drawing.path} fill="#000000"></path>
      </svg>
      <p part="name" class="name">${drawing.name}</p>
      <p part="masked-id" class="masked-id">${inDigits(drawing.maskedId, this.digitStyle)}</p>
      <p part="amount" class="amount-line ${drawing.amount === undefined ? 'hint' : ''}">
        ${this.amountLine(drawing)}
      </p>
      <button part="save-button" type="button" @click=${this.saveImage}>${this.t('save')}</button>
    `;
  }

  private async saveImage(): Promise<void> {
    if (this.state.status !== 'drawn') return;
    const { lastDigits } = this.state.drawing;
    const blob = await this.toPngBlob();
    if (!blob) return;
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `promptpay-${lastDigits}.png`;
    link.click();
    // The download reads the blob after the click returns; give it time before letting go.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}
