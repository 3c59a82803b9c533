import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { errorMessage, isSajjaError, type SajjaError } from '@sajja/core';
import {
  promptPayPayload,
  type PromptPayOptions,
  type PromptPayTarget,
} from '@sajja/core/promptpay';
import jsQR from 'jsqr';
import type { TemplateResult } from 'lit';
import { SajjaPromptPayQr, type SajjaPromptPayQrDrawnEvent } from '../src/index.js';

const shadow = (element: Element) => element.shadowRoot!;
const text = (element: Element, part: string) =>
  shadow(element).querySelector(`[part~="${part}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ??
  null;
const svgOf = (element: Element) => shadow(element).querySelector('svg');

async function render(template: TemplateResult): Promise<SajjaPromptPayQr> {
  const element = await fixture<SajjaPromptPayQr>(template);
  await element.updateComplete;
  return element;
}

/** What jsQR reads from an image, drawn on white at its own size. */
function readQr(image: CanvasImageSource, width: number, height: number): string | undefined {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.imageSmoothingEnabled = false;
  context.drawImage(image, 0, 0, width, height);
  const pixels = context.getImageData(0, 0, width, height);
  return jsQR(pixels.data, width, height)?.data;
}

/** Rasterises the widget's code as a browser would save the SVG, and reads it back. */
async function decodeShown(element: SajjaPromptPayQr): Promise<string | undefined> {
  const svg = svgOf(element)!;
  const size = svg.viewBox.baseVal.width;
  const source = new XMLSerializer().serializeToString(svg);
  const url = URL.createObjectURL(new Blob([source], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    return readQr(image, size * 6, size * 6);
  } finally {
    URL.revokeObjectURL(url);
  }
}

async function decodeBlob(blob: Blob): Promise<{ text?: string; width: number; height: number }> {
  const bitmap = await createImageBitmap(blob);
  const result = readQr(bitmap, bitmap.width, bitmap.height);
  return {
    ...(result === undefined ? {} : { text: result }),
    width: bitmap.width,
    height: bitmap.height,
  };
}

/** The error the core raises for this target and options (to compare sentences with). */
function refusal(target: string | PromptPayTarget, options?: PromptPayOptions): SajjaError {
  try {
    promptPayPayload(target, options);
  } catch (error) {
    if (isSajjaError(error)) return error;
    throw error;
  }
  throw new Error(`${JSON.stringify(target)} was not refused`);
}

describe('<sajja-promptpay-qr>', () => {
  const drawn: SajjaPromptPayQrDrawnEvent[] = [];
  const record = (event: SajjaPromptPayQrDrawnEvent) => drawn.push(event);
  beforeEach(() => {
    drawn.length = 0;
    document.addEventListener('sajja-promptpay-qr-drawn', record);
  });
  afterEach(() => document.removeEventListener('sajja-promptpay-qr-drawn', record));

  it('draws a mobile number with an amount that a scanner reads back as the payload', async () => {
    const element = await render(
      html`<sajja-promptpay-qr
        id="081-234-5678"
        name="กลุ่มสัจจะบ้านหนองบัว"
        amount="200"
      ></sajja-promptpay-qr>`,
    );
    const payload = promptPayPayload('0812345678', { amount: '200' });
    expect(element.payload).to.equal(payload);
    expect(await decodeShown(element)).to.equal(payload);
    expect(text(element, 'name')).to.equal('กลุ่มสัจจะบ้านหนองบัว');
    expect(text(element, 'masked-id')).to.equal('xxx-xxx-5678');
    expect(text(element, 'amount')).to.equal('200.00 บาท');
    const svg = svgOf(element)!;
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.getAttribute('aria-label')).to.equal(
      'คิวอาร์พร้อมเพย์ จ่ายให้ กลุ่มสัจจะบ้านหนองบัว จำนวน 200.00 บาท',
    );
    expect(svg.getAttribute('shape-rendering')).to.equal('crispEdges');
    await expect(element).to.be.accessible();
  });

  it('leaves a quiet zone of four light modules around the code', async () => {
    const element = await render(
      html`<sajja-promptpay-qr id="0812345678" name="สมชาย"></sajja-promptpay-qr>`,
    );
    const svg = svgOf(element)!;
    const size = svg.viewBox.baseVal.width;
    const path = svg.querySelector('path')!.getAttribute('d')!;
    const starts = [...path.matchAll(/M(\d+) (\d+)h(\d+)/g)].map((m) => m.slice(1).map(Number));
    expect(Math.min(...starts.map(([x]) => x!))).to.equal(4);
    expect(Math.min(...starts.map(([, y]) => y!))).to.equal(4);
    expect(Math.max(...starts.map(([x, , run]) => x! + run!))).to.equal(size - 4);
    expect(Math.max(...starts.map(([, y]) => y! + 1))).to.equal(size - 4);
  });

  it('without an amount draws a reusable code and asks the payer to type the amount', async () => {
    const element = await render(
      html`<sajja-promptpay-qr id="0812345678" name="สมชาย ใจดี"></sajja-promptpay-qr>`,
    );
    const payload = promptPayPayload('0812345678', { reusable: true });
    expect(element.payload).to.equal(payload);
    expect(await decodeShown(element)).to.equal(payload);
    expect(text(element, 'amount')).to.equal('ใส่จำนวนเงินในแอปธนาคาร');
    expect(svgOf(element)!.getAttribute('aria-label')).to.equal(
      'คิวอาร์พร้อมเพย์ จ่ายให้ สมชาย ใจดี ใส่จำนวนเงินในแอปธนาคาร',
    );
    element.lang = 'en';
    await element.updateComplete;
    expect(text(element, 'amount')).to.equal('Enter the amount in your banking app.');
    expect(text(element, 'save-button')).to.equal('Save image');
  });

  it('draws a national id, an e-wallet and a biller with its references', async () => {
    const cases: [TemplateResult, string][] = [
      [
        html`<sajja-promptpay-qr
          id="1101700230708"
          name="นางสมศรี มีสุข"
          amount="150.50"
        ></sajja-promptpay-qr>`,
        promptPayPayload('1101700230708', { amount: '150.50' }),
      ],
      [
        html`<sajja-promptpay-qr
          id="004999000288505"
          kind="e-wallet"
          name="กองทุนหมู่บ้าน"
        ></sajja-promptpay-qr>`,
        promptPayPayload({ kind: 'e-wallet', id: '004999000288505' }, { reusable: true }),
      ],
      [
        html`<sajja-promptpay-qr
          id="010553600031301"
          kind="biller"
          reference1="MEMBER042"
          reference2="256706"
          name="สหกรณ์ออมทรัพย์บ้านนา"
          amount="500"
        ></sajja-promptpay-qr>`,
        promptPayPayload(
          { kind: 'biller', id: '010553600031301', reference1: 'MEMBER042', reference2: '256706' },
          { amount: '500' },
        ),
      ],
    ];
    for (const [template, payload] of cases) {
      const element = await render(template);
      expect(element.payload).to.equal(payload);
      expect(await decodeShown(element)).to.equal(payload);
    }
  });

  it('writes the amount and the masked id in Thai digits, the code unchanged', async () => {
    const element = await render(
      html`<sajja-promptpay-qr
        id="0812345678"
        name="สมชาย"
        amount="1200"
        digits="thai"
      ></sajja-promptpay-qr>`,
    );
    const payload = promptPayPayload('0812345678', { amount: '1200' });
    expect(await decodeShown(element)).to.equal(payload);
    expect(text(element, 'amount')).to.equal('๑,๒๐๐.๐๐ บาท');
    expect(text(element, 'masked-id')).to.equal('xxx-xxx-๕๖๗๘');
    expect(svgOf(element)!.getAttribute('aria-label')).to.equal(
      'คิวอาร์พร้อมเพย์ จ่ายให้ สมชาย จำนวน ๑,๒๐๐.๐๐ บาท',
    );
  });

  it('shows the amount the code holds, with its two decimals', async () => {
    const element = await render(
      html`<sajja-promptpay-qr id="0812345678" name="สมชาย" amount="1200.5"></sajja-promptpay-qr>`,
    );
    expect(element.payload).to.equal(promptPayPayload('0812345678', { amount: '1200.50' }));
    expect(element.payload).to.include('54071200.50');
    expect(text(element, 'amount')).to.equal('1,200.50 บาท');
  });

  it('fires sajja-promptpay-qr-drawn with the payload after each code it draws', async () => {
    const element = await render(
      html`<sajja-promptpay-qr id="0812345678" name="สมชาย" amount="100"></sajja-promptpay-qr>`,
    );
    expect(drawn).to.have.length(1);
    expect(drawn[0]!.bubbles).to.equal(true);
    expect(drawn[0]!.composed).to.equal(true);
    expect(drawn[0]!.detail).to.deep.equal({ payload: element.payload });
    element.amount = '250.25';
    await element.updateComplete;
    expect(drawn).to.have.length(2);
    expect(drawn[1]!.detail.payload).to.equal(promptPayPayload('0812345678', { amount: '250.25' }));
    element.lang = 'en'; // words change, the code does not
    await element.updateComplete;
    expect(drawn).to.have.length(2);
  });

  it('takes the PromptPay id from the promptPayId property, leaving the DOM id alone', async () => {
    const element = await render(
      html`<sajja-promptpay-qr .promptPayId=${'0812345678'} name="สมชาย"></sajja-promptpay-qr>`,
    );
    expect(element.hasAttribute('id')).to.equal(false);
    expect(element.payload).to.equal(promptPayPayload('0812345678', { reusable: true }));
  });

  describe('refuses bad input with the coded sentence and no code', () => {
    const refused = async (template: TemplateResult) => {
      drawn.length = 0;
      const element = await render(template);
      expect(svgOf(element)).to.equal(null);
      expect(element.payload).to.equal(undefined);
      expect(shadow(element).querySelector('[part="error"]')!.getAttribute('role')).to.equal(
        'alert',
      );
      expect(drawn).to.have.length(0);
      const thai = text(element, 'error');
      element.lang = 'en';
      await element.updateComplete;
      const english = text(element, 'error');
      await expect(element).to.be.accessible();
      return { thai, english };
    };

    type Case = readonly [
      title: string,
      template: TemplateResult,
      target: string | PromptPayTarget,
      options: PromptPayOptions,
      reason: string,
      thai: string,
      english: string,
    ];
    const cases: readonly Case[] = [
      [
        'a phone number that is not a Thai mobile',
        html`<sajja-promptpay-qr id="021234567" name="สมชาย"></sajja-promptpay-qr>`,
        '021234567',
        {},
        'not-a-thai-mobile',
        'เบอร์นี้ไม่ใช่เบอร์มือถือของไทย',
        'This is not a Thai mobile number.',
      ],
      [
        'a national id with a wrong check digit',
        html`<sajja-promptpay-qr id="1101700230709" name="สมชาย"></sajja-promptpay-qr>`,
        '1101700230709',
        {},
        'bad-check-digit',
        'เลขประจำตัวไม่ถูกต้อง (เลขตรวจสอบไม่ตรง)',
        'This ID number is not valid (its check digit does not match).',
      ],
      ...(['0', '-5'] as const).map(
        (amount) =>
          [
            `the amount ${amount}`,
            html`<sajja-promptpay-qr
              id="0812345678"
              name="สมชาย"
              amount=${amount}
            ></sajja-promptpay-qr>`,
            '0812345678',
            { amount },
            'not-positive',
            'จำนวนเงินต้องมากกว่าศูนย์',
            'The amount must be greater than zero.',
          ] as const,
      ),
      [
        'the amount 10.555',
        html`<sajja-promptpay-qr
          id="0812345678"
          name="สมชาย"
          amount="10.555"
        ></sajja-promptpay-qr>`,
        '0812345678',
        { amount: '10.555' },
        'too-many-decimals',
        'จำนวนเงินมีทศนิยมได้ไม่เกิน 2 ตำแหน่ง (สตางค์)',
        'An amount may have at most 2 decimal places (satang).',
      ],
    ];
    for (const [title, template, target, options, reason, thai, english] of cases) {
      it(title, async () => {
        // The core's own refusal of the same input: the widget shows its sentences.
        const error = refusal(target, options);
        expect(error.reason).to.equal(reason);
        expect([errorMessage(error, 'th'), errorMessage(error, 'en')]).to.deep.equal([
          thai,
          english,
        ]);
        expect(await refused(template)).to.deep.equal({ thai, english });
      });
    }

    it('a missing name', async () => {
      expect(
        await refused(html`<sajja-promptpay-qr id="0812345678" name="  "></sajja-promptpay-qr>`),
      ).to.deep.equal({
        thai: 'ต้องระบุชื่อผู้รับเงิน ให้ตรงกับชื่อที่แอปธนาคารแสดง',
        english: 'Give the recipient’s name, as the banking app shows it.',
      });
    });

    it('a name over 60 columns (Thai marks above and below take none)', async () => {
      // 60 consonants, each with a vowel and a tone mark: 60 columns, shown.
      const fits = await render(
        html`<sajja-promptpay-qr id="0812345678" name=${'กิ่'.repeat(60)}></sajja-promptpay-qr>`,
      );
      expect(fits.payload).to.be.a('string');
      expect(
        await refused(
          html`<sajja-promptpay-qr id="0812345678" name=${'กิ่'.repeat(61)}></sajja-promptpay-qr>`,
        ),
      ).to.deep.equal({
        thai: 'ชื่อผู้รับเงินยาวเกินไป (ไม่เกิน 60 ตัวอักษร)',
        english: 'The recipient’s name is too long (at most 60 characters).',
      });
    });
  });

  it('draws again once the input is put right', async () => {
    const element = await render(
      html`<sajja-promptpay-qr id="0812345678" name="สมชาย" amount="0"></sajja-promptpay-qr>`,
    );
    expect(svgOf(element)).to.equal(null);
    element.amount = '20';
    await element.updateComplete;
    expect(element.payload).to.equal(promptPayPayload('0812345678', { amount: '20' }));
    expect(shadow(element).querySelector('[part="error"]')).to.equal(null);
  });

  it('saves a PNG named after the last digits, which a scanner reads', async () => {
    const element = await render(
      html`<sajja-promptpay-qr
        id="0812345678"
        name="กลุ่มสัจจะบ้านหนองบัว"
        amount="200"
      ></sajja-promptpay-qr>`,
    );
    const button = shadow(element).querySelector<HTMLButtonElement>('[part="save-button"]')!;
    const box = button.getBoundingClientRect();
    expect(box.width).to.be.at.least(44);
    expect(box.height).to.be.at.least(44);

    const clicked: HTMLAnchorElement[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this);
    };
    try {
      button.click();
      await waitUntil(() => clicked.length > 0, 'no download was started');
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    const [link] = clicked;
    expect(link!.download).to.equal('promptpay-5678.png');
    expect(link!.href).to.match(/^blob:/);
    const blob = await (await fetch(link!.href)).blob();
    expect(blob.type).to.equal('image/png');
    const image = await decodeBlob(blob);
    expect(image.text).to.equal(element.payload);
    // 8 pixels a module, with the three lines of text under the code.
    const size = svgOf(element)!.viewBox.baseVal.width;
    expect(image.width).to.equal(size * 8);
    expect(image.height).to.be.greaterThan(size * 8 + 40);
  });

  it('fits a 320-pixel phone: the code scales down, nothing runs sideways', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`
      <div style="width: 320px; font-size: 16px">
        <sajja-promptpay-qr
          id="0812345678"
          name=${'กลุ่มออมทรัพย์เพื่อการผลิตบ้านหนองบัวตำบลหนองบัวใหญ่'}
          amount="123456.78"
        ></sajja-promptpay-qr>
      </div>
    `);
    const element = wrapper.querySelector('sajja-promptpay-qr')!;
    await element.updateComplete;
    const card = shadow(element).querySelector<HTMLElement>('[part="card"]')!;
    expect(element.scrollWidth).to.be.at.most(element.clientWidth);
    expect(card.scrollWidth).to.be.at.most(card.clientWidth);
    expect(wrapper.scrollWidth).to.be.at.most(320);
    expect(svgOf(element)!.getBoundingClientRect().width).to.be.at.most(320);
    expect(svgOf(element)!.getBoundingClientRect().width).to.be.greaterThan(150);
  });
});
