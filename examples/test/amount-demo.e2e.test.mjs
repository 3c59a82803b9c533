// The amount demo as a visitor uses it: its own HTML and script, the core's standalone bundle
// and the widgets' one script, from the demo server, in the system's headless Chromium.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { errorMessage, parseMoney } from '@sajja/core';
import { startDemoBrowser } from './support/demo-browser.mjs';

let demo;
let page;
const problems = [];

before(async () => {
  demo = await startDemoBrowser();
  page = await demo.browser.newPage();
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));
  // The server's Content-Security-Policy header is as strict as the page's own <meta>.
  await page.exposeFunction('reportViolation', (text) => problems.push(`policy: ${text}`));
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      window.reportViolation(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  await page.goto(`${demo.origin}/amount-demo/`);
  await page.waitForFunction(() => customElements.get('sajja-baht-text'), { timeout: 30_000 });
});
after(() => demo?.close());

/** Types `text` into the amount field as the browser reports it, and reads the page. */
async function type(text) {
  return page.evaluate(async (text) => {
    const $ = (id) => document.getElementById(id);
    const words = (id) => $(id).shadowRoot?.querySelector('[part="words"]')?.textContent ?? null;
    const input = $('amount');
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await Promise.all([$('words-excel').updateComplete, $('words-sheets').updateComplete]);
    return {
      parsed: $('parsed').textContent,
      formatted: $('formatted').textContent,
      formattedThai: $('formatted-thai').textContent,
      wordsExcel: words('words-excel'),
      wordsSheets: words('words-sheets'),
      invalid: input.getAttribute('aria-invalid'),
      error: $('amount-error').textContent,
    };
  }, text);
}

test('shows the typed amount parsed, formatted and in Thai words', async () => {
  assert.deepEqual(await type('๒,๐๐๑.๒๕ บาท'), {
    parsed: '"2001.25"',
    formatted: '฿2,001.25',
    formattedThai: '๒,๐๐๑.๒๕ บาท',
    wordsExcel: 'สองพันเอ็ดบาทยี่สิบห้าสตางค์',
    wordsSheets: 'สองพันหนึ่งบาทยี่สิบห้าสตางค์',
    invalid: null,
    error: '',
  });
});

test('explains a mistake in Thai, marks the field invalid and clears the results', async () => {
  const shown = await type('1,23,4');
  assert.equal(shown.invalid, 'true');
  assert.match(shown.error, /จุลภาค/);
  assert.equal(shown.parsed, '—');
  assert.equal(shown.wordsExcel, null);
});

test('switches to English and back, the message with it', async () => {
  // The core's own sentence for the comma in the wrong place, in each language.
  let misplacedComma;
  try {
    parseMoney('1,23,4');
  } catch (error) {
    misplacedComma = error;
  }
  assert.equal(misplacedComma.reason, 'misplaced-separator');
  const read = () =>
    page.evaluate(() => ({
      lang: document.documentElement.lang,
      error: document.getElementById('amount-error').textContent,
      label: document.querySelector('label[for="amount"]').textContent,
      button: document.getElementById('switch-language').textContent,
    }));
  await page.click('#switch-language');
  assert.deepEqual(await read(), {
    lang: 'en',
    error: errorMessage(misplacedComma, 'en'),
    label: 'Amount (baht)',
    button: 'ภาษาไทย',
  });
  await page.click('#switch-language');
  assert.deepEqual(await read(), {
    lang: 'th',
    error: errorMessage(misplacedComma, 'th'),
    label: 'จำนวนเงิน (บาท)',
    button: 'English',
  });
});

test('shows today in the Buddhist Era, with nothing failed or refused on the way', async () => {
  const today = await page.$eval('#today', (element) => element.textContent);
  assert.match(today, /^\d{1,2} \S+ 25\d\d$/);
  assert.deepEqual(problems, []);
});
