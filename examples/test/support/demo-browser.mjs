// What the browser tests of the examples share: the demo server of `pnpm start` on a free port
// of 127.0.0.1, and the system's headless Chromium (no download).
import { chromiumArgs, chromiumPath } from '@sajja/testing';
import puppeteer from 'puppeteer-core';
import { startDemoServer } from '../../demo-server/demo-server.mjs';

/**
 * Starts the demo server and a browser; with `sync`, the demo server's sync server too (its
 * data in `sync.dataDir`).
 *
 * @param {{ sync?: { dataDir: string } }} [options]
 * @returns {Promise<{ origin: string, browser: import('puppeteer-core').Browser, close(): Promise<void> }>}
 */
export async function startDemoBrowser({ sync } = {}) {
  const server = await startDemoServer({ port: 0, sync });
  const browser = await puppeteer.launch({ executablePath: chromiumPath, args: chromiumArgs });
  return {
    origin: server.origin,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** The phone widths every page must fit (CSS pixels), and the desktop width screenshots use. */
export const PHONE_WIDTHS = Object.freeze([320, 360, 390]);
export const DESKTOP_WIDTH = 1280;
