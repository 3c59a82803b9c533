import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { formatMoney, parseCsv } from '@sajja/core';
import { organisationShareOut, type SajjaStore } from '@sajja/store';
import '../src/share-out/share-out.js';
import type { SajjaShareOut } from '../src/share-out/share-out.js';
import { userMessage } from '../src/shared/user-message.js';
import { setViewport } from './deposit-form-helpers.js';
import {
  closeCommitteeStores,
  committeeStore,
  editBehindTheStoresBack,
  GROUP_NAME,
  PROFIT,
  smallGroup,
} from './committee-fixture.js';

const LOADED = { timeout: 10_000 };
const $ = <T extends Element = HTMLElement>(element: Element, selector: string) =>
  element.shadowRoot!.querySelector<T>(selector);
const $$ = (element: Element, selector: string) => [
  ...element.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];
const text = (element: Element | null | undefined) =>
  (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function shareOut(attributes: {
  store: string;
  organisation: string;
  year: string;
  lang?: string;
  digits?: string;
}): Promise<SajjaShareOut> {
  return fixture<SajjaShareOut>(html`
    <sajja-share-out
      store=${attributes.store}
      organisation=${attributes.organisation}
      year=${attributes.year}
      lang=${attributes.lang ?? 'th'}
      digits=${attributes.digits ?? 'arabic'}
    ></sajja-share-out>
  `);
}

const shown = (element: SajjaShareOut) =>
  waitUntil(() => $(element, '[part="members"], [part="error"]'), 'nothing shown', LOADED);

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
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

describe('<sajja-share-out>', () => {
  let name: string;
  let store: SajjaStore;
  beforeEach(async () => {
    ({ name, store } = await committeeStore());
  });
  afterEach(closeCommitteeStores);

  it('shows the year’s profit, its split and each member’s share as the store works them out', async () => {
    const { group, a, b } = await smallGroup(store, { profit: PROFIT });
    const element = await shareOut({ store: name, organisation: group.id, year: '2025' });
    await shown(element);
    const expected = await organisationShareOut(store, { organisationId: group.id, year: 2025 });
    // Checked by hand in the store's tests: interest 24 + 20 and B's 40 of fines.
    expect(expected.profit).to.equal('84.00');

    expect(text($(element, '[part="profit"]'))).to.equal('กำไรสุทธิประจำปี 84.00 บาท');
    expect(
      $$(element, '[part="allocation"] tbody tr').map((row) =>
        [...row.children].map((cell) => text(cell)),
      ),
    ).to.deep.equal([
      ['ทุนสำรอง', '8.40'],
      ['เงินปันผลตามหุ้น', '42.00'],
      ['เงินเฉลี่ยคืน', '33.60'],
    ]);
    expect(text($(element, '[part="allocation"] tfoot'))).to.equal('กำไรสุทธิประจำปี 84.00');

    // No `members` bucket in the by-laws: no column of zeros for it.
    expect($$(element, '[part="members"] thead th').map(text)).to.deep.equal([
      'เลขที่สมาชิก',
      'สมาชิก',
      'เงินปันผลตามหุ้น',
      'เงินเฉลี่ยคืน',
      'รวม',
    ]);
    const rows = $$(element, '[part="members"] tbody tr');
    expect(rows.map((row) => row.dataset['membership'])).to.deep.equal(
      expected.shareOut.map((member) => member.membershipId),
    );
    expect(rows.map((row) => [...row.children].map((cell) => text(cell)))).to.deep.equal(
      expected.shareOut.map((member) => [
        member.memberNumber ?? '',
        member.householdName,
        formatMoney(member.dividend),
        formatMoney(member.averageReturn),
        formatMoney(member.total),
      ]),
    );
    const row = (id: string) => rows.find((each) => each.dataset['membership'] === id)!;
    expect([...row(a.id).children].map((cell) => text(cell))).to.deep.equal([
      '2',
      'บ้านแก้ว',
      '0.00',
      '18.33',
      '18.33',
    ]);
    expect([...row(b.id).children].map((cell) => text(cell))).to.deep.equal([
      '10',
      'บ้านขวัญ',
      '42.00',
      '15.27',
      '57.27',
    ]);
    // The totals under the table are the buckets shared among members.
    expect(
      [...$(element, '[part="members"] tfoot tr')!.children].map((cell) => text(cell)),
    ).to.deep.equal(['รวมสมาชิกทุกคน', '42.00', '33.60', '75.60']);
    expect(text($(element, '[part="members"] caption'))).to.equal(
      'เงินปันผลและเงินเฉลี่ยคืนของสมาชิก 5 คน พ.ศ. 2568 (บาท)',
    );
    expect(text($(element, '[role="status"]'))).to.equal(
      'การจัดสรรกำไรสุทธิ พ.ศ. 2568 พร้อมแล้ว สมาชิก 5 คน',
    );
    await expect(element).to.be.accessible();
  });

  it('fits the page’s outline: heading-level and no-heading', async () => {
    const { group } = await smallGroup(store, { profit: PROFIT });
    const headings = (element: Element) =>
      [...element.shadowRoot!.querySelectorAll('h2, h3, h4, h5, h6')].map(
        (heading) => `${heading.localName} ${text(heading)}`,
      );
    const container = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    container.innerHTML = `<sajja-share-out store="${name}" organisation="${group.id}"
      year="2025" heading-level="4"></sajja-share-out>`;
    const element = container.firstElementChild as SajjaShareOut;
    await shown(element);
    expect(headings(element)).to.deep.equal([
      'h4 Year-end share-out 2568 BE',
      'h5 Split by the group’s by-laws',
      'h5 What each member receives',
    ]);
    element.noHeading = true;
    await element.updateComplete;
    expect(headings(element)).to.deep.equal([
      'h5 Split by the group’s by-laws',
      'h5 What each member receives',
    ]);
    const region = element.shadowRoot!.querySelector('[role="region"]')!;
    expect(region.getAttribute('aria-label')).to.equal('Year-end share-out');
  });

  it('shows a members’ bucket as a column of its own when the by-laws have one', async () => {
    const { group } = await smallGroup(store, { profit: { members: '50', welfare: '50' } });
    const element = await shareOut({ store: name, organisation: group.id, year: '2025' });
    await shown(element);
    const expected = await organisationShareOut(store, { organisationId: group.id, year: 2025 });
    expect($$(element, '[part="members"] thead th').map(text)).to.deep.equal([
      'เลขที่สมาชิก',
      'สมาชิก',
      'เงินปันผลคืนสมาชิก',
      'รวม',
    ]);
    expect(
      $$(element, '[part="members"] tbody tr').map((row) => text(row.children[2]!)),
    ).to.deep.equal(expected.shareOut.map((member) => formatMoney(member.members)));
    expect(text($(element, '[part="members"] tfoot td'))).to.equal('42.00');
  });

  it('lays the members out as cards on a phone and as a table on a wider screen', async () => {
    const { group } = await smallGroup(store, { profit: PROFIT });
    const element = await shareOut({ store: name, organisation: group.id, year: '2025' });
    await shown(element);
    const row = () => $(element, '[part="members"] tbody tr')!;
    const dividend = () => row().querySelectorAll('td')[1]!;
    try {
      await setViewport({ width: 320, height: 800 });
      await waitUntil(() => getComputedStyle(row()).display === 'block', 'no cards');
      expect(getComputedStyle(dividend()).display).to.equal('flex');
      expect(getComputedStyle(dividend(), '::before').content).to.equal('"เงินปันผลตามหุ้น"');
      expect(row().getAttribute('role')).to.equal('row');
      await setViewport({ width: 1024, height: 800 });
      await waitUntil(() => getComputedStyle(row()).display === 'table-row', 'no table');
      expect(getComputedStyle(dividend(), '::before').content).to.equal('none');
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('follows a write through the store, keeping the year-end on screen meanwhile', async () => {
    const { group, a } = await smallGroup(store, { profit: PROFIT });
    const element = await shareOut({ store: name, organisation: group.id, year: '2025' });
    await shown(element);
    const dividendOf = (id: string) =>
      text($(element, `[part="members"] tr[data-membership="${id}"]`)?.querySelectorAll('td')[1]);
    expect(dividendOf(a.id)).to.equal('0.00');
    const ready = text($(element, '[role="status"]'));
    const statuses = new Set<string>();
    const observer = new MutationObserver(() => statuses.add(text($(element, '[role="status"]'))));
    observer.observe(element.shadowRoot!, { subtree: true, characterData: true, childList: true });
    // A buys shares in June: the dividend is now shared between A and B.
    await store.fundTransactions.add({
      membershipId: a.id,
      date: '2025-06-01',
      kind: 'share',
      amount: '500',
    });
    const expected = await organisationShareOut(store, { organisationId: group.id, year: 2025 });
    const aNow = expected.shareOut.find((member) => member.membershipId === a.id)!;
    expect(aNow.dividend).not.to.equal('0.00');
    await waitUntil(
      () => dividendOf(a.id) === formatMoney(aNow.dividend),
      'the new shares did not show',
      LOADED,
    );
    observer.disconnect();
    expect([...statuses].filter((status) => status !== ready)).to.deep.equal([]);
  });

  it('downloads the members’ amounts as CSV, with the store’s figures', async () => {
    const { group, b } = await smallGroup(store, { profit: PROFIT });
    const element = await shareOut({ store: name, organisation: group.id, year: '2025' });
    await shown(element);
    const expected = await organisationShareOut(store, { organisationId: group.id, year: 2025 });
    const downloads = interceptDownloads();
    try {
      $<HTMLButtonElement>(element, '[part="export-button"]')!.click();
      await waitUntil(() => downloads.blobs.length === 1, 'nothing was downloaded');
      const blob = downloads.blobs[0]!;
      expect(blob.type).to.equal('text/csv;charset=utf-8');
      expect(downloads.links.map((link) => link.download)).to.deep.equal([
        'sajja-share-out-2025.csv',
      ]);
      const bytes = new Uint8Array(await blob.arrayBuffer());
      // A byte-order mark, so that Excel reads the Thai names as UTF-8.
      expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
      const { rows } = parseCsv(await blob.text());
      expect(rows).to.deep.equal([
        [
          'member_number',
          'household',
          'dividend',
          'members',
          'average_return',
          'total',
          'membership_id',
        ],
        ...expected.shareOut.map((member) => [
          member.memberNumber ?? '',
          member.householdName,
          member.dividend,
          member.members,
          member.averageReturn,
          member.total,
          member.membershipId,
        ]),
      ]);
      expect(rows.find((row) => row[6] === b.id)!.slice(0, 6)).to.deep.equal([
        '10',
        'บ้านขวัญ',
        '42.00',
        '0.00',
        '15.27',
        '57.27',
      ]);
      await element.updateComplete;
      expect(text($(element, '[role="status"]'))).to.equal(
        'ดาวน์โหลดไฟล์ sajja-share-out-2025.csv แล้ว',
      );
    } finally {
      downloads.restore();
    }
  });

  it('prints the year-end alone: an A4 document in a hidden frame', async () => {
    const { group } = await smallGroup(store, { profit: PROFIT });
    const element = await shareOut({ store: name, organisation: group.id, year: '2025' });
    await shown(element);
    await element.print();
    const frame = $<HTMLIFrameElement>(element, 'iframe')!;
    expect(getComputedStyle(frame).visibility).to.equal('hidden');
    // Its styles adopted as constructed sheets, none inline (a page's policy may forbid them).
    expect(frame.srcdoc).not.to.include('<style>');
    const rules = [...frame.contentDocument!.adoptedStyleSheets].flatMap((sheet) => [
      ...sheet.cssRules,
    ]);
    expect(rules.find((rule) => rule.cssText.startsWith('@page'))?.cssText).to.include('size: a4');
    const page = frame.contentDocument!;
    expect(page.documentElement.lang).to.equal('th');
    expect(text(page.querySelector('h1'))).to.equal('การจัดสรรกำไรสุทธิประจำปี พ.ศ. 2568');
    expect(text(page.querySelector('header'))).to.include(GROUP_NAME);
    expect(text(page.querySelector('#profit'))).to.include('84.00');
    const printedRows = [...page.querySelectorAll('#members tbody tr')].map((row) =>
      [...row.children].map((cell) => text(cell)),
    );
    expect(printedRows).to.have.length(5);
    expect(printedRows.find((row) => row[1] === 'บ้านขวัญ')).to.deep.equal([
      '10',
      'บ้านขวัญ',
      '42.00',
      '15.27',
      '57.27',
    ]);
    expect(
      [...page.querySelector('#members tfoot tr')!.children].map((cell) => text(cell)),
    ).to.deep.equal(['รวมสมาชิกทุกคน', '42.00', '33.60', '75.60']);
    expect(page.querySelector('button')).to.equal(null);
  });

  it('speaks English on lang="en", and Thai digits with digits="thai"', async () => {
    const { group } = await smallGroup(store, { profit: PROFIT });
    const element = await shareOut({
      store: name,
      organisation: group.id,
      year: '2025',
      lang: 'en',
    });
    await shown(element);
    expect(text($(element, '[part="profit"]'))).to.equal('Net profit for the year 84.00 baht');
    expect(text($(element, '.title'))).to.equal('Year-end share-out 2568 BE');
    expect($$(element, '[part="allocation"] tbody th').map(text)).to.deep.equal([
      'Reserve',
      'Dividend on shares',
      'Average return (on interest paid)',
    ]);
    expect(text($(element, '[part="export-button"]'))).to.equal('Download as CSV');
    element.lang = 'th';
    element.digits = 'thai';
    await element.updateComplete;
    expect(text($(element, '[part="profit"]'))).to.equal('กำไรสุทธิประจำปี ๘๔.๐๐ บาท');
    // Member numbers too, as the meeting writes them.
    const numbers = $$(element, '[part="members"] tbody td.number').map(text);
    expect(numbers).to.include('๑๐');
    expect(numbers.join('')).not.to.match(/[0-9]/);
  });

  it('shows the core’s message for a loss, in Thai and English, and no table', async () => {
    const { group, a } = await smallGroup(store, { profit: PROFIT });
    // A's March repayment reversed in January 2026: 12 of interest comes off 2026's income.
    const [repayment] = await store.fundTransactions.list({
      membershipId: a.id,
      from: '2025-03-15',
      to: '2025-03-15',
    });
    await store.fundTransactions.reverse(repayment!.id, { date: '2026-01-10' });
    const loss = await rejectionOf(
      organisationShareOut(store, { organisationId: group.id, year: 2026 }),
    );
    expect(loss).to.include({ code: 'INVALID_ARGUMENT', reason: 'net-loss' });
    await expectRefusal({ organisation: group.id, year: '2026' }, loss);
  });

  it('shows the core’s message for by-laws without profit buckets', async () => {
    const { group } = await smallGroup(store);
    const missing = await rejectionOf(
      organisationShareOut(store, { organisationId: group.id, year: 2025 }),
    );
    expect(missing).to.include({ code: 'RULES_INVALID' });
    await expectRefusal({ organisation: group.id, year: '2025' }, missing, {
      th: 'กรุณาตรวจสอบสัดส่วนการจัดสรรกำไรสุทธิในระเบียบของกลุ่ม',
      en: 'Please check the profit split in the group’s by-laws.',
    });
  });

  it('shows the core’s message for profit buckets that do not add up to 100 %', async () => {
    const { group } = await smallGroup(store);
    // Rules stored before they were checked (an older release): the core's own refusal.
    await editBehindTheStoresBack(name, 'organisations', group.id, (record) => ({
      ...record,
      rules: { ...(record['rules'] as object), profit: { reserve: '10', dividend: '50' } },
    }));
    const notHundred = await rejectionOf(
      organisationShareOut(store, { organisationId: group.id, year: 2025 }),
    );
    expect(notHundred).to.have.nested.property('problems[0].reason', 'sum-not-100');
    await expectRefusal({ organisation: group.id, year: '2025' }, notHundred, {
      th: 'กรุณาตรวจสอบสัดส่วนการจัดสรรกำไรสุทธิในระเบียบของกลุ่ม',
      en: 'Please check the profit split in the group’s by-laws.',
    });
  });

  it('says no one was a member in a year before the group, its profit 0.00 split in zeros', async () => {
    const { group } = await smallGroup(store, { profit: PROFIT });
    const expected = await organisationShareOut(store, { organisationId: group.id, year: 2020 });
    expect(expected.profit).to.equal('0.00');
    expect(expected.shareOut).to.deep.equal([]);
    const element = await shareOut({ store: name, organisation: group.id, year: '2020' });
    await waitUntil(() => $(element, '[part="profit"]'), 'nothing shown', LOADED);
    expect(text($(element, '[part="profit"]'))).to.equal('กำไรสุทธิประจำปี 0.00 บาท');
    expect($$(element, '[part="allocation"] tbody td').map(text)).to.deep.equal([
      '0.00',
      '0.00',
      '0.00',
    ]);
    expect($(element, '[part="members"]')).to.equal(null);
    expect(text($(element, '#members-title + p'))).to.equal('ไม่มีสมาชิกในปีนี้');
  });

  for (const [what, organisation, year] of [
    ['an unknown organisation', 'no-such-group', '2025'],
    ['a year that is not a whole number', undefined, '2025.5'],
    ['a year that is not a number', undefined, 'สองห้า'],
    ['no year', undefined, ''],
  ] as const) {
    it(`shows the store’s message for ${what}`, async () => {
      const { group } = await smallGroup(store, { profit: PROFIT });
      const organisationId = organisation ?? group.id;
      const refusal = await rejectionOf(
        organisationShareOut(store, {
          organisationId,
          year: year === '' ? (null as unknown as number) : Number(year),
        }),
      );
      await expectRefusal({ organisation: organisationId, year }, refusal);
    });
  }

  /**
   * The widget for `attributes` shows `refusal`'s sentence in Thai, then English, alone (with
   * `hint` after it).
   */
  async function expectRefusal(
    attributes: { organisation: string; year: string },
    refusal: unknown,
    hint?: { th: string; en: string },
  ): Promise<void> {
    const element = await shareOut({ store: name, ...attributes });
    await shown(element);
    const sentence = (lang: 'th' | 'en') =>
      hint ? `${userMessage(refusal, lang)} ${hint[lang]}` : userMessage(refusal, lang);
    expect(text($(element, '[role="alert"]'))).to.equal(sentence('th'));
    expect(userMessage(refusal, 'th')).not.to.equal(userMessage(refusal, 'en'));
    expect($(element, 'table')).to.equal(null);
    expect($(element, 'button')).to.equal(null);
    await expect(element).to.be.accessible();
    element.lang = 'en';
    await element.updateComplete;
    expect(text($(element, '[role="alert"]'))).to.equal(sentence('en'));
  }
});
