// The partner portal's outline as a screen reader lists it, through the widgets' shadow roots,
// in Thai and in English, on the household page and on the committee page: one <h1>, no level
// skipped on the way down, and no widget repeating the heading the portal puts above it (the
// widgets take `no-heading` there, and name their region instead).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startDemoBrowser } from './support/demo-browser.mjs';

let demo;
let page;

before(async () => {
  demo = await startDemoBrowser();
  page = await demo.browser.newPage();
});
after(() => demo?.close());

/**
 * The portal's pages: where each is, when its widgets show their content (their headings are
 * there then), the widgets that name their region, and how many headings the widgets add at
 * least (so a check that never saw them fails).
 */
const PAGES = [
  {
    name: 'household page',
    path: '/partner-portal/',
    shown: () =>
      document
        .querySelector('sajja-balance-card')
        ?.shadowRoot?.querySelector('[part="organisation"]') &&
      document.querySelector('sajja-household-ledger')?.shadowRoot?.querySelector('.summary'),
    regions: ['sajja-balance-card', 'sajja-household-ledger'],
    widgetHeadings: 6,
  },
  {
    name: 'committee page',
    path: '/partner-portal/committee.html',
    shown: () =>
      document.querySelector('sajja-meeting')?.shadowRoot?.querySelector('tr[part="row"]') &&
      document.querySelector('sajja-meeting-report')?.shadowRoot?.querySelector('[part="audit"]') &&
      document.querySelector('sajja-share-out')?.shadowRoot?.querySelector('[part="members"]'),
    regions: ['sajja-meeting', 'sajja-meeting-report', 'sajja-share-out'],
    widgetHeadings: 3,
  },
];

/**
 * Every heading of the page in document order, light DOM and shadow roots alike, once its
 * widgets show their content; and the names of the widgets' regions.
 */
async function outline({ shown, regions }) {
  await page.waitForFunction(shown, { timeout: 30_000 });
  return page.evaluate((regions) => {
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
    const names = regions.map(
      (tag) => document.querySelector(tag).shadowRoot.querySelector('[role="region"]')?.ariaLabel,
    );
    return { headings, regions: names };
  }, regions);
}

for (const portalPage of PAGES) {
  for (const lang of ['th', 'en']) {
    test(`the ${portalPage.name}'s outline in ${lang}: one <h1>, no level skipped, no heading twice`, async () => {
      if (page.url() !== `${demo.origin}${portalPage.path}`) {
        await page.goto(`${demo.origin}${portalPage.path}`);
        await page.waitForFunction(() => document.body.dataset.ready === 'true', {
          timeout: 30_000,
        });
      }
      await page.evaluate((lang) => {
        if (document.documentElement.lang !== lang)
          document.getElementById('switch-language').click();
      }, lang);
      await page.waitForFunction((lang) => document.documentElement.lang === lang, {}, lang);
      const { headings, regions } = await outline(portalPage);
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
      assert.ok(
        widgets.length >= portalPage.widgetHeadings,
        `the widgets' headings: ${widgets.map(line)}`,
      );
      assert.deepEqual(
        widgets.filter((heading) => portal.some((text) => heading.text.startsWith(text))).map(line),
        [],
        "a widget repeats the portal's heading",
      );
      assert.ok(
        widgets.every((heading) => heading.level > 2),
        'widget sections sit under the portal’s <h2>',
      );
      for (const [index, name] of regions.entries()) {
        assert.match(name ?? '', /\S/, `${portalPage.regions[index]} names its region`);
      }
    });
  }
}
