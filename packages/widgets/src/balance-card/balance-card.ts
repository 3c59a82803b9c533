import { defineElement } from '../shared/define.js';
import { SajjaBalanceCard } from './balance-card.component.js';

export { SajjaBalanceCard };
export type { BalanceCardVariant } from './balance-card.component.js';

defineElement('sajja-balance-card', SajjaBalanceCard);

declare global {
  interface HTMLElementTagNameMap {
    'sajja-balance-card': SajjaBalanceCard;
  }
}
