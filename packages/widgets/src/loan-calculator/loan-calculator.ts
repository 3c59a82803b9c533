import { defineElement } from '../shared/define.js';
import { SajjaLoanCalculator } from './loan-calculator.component.js';

export { SajjaLoanCalculator };
export type {
  SajjaCalculateDetail,
  SajjaCalculateEvent,
  CalculatedInstallment,
} from './loan-calculator.events.js';
export type { RepayFrequency } from './loan-schedule-options.js';

defineElement('sajja-loan-calculator', SajjaLoanCalculator);

declare global {
  interface HTMLElementTagNameMap {
    'sajja-loan-calculator': SajjaLoanCalculator;
  }
  interface GlobalEventHandlersEventMap {
    'sajja-calculate': import('./loan-calculator.events.js').SajjaCalculateEvent;
  }
}
