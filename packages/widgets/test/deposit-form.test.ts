import { SajjaError } from '@sajja/core';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import {
  openStore,
  type MembershipRecord,
  type NewMembership,
  type SajjaStore,
} from '@sajja/store';
import { SajjaDepositForm, type SajjaDepositEvent } from '../src/deposit-form/deposit-form.js';
import { connectStore } from '../src/shared/store-connection.js';
import {
  control,
  sendKeys,
  setViewport,
  shadow,
  submit,
  text,
  type,
} from './deposit-form-helpers.js';

const errorOf = (element: Element, id: string) => text(element, `#${id}-error`);
const statusOf = (element: Element) => text(element, '[role="status"]');
const alertOf = (element: Element) => text(element, '[role="alert"]');
const wordsOf = (element: Element) => text(element, '#amount-words [lang="th"]');
const saveButton = (element: Element) => control(element, 'save');

function collectEvents(target: EventTarget): SajjaDepositEvent[] {
  const events: SajjaDepositEvent[] = [];
  target.addEventListener('sajja-deposit', (event) => events.push(event as SajjaDepositEvent));
  return events;
}

/** Today as the date field shows it, worked out here rather than with the widget's helpers. */
function todayAsTyped(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(now.getDate())}/${pad(now.getMonth() + 1)}/${now.getFullYear() + 543}`;
}

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

/** A fresh store with one household and one membership on the terms given. */
async function seed(terms: Partial<NewMembership> = {}): Promise<Seeded> {
  const name = `t-${crypto.randomUUID()}`;
  const store = await openStore({ name });
  opened.push(store);
  const household = await store.households.add({ name: 'บ้านนายสมชาย' });
  const group = await store.organisations.add({
    name: 'กลุ่มสัจจะบ้านหนองบัว',
    kind: 'pledge-group',
  });
  const membership = await store.memberships.add({
    householdId: household.id,
    organisationId: group.id,
    joinedOn: '2020-01-01',
    ...terms,
  });
  return { name, store, householdId: household.id, membership };
}

async function mount(seeded: Seeded, attributes: { lang?: string; digits?: string } = {}) {
  const element = await fixture<SajjaDepositForm>(html`
    <sajja-deposit-form
      store=${seeded.name}
      household=${seeded.householdId}
      membership=${seeded.membership.id}
      lang=${attributes.lang ?? 'th'}
      digits=${attributes.digits ?? 'arabic'}
    ></sajja-deposit-form>
  `);
  return element;
}

/** Waits until the widget has read its membership: it shows the limits or the pledge. */
async function loaded(element: SajjaDepositForm): Promise<void> {
  await waitUntil(
    () =>
      !/เช่น|For example/.test(text(element, '#amount-hint') ?? '') ||
      shadow(element).querySelector('[part="pledge-button"]') !== null,
    'the membership never loaded',
  );
}

const depositsOf = (seeded: Seeded) =>
  seeded.store.fundTransactions.list({ membershipId: seeded.membership.id });

describe('<sajja-deposit-form>', () => {
  it('records one deposit, fires sajja-deposit with the stored values, and clears amount and note', async () => {
    const seeded = await seed();
    const element = await mount(seeded);
    const events = collectEvents(document);
    // The empty form: today's date, no words, nothing announced.
    expect(control(element, 'date').value).to.equal(todayAsTyped());
    expect(statusOf(element)).to.equal('');
    await expect(element).to.be.accessible();

    type(element, 'amount', '100');
    type(element, 'date', '05/03/2567');
    type(element, 'note', 'สัจจะเดือนมีนาคม');
    setTimeout(() => saveButton(element).click());
    const event = (await oneEvent(element, 'sajja-deposit')) as SajjaDepositEvent;
    await element.updateComplete;

    const records = await depositsOf(seeded);
    expect(records).to.have.length(1);
    const [record] = records;
    expect(record).to.include({
      householdId: seeded.householdId,
      membershipId: seeded.membership.id,
      organisationId: seeded.membership.organisationId,
      date: '2024-03-05', // 5 March 2567 BE = 2567 − 543 = 2024
      kind: 'deposit',
      amount: '100.00',
      note: 'สัจจะเดือนมีนาคม',
    });
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
    expect(event.detail).to.deep.equal({
      amount: '100.00',
      date: '2024-03-05',
      householdId: seeded.householdId,
      membershipId: seeded.membership.id,
      note: 'สัจจะเดือนมีนาคม',
      transactionId: record!.id,
      // The household ledger's savings entry written with it (ledger is on by default).
      ledgerEntryId: record!.ledgerEntryId,
    });
    expect(record!.ledgerEntryId).to.be.a('string');
    expect(events).to.have.length(1);
    expect(statusOf(element)).to.equal('บันทึกเงินฝาก 100.00 บาท แล้ว');
    expect(control(element, 'amount').value).to.equal('');
    expect(control(element, 'note').value).to.equal('');
    // The date stays, for the next deposit of the same day.
    expect(control(element, 'date').value).to.equal('05/03/2567');
    await expect(element).to.be.accessible();
  });

  it('gives an empty note as "" in the event and stores no note', async () => {
    const seeded = await seed();
    const element = await mount(seeded);
    type(element, 'amount', '1,000');
    type(element, 'note', '   ');
    setTimeout(() => saveButton(element).click());
    const event = (await oneEvent(element, 'sajja-deposit')) as SajjaDepositEvent;
    expect(event.detail.note).to.equal('');
    expect(event.detail.amount).to.equal('1000.00');
    const [record] = await depositsOf(seeded);
    expect(record).to.not.have.property('note');
  });

  it('writes the amount in Thai words as it is typed', async () => {
    const seeded = await seed();
    const element = await mount(seeded);
    const steps: [string, string | null][] = [
      ['1', 'หนึ่งบาทถ้วน'],
      ['12', 'สิบสองบาทถ้วน'],
      ['1234', 'หนึ่งพันสองร้อยสามสิบสี่บาทถ้วน'],
      ['1234.', 'หนึ่งพันสองร้อยสามสิบสี่บาทถ้วน'],
      // 0.5 baht is 50 satang, not 5.
      ['1234.5', 'หนึ่งพันสองร้อยสามสิบสี่บาทห้าสิบสตางค์'],
      ['1234.5x', null],
      ['0', null],
      ['๒๑', 'ยี่สิบเอ็ดบาทถ้วน'],
    ];
    for (const [typed, words] of steps) {
      type(element, 'amount', typed);
      await element.updateComplete;
      expect(wordsOf(element), typed).to.equal(words);
    }
    // Tied to the field, so a screen reader reads it with the amount.
    expect(control(element, 'amount').getAttribute('aria-describedby')).to.contain('amount-words');
    expect(await depositsOf(seeded)).to.have.length(0);
  });

  for (const [label, terms, values, fieldId, message] of [
    ['letters in the amount', {}, { amount: '12abc' }, 'amount', 'จำนวนเงินต้องเป็นตัวเลขเท่านั้น'],
    ['a negative amount', {}, { amount: '-5' }, 'amount', 'จำนวนเงินต้องมากกว่าศูนย์'],
    ['a zero amount', {}, { amount: '0' }, 'amount', 'จำนวนเงินต้องมากกว่าศูนย์'],
    ['an empty amount', {}, { amount: '' }, 'amount', 'กรุณากรอกจำนวนเงิน'],
    [
      'three decimals',
      {},
      { amount: '10.505' },
      'amount',
      'จำนวนเงินมีทศนิยมได้ไม่เกิน 2 ตำแหน่ง (สตางค์)',
    ],
    [
      'an impossible date (31 February)',
      {},
      { date: '31/02/2567' },
      'date',
      'ไม่มีวันที่นี้ในเดือนนั้น',
    ],
    [
      'an amount above the maximum deposit',
      { minDeposit: '50', maxDeposit: '500' },
      { amount: '500.01' },
      'amount',
      'เงินฝากต้องไม่เกิน 500.00 บาท ตามระเบียบของกลุ่ม',
    ],
    [
      'an amount below the minimum deposit',
      { minDeposit: '50', maxDeposit: '500' },
      { amount: '49.99' },
      'amount',
      'เงินฝากต้องไม่น้อยกว่า 50.00 บาท ตามระเบียบของกลุ่ม',
    ],
    [
      'a date before the household joined',
      { joinedOn: '2020-01-01' },
      { date: '31/12/2562' },
      'date',
      'วันที่ฝากอยู่ก่อนวันที่เข้าเป็นสมาชิก (1 ม.ค. 2563)',
    ],
    [
      'a date after the household left',
      { joinedOn: '2020-01-01', leftOn: '2023-12-31' },
      { date: '01/01/2567' },
      'date',
      'วันที่ฝากอยู่หลังวันที่ลาออกจากกลุ่ม (31 ธ.ค. 2566)',
    ],
    [
      'a note of 501 characters',
      {},
      { note: 'ก'.repeat(501) },
      'note',
      'หมายเหตุยาวได้ไม่เกิน 500 ตัวอักษร',
    ],
  ] as const) {
    it(`refuses ${label}: message tied to the field, focus on it, nothing written, no event`, async () => {
      const seeded = await seed(terms);
      const element = await mount(seeded);
      const events = collectEvents(document);
      const filled: Record<string, string> = Object.assign(
        { amount: '100', date: '15/01/2567' },
        values,
      );
      for (const [id, value] of Object.entries(filled)) {
        type(element, id as 'amount' | 'date' | 'note', value);
      }
      await submit(element);
      await waitUntil(() => shadow(element).activeElement === control(element, fieldId));
      const field = control(element, fieldId);
      expect(errorOf(element, fieldId)).to.equal(message);
      expect(field.getAttribute('aria-invalid')).to.equal('true');
      expect(field.getAttribute('aria-describedby')).to.contain(`${fieldId}-error`);
      expect(statusOf(element)).to.equal('กรุณาแก้ไขข้อมูลที่ไม่ถูกต้อง');
      expect(await depositsOf(seeded)).to.have.length(0);
      expect(events).to.have.length(0);
      await expect(element).to.be.accessible();
    });
  }

  it('counts the note as a person does: 500 flags are stored, 501 are refused', async () => {
    const seeded = await seed({});
    const element = await mount(seeded);
    // A browser's maxlength counts UTF-16 units and would cut 500 flags at 125.
    expect(control(element, 'note').maxLength).to.equal(-1);
    type(element, 'amount', '100');
    type(element, 'date', '15/01/2567');
    type(element, 'note', '🇹🇭'.repeat(501));
    await submit(element);
    expect(errorOf(element, 'note')).to.equal('หมายเหตุยาวได้ไม่เกิน 500 ตัวอักษร');
    expect(await depositsOf(seeded)).to.have.length(0);
    type(element, 'note', '🇹🇭'.repeat(500));
    await submit(element);
    expect(errorOf(element, 'note')).to.equal('');
    expect((await depositsOf(seeded)).map((deposit) => deposit.note)).to.deep.equal([
      '🇹🇭'.repeat(500),
    ]);
  });

  it('accepts amounts exactly at the limits, and shows the limits and the pledge', async () => {
    const seeded = await seed({ minDeposit: '50', maxDeposit: '500', pledgeAmount: '200' });
    const element = await mount(seeded);
    await loaded(element);
    expect(text(element, '#amount-hint')).to.equal('ฝากได้ครั้งละ 50.00 ถึง 500.00 บาท');
    const pledge = shadow(element).querySelector<HTMLButtonElement>('[part="pledge-button"]')!;
    expect(pledge.textContent!.trim()).to.equal('ฝากตามยอดสัจจะ 200.00 บาท');
    expect(pledge.type).to.equal('button');
    pledge.click();
    await element.updateComplete;
    expect(control(element, 'amount').value).to.equal('200.00');
    expect(wordsOf(element)).to.equal('สองร้อยบาทถ้วน');
    await waitUntil(() => shadow(element).activeElement === control(element, 'amount'));

    for (const amount of ['50', '500']) {
      type(element, 'amount', amount);
      await submit(element);
      expect(errorOf(element, 'amount'), amount).to.equal('');
    }
    const amounts = (await depositsOf(seeded)).map((record) => record.amount).sort();
    expect(amounts).to.deep.equal(['50.00', '500.00']);
    await expect(element).to.be.accessible();
  });

  it('clears a field message once the person corrects the field', async () => {
    const seeded = await seed();
    const element = await mount(seeded);
    type(element, 'amount', 'abc');
    await submit(element);
    expect(errorOf(element, 'amount')).to.equal('จำนวนเงินต้องเป็นตัวเลขเท่านั้น');
    type(element, 'amount', '25');
    await element.updateComplete;
    expect(errorOf(element, 'amount')).to.equal('');
    expect(control(element, 'amount').getAttribute('aria-invalid')).to.equal('false');
    expect(statusOf(element)).to.equal('');
  });

  for (const [label, ids, message] of [
    [
      'an unknown household',
      { household: 'no-such-household' },
      'ไม่พบข้อมูลครัวเรือนนี้ในเครื่องนี้ จึงบันทึกเงินฝากไม่ได้',
    ],
    [
      'an unknown membership',
      { membership: 'no-such-membership' },
      'ไม่พบข้อมูลสมาชิกนี้ในเครื่องนี้ จึงบันทึกเงินฝากไม่ได้',
    ],
    [
      'another household’s membership',
      { household: 'other' },
      'เลขสมาชิกนี้เป็นของครัวเรือนอื่น จึงบันทึกเงินฝากไม่ได้',
    ],
    [
      'no household and membership set',
      { household: '', membership: '' },
      'แบบฟอร์มนี้ยังไม่ได้ระบุครัวเรือนและเลขสมาชิก จึงบันทึกเงินฝากไม่ได้',
    ],
  ] as const) {
    it(`writes nothing for ${label}, and says why`, async () => {
      const seeded = await seed();
      if ('household' in ids && ids.household === 'other') {
        await seeded.store.households.add({ id: 'other', name: 'บ้านนางสมศรี' });
      }
      const element = await mount(seeded);
      Object.assign(element, ids);
      const events = collectEvents(document);
      type(element, 'amount', '100');
      await submit(element);
      expect(alertOf(element)).to.equal(message);
      expect(await seeded.store.fundTransactions.list()).to.have.length(0);
      expect(events).to.have.length(0);
      // What was typed is kept for when the partner fixes the page.
      expect(control(element, 'amount').value).to.equal('100');
      await expect(element).to.be.accessible();
    });
  }

  it('shows the limits once the page stores the membership, with no alarm before', async () => {
    // A partner page may place the widget first and seed the store afterwards.
    const name = `t-${crypto.randomUUID()}`;
    const element = await fixture<SajjaDepositForm>(html`
      <sajja-deposit-form store=${name} household="h-1" membership="m-1"></sajja-deposit-form>
    `);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(alertOf(element)).to.equal('');
    expect(text(element, '#amount-hint')).to.equal('เช่น 1,234.50');
    const store = await openStore({ name });
    opened.push(store);
    await store.households.add({ id: 'h-1', name: 'บ้านนายสมชาย' });
    const group = await store.organisations.add({ name: 'กองทุนหมู่บ้าน', kind: 'village-fund' });
    await store.memberships.add({
      id: 'm-1',
      householdId: 'h-1',
      organisationId: group.id,
      joinedOn: '2020-01-01',
      maxDeposit: '1000',
    });
    await waitUntil(
      () => text(element, '#amount-hint') === 'ฝากได้ครั้งละไม่เกิน 1,000.00 บาท',
      'the limits never showed',
    );
    expect(alertOf(element)).to.equal('');
    type(element, 'amount', '1000.01');
    await submit(element);
    expect(errorOf(element, 'amount')).to.equal(
      'เงินฝากต้องไม่เกิน 1,000.00 บาท ตามระเบียบของกลุ่ม',
    );
    expect(await store.fundTransactions.list()).to.have.length(0);
  });

  it('shows the core message when the browser storage fails, and keeps what was typed', async () => {
    const seeded = await seed();
    const element = await mount(seeded);
    const events = collectEvents(document);
    // The widget's own connection, closed under it: every read and write now fails.
    (await connectStore(seeded.name)).close();
    type(element, 'amount', '100');
    type(element, 'note', 'ฝากก่อนไปนา');
    await submit(element);
    expect(alertOf(element)).to.equal(
      'การเชื่อมต่อกับฐานข้อมูลในเบราว์เซอร์ถูกปิด กรุณาโหลดหน้านี้ใหม่',
    );
    expect(control(element, 'amount').value).to.equal('100');
    expect(control(element, 'note').value).to.equal('ฝากก่อนไปนา');
    expect(statusOf(element)).to.equal('');
    expect(events).to.have.length(0);
    expect(await depositsOf(seeded)).to.have.length(0);
    await expect(element).to.be.accessible();
  });

  it('shows the core message for STORAGE_FULL (a quota the test cannot really fill)', async () => {
    const seeded = await seed();
    const element = await mount(seeded);
    const events = collectEvents(document);
    const repository = (await connectStore(seeded.name)).fundTransactions;
    const realAdd = repository.add;
    (repository as { add: typeof realAdd }).add = () =>
      Promise.reject(
        new SajjaError('STORAGE_FULL', 'quota-exceeded', 'The browser refused to store more.'),
      );
    try {
      element.lang = 'en';
      type(element, 'amount', '100');
      await submit(element);
      expect(alertOf(element)).to.equal(
        'Storage is full, so this change was not saved. Export a backup, then free some space on the device.',
      );
      expect(control(element, 'amount').value).to.equal('100');
      expect(events).to.have.length(0);
    } finally {
      (repository as { add: typeof realAdd }).add = realAdd;
    }
    // Once there is room again, the same amount is recorded with one more tap.
    await submit(element);
    expect(alertOf(element)).to.equal('');
    expect(await depositsOf(seeded)).to.have.length(1);
    expect(events).to.have.length(1);
  });

  it('writes once when the save button is tapped twice (or the form submitted twice)', async () => {
    const seeded = await seed();
    const element = await mount(seeded);
    const events = collectEvents(document);
    type(element, 'amount', '300');
    const form = shadow(element).querySelector('form')!;
    saveButton(element).click();
    saveButton(element).click();
    form.requestSubmit();
    const second = element.save();
    await element.updateComplete;
    expect(saveButton(element).disabled).to.equal(true);
    expect(statusOf(element)).to.equal('กำลังบันทึก…');
    expect(await second).to.equal(undefined);
    await waitUntil(() => events.length === 1, 'no deposit recorded');
    await waitUntil(() => !saveButton(element).disabled);
    expect(await depositsOf(seeded)).to.have.length(1);
    expect(events).to.have.length(1);
  });

  it('speaks English when its lang says so, and re-words a message already shown', async () => {
    const seeded = await seed({ maxDeposit: '500' });
    const element = await mount(seeded, { lang: 'en' });
    await loaded(element);
    expect(text(element, 'legend')).to.equal('Deposit');
    expect(text(element, 'label[for="amount"]')).to.equal('Amount (baht)');
    expect(text(element, 'label[for="date"]')).to.equal('Date');
    expect(text(element, 'label[for="note"]')).to.equal('Note (optional)');
    expect(text(element, '#amount-hint')).to.equal('At most 500.00 baht per deposit.');
    expect(saveButton(element).textContent!.trim()).to.equal('Record deposit');

    type(element, 'amount', 'abc');
    type(element, 'date', '30/02/2567');
    await submit(element);
    expect(errorOf(element, 'amount')).to.equal('An amount may contain digits only.');
    expect(errorOf(element, 'date')).to.equal('That month has no such day.');
    expect(statusOf(element)).to.equal('Please correct the fields marked.');
    await expect(element).to.be.accessible();

    element.lang = 'th';
    await element.updateComplete;
    expect(errorOf(element, 'amount')).to.equal('จำนวนเงินต้องเป็นตัวเลขเท่านั้น');
    expect(element.validationMessage).to.equal('จำนวนเงินต้องเป็นตัวเลขเท่านั้น');

    element.lang = 'en';
    type(element, 'amount', '501');
    type(element, 'date', '29/02/2567');
    await submit(element);
    expect(errorOf(element, 'amount')).to.equal(
      'The group’s rules allow at most 500.00 baht per deposit.',
    );
    type(element, 'amount', '12.5');
    await submit(element);
    expect(statusOf(element)).to.equal('Deposit of 12.50 baht recorded.');
    const [record] = await depositsOf(seeded);
    expect(record!.date).to.equal('2024-02-29');
  });

  it('reads and writes Thai digits when digits="thai"', async () => {
    const seeded = await seed({ minDeposit: '20', maxDeposit: '5000' });
    const element = await mount(seeded, { digits: 'thai' });
    await loaded(element);
    expect(text(element, '#amount-hint')).to.equal('ฝากได้ครั้งละ ๒๐.๐๐ ถึง ๕,๐๐๐.๐๐ บาท');
    const today = todayAsTyped().replace(/\d/g, (digit) => '๐๑๒๓๔๕๖๗๘๙'[Number(digit)]!);
    expect(control(element, 'date').value).to.equal(today);
    type(element, 'amount', ' ๑,๒๓๔.๕๐ ');
    type(element, 'date', '๐๕/๐๓/๒๕๖๗');
    await element.updateComplete;
    expect(wordsOf(element)).to.equal('หนึ่งพันสองร้อยสามสิบสี่บาทห้าสิบสตางค์');
    setTimeout(() => saveButton(element).click());
    const event = (await oneEvent(element, 'sajja-deposit')) as SajjaDepositEvent;
    expect(event.detail.amount).to.equal('1234.50');
    expect(event.detail.date).to.equal('2024-03-05');
    await element.updateComplete;
    expect(statusOf(element)).to.equal('บันทึกเงินฝาก ๑,๒๓๔.๕๐ บาท แล้ว');

    type(element, 'amount', '๕,๐๐๐.๐๑');
    await submit(element);
    expect(errorOf(element, 'amount')).to.equal(
      'เงินฝากต้องไม่เกิน ๕,๐๐๐.๐๐ บาท ตามระเบียบของกลุ่ม',
    );
  });

  it('stores a note that looks like HTML as text, and never makes an element of it', async () => {
    const seeded = await seed();
    const element = await mount(seeded);
    const note = '<img src=x onerror="window.__xss=1">';
    type(element, 'amount', '100');
    type(element, 'note', note);
    await element.updateComplete;
    expect(shadow(element).querySelector('img')).to.equal(null);
    setTimeout(() => saveButton(element).click());
    const event = (await oneEvent(element, 'sajja-deposit')) as SajjaDepositEvent;
    expect(event.detail.note).to.equal(note);
    const [record] = await depositsOf(seeded);
    expect(record!.note).to.equal(note);
    // Long enough for a broken image to have fired its onerror.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(shadow(element).querySelector('img')).to.equal(null);
    expect(document.querySelector('img')).to.equal(null);
    expect((window as { __xss?: unknown }).__xss).to.equal(undefined);
  });

  describe('inside a partner’s <form>', () => {
    async function mountInForm(seeded: Seeded) {
      const form = await fixture<HTMLFormElement>(html`
        <form>
          <label for="deposit">ฝากเงิน</label>
          <sajja-deposit-form
            id="deposit"
            name="deposit"
            store=${seeded.name}
            household=${seeded.householdId}
            membership=${seeded.membership.id}
          ></sajja-deposit-form>
          <input name="reference" value="R-1" />
          <button>ส่ง</button>
        </form>
      `);
      const element = form.querySelector('sajja-deposit-form')!;
      await element.updateComplete;
      return { form, element };
    }

    it('submits the typed amount, normalised, under its name', async () => {
      const seeded = await seed();
      const { form, element } = await mountInForm(seeded);
      expect(element.form).to.equal(form);
      expect(element.labels).to.have.length(1);
      type(element, 'amount', ' 1,234.5 ');
      expect(new FormData(form).get('deposit')).to.equal('1234.50');
      expect(element.value).to.equal('1234.50');
      expect(form.checkValidity()).to.equal(true);
      expect(element.validity.valid).to.equal(true);
      expect(element.willValidate).to.equal(true);
      // Thai digits are submitted as the digits a server reads.
      type(element, 'amount', '๒๐๐');
      expect(new FormData(form).get('deposit')).to.equal('200.00');
    });

    it('makes the form invalid with the widget’s message, and shows it', async () => {
      const seeded = await seed({ minDeposit: '50', maxDeposit: '500' });
      const { form, element } = await mountInForm(seeded);
      await loaded(element);
      for (const [typed, flag, message] of [
        ['', 'valueMissing', 'กรุณากรอกจำนวนเงิน'],
        ['abc', 'badInput', 'จำนวนเงินต้องเป็นตัวเลขเท่านั้น'],
        ['0', 'rangeUnderflow', 'จำนวนเงินต้องมากกว่าศูนย์'],
        ['10', 'rangeUnderflow', 'เงินฝากต้องไม่น้อยกว่า 50.00 บาท ตามระเบียบของกลุ่ม'],
        ['600', 'rangeOverflow', 'เงินฝากต้องไม่เกิน 500.00 บาท ตามระเบียบของกลุ่ม'],
      ] as const) {
        type(element, 'amount', typed);
        expect(form.checkValidity(), typed).to.equal(false);
        expect(element.checkValidity(), typed).to.equal(false);
        expect(element.validity[flag], typed).to.equal(true);
        expect(element.validationMessage, typed).to.equal(message);
        // No stale amount is submitted while the typed one is wrong.
        expect(new FormData(form).get('deposit'), typed).to.equal(null);
        await element.updateComplete;
        expect(errorOf(element, 'amount'), typed).to.equal(message);
      }
      type(element, 'amount', '100');
      type(element, 'date', '31/02/2567');
      expect(element.validity.badInput).to.equal(true);
      expect(element.validationMessage).to.equal('ไม่มีวันที่นี้ในเดือนนั้น');
      await expect(element).to.be.accessible();
    });

    it('clears on the form’s reset', async () => {
      const seeded = await seed();
      const { form, element } = await mountInForm(seeded);
      type(element, 'amount', '100');
      type(element, 'date', '05/03/2567');
      type(element, 'note', 'ทดสอบ');
      form.reset();
      await element.updateComplete;
      expect(control(element, 'amount').value).to.equal('');
      expect(control(element, 'note').value).to.equal('');
      expect(control(element, 'date').value).to.equal(todayAsTyped());
      expect(new FormData(form).get('deposit')).to.equal(null);
      expect(new FormData(form).get('reference')).to.equal('R-1');
    });

    it('puts back what the browser restores (back button, session restore)', async () => {
      const seeded = await seed();
      const { form, element } = await mountInForm(seeded);
      // The browser calls this with what setFormValue kept as the state: the amount as typed.
      element.formStateRestoreCallback('1,250.50');
      await element.updateComplete;
      expect(control(element, 'amount').value).to.equal('1,250.50');
      expect(new FormData(form).get('deposit')).to.equal('1250.50');
      expect(element.validity.valid).to.equal(true);
      // A file or form data is not ours to restore: nothing changes.
      element.formStateRestoreCallback(new FormData());
      await element.updateComplete;
      expect(control(element, 'amount').value).to.equal('1,250.50');
    });

    it('is disabled with a disabled <fieldset>, and then not validated or submitted', async () => {
      const seeded = await seed();
      const fieldset = await fixture<HTMLFieldSetElement>(html`
        <form>
          <fieldset>
            <sajja-deposit-form
              name="deposit"
              store=${seeded.name}
              household=${seeded.householdId}
              membership=${seeded.membership.id}
            ></sajja-deposit-form>
          </fieldset>
        </form>
      `).then((form) => form.querySelector('fieldset')!);
      const element = fieldset.querySelector('sajja-deposit-form')!;
      type(element, 'amount', '100');
      fieldset.disabled = true;
      await element.updateComplete;
      for (const id of ['amount', 'date', 'note', 'save']) {
        expect(control(element, id).matches(':disabled'), id).to.equal(true);
      }
      expect(element.willValidate).to.equal(false);
      expect(new FormData(fieldset.form!).get('deposit')).to.equal(null);
      expect(await element.save()).to.equal(undefined);
      fieldset.disabled = false;
      await element.updateComplete;
      expect(control(element, 'amount').matches(':disabled')).to.equal(false);
      expect(new FormData(fieldset.form!).get('deposit')).to.equal('100.00');
    });

    it('is disabled by its own disabled attribute, like <input disabled>', async () => {
      const seeded = await seed();
      const { form, element } = await mountInForm(seeded);
      type(element, 'amount', '100');
      element.disabled = true;
      await element.updateComplete;
      expect(element.hasAttribute('disabled')).to.equal(true);
      expect(control(element, 'amount').matches(':disabled')).to.equal(true);
      expect(new FormData(form).get('deposit')).to.equal(null);
      expect(await element.save()).to.equal(undefined);
      expect(await depositsOf(seeded)).to.have.length(0);
      element.disabled = false;
      // Enabled once the browser has seen the attribute go (formDisabledCallback).
      await waitUntil(() => !control(element, 'amount').matches(':disabled'), 'still disabled');
      expect(new FormData(form).get('deposit')).to.equal('100.00');
    });

    it('records with its own button without submitting the partner’s form', async () => {
      const seeded = await seed();
      const { form, element } = await mountInForm(seeded);
      let partnerSubmits = 0;
      form.addEventListener('submit', (event) => {
        partnerSubmits++;
        event.preventDefault();
      });
      type(element, 'amount', '100');
      setTimeout(() => saveButton(element).click());
      await oneEvent(element, 'sajja-deposit');
      // Enter in the amount field, from a real keyboard, submits the widget's own form.
      control(element, 'amount').focus();
      await sendKeys({ type: '250' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(
        async () => (await depositsOf(seeded)).length === 2,
        'Enter recorded nothing',
      );
      expect(partnerSubmits).to.equal(0);
      // …and the partner's form submitting records nothing.
      type(element, 'amount', '999');
      form.requestSubmit();
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(partnerSubmits).to.equal(1);
      // Same day: the store orders these by id, so compare them sorted.
      const amounts = (await depositsOf(seeded)).map((record) => record.amount).sort();
      expect(amounts).to.deep.equal(['100.00', '250.00']);
    });
  });

  it('works from the keyboard alone: focus order, then Enter records', async () => {
    const seeded = await seed({ pledgeAmount: '150' });
    const element = await mount(seeded);
    await loaded(element);
    const before = document.createElement('button');
    before.textContent = 'ก่อนหน้า';
    element.before(before);
    before.focus();
    const order: string[] = [];
    for (let step = 0; step < 5; step++) {
      await sendKeys({ press: 'Tab' });
      const active = shadow(element).activeElement;
      order.push(active?.id || active?.getAttribute('part') || 'outside');
    }
    expect(order).to.deep.equal(['amount', 'pledge-button', 'date', 'note', 'save']);
    // Back to the pledge button, take the pledge, and record it with Enter.
    control(element, 'amount').focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    await waitUntil(() => shadow(element).activeElement === control(element, 'amount'));
    expect(control(element, 'amount').value).to.equal('150.00');
    setTimeout(() => sendKeys({ press: 'Enter' }));
    const event = (await oneEvent(element, 'sajja-deposit')) as SajjaDepositEvent;
    expect(event.detail.amount).to.equal('150.00');
    // The save button, pressed with the keyboard, leaves focus on the amount for the next one.
    type(element, 'amount', '20');
    saveButton(element).focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => statusOf(element) === 'บันทึกเงินฝาก 20.00 บาท แล้ว');
    await waitUntil(() => shadow(element).activeElement === control(element, 'amount'));
    before.remove();
  });

  it('fits a 320 px wide phone screen', async () => {
    const seeded = await seed({ minDeposit: '50', maxDeposit: '50000', pledgeAmount: '200' });
    await setViewport({ width: 320, height: 640 });
    try {
      const element = await mount(seeded);
      await loaded(element);
      type(element, 'amount', '12345678.25');
      await element.updateComplete;
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      expect(element.getBoundingClientRect().width).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
