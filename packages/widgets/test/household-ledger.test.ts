import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { openStore, type NewLedgerEntry, type SajjaStore } from '@sajja/store';
import {
  SajjaHouseholdLedger,
  type SajjaLedgerChangeDetail,
} from '../src/household-ledger/household-ledger.js';
import { localToday } from '@sajja/core';
import { sendKeys } from './deposit-form-helpers.js';

const shadow = (element: Element) => element.shadowRoot!;
const $ = <T extends Element = HTMLElement>(element: Element, selector: string) =>
  shadow(element).querySelector<T>(selector);
const text = (element: Element, selector: string) =>
  $(element, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
const field = (element: Element, id: string) =>
  $<HTMLInputElement & HTMLSelectElement>(element, `#${id}`)!;

/** The entry rows, newest first, as the cells' text. */
function rows(element: Element): string[][] {
  return [...shadow(element).querySelectorAll('tbody tr:not(.confirm)')].map((row) =>
    [...row.children].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim()),
  );
}

/** The summary figures by their class: `{ income: '10,000.00 บาท', … }`. */
function summary(element: Element): Record<string, string> {
  const figures: Record<string, string> = {};
  for (const item of shadow(element).querySelectorAll('.summary > div')) {
    figures[item.className] = item.querySelector('dd')!.textContent!.trim();
  }
  return figures;
}

const stores: SajjaStore[] = [];

/** A fresh store with one household and these entries (added one by one, in order). */
async function seed(entries: readonly NewLedgerEntry[] = []) {
  const name = `t-${crypto.randomUUID()}`;
  const store = await openStore({ name });
  stores.push(store);
  const household = await store.households.add({ name: 'บ้านทดสอบ' });
  const records = [];
  for (const entry of entries) records.push(await store.ledger.add(household.id, entry));
  return { name, store, householdId: household.id, records };
}

async function countAll(store: SajjaStore, householdId: string): Promise<number> {
  return store.ledger.count({ householdId, includeReversed: true });
}

/** The widget on `store` for `householdId`, once its month has loaded. */
async function ledgerWidget(
  name: string,
  householdId: string,
  month = '2024-03',
  extra: { lang?: string; digits?: string } = {},
): Promise<SajjaHouseholdLedger> {
  const element = await fixture<SajjaHouseholdLedger>(html`
    <sajja-household-ledger
      store=${name}
      household=${householdId}
      month=${month}
      lang=${extra.lang ?? 'th'}
      digits=${extra.digits ?? 'arabic'}
    ></sajja-household-ledger>
  `);
  await waitUntil(() => $(element, '.summary'), 'the month did not load');
  return element;
}

function collectEvents(element: HTMLElement): SajjaLedgerChangeDetail[] {
  const details: SajjaLedgerChangeDetail[] = [];
  element.addEventListener('sajja-ledger-change', (event) => {
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
    details.push(event.detail);
  });
  return details;
}

async function fill(element: SajjaHouseholdLedger, values: Record<string, string>) {
  if (values.kind) {
    const radio = $<HTMLInputElement>(element, `input[name="kind"][value="${values.kind}"]`)!;
    radio.click();
    await element.updateComplete;
  }
  for (const [id, value] of Object.entries(values)) {
    if (id !== 'kind') field(element, id).value = value;
  }
}

/** Submits the form as pressing Enter does. */
async function submit(element: SajjaHouseholdLedger) {
  $<HTMLFormElement>(element, 'form')!.requestSubmit();
  await element.updateComplete;
}

/** An object URL stub that keeps the Blob, and a guard that stops the real download. */
function interceptDownloads() {
  const blobs: Blob[] = [];
  const links: HTMLAnchorElement[] = [];
  const original = URL.createObjectURL;
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    blobs.push(blob as Blob);
    return `blob:${location.origin}/stub-${blobs.length}`;
  };
  const stop = (event: Event) => {
    const target = event.composedPath()[0];
    if (target instanceof HTMLAnchorElement && target.hasAttribute('download')) {
      links.push(target);
      event.preventDefault();
    }
  };
  document.addEventListener('click', stop, true);
  return {
    blobs,
    links,
    restore() {
      URL.createObjectURL = original;
      document.removeEventListener('click', stop, true);
    },
  };
}

async function chooseFile(element: SajjaHouseholdLedger, file: File) {
  const input = field(element, 'import-file');
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
}

/** Whole satang of a two-decimal amount string. */
const satang = (amount: string) => BigInt(amount.replace('.', ''));
/** Two-decimal text of whole satang, with a thousands comma as the widget shows it. */
function shown(value: bigint): string {
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(3, '0');
  const whole = digits.slice(0, -2).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${whole}.${digits.slice(-2)}`;
}

// Before March 2024: +1,000 − 200 = 800.00 brought forward.
// March: +10,000 (farming), −2,500 (food), −1,000 (savings deposit).
const MARCH: NewLedgerEntry[] = [
  { date: '2024-01-05', kind: 'expense', category: 'food', amount: '200' },
  { date: '2024-02-10', kind: 'income', category: 'wages', amount: '1000' },
  { date: '2024-03-01', kind: 'income', category: 'farming', amount: '10000', note: 'ขายข้าว' },
  { date: '2024-03-02', kind: 'expense', category: 'food', amount: '2500' },
  { date: '2024-03-05', kind: 'expense', category: 'savings-deposit', amount: '1000' },
];

describe('<sajja-household-ledger>', () => {
  afterEach(() => {
    for (const store of stores.splice(0)) store.close();
  });

  it('adds income and an expense: rows newest first with the balance carried from earlier months', async () => {
    const { name, store, householdId } = await seed([
      { date: '2024-02-20', kind: 'income', category: 'wages', amount: '1000' },
    ]);
    const element = await ledgerWidget(name, householdId);
    const events = collectEvents(element);
    expect(text(element, '.empty')).to.equal('ยังไม่มีรายการในเดือนนี้');
    expect(summary(element).opening).to.equal('1,000.00 บาท');
    await expect(element).to.be.accessible();

    await fill(element, { kind: 'income', category: 'trade', amount: '500', date: '05/03/2567' });
    await submit(element);
    await waitUntil(() => rows(element).length === 1, 'the income row did not appear');
    expect(text(element, '[role="status"]')).to.equal(
      'บันทึกรายรับ 500.00 บาท (รายรับจากค้าขาย) แล้ว',
    );
    expect(field(element, 'amount').value).to.equal('');

    await fill(element, {
      kind: 'expense',
      category: 'food',
      amount: '๑๒๐.๕',
      date: '๕ มี.ค. ๒๕๖๗',
      note: 'ข้าวสาร',
    });
    await submit(element);
    await waitUntil(() => rows(element).length === 2, 'the expense row did not appear');
    // 1,000 brought forward + 500 = 1,500; then − 120.50 = 1,379.50 (same day: as recorded).
    expect(rows(element)).to.deep.equal([
      ['5 มี.ค. 2567', 'ค่าอาหาร ข้าวสาร', '', '120.50', '1,379.50', 'กลับรายการ'],
      ['5 มี.ค. 2567', 'รายรับจากค้าขาย', '500.00', '', '1,500.00', 'กลับรายการ'],
    ]);
    await waitUntil(() => summary(element).closing === '1,379.50 บาท', 'the summary lagged');
    expect(summary(element).income).to.equal('500.00 บาท');
    expect(summary(element).expense).to.equal('120.50 บาท');

    expect(events.length).to.equal(2);
    const [income, expense] = events;
    const stored = await store.ledger.list({ householdId, from: '2024-03-01' });
    expect(stored).to.have.length(2);
    const incomeRecord = stored.find((entry) => entry.kind === 'income')!;
    const expenseRecord = stored.find((entry) => entry.kind === 'expense')!;
    expect(income).to.deep.equal({
      action: 'add',
      householdId,
      entryId: incomeRecord.id,
      date: '2024-03-05',
      kind: 'income',
      category: 'trade',
      amount: '500.00',
    });
    expect(expense).to.deep.equal({
      action: 'add',
      householdId,
      entryId: expenseRecord.id,
      date: '2024-03-05',
      kind: 'expense',
      category: 'food',
      amount: '120.50',
      note: 'ข้าวสาร',
    });
    await expect(element).to.be.accessible();
  });

  it('writes once when the form is sent twice in a row (a double tap)', async () => {
    const { name, store, householdId } = await seed();
    const element = await ledgerWidget(name, householdId);
    await fill(element, { category: 'food', amount: '80', date: '01/03/2567' });
    const form = $<HTMLFormElement>(element, 'form')!;
    form.requestSubmit();
    form.requestSubmit();
    await waitUntil(() => rows(element).length === 1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await countAll(store, householdId)).to.equal(1);
  });

  it('defaults the date to today in the Buddhist Era and offers only the chosen kind’s categories', async () => {
    const { name, householdId } = await seed();
    const element = await ledgerWidget(name, householdId);
    const [year, month, day] = localToday().split('-');
    expect(field(element, 'date').value).to.equal(`${day}/${month}/${Number(year) + 543}`);
    const options = () =>
      [...field(element, 'category').options].map((option) => option.value).slice(1);
    expect(options()).to.include('food').and.not.include('wages');
    // The utilities and the spending that can be cut, which CDD and BAAC ledgers stress.
    expect(options()).to.include.members(['utilities', 'cuttable']);
    expect(text(element, '#import-hint')).to.equal(
      'ต้องมีคอลัมน์ date (วันที่), kind (ประเภท), category (หมวด), amount (จำนวนเงิน) และ note (หมายเหตุ) ถ้ามี',
    );
    await fill(element, { category: 'savings-deposit' });
    await fill(element, { kind: 'income' });
    // Switching kind must not leave an expense category selected under another name.
    expect(field(element, 'category').value).to.equal('');
    expect(options()).to.deep.equal([
      'farming',
      'wages',
      'trade',
      'remittances',
      'welfare-received',
      'loans-received',
      'other-income',
    ]);
  });

  for (const [label, values, fieldId, message] of [
    ['letters in the amount', { amount: '12abc' }, 'amount', 'จำนวนเงินต้องเป็นตัวเลขเท่านั้น'],
    ['a zero amount', { amount: '0' }, 'amount', 'จำนวนเงินต้องมากกว่าศูนย์'],
    ['a negative amount', { amount: '-500' }, 'amount', 'จำนวนเงินต้องมากกว่าศูนย์'],
    ['an empty amount', { amount: '' }, 'amount', 'กรุณากรอกจำนวนเงิน'],
    ['an impossible date', { date: '31/02/2567' }, 'date', 'ไม่มีวันที่นี้ในเดือนนั้น'],
    [
      'a date that is not a date',
      { date: 'เมื่อวาน' },
      'date',
      'กรุณากรอกวันที่เป็น วัน/เดือน/ปี พ.ศ. เช่น 15/01/2567',
    ],
    ['no category', { category: '' }, 'category', 'กรุณาเลือกหมวด'],
    [
      'a note over 500 characters',
      { note: 'ก'.repeat(501) },
      'note',
      'หมายเหตุยาวได้ไม่เกิน 500 ตัวอักษร',
    ],
  ] as const) {
    it(`refuses ${label} with a message tied to the field, writing nothing`, async () => {
      const { name, store, householdId } = await seed();
      const element = await ledgerWidget(name, householdId);
      const events = collectEvents(element);
      await fill(
        element,
        Object.assign({ category: 'food', amount: '100', date: '01/03/2567', note: '' }, values),
      );
      await submit(element);
      await element.updateComplete;
      const input = field(element, fieldId);
      expect(text(element, `#${fieldId}-error`)).to.equal(message);
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')).to.contain(`${fieldId}-error`);
      expect(shadow(element).activeElement).to.equal(input);
      expect(text(element, '[role="status"]')).to.equal('กรุณาแก้ไขข้อมูลที่ไม่ถูกต้อง');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(await countAll(store, householdId)).to.equal(0);
      expect(events).to.have.length(0);
      await expect(element).to.be.accessible();
    });
  }

  it('tells when the household is unknown, and writes nothing', async () => {
    const { name, store, householdId } = await seed();
    const element = await ledgerWidget(name, 'no-such-household');
    await fill(element, { category: 'food', amount: '100', date: '01/03/2567' });
    await submit(element);
    await waitUntil(() => text(element, 'form [role="alert"]'));
    expect(text(element, 'form [role="alert"]')).to.equal('ไม่พบข้อมูลครัวเรือนนี้ในเครื่องนี้');
    expect(await countAll(store, householdId)).to.equal(0);
  });

  it('shows a note with markup as text, never as HTML', async () => {
    const { name, householdId } = await seed();
    const element = await ledgerWidget(name, householdId);
    const events = collectEvents(element);
    const note = '<img src=x onerror="window.__xss=1">';
    await fill(element, { category: 'food', amount: '10', date: '02/03/2567', note });
    await submit(element);
    await waitUntil(() => rows(element).length === 1);
    expect(text(element, 'tbody .note')).to.equal(note);
    expect(shadow(element).querySelector('img')).to.equal(null);
    expect((window as { __xss?: unknown }).__xss).to.equal(undefined);
    expect(events[0]).to.include({ note });
  });

  it("lists the month's payments with the household's groups and how each was paid, outside the totals", async () => {
    const { name, store, householdId } = await seed([
      { date: '2024-03-01', kind: 'income', category: 'wages', amount: '1000' },
    ]);
    const group = await store.organisations.add({
      name: 'กลุ่มสัจจะบ้านหนองบัว',
      kind: 'pledge-group',
    });
    const membership = await store.memberships.add({
      householdId,
      organisationId: group.id,
      joinedOn: '2020-01-01',
    });
    const pay = (date: string, amount: string, extra: object = {}) =>
      store.fundTransactions.add({
        membershipId: membership.id,
        date,
        kind: 'deposit',
        amount,
        ...extra,
      });
    await pay('2024-03-05', '200', { method: 'promptpay', slipReference: '2024030512345678' });
    await pay('2024-03-06', '50', { method: 'cash' });
    const typo = await pay('2024-03-07', '999');
    await store.fundTransactions.reverse(typo.id, { date: '2024-03-08' });
    await pay('2024-04-05', '200'); // another month
    const element = await ledgerWidget(name, householdId);
    const rows = () =>
      [...element.shadowRoot!.querySelectorAll('[part="group-payments"] li')].map((row) =>
        row.textContent!.replace(/\s+/g, ' ').trim(),
      );
    await waitUntil(() => rows().length === 2, 'the group payments did not show');
    expect(rows()).to.deep.equal([
      '6 มี.ค. 2567 ฝากเงิน กลุ่มสัจจะบ้านหนองบัว 50.00 บาท เงินสด',
      '5 มี.ค. 2567 ฝากเงิน กลุ่มสัจจะบ้านหนองบัว 200.00 บาท พร้อมเพย์ · เลขที่สลิป 2024030512345678',
    ]);
    // Not ledger entries: the month's expense stays 0.
    expect(
      element.shadowRoot!.querySelector('[part="summary"]')!.textContent!.replace(/\s+/g, ' '),
    ).to.include('1,000.00');
    expect(element.shadowRoot!.querySelectorAll('[part="table"] tbody tr')).to.have.length(1);
    element.lang = 'en';
    await element.updateComplete;
    expect(rows()[1]).to.equal(
      '5 Mar 2567 BE Deposit to กลุ่มสัจจะบ้านหนองบัว 200.00 baht PromptPay · slip 2024030512345678',
    );
    // Live: a payment recorded while it is shown appears.
    await pay('2024-03-20', '300', { method: 'promptpay' });
    await waitUntil(() => rows().length === 3, 'a new payment did not show');
    await expect(element).to.be.accessible();
  });

  it('lists a welfare benefit the household received from its fund among the group payments', async () => {
    const { name, store, householdId } = await seed([
      { date: '2024-03-01', kind: 'income', category: 'wages', amount: '1000' },
    ]);
    const fund = await store.organisations.add({
      name: 'กองทุนสวัสดิการชุมชน',
      kind: 'welfare-fund',
    });
    const membership = await store.memberships.add({
      householdId,
      organisationId: fund.id,
      joinedOn: '2020-01-01',
    });
    await store.fundTransactions.add({
      membershipId: membership.id,
      date: '2024-03-02',
      kind: 'contribution',
      amount: '30',
      method: 'cash',
    });
    await store.fundTransactions.add({
      membershipId: membership.id,
      date: '2024-03-15',
      kind: 'benefit',
      amount: '2000',
      method: 'cash',
      note: 'คลอดบุตร',
    });
    const element = await ledgerWidget(name, householdId);
    const rows = () =>
      [...element.shadowRoot!.querySelectorAll('[part="group-payments"] li')].map((row) =>
        row.textContent!.replace(/\s+/g, ' ').trim(),
      );
    await waitUntil(() => rows().length === 2, 'the group payments did not show');
    expect(rows()).to.deep.equal([
      '15 มี.ค. 2567 รับสวัสดิการ กองทุนสวัสดิการชุมชน 2,000.00 บาท เงินสด',
      '2 มี.ค. 2567 จ่ายเงินสมทบ กองทุนสวัสดิการชุมชน 30.00 บาท เงินสด',
    ]);
    element.lang = 'en';
    await element.updateComplete;
    expect(rows()[0]).to.equal(
      '15 Mar 2567 BE Welfare benefit from กองทุนสวัสดิการชุมชน 2,000.00 baht cash',
    );
    await expect(element).to.be.accessible();
  });

  it("fits a 320 px phone with the month's group payments, in Thai and in English", async () => {
    const { name, store, householdId } = await seed(MARCH);
    const group = await store.organisations.add({
      name: 'กลุ่มออมทรัพย์เพื่อการผลิตบ้านหนองบัวหมู่ที่สิบสอง',
      kind: 'savings-group',
    });
    const membership = await store.memberships.add({
      householdId,
      organisationId: group.id,
      joinedOn: '2020-01-01',
    });
    await store.fundTransactions.add({
      membershipId: membership.id,
      date: '2024-03-05',
      kind: 'deposit',
      amount: '1234567.89',
      method: 'promptpay',
      slipReference: 'KBANK2024030512345678901234567890',
    });
    for (const lang of ['th', 'en']) {
      const box = await fixture<HTMLDivElement>(
        html`<div style="width: 320px">
          <sajja-household-ledger
            store=${name}
            household=${householdId}
            month="2024-03"
            lang=${lang}
          >
          </sajja-household-ledger>
        </div>`,
      );
      const element = box.querySelector('sajja-household-ledger')!;
      await waitUntil(
        () => element.shadowRoot!.querySelector('[part="group-payments"] li'),
        'the group payments did not show',
      );
      // Nothing, the entries' table and the long slip reference included, widens the page.
      expect(box.scrollWidth, lang).to.be.at.most(320);
    }
  });

  it('sums the month: income, expense, net, savings, savings rate, brought forward and balance', async () => {
    const { name, householdId } = await seed(MARCH);
    const element = await ledgerWidget(name, householdId);
    // Income 10,000; expenses 2,500 + 1,000 = 3,500; net 6,500; savings 1,000 = 10.00 % of
    // income; 800 brought forward + 6,500 = 7,300.
    expect(summary(element)).to.deep.equal({
      opening: '800.00 บาท',
      income: '10,000.00 บาท',
      expense: '3,500.00 บาท',
      net: '6,500.00 บาท',
      savings: '1,000.00 บาท',
      'savings-rate': '10.00%',
      closing: '7,300.00 บาท',
    });
    expect(rows(element).map((row) => [row[0], row[4]])).to.deep.equal([
      ['5 มี.ค. 2567', '7,300.00'],
      ['2 มี.ค. 2567', '8,300.00'],
      ['1 มี.ค. 2567', '10,800.00'],
    ]);
    expect(text(element, 'caption')).to.equal('รายการเดือนมีนาคม 2567 (ล่าสุดอยู่บน)');
    await expect(element).to.be.accessible();
  });

  it('carries forward entries of any date, even a year mistyped as 1850', async () => {
    const { name, householdId } = await seed([
      { date: '1850-01-01', kind: 'income', category: 'trade', amount: '100' },
      { date: '1899-12-31', kind: 'expense', category: 'food', amount: '1' },
      { date: '1900-01-31', kind: 'income', category: 'trade', amount: '1000' },
      { date: '2024-02-01', kind: 'expense', category: 'food', amount: '30' },
    ]);
    // March 2024: 100 − 1 + 1,000 − 30 = 1,069 brought forward.
    const march = await ledgerWidget(name, householdId);
    expect(summary(march).opening).to.equal('1,069.00 บาท');
    // January 1900, the first month shown: only the entries before 1900 come before it.
    const first = await ledgerWidget(name, householdId, '1900-01');
    expect(summary(first).opening).to.equal('99.00 บาท');
    expect(summary(first).closing).to.equal('1,099.00 บาท');
    expect($<HTMLButtonElement>(first, '.month-nav button')!.disabled).to.equal(true);
  });

  it('says "no income" for the savings rate of a month without income', async () => {
    const { name, householdId } = await seed([
      { date: '2024-03-02', kind: 'expense', category: 'food', amount: '50' },
    ]);
    const element = await ledgerWidget(name, householdId);
    expect(summary(element)['savings-rate']).to.equal('ไม่มีรายรับ');
    expect(summary(element).net).to.equal('-50.00 บาท');
  });

  it('draws income and expense bars for six months, with a text alternative', async () => {
    const { name, householdId } = await seed(MARCH);
    const element = await ledgerWidget(name, householdId);
    const svg = $<SVGSVGElement>(element, 'svg')!;
    expect(svg.getAttribute('role')).to.equal('img');
    const height = (kind: string, period: string) =>
      Number($(element, `rect.${kind}[data-period="${period}"]`)!.getAttribute('height'));
    expect(shadow(element).querySelectorAll('rect.income')).to.have.length(6);
    expect(shadow(element).querySelectorAll('rect.expense')).to.have.length(6);
    // The largest amount (March income 10,000) fills the plot (100); the rest in proportion.
    expect(height('income', '2024-03')).to.equal(100);
    expect(height('expense', '2024-03')).to.equal(35);
    expect(height('income', '2024-02')).to.equal(10);
    expect(height('expense', '2024-01')).to.equal(2);
    expect(height('income', '2023-10')).to.equal(0);
    const title = svg.querySelector('title#chart-title')!.textContent;
    expect(title).to.equal('แผนภูมิรายรับและรายจ่าย 6 เดือน ถึงเดือนมีนาคม 2567');
    expect(svg.getAttribute('aria-labelledby')).to.equal('chart-title');
    const description = svg.querySelector('desc')!.textContent!;
    expect(description).to.contain('ตุลาคม 2566: รายรับ 0.00 บาท รายจ่าย 0.00 บาท');
    expect(description).to.contain('มีนาคม 2567: รายรับ 10,000.00 บาท รายจ่าย 3,500.00 บาท');
    const months = [...shadow(element).querySelectorAll('.months li')].map((li) => li.textContent);
    expect(months).to.deep.equal(['ต.ค.', 'พ.ย.', 'ธ.ค.', 'ม.ค.', 'ก.พ.', 'มี.ค.']);
    // Colours come from the theme tokens (primary for income, danger for expense).
    element.appearance = { colorPrimary: 'rgb(1, 2, 3)', colorDanger: 'rgb(4, 5, 6)' };
    await element.updateComplete;
    expect(getComputedStyle($(element, 'rect.income')!).fill).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle($(element, 'rect.expense')!).fill).to.equal('rgb(4, 5, 6)');
    await expect(element).to.be.accessible();
  });

  it('pages months with buttons named in the Buddhist Era', async () => {
    const { name, householdId } = await seed(MARCH);
    const element = await ledgerWidget(name, householdId);
    const [previous, next] =
      shadow(element).querySelectorAll<HTMLButtonElement>('.month-nav button');
    expect(previous!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('‹ ก.พ. (เดือนก่อนหน้า)');
    expect(next!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('เม.ย. (เดือนถัดไป) ›');
    previous!.click();
    await waitUntil(() => text(element, '#month-heading') === 'กุมภาพันธ์ 2567');
    await waitUntil(() => rows(element).length === 1);
    // February: 1,000 wages on top of January's −200.
    expect(rows(element)[0]).to.deep.equal([
      '10 ก.พ. 2567',
      'ค่าจ้าง/เงินเดือน',
      '1,000.00',
      '',
      '800.00',
      'กลับรายการ',
    ]);
    expect(summary(element).opening).to.equal('-200.00 บาท');
  });

  it('shows December 9999, the calendar’s last month, with its figures, "next" disabled and nothing thrown', async () => {
    const uncaught: unknown[] = [];
    const onError = (event: ErrorEvent) => uncaught.push(event.error);
    window.addEventListener('error', onError);
    try {
      // Brought forward across 8,000 years: more than one summary of the store may cover.
      const { name, householdId } = await seed([
        { date: '2024-02-10', kind: 'income', category: 'wages', amount: '1000' },
        { date: '5000-06-01', kind: 'expense', category: 'food', amount: '100' },
        { date: '9999-12-31', kind: 'expense', category: 'food', amount: '200' },
      ]);
      const element = await fixture<SajjaHouseholdLedger>(html`
        <sajja-household-ledger
          store=${name}
          household=${householdId}
          month="9999-11"
        ></sajja-household-ledger>
      `);
      await element.updateComplete;
      const next = () =>
        shadow(element).querySelectorAll<HTMLButtonElement>('.month-nav button')[1]!;
      expect(next().disabled).to.equal(false);
      next().click();
      await waitUntil(() => text(element, '#month-heading') === 'ธันวาคม 10542');
      expect(next().disabled).to.equal(true);

      const direct = await fixture<SajjaHouseholdLedger>(html`
        <sajja-household-ledger
          store=${name}
          household=${householdId}
          month="9999-12"
        ></sajja-household-ledger>
      `);
      await direct.updateComplete;
      expect(text(direct, '#month-heading')).to.equal('ธันวาคม 10542');
      await waitUntil(() => shadow(direct).querySelector('.summary'), 'no figures for 9999-12');
      expect(summary(direct).opening).to.equal('900.00 บาท');
      expect(summary(direct).closing).to.equal('700.00 บาท');
      expect(text(direct, '.month [role="alert"]')).to.equal('');
      expect(
        shadow(direct).querySelectorAll<HTMLButtonElement>('.month-nav button')[1]!.disabled,
      ).to.equal(true);
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(uncaught).to.deep.equal([]);
  });

  it('says so when its month attribute is not a month it can show, and shows this month', async () => {
    const { name, householdId } = await seed(MARCH);
    const thisMonth = localToday().slice(0, 7);
    for (const month of ['10000-01', '1899-12', '2024-13', 'March']) {
      const element = await ledgerWidget(name, householdId, month);
      const current = await ledgerWidget(name, householdId, thisMonth);
      expect(text(element, '#month-heading')).to.equal(text(current, '#month-heading'));
      expect(text(element, '.month [role="alert"]')).to.equal(
        `แสดงเดือน "${month}" ไม่ได้ จึงแสดงเดือนนี้แทน`,
      );
      element.lang = 'en';
      await element.updateComplete;
      expect(text(element, '.month [role="alert"]')).to.equal(
        `Cannot show the month "${month}", so this month is shown instead.`,
      );
      // A valid month clears it.
      element.month = '2024-03';
      await element.updateComplete;
      expect(text(element, '.month [role="alert"]')).to.equal('');
    }
  });

  it('reverses an entry after a confirm step: it leaves the totals, the history keeps both', async () => {
    const { name, store, householdId, records } = await seed(MARCH);
    const food = records[3]!;
    const element = await ledgerWidget(name, householdId);
    const events = collectEvents(element);
    const button = () =>
      [...shadow(element).querySelectorAll<HTMLButtonElement>('button[data-reverse]')].find(
        (each) => each.dataset.reverse === food.id,
      )!;
    expect(button().getAttribute('aria-label')).to.equal(
      'กลับรายการ: ค่าอาหาร 2,500.00 บาท วันที่ 2 มี.ค. 2567',
    );

    // Cancelling writes nothing and puts focus back. The confirm step loads on the first
    // "reverse" (a chunk of its own in the bundle), so its row comes a moment later.
    button().click();
    await waitUntil(() => $(element, '#confirm-text'), 'no confirm step');
    await element.updateComplete;
    expect(text(element, '#confirm-text')).to.equal(
      'กลับรายการ ค่าอาหาร 2,500.00 บาท วันที่ 2 มี.ค. 2567 ใช่หรือไม่ รายการนี้จะไม่นับรวมในยอดอีก แต่ยังเก็บไว้ในประวัติ จากนั้นให้บันทึกรายการที่ถูกต้องใหม่',
    );
    expect(shadow(element).activeElement!.id).to.equal('confirm-reverse');
    await expect(element).to.be.accessible();
    $<HTMLElement>(element, '.confirm [role="group"]')!.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }),
    );
    await element.updateComplete;
    await element.updateComplete;
    expect($(element, '.confirm')).to.equal(null);
    expect(shadow(element).activeElement).to.equal(button());
    expect(await countAll(store, householdId)).to.equal(5);

    button().click();
    await waitUntil(() => $(element, '#confirm-reverse'), 'no confirm step');
    $<HTMLButtonElement>(element, '#confirm-reverse')!.click();
    await waitUntil(() => rows(element).length === 2, 'the reversed row stayed');
    await waitUntil(() => summary(element).expense === '1,000.00 บาท', 'the totals stayed');
    // 800 + 10,000 − 1,000 = 9,800.
    expect(summary(element).closing).to.equal('9,800.00 บาท');
    expect(rows(element).map((row) => row[4])).to.deep.equal(['9,800.00', '10,800.00']);
    expect(text(element, '[role="status"]')).to.equal(
      'กลับรายการ ค่าอาหาร 2,500.00 บาท แล้ว หากต้องการ ให้บันทึกรายการที่ถูกต้องใหม่',
    );
    expect(events).to.have.length(1);
    const detail = events[0]!;
    expect(detail.action).to.equal('reverse');
    const reversal = await store.ledger.get((detail as { reversalId: string }).reversalId);
    expect(reversal!.reverses).to.equal(food.id);
    expect(detail).to.deep.equal({
      action: 'reverse',
      householdId,
      entryId: food.id,
      reversalId: reversal!.id,
      date: localToday(),
      kind: 'expense',
      category: 'food',
      amount: '2500.00',
    });
    expect(await countAll(store, householdId)).to.equal(6);

    // On request, the reversed entry is listed struck through, without a balance or a button.
    $<HTMLInputElement>(element, '.check input')!.click();
    await waitUntil(() => rows(element).length === 3, 'the reversed row was not shown');
    const struck = shadow(element).querySelector('tr.reversed')!;
    expect(struck.querySelector('.mark')!.textContent).to.equal('(กลับรายการแล้ว ไม่นับในยอด)');
    expect(struck.querySelector('.balance')!.textContent).to.equal('');
    expect(struck.querySelector('button')).to.equal(null);
    expect(getComputedStyle(struck.querySelector('.expense')!).textDecorationLine).to.equal(
      'line-through',
    );
    expect(summary(element).closing).to.equal('9,800.00 บาท');
    await expect(element).to.be.accessible();
  });

  it('exports the ledger as a CSV download named by today’s date', async () => {
    const { name, householdId, records } = await seed(MARCH.slice(2, 4));
    const element = await ledgerWidget(name, householdId);
    const downloads = interceptDownloads();
    try {
      $<HTMLButtonElement>(element, '.files button')!.click();
      // The first export loads the store's file code by import(): slow on a busy machine.
      await waitUntil(() => downloads.blobs.length === 1, 'nothing was downloaded', {
        timeout: 10_000,
      });
      const blob = downloads.blobs[0]!;
      expect(blob.type).to.equal('text/csv;charset=utf-8');
      const bytes = new Uint8Array(await blob.arrayBuffer());
      expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]); // BOM, for Excel
      expect((await blob.text()).split('\r\n')).to.deep.equal([
        'id,date,kind,category,amount,note,organisationId,reverses',
        `${records[0]!.id},2024-03-01,income,farming,10000.00,ขายข้าว,,`,
        `${records[1]!.id},2024-03-02,expense,food,2500.00,,,`,
        '',
      ]);
      expect(downloads.links).to.have.length(1);
      expect(downloads.links[0]!.download).to.equal(`sajja-ledger-${localToday()}.csv`);
      expect(downloads.links[0]!.isConnected).to.equal(false);
      expect(text(element, '[role="status"]')).to.equal(
        `สร้างไฟล์ sajja-ledger-${localToday()}.csv แล้ว`,
      );
    } finally {
      downloads.restore();
    }
  });

  it('imports a good CSV file: the rows appear and an import event fires', async () => {
    const { name, store, householdId } = await seed();
    const element = await ledgerWidget(name, householdId);
    const events = collectEvents(element);
    const csv = [
      'date,kind,category,amount,note',
      '15/03/2567,expense,food,"1,200",ข้าวสาร',
      '2024-03-16,income,trade,500,',
    ].join('\n');
    await chooseFile(element, new File([csv], 'march.csv', { type: 'text/csv' }));
    await waitUntil(() => rows(element).length === 2, 'the imported rows did not appear');
    expect(rows(element).map((row) => row.slice(0, 5))).to.deep.equal([
      ['16 มี.ค. 2567', 'รายรับจากค้าขาย', '500.00', '', '-700.00'],
      ['15 มี.ค. 2567', 'ค่าอาหาร ข้าวสาร', '', '1,200.00', '-1,200.00'],
    ]);
    expect(text(element, '[role="status"]')).to.equal('นำเข้า 2 รายการแล้ว');
    expect(events).to.deep.equal([
      { action: 'import', householdId, imported: 2, unchanged: 0, skipped: 0 },
    ]);
    expect(await countAll(store, householdId)).to.equal(2);
    await expect(element).to.be.accessible();
  });

  it("chooses the CSV file with its own button, in the widget's language, and names the file chosen", async () => {
    const { name, householdId } = await seed();
    const element = await ledgerWidget(name, householdId);
    const input = field(element, 'import-file');
    const button = $<HTMLButtonElement>(element, 'button[aria-describedby^="import-file-name"]')!;
    // The browser's own "Choose File / No file chosen" speaks the browser's language: hidden,
    // out of the tab order and of the accessibility tree; our button opens its dialog.
    const { width, height } = input.getBoundingClientRect();
    expect([width, height]).to.deep.equal([0, 0]);
    expect(input.tabIndex).to.equal(-1);
    expect(input.getAttribute('aria-hidden')).to.equal('true');
    expect(button.textContent!.trim()).to.equal('นำเข้าไฟล์ CSV');
    expect(text(element, '#import-file-name')).to.equal('ยังไม่ได้เลือกไฟล์');
    expect(button.getAttribute('aria-describedby')).to.equal(
      'import-file-name import-hint import-error',
    );
    let dialogs = 0;
    input.addEventListener('click', (event) => {
      dialogs += 1;
      event.preventDefault(); // no real file dialog in the test browser
    });
    button.focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Space' });
    expect(dialogs).to.equal(2);

    element.lang = 'en';
    await element.updateComplete;
    expect(button.textContent!.trim()).to.equal('Import a CSV file');
    expect(text(element, '#import-file-name')).to.equal('No file chosen');
    const csv = 'date,kind,category,amount\n2024-03-16,income,trade,500\n';
    await chooseFile(element, new File([csv], 'มีนาคม.csv', { type: 'text/csv' }));
    await waitUntil(() => rows(element).length === 1, 'the imported row did not appear');
    expect(text(element, '#import-file-name')).to.equal('มีนาคม.csv');
    await expect(element).to.be.accessible();
  });

  it('reads a CSV file Excel saved in the Thai Windows code page (Windows-874)', async () => {
    const { name, householdId } = await seed();
    const element = await ledgerWidget(name, householdId);
    const line = 'date,kind,category,amount,note\n2024-03-03,expense,food,35,ข้าวแกง\n';
    // TIS-620: each Thai letter U+0E01–U+0E5B is one byte, 0xA1–0xFB.
    const bytes = Uint8Array.from([...line], (char) => {
      const code = char.codePointAt(0)!;
      return code >= 0x0e01 ? code - 0x0e00 + 0xa0 : code;
    });
    await chooseFile(element, new File([bytes], 'excel.csv', { type: 'text/csv' }));
    await waitUntil(() => rows(element).length === 1, 'the row did not appear');
    expect(rows(element)[0]![1]).to.equal('ค่าอาหาร ข้าวแกง');
  });

  it('refuses a CSV file with bad rows, listing them by line in Thai; then imports only the good rows on request', async () => {
    const { name, store, householdId } = await seed();
    const element = await ledgerWidget(name, householdId);
    const events = collectEvents(element);
    const csv = [
      'date,kind,category,amount,note',
      '2024-03-10,expense,food,50,ok',
      '2024-03-11,expense,food,0,zero',
      '31/02/2567,income,wages,100,',
      '2024-03-12,income,food,100,',
    ].join('\n');
    await chooseFile(element, new File([csv], 'bad.csv', { type: 'text/csv' }));
    await waitUntil(() => $(element, '.problems'), 'no problems were shown');
    expect(text(element, '#problems-heading')).to.equal(
      'ยังไม่ได้นำเข้าไฟล์ bad.csv: พบปัญหา 3 จุด จึงยังไม่บันทึกข้อมูลใดเลย',
    );
    const problems = [...shadow(element).querySelectorAll('.problems li')].map(
      (li) => li.textContent,
    );
    expect(problems).to.deep.equal([
      'บรรทัด 3: จำนวนเงินต้องมากกว่าศูนย์ (คอลัมน์ amount)',
      'บรรทัด 4: วันที่ไม่ถูกต้อง เช่น 15/01/2567 (คอลัมน์ date)',
      'บรรทัด 5: หมวดนี้ใช้กับประเภทรายการที่เลือกไม่ได้ (คอลัมน์ category)',
    ]);
    expect($(element, '.problems')!.getAttribute('role')).to.equal('alert');
    expect(shadow(element).activeElement!.id).to.equal('problems-heading');
    expect(await countAll(store, householdId)).to.equal(0);
    expect(events).to.have.length(0);
    expect(rows(element)).to.have.length(0);
    await expect(element).to.be.accessible();

    const goodRows = [...shadow(element).querySelectorAll<HTMLButtonElement>('.problems button')];
    expect(goodRows[0]!.textContent!.trim()).to.equal('นำเข้าเฉพาะแถวที่ถูกต้อง');
    goodRows[0]!.click();
    await waitUntil(() => rows(element).length === 1, 'the good row did not appear');
    expect(rows(element)[0]!.slice(0, 4)).to.deep.equal([
      '10 มี.ค. 2567',
      'ค่าอาหาร ok',
      '',
      '50.00',
    ]);
    expect($(element, '.problems')).to.equal(null);
    expect(text(element, '[role="status"]')).to.equal(
      'นำเข้า 1 รายการแล้ว ข้ามแถวที่มีปัญหา 3 แถว',
    );
    expect(events).to.deep.equal([
      { action: 'import', householdId, imported: 1, unchanged: 0, skipped: 3 },
    ]);
    expect(await countAll(store, householdId)).to.equal(1);
  });

  it('offers no "good rows only" for a file it cannot read at all', async () => {
    const { name, householdId } = await seed();
    const element = await ledgerWidget(name, householdId, '2024-03', { lang: 'en' });
    await chooseFile(element, new File(['when,what\n1,2\n'], 'other.csv', { type: 'text/csv' }));
    await waitUntil(() => $(element, '.problems'));
    const [first] = [...shadow(element).querySelectorAll('.problems li')].map(
      (li) => li.textContent,
    );
    expect(first).to.match(/^Line 1: The first row must name the columns/);
    expect(text(element, '.problem-actions p')).to.equal('Correct the file and import it again.');
    expect(shadow(element).querySelectorAll('.problems button')).to.have.length(1); // Dismiss
  });

  it('speaks English when lang="en", and follows a change of lang', async () => {
    const { name, householdId } = await seed(MARCH);
    const element = await ledgerWidget(name, householdId, '2024-03', { lang: 'en' });
    expect(text(element, 'h2')).to.equal('Household ledger');
    expect(text(element, '#month-heading')).to.equal('March 2567 BE');
    expect(rows(element)[0]).to.deep.equal([
      '5 Mar 2567 BE',
      'Savings deposit',
      '',
      '1,000.00',
      '7,300.00',
      'Reverse',
    ]);
    expect(summary(element).opening).to.equal('800.00 baht');
    await fill(element, { category: 'food', amount: 'abc', date: '01/03/2567' });
    await submit(element);
    expect(text(element, '#amount-error')).to.equal('An amount may contain digits only.');
    expect(text(element, 'svg title')).to.equal(
      'Chart of income and expenses, 6 months to March 2567 BE',
    );
    await expect(element).to.be.accessible();

    element.lang = 'th';
    await element.updateComplete;
    expect(text(element, 'h2')).to.equal('บัญชีครัวเรือน');
    expect(rows(element)[0]![1]).to.equal('ฝากเงินออม');
    expect(field(element, 'category').options[1]!.textContent).to.equal('ค่าอาหาร');
  });

  it('writes Thai digits when digits="thai"', async () => {
    const { name, householdId } = await seed(MARCH);
    const element = await ledgerWidget(name, householdId, '2024-03', { digits: 'thai' });
    expect(rows(element)[0]!.slice(0, 5)).to.deep.equal([
      '๕ มี.ค. ๒๕๖๗',
      'ฝากเงินออม',
      '',
      '๑,๐๐๐.๐๐',
      '๗,๓๐๐.๐๐',
    ]);
    expect(summary(element)['savings-rate']).to.equal('๑๐.๐๐%');
    expect(text(element, '#month-heading')).to.equal('มีนาคม ๒๕๖๗');
  });

  it('updates live when another store object (another widget or tab) writes', async () => {
    const { name, householdId } = await seed();
    const element = await ledgerWidget(name, householdId);
    const other = await openStore({ name });
    stores.push(other);
    await other.ledger.add(householdId, {
      date: '2024-03-20',
      kind: 'income',
      category: 'remittances',
      amount: '3000',
    });
    await waitUntil(() => rows(element).length === 1, 'the other write did not show');
    expect(rows(element)[0]!.slice(0, 5)).to.deep.equal([
      '20 มี.ค. 2567',
      'เงินที่ลูกหลานส่งมา',
      '3,000.00',
      '',
      '3,000.00',
    ]);
  });

  it('renders a bounded number of rows for a household with 5,000 entries', async function () {
    this.timeout(120_000);
    const { name, store, householdId } = await seed();
    // 5,000 entries over January–March 2024, alternately income and expense.
    const lines = ['date,kind,category,amount'];
    let total = 0n;
    let beforeMarch = 0n;
    for (let i = 0; i < 5000; i++) {
      const month = (i % 3) + 1;
      const date = `2024-0${month}-${String((i % 28) + 1).padStart(2, '0')}`;
      const amount = `${(i % 97) + 1}.${String(i % 100).padStart(2, '0')}`;
      const income = i % 2 === 0;
      lines.push(`${date},${income ? 'income' : 'expense'},${income ? 'wages' : 'food'},${amount}`);
      const change = income ? satang(amount) : -satang(amount);
      total += change;
      if (month < 3) beforeMarch += change;
    }
    const report = await store.importLedgerCsv(householdId, lines.join('\n'));
    expect(report.imported).to.equal(5000);

    const element = await ledgerWidget(name, householdId);
    const marchCount = Math.ceil((5000 - 2) / 3); // i % 3 === 2 → 1,666
    const shownRows = rows(element);
    expect(shownRows.length).to.be.at.most(100);
    expect(shownRows).to.have.length(50);
    expect(text(element, '.toolbar .hint')).to.equal(`แสดง 50 จาก ${marchCount} รายการ`);
    // The newest row's balance is everything counted; each row below it undoes the one above.
    expect(summary(element).opening).to.equal(`${shown(beforeMarch)} บาท`);
    expect(shownRows[0]![4]).to.equal(shown(total));
    const balanceOf = (row: string[]) => satang(row[4]!.replace(/,/g, ''));
    const changeOf = (row: string[]) =>
      row[2] ? satang(row[2].replace(/,/g, '')) : -satang(row[3]!.replace(/,/g, ''));
    for (let r = 1; r < shownRows.length; r++) {
      expect(balanceOf(shownRows[r]!)).to.equal(
        balanceOf(shownRows[r - 1]!) - changeOf(shownRows[r - 1]!),
      );
    }

    $<HTMLButtonElement>(element, 'button.more')!.click();
    await element.updateComplete;
    expect(rows(element)).to.have.length(100);
    await expect(element).to.be.accessible();
  });
});
