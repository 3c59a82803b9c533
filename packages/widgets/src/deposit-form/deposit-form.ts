import { defineElement } from '../shared/define.js';
import { SajjaDepositForm } from './deposit-form.component.js';

export { SajjaDepositForm };
export type { SajjaDepositDetail, SajjaDepositEvent } from './deposit-form.component.js';

defineElement('sajja-deposit-form', SajjaDepositForm);

declare global {
  interface HTMLElementTagNameMap {
    'sajja-deposit-form': SajjaDepositForm;
  }
  interface GlobalEventHandlersEventMap {
    'sajja-deposit': import('./deposit-form.component.js').SajjaDepositEvent;
  }
}
