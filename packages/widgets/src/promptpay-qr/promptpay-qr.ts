import { defineElement } from '../shared/define.js';
import { SajjaPromptPayQr } from './promptpay-qr.component.js';

export { SajjaPromptPayQr };
export type {
  SajjaPromptPayQrDrawnDetail,
  SajjaPromptPayQrDrawnEvent,
} from './promptpay-qr.component.js';

defineElement('sajja-promptpay-qr', SajjaPromptPayQr);

declare global {
  interface HTMLElementTagNameMap {
    'sajja-promptpay-qr': SajjaPromptPayQr;
  }
  interface GlobalEventHandlersEventMap {
    'sajja-promptpay-qr-drawn': import('./promptpay-qr.component.js').SajjaPromptPayQrDrawnEvent;
  }
}
