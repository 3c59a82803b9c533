// The portal synced through the demo server's embedded sync server: two browser contexts as two
// phones of the demo household and one as the demo group's treasurer, each turning the sync on
// with the page's button and syncing with <sajja-sync-status>'s "sync now". A deposit made in
// the deposit form on one phone shows on the other phone's balance card and in the treasurer's
// roster. Screenshots of the sync status at phone width go to test-output/.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { measurePhoneFit } from '@sajja/testing/phone-fit.mjs';
import { runAxe } from './support/axe.mjs';
import { PHONE_WIDTHS, startDemoBrowser } from './support/demo-browser.mjs';

const output = fileURLToPath(new URL('../test-output/', import.meta.url));
mkdirSync(output, { recursive: true });

const PHONE = { width: 390, height: 844, deviceScaleFactor: 1 };
const dataDir = mkdtempSync(join(tmpdir(), 'sajja-demo-sync-'));
let demo;
const devices = {};
const violations = [];
const offOrigin = [];

before(async () => {
  demo = await startDemoBrowser({ sync: { dataDir } });
});

after(async () => {
  await demo?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** A device of its own: a browser context (its own IndexedDB and storage) and a page. */
async function openDevice(name, path) {
  const context = await demo.browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport(PHONE);
  page.on('pageerror', (error) => console.error(`${name}:`, error));
  page.on('dialog', (dialog) => dialog.accept());
  page.on('request', (request) => {
    if (!request.url().startsWith(demo.origin)) offOrigin.push(`${name} ${request.url()}`);
  });
  await page.exposeFunction('reportViolation', (text) => violations.push(`${name} ${text}`));
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      window.reportViolation(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  await page.goto(`${demo.origin}${path}`);
  await ready(page);
  devices[name] = page;
  return page;
}

const ready = (page) =>
  page.waitForFunction(() => document.body.dataset.ready === 'true', { timeout: 60_000 });

/** The sync status the page's controller holds, once it is `idle` with nothing waiting. */
const synced = (page) =>
  page.waitForFunction(
    () => {
      const status = document.getElementById('sync-status')?.controller?.status;
      return status?.state === 'idle' && status.pending === 0 ? status : false;
    },
    { timeout: 60_000 },
  );

/** Turns the sync on with the page's own button (which erases the device's demo data first). */
async function turnSyncOn(page) {
  await Promise.all([
    page.waitForNavigation(),
    page.evaluate(() => document.getElementById('sync-toggle').click()),
  ]);
  await ready(page);
  await synced(page);
}

/** Syncs now with the widget's own button, and waits for the sync to end well. */
async function syncNow(page) {
  await page.evaluate(() => {
    const status = document.getElementById('sync-status');
    status.scrollIntoView();
    status.shadowRoot.querySelector('[part="sync-now"]').click();
  });
  await page
    .waitForFunction(
      () => document.getElementById('sync-status').controller.status.state === 'syncing',
      { timeout: 10_000 },
    )
    .catch(() => {}); // a short sync may be over before the first look
  await synced(page);
}

const totalSavings = (page) =>
  page.evaluate(() => {
    const total = document
      .querySelector('sajja-balance-card')
      ?.shadowRoot?.querySelector('[part="total"] dd');
    return total && /\d/.test(total.textContent) ? total.textContent.trim() : undefined;
  });
const baht = (text) => Number(text.replace(/[^\d.]/g, ''));

/** What the widget says, as a person reads it. */
const statusText = (page) =>
  page.evaluate(() =>
    document.getElementById('sync-status').shadowRoot.textContent.replace(/\s+/g, ' ').trim(),
  );

test('the treasurer turns the sync on: the whole group goes to the server', async () => {
  const treasurer = await openDevice('treasurer', '/partner-portal/committee.html');
  assert.equal(
    await treasurer.evaluate(() => document.querySelector('sajja-sync-status')),
    null,
    'no sync status before the sync is turned on',
  );
  await turnSyncOn(treasurer);
  const status = await synced(treasurer).then((handle) => handle.jsonValue());
  assert.equal(status.pending, 0);
  assert.match(status.lastSyncedAt, /^\d{4}-\d\d-\d\dT/);
  assert.match(await statusText(treasurer), /ซิงค์เรียบร้อย/);
  const rows = await treasurer.$$eval('sajja-meeting >>> tr[part="row"]', (rows) => rows.length);
  assert.equal(
    rows,
    31,
    "the January roster: the group's 30 members and the family, registered by its treasurer",
  );
  assert.equal(
    await treasurer.$eval(
      'sajja-meeting >>> tr[part="row"][data-membership="demo-m-nong-bua"]',
      (row) => row.textContent.includes('ครอบครัวใจดี'),
    ),
    true,
  );
});

test('a phone of the household syncs first; a second phone gets the same records from the server', async () => {
  const phoneA = await openDevice('phone A', '/partner-portal/');
  await turnSyncOn(phoneA);
  const totalA = await phoneA.waitForFunction(
    () =>
      document.querySelector('sajja-balance-card')?.shadowRoot?.querySelector('[part="total"] dd')
        ?.textContent,
  );
  assert.ok(await totalA.jsonValue());

  const phoneB = await openDevice('phone B', '/partner-portal/');
  await turnSyncOn(phoneB);
  assert.equal(await totalSavings(phoneB), await totalSavings(phoneA));
  // The family's membership in the committee page's group came from the server.
  assert.equal(
    await phoneB.$eval('#fund-nong-bua', (option) => option.hidden || option.disabled),
    false,
  );
});

test('a deposit on one phone shows on the other phone and in the treasurer’s roster', async () => {
  const { 'phone A': phoneA, 'phone B': phoneB, treasurer } = devices;
  const before = baht(await totalSavings(phoneA));
  await phoneA.select('#membership-select', 'demo-m-nong-bua');
  const deposited = phoneA.evaluate(
    () =>
      new Promise((resolve) =>
        document.addEventListener('sajja-deposit', (event) => resolve(event.detail), {
          once: true,
        }),
      ),
  );
  await phoneA.evaluate(() => {
    const form = document.querySelector('sajja-deposit-form');
    const set = (id, value) => {
      const input = form.shadowRoot.getElementById(id);
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    };
    set('amount', '123.45');
    set('date', '05/01/2569'); // the group's January 2026 meeting, in the Buddhist Era
  });
  await phoneA.evaluate(() =>
    document.querySelector('sajja-deposit-form').shadowRoot.querySelector('#save').click(),
  );
  const detail = await deposited;
  assert.equal(detail.amount, '123.45');
  assert.equal(detail.membershipId, 'demo-m-nong-bua');

  // The deposit waits on phone A until it syncs; the widget says so.
  await phoneA
    .waitForFunction(() => document.getElementById('sync-status').controller.status.pending > 0, {
      timeout: 10_000,
    })
    .catch(() => {}); // the background sync may already have sent it
  await syncNow(phoneA);

  await syncNow(phoneB);
  await phoneB.waitForFunction(
    (expected) => {
      const total = document
        .querySelector('sajja-balance-card')
        ?.shadowRoot?.querySelector('[part="total"] dd');
      return total && Number(total.textContent.replace(/[^\d.]/g, '')) === expected;
    },
    { timeout: 30_000 },
    Math.round((before + 123.45) * 100) / 100,
  );

  await syncNow(treasurer);
  const row = await treasurer.waitForFunction(
    () => {
      const row = document
        .querySelector('sajja-meeting')
        ?.shadowRoot?.querySelector('tr[part="row"][data-membership="demo-m-nong-bua"]');
      return row && /123\.45/.test(row.textContent) ? row.textContent.replace(/\s+/g, ' ') : false;
    },
    { timeout: 30_000 },
  );
  assert.match(await row.jsonValue(), /ครอบครัวใจดี/);
  const rows = await treasurer.$$eval('sajja-meeting >>> tr[part="row"]', (rows) => rows.length);
  assert.equal(rows, 31, 'the family is one member, not two');
});

test('the sync status fits phones 320, 360 and 390 px wide, and axe-core finds nothing serious', async () => {
  for (const [name, page] of Object.entries(devices)) {
    for (const width of PHONE_WIDTHS) {
      await page.setViewport({ ...PHONE, width });
      await page.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
      );
      const fit = await page.evaluate(measurePhoneFit);
      assert.ok(fit.scrollWidth <= fit.innerWidth, `${name} at ${width} px`);
      assert.deepEqual(fit.pastTheEdge, [], `${name} at ${width} px`);
      assert.deepEqual(fit.smallTargets, [], `${name} at ${width} px`);
    }
    const { serious } = await runAxe(page);
    assert.deepEqual(serious, [], name);
    await page.setViewport(PHONE);
  }
  const phoneB = devices['phone B'];
  const section = await phoneB.$('#sync');
  await section.screenshot({ path: `${output}sync-status-390.png` });
});

test('nothing broke a Content-Security-Policy, and nothing left the demo server’s origin', () => {
  assert.deepEqual(violations, []);
  assert.deepEqual(offOrigin, []);
});
