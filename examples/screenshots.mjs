// Takes the widget screenshots in docs/images/: every widget at 390 px (a phone) and 1280 px
// (a desktop), in Thai and English, as the demo server's pages show them:
//   pnpm build && node examples/screenshots.mjs
// The household's widgets come from the partner portal, the committee's from its committee page
// (with the steps of a meeting the fund committee guide walks through), <sajja-baht-text> from
// the amount demo, <sajja-sync-status> from the household page of a phone that turned the sync
// on (the demo server's sync server, on a temporary folder). `--sync-only` takes only those.
// Thai needs a Thai font on the machine (fonts-thai-tlwg on Debian); without one the script
// stops rather than write pictures of empty boxes. (The end-to-end test takes its own full-page
// screenshots into examples/test-output/.)
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, chromiumPath } from '@sajja/testing';
import puppeteer from 'puppeteer-core';
import { startDemoServer } from './demo-server/demo-server.mjs';

const thaiFonts = execFileSync('fc-list', [':lang=th', 'family'], { encoding: 'utf8' }).trim();
if (!thaiFonts) {
  console.error('No Thai font is installed (fc-list :lang=th is empty): install fonts-thai-tlwg.');
  process.exit(1);
}

const images = fileURLToPath(new URL('../docs/images/', import.meta.url));
mkdirSync(images, { recursive: true });
const WIDTHS = [390, 1280];
const LANGUAGES = ['th', 'en'];
/** The portal's widgets, by the file name of their pictures and where they are on the page. */
const PORTAL_WIDGETS = [
  ['balance-card', 'sajja-balance-card'],
  ['deposit-form', 'sajja-deposit-form'],
  ['household-ledger', 'sajja-household-ledger'],
  ['loan-calculator', 'sajja-loan-calculator'],
  ['promptpay-qr', 'section > sajja-promptpay-qr'],
];
/** The committee page's widgets, by the file name of their pictures. */
const COMMITTEE_WIDGETS = [
  ['meeting', 'sajja-meeting'],
  ['meeting-report', 'sajja-meeting-report'],
  ['share-out', 'sajja-share-out'],
];
/** The roster of 30 members is long: its pictures show its top (the fields and first members). */
const TALLEST = 1600;

const syncOnly = process.argv.includes('--sync-only');
const dataDir = mkdtempSync(join(tmpdir(), 'sajja-screenshots-sync-'));
const server = await startDemoServer({ port: 0, sync: { dataDir } });
const browser = await puppeteer.launch({ executablePath: chromiumPath, args: chromiumArgs });
const written = [];
try {
  let page = await browser.newPage();
  /**
   * A picture of the element with 8 px of the page around it (as far as the page goes), at most
   * `tallest` px high.
   */
  const shoot = async (selector, name, tallest = Infinity) => {
    const { left, top, right, bottom } = await page.$eval(selector, (element) => {
      const box = element.getBoundingClientRect();
      const page = document.documentElement;
      return {
        left: Math.max(0, Math.floor(box.left + scrollX) - 8),
        top: Math.max(0, Math.floor(box.top + scrollY) - 8),
        right: Math.min(page.scrollWidth, Math.ceil(box.right + scrollX) + 8),
        bottom: Math.min(page.scrollHeight, Math.ceil(box.bottom + scrollY) + 8),
      };
    });
    const clip = { x: left, y: top, width: right - left, height: Math.min(bottom - top, tallest) };
    await page.screenshot({ path: `${images}${name}.png`, clip, captureBeyondViewport: true });
    written.push(`${name}.png`);
  };
  /** Waits until `check` (run in the page) holds, then a moment for the last paint. */
  const until = async (check, ...args) => {
    await page.waitForFunction(check, { timeout: 30_000 }, ...args);
    await new Promise((resolve) => setTimeout(resolve, 300));
  };
  /** The partner portal in `lang`, once its demo data and every widget's figures are in. */
  const openPortal = async (lang) => {
    await page.goto(`${server.origin}/partner-portal/`);
    await page.evaluate((value) => localStorage.setItem('sajja-portal-lang', value), lang);
    await page.reload();
    await until(() => {
      const root = (selector) => document.querySelector(selector)?.shadowRoot;
      return (
        document.body.dataset.ready === 'true' &&
        /\d/.test(root('sajja-balance-card')?.querySelector('[part="total"] dd')?.textContent) &&
        root('sajja-household-ledger')?.querySelector('tbody tr') &&
        root('sajja-loan-calculator')?.querySelector('tbody tr') &&
        document.querySelector('section > sajja-promptpay-qr')?.payload !== undefined
      );
    });
  };

  /**
   * The committee page in `lang`, once its demo group is stored and each widget shows it: the
   * roster's rows, the report in its frame with the audit status, the share-out's members.
   */
  const openCommittee = async (lang) => {
    await page.goto(`${server.origin}/partner-portal/committee.html`);
    await page.evaluate((value) => localStorage.setItem('sajja-portal-lang', value), lang);
    await page.reload();
    await until(() => {
      const root = (selector) => document.querySelector(selector)?.shadowRoot;
      return (
        document.body.dataset.ready === 'true' &&
        root('sajja-meeting')?.querySelector('tr[part="row"]') &&
        root('sajja-meeting-report')?.querySelector('[part="audit"]') &&
        root('sajja-meeting-report')?.querySelector('[part="document"]')?.contentDocument?.body
          ?.childElementCount > 0 &&
        root('sajja-share-out')?.querySelector('[part="members"]')
      );
    });
  };

  if (!syncOnly) {
    for (const width of WIDTHS) {
      await page.setViewport({ width, height: 900, deviceScaleFactor: 1 });
      for (const lang of LANGUAGES) {
        await openPortal(lang);
        for (const [name, selector] of PORTAL_WIDGETS)
          await shoot(selector, `${name}-${lang}-${width}`);

        await openCommittee(lang);
        for (const [name, selector] of COMMITTEE_WIDGETS)
          await shoot(selector, `${name}-${lang}-${width}`, TALLEST);

        await page.goto(`${server.origin}/amount-demo/`);
        if (lang === 'en') await page.click('#switch-language');
        await until(
          (lang) =>
            document.documentElement.lang === lang &&
            document.querySelector('sajja-baht-text')?.shadowRoot?.querySelector('[part="words"]'),
          lang,
        );
        await shoot('main', `baht-text-${lang}-${width}`);
      }
    }

    // The deposit form with PromptPay chosen, on a phone: a member's view of paying the pledge by
    // transfer (the QR asks for the pledge until an amount is typed).
    await page.setViewport({ width: 390, height: 900, deviceScaleFactor: 1 });
    await openPortal('th');
    await page.evaluate(() =>
      document
        .querySelector('sajja-deposit-form')
        .shadowRoot.querySelector('input[name="method"][value="promptpay"]')
        .click(),
    );
    await until(
      () =>
        document.querySelector('sajja-deposit-form').shadowRoot.querySelector('sajja-promptpay-qr')
          ?.payload !== undefined,
    );
    await shoot('sajja-deposit-form', 'deposit-form-promptpay-th-390');

    // Two steps of a meeting on a phone, as the fund committee guide walks through them: a member
    // found by number with their row typed in (not saved), and a payment saved wrongly (250
    // instead of 200) being reversed. The demo group starts afresh in this browser.
    await openCommittee('th');
    const meeting = 'sajja-meeting';
    /** Waits until the roster shows only the member `id`. */
    const onlyRow = (id) =>
      until((id) => {
        const rows = document
          .querySelector('sajja-meeting')
          .shadowRoot.querySelectorAll('tr[part="row"]');
        return rows.length === 1 && rows[0].dataset.membership === id;
      }, id);
    await page.type(`${meeting} >>> [part="search"]`, '12');
    await onlyRow('demo-nb-m-12');
    await page.click(`${meeting} >>> input[part="amount"]`, { count: 3 });
    await page.keyboard.type('200');
    await page.keyboard.press('Tab');
    await page.keyboard.down('Control');
    await page.keyboard.press('KeyA');
    await page.keyboard.up('Control');
    await page.keyboard.type('1,219.64');
    await shoot(meeting, 'meeting-search-th-390');

    await page.click(`${meeting} >>> [part="search"]`, { count: 3 });
    await page.keyboard.type('ประยูร');
    await onlyRow('demo-nb-m-03');
    await page.click(`${meeting} >>> input[part="amount"]`, { count: 3 });
    await page.keyboard.type('250');
    await page.keyboard.press('Enter');
    await until(() =>
      document.querySelector('sajja-meeting').shadowRoot.querySelector('[part="correct-button"]'),
    );
    await page.click(`${meeting} >>> [part="correct-button"]`);
    await until(() =>
      document.querySelector('sajja-meeting').shadowRoot.querySelector('[part="reversal"]'),
    );
    // The welfare contribution was right: only the pledge is reversed.
    const [, contribution] = await page.$$(
      `${meeting} >>> [part="reversal"] input[type="checkbox"]`,
    );
    await contribution.click();
    await shoot(meeting, 'meeting-correct-th-390');
  }

  // <sajja-sync-status> on a phone that turned the sync on (a browser context of its own: the
  // button erases the demo data of the device, then the page syncs and seeds).
  for (const lang of LANGUAGES) {
    const context = await browser.createBrowserContext();
    page = await context.newPage();
    page.on('dialog', (dialog) => dialog.accept());
    await page.setViewport({ width: 390, height: 900, deviceScaleFactor: 1 });
    await openPortal(lang);
    await Promise.all([page.waitForNavigation(), page.click('#sync-toggle')]);
    await until(() => {
      const status = document.getElementById('sync-status');
      return (
        document.body.dataset.ready === 'true' &&
        status.controller?.status.state === 'idle' &&
        /\d/.test(status.shadowRoot.querySelector('[part="figures"]')?.textContent)
      );
    });
    await shoot('#sync', `sync-status-${lang}-390`);
    await context.close();
  }
  console.log(`Written to ${images} (Thai font: ${thaiFonts.split('\n')[0]} and others):`);
  console.log(written.join('\n'));
} finally {
  await browser.close();
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
}
