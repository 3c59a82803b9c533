import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { openStore, type MembershipRecord, type SajjaStore } from '@sajja/store';
import { SajjaDepositForm, type SajjaDepositEvent } from '../src/deposit-form/deposit-form.js';
import type { SajjaPromptPayQr } from '../src/promptpay-qr/promptpay-qr.js';
import { control, setViewport, shadow, submit, text, type } from './deposit-form-helpers.js';

const radio = (element: Element, value: 'cash' | 'promptpay') =>
  shadow(element).querySelector<HTMLInputElement>(`input[name="method"][value="${value}"]`);
const qrOf = (element: Element) =>
  shadow(element).querySelector<SajjaPromptPayQr>('sajja-promptpay-qr');

/**
 * The core's payload writer, loaded when first needed: a static import here would itself fetch
 * the code the first tests check the form never fetches.
 */
async function payloadOf(
  ...args: Parameters<typeof import('@sajja/core/promptpay').promptPayPayload>
) {
  const { promptPayPayload } = await import('@sajja/core/promptpay');
  return promptPayPayload(...args);
}

/** The scripts the page has fetched whose address names the QR's code. */
// The browser keeps 250 resource timings by default; the store's own modules (served one file
// each in the tests) alone come near that, so keep them all for the QR code's to be counted.
performance.setResourceTimingBufferSize(100_000);

const qrCodeFetched = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => /\/promptpay(-qr)?\/|\/uqr\//i.test(name));

interface Seeded {
  readonly name: string;
  readonly store: SajjaStore;
  readonly householdId: string;
  readonly membership: MembershipRecord;
}

const opened: SajjaStore[] = [];
afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});

const MOBILE = { id: '081-234-5678', kind: 'mobile', name: 'กลุ่มสัจจะบ้านหนองบัว' } as const;

/** A household in a group whose rules name `promptPay` (or none), with a 200-baht pledge. */
async function seed(
  promptPay?: object,
  memberNumber?: string,
  limits: { maxDeposit?: string } = {},
): Promise<Seeded> {
  const name = `t-${crypto.randomUUID()}`;
  const store = await openStore({ name });
  opened.push(store);
  const household = await store.households.add({ name: 'บ้านนายสมชาย' });
  const group = await store.organisations.add({
    name: 'กลุ่มสัจจะบ้านหนองบัว',
    kind: 'pledge-group',
    ...(promptPay ? { rules: { payment: { promptPay } } } : {}),
  });
  const membership = await store.memberships.add({
    householdId: household.id,
    organisationId: group.id,
    joinedOn: '2020-01-01',
    pledgeAmount: '200',
    ...(memberNumber ? { memberNumber } : {}),
    ...limits,
  });
  return { name, store, householdId: household.id, membership };
}

async function mount(seeded: Seeded, lang = 'th') {
  const element = await fixture<SajjaDepositForm>(html`
    <sajja-deposit-form
      store=${seeded.name}
      household=${seeded.householdId}
      membership=${seeded.membership.id}
      lang=${lang}
    ></sajja-deposit-form>
  `);
  await waitUntil(
    () => shadow(element).querySelector('[part="pledge-button"]') !== null,
    'the membership never loaded',
  );
  return element;
}

/** Chooses PromptPay and waits for the QR to be drawn. */
async function choosePromptPay(element: SajjaDepositForm): Promise<SajjaPromptPayQr> {
  radio(element, 'promptpay')!.click();
  await element.updateComplete;
  const qr = qrOf(element)!;
  expect(qr, 'the QR element').to.exist;
  await customElements.whenDefined('sajja-promptpay-qr');
  await waitUntil(() => qr.payload !== undefined, 'the QR was never drawn', { timeout: 5000 });
  return qr;
}

const depositsOf = (seeded: Seeded) =>
  seeded.store.fundTransactions.list({ membershipId: seeded.membership.id });

describe('<sajja-deposit-form> with PromptPay', () => {
  it('offers no choice, loads no QR code and records no method when the group has no PromptPay', async () => {
    const seeded = await seed();
    const element = await mount(seeded);
    expect(shadow(element).querySelector('[part="method"]')).to.equal(null);
    type(element, 'amount', '100');
    await submit(element);
    const [record] = await depositsOf(seeded);
    expect(record).to.include({ amount: '100.00' });
    expect(record).not.to.have.property('method');
    expect(qrCodeFetched()).to.deep.equal([]);
    expect(customElements.get('sajja-promptpay-qr')).to.equal(undefined);
  });

  it('records cash by default, and loads the QR code only once PromptPay is chosen', async () => {
    const seeded = await seed(MOBILE);
    // Writing the group's rules checked its PromptPay account with the core's checks; what the
    // form loads of its own is counted from here.
    const seededFetches = qrCodeFetched();
    const element = await mount(seeded);
    await waitUntil(() => radio(element, 'cash') !== null, 'the choice never showed');
    expect(text(element, '[part="method"] legend')).to.equal('ชำระโดย');
    expect(radio(element, 'cash')!.checked).to.equal(true);
    expect(qrOf(element)).to.equal(null);
    type(element, 'amount', '100');
    await submit(element);
    expect((await depositsOf(seeded))[0]).to.include({ amount: '100.00', method: 'cash' });
    expect(qrCodeFetched()).to.deep.equal(seededFetches);
    expect(customElements.get('sajja-promptpay-qr')).to.equal(undefined);
    await expect(element).to.be.accessible();
  });

  it('shows the QR for the pledge, then for the amount typed, and records the transfer with its slip', async () => {
    const seeded = await seed(MOBILE);
    const element = await mount(seeded);
    await waitUntil(() => radio(element, 'promptpay') !== null, 'the choice never showed');
    const qr = await choosePromptPay(element);
    expect(qrCodeFetched()).not.to.deep.equal([]);
    // Nothing typed yet: the pledge.
    const target = { kind: 'mobile', id: MOBILE.id } as const;
    expect(qr.payload).to.equal(await payloadOf(target, { amount: '200.00' }));
    expect(qr.name).to.equal(MOBILE.name);
    expect(text(element, '[part="promptpay"] .hint')).to.include(MOBILE.name);
    type(element, 'amount', '1,500.50');
    await element.updateComplete;
    const typed = await payloadOf(target, { amount: '1500.50' });
    await waitUntil(() => qr.payload === typed, 'the QR did not follow the amount');
    type(element, 'slip', ' 2025061012345678 ');
    const events: SajjaDepositEvent[] = [];
    element.addEventListener('sajja-deposit', (event) => events.push(event as SajjaDepositEvent));
    await submit(element);
    const [record] = await depositsOf(seeded);
    expect(record).to.include({
      amount: '1500.50',
      method: 'promptpay',
      slipReference: '2025061012345678',
    });
    expect(events[0]!.detail).to.include({
      method: 'promptpay',
      slipReference: '2025061012345678',
      transactionId: record!.id,
    });
    // Ready for the next one: the amount and slip cleared, PromptPay still chosen.
    expect(control(element, 'slip').value).to.equal('');
    expect(radio(element, 'promptpay')!.checked).to.equal(true);
    await expect(element).to.be.accessible();
  });

  it('draws no QR while the typed amount is refused (over the limit, letters), and says so', async () => {
    const seeded = await seed(MOBILE, undefined, { maxDeposit: '5000' });
    const element = await mount(seeded);
    await waitUntil(() => radio(element, 'promptpay') !== null, 'the choice never showed');
    await choosePromptPay(element);
    for (const typed of ['abc', '0', '1.234', '6,000']) {
      type(element, 'amount', typed);
      await element.updateComplete;
      expect(qrOf(element), typed).to.equal(null);
      expect(text(element, '[part="qr-waiting"]')).to.equal('คิวอาร์จะแสดงเมื่อจำนวนเงินถูกต้อง');
    }
    // Emptied again: the pledge's QR is back.
    type(element, 'amount', '');
    await element.updateComplete;
    expect(qrOf(element)).not.to.equal(null);
  });

  it('refuses an overlong slip reference beside its field and writes nothing', async () => {
    const seeded = await seed(MOBILE);
    const element = await mount(seeded);
    await waitUntil(() => radio(element, 'promptpay') !== null, 'the choice never showed');
    await choosePromptPay(element);
    type(element, 'amount', '200');
    type(element, 'slip', 'x'.repeat(51));
    await submit(element);
    expect(text(element, '#slip-error')).to.equal('เลขที่อ้างอิงยาวได้ไม่เกิน 50 ตัวอักษร');
    expect(control(element, 'slip').getAttribute('aria-invalid')).to.equal('true');
    expect(await depositsOf(seeded)).to.deep.equal([]);
    element.lang = 'en';
    await element.updateComplete;
    expect(text(element, '#slip-error')).to.equal(
      'A slip reference may have at most 50 characters.',
    );
    expect(text(element, '[part="method"] legend')).to.equal('Paid by');
  });

  it('asks a biller for reference 1 from the member number', async () => {
    const biller = { id: '099400016550100', kind: 'biller', name: 'กองทุนหมู่บ้านหนองบัว' };
    const seeded = await seed(biller, 'a-017');
    const element = await mount(seeded);
    await waitUntil(() => radio(element, 'promptpay') !== null, 'the choice never showed');
    const qr = await choosePromptPay(element);
    expect(qr.payload).to.equal(
      await payloadOf({ kind: 'biller', id: biller.id, reference1: 'A017' }, { amount: '200.00' }),
    );
  });

  it('fits a 320 px wide phone with the QR shown', async () => {
    const seeded = await seed(MOBILE);
    await setViewport({ width: 320, height: 640 });
    try {
      const element = await mount(seeded);
      await waitUntil(() => radio(element, 'promptpay') !== null, 'the choice never showed');
      await choosePromptPay(element);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      expect(element.getBoundingClientRect().width).to.be.at.most(320);
      const box = qrOf(element)!.getBoundingClientRect();
      expect(box.width).to.be.above(150);
      expect(box.right).to.be.at.most(320);
      for (const value of ['cash', 'promptpay'] as const) {
        const option = radio(element, value)!.closest('label')!.getBoundingClientRect();
        expect(option.height, `${value} target height`).to.be.at.least(44);
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
