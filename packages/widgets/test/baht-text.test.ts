import { expect, fixture, html } from '@open-wc/testing';
import { bahtText, errorMessage, isSajjaError, type SajjaError } from '@sajja/core';
import { SajjaBahtText } from '../src/index.js';

/** The coded error `action` throws. */
function expectRefusal(action: () => unknown): SajjaError {
  try {
    action();
  } catch (error) {
    if (isSajjaError(error)) return error;
    throw error;
  }
  throw new Error('nothing was refused');
}

const words = (element: SajjaBahtText) =>
  element.shadowRoot!.querySelector('[part="words"]')?.textContent ?? null;
const error = (element: SajjaBahtText) => element.shadowRoot!.querySelector('[part="error"]');

describe('<sajja-baht-text>', () => {
  it('writes the amount in Thai words', async () => {
    const element = await fixture<SajjaBahtText>(
      html`<sajja-baht-text amount="1234.50"></sajja-baht-text>`,
    );
    expect(element).to.be.instanceOf(SajjaBahtText);
    expect(words(element)).to.equal('หนึ่งพันสองร้อยสามสิบสี่บาทห้าสิบสตางค์');
    await expect(element).to.be.accessible();
  });

  it('follows the Google Sheets เอ็ด rule when asked', async () => {
    const element = await fixture<SajjaBahtText>(
      html`<sajja-baht-text amount="201" ed="sheets"></sajja-baht-text>`,
    );
    expect(words(element)).to.equal('สองร้อยหนึ่งบาทถ้วน');
    element.ed = 'excel';
    await element.updateComplete;
    expect(words(element)).to.equal('สองร้อยเอ็ดบาทถ้วน');
  });

  it('updates when the amount changes', async () => {
    const element = await fixture<SajjaBahtText>(
      html`<sajja-baht-text amount="21"></sajja-baht-text>`,
    );
    element.amount = '0.25';
    await element.updateComplete;
    expect(words(element)).to.equal('ยี่สิบห้าสตางค์');
  });

  it('shows nothing for an empty amount', async () => {
    const element = await fixture<SajjaBahtText>(html`<sajja-baht-text></sajja-baht-text>`);
    expect(element.shadowRoot!.textContent!.trim()).to.equal('');
  });

  it('announces an invalid amount in the page language, never a silent ศูนย์', async () => {
    const thai = await fixture<SajjaBahtText>(
      html`<sajja-baht-text amount="12abc"></sajja-baht-text>`,
    );
    expect(words(thai)).to.equal(null);
    expect(error(thai)!.getAttribute('role')).to.equal('alert');
    expect(error(thai)!.textContent).to.equal('จำนวนเงินต้องเป็นตัวเลขเท่านั้น');
    await expect(thai).to.be.accessible();

    const english = await fixture<SajjaBahtText>(
      html`<div lang="en"><sajja-baht-text amount="12abc"></sajja-baht-text></div>`,
    );
    const inner = english.querySelector('sajja-baht-text')!;
    expect(error(inner)!.textContent).to.equal('An amount may contain digits only.');
  });

  it("refuses 100,000 digits with the core's too-long, and wraps the longest it reads at 320 px", async () => {
    const huge = await fixture<SajjaBahtText>(
      html`<sajja-baht-text amount=${'9'.repeat(100_000)}></sajja-baht-text>`,
    );
    expect(words(huge)).to.equal(null);
    expect(error(huge)!.textContent).to.equal(
      errorMessage(
        expectRefusal(() => bahtText('9'.repeat(100_000))),
        'th',
      ),
    );
    const box = await fixture<HTMLDivElement>(
      html`<div style="width: 320px">
        <sajja-baht-text amount=${'9'.repeat(190)}></sajja-baht-text>
      </div>`,
    );
    const longest = box.querySelector('sajja-baht-text')!;
    await longest.updateComplete;
    expect(words(longest)!.length).to.be.above(1000);
    expect(box.scrollWidth).to.be.at.most(320);
  });

  it('renders whatever is typed as text, never as HTML', async () => {
    const element = await fixture<SajjaBahtText>(
      html`<sajja-baht-text amount="<img src=x onerror=alert(1)>"></sajja-baht-text>`,
    );
    expect(element.shadowRoot!.querySelector('img')).to.equal(null);
  });

  it('can be defined twice (two bundles on one page): warns once, never throws', async () => {
    const { defineElement } = await import('../src/shared/define.js');
    const warnings: unknown[] = [];
    const originalWarn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      class OtherCopy extends SajjaBahtText {}
      expect(defineElement('sajja-baht-text', SajjaBahtText)).to.equal(false);
      expect(warnings).to.have.length(0);
      expect(defineElement('sajja-baht-text', OtherCopy)).to.equal(false);
      expect(defineElement('sajja-baht-text', OtherCopy)).to.equal(false);
      expect(warnings).to.have.length(1);
      expect(customElements.get('sajja-baht-text')).to.equal(SajjaBahtText);
    } finally {
      console.warn = originalWarn;
    }
  });
});
