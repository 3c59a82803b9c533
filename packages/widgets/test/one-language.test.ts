import { expect } from '@open-wc/testing';
import { otherLanguage, settled } from './rendered-text.js';
import { closeSceneStores, SCENES } from './widget-scenes.js';

/**
 * Latin words a Thai page may show: names of formats and programs (`CSV`, `Excel`), the CSV
 * columns a household types in its file's first row, and the `x`s of a PromptPay id masked as
 * banking apps show it (`xxx-xxx-5678`).
 */
const THAI_ALLOWED = ['CSV', 'Excel', 'date', 'kind', 'category', 'amount', 'note', 'xxx'];

describe('one language at a time', () => {
  afterEach(closeSceneStores);

  for (const [name, scene] of Object.entries(SCENES)) {
    it(`${name}: switching lang th → en → th re-words everything shown`, async () => {
      const { element, typed } = await scene({ digits: 'arabic' });
      const speaks = async (language: 'th' | 'en') => {
        await settled(element);
        expect(otherLanguage(element, language, typed, THAI_ALLOWED), language).to.deep.equal([]);
      };
      await speaks('th');
      for (const language of ['en', 'th'] as const) {
        element.lang = language;
        await speaks(language);
      }
      // Without a lang of its own, the widget follows the page's (here its parent's).
      element.removeAttribute('lang');
      for (const language of ['en', 'th'] as const) {
        element.parentElement!.lang = language;
        await new Promise(requestAnimationFrame); // the page's observer runs, then the update
        await speaks(language);
      }
    });
  }
});
