import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { openStore, type SajjaStore } from '@sajja/store';
import { measurePhoneFit } from '@sajja/testing/phone-fit.mjs';
import type { TemplateResult } from 'lit';
import '../src/index.js';
import { setViewport } from './deposit-form-helpers.js';
import {
  closeCommitteeStores,
  committeeStore,
  editBehindTheStoresBack,
  smallGroup,
} from './committee-fixture.js';

// Every widget on the phones it is built for, 320, 360 and 390 px wide, in Thai and English,
// with what makes it widest: long names and slip references, big amounts, many rows, a long
// loan schedule, error messages. The page never scrolls sideways, nothing runs past the right
// edge (a wide table scrolls in its own box, which a keyboard reaches and a screen reader
// names), and every control is at least 44 × 44 px.

const WIDTHS = [320, 360, 390] as const;
const LANGUAGES = ['th', 'en'] as const;
type Language = (typeof LANGUAGES)[number];

const shadow = (element: Element) => element.shadowRoot!;
const $ = <T extends Element = HTMLElement>(element: Element, selector: string) =>
  shadow(element).querySelector<T>(selector);

/** Types into a field of a widget's shadow DOM as a browser reports it. */
function type(element: Element, id: string, value: string): void {
  const field = $<HTMLInputElement>(element, `#${id}`)!;
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** Two frames: the layout after the last render, and after any resize it caused. */
const settled = () =>
  new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/**
 * Renders `template(lang)` at every phone width in both languages, brings it to the state
 * `prepare` sets up (loaded, errors shown), and checks that it fits.
 */
async function fitsEveryPhone(
  template: (lang: Language) => TemplateResult,
  prepare: (element: HTMLElement) => Promise<unknown>,
): Promise<void> {
  try {
    for (const width of WIDTHS) {
      await setViewport({ width, height: 800 });
      for (const lang of LANGUAGES) {
        const element = await fixture<HTMLElement>(template(lang));
        await prepare(element);
        await settled();
        const fit = measurePhoneFit();
        const at = `${element.localName} at ${width} px in ${lang}`;
        expect(fit.innerWidth, at).to.equal(width);
        expect(fit.scrollWidth, at).to.be.at.most(width);
        expect(fit.pastTheEdge, at).to.deep.equal([]);
        expect(fit.smallTargets, at).to.deep.equal([]);
        expect(fit.scrollBoxesWithoutKeyboard, at).to.deep.equal([]);
      }
    }
  } finally {
    await setViewport({ width: 800, height: 600 });
  }
}

const LONG_GROUP = 'กลุ่มออมทรัพย์เพื่อการผลิตบ้านหนองบัวหมู่ที่สิบสองตำบลหนองบัวใหญ่';
const PAYEE = 'กลุ่มออมทรัพย์เพื่อการผลิตบ้านหนองบัวหมู่ที่สิบสอง';
const LONG_SLIP = 'KBANK2024031512345678901234567890';
const LONG_NOTE = `ค่าปุ๋ยและยาฆ่าแมลงสำหรับนาข้าวแปลงใหญ่ริมคลองชลประทาน ${'ซื้อจากสหกรณ์'.repeat(6)} ${'x'.repeat(60)}`;

const stores: SajjaStore[] = [];

/**
 * A store with a household in a savings group of a long name: a pledge, a loan, deposits with
 * long slip references, and a month (March 2024) of ledger entries with big amounts and notes.
 */
async function seedWideHousehold() {
  const name = `t-${crypto.randomUUID()}`;
  const store = await openStore({ name });
  stores.push(store);
  const household = await store.households.add({ name: 'ครอบครัวใจดีมีสุขสมบูรณ์พูนผลทวีทรัพย์' });
  const group = await store.organisations.add({
    name: LONG_GROUP,
    kind: 'pledge-group',
    rules: {
      pledge: { dueDay: 5, defaultAmount: '1000', minAmount: '10', maxAmount: '99999' },
      payment: { promptPay: { id: '081-234-5678', kind: 'mobile', name: PAYEE } },
    },
  });
  const membership = await store.memberships.add({
    householdId: household.id,
    organisationId: group.id,
    joinedOn: '2020-01-01',
    pledgeAmount: '1000',
  });
  for (const [date, amount] of [
    ['2024-01-05', '98765.43'],
    ['2024-02-05', '1234567.89'],
    ['2024-03-15', '99999.99'],
  ] as const) {
    await store.fundTransactions.add({
      membershipId: membership.id,
      date,
      kind: 'deposit',
      amount,
      method: 'promptpay',
      slipReference: LONG_SLIP,
    });
  }
  await store.loans.add({
    membershipId: membership.id,
    terms: {
      principal: '9876543.21',
      rate: { percent: '1', per: 'month' },
      termMonths: 600,
      method: 'flat',
      disbursedOn: '2024-02-10',
    },
  });
  for (let day = 1; day <= 12; day++) {
    await store.ledger.add(household.id, {
      date: `2024-03-${String(day).padStart(2, '0')}`,
      kind: day % 3 === 0 ? 'income' : 'expense',
      category: day % 3 === 0 ? 'farming' : 'food',
      amount: `${day}987654.32`,
      note: LONG_NOTE,
    });
  }
  return { name, householdId: household.id, membershipId: membership.id };
}

/**
 * The committee's small group with a member of a long name and number who holds a very large
 * share capital, and by-laws that share profit in three buckets, so the year-end has every
 * column; with `tamper`, that member's shares are then edited behind the store's back, so the
 * report names a record by its long id.
 */
async function seedWideGroup(tamper = false) {
  const { name, store } = await committeeStore();
  const { group } = await smallGroup(store, {
    profit: { reserve: '10', dividend: '30', members: '20', 'average-return': '40' },
  });
  const household = await store.households.add({ name: 'ครอบครัวใจดีมีสุขสมบูรณ์พูนผลทวีทรัพย์' });
  const membership = await store.memberships.add({
    householdId: household.id,
    organisationId: group.id,
    joinedOn: '2025-01-01',
    memberNumber: '2025-000123456',
  });
  const shares = await store.fundTransactions.add({
    membershipId: membership.id,
    date: '2025-03-02',
    kind: 'share',
    amount: '9999999.99',
  });
  if (tamper) {
    await editBehindTheStoresBack(name, 'fundTransactions', shares.id, (record) => ({
      ...record,
      amount: '1.00',
    }));
  }
  return { name, organisationId: group.id };
}

describe('every widget on a phone 320, 360 and 390 px wide', () => {
  afterEach(() => {
    for (const store of stores.splice(0)) store.close();
    closeCommitteeStores();
  });

  it('<sajja-loan-calculator>: a 600-month schedule scrolls in its own box', async () => {
    await fitsEveryPhone(
      (lang) =>
        html`<sajja-loan-calculator
          lang=${lang}
          principal="987654321.99"
          rate="1.25"
          per="month"
          term="600"
          disbursed-on="2024-01-31"
        ></sajja-loan-calculator>`,
      async (element) => {
        await waitUntil(() => shadow(element).querySelectorAll('tbody tr').length === 600);
      },
    );
  });

  it('<sajja-loan-calculator>: with its error messages', async () => {
    await fitsEveryPhone(
      (lang) => html`<sajja-loan-calculator lang=${lang}></sajja-loan-calculator>`,
      async (element) => {
        type(element, 'principal', '1,2345,678.999');
        type(element, 'rate', 'หนึ่งร้อยเปอร์เซ็นต์');
        type(element, 'term', '99999');
        $<HTMLFormElement>(element, 'form')!.requestSubmit();
        await waitUntil(() => $(element, '#principal-error')?.textContent?.trim());
      },
    );
  });

  it('<sajja-loan-calculator>: "more options" open, every choice made, and the core refusing them', async () => {
    await fitsEveryPhone(
      (lang) =>
        html`<sajja-loan-calculator
          lang=${lang}
          principal="987654321.99"
          rate="1.25"
          round-payment-to="10"
          round-payment-mode="nearest"
        ></sajja-loan-calculator>`,
      async (element) => {
        $(element, 'summary')!.click();
        const every = $<HTMLSelectElement>(element, '#every')!;
        every.value = '2-weeks';
        every.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
        type(element, 'term', '1200');
        type(element, 'grace', '1200');
        $<HTMLFormElement>(element, 'form')!.requestSubmit();
        await waitUntil(() => $(element, '[role="alert"]')?.textContent?.trim());
        expect($<HTMLDetailsElement>(element, 'details')!.open).to.equal(true);
        expect($<HTMLSelectElement>(element, '#round-mode')!.disabled).to.equal(false);
      },
    );
  });

  it('<sajja-baht-text>: the longest amount it reads, and its error', async () => {
    await fitsEveryPhone(
      (lang) =>
        html`<div lang=${lang}>
          <sajja-baht-text amount=${'9'.repeat(190)}></sajja-baht-text>
          <sajja-baht-text amount=${'9'.repeat(100_000)}></sajja-baht-text>
        </div>`,
      async (box) => {
        const [words, refused] = box.querySelectorAll('sajja-baht-text');
        await waitUntil(() => $(words!, '[part="words"]') && $(refused!, '[part="error"]'));
      },
    );
  });

  it('<sajja-sync-status>: changes waiting, a server it cannot reach, and its sync-now button', async () => {
    const name = `t-${crypto.randomUUID()}`;
    const store = await openStore({ name });
    stores.push(store);
    for (let n = 0; n < 1_234; n += 617) {
      await store.households.add({ name: `ครอบครัวใจดีมีสุขสมบูรณ์พูนผลทวีทรัพย์ ${n}` });
    }
    const controller = store.sync(
      { url: 'http://127.0.0.1:9', token: 'a.b.c' },
      { timeout: 5_000 },
    );
    await controller.syncNow();
    await fitsEveryPhone(
      (lang) => html`<sajja-sync-status store=${name} lang=${lang}></sajja-sync-status>`,
      async (element) => {
        (element as HTMLElement & { controller?: unknown }).controller = controller;
        await waitUntil(() => $(element, '[part="problem"]') && $(element, 'button'));
      },
    );
  });

  it('<sajja-promptpay-qr>: a long name and a big amount, and an error', async () => {
    await fitsEveryPhone(
      (lang) =>
        html`<div lang=${lang}>
          <sajja-promptpay-qr
            id="0812345678"
            name=${PAYEE}
            amount="9999999.99"
          ></sajja-promptpay-qr>
          <sajja-promptpay-qr id="08123" name="สมชาย"></sajja-promptpay-qr>
        </div>`,
      async (box) => {
        const [drawn, refused] = box.querySelectorAll('sajja-promptpay-qr');
        await waitUntil(
          () => $(drawn!, 'svg') && $(refused!, '[part="error"]'),
          'the codes were not drawn',
          { timeout: 10_000 },
        );
      },
    );
  });

  it('<sajja-balance-card>: long fund names, slip references and big amounts', async () => {
    const { name, householdId } = await seedWideHousehold();
    await fitsEveryPhone(
      (lang) =>
        html`<sajja-balance-card
          lang=${lang}
          store=${name}
          household=${householdId}
          as-of="2024-03-31"
          variant="full"
        ></sajja-balance-card>`,
      async (element) => {
        await waitUntil(() => $(element, '[part="history"] li'), 'the history did not show', {
          timeout: 10_000,
        });
      },
    );
  });

  it('<sajja-deposit-form>: PromptPay chosen, with its error messages', async () => {
    const { name, householdId, membershipId } = await seedWideHousehold();
    await fitsEveryPhone(
      (lang) =>
        html`<sajja-deposit-form
          lang=${lang}
          store=${name}
          household=${householdId}
          membership=${membershipId}
        ></sajja-deposit-form>`,
      async (element) => {
        const promptPay = () =>
          $<HTMLInputElement>(element, 'input[name="method"][value="promptpay"]');
        await waitUntil(promptPay, 'the payment methods did not show');
        promptPay()!.click();
        await waitUntil(() => $(element, 'sajja-promptpay-qr'), 'the QR did not show');
        type(element, 'amount', '12,34,567.891');
        type(element, 'slip', LONG_SLIP.repeat(2));
        type(element, 'date', '31/02/2567');
        $<HTMLButtonElement>(element, '#save')!.click();
        await waitUntil(() => $(element, '#amount-error')?.textContent?.trim());
      },
    );
  });

  it('<sajja-household-ledger>: a month of wide rows, a reversal to confirm, error messages', async () => {
    const { name, householdId } = await seedWideHousehold();
    await fitsEveryPhone(
      (lang) =>
        html`<sajja-household-ledger
          lang=${lang}
          store=${name}
          household=${householdId}
          month="2024-03"
        ></sajja-household-ledger>`,
      async (element) => {
        await waitUntil(
          () => shadow(element).querySelectorAll('button[data-reverse]').length === 12,
          'the rows did not show',
          { timeout: 10_000 },
        );
        $<HTMLButtonElement>(element, 'button[data-reverse]')!.click();
        await waitUntil(() => $(element, '#confirm-reverse'), 'the confirm step did not show');
        type(element, 'amount', '12,34,567.891');
        type(element, 'date', '31/02/2567');
        $<HTMLFormElement>(element, 'form')!.requestSubmit();
        await waitUntil(() => $(element, '#amount-error')?.textContent?.trim());
      },
    );
  });

  it('<sajja-meeting>: long names, a loan, a refused amount and a reversal to confirm, as cards', async () => {
    const name = `t-${crypto.randomUUID()}`;
    const store = await openStore({ name });
    stores.push(store);
    const group = await store.organisations.add({
      name: LONG_GROUP,
      kind: 'pledge-group',
      rules: {
        pledge: { dueDay: 10, defaultAmount: '100' },
        welfare: { waitingDays: 180, contribution: { perMonth: '30' }, benefits: {} },
        loans: { rate: { percent: '1', per: 'month' }, method: 'flat', termMonths: 12 },
      },
    });
    const household = await store.households.add({
      name: 'ครอบครัวใจดีมีสุขสมบูรณ์พูนผลทวีทรัพย์',
    });
    const member = await store.memberships.add({
      householdId: household.id,
      organisationId: group.id,
      joinedOn: '2024-01-01',
      memberNumber: '1234567890',
      pledgeAmount: '99999',
    });
    const loan = await store.loans.add({
      membershipId: member.id,
      terms: {
        principal: '9999999',
        rate: { percent: '1', per: 'month' },
        termMonths: 12,
        method: 'flat',
        disbursedOn: '2024-06-15',
      },
    });
    await store.fundTransactions.add({
      membershipId: member.id,
      date: '2025-03-01',
      kind: 'repayment',
      amount: '1234567.89',
      loanId: loan.id,
      // A transfer: the row lists it with the longest slip reference there can be.
      method: 'bank-transfer',
      slipReference: 'KBANK2025030100012345678901234567890123456789ABCDE',
    });
    await fitsEveryPhone(
      (lang) =>
        html`<sajja-meeting
          lang=${lang}
          store=${name}
          organisation=${group.id}
          month="2025-03"
          date="2025-03-10"
        ></sajja-meeting>`,
      async (element) => {
        await waitUntil(() => $(element, '[part="amount"]'), 'the roster did not show', {
          timeout: 10_000,
        });
        await waitUntil(() => $(element, '[part="transfers"]'), 'the transfer did not show');
        const amount = $<HTMLInputElement>(element, '[part="amount"]')!;
        amount.value = '12,34,567.891';
        amount.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        $<HTMLButtonElement>(element, '[part="save-button"]')!.click();
        await waitUntil(() => $(element, `#${amount.id}-error`)?.textContent?.trim());
        $<HTMLButtonElement>(element, '[part="correct-button"]')!.click();
        await waitUntil(() => $(element, '[part="reversal"]'), 'the confirm step did not show');
      },
    );
  });

  it('<sajja-meeting-report>: the report, and a tampered record named by its long id', async () => {
    const { name, organisationId } = await seedWideGroup(true);
    await fitsEveryPhone(
      (lang) =>
        html`<sajja-meeting-report
          lang=${lang}
          store=${name}
          organisation=${organisationId}
          month="2025-03"
        ></sajja-meeting-report>`,
      async (element) => {
        await waitUntil(
          () =>
            $(element, '[part="audit"].broken') &&
            $<HTMLIFrameElement>(element, 'iframe')?.contentDocument?.querySelector('#flows'),
          'the report did not show',
          { timeout: 10_000 },
        );
      },
    );
  });

  it('<sajja-meeting-report>: a month before the group, an error message', async () => {
    const { name, organisationId } = await seedWideGroup();
    await fitsEveryPhone(
      (lang) =>
        html`<sajja-meeting-report
          lang=${lang}
          store=${name}
          organisation=${organisationId}
          month="2024-12"
        ></sajja-meeting-report>`,
      async (element) => {
        await waitUntil(() => $(element, '[part="error"]'), 'no error', { timeout: 10_000 });
      },
    );
  });

  it('<sajja-share-out>: every column, long names and big amounts, as cards', async () => {
    const { name, organisationId } = await seedWideGroup();
    await fitsEveryPhone(
      (lang) =>
        html`<sajja-share-out
          lang=${lang}
          store=${name}
          organisation=${organisationId}
          year="2025"
        ></sajja-share-out>`,
      async (element) => {
        await waitUntil(() => $(element, '[part="members"]'), 'no table', { timeout: 10_000 });
      },
    );
  });

  it('<sajja-share-out>: by-laws that do not add up, an error message', async () => {
    const { name, organisationId } = await seedWideGroup();
    await editBehindTheStoresBack(name, 'organisations', organisationId, (record) => ({
      ...record,
      rules: { ...(record['rules'] as object), profit: { reserve: '10', dividend: '50' } },
    }));
    await fitsEveryPhone(
      (lang) =>
        html`<sajja-share-out
          lang=${lang}
          store=${name}
          organisation=${organisationId}
          year="2025"
        ></sajja-share-out>`,
      async (element) => {
        await waitUntil(() => $(element, '[part="error"]'), 'no error', { timeout: 10_000 });
      },
    );
  });
});
