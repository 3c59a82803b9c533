import { expect } from '@open-wc/testing';
import { errorMessage, SajjaError } from '@sajja/core';

// The autoloader's page: this file runs in a page of its own, which the autoloader watches from
// the moment the first test imports it.

/** Resolves with the tag's class once defined, or rejects after `ms`. */
function defined(tag: string, ms = 5000): Promise<CustomElementConstructor> {
  return Promise.race([
    customElements.whenDefined(tag),
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`<${tag}> was not defined within ${ms} ms`)), ms),
    ),
  ]);
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The paths of every file the page requested. */
const requested = () =>
  performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
const isStore = (path: string) => /\/store\/(src|dist)\//.test(path);

describe('the autoloader (sajja-widgets.js)', () => {
  let autoloader: typeof import('../src/autoloader.js');

  it('defines the widgets a page was served with, and loads no other widget', async () => {
    document.body.innerHTML = '<sajja-baht-text amount="21"></sajja-baht-text>';
    autoloader = await import('../src/autoloader.js');
    await defined('sajja-baht-text');
    const element = document.querySelector('sajja-baht-text')!;
    await (element as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    expect(element.shadowRoot!.textContent).to.include('ยี่สิบเอ็ดบาทถ้วน');
    for (const tag of [
      'sajja-loan-calculator',
      'sajja-balance-card',
      'sajja-deposit-form',
      'sajja-household-ledger',
      'sajja-promptpay-qr',
      'sajja-meeting',
      'sajja-meeting-report',
      'sajja-share-out',
      'sajja-sync-status',
    ]) {
      expect(customElements.get(tag), tag).to.equal(undefined);
    }
    const widgetModules = requested().filter((path) =>
      /\/src\/(loan-calculator|balance-card|deposit-form|household-ledger|promptpay-qr|meeting|meeting-report|share-out|sync-status)\//.test(
        path,
      ),
    );
    expect(widgetModules).to.deep.equal([]);
    expect(requested().filter(isStore)).to.deep.equal([]);
  });

  it('defines a widget added to the document later', async () => {
    expect(customElements.get('sajja-loan-calculator')).to.equal(undefined);
    const wrapper = document.createElement('div');
    wrapper.innerHTML = '<p><sajja-loan-calculator lang="en"></sajja-loan-calculator></p>';
    document.body.append(wrapper);
    const SajjaLoanCalculator = await defined('sajja-loan-calculator');
    expect(wrapper.querySelector('sajja-loan-calculator')).to.be.instanceOf(SajjaLoanCalculator);
    // What the first test saw absent is now requested: the check there can tell.
    expect(requested().some((path) => path.includes('/src/loan-calculator/'))).to.equal(true);
  });

  it('cannot see into a shadow root until loadWidgets is called with it', async () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<sajja-deposit-form household="h1"></sajja-deposit-form>';
    document.body.append(host);
    await pause(300);
    expect(customElements.get('sajja-deposit-form')).to.equal(undefined);

    await autoloader.loadWidgets(root);
    expect(root.querySelector('sajja-deposit-form')).to.be.instanceOf(
      customElements.get('sajja-deposit-form')!,
    );
  });

  it('gives the class of a widget by its tag, loading it first', async () => {
    expect(customElements.get('sajja-balance-card')).to.equal(undefined);
    const SajjaBalanceCard = await autoloader.whenWidgetDefined('sajja-balance-card');
    expect(customElements.get('sajja-balance-card')).to.equal(SajjaBalanceCard);
    expect(await autoloader.whenWidgetDefined('sajja-balance-card')).to.equal(SajjaBalanceCard);
  });

  it('refuses a tag that is not a Sajja widget', async () => {
    const error = await autoloader.whenWidgetDefined('sajja-loan-calculater').catch((e) => e);
    expect(error).to.be.instanceOf(SajjaError);
    expect(error.code).to.equal('INVALID_ARGUMENT');
    expect(error.reason).to.equal('unknown-widget');
    expect(error.message).to.include('sajja-loan-calculator');
    expect(errorMessage(error, 'en')).to.equal(
      'There is no widget called sajja-loan-calculater in this bundle.',
    );
    expect(errorMessage(error, 'th')).to.equal('ไม่มีวิดเจ็ตชื่อ sajja-loan-calculater ในชุดนี้');
    // Names an object has of its own accord are no widgets either.
    for (const tag of ['constructor', '__proto__', 'toString']) {
      const refused = await autoloader.whenWidgetDefined(tag).catch((e) => e);
      expect(refused, tag).to.be.instanceOf(SajjaError);
    }
  });

  it('warns once about an unknown sajja- tag in the page and loads the rest', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const wrapper = document.createElement('div');
      wrapper.innerHTML =
        '<sajja-ledgr></sajja-ledgr><sajja-ledgr></sajja-ledgr>' +
        '<sajja-household-ledger household="h1"></sajja-household-ledger>';
      document.body.append(wrapper);
      await defined('sajja-household-ledger');
      await autoloader.loadWidgets(wrapper);
    } finally {
      console.warn = warn;
    }
    const aboutTypo = warnings.filter((args) => String(args[0]).includes('<sajja-ledgr>'));
    expect(aboutTypo).to.have.length(1);
    expect(customElements.get('sajja-ledgr')).to.equal(undefined);
  });

  it('loads the store for the page around the widgets when asked', async () => {
    await autoloader.requestPersistence();
    expect(requested().some(isStore)).to.equal(true);
  });

  it('lists the tags it can load', () => {
    expect([...autoloader.WIDGET_TAGS].sort()).to.deep.equal([
      'sajja-baht-text',
      'sajja-balance-card',
      'sajja-deposit-form',
      'sajja-household-ledger',
      'sajja-loan-calculator',
      'sajja-meeting',
      'sajja-meeting-report',
      'sajja-promptpay-qr',
      'sajja-share-out',
      'sajja-sync-status',
    ]);
  });
});
