// Smoke test of the demo page as a visitor uses it: its own HTML and script, in Chromium.
import { expect } from 'chai';

const $ = (id) => document.getElementById(id);
const wordsOf = (id) => $(id).shadowRoot.querySelector('[part="words"]')?.textContent ?? null;

async function type(text) {
  const input = $('amount');
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await Promise.all([$('words-excel').updateComplete, $('words-sheets').updateComplete]);
}

describe('amount demo page', () => {
  before(async () => {
    const page = await (await fetch('/amount-demo/index.html')).text();
    const parsed = new DOMParser().parseFromString(page, 'text/html');
    document.body.innerHTML = parsed.body.innerHTML;
    document.documentElement.lang = 'th';
    await import('../amount-demo/main.js');
  });

  it('shows the typed amount parsed, formatted and in Thai words', async () => {
    await type('๒,๐๐๑.๒๕ บาท');
    expect($('parsed').textContent).to.equal('"2001.25"');
    expect($('formatted').textContent).to.equal('฿2,001.25');
    expect($('formatted-thai').textContent).to.equal('๒,๐๐๑.๒๕ บาท');
    expect(wordsOf('words-excel')).to.equal('สองพันเอ็ดบาทยี่สิบห้าสตางค์');
    expect(wordsOf('words-sheets')).to.equal('สองพันหนึ่งบาทยี่สิบห้าสตางค์');
    expect($('amount').hasAttribute('aria-invalid')).to.equal(false);
  });

  it('explains a mistake in Thai, marks the field invalid and clears the results', async () => {
    await type('1,23,4');
    expect($('amount').getAttribute('aria-invalid')).to.equal('true');
    expect($('amount-error').textContent).to.contain('จุลภาค');
    expect($('parsed').textContent).to.equal('—');
    expect(wordsOf('words-excel')).to.equal(null);
  });

  it('switches to English and back', async () => {
    $('switch-language').click();
    expect(document.documentElement.lang).to.equal('en');
    expect($('amount-error').textContent).to.equal(
      'A comma is in the wrong place: commas separate groups of three digits, as in 1,234.50.',
    );
    expect(document.querySelector('label[for="amount"]').textContent).to.equal('Amount (baht)');
    expect($('switch-language').textContent).to.equal('ภาษาไทย');
    $('switch-language').click();
    expect(document.documentElement.lang).to.equal('th');
    expect(document.querySelector('label[for="amount"]').textContent).to.equal('จำนวนเงิน (บาท)');
  });

  it('shows today in the Buddhist Era', () => {
    expect($('today').textContent).to.match(/^\d{1,2} \S+ 25\d\d$/);
  });
});
