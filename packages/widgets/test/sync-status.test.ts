import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { openStore, type SajjaStore, type SyncController } from '@sajja/store';
import { measurePhoneFit } from '@sajja/testing/phone-fit.mjs';
import '../src/sync-status/sync-status.js';
import type { SajjaSyncStatus } from '../src/sync-status/sync-status.component.js';
import { setViewport } from './deposit-form-helpers.js';

const shadow = (element: Element) => element.shadowRoot!;
const text = (element: Element, selector: string) =>
  shadow(element).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? null;

/** A URL where nothing listens: a real request to it fails as one to a server that is down. */
async function closedPortUrl(): Promise<string> {
  return 'http://127.0.0.1:9';
}

describe('<sajja-sync-status>', () => {
  let store: SajjaStore;
  let name: string;
  const controllers: SyncController[] = [];

  beforeEach(async () => {
    name = `sync-status-${crypto.randomUUID()}`;
    store = await openStore({ name });
  });
  afterEach(() => {
    for (const controller of controllers.splice(0)) controller.stop();
    store.close();
  });

  async function shown(lang = 'th', digits = 'arabic'): Promise<SajjaSyncStatus> {
    const element = await fixture<SajjaSyncStatus>(
      html`<sajja-sync-status store=${name} lang=${lang} digits=${digits}></sajja-sync-status>`,
    );
    await waitUntil(() => text(element, '.pending') !== null, 'the status did not load', {
      timeout: 10_000,
    });
    return element;
  }

  it('shows a store that never synced and the changes waiting, in Thai and in English', async () => {
    const household = await store.households.add({ name: 'บ้านนายสมชาย' });
    await store.households.rename(household.id, 'บ้านนางสมศรี');
    const thai = await shown('th');
    expect(text(thai, '.title')).to.equal('การซิงค์ข้อมูล');
    expect(text(thai, '[part="state"]')).to.equal('ไม่ได้ซิงค์อยู่');
    expect(text(thai, '.last-synced')).to.equal('ยังไม่เคยซิงค์');
    expect(text(thai, '.pending')).to.equal('2 รายการ');
    expect(shadow(thai).querySelector('button')).to.equal(null);
    await expect(thai).to.be.accessible();
    const english = await shown('en');
    expect(text(english, '.title')).to.equal('Sync');
    expect(text(english, '[part="state"]')).to.equal('Not syncing');
    expect(text(english, '.last-synced')).to.equal('Never synced');
    expect(text(english, '.pending')).to.equal('2 changes');
    await expect(english).to.be.accessible();
  });

  it('counts a write at once, in Thai digits when asked', async () => {
    const element = await shown('th', 'thai');
    expect(text(element, '.pending')).to.equal('ส่งครบแล้ว');
    for (let i = 0; i < 12; i++) await store.households.add({ name: `บ้าน ${i}` });
    await waitUntil(() => text(element, '.pending') === '๑๒ รายการ', 'the count did not follow');
  });

  it('shows a server that cannot be reached, and a sync-now button that tries again', async () => {
    await store.households.add({ name: 'บ้านนายสมชาย' });
    const controller = store.sync(
      { url: await closedPortUrl(), token: 'a.b.c' },
      { timeout: 5_000 },
    );
    controllers.push(controller);
    const element = await shown('en');
    element.controller = controller;
    await element.updateComplete;
    const button = shadow(element).querySelector('button')!;
    expect(button.textContent!.trim()).to.equal('Sync now');
    button.click();
    await waitUntil(() => text(element, '[part="state"]') === 'Offline', 'no offline state', {
      timeout: 10_000,
    });
    expect(text(element, '.message')).to.equal(
      'The sync server cannot be reached: changes wait here and sync when it answers.',
    );
    expect(text(element, '.pending')).to.equal('1 change');
    expect(controller.status).to.deep.include({ state: 'offline', pending: 1 });
    expect(controller.status.problem?.code).to.equal('UNREACHABLE');
    await expect(element).to.be.accessible();
    // Another page's widget, without a controller, shows the same from the store.
    const other = await shown('th');
    expect(text(other, '[part="state"]')).to.equal('ออฟไลน์');
    expect(text(other, '.message')).to.equal(
      'ติดต่อเซิร์ฟเวอร์ซิงค์ไม่ได้ รายการที่บันทึกรออยู่ในเครื่องและจะซิงค์เมื่อเซิร์ฟเวอร์ตอบ',
    );
  });

  it('fits a 320 px phone with a problem shown, in Thai and in English, its button finger-sized', async () => {
    await store.households.add({ name: 'บ้านนายสมชาย' });
    const controller = store.sync(
      { url: await closedPortUrl(), token: 'a.b.c' },
      { timeout: 5_000 },
    );
    controllers.push(controller);
    await controller.syncNow();
    try {
      await setViewport({ width: 320, height: 800 });
      for (const lang of ['th', 'en']) {
        const element = await shown(lang);
        element.controller = controller;
        await element.updateComplete;
        await waitUntil(() => text(element, '.message') !== null, 'no problem shown');
        const fit = measurePhoneFit();
        expect(fit.scrollWidth, lang).to.be.at.most(320);
        expect(fit.pastTheEdge, lang).to.deep.equal([]);
        expect(fit.smallTargets, lang).to.deep.equal([]);
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
