// The partner portal's outline as a screen reader lists it, through the widgets' shadow roots,
// in Thai and in English: one <h1>, no level skipped on the way down, and no widget repeating
// the heading the portal puts above it (the widgets take `no-heading` there, and name their
// region instead).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startDemoBrowser } from './support/demo-browser.mjs';

let demo;
let page;

before(async () => {
  demo = await startDemoBrowser();
  page = await demo.browser.newPage();
  await page.goto(`${demo.origin}/partner-portal/`);
  await page.waitForFunction(() => document.body.dataset.ready === 'true', { timeout: 30_000 });
});
after(() => demo?.close());

/**
 * Every heading of the page in document order, light DOM and shadow roots alike, once the
 * balance card and the ledger show the demo household; and the names of the widgets' regions.
 */
async function outline() {
  await page.waitForFunction(
    () =>
      document
        .querySelector('sajja-balance-card')
        ?.shadowRoot?.querySelector('[part="organisation"]') &&
      document.querySelector('sajja-household-ledger')?.shadowRoot?.querySelector('.summary'),
    { timeout: 30_000 },
  );
  return page.evaluate(() => {
    const headings = [];
    const walk = (root, inWidget) => {
      for (const element of root.children) {
        const tag = /^h([1-6])$/.exec(element.localName);
        const level = tag
          ? Number(tag[1])
          : element.getAttribute('role') === 'heading'
            ? Number(element.getAttribute('aria-level'))
            : 0;
        if (level) {
          const text = element.textContent.replace(/\s+/g, ' ').trim();
          headings.push({ level, text, inWidget });
        }
        if (element.shadowRoot) walk(element.shadowRoot, true);
        walk(element, inWidget);
      }
    };
    walk(document.body, false);
    const regions = ['sajja-balance-card', 'sajja-household-ledger'].map(
      (tag) => document.querySelector(tag).shadowRoot.querySelector('[role="region"]')?.ariaLabel,
    );
    return { headings, regions };
  });
}

for (const lang of ['th', 'en']) {
  test(`the portal's outline in ${lang}: one <h1>, no level skipped, no heading twice`, async () => {
    await page.evaluate((lang) => {
      if (document.documentElement.lang !== lang)
        document.getElementById('switch-language').click();
    }, lang);
    await page.waitForFunction((lang) => document.documentElement.lang === lang, {}, lang);
    const { headings, regions } = await outline();
    const line = (heading) => `h${heading.level} ${heading.text}`;

    assert.deepEqual(
      headings.filter((heading) => heading.level === 1).map(line),
      [line(headings[0])],
      'one <h1>, first',
    );
    const skips = headings.filter(
      (heading, index) => index > 0 && heading.level > headings[index - 1].level + 1,
    );
    assert.deepEqual(skips.map(line), [], 'a level skipped');

    const portal = headings.filter((heading) => !heading.inWidget).map((heading) => heading.text);
    const widgets = headings.filter((heading) => heading.inWidget);
    assert.ok(widgets.length > 5, `the widgets' headings: ${widgets.map(line)}`);
    assert.deepEqual(
      widgets.filter((heading) => portal.some((text) => heading.text.startsWith(text))).map(line),
      [],
      "a widget repeats the portal's heading",
    );
    assert.ok(
      widgets.every((heading) => heading.level > 2),
      'widget sections sit under the portal’s <h2>',
    );
    for (const name of regions) assert.match(name ?? '', /\S/, 'each widget names its region');
  });
}
