// The partner portal's outline as a screen reader lists it, through the widgets' shadow roots:
// one <h1>, no level skipped on the way down, and no widget repeating the heading the portal
// puts above it (the widgets take `no-heading` there, and name their region instead).
import { expect } from 'chai';
import { openStore } from '@sajja/widgets';
import { seedDemo } from '../partner-portal/demo-data.js';

const STORE = 'sajja-portal-demo';

/** Every heading in document order, light DOM and shadow roots alike. */
function outline(root = document.body, inWidget = false, headings = []) {
  for (const element of root.children) {
    const level = /^h([1-6])$/.exec(element.localName)?.[1] ?? element.getAttribute('aria-level');
    if (level && (/^h[1-6]$/.test(element.localName) || element.role === 'heading')) {
      const text = element.textContent.replace(/\s+/g, ' ').trim();
      headings.push({ level: Number(level), text, inWidget });
    }
    if (element.shadowRoot) outline(element.shadowRoot, true, headings);
    outline(element, inWidget, headings);
  }
  return headings;
}

const shadowOf = (selector) => document.querySelector(selector).shadowRoot;

describe('partner portal outline', () => {
  before(async () => {
    await new Promise((resolve) => {
      const request = indexedDB.deleteDatabase(STORE);
      request.onsuccess = request.onerror = request.onblocked = resolve;
    });
    const store = await openStore({ name: STORE });
    await seedDemo(store);
    store.close();
    const page = await (await fetch('/partner-portal/index.html')).text();
    document.documentElement.lang = 'th';
    document.body.innerHTML = new DOMParser().parseFromString(page, 'text/html').body.innerHTML;
    await new Promise((resolve, reject) => {
      const started = Date.now();
      const check = () => {
        if (
          shadowOf('sajja-balance-card')?.querySelector('[part="organisation"]') &&
          shadowOf('sajja-household-ledger')?.querySelector('.summary')
        ) {
          resolve();
        } else if (Date.now() - started > 10_000) {
          reject(new Error('the widgets did not show the demo data'));
        } else {
          setTimeout(check, 50);
        }
      };
      check();
    });
  });

  it('has one <h1>, and no level skipped going down', () => {
    const headings = outline();
    expect(headings.filter((heading) => heading.level === 1)).to.have.length(1);
    expect(headings[0].level).to.equal(1);
    const skips = headings.filter(
      (heading, index) => index > 0 && heading.level > headings[index - 1].level + 1,
    );
    expect(skips.map((heading) => `h${heading.level} ${heading.text}`)).to.deep.equal([]);
  });

  it("has no widget heading repeating the portal's own", () => {
    const headings = outline();
    const portal = headings.filter((heading) => !heading.inWidget).map((heading) => heading.text);
    const widgets = headings.filter((heading) => heading.inWidget);
    expect(widgets.length).to.be.greaterThan(5);
    expect(
      widgets
        .filter((heading) => portal.some((text) => heading.text.startsWith(text)))
        .map((heading) => `h${heading.level} ${heading.text}`),
    ).to.deep.equal([]);
  });

  it('puts the widgets’ section headings under the portal’s <h2>, each widget named', () => {
    const headings = outline();
    expect(
      headings.filter((heading) => heading.inWidget).map((heading) => heading.level),
    ).to.not.include(2);
    for (const tag of ['sajja-balance-card', 'sajja-household-ledger']) {
      const region = shadowOf(tag).querySelector('[role="region"]');
      expect(region?.getAttribute('aria-label'), tag).to.match(/\S/);
    }
  });
});
