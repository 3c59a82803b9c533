import { defineElement } from '../shared/define.js';
import { SajjaShareOut } from './share-out.component.js';

export { SajjaShareOut };

defineElement('sajja-share-out', SajjaShareOut);

declare global {
  interface HTMLElementTagNameMap {
    'sajja-share-out': SajjaShareOut;
  }
}
