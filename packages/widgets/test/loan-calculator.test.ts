import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { SajjaLoanCalculator, type SajjaCalculateEvent } from '../src/index.js';

const shadow = (element: Element) => element.shadowRoot!;
const field = (element: Element, id: string) =>
  shadow(element).querySelector<HTMLInputElement & HTMLSelectElement>(`#${id}`)!;
const text = (element: Element, selector: string) =>
  shadow(element).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
const errorOf = (element: Element, id: string) => text(element, `#${id}-error`);

async function fill(element: SajjaLoanCalculator, values: Record<string, string>) {
  for (const [id, value] of Object.entries(values)) field(element, id).value = value;
}

/** Submits the form the way a keyboard user does (Enter), and waits for the render. */
async function submit(element: SajjaLoanCalculator) {
  shadow(element).querySelector('form')!.requestSubmit();
  await element.updateComplete;
}

function collectEvents(element: HTMLElement): SajjaCalculateEvent[] {
  const events: SajjaCalculateEvent[] = [];
  element.addEventListener('sajja-calculate', (event) => events.push(event));
  return events;
}

describe('<sajja-loan-calculator>', () => {
  it('calculates at once from its attributes: instalment, last one, words, BE due dates', async () => {
    const element = await fixture<SajjaLoanCalculator>(html`
      <sajja-loan-calculator
        principal="100000"
        rate="12"
        per="year"
        term="12"
        disbursed-on="2024-01-31"
      ></sajja-loan-calculator>
    `);
    await element.updateComplete;
    // Excel: =PMT(1%, 12, -100000) = 8,884.8788… → 8,884.88; the last instalment pays the
    // remaining 8,796.88 of principal plus 87.97 interest = 8,884.85.
    expect(text(element, '.summary .big')).to.equal('8,884.88 บาท');
    expect(text(element, '.summary')).to.contain('8,884.85');
    expect(text(element, '.summary [lang="th"]')).to.equal(
      'แปดพันแปดร้อยแปดสิบสี่บาทแปดสิบแปดสตางค์',
    );
    const rows = shadow(element).querySelectorAll('tbody tr');
    expect(rows).to.have.length(12);
    // Disbursed 31 January: due on the last day of February (leap year), then the 31st.
    expect(rows[0]!.children[1]!.textContent).to.equal('29 ก.พ. 2567');
    expect(rows[1]!.children[1]!.textContent).to.equal('31 มี.ค. 2567');
    expect(rows[11]!.children[5]!.textContent).to.equal('0.00');
    expect(text(element, '[role="status"]')).to.equal(
      'ผ่อน 12 งวด งวดละ 8,884.88 บาท ดอกเบี้ยรวม 6,618.53 บาท',
    );
    // The rate's period reads "คิดดอกเบี้ย ต่อปี", not "ต่อ ต่อปี"; flat names how it is computed.
    expect(text(element, 'label[for="per"]')).to.equal('คิดดอกเบี้ย');
    expect(text(element, 'option[value="flat"]')).to.equal(
      'คิดดอกเบี้ยจากยอดกู้เต็มทุกงวด (แบบคงที่)',
    );
    await expect(element).to.be.accessible();
  });

  it('says why, in an alert, when the due dates would run past the year 9999, and fires nothing', async () => {
    const uncaught: unknown[] = [];
    const onError = (event: ErrorEvent) => uncaught.push(event.error);
    window.addEventListener('error', onError);
    try {
      const element = await fixture<SajjaLoanCalculator>(html`
        <sajja-loan-calculator
          principal="10000"
          rate="1"
          term="600"
          disbursed-on="9999-01-01"
        ></sajja-loan-calculator>
      `);
      await element.updateComplete;
      expect(text(element, '[role="alert"]')).to.equal('ปีต้องเป็นปีพุทธศักราช (พ.ศ.) เช่น 2567');
      expect(shadow(element).querySelector('table')).to.equal(null);
      const events = collectEvents(element);
      element.lang = 'en';
      await submit(element);
      expect(text(element, '[role="alert"]')).to.equal(
        'The year must be a Buddhist-Era year, for example 2567.',
      );
      expect(events).to.have.length(0);
      await fill(element, { term: '11' });
      await submit(element);
      expect(text(element, '[role="alert"]')).to.equal('');
      expect(shadow(element).querySelectorAll('tbody tr')).to.have.length(11);
      await expect(element).to.be.accessible();
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(uncaught).to.deep.equal([]);
  });

  it('fires sajja-calculate with money as strings (flat 10,000 at 1 %/month, 10 months)', async () => {
    const element = await fixture<SajjaLoanCalculator>(
      html`<sajja-loan-calculator disbursed-on="2024-05-15"></sajja-loan-calculator>`,
    );
    await fill(element, { principal: '10,000', rate: '1', term: '10', method: 'flat' });
    setTimeout(() => submit(element));
    const event = (await oneEvent(element, 'sajja-calculate')) as SajjaCalculateEvent;
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
    const { installments, ...totals } = event.detail;
    expect(totals).to.deep.equal({
      principal: '10000.00',
      rate: { percent: '1', per: 'month' },
      termMonths: 10,
      method: 'flat',
      payment: '1100.00',
      totalInterest: '1000.00',
      totalPayment: '11000.00',
    });
    expect(installments).to.have.length(10);
    expect(installments[0]).to.deep.equal({
      n: 1,
      dueDate: '2024-06-15',
      payment: '1100.00',
      principal: '1000.00',
      interest: '100.00',
      balance: '9000.00',
    });
  });

  it('lends at 0 % (welfare loans): equal parts, no interest', async () => {
    const element = await fixture<SajjaLoanCalculator>(html`
      <sajja-loan-calculator principal="1000" rate="0" term="3" disbursed-on="2024-01-10">
      </sajja-loan-calculator>
    `);
    await element.updateComplete;
    const payments = [...shadow(element).querySelectorAll('tbody tr')].map(
      (row) => row.children[2]!.textContent,
    );
    expect(payments).to.deep.equal(['333.33', '333.33', '333.34']);
    expect(text(element, '.summary')).to.contain('0.00');
  });

  for (const [label, values, fieldId, message] of [
    [
      'letters in the amount',
      { principal: '12abc' },
      'principal',
      'จำนวนเงินต้องเป็นตัวเลขเท่านั้น',
    ],
    ['a zero amount', { principal: '0' }, 'principal', 'จำนวนเงินต้องมากกว่าศูนย์'],
    ['a negative amount', { principal: '-500' }, 'principal', 'จำนวนเงินต้องมากกว่าศูนย์'],
    [
      'a rate that is not a number',
      { rate: 'หนึ่ง' },
      'rate',
      'อัตราดอกเบี้ยต้องเป็นตัวเลขตั้งแต่ 0 ถึง 100 เช่น 1 หรือ 1.5',
    ],
    [
      'a term of 0 months',
      { term: '0' },
      'term',
      'ระยะเวลาผ่อนต้องเป็นจำนวนเดือนเต็ม ตั้งแต่ 1 ถึง 600',
    ],
  ] as const) {
    it(`refuses ${label} with a message tied to the field, and fires nothing`, async () => {
      const element = await fixture<SajjaLoanCalculator>(
        html`<sajja-loan-calculator disbursed-on="2024-01-10"></sajja-loan-calculator>`,
      );
      const events = collectEvents(element);
      await fill(element, Object.assign({ principal: '5000', rate: '1', term: '6' }, values));
      await submit(element);
      await element.updateComplete;
      const input = field(element, fieldId);
      expect(errorOf(element, fieldId)).to.equal(message);
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')).to.contain(`${fieldId}-error`);
      expect(shadow(element).activeElement).to.equal(input);
      expect(text(element, '[role="status"]')).to.equal('กรุณาแก้ไขข้อมูลที่ไม่ถูกต้อง');
      expect(shadow(element).querySelector('table')).to.equal(null);
      expect(events).to.have.length(0);
      await expect(element).to.be.accessible();
    });
  }

  it('speaks English when its lang says so, and follows <html lang> when it has none', async () => {
    const element = await fixture<SajjaLoanCalculator>(
      html`<sajja-loan-calculator lang="en"></sajja-loan-calculator>`,
    );
    expect(text(element, 'legend')).to.equal('Loan calculator');
    await fill(element, { principal: 'abc', rate: '1', term: '6' });
    await submit(element);
    expect(errorOf(element, 'principal')).to.equal('An amount may contain digits only.');

    const follower = await fixture<SajjaLoanCalculator>(
      html`<sajja-loan-calculator></sajja-loan-calculator>`,
    );
    const original = document.documentElement.lang;
    try {
      document.documentElement.lang = 'en';
      await new Promise((resolve) => setTimeout(resolve));
      await follower.updateComplete;
      expect(text(follower, 'legend')).to.equal('Loan calculator');
      document.documentElement.lang = 'th';
      await new Promise((resolve) => setTimeout(resolve));
      await follower.updateComplete;
      expect(text(follower, 'legend')).to.equal('คำนวณเงินกู้');
    } finally {
      document.documentElement.lang = original;
    }
  });

  it('writes Thai digits when digits="thai"', async () => {
    const element = await fixture<SajjaLoanCalculator>(html`
      <sajja-loan-calculator
        principal="10000"
        rate="1"
        term="10"
        method="flat"
        digits="thai"
        disbursed-on="2024-05-15"
      ></sajja-loan-calculator>
    `);
    await element.updateComplete;
    expect(text(element, '.summary .big')).to.equal('๑,๑๐๐.๐๐ บาท');
    expect(shadow(element).querySelector('tbody tr')!.children[1]!.textContent).to.equal(
      '๑๕ มิ.ย. ๒๕๖๗',
    );
  });

  it('takes a partner appearance as --sajja-* custom properties', async () => {
    const element = await fixture<SajjaLoanCalculator>(
      html`<sajja-loan-calculator></sajja-loan-calculator>`,
    );
    element.appearance = { colorPrimary: 'rgb(1, 2, 3)', borderRadius: '0px' };
    await element.updateComplete;
    expect(element.style.getPropertyValue('--sajja-primary-color')).to.equal('rgb(1, 2, 3)');
    const button = shadow(element).querySelector('button')!;
    expect(getComputedStyle(button).backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(button).borderTopLeftRadius).to.equal('0px');
    element.appearance = {};
    await element.updateComplete;
    expect(element.style.getPropertyValue('--sajja-primary-color')).to.equal('');
  });
});
