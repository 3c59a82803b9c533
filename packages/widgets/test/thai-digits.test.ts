import { expect } from '@open-wc/testing';
import { arabicDigits, renderedText, settled } from './rendered-text.js';
import { closeSceneStores, SCENES } from './widget-scenes.js';

/** Scenes that show no number at all (words, or a message without one). */
const WITHOUT_NUMBERS = new Set([
  'baht text: words',
  'baht text: an amount it refuses',
  'PromptPay QR: an id it refuses',
  'balance card: a wrong as-of date',
]);

describe('digits="thai"', () => {
  afterEach(closeSceneStores);

  for (const [name, scene] of Object.entries(SCENES)) {
    it(`${name}: writes every number in Thai digits, in Thai and in English`, async () => {
      const { element, typed } = await scene({ digits: 'thai' });
      for (const language of ['th', 'en']) {
        element.lang = language;
        await settled(element);
        expect(arabicDigits(element, typed), language).to.deep.equal([]);
      }
      // Numbers were there to check: the scene did not stop at "loading".
      const thaiDigits = renderedText(element).some(({ text }) => /[๐-๙]/.test(text));
      expect(thaiDigits).to.equal(!WITHOUT_NUMBERS.has(name));
    });
  }
});
