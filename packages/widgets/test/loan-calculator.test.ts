import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { loanSchedule, type LoanTerms } from '@sajja/core/loans';
import { SajjaLoanCalculator, type SajjaCalculateEvent } from '../src/index.js';
import { sendKeys } from './deposit-form-helpers.js';

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

/** Picks `value` in the select `id` as a browser reports it: the value, then input and change. */
async function pick(element: SajjaLoanCalculator, id: string, value: string) {
  const select = field(element, id);
  select.value = value;
  select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await element.updateComplete;
}

/** Opens "more options" as a person does, with a click on its summary. */
async function openMoreOptions(element: SajjaLoanCalculator) {
  shadow(element).querySelector<HTMLElement>('summary')!.click();
  await element.updateComplete;
  expect(shadow(element).querySelector('details')!.open).to.equal(true);
}

/** Calculates with the button and returns the event's detail. */
async function calculated(element: SajjaLoanCalculator) {
  setTimeout(() => submit(element));
  return ((await oneEvent(element, 'sajja-calculate')) as SajjaCalculateEvent).detail;
}

/** What the core gives for `terms`, as the widget's event and table carry it. */
function coreSchedule(terms: LoanTerms) {
  const schedule = loanSchedule(terms);
  return {
    installments: schedule.installments.map((each) => ({
      n: each.n,
      dueDate: each.dueDate,
      payment: each.payment.toString(),
      principal: each.principal.toString(),
      interest: each.interest.toString(),
      balance: each.balance.toString(),
    })),
    totalInterest: schedule.totalInterest.toString(),
  };
}

/** The payment column of the table, as shown (`8,884.88`). */
const payments = (element: Element) =>
  [...shadow(element).querySelectorAll('tbody tr')].map((row) => row.children[2]!.textContent);
/** `1234.5` written as the table writes amounts: `1,234.50`. */
const shown = (amount: string) =>
  Number(amount).toLocaleString('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

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
      repayEvery: { count: 1, unit: 'month' },
      method: 'flat',
      graceOnPrincipal: 0,
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

  describe('more options', () => {
    const BASE = { principal: '100000', rate: '12', term: '12' };
    const TERMS = {
      principal: '100000',
      rate: { percent: '12', per: 'year' },
      method: 'declining',
      disbursedOn: '2024-01-15',
    } as const;

    async function mount() {
      const element = await fixture<SajjaLoanCalculator>(
        html`<sajja-loan-calculator per="year" disbursed-on="2024-01-15"></sajja-loan-calculator>`,
      );
      await fill(element, BASE);
      return element;
    }

    it('is closed at first, and its frequency makes the term a number of instalments', async () => {
      const element = await mount();
      const details = shadow(element).querySelector('details')!;
      expect(details.open).to.equal(false);
      expect(text(element, 'summary')).to.equal('ตัวเลือกเพิ่มเติม');
      expect(text(element, 'label[for="term"]')).to.equal('ระยะเวลาผ่อน (เดือน)');
      await openMoreOptions(element);
      await pick(element, 'every', '2-weeks');
      expect(text(element, 'label[for="term"]')).to.equal('จำนวนงวด');
      expect(text(element, '#term-hint')).to.equal('1 ถึง 1,200 งวด');
      await fill(element, { term: '26' });
      const detail = await calculated(element);
      const expected = coreSchedule({
        ...TERMS,
        installmentCount: 26,
        repayEvery: { count: 2, unit: 'week' },
      });
      expect(detail.installments).to.deep.equal(expected.installments);
      expect(detail.totalInterest).to.equal(expected.totalInterest);
      expect(detail.installmentCount).to.equal(26);
      expect(detail).not.to.have.property('termMonths');
      expect(detail.repayEvery).to.deep.equal({ count: 2, unit: 'week' });
      // Fortnightly from 15 January 2024: 29 January, 12 February, …
      expect(expected.installments[1]!.dueDate).to.equal('2024-02-12');
      expect(shadow(element).querySelectorAll('tbody tr')[1]!.children[1]!.textContent).to.equal(
        '12 ก.พ. 2567',
      );
      expect(payments(element)).to.deep.equal(
        expected.installments.map((each) => shown(each.payment)),
      );
      // What was typed stays; back to monthly, the same field is months again.
      expect(field(element, 'term').value).to.equal('26');
      await pick(element, 'every', 'week');
      const weekly = await calculated(element);
      expect(weekly.installments).to.deep.equal(
        coreSchedule({ ...TERMS, installmentCount: 26, repayEvery: { count: 1, unit: 'week' } })
          .installments,
      );
      await pick(element, 'every', 'month');
      expect(text(element, 'label[for="term"]')).to.equal('ระยะเวลาผ่อน (เดือน)');
      await fill(element, { term: '700' });
      await submit(element);
      expect(errorOf(element, 'term')).to.equal(
        'ระยะเวลาผ่อนต้องเป็นจำนวนเดือนเต็ม ตั้งแต่ 1 ถึง 600',
      );
      await pick(element, 'every', 'week');
      expect(errorOf(element, 'term')).to.equal('');
      await fill(element, { term: '1201' });
      await submit(element);
      expect(errorOf(element, 'term')).to.equal('จำนวนงวดต้องเป็นจำนวนเต็ม ตั้งแต่ 1 ถึง 1,200');
      await expect(element).to.be.accessible();
    });

    it('lets the first instalments pay interest only (grace on principal)', async () => {
      const element = await mount();
      await openMoreOptions(element);
      await fill(element, { grace: '3' });
      const detail = await calculated(element);
      const expected = coreSchedule({ ...TERMS, termMonths: 12, graceOnPrincipal: 3 });
      expect(detail.installments).to.deep.equal(expected.installments);
      expect(detail.graceOnPrincipal).to.equal(3);
      // 1 % a month on 100,000: 1,000.00 of interest and nothing of principal, three times.
      expect(
        detail.installments.slice(0, 3).map((each) => [each.payment, each.principal]),
      ).to.deep.equal([
        ['1000.00', '0.00'],
        ['1000.00', '0.00'],
        ['1000.00', '0.00'],
      ]);
      expect(payments(element)).to.deep.equal(
        expected.installments.map((each) => shown(each.payment)),
      );
      expect(text(element, '.summary .big')).to.equal('1,000.00 บาท');
    });

    for (const [mode, first] of [
      ['up', '8890.00'],
      ['nearest', '8880.00'],
      ['down', '8880.00'],
    ] as const) {
      it(`rounds the instalment to 10 baht, ${mode}, as the core does`, async () => {
        const element = await mount();
        await openMoreOptions(element);
        expect(field(element, 'round-mode').disabled).to.equal(true);
        await pick(element, 'round-to', '10');
        expect(field(element, 'round-mode').disabled).to.equal(false);
        await pick(element, 'round-mode', mode);
        const detail = await calculated(element);
        const expected = coreSchedule({
          ...TERMS,
          termMonths: 12,
          roundPaymentTo: '10',
          roundPaymentMode: mode,
        });
        expect(detail.installments).to.deep.equal(expected.installments);
        expect(detail.payment).to.equal(first);
        expect(detail.roundPaymentTo).to.equal('10.00');
        expect(detail.roundPaymentMode).to.equal(mode);
        expect(payments(element)).to.deep.equal(
          expected.installments.map((each) => shown(each.payment)),
        );
      });
    }

    it('is reached, opened and used with the keyboard, every control labelled', async () => {
      const element = await mount();
      field(element, 'method').focus();
      await sendKeys({ press: 'Tab' });
      const summary = shadow(element).querySelector('summary')!;
      expect(shadow(element).activeElement).to.equal(summary);
      await sendKeys({ press: 'Enter' });
      expect(shadow(element).querySelector('details')!.open).to.equal(true);
      const order: string[] = [];
      for (let step = 0; step < 4; step++) {
        await sendKeys({ press: 'Tab' });
        order.push(shadow(element).activeElement?.id || shadow(element).activeElement!.localName);
      }
      // The direction is skipped while there is no rounding.
      expect(order).to.deep.equal(['every', 'grace', 'round-to', 'button']);
      for (const id of ['every', 'grace', 'round-to', 'round-mode']) {
        expect(text(element, `label[for="${id}"]`), id).to.not.equal('');
      }
      expect(text(element, 'label[for="every"]')).to.equal('ผ่อนชำระ');
      expect(text(element, 'label[for="grace"]')).to.equal('พักชำระเงินต้น (งวด)');
      expect(text(element, 'label[for="round-to"]')).to.equal('ปัดเศษค่างวด');
      await expect(element).to.be.accessible();
      // Enter on the summary closes it again.
      summary.focus();
      await sendKeys({ press: 'Enter' });
      expect(shadow(element).querySelector('details')!.open).to.equal(false);
      element.lang = 'en';
      await element.updateComplete;
      expect(text(element, 'summary')).to.equal('More options');
    });

    it('shows the core’s conflicting-options error in Thai and English, keeping what was typed', async () => {
      const element = await mount();
      const events = collectEvents(element);
      // The core refuses it: a grace of 12 leaves no instalment to repay the principal.
      let refused: unknown;
      try {
        loanSchedule({ ...TERMS, termMonths: 12, graceOnPrincipal: 12 });
      } catch (error) {
        refused = error;
      }
      expect(refused).to.include({ code: 'INVALID_ARGUMENT', reason: 'conflicting-options' });
      await openMoreOptions(element);
      await fill(element, { grace: '12' });
      // Closed again: the error opens it, to show the field it is about.
      shadow(element).querySelector('details')!.open = false;
      await submit(element);
      expect(text(element, '[role="alert"]')).to.equal(
        'ตั้งค่า “พักชำระเงินต้น (งวด)” คู่กับ “ระยะเวลาผ่อน (เดือน)” ไม่ได้ในเงินกู้เดียวกัน',
      );
      expect(shadow(element).querySelector('details')!.open).to.equal(true);
      expect(field(element, 'grace').getAttribute('aria-invalid')).to.equal('true');
      expect(field(element, 'grace').getAttribute('aria-describedby')).to.contain('schedule-error');
      expect(field(element, 'term').getAttribute('aria-invalid')).to.equal('true');
      expect(shadow(element).querySelector('table')).to.equal(null);
      expect(events).to.have.length(0);
      element.lang = 'en';
      await element.updateComplete;
      expect(text(element, '[role="alert"]')).to.equal(
        '“Interest-only instalments” cannot be used together with “Term (months)” in one loan.',
      );
      await openMoreOptions(element).catch(() => undefined);
      await pick(element, 'every', '2-weeks');
      expect(text(element, '[role="alert"]')).to.equal(
        '“Interest-only instalments” cannot be used together with “Number of instalments” in one loan.',
      );
      expect(
        ['principal', 'rate', 'term', 'grace'].map((id) => field(element, id).value),
      ).to.deep.equal(['100000', '12', '12', '12']);
      await expect(element).to.be.accessible();
      await fill(element, { grace: '11' });
      await submit(element);
      expect(text(element, '[role="alert"]')).to.equal('');
      expect(field(element, 'grace').getAttribute('aria-invalid')).to.equal('false');
      expect(events).to.have.length(1);
    });

    it('says so beside the grace field when it is not a whole number, and opens to it', async () => {
      const element = await mount();
      await openMoreOptions(element);
      await fill(element, { grace: 'สาม' });
      shadow(element).querySelector('details')!.open = false;
      await submit(element);
      expect(shadow(element).querySelector('details')!.open).to.equal(true);
      expect(errorOf(element, 'grace')).to.equal('ต้องเป็นจำนวนงวดเต็ม ตั้งแต่ 0 ขึ้นไป');
      expect(shadow(element).activeElement).to.equal(field(element, 'grace'));
      element.lang = 'en';
      await element.updateComplete;
      expect(errorOf(element, 'grace')).to.equal('Give a whole number of instalments, 0 or more.');
    });

    it('takes every option from attributes, and calculates with them at once', async () => {
      const element = await fixture<SajjaLoanCalculator>(html`
        <sajja-loan-calculator
          principal="50000"
          rate="1"
          term="20"
          method="equal-principal"
          repay-every="week"
          grace-on-principal="2"
          round-payment-to="5"
          round-payment-mode="down"
          disbursed-on="2024-03-01"
          lang="en"
        ></sajja-loan-calculator>
      `);
      await element.updateComplete;
      expect(element.repayEvery).to.equal('week');
      expect(element.graceOnPrincipal).to.equal('2');
      expect(element.roundPaymentTo).to.equal('5');
      expect(element.roundPaymentMode).to.equal('down');
      expect(field(element, 'every').value).to.equal('week');
      expect(field(element, 'grace').value).to.equal('2');
      expect(field(element, 'round-to').value).to.equal('5');
      expect(text(element, '#round-to option:checked')).to.equal('To multiples of 5 baht');
      expect(field(element, 'round-mode').value).to.equal('down');
      expect(field(element, 'round-mode').disabled).to.equal(false);
      expect(text(element, 'label[for="term"]')).to.equal('Number of instalments');
      const expected = coreSchedule({
        principal: '50000',
        rate: { percent: '1', per: 'month' },
        method: 'equal-principal',
        disbursedOn: '2024-03-01',
        installmentCount: 20,
        repayEvery: { count: 1, unit: 'week' },
        graceOnPrincipal: 2,
        roundPaymentTo: '5',
        roundPaymentMode: 'down',
      });
      expect(payments(element)).to.deep.equal(
        expected.installments.map((each) => shown(each.payment)),
      );
      expect(shadow(element).querySelectorAll('tbody tr')[0]!.children[1]!.textContent).to.equal(
        '8 Mar 2567 BE',
      );
      await expect(element).to.be.accessible();
    });
  });
});
