// End to end, as a visitor meets it: the partner portal served by the demo server of
// `pnpm start`, in the system's headless Chromium (no download). It fits phones 320, 360 and
// 390 px wide, in Thai and English, and axe-core finds nothing serious in it; make a deposit,
// see the balance card change, reload, find it still there, switch to English; a page with only
// a loan calculator downloads its chunk alone (no other widget's, no store's) and defines a
// widget added later, and a page that cannot get the store's chunk shows why. Screenshots, at
// 390 px and 1280 px, go to examples/test-output/ for a person to look at.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { measurePhoneFit } from '@sajja/testing/phone-fit.mjs';
import { runAxe } from './support/axe.mjs';
import { DESKTOP_WIDTH, PHONE_WIDTHS, startDemoBrowser } from './support/demo-browser.mjs';

const output = fileURLToPath(new URL('../test-output/', import.meta.url));
mkdirSync(output, { recursive: true });

let demo;
let browser;
let page;
let origin;
const calls = [];
const violations = [];

before(async () => {
  demo = await startDemoBrowser();
  ({ origin, browser } = demo);
  page = await browser.newPage();
  await page.setViewport(PHONE); // a small phone
  page.on('pageerror', (error) => console.error('page error:', error));
  // The portal must work with no network beyond its own origin: such requests are refused
  // and noted, as are calls of any kind (fetch, beacons, sockets) and breaches of the page's
  // strict Content-Security-Policy; the last test finds none.
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const ownAsset = ['document', 'script', 'stylesheet', 'image'].includes(request.resourceType());
    // The browser asks for a page icon by itself.
    if (!ownAsset && new URL(request.url()).pathname !== '/favicon.ico') {
      calls.push(`${request.resourceType()} ${request.url()}`);
    }
    if (request.url().startsWith(origin)) return request.continue();
    calls.push(`refused ${request.url()}`);
    return request.abort();
  });
  await page.exposeFunction('reportViolation', (text) => violations.push(text));
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      window.reportViolation(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}`),
    );
  });
});

after(() => demo?.close());

const PHONE = { width: 390, height: 844, deviceScaleFactor: 1 };

/** Screenshots of the whole page at 390 px (a phone) and 1280 px (a desktop), named `name`. */
async function screenshots(name) {
  for (const width of [PHONE.width, DESKTOP_WIDTH]) {
    await page.setViewport({ ...PHONE, width });
    await settled(page);
    await page.screenshot({ path: `${output}${name}-${width}.png`, fullPage: true });
  }
  await page.setViewport(PHONE);
}

/** Two frames: the layout after the last render, and after any resize it caused. */
const settled = (page) =>
  page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );

/**
 * Asserts the page open in `page` fits its viewport: no sideways scroll, nothing past the edge
 * outside a box that scrolls (which a keyboard reaches and a screen reader names), every control
 * at least 44 × 44 px.
 */
async function assertFits(page, label) {
  await settled(page);
  const fit = await page.evaluate(measurePhoneFit);
  assert.ok(
    fit.scrollWidth <= fit.innerWidth,
    `${label}: the page is ${fit.scrollWidth} px wide in a ${fit.innerWidth} px window`,
  );
  assert.deepEqual(fit.pastTheEdge, [], label);
  assert.deepEqual(fit.smallTargets, [], label);
  assert.deepEqual(fit.scrollBoxesWithoutKeyboard, [], label);
}

/** Shows the portal (or any page) in `lang`: the portal's own switch, or <html lang>. */
async function showIn(page, lang) {
  await page.evaluate((lang) => {
    const button = document.getElementById('switch-language');
    if (document.documentElement.lang === lang) return;
    if (button) button.click();
    else document.documentElement.lang = lang;
  }, lang);
  await page.waitForFunction((lang) => document.documentElement.lang === lang, {}, lang);
  await settled(page);
}

/** The text of the balance card's total section, once it shows numbers. */
async function totalSavings() {
  const handle = await page.waitForFunction(
    () => {
      const card = document.querySelector('sajja-balance-card');
      const total = card?.shadowRoot?.querySelector('[part="total"] dd');
      return total && /\d/.test(total.textContent) ? total.textContent.trim() : false;
    },
    { timeout: 30_000 },
  );
  return handle.jsonValue();
}

const baht = (text) => Number(text.replace(/[^\d.]/g, ''));

/**
 * A path in the bundle's folder as every build names it: `sajja-widgets-store-[hash].js`,
 * `sajja-widgets-loan-calculator-[hash].js` (Rollup's hashes are 8 characters).
 */
const unhashed = (path) =>
  path.replace(/^(\/assets\/sajja\/sajja-widgets-[\w-]+?)-[\w-]{8}\.js$/, '$1-[hash].js');

/**
 * A page of its own (its own cache and storage), to which `refuse(url)` and any other origin
 * are offline; it notes the paths of the scripts it asks for and the errors it does not catch.
 */
async function separatePage(refuse = () => false) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const scripts = [];
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (request.resourceType() === 'script') scripts.push(url.pathname);
    if (url.origin !== origin || refuse(url)) return request.abort();
    return request.continue();
  });
  return { page, scripts, errors, close: () => context.close() };
}

test('the front page is the partner portal, seeded with the demo household', async () => {
  const response = await page.goto(`${origin}/`);
  assert.equal(response.ok(), true);
  assert.match(page.url(), /\/partner-portal\/$/);
  await page.waitForFunction(() => document.body.dataset.ready === 'true', { timeout: 30_000 });
  // The autoloader defines each widget once its chunk is in; the page's own script need not wait.
  await page.waitForFunction(
    () =>
      [
        'sajja-balance-card',
        'sajja-deposit-form',
        'sajja-household-ledger',
        'sajja-loan-calculator',
        'sajja-promptpay-qr',
      ]
        .map((tag) => Boolean(customElements.get(tag) && document.querySelector(tag)))
        .every(Boolean),
    { timeout: 30_000 },
  );
  // Only the bundle (its entry, the shared chunk it imports, the chunks of the five widgets the
  // page shows, the store's chunk the widgets import when they first store something, the
  // group notice's QR with its drawing code and the core's PromptPay code) and the portal's own
  // files were loaded: no baht text, no backup code.
  const scripts = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => entry.initiatorType === 'script' || entry.name.endsWith('.js'))
      .map((entry) => new URL(entry.name).pathname),
  );
  assert.deepEqual([...new Set(scripts.map(unhashed))].sort(), [
    '/assets/sajja/sajja-widgets-balance-card-[hash].js',
    '/assets/sajja/sajja-widgets-deposit-form-[hash].js',
    '/assets/sajja/sajja-widgets-household-ledger-[hash].js',
    '/assets/sajja/sajja-widgets-ledger-month-extras-[hash].js',
    '/assets/sajja/sajja-widgets-loan-calculator-[hash].js',
    '/assets/sajja/sajja-widgets-promptpay-[hash].js',
    '/assets/sajja/sajja-widgets-promptpay-qr-[hash].js',
    '/assets/sajja/sajja-widgets-promptpay-qr-drawing-[hash].js',
    '/assets/sajja/sajja-widgets-schedule-[hash].js',
    '/assets/sajja/sajja-widgets-shared-[hash].js',
    '/assets/sajja/sajja-widgets-store-[hash].js',
    '/assets/sajja/sajja-widgets.js',
    '/partner-portal/demo-data.js',
    '/partner-portal/page-settings.js',
    '/partner-portal/portal-sync.js',
    '/partner-portal/portal.js',
  ]);
  assert.match(await totalSavings(), /\d/);
  await screenshots('portal-th');
});

/**
 * Opens the portal or the embed, and waits until every widget on it shows its content: the
 * calculator's schedule and, on the portal, the balance card's figures and the ledger's rows.
 */
async function openShown(path) {
  await page.goto(`${origin}${path}`);
  await calculatorPayment(page);
  if (path !== '/partner-portal/') return;
  await page.waitForFunction(() => document.body.dataset.ready === 'true', { timeout: 30_000 });
  await totalSavings();
  await page.waitForFunction(
    () => document.querySelector('sajja-household-ledger').shadowRoot.querySelector('tbody tr'),
    { timeout: 30_000 },
  );
}

test('the portal and the minimal embed fit phones 320, 360 and 390 px wide, in Thai and English', async () => {
  try {
    for (const path of ['/partner-portal/', '/embed.html']) {
      await openShown(path);
      for (const lang of ['th', 'en']) {
        await showIn(page, lang);
        for (const width of PHONE_WIDTHS) {
          await page.setViewport({ ...PHONE, width });
          await assertFits(page, `${path} at ${width} px in ${lang}`);
        }
      }
      await showIn(page, 'th');
    }
  } finally {
    await page.setViewport(PHONE);
  }
});

test('axe-core finds no serious or critical violation, in Thai and English, on a phone and a desktop', async () => {
  try {
    for (const path of ['/partner-portal/', '/embed.html']) {
      await openShown(path);
      for (const lang of ['th', 'en']) {
        await showIn(page, lang);
        for (const width of [320, DESKTOP_WIDTH]) {
          await page.setViewport({ ...PHONE, width });
          await settled(page);
          const { serious, widgetNodesPassed } = await runAxe(page);
          assert.deepEqual(serious, [], `${path} at ${width} px in ${lang}`);
          // It looked inside the widgets' shadow roots, not only at the page around them.
          assert.ok(widgetNodesPassed > 0, `${path}: axe checked nothing inside a widget`);
        }
      }
      await showIn(page, 'th');
    }
  } finally {
    await page.setViewport(PHONE);
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => document.body.dataset.ready === 'true', { timeout: 30_000 });
  }
});

test('a deposit made in the form changes the balance card, and survives a reload', async () => {
  const before = baht(await totalSavings());
  await page.evaluate(() => {
    const form = document.querySelector('sajja-deposit-form');
    form.scrollIntoView();
    const amount = form.shadowRoot.querySelector('#amount');
    amount.value = '250';
    amount.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  });
  const deposited = page.evaluate(
    () =>
      new Promise((resolve) =>
        document.addEventListener('sajja-deposit', (event) => resolve(event.detail), {
          once: true,
        }),
      ),
  );
  await page.evaluate(() =>
    document.querySelector('sajja-deposit-form').shadowRoot.querySelector('#save').click(),
  );
  const detail = await deposited;
  assert.equal(detail.amount, '250.00');
  assert.equal(detail.householdId, 'demo-household');
  await page.waitForFunction(
    (expected) => {
      const total = document
        .querySelector('sajja-balance-card')
        ?.shadowRoot?.querySelector('[part="total"] dd');
      return total && Number(total.textContent.replace(/[^\d.]/g, '')) === expected;
    },
    { timeout: 30_000 },
    before + 250,
  );
  // A deposit is household saving: the ledger on the same page shows it, marked as the deposit's.
  await page.waitForFunction(
    (id) =>
      document
        .querySelector('sajja-household-ledger')
        ?.shadowRoot?.querySelector(`tr[data-id="${id}"] [part="deposit-mark"]`),
    { timeout: 30_000 },
    detail.ledgerEntryId,
  );
  await page.screenshot({ path: `${output}after-deposit-390.png`, fullPage: true });

  await page.reload();
  await page.waitForFunction(() => document.body.dataset.ready === 'true', { timeout: 30_000 });
  await page.waitForFunction(
    (expected) => {
      const total = document
        .querySelector('sajja-balance-card')
        ?.shadowRoot?.querySelector('[part="total"] dd');
      return total && Number(total.textContent.replace(/[^\d.]/g, '')) === expected;
    },
    { timeout: 30_000 },
    before + 250,
  );
});

test('a member pays by PromptPay: the QR for the pledge, the deposit recorded with its slip', async () => {
  // The group notice's QR is the demo account's, reusable (no amount), and says it is one.
  const notice = await page.waitForFunction(
    () => document.querySelector('section sajja-promptpay-qr:not([amount])')?.payload,
    { timeout: 30_000 },
  );
  assert.match(await notice.jsonValue(), /^000201010211.*0213123456789012158/);
  await page.evaluate(() => {
    const form = document.querySelector('sajja-deposit-form');
    form.scrollIntoView();
    form.shadowRoot.querySelector('input[name="method"][value="promptpay"]').click();
  });
  // The form's QR asks for the member's pledge (300) until an amount is typed.
  const payload = await page.waitForFunction(
    () =>
      document.querySelector('sajja-deposit-form').shadowRoot.querySelector('sajja-promptpay-qr')
        ?.payload,
    { timeout: 30_000 },
  );
  assert.match(await payload.jsonValue(), /5406300\.006304[0-9A-F]{4}$/);
  const deposited = page.evaluate(
    () =>
      new Promise((resolve) =>
        document.addEventListener('sajja-deposit', (event) => resolve(event.detail), {
          once: true,
        }),
      ),
  );
  await page.evaluate(() => {
    const root = document.querySelector('sajja-deposit-form').shadowRoot;
    for (const [id, value] of [
      ['amount', '300'],
      ['slip', 'KB20251205A17'],
    ]) {
      const field = root.querySelector(`#${id}`);
      field.value = value;
      field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
    root.querySelector('#save').click();
  });
  const detail = await deposited;
  assert.equal(detail.method, 'promptpay');
  assert.equal(detail.slipReference, 'KB20251205A17');
  // The balance card's history shows how it was paid.
  await page.waitForFunction(
    () =>
      [
        ...document
          .querySelector('sajja-balance-card')
          .shadowRoot.querySelectorAll('[part="history"] [part="method"]'),
      ].some((node) => node.textContent.includes('KB20251205A17')),
    { timeout: 30_000 },
  );
  await page.screenshot({ path: `${output}promptpay-deposit-390.png`, fullPage: true });
});

test('switching to English re-renders the page and every widget', async () => {
  await page.click('#switch-language');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  const texts = await page.evaluate(() => ({
    heading: document.querySelector('#household-heading').textContent,
    calculator: document.querySelector('sajja-loan-calculator').shadowRoot.querySelector('legend')
      .textContent,
    deposit: document.querySelector('sajja-deposit-form').shadowRoot.querySelector('#save')
      .textContent,
    card: document.querySelector('sajja-balance-card').shadowRoot.textContent,
  }));
  assert.equal(texts.heading, 'Household accounts');
  assert.equal(texts.calculator, 'Loan calculator');
  assert.match(texts.deposit, /[A-Za-z]/);
  assert.doesNotMatch(texts.deposit, /[\u0E00-\u0E7F]/);
  assert.match(texts.card, /Savings/i);
  await screenshots('portal-en');
  // The choice is remembered across a reload.
  await page.reload();
  await page.waitForFunction(() => document.documentElement.lang === 'en', { timeout: 30_000 });
});

test('the demo data can be reset: the deposit is gone, the demo household is back', async () => {
  page.once('dialog', (dialog) => dialog.accept());
  const navigation = page.waitForNavigation();
  await page.click('#reset-demo');
  await navigation;
  await page.waitForFunction(() => document.body.dataset.ready === 'true', { timeout: 30_000 });
  const entries = await page.evaluate(async () => {
    const { openStore } = await import('/assets/sajja/sajja-widgets.js');
    const store = await openStore({ name: 'sajja-portal-demo' });
    const deposits = await store.fundTransactions.list({ householdId: 'demo-household' });
    store.close();
    return deposits.map((record) => record.id);
  });
  assert.ok(entries.length > 0);
  assert.ok(
    entries.every((id) => id.startsWith('demo-')),
    'only the seeded records remain',
  );
});

// What a person reads from the bundle must be what the whole core says: the expected sentences
// come from @sajja/core in Node.
test('the bundle shows the core’s own sentences for bad input, in Thai and English', async () => {
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => document.body.dataset.ready === 'true', { timeout: 30_000 });
  const { errorMessage, parseMoney, parseThaiDate, problemMessage } = await import('@sajja/core');
  const { ledgerFromCsv } = await import('@sajja/core/ledger');
  const refused = (attempt) => {
    try {
      attempt();
    } catch (error) {
      return error;
    }
    assert.fail('the input was accepted');
  };
  const typed = [
    ['amount', 'abc', refused(() => parseMoney('abc'))],
    ['amount', '1.234', refused(() => parseMoney('1.234'))],
    ['amount', '1,23', refused(() => parseMoney('1,23'))],
    ['date', '31/02/2567', refused(() => parseThaiDate('31/02/2567'))],
    ['date', '15/13/2567', refused(() => parseThaiDate('15/13/2567'))],
  ];
  const csv = [
    'date,kind,category,amount,note',
    '2024-03-11,expense,food,0,zero',
    '31/02/2567,income,wages,100,',
    '2024-03-12,income,food,100,',
    '2024-03-13,gift,food,100,',
  ].join('\n');
  const { problems } = ledgerFromCsv(csv, { generateId: () => 'x' });
  assert.equal(problems.length, 4);

  for (const language of ['th', 'en']) {
    const shown = await page.evaluate(
      async (language, typed, csv) => {
        const form = document.querySelector('sajja-deposit-form');
        form.setAttribute('lang', language);
        await form.updateComplete;
        const type = (field, value) => {
          const input = form.shadowRoot.querySelector(`#${field}`);
          input.value = value;
          input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        };
        const today = form.shadowRoot.querySelector('#date').value;
        const messages = [];
        for (const [field, value] of typed) {
          type('amount', field === 'amount' ? value : '100');
          type('date', field === 'date' ? value : today);
          // What a partner's <form> reports, then what the person reads after pressing save.
          const reported = form.validationMessage;
          form.shadowRoot.querySelector('#save').click();
          await form.updateComplete;
          const error = form.shadowRoot.querySelector(`#${field}-error`);
          while (error.textContent.trim() === '') await new Promise((r) => setTimeout(r, 20));
          messages.push([reported, error.textContent.trim()]);
        }
        type('amount', '');
        type('date', today);
        const ledger = document.querySelector('sajja-household-ledger');
        ledger.setAttribute('lang', language);
        const file = ledger.shadowRoot.querySelector('#import-file');
        const transfer = new DataTransfer();
        transfer.items.add(new File([csv], `bad-${language}.csv`, { type: 'text/csv' }));
        file.files = transfer.files;
        file.dispatchEvent(new Event('change'));
        const started = Date.now();
        // Until this file's problems replace those of the language before.
        const listed = () => ledger.shadowRoot.querySelector('.problems');
        while (!listed()?.textContent.includes(`bad-${language}.csv`)) {
          if (Date.now() - started > 30_000) throw new Error('no problems were shown');
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        const problems = [...ledger.shadowRoot.querySelectorAll('.problems li')].map(
          (li) => li.textContent,
        );
        return { messages, problems };
      },
      language,
      typed.map(([field, value]) => [field, value]),
      csv,
    );
    assert.deepEqual(
      shown.messages,
      typed.map(([, , error]) => [errorMessage(error, language), errorMessage(error, language)]),
      language,
    );
    const line = language === 'th' ? 'บรรทัด' : 'Line';
    const column = language === 'th' ? 'คอลัมน์' : 'column';
    assert.deepEqual(
      shown.problems,
      problems.map(
        (problem) =>
          `${line} ${problem.line}: ${problemMessage(problem, language)} (${column} ${problem.path})`,
      ),
      language,
    );
  }
});

test('with error messages on screen the portal still fits a phone, and axe-core finds nothing serious', async () => {
  // The ledger still lists the problems of the CSV file the test before imported.
  assert.ok(
    await page.evaluate(
      () =>
        document.querySelector('sajja-household-ledger').shadowRoot.querySelectorAll('.problems li')
          .length > 0,
    ),
  );
  await page.evaluate(async () => {
    const type = (root, id, value) => {
      const field = root.querySelector(`#${id}`);
      field.value = value;
      field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    };
    const calculator = document.querySelector('sajja-loan-calculator').shadowRoot;
    type(calculator, 'principal', '1,2345,678.999');
    type(calculator, 'term', '99999');
    calculator.querySelector('form').requestSubmit();
    const form = document.querySelector('sajja-deposit-form').shadowRoot;
    type(form, 'amount', '12,34,567.891');
    type(form, 'date', '31/02/2567');
    form.querySelector('#save').click();
  });
  await page.waitForFunction(
    () =>
      document
        .querySelector('sajja-loan-calculator')
        .shadowRoot.querySelector('#principal-error')
        .textContent.trim() &&
      document
        .querySelector('sajja-deposit-form')
        .shadowRoot.querySelector('#amount-error')
        .textContent.trim(),
    { timeout: 30_000 },
  );
  try {
    for (const width of PHONE_WIDTHS) {
      await page.setViewport({ ...PHONE, width });
      await assertFits(page, `the portal with errors at ${width} px`);
    }
    await page.setViewport({ ...PHONE, width: 320 });
    await settled(page);
    assert.deepEqual((await runAxe(page)).serious, []);
  } finally {
    await page.setViewport(PHONE);
  }
});

/** The monthly payment the page's loan calculator shows, once it shows one. */
async function calculatorPayment(page) {
  const shown = await page.waitForFunction(
    () =>
      document
        .querySelector('sajja-loan-calculator')
        ?.shadowRoot?.querySelector('.summary .big')
        ?.textContent?.trim(),
    { timeout: 30_000 },
  );
  return shown.jsonValue();
}

test('the minimal embed shows a working widget from the one script tag', async () => {
  await page.goto(`${origin}/embed.html`);
  const payment = await calculatorPayment(page);
  // 20,000 at 1 %/month over 12 months: Excel =PMT(1%, 12, -20000) = 1,776.9758… → 1,776.98.
  assert.equal(payment, '1,776.98 บาท');
  const primary = await page.evaluate(
    () =>
      getComputedStyle(
        document.querySelector('sajja-loan-calculator').shadowRoot.querySelector('button'),
      ).backgroundColor,
  );
  assert.equal(primary, 'rgb(122, 31, 92)'); // --sajja-primary-color: #7a1f5c from the page
});

test('a page with only a loan calculator loads only its chunk, and a widget added later', async () => {
  const { page, scripts, errors, close } = await separatePage();
  try {
    await page.goto(`${origin}/embed.html`);
    const payment = await calculatorPayment(page);
    assert.equal(payment, '1,776.98 บาท');
    await page.waitForNetworkIdle({ idleTime: 500 });
    // No other widget's chunk, no store: what the page shows and nothing more (the core's
    // loan schedules are a chunk of their own, shared with the store).
    assert.deepEqual(scripts.map(unhashed).sort(), [
      '/assets/sajja/sajja-widgets-loan-calculator-[hash].js',
      '/assets/sajja/sajja-widgets-schedule-[hash].js',
      '/assets/sajja/sajja-widgets-shared-[hash].js',
      '/assets/sajja/sajja-widgets.js',
    ]);
    assert.equal(await page.evaluate(() => customElements.get('sajja-baht-text')), undefined);
    // Another amount typed and worked out: =PMT(1%, 12, -12000) = 1,066.1855… → 1,066.19.
    await page.evaluate(() => {
      const calculator = document.querySelector('sajja-loan-calculator').shadowRoot;
      calculator.querySelector('#principal').value = '12000';
      calculator.querySelector('button').click();
    });
    await page.waitForFunction(
      () =>
        document
          .querySelector('sajja-loan-calculator')
          .shadowRoot.querySelector('.summary .big')
          .textContent.trim() === '1,066.19 บาท',
      { timeout: 30_000 },
    );
    await page.evaluate(() => {
      const words = document.createElement('sajja-baht-text');
      words.setAttribute('amount', '1234.50');
      document.body.append(words);
    });
    const words = await page.waitForFunction(
      () =>
        document.querySelector('sajja-baht-text')?.shadowRoot?.querySelector('[part="words"]')
          ?.textContent,
      { timeout: 30_000 },
    );
    assert.equal(await words.jsonValue(), 'หนึ่งพันสองร้อยสามสิบสี่บาทห้าสิบสตางค์');
    // Time for any late import() to show itself.
    await page.waitForNetworkIdle({ idleTime: 500 });
    // The baht text, added after the page loaded, was found and its chunk loaded; still no store.
    assert.deepEqual(scripts.map(unhashed).sort(), [
      '/assets/sajja/sajja-widgets-baht-text-[hash].js',
      '/assets/sajja/sajja-widgets-loan-calculator-[hash].js',
      '/assets/sajja/sajja-widgets-schedule-[hash].js',
      '/assets/sajja/sajja-widgets-shared-[hash].js',
      '/assets/sajja/sajja-widgets.js',
    ]);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('a store chunk that cannot be fetched shows as the storage error, and a retry works', async () => {
  let offline = true;
  const { page, scripts, errors, close } = await separatePage(
    (url) => offline && url.pathname.includes('/sajja-widgets-store-'),
  );
  try {
    await page.goto(`${origin}/partner-portal/`);
    // The portal's own openStore() fails as on a browser without storage; so do the widgets,
    // with the sentence they give for a failing storage, and nothing is left unhandled.
    await page.waitForFunction(() => document.body.dataset.ready === 'error', { timeout: 30_000 });
    const failed = 'เบราว์เซอร์อ่านหรือบันทึกข้อมูลไม่สำเร็จ กรุณาลองใหม่';
    const alert = await page.waitForFunction(
      () =>
        document.querySelector('sajja-balance-card').shadowRoot.querySelector('[role="alert"]')
          ?.textContent,
      { timeout: 30_000 },
    );
    assert.equal(await alert.jsonValue(), failed);
    assert.ok(scripts.some((path) => path.includes('/sajja-widgets-store-')));
    assert.deepEqual(errors, []);

    // Back online: the next use loads the store's code again, and opens the store. (Each widget
    // asks for it when its own chunk is in, so a failed attempt may have been made more than once.)
    const storeRequests = () => scripts.filter((path) => path.includes('/sajja-widgets-store-'));
    const triedOffline = storeRequests().length;
    offline = false;
    const opened = await page.evaluate(async () => {
      const { openStore } = await import('/assets/sajja/sajja-widgets.js');
      const store = await openStore({ name: 'sajja-portal-demo' });
      store.close();
      return store.name;
    });
    assert.equal(opened, 'sajja-portal-demo');
    assert.equal(storeRequests().length, triedOffline + 1);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('the ledger’s CSV export loads the backup code on first use; refused, it shows the storage error', async () => {
  let offline = true;
  const transfer = '/sajja-widgets-store-transfer-';
  const { page, scripts, errors, close } = await separatePage(
    (url) => offline && url.pathname.includes(transfer),
  );
  try {
    await page.goto(`${origin}/partner-portal/`);
    await page.waitForFunction(() => document.body.dataset.ready === 'true', { timeout: 30_000 });
    // The page and its widgets are in, and none of them asked for the backup code.
    assert.equal(scripts.filter((path) => path.includes(transfer)).length, 0);
    const exportCsv = () =>
      page.evaluate(() =>
        document
          .querySelector('sajja-household-ledger')
          .shadowRoot.querySelector('[part="files"] button')
          .click(),
      );
    await exportCsv();
    const error = await page.waitForFunction(
      () =>
        document.querySelector('sajja-household-ledger').shadowRoot.querySelector('#import-error')
          ?.textContent || false,
      { timeout: 30_000 },
    );
    assert.equal(await error.jsonValue(), 'เบราว์เซอร์อ่านหรือบันทึกข้อมูลไม่สำเร็จ กรุณาลองใหม่');
    // The backup code may come in more than one chunk (the sync engine shares part of it): what
    // was refused is asked for again on the next use, and each chunk once.
    const refused = scripts.filter((path) => path.includes(transfer));
    assert.ok(refused.length >= 1);

    offline = false;
    await exportCsv();
    const done = await page.waitForFunction(
      () =>
        document
          .querySelector('sajja-household-ledger')
          .shadowRoot.querySelector('.status')
          ?.textContent.match(/sajja-ledger-[\d-]+\.csv/)?.[0] ?? false,
      { timeout: 30_000 },
    );
    assert.match(await done.jsonValue(), /^sajja-ledger-\d{4}-\d{2}-\d{2}\.csv$/);
    const retried = scripts.filter((path) => path.includes(transfer)).slice(refused.length);
    assert.ok(retried.includes(refused[0]), 'the refused chunk is asked for again');
    assert.deepEqual(retried, [...new Set(retried)], 'each chunk once');
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('nothing broke the portal’s Content-Security-Policy, and nothing called the network', () => {
  assert.deepEqual(violations, []);
  assert.deepEqual(calls, []);
});
