import { defineElement } from '../shared/define.js';
import { SajjaHouseholdLedger } from './household-ledger.component.js';

export { SajjaHouseholdLedger };
export type {
  SajjaLedgerChangeDetail,
  SajjaLedgerChangeEvent,
  SajjaLedgerEntryChange,
  SajjaLedgerAddDetail,
  SajjaLedgerReverseDetail,
  SajjaLedgerImportDetail,
} from './household-ledger.component.js';

defineElement('sajja-household-ledger', SajjaHouseholdLedger);

declare global {
  interface HTMLElementTagNameMap {
    'sajja-household-ledger': SajjaHouseholdLedger;
  }
  interface GlobalEventHandlersEventMap {
    'sajja-ledger-change': import('./household-ledger.component.js').SajjaLedgerChangeEvent;
  }
}
