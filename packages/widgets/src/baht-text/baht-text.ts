import { defineElement } from '../shared/define.js';
import { SajjaBahtText } from './baht-text.component.js';

export { SajjaBahtText };

defineElement('sajja-baht-text', SajjaBahtText);

declare global {
  interface HTMLElementTagNameMap {
    'sajja-baht-text': SajjaBahtText;
  }
}
