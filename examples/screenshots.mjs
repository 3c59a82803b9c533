// Takes the widget screenshots in docs/images/ from the partner portal, in Thai and English:
//   pnpm build && node examples/screenshots.mjs
// (The end-to-end test takes its own full-page screenshots into examples/test-output/.)
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, chromiumPath } from '@sajja/testing';
import puppeteer from 'puppeteer-core';
import { startDemoServer } from './demo-server/demo-server.mjs';

const images = fileURLToPath(new URL('../docs/images/', import.meta.url));
mkdirSync(images, { recursive: true });
const server = await startDemoServer({ port: 0 });
const browser = await puppeteer.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 420, height: 900, deviceScaleFactor: 1 });
  const { origin } = server;
  /** The partner portal in `lang`, once its demo data is in. */
  const openPortal = async (lang) => {
    await page.goto(`${origin}/partner-portal/`);
    await page.evaluate((value) => localStorage.setItem('sajja-portal-lang', value), lang);
    await page.reload();
    await page.waitForFunction(() => document.body.dataset.ready === 'true', { timeout: 30_000 });
  };
  for (const lang of ['th', 'en']) {
    await openPortal(lang);
    await page.waitForFunction(
      () =>
        /\d/.test(
          document
            .querySelector('sajja-balance-card')
            ?.shadowRoot?.querySelector('[part="total"] dd')?.textContent ?? '',
        ),
      { timeout: 30_000 },
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (const tag of [
      'sajja-balance-card',
      'sajja-deposit-form',
      'sajja-household-ledger',
      'sajja-loan-calculator',
    ]) {
      const element = await page.$(tag);
      await element.screenshot({ path: `${images}${tag.replace('sajja-', '')}-${lang}.png` });
    }
  }
  // The PromptPay QR on its poster page, as a phone 390 pixels wide shows it.
  await page.setViewport({ width: 390, height: 844, deviceScaleFactor: 1 });
  await page.goto(`${origin}/promptpay-poster.html`);
  await page.waitForFunction(
    () => document.querySelector('sajja-promptpay-qr')?.payload !== undefined,
    { timeout: 30_000 },
  );
  await new Promise((resolve) => setTimeout(resolve, 300));
  const poster = await page.$('sajja-promptpay-qr');
  await poster.screenshot({ path: `${images}promptpay-qr-th.png` });
  // The deposit form with PromptPay chosen, at 390 pixels, in both languages: the member's view
  // of paying the pledge by transfer (the QR asks for the pledge until an amount is typed).
  for (const lang of ['th', 'en']) {
    await openPortal(lang);
    await page.waitForFunction(
      () =>
        document
          .querySelector('sajja-deposit-form')
          ?.shadowRoot?.querySelector('input[name="method"][value="promptpay"]'),
      { timeout: 30_000 },
    );
    await page.evaluate(() =>
      document
        .querySelector('sajja-deposit-form')
        .shadowRoot.querySelector('input[name="method"][value="promptpay"]')
        .click(),
    );
    await page.waitForFunction(
      () =>
        document.querySelector('sajja-deposit-form').shadowRoot.querySelector('sajja-promptpay-qr')
          ?.payload !== undefined,
      { timeout: 30_000 },
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    const form = await page.$('sajja-deposit-form');
    await form.screenshot({ path: `${images}deposit-form-promptpay-${lang}.png` });
    const notice = await page.$('section > sajja-promptpay-qr');
    await notice.screenshot({ path: `${images}promptpay-qr-notice-${lang}.png` });
  }
  console.log(`Screenshots written to ${images}`);
} finally {
  await browser.close();
  await server.close();
}
