import { errorMessage, type SajjaError } from '@sajja/core';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { openStore, organisationRoster, type SajjaStore } from '@sajja/store';
import { SajjaMeeting, type SajjaMeetingRowEvent } from '../src/meeting/meeting.js';
import { sendKeys } from './deposit-form-helpers.js';

// <sajja-meeting> on a real store (IndexedDB in Chromium): a small group seeded for March 2025,
// worked out by hand. Rules: pledge due on the 10th (default 100), welfare 30 a month, loans
// 1 %/month flat with a 20-baht penalty per late instalment.
// - A (no. 2, pledge 200): up to date before March; a 1,200-baht loan over 12 months from
//   15 January (100 + 12 a month from 15 February, February's paid). Due in March: pledge 200,
//   the loan's instalment 112, contribution 30.
// - B (no. 10, default pledge 100, deposits of 20 to 150): paid January's pledge only and no
//   contribution; a 1,000-baht loan over 10 months from 20 January (110 a month from
//   20 February), nothing repaid. Due in March: pledge 200 (February and March), the loan's
//   instalment 110 and arrears 130 (February's 110 and its 20 penalty), contributions 90.
// - D (no number) left on 5 March: listed last.

const shadow = (element: Element) => element.shadowRoot!;
const $ = <T extends HTMLElement = HTMLElement>(element: Element, selector: string) =>
  shadow(element).querySelector<T>(selector);
const $$ = (element: Element, selector: string) => [...shadow(element).querySelectorAll(selector)];
const squeeze = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const textOf = (element: Element, selector: string) => squeeze($(element, selector)?.textContent);

/** The body rows' member cells, in order, as shown. */
const memberCells = (element: Element) =>
  $$(element, 'tbody tr.row th[scope="row"]').map((cell) => squeeze(cell.textContent));

/** The input of a member's row labelled `label`, found by its label (the member's name in it). */
function field(element: Element, name: string, label: string): HTMLInputElement {
  const labels = $$(element, 'tbody label') as HTMLLabelElement[];
  const match = labels.find((each) => {
    const text = squeeze(each.textContent);
    return text.startsWith(label) && text.includes(name);
  });
  if (!match) throw new Error(`no field "${label}" for ${name}`);
  return shadow(element).getElementById(match.htmlFor) as HTMLInputElement;
}

function type(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

function rowOf(element: Element, name: string): HTMLTableRowElement {
  const row = ($$(element, 'tbody tr.row') as HTMLTableRowElement[]).find((each) =>
    squeeze(each.querySelector('th')?.textContent).includes(name),
  );
  if (!row) throw new Error(`no row for ${name}`);
  return row;
}

const saveOf = (element: Element, name: string) =>
  rowOf(element, name).querySelector<HTMLButtonElement>('[part="save-button"]')!;
const paidTotalOf = (element: Element, name: string) =>
  squeeze(rowOf(element, name).querySelector('.paid-total .total-amount')?.textContent);
const footTotal = (element: Element, kind: string) =>
  squeeze(
    $(
      element,
      kind === 'total'
        ? 'tfoot [data-total="total"] span:last-child'
        : `tfoot [data-total="${kind}"]`,
    )?.textContent,
  );

const opened: SajjaStore[] = [];
afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});

async function seed() {
  const name = `t-${crypto.randomUUID()}`;
  const store = await openStore({ name });
  opened.push(store);
  const group = await store.organisations.add({
    name: 'กลุ่มสัจจะบ้านหนองบัว',
    kind: 'pledge-group',
    rules: {
      pledge: { dueDay: 10, defaultAmount: '100', minAmount: '10', maxAmount: '500' },
      welfare: { waitingDays: 180, contribution: { perMonth: '30' }, benefits: {} },
      loans: {
        rate: { percent: '1', per: 'month' },
        method: 'flat',
        termMonths: 12,
        penalty: { kind: 'fixed-fee', fee: '20' },
      },
    },
  });
  const member = async (
    household: string,
    extra: {
      memberNumber?: string;
      pledgeAmount?: string;
      leftOn?: string;
      minDeposit?: string;
      maxDeposit?: string;
    },
  ) =>
    store.memberships.add({
      householdId: (await store.households.add({ name: household })).id,
      organisationId: group.id,
      joinedOn: '2025-01-01',
      ...extra,
    });
  const a = await member('บ้านแก้ว', { memberNumber: '2', pledgeAmount: '200' });
  const b = await member('บ้านขวัญ', { memberNumber: '10', minDeposit: '20', maxDeposit: '150' });
  const d = await member('บ้านดวง', { leftOn: '2025-03-05' });
  const loan = (membershipId: string, principal: string, termMonths: number, disbursedOn: string) =>
    store.loans.add({
      membershipId,
      terms: {
        principal,
        rate: { percent: '1', per: 'month' },
        termMonths,
        method: 'flat',
        disbursedOn,
      },
    });
  const loanA = await loan(a.id, '1200', 12, '2025-01-15');
  const loanB = await loan(b.id, '1000', 10, '2025-01-20');
  const pay = (membershipId: string, date: string, kind: string, amount: string, loanId?: string) =>
    store.fundTransactions.add({
      membershipId,
      date,
      kind: kind as 'deposit',
      amount,
      ...(loanId ? { loanId } : {}),
    });
  for (const m of [a, d]) {
    await pay(m.id, '2025-01-01', 'contribution', '30');
    await pay(m.id, '2025-02-01', 'contribution', '30');
  }
  await pay(a.id, '2025-01-10', 'deposit', '200');
  await pay(a.id, '2025-02-10', 'deposit', '200');
  await pay(a.id, '2025-02-15', 'repayment', '112', loanA.id);
  await pay(b.id, '2025-01-10', 'deposit', '100');
  await pay(d.id, '2025-01-10', 'deposit', '100');
  await pay(d.id, '2025-02-10', 'deposit', '100');
  return { name, store, group, a, b, d, loanA, loanB };
}

type Seeded = Awaited<ReturnType<typeof seed>>;

async function meeting(
  seeded: Seeded,
  attributes: { month?: string; lang?: string; organisation?: string; date?: string } = {},
): Promise<SajjaMeeting> {
  const element = await fixture<SajjaMeeting>(html`
    <sajja-meeting
      organisation=${attributes.organisation ?? seeded.group.id}
      month=${attributes.month ?? '2025-03'}
      store=${seeded.name}
      date=${attributes.date ?? '2025-03-10'}
      lang=${attributes.lang ?? 'th'}
    ></sajja-meeting>
  `);
  return element;
}

async function loaded(element: SajjaMeeting): Promise<void> {
  await waitUntil(() => $$(element, 'tbody tr.row').length > 0, 'the roster never showed');
  await element.updateComplete;
}

/** Waits for the row's save to finish, written or refused. */
async function saved(element: SajjaMeeting, name: string): Promise<void> {
  await element.updateComplete;
  await waitUntil(() => !saveOf(element, name).disabled, 'the save never finished');
  await element.updateComplete;
}

describe('<sajja-meeting>', () => {
  it('lists each member active in the month with what is due, prefilled in the fields', async () => {
    const seeded = await seed();
    const element = await meeting(seeded);
    await loaded(element);
    expect(memberCells(element)).to.deep.equal([
      'เลขที่ 2 บ้านแก้ว',
      'เลขที่ 10 บ้านขวัญ',
      'ไม่มีเลขสมาชิก บ้านดวง ลาออกเมื่อ 5 มี.ค. 2568',
    ]);
    expect(field(element, 'บ้านแก้ว', 'เงินสัจจะ').value).to.equal('200.00');
    expect(field(element, 'บ้านแก้ว', 'ชำระเงินกู้').value).to.equal('112.00');
    expect(field(element, 'บ้านแก้ว', 'เงินสวัสดิการ').value).to.equal('30.00');
    expect(field(element, 'บ้านขวัญ', 'เงินสัจจะ').value).to.equal('200.00');
    expect(field(element, 'บ้านขวัญ', 'ชำระเงินกู้').value).to.equal('240.00');
    expect(field(element, 'บ้านขวัญ', 'เงินสวัสดิการ').value).to.equal('90.00');
    expect(squeeze(rowOf(element, 'บ้านขวัญ').textContent)).to.include(
      'งวดนี้ 110.00 ค้างชำระ 130.00',
    );
    // A table with headers: a column header per column, a row header per member.
    expect($$(element, 'thead th[scope="col"]').map((th) => squeeze(th.textContent))).to.deep.equal(
      ['สมาชิก', 'เงินสัจจะ', 'ชำระเงินกู้', 'เงินสวัสดิการ', 'ชำระแล้วเดือนนี้', 'บันทึก'],
    );
    // Every field is labelled with the member's name, and described by what is due.
    const pledge = field(element, 'บ้านขวัญ', 'เงินสัจจะ');
    const label = shadow(element).querySelector(`label[for="${pledge.id}"]`)!;
    expect(squeeze(label.textContent)).to.equal('เงินสัจจะ, เลขที่ 10 บ้านขวัญ');
    const hint = shadow(element).getElementById(
      pledge.getAttribute('aria-describedby')!.split(' ')[0]!,
    );
    expect(squeeze(hint?.textContent)).to.equal('ยอดที่ต้องชำระ 200.00');
    // The totals are those of the store's roster.
    const roster = await organisationRoster(seeded.store, {
      organisationId: seeded.group.id,
      month: '2025-03',
    });
    expect(textOf(element, 'tfoot th')).to.equal('รวม 3 คน');
    expect(roster.totals.due.total).to.equal('902.00');
    expect(squeeze($(element, 'tfoot')?.textContent)).to.include('ยอดที่ต้องชำระ 400.00');
  });

  it('saves a row on Enter with the records the deposit form writes, then moves to the next member', async () => {
    const seeded = await seed();
    const element = await meeting(seeded);
    await loaded(element);
    const first = field(element, 'บ้านแก้ว', 'เงินสัจจะ');
    first.focus();
    // Tab goes through the row's fields in order.
    await sendKeys({ press: 'Tab' });
    expect(shadow(element).activeElement).to.equal(field(element, 'บ้านแก้ว', 'ชำระเงินกู้'));
    const event = oneEvent(element, 'sajja-meeting-row') as Promise<SajjaMeetingRowEvent>;
    await sendKeys({ press: 'Enter' });
    const { detail } = await event;
    expect(detail.membershipId).to.equal(seeded.a.id);
    expect(detail.month).to.equal('2025-03');
    const records = await Promise.all(
      detail.recordIds.map((id) => seeded.store.fundTransactions.get(id)),
    );
    expect(
      records.map((r) => [r?.kind, r?.amount, r?.loanId, r?.date, r?.method, r?.membershipId]),
    ).to.deep.equal([
      ['deposit', '200.00', undefined, '2025-03-10', 'cash', seeded.a.id],
      ['repayment', '112.00', seeded.loanA.id, '2025-03-10', 'cash', seeded.a.id],
      ['contribution', '30.00', undefined, '2025-03-10', 'cash', seeded.a.id],
    ]);
    // As the deposit form does, the pledge's deposit is household saving too.
    expect(records[0]!.ledgerEntryId).to.be.a('string');
    await saved(element, 'บ้านแก้ว');
    await waitUntil(() => paidTotalOf(element, 'บ้านแก้ว') === '342.00');
    await waitUntil(
      () => shadow(element).activeElement === field(element, 'บ้านขวัญ', 'เงินสัจจะ'),
      'the focus did not move to the next member',
    );
    // Paid now: the fields are blank, so a second Enter pays nothing twice.
    expect(field(element, 'บ้านแก้ว', 'เงินสัจจะ').value).to.equal('');
    expect(footTotal(element, 'total')).to.equal('342.00');
    expect(footTotal(element, 'deposit')).to.equal('ชำระแล้ว 200.00');
    expect(textOf(element, '[part="status"]')).to.equal(
      'บันทึกการชำระของ เลขที่ 2 บ้านแก้ว แล้ว 342.00 บาท ยอดชำระรวมเดือนนี้ 342.00 บาท',
    );
  });

  it("shows each member's transfers of the month with their slip, to match the bank statement", async () => {
    const seeded = await seed();
    // Between meetings, B paid the pledge by PromptPay from the deposit form, with the slip's
    // reference; a second transfer was a mistake and is reversed; A paid in cash.
    const transfer = (date: string, amount: string, slipReference?: string) =>
      seeded.store.fundTransactions.add({
        membershipId: seeded.b.id,
        date,
        kind: 'deposit',
        amount,
        method: 'promptpay',
        ...(slipReference ? { slipReference } : {}),
      });
    await transfer('2025-03-03', '100', '014A7731');
    const mistake = await transfer('2025-03-04', '50', 'X1');
    await seeded.store.fundTransactions.reverse(mistake.id, { date: '2025-03-05' });
    await seeded.store.fundTransactions.add({
      membershipId: seeded.a.id,
      date: '2025-03-02',
      kind: 'deposit',
      amount: '200',
      method: 'cash',
    });
    const element = await meeting(seeded);
    await loaded(element);
    const transfersOf = (name: string) =>
      [...rowOf(element, name).querySelectorAll('[part="transfers"] li')].map((li) =>
        squeeze(li.textContent),
      );
    await waitUntil(() => transfersOf('บ้านขวัญ').length === 1, 'the transfer never showed');
    expect(transfersOf('บ้านขวัญ')).to.deep.equal([
      'โอนพร้อมเพย์ 100.00 วันที่ 3 มี.ค. 2568 สลิป 014A7731',
    ]);
    expect(
      squeeze(rowOf(element, 'บ้านขวัญ').querySelector('.transfers-label')?.textContent),
    ).to.equal('เงินโอนเดือนนี้ (ตรวจกับรายการเดินบัญชี)');
    expect(transfersOf('บ้านแก้ว')).to.deep.equal([]);

    // A row saved at the meeting as a bank transfer shows too, live.
    // (A paid in cash this month, so nothing is prefilled: the treasurer types the amount.)
    type(field(element, 'บ้านแก้ว', 'เงินสวัสดิการ'), '30');
    const method = rowOf(element, 'บ้านแก้ว').querySelector<HTMLSelectElement>('[part="method"]')!;
    method.value = 'bank-transfer';
    method.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    saveOf(element, 'บ้านแก้ว').click();
    await saved(element, 'บ้านแก้ว');
    await waitUntil(() => transfersOf('บ้านแก้ว').length === 1, 'the saved transfer never showed');
    expect(transfersOf('บ้านแก้ว')).to.deep.equal(['โอนผ่านธนาคาร 30.00 วันที่ 10 มี.ค. 2568']);

    // In English, and in the reversal step's list.
    element.lang = 'en';
    await element.updateComplete;
    expect(transfersOf('บ้านขวัญ')).to.deep.equal([
      'PromptPay transfer 100.00 on 3 Mar 2568 BE, slip 014A7731',
    ]);
    rowOf(element, 'บ้านขวัญ').querySelector<HTMLButtonElement>('[part="correct-button"]')!.click();
    await waitUntil(() => $(element, '[part="reversal"]'), 'the reversal step never opened');
    expect(squeeze($(element, '[part="reversal"] ul')?.textContent)).to.include(
      'PromptPay transfer 100.00 on 3 Mar 2568 BE, slip 014A7731',
    );
  });

  it('keeps the totals equal to the sum of the rows after saving', async () => {
    const seeded = await seed();
    const element = await meeting(seeded);
    await loaded(element);
    type(field(element, 'บ้านขวัญ', 'เงินสัจจะ'), '150');
    type(field(element, 'บ้านขวัญ', 'ชำระเงินกู้'), '๒๔๐');
    type(field(element, 'บ้านขวัญ', 'เงินสวัสดิการ'), '');
    saveOf(element, 'บ้านขวัญ').click();
    await saved(element, 'บ้านขวัญ');
    await waitUntil(() => paidTotalOf(element, 'บ้านขวัญ') === '390.00');
    type(field(element, 'บ้านแก้ว', 'เงินสัจจะ'), '1,000');
    saveOf(element, 'บ้านแก้ว').click();
    await saved(element, 'บ้านแก้ว');
    await waitUntil(() => paidTotalOf(element, 'บ้านแก้ว') === '1,142.00');
    const rows = ['บ้านแก้ว', 'บ้านขวัญ', 'บ้านดวง'].map((name) =>
      Number(paidTotalOf(element, name).replace(/,/g, '')),
    );
    expect(rows.reduce((a, b) => a + b, 0).toFixed(2)).to.equal('1532.00');
    expect(footTotal(element, 'total')).to.equal('1,532.00');
    const roster = await organisationRoster(seeded.store, {
      organisationId: seeded.group.id,
      month: '2025-03',
    });
    expect(roster.totals.paid).to.deep.include({
      deposit: '1150.00',
      repayment: '352.00',
      contribution: '30.00',
      total: '1532.00',
    });
  });

  it('refuses a row with a wrong amount, keeps what was typed and says why beside the field', async () => {
    const seeded = await seed();
    const element = await meeting(seeded);
    await loaded(element);
    const pledge = field(element, 'บ้านขวัญ', 'เงินสัจจะ');
    const welfare = field(element, 'บ้านขวัญ', 'เงินสวัสดิการ');
    type(pledge, '๒๐๐');
    type(welfare, '3o');
    saveOf(element, 'บ้านขวัญ').click();
    await saved(element, 'บ้านขวัญ');
    expect(pledge.value).to.equal('๒๐๐');
    expect(welfare.value).to.equal('3o');
    expect(pledge.getAttribute('aria-invalid')).to.equal('true');
    const errorOf = (input: HTMLInputElement) =>
      squeeze(shadow(element).getElementById(`${input.id}-error`)?.textContent);
    expect(errorOf(pledge)).to.equal('เงินฝากต้องไม่เกิน 150.00 บาท ตามระเบียบของกลุ่ม');
    expect(errorOf(welfare)).to.not.equal('');
    expect(shadow(element).activeElement).to.equal(pledge);
    expect(await seeded.store.fundTransactions.list({ membershipId: seeded.b.id })).to.have.length(
      1,
    );
    // Corrected, the row saves.
    type(pledge, '๑๕๐');
    type(welfare, '90');
    saveOf(element, 'บ้านขวัญ').click();
    await saved(element, 'บ้านขวัญ');
    expect(errorOf(pledge)).to.equal('');
    const march = await seeded.store.fundTransactions.list({
      membershipId: seeded.b.id,
      from: '2025-03-01',
    });
    expect(march.map((r) => [r.kind, r.amount]).sort()).to.deep.equal([
      ['contribution', '90.00'],
      ['deposit', '150.00'],
      ['repayment', '240.00'],
    ]);
  });

  it('finds a member by number or by name', async () => {
    const seeded = await seed();
    const element = await meeting(seeded);
    await loaded(element);
    const search = $<HTMLInputElement>(element, '#search')!;
    type(search, '10');
    await element.updateComplete;
    expect(memberCells(element)).to.deep.equal(['เลขที่ 10 บ้านขวัญ']);
    type(search, '๒');
    await element.updateComplete;
    expect(memberCells(element)).to.deep.equal(['เลขที่ 2 บ้านแก้ว']);
    type(search, 'ดวง');
    await element.updateComplete;
    expect(memberCells(element)[0]).to.match(/^ไม่มีเลขสมาชิก บ้านดวง/);
    type(search, 'ไม่มีใคร');
    await element.updateComplete;
    expect(memberCells(element)).to.deep.equal([]);
    expect(textOf(element, 'p[role="status"]')).to.equal('ไม่พบสมาชิกที่ตรงกับ “ไม่มีใคร”');
  });

  it('corrects a saved row by reversal after a confirm step', async () => {
    const seeded = await seed();
    const element = await meeting(seeded);
    await loaded(element);
    saveOf(element, 'บ้านแก้ว').click();
    await saved(element, 'บ้านแก้ว');
    await waitUntil(() => paidTotalOf(element, 'บ้านแก้ว') === '342.00');
    rowOf(element, 'บ้านแก้ว').querySelector<HTMLButtonElement>('[part="correct-button"]')!.click();
    await waitUntil(() => $(element, '[part="reversal"]'), 'no confirm step');
    const boxes = $$(element, '[part="reversal"] input[type="checkbox"]') as HTMLInputElement[];
    expect(boxes.map((box) => box.checked)).to.deep.equal([true, true, true]);
    // Nothing is reversed before the confirm.
    expect(
      await seeded.store.fundTransactions.list({ membershipId: seeded.a.id, from: '2025-03-01' }),
    ).to.have.length(3);
    const labels = $$(element, '[part="reversal"] label').map((label) =>
      squeeze(label.textContent),
    );
    expect(labels).to.deep.equal([
      'เงินฝาก 200.00 · 10 มี.ค. 2568',
      'ชำระเงินกู้ 112.00 · 10 มี.ค. 2568',
      'เงินสวัสดิการ 30.00 · 10 มี.ค. 2568',
    ]);
    boxes[2]!.click(); // keep the contribution
    await element.updateComplete;
    ($$(element, '[part="reversal"] button')[0] as HTMLButtonElement).click();
    await waitUntil(() => !$(element, '[part="reversal"]'), 'the step never closed');
    await waitUntil(() => paidTotalOf(element, 'บ้านแก้ว') === '30.00');
    const all = await seeded.store.fundTransactions.list({
      membershipId: seeded.a.id,
      from: '2025-03-01',
      includeReversed: true,
    });
    expect(
      all
        .filter((r) => r.reverses)
        .map((r) => [r.kind, r.amount, r.date])
        .sort(),
    ).to.deep.equal([
      ['deposit', '200.00', '2025-03-10'],
      ['repayment', '112.00', '2025-03-10'],
    ]);
    expect(footTotal(element, 'total')).to.equal('30.00');
    expect(textOf(element, '[part="status"]')).to.equal(
      'กลับรายการของ เลขที่ 2 บ้านแก้ว แล้ว 2 รายการ',
    );
  });

  it('says clearly why nothing shows: an unknown group, a month before it, a bad month', async () => {
    const seeded = await seed();
    const cases: [Partial<Parameters<typeof meeting>[1]>, string][] = [
      [{ organisation: 'no-such-group' }, 'unknown-organisation'],
      [{ month: '2024-12', date: '' }, 'month-before-organisation'],
      [{ month: '2025-13', date: '' }, 'no-such-month'],
      [{ month: 'March', date: '' }, 'not-a-month'],
    ];
    for (const [attributes, reason] of cases) {
      for (const lang of ['th', 'en']) {
        const element = await meeting(seeded, { ...attributes, lang });
        await waitUntil(() => textOf(element, '[part="alert"]') !== '', `no message for ${reason}`);
        const message = textOf(element, '[part="alert"]');
        expect(message, reason).to.not.match(/undefined|Error|\{/);
        expect($$(element, 'tbody tr').length, reason).to.equal(0);
        // The store's own sentence of the reason, in the widget's language.
        expect(message.length, reason).to.be.greaterThan(10);
        if (lang === 'en') expect(message, reason).to.match(/^[\x20-\x7e’“”]+$/);
      }
    }
    const unknown = await meeting(seeded, { organisation: 'no-such-group', lang: 'en' });
    await waitUntil(() => textOf(unknown, '[part="alert"]') !== '');
    const error = await organisationRoster(seeded.store, {
      organisationId: 'no-such-group',
      month: '2025-03',
    }).catch((failure: SajjaError) => failure);
    expect(textOf(unknown, '[part="alert"]')).to.include(errorMessage(error as SajjaError, 'en'));
  });

  it('refuses a payment after the member left, and a meeting day outside the month', async () => {
    const seeded = await seed();
    const element = await meeting(seeded);
    await loaded(element);
    type(field(element, 'บ้านดวง', 'เงินสัจจะ'), '100');
    saveOf(element, 'บ้านดวง').click();
    await saved(element, 'บ้านดวง');
    expect(
      squeeze(rowOf(element, 'บ้านดวง').querySelector('.actions .error')?.textContent),
    ).to.equal('สมาชิกลาออกแล้วเมื่อ 5 มี.ค. 2568 จึงบันทึกการชำระหลังวันนั้นไม่ได้');
    expect(field(element, 'บ้านดวง', 'เงินสัจจะ').value).to.equal('100');
    expect(
      await seeded.store.fundTransactions.list({ membershipId: seeded.d.id, from: '2025-03-01' }),
    ).to.deep.equal([]);
    // On the day before she left, it saves.
    type($<HTMLInputElement>(element, '#date')!, '04/03/2568');
    saveOf(element, 'บ้านดวง').click();
    await saved(element, 'บ้านดวง');
    const saved4 = await seeded.store.fundTransactions.list({
      membershipId: seeded.d.id,
      from: '2025-03-01',
    });
    expect(saved4.map((r) => [r.date, r.kind, r.amount]).sort()).to.deep.equal([
      ['2025-03-04', 'contribution', '30.00'],
      ['2025-03-04', 'deposit', '100.00'],
    ]);
    type($<HTMLInputElement>(element, '#date')!, '01/04/2568');
    saveOf(element, 'บ้านแก้ว').click();
    await saved(element, 'บ้านแก้ว');
    expect(textOf(element, '#date-error')).to.equal('วันที่ประชุมต้องอยู่ในเดือน มีนาคม 2568');
    expect(
      await seeded.store.fundTransactions.list({ membershipId: seeded.a.id, from: '2025-03-01' }),
    ).to.deep.equal([]);
  });

  it('keeps both records when two tabs record the same member at the same moment', async () => {
    const seeded = await seed();
    const element = await meeting(seeded);
    await loaded(element);
    // The other tab: a second connection to the same database.
    const other = await openStore({ name: seeded.name });
    opened.push(other);
    type(field(element, 'บ้านขวัญ', 'เงินสัจจะ'), '100');
    type(field(element, 'บ้านขวัญ', 'ชำระเงินกู้'), '');
    type(field(element, 'บ้านขวัญ', 'เงินสวัสดิการ'), '');
    const [, elsewhere] = await Promise.all([
      element.saveRow(seeded.b.id),
      other.fundTransactions.addAll([
        {
          membershipId: seeded.b.id,
          date: '2025-03-10',
          kind: 'deposit',
          amount: '50',
          method: 'cash',
        },
        {
          membershipId: seeded.b.id,
          date: '2025-03-10',
          kind: 'repayment',
          amount: '240',
          loanId: seeded.loanB.id,
          method: 'cash',
        },
      ]),
    ]);
    const march = await seeded.store.fundTransactions.list({
      membershipId: seeded.b.id,
      from: '2025-03-01',
    });
    expect(march.map((r) => r.amount).sort()).to.deep.equal(['100.00', '240.00', '50.00']);
    expect(march.map((r) => r.id)).to.include.members(elsewhere.map((r) => r.id));
    // The live roster shows both tabs' payments.
    await waitUntil(() => paidTotalOf(element, 'บ้านขวัญ') === '390.00', 'the roster missed a tab');
    expect(footTotal(element, 'total')).to.equal('390.00');
  });

  it('heads itself at heading-level, or not at all with no-heading', async () => {
    const seeded = await seed();
    const element = await meeting(seeded);
    await loaded(element);
    expect($$(element, 'h2').map((h) => squeeze(h.textContent))).to.deep.equal([
      'บันทึกการประชุมประจำเดือน มีนาคม 2568',
    ]);
    element.headingLevel = 4;
    await element.updateComplete;
    expect($$(element, 'h1, h2, h3, h4, h5, h6').map((h) => h.localName)).to.deep.equal(['h4']);
    element.noHeading = true;
    await element.updateComplete;
    expect($$(element, 'h1, h2, h3, h4, h5, h6')).to.deep.equal([]);
    // The widget is a region named by the heading it left out, and the table names the month.
    const region = [...element.shadowRoot!.children].find(
      (child) => child.getAttribute('role') === 'region',
    )!;
    expect(region.getAttribute('aria-label')).to.equal('บันทึกการประชุมประจำเดือน มีนาคม 2568');
    expect(region.querySelector('[part="roster"]')).to.exist;
    expect(textOf(element, 'caption')).to.equal('บันทึกการประชุมประจำเดือน มีนาคม 2568');
  });

  it('speaks English on lang="en", and Thai digits when asked', async () => {
    const seeded = await seed();
    const element = await meeting(seeded, { lang: 'en' });
    await loaded(element);
    expect(textOf(element, 'h2')).to.equal('Monthly meeting, March 2568 BE');
    expect(memberCells(element)[0]).to.equal('No. 2 บ้านแก้ว');
    expect(field(element, 'บ้านแก้ว', 'Pledge savings').value).to.equal('200.00');
    expect(textOf(element, 'tfoot th')).to.equal('Totals, 3 members');
    element.lang = 'th';
    element.digits = 'thai';
    await element.updateComplete;
    expect(textOf(element, 'h2')).to.equal('บันทึกการประชุมประจำเดือน มีนาคม ๒๕๖๘');
    expect(field(element, 'บ้านแก้ว', 'เงินสัจจะ').value).to.equal('๒๐๐.๐๐');
    // Typed in Thai digits as shown, it saves the same amount.
    saveOf(element, 'บ้านแก้ว').click();
    await saved(element, 'บ้านแก้ว');
    const march = await seeded.store.fundTransactions.list({
      membershipId: seeded.a.id,
      from: '2025-03-01',
    });
    expect(march.map((r) => r.amount).sort()).to.deep.equal(['112.00', '200.00', '30.00']);
  });
});
