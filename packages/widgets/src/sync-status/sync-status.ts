import { defineElement } from '../shared/define.js';
import { SajjaSyncStatus } from './sync-status.component.js';

export { SajjaSyncStatus };

defineElement('sajja-sync-status', SajjaSyncStatus);

declare global {
  interface HTMLElementTagNameMap {
    'sajja-sync-status': SajjaSyncStatus;
  }
}
