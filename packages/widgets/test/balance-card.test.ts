import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { openStore, type SajjaStore } from '@sajja/store';
import { SajjaBalanceCard } from '../src/balance-card/balance-card.js';

const AS_OF = '2025-06-11';

const shadow = (element: Element) => element.shadowRoot!;
const text = (root: ParentNode, selector: string) =>
  root.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
const texts = (root: ParentNode, selector: string) =>
  [...root.querySelectorAll(selector)].map((node) => node.textContent!.replace(/\s+/g, ' ').trim());
/** The figures of a `dl` as [label, value] pairs. */
const figures = (root: ParentNode | null) =>
  [...(root?.querySelectorAll('dl > div') ?? [])].map((row) => [text(row, 'dt'), text(row, 'dd')]);
const status = (element: Element) => text(shadow(element), '[role="status"]');

/** Waits until the card shows an overview (or a final state) rather than loading. */
async function loaded(element: SajjaBalanceCard) {
  await waitUntil(
    () =>
      shadow(element).querySelector('section, [role="alert"]') ||
      /ไม่|not|no /i.test(status(element) ?? ''),
    'the card did not finish loading',
    { timeout: 5000 },
  );
  await element.updateComplete;
}

/**
 * A household (as in the store's overview tests) on 11 June 2025: a village fund with shares
 * (joined 2024-05-01), a welfare fund joined 200 days before, a sajja group with a pledge and a
 * 12,000-baht loan (joined 2025-01-03), a welfare fund joined 10 days before (2025-06-01).
 */
async function seed(store: SajjaStore) {
  const household = await store.households.add({ name: 'บ้านนายสมชาย' });
  const welfare = { welfare: { waitingDays: 180, contribution: { perDay: '1' }, benefits: {} } };
  const organisation = (
    name: string,
    kind: 'village-fund' | 'welfare-fund' | 'pledge-group',
    rules?: object,
  ) => store.organisations.add({ name, kind, ...(rules ? { rules } : {}) });
  const villageFund = await organisation('กองทุนหมู่บ้าน', 'village-fund');
  const welfareA = await organisation('กองทุนสวัสดิการตำบล', 'welfare-fund', welfare);
  const sajja = await organisation('กลุ่มสัจจะบ้านหนองบัว', 'pledge-group', {
    pledge: { dueDay: 5, defaultAmount: '100', minAmount: '10', maxAmount: '500' },
  });
  const welfareB = await organisation('กองทุนสวัสดิการชุมชน', 'welfare-fund', welfare);
  const join = (organisationId: string, joinedOn: string, pledgeAmount?: string) =>
    store.memberships.add({
      householdId: household.id,
      organisationId,
      joinedOn,
      ...(pledgeAmount ? { pledgeAmount } : {}),
    });
  const inVillageFund = await join(villageFund.id, '2024-05-01');
  const inWelfareA = await join(welfareA.id, '2024-11-23');
  const inSajja = await join(sajja.id, '2025-01-03', '200');
  await join(welfareB.id, '2025-06-01');
  const move = (
    membershipId: string,
    date: string,
    kind: 'deposit' | 'withdrawal' | 'share' | 'repayment',
    amount: string,
    loanId?: string,
  ) =>
    store.fundTransactions.add({ membershipId, date, kind, amount, ...(loanId ? { loanId } : {}) });
  await move(inVillageFund.id, '2024-05-01', 'share', '100');
  await move(inVillageFund.id, '2024-06-01', 'deposit', '30');
  await move(inVillageFund.id, '2025-01-15', 'share', '50');
  await move(inVillageFund.id, '2025-02-01', 'deposit', '300');
  await move(inVillageFund.id, '2025-03-01', 'withdrawal', '100');
  for (const date of [
    '2025-01-05',
    '2025-02-05',
    '2025-03-10',
    '2025-04-04',
    '2025-05-05',
    '2025-06-05',
  ]) {
    await move(inSajja.id, date, 'deposit', '200');
  }
  const loan = await store.loans.add({
    membershipId: inSajja.id,
    terms: {
      principal: '12000',
      rate: { percent: '1', per: 'month' },
      termMonths: 12,
      method: 'flat',
      disbursedOn: '2025-02-10',
    },
  });
  await move(inSajja.id, '2025-03-10', 'repayment', '1120', loan.id);
  await move(inSajja.id, '2025-04-10', 'repayment', '1120', loan.id);
  return { household, inSajja, inVillageFund, inWelfareA };
}

describe('<sajja-balance-card>', () => {
  let name: string;
  let store: SajjaStore;
  let ids: Awaited<ReturnType<typeof seed>>;
  beforeEach(async () => {
    name = `t-${crypto.randomUUID()}`;
    store = await openStore({ name });
    ids = await seed(store);
  });
  afterEach(() => store.close());

  const card = () =>
    fixture<SajjaBalanceCard>(html`
      <sajja-balance-card
        store=${name}
        household=${ids.household.id}
        as-of=${AS_OF}
      ></sajja-balance-card>
    `);

  it('shows the totals, each organisation and the sparkline in full (BE dates, Thai)', async () => {
    const element = await fixture<SajjaBalanceCard>(html`
      <sajja-balance-card
        store=${name}
        household=${ids.household.id}
        as-of=${AS_OF}
      ></sajja-balance-card>
    `);
    await loaded(element);
    const root = shadow(element);
    expect(text(root, 'h2')).to.equal('ยอดเงินของครัวเรือน บ้านนายสมชาย');
    const total = root.querySelector('[part="total"]');
    // Savings 230 + 1,200; shares 150; the loan: 12,000 flat at 1 %/month, two instalments of
    // 1,000 principal + 120 interest paid, May's (32 days late) and June's (1 day) unpaid:
    // 2 × 1,120 + penalties of 5 %/year on 1,000 for 32 and 1 days (4.38 + 0.14).
    expect(figures(total)).to.deep.equal([
      ['เงินออม', '1,430.00 บาท'],
      ['ค่าหุ้น', '150.00 บาท'],
      ['หนี้เงินกู้คงเหลือ', '10,000.00 บาท'],
      ['ค่างวดถัดไป', '1,120.00 บาท ครบกำหนด 10 ก.ค. 2568'],
    ]);
    expect(text(total!, '[part="warning"]')).to.equal('ค้างชำระ 2,244.52 บาท เกินกำหนด 32 วัน');
    // On time in April, May and June (50), no ledger days (0), a run of 3 of 3 months (20).
    expect(text(total!, '[part="discipline"] .score')).to.equal(
      'คะแนนวินัยการออม: 70 จาก 100 คะแนน',
    );
    expect(texts(total!, '[part="discipline"] li')[0]).to.equal(
      'ส่งเงินสัจจะตรงเวลา 3 จาก 3 งวด (100%) ได้ 50 จาก 50 คะแนน',
    );
    expect(text(total!, '[part="discipline"] .note')).to.equal(
      'ช่วง 12 มี.ค. 2568 ถึง 11 มิ.ย. 2568',
    );

    const sections = [...root.querySelectorAll('[part="organisation"]')];
    expect(sections.map((section) => text(section, 'h3'))).to.deep.equal([
      'กองทุนหมู่บ้าน กองทุนหมู่บ้าน',
      'กองทุนสวัสดิการตำบล กองทุนสวัสดิการชุมชน',
      'กลุ่มสัจจะบ้านหนองบัว กลุ่มสัจจะสะสมทรัพย์',
      'กองทุนสวัสดิการชุมชน กองทุนสวัสดิการชุมชน',
    ]);
    expect(figures(sections[0]!)).to.deep.equal([
      ['เงินออม', '230.00 บาท'],
      ['ค่าหุ้น', '150.00 บาท'],
    ]);
    // 2024-11-23 + 180 days = 22 May 2025: eligible; 2025-06-01 + 180 = 28 November 2025.
    expect(figures(sections[1]!)).to.deep.equal([['สวัสดิการ', 'มีสิทธิ์รับสวัสดิการ']]);
    expect(figures(sections[3]!)).to.deep.equal([
      ['สวัสดิการ', 'อยู่ระหว่างรอสิทธิ์ จะมีสิทธิ์รับสวัสดิการตั้งแต่วันที่ 28 พ.ย. 2568'],
    ]);
    expect(figures(sections[2]!)).to.deep.equal([
      ['เงินออม', '1,200.00 บาท'],
      ['หนี้เงินกู้คงเหลือ', '10,000.00 บาท'],
      ['ค่างวดถัดไป', '1,120.00 บาท ครบกำหนด 10 ก.ค. 2568'],
    ]);
    expect(sections[2]!.querySelector('[part="warning"]')).to.not.equal(null);

    const sparkline = root.querySelector('svg[part="sparkline"]')!;
    expect(sparkline.getAttribute('role')).to.equal('img');
    expect(sparkline.getAttribute('aria-label')).to.equal(
      'เงินออม 12 เดือน: กรกฎาคม 2567 30.00 บาท ถึง มิถุนายน 2568 1,430.00 บาท',
    );
    // Jul–Dec 2024 30, Jan 230, Feb 730, Mar 830, Apr 1,030, May 1,230, Jun 1,430: the lowest
    // at the bottom (y 28), the highest at the top (y 2).
    const points = sparkline.querySelector('polyline')!.getAttribute('points')!.split(' ');
    expect(points).to.have.length(12);
    expect(points[0]).to.equal('0.0,28.0');
    expect(points[11]).to.equal('110.0,2.0');
    expect(status(element)).to.equal('');
    await expect(element).to.be.accessible();
  });

  it('shows one small block in compact: savings, loans, the next instalment and a warning', async () => {
    const element = await card();
    element.variant = 'compact';
    await loaded(element);
    const root = shadow(element);
    expect(figures(root)).to.deep.equal([
      ['เงินออม', '1,430.00 บาท'],
      ['หนี้เงินกู้คงเหลือ', '10,000.00 บาท'],
      ['ค่างวดถัดไป', '1,120.00 บาท ครบกำหนด 10 ก.ค. 2568'],
    ]);
    expect(text(root, '[part="warning"]')).to.equal('ค้างชำระ 2,244.52 บาท เกินกำหนด 32 วัน');
    expect(root.querySelectorAll('[part="organisation"], svg, [part="discipline"]')).to.have.length(
      0,
    );
    expect(root.querySelector('section')!.getAttribute('aria-label')).to.equal(
      'ยอดเงินของครัวเรือน: บ้านนายสมชาย',
    );
    await expect(element).to.be.accessible();
  });

  it('writes Thai digits when asked, dates and explanations too', async () => {
    const element = await card();
    element.digits = 'thai';
    await loaded(element);
    const total = shadow(element).querySelector('[part="total"]');
    expect(figures(total)[0]).to.deep.equal(['เงินออม', '๑,๔๓๐.๐๐ บาท']);
    expect(figures(total)[3]).to.deep.equal(['ค่างวดถัดไป', '๑,๑๒๐.๐๐ บาท ครบกำหนด ๑๐ ก.ค. ๒๕๖๘']);
    expect(texts(total!, '[part="discipline"] li')[0]).to.equal(
      'ส่งเงินสัจจะตรงเวลา ๓ จาก ๓ งวด (๑๐๐%) ได้ ๕๐ จาก ๕๐ คะแนน',
    );
    expect(shadow(element).querySelectorAll('[part="organisation"]')[3]!.textContent).to.contain(
      'อยู่ระหว่างรอสิทธิ์ จะมีสิทธิ์รับสวัสดิการตั้งแต่วันที่ ๒๘ พ.ย. ๒๕๖๘',
    );
    await expect(element).to.be.accessible();
  });

  it('speaks English: BE dates, eligibility, warning and the score explained', async () => {
    const element = await card();
    element.lang = 'en';
    await loaded(element);
    const root = shadow(element);
    const total = root.querySelector('[part="total"]');
    expect(figures(total)).to.deep.equal([
      ['Savings', '1,430.00 baht'],
      ['Shares', '150.00 baht'],
      ['Loans outstanding', '10,000.00 baht'],
      ['Next instalment', '1,120.00 baht on 10 Jul 2568 BE'],
    ]);
    expect(text(total!, '[part="warning"]')).to.equal('Overdue: 2,244.52 baht, 32 days late');
    expect(texts(total!, '[part="discipline"] li')[0]).to.equal(
      'Paid 3 of 3 monthly pledges on time (100%): 50 of 50 points.',
    );
    const sections = root.querySelectorAll('[part="organisation"]');
    expect(figures(sections[1]!)).to.deep.equal([['Welfare', 'Eligible for welfare benefits']]);
    expect(figures(sections[3]!)).to.deep.equal([['Welfare', 'Eligible from 28 Nov 2568 BE']]);
    expect(root.querySelector('svg')!.getAttribute('aria-label')).to.equal(
      'Savings over 12 months: 30.00 baht in July 2567 BE, 1,430.00 baht in June 2568 BE',
    );
    await expect(element).to.be.accessible();
  });

  it("lists each organisation's latest payments with how they were paid, in either language", async () => {
    await store.fundTransactions.add({
      membershipId: ids.inSajja.id,
      date: '2025-06-10',
      kind: 'deposit',
      amount: '200',
      method: 'promptpay',
      slipReference: '2025061012345678',
    });
    await store.fundTransactions.add({
      membershipId: ids.inSajja.id,
      date: '2025-06-09',
      kind: 'deposit',
      amount: '50',
      method: 'cash',
    });
    const element = await card();
    await loaded(element);
    const sajja = () => shadow(element).querySelectorAll('[part="organisation"]')[2]!;
    expect(texts(sajja(), '[part="history"] li')).to.deep.equal([
      '10 มิ.ย. 2568 ฝาก 200.00 บาท พร้อมเพย์ · เลขที่สลิป 2025061012345678',
      '9 มิ.ย. 2568 ฝาก 50.00 บาท เงินสด',
      '5 มิ.ย. 2568 ฝาก 200.00 บาท',
      '5 พ.ค. 2568 ฝาก 200.00 บาท',
      '10 เม.ย. 2568 ชำระเงินกู้ 1,120.00 บาท',
    ]);
    expect(text(sajja(), '[part="history"] h4')).to.equal('รายการล่าสุด');
    element.lang = 'en';
    await element.updateComplete;
    expect(texts(sajja(), '[part="history"] li').slice(0, 2)).to.deep.equal([
      '10 Jun 2568 BE Deposit 200.00 baht PromptPay · slip 2025061012345678',
      '9 Jun 2568 BE Deposit 50.00 baht cash',
    ]);
    // The welfare fund joined 10 days ago has no transactions, so no history at all.
    const welfareB = shadow(element).querySelectorAll('[part="organisation"]')[3]!;
    expect(welfareB.querySelector('[part="history"]')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('lists a welfare benefit the fund paid the household as received, not as savings', async () => {
    await store.fundTransactions.add({
      membershipId: ids.inWelfareA.id,
      date: '2025-05-01',
      kind: 'contribution',
      amount: '30',
    });
    await store.fundTransactions.add({
      membershipId: ids.inWelfareA.id,
      date: '2025-06-02',
      kind: 'benefit',
      amount: '1500',
      note: 'นอนโรงพยาบาล',
    });
    const element = await card();
    await loaded(element);
    const fund = () => shadow(element).querySelectorAll('[part="organisation"]')[1]!;
    expect(texts(fund(), '[part="history"] li')).to.deep.equal([
      '2 มิ.ย. 2568 รับสวัสดิการ 1,500.00 บาท',
      '1 พ.ค. 2568 จ่ายเงินสมทบ 30.00 บาท',
    ]);
    element.lang = 'en';
    await element.updateComplete;
    expect(texts(fund(), '[part="history"] li')).to.deep.equal([
      '2 Jun 2568 BE Welfare benefit received 1,500.00 baht',
      '1 May 2568 BE Contribution 30.00 baht',
    ]);
    // Still a welfare fund without savings: the benefit is not savings taken out.
    expect(figures(fund())).to.deep.equal([['Welfare', 'Eligible for welfare benefits']]);
    expect(figures(shadow(element).querySelector('[part="total"]'))[0]).to.deep.equal([
      'Savings',
      '1,430.00 baht',
    ]);
    await expect(element).to.be.accessible();
  });

  it('fits a 320 px phone with its payment history, in Thai and in English', async () => {
    await store.fundTransactions.add({
      membershipId: ids.inSajja.id,
      date: '2025-06-10',
      kind: 'deposit',
      amount: '1234567.89',
      method: 'promptpay',
      slipReference: 'KBANK2025061012345678901234567890',
    });
    for (const lang of ['th', 'en']) {
      const box = await fixture<HTMLDivElement>(
        html`<div style="width: 320px" lang=${lang}>
          <sajja-balance-card store=${name} household=${ids.household.id} as-of=${AS_OF}>
          </sajja-balance-card>
        </div>`,
      );
      const element = box.querySelector('sajja-balance-card')!;
      await loaded(element);
      expect(shadow(element).querySelectorAll('[part="history"] li').length).to.be.above(0);
      expect(box.scrollWidth, lang).to.be.at.most(320);
    }
  });

  it('updates live when a deposit is written through the store while it is shown', async () => {
    const full = await card();
    const compact = await card();
    compact.variant = 'compact';
    await loaded(full);
    await loaded(compact);
    await store.fundTransactions.add({
      membershipId: ids.inVillageFund.id,
      date: '2025-06-10',
      kind: 'deposit',
      amount: '70',
    });
    // 1,430 + 70; the village fund 230 + 70.
    await waitUntil(
      () => figures(shadow(compact))[0]?.[1] === '1,500.00 บาท',
      'the compact card did not update',
    );
    await waitUntil(
      () => figures(shadow(full).querySelector('[part="organisation"]'))[0]?.[1] === '300.00 บาท',
      'the full card did not update',
    );
    expect(figures(shadow(full).querySelector('[part="total"]'))[0]).to.deep.equal([
      'เงินออม',
      '1,500.00 บาท',
    ]);
    // A repayment of everything overdue (2,244.52) moves the loan figures too: May's and
    // June's principal are repaid and the warning goes.
    await store.fundTransactions.add({
      membershipId: ids.inSajja.id,
      date: '2025-06-11',
      kind: 'repayment',
      amount: '2244.52',
      loanId: (await store.loans.forHousehold(ids.household.id))[0]!.id,
    });
    await waitUntil(
      () => figures(shadow(compact))[1]?.[1] === '8,000.00 บาท',
      'the loan did not update',
    );
    expect(shadow(compact).querySelector('[part="warning"]')).to.equal(null);
  });
});

describe('<sajja-balance-card> without figures', () => {
  it('announces loading politely, then says a household has no memberships', async () => {
    const name = `t-${crypto.randomUUID()}`;
    const store = await openStore({ name });
    try {
      const { id } = await store.households.add({ name: 'บ้านใหม่' });
      const element = await fixture<SajjaBalanceCard>(
        html`<sajja-balance-card store=${`${name}`} household=${id}></sajja-balance-card>`,
      );
      const live = shadow(element).querySelector('[role="status"]')!;
      expect(live.getAttribute('aria-live')).to.equal('polite');
      expect(live.textContent!.trim()).to.equal('กำลังโหลดยอดเงิน…');
      await expect(element).to.be.accessible();
      await waitUntil(() => status(element) !== 'กำลังโหลดยอดเงิน…', 'still loading');
      expect(status(element)).to.equal('ครัวเรือนนี้ยังไม่ได้เป็นสมาชิกกลุ่มหรือกองทุนใด');
      expect(shadow(element).querySelector('section, dl, svg')).to.equal(null);
      await expect(element).to.be.accessible();
      element.variant = 'compact';
      element.lang = 'en';
      await element.updateComplete;
      expect(status(element)).to.equal('This household does not belong to any group or fund yet.');
    } finally {
      store.close();
    }
  });

  it('says so for an unknown household, and for none at all', async () => {
    const element = await fixture<SajjaBalanceCard>(
      html`<sajja-balance-card
        store=${`t-${crypto.randomUUID()}`}
        household="nobody"
      ></sajja-balance-card>`,
    );
    await loaded(element);
    expect(status(element)).to.equal('ไม่พบข้อมูลครัวเรือนนี้ในเครื่องนี้');
    await expect(element).to.be.accessible();
    element.removeAttribute('household');
    await element.updateComplete;
    expect(status(element)).to.equal('ยังไม่ได้เลือกครัวเรือน');
    await expect(element).to.be.accessible();
  });

  it('shows a bad as-of date as an error instead of figures', async () => {
    const element = await fixture<SajjaBalanceCard>(
      html`<sajja-balance-card household="h" as-of="2025-02-30" lang="en"></sajja-balance-card>`,
    );
    expect(text(shadow(element), '[role="alert"]')).to.equal('That month has no such day.');
    await expect(element).to.be.accessible();
  });
});
