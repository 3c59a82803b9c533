import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { formatMoney } from '@sajja/core';
import { monthlyReportHtml } from '@sajja/core/report-html';
import { organisationMonthlyReport, verifyOrganisationAudit, type SajjaStore } from '@sajja/store';
import '../src/meeting-report/meeting-report.js';
import type { SajjaMeetingReport } from '../src/meeting-report/meeting-report.js';
import { onScreen } from '../src/meeting-report/report-on-screen.js';
import { withoutStyles } from '../src/shared/frame-styles.js';
import { displayMonth } from '../src/shared/display.js';
import { userMessage } from '../src/shared/user-message.js';
import {
  closeCommitteeStores,
  committeeStore,
  editBehindTheStoresBack,
  GROUP_NAME,
  smallGroup,
} from './committee-fixture.js';

const LOADED = { timeout: 10_000 };
const $ = <T extends Element = HTMLElement>(element: Element, selector: string) =>
  element.shadowRoot!.querySelector<T>(selector);
const text = (element: Element | null | undefined) =>
  (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function report(attributes: {
  store: string;
  organisation: string;
  month: string;
  lang?: string;
  digits?: string;
}): Promise<SajjaMeetingReport> {
  return fixture<SajjaMeetingReport>(html`
    <sajja-meeting-report
      store=${attributes.store}
      organisation=${attributes.organisation}
      month=${attributes.month}
      lang=${attributes.lang ?? 'th'}
      digits=${attributes.digits ?? 'arabic'}
    ></sajja-meeting-report>
  `);
}

/** The report's document, once its frame has loaded it. */
async function shownDocument(element: SajjaMeetingReport): Promise<Document> {
  await waitUntil(
    () => $<HTMLIFrameElement>(element, 'iframe')?.contentDocument?.querySelector('#flows'),
    'the report did not show',
    LOADED,
  );
  return $<HTMLIFrameElement>(element, 'iframe')!.contentDocument!;
}

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

/** How many rules each constructed sheet a frame's document adopted has. */
function adoptedRules(frame: HTMLIFrameElement): number[] {
  return [...frame.contentDocument!.adoptedStyleSheets].map((sheet) => sheet.cssRules.length);
}

describe('<sajja-meeting-report>', () => {
  let name: string;
  let store: SajjaStore;
  beforeEach(async () => {
    ({ name, store } = await committeeStore());
  });
  afterEach(closeCommitteeStores);

  it('shows the core’s printable report of the month, with the store’s figures', async () => {
    const { group, d } = await smallGroup(store);
    const element = await report({ store: name, organisation: group.id, month: '2025-03' });
    const page = await shownDocument(element);
    const expected = await organisationMonthlyReport(store, {
      organisationId: group.id,
      month: '2025-03',
    });
    // The whole document is the core's, from the store's report and the group's name.
    const frame = $<HTMLIFrameElement>(element, 'iframe')!;
    // Its <style> blocks given to the frame as constructed sheets (see frame-styles.ts).
    const whole = withoutStyles(
      onScreen(monthlyReportHtml({ ...expected, group: GROUP_NAME }, { lang: 'th' })),
    );
    expect(frame.srcdoc).to.equal(whole.markup);
    expect(adoptedRules(frame)).to.have.length(whole.styles.length);
    expect(adoptedRules(frame).every((rules) => rules > 0)).to.equal(true);
    // And the figures a treasurer reads out are there, checked against the store's report.
    const flows = text(page.querySelector('#flows'));
    // March: A 200 and B 100 deposited (B's 50 reversed), B 500 of shares, 112 + 240 repaid.
    expect(expected.deposits.savings.toString()).to.equal('300.00');
    expect(expected.deposits.shares.toString()).to.equal('500.00');
    for (const amount of [
      expected.deposits.savings,
      expected.deposits.shares,
      expected.repayments.principal,
      expected.repayments.interest,
      expected.welfare.contributions,
    ]) {
      expect(flows).to.include(formatMoney(amount));
    }
    expect(text(page.querySelector('#cash'))).to.include(formatMoney(expected.cash.total));
    expect(text(page.querySelector('#balances'))).to.include(
      formatMoney(expected.balances.loansOutstanding),
    );
    const arrears = text(page.querySelector('#arrears'));
    for (const line of expected.arrears.loans) expect(arrears).to.include(line.name);
    expect(text(page.querySelector('#members'))).to.include('บ้านดวง');
    expect(expected.members.left.map((member) => member.id)).to.deep.equal([d.id]);
    expect(text(page.querySelector('header'))).to.include(GROUP_NAME);
    // The status line says the report is ready; the frame is named for the month.
    const march = displayMonth('2025-03', 'th', 'arabic');
    expect(text($(element, '[role="status"]'))).to.equal(`รายงานประจำเดือน${march} พร้อมแล้ว`);
    expect(frame.title).to.equal(`รายงานการเงินประจำเดือน${march}`);
    // As tall as the report: it scrolls with the page, not in a box of its own.
    await waitUntil(
      () => frame.style.height === `${page.documentElement.scrollHeight}px`,
      'the frame is not as tall as the report',
    );
    expect(page.documentElement.scrollHeight).to.be.above(1000);
    await expect(element).to.be.accessible();
  });

  it('says the books verify, with how many records were checked up to the month', async () => {
    const { group } = await smallGroup(store);
    const element = await report({ store: name, organisation: group.id, month: '2025-03' });
    await shownDocument(element);
    const audit = await verifyOrganisationAudit(store, { organisationId: group.id, to: '2025-03' });
    expect(audit.ok).to.equal(true);
    const shown = $(element, '[part="audit"]')!;
    expect(shown.classList.contains('ok')).to.equal(true);
    expect(text(shown)).to.include(`ตรวจสอบ ${audit.checked} รายการ`);
    expect(shown.querySelector('[role="alert"]')).to.equal(null);
  });

  it('names a record edited behind the store’s back: its table, its id and its month', async () => {
    const { group, marchDeposit } = await smallGroup(store);
    const element = await report({ store: name, organisation: group.id, month: '2025-03' });
    await shownDocument(element);
    expect($(element, '[part="audit"]')!.classList.contains('ok')).to.equal(true);

    await editBehindTheStoresBack(name, 'fundTransactions', marchDeposit.id, (record) => ({
      ...record,
      amount: '2000.00',
    }));
    const audit = await verifyOrganisationAudit(store, { organisationId: group.id, to: '2025-03' });
    expect(audit.ok).to.equal(false);
    if (audit.ok) return;
    expect(audit.broken).to.deep.equal({
      table: 'fundTransactions',
      recordId: marchDeposit.id,
      month: '2025-03',
      reason: 'record-changed',
    });

    $<HTMLButtonElement>(element, '[part="refresh-button"]')!.click();
    await waitUntil(
      () => $(element, '[part="audit"]')?.classList.contains('broken'),
      'the tampering was not shown',
      LOADED,
    );
    const alert = text($(element, '[part="audit"] [role="alert"]'));
    expect(alert).to.equal(
      `บัญชีไม่ผ่านการตรวจสอบ: รายการเงินของสมาชิก (ฝาก ถอน ซื้อหุ้น รับเงินกู้ ชำระเงินกู้ เงินสมทบ หรือเงินสวัสดิการที่จ่าย) รหัส ${marchDeposit.id} ` +
        `ของเดือน${displayMonth('2025-03', 'th', 'arabic')} ถูกแก้ไขหลังจากบันทึกแล้ว ` +
        'กรุณาตรวจสอบกับเอกสารต้นฉบับ',
    );
    await expect(element).to.be.accessible();
    // The report shows what is stored now, the edited amount with it.
    const page = await shownDocument(element);
    expect(text(page.querySelector('#flows'))).to.include('2,100.00');

    element.lang = 'en';
    await element.updateComplete;
    expect(text($(element, '[part="audit"] [role="alert"]'))).to.equal(
      `The books do not verify: the member's money record (a deposit, withdrawal, shares, loan received, repayment, contribution or benefit paid) ` +
        `${marchDeposit.id} of March 2568 BE was changed after it was written. ` +
        'Please check it against the paper records.',
    );
  });

  it('names a loan removed behind the store’s back', async () => {
    const { group, loanA } = await smallGroup(store);
    const db = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
    });
    await new Promise<void>((resolve) => {
      const transaction = db.transaction('loans', 'readwrite');
      transaction.objectStore('loans').delete(loanA.id);
      transaction.oncomplete = () => resolve();
    });
    db.close();
    const element = await report({
      store: name,
      organisation: group.id,
      month: '2025-03',
      lang: 'en',
    });
    await waitUntil(() => $(element, '[part="audit"]'), 'no audit shown', LOADED);
    expect(text($(element, '[part="audit"] [role="alert"]'))).to.equal(
      `The books do not verify: the loan ${loanA.id} of January 2568 BE was removed. ` +
        'Please check it against the paper records.',
    );
  });

  it('speaks English on lang="en": its own words and the report’s', async () => {
    const { group } = await smallGroup(store);
    const element = await report({
      store: name,
      organisation: group.id,
      month: '2025-03',
      lang: 'en',
    });
    const page = await shownDocument(element);
    expect(page.documentElement.lang).to.equal('en');
    expect(text(page.querySelector('h1'))).to.equal('Monthly financial report March 2568 BE');
    expect(text($(element, '[role="status"]'))).to.equal('The report for March 2568 BE is ready.');
    expect(text($(element, '[part="print-button"]'))).to.equal('Print the report');
    expect(text($(element, '[part="audit"]'))).to.match(/^Audit of the books The books verify:/);
  });

  it('writes Thai digits in the report and its own sentences with digits="thai"', async () => {
    const { group } = await smallGroup(store);
    const element = await report({
      store: name,
      organisation: group.id,
      month: '2025-03',
      digits: 'thai',
    });
    const page = await shownDocument(element);
    expect(text(page.querySelector('h1'))).to.equal('รายงานการเงินประจำเดือนมีนาคม พ.ศ. ๒๕๖๘');
    expect(text($(element, '[part="audit"]'))).not.to.match(/[0-9]/);
  });

  for (const [what, month, organisation] of [
    ['an unknown organisation', '2025-03', 'no-such-group'],
    ['a month that is not a month', '2025-13', undefined],
    ['a month that is not YYYY-MM', 'มีนาคม', undefined],
    ['a month before the group’s first member', '2024-12', undefined],
  ] as const) {
    it(`shows the store’s message for ${what}, in Thai and English, and no report`, async () => {
      const { group } = await smallGroup(store);
      const organisationId = organisation ?? group.id;
      const refusal = await rejectionOf(
        organisationMonthlyReport(store, { organisationId, month }),
      );
      const element = await report({ store: name, organisation: organisationId, month });
      await waitUntil(() => $(element, '[part="error"]'), 'no error shown', LOADED);
      expect(text($(element, '[role="alert"]'))).to.equal(userMessage(refusal, 'th'));
      expect(userMessage(refusal, 'th')).not.to.equal(userMessage(refusal, 'en'));
      await expect(element).to.be.accessible();
      expect($(element, 'iframe')).to.equal(null);
      expect($(element, '[part="print-button"]')).to.equal(null);
      element.lang = 'en';
      await element.updateComplete;
      expect(text($(element, '[role="alert"]'))).to.equal(userMessage(refusal, 'en'));
    });
  }

  it('fits the page’s outline: heading-level and no-heading', async () => {
    const { group } = await smallGroup(store);
    const headings = (element: Element) =>
      [...element.shadowRoot!.querySelectorAll('h2, h3, h4, h5, h6')].map(
        (heading) => `${heading.localName} ${text(heading)}`,
      );
    const container = await fixture<HTMLDivElement>(html`<div lang="th"></div>`);
    container.innerHTML = `<sajja-meeting-report store="${name}" organisation="${group.id}"
      month="2025-03" heading-level="3"></sajja-meeting-report>`;
    const element = container.firstElementChild as SajjaMeetingReport;
    await shownDocument(element);
    const march = displayMonth('2025-03', 'th', 'arabic');
    expect(headings(element)).to.deep.equal([
      `h3 รายงานการประชุมประจำเดือน ${march}`,
      'h4 การตรวจสอบบัญชี',
    ]);
    element.noHeading = true;
    await element.updateComplete;
    expect(headings(element)).to.deep.equal(['h4 การตรวจสอบบัญชี']);
    const region = element.shadowRoot!.querySelector('[role="region"]')!;
    expect(region.getAttribute('aria-label')).to.equal('รายงานการประชุมประจำเดือน');
  });

  it('says no organisation is chosen when there is none', async () => {
    const element = await fixture<SajjaMeetingReport>(
      html`<sajja-meeting-report lang="th" month="2025-03"></sajja-meeting-report>`,
    );
    expect(text($(element, '[role="status"]'))).to.equal('ยังไม่ได้เลือกกลุ่มหรือกองทุน');
  });

  it('prints the report alone: the core’s A4 document in a hidden frame, no buttons', async () => {
    const { group } = await smallGroup(store);
    const element = await report({ store: name, organisation: group.id, month: '2025-03' });
    await shownDocument(element);
    await element.print();
    const frames = element.shadowRoot!.querySelectorAll('iframe');
    expect(frames).to.have.length(2);
    const printed = frames[1]!;
    expect(getComputedStyle(printed).visibility).to.equal('hidden');
    const expected = await organisationMonthlyReport(store, {
      organisationId: group.id,
      month: '2025-03',
    });
    const whole = withoutStyles(monthlyReportHtml({ ...expected, group: GROUP_NAME }));
    expect(printed.srcdoc).to.equal(whole.markup);
    expect(printed.srcdoc).not.to.include('<style>');
    expect(adoptedRules(printed)).to.have.length(whole.styles.length);
    expect(whole.styles.join('')).to.include('@page { size: A4;');
    // The sheets apply: the report's own print size is A4.
    const pageRule = [...printed.contentDocument!.adoptedStyleSheets]
      .flatMap((sheet) => [...sheet.cssRules])
      .find((rule) => rule.cssText.startsWith('@page'));
    expect(pageRule?.cssText).to.include('size: a4');
    expect(printed.contentDocument!.querySelector('button')).to.equal(null);
    // A second print reuses the frame.
    await element.print();
    expect(element.shadowRoot!.querySelectorAll('iframe')).to.have.length(2);
  });

  it('follows a write through the store at once, keeping the report on screen meanwhile', async () => {
    const { group, a } = await smallGroup(store);
    const element = await report({ store: name, organisation: group.id, month: '2025-03' });
    await shownDocument(element);
    const ready = text($(element, '[role="status"]'));
    const statuses = new Set<string>();
    const observer = new MutationObserver(() => statuses.add(text($(element, '[role="status"]'))));
    observer.observe(element.shadowRoot!, { subtree: true, characterData: true, childList: true });
    await store.fundTransactions.add({
      membershipId: a.id,
      date: '2025-03-20',
      kind: 'deposit',
      amount: '1000',
    });
    await waitUntil(
      () =>
        text(
          $<HTMLIFrameElement>(element, 'iframe')?.contentDocument?.querySelector('#flows'),
        ).includes('1,300.00'),
      'the new deposit did not show',
      LOADED,
    );
    observer.disconnect();
    // A live update is not announced again, and never says "loading".
    expect([...statuses].filter((status) => status !== ready)).to.deep.equal([]);
    expect($(element, '[part="audit"]')!.classList.contains('ok')).to.equal(true);
  });

  it('reads again when asked, announcing it', async () => {
    const { group } = await smallGroup(store);
    const element = await report({ store: name, organisation: group.id, month: '2025-03' });
    await shownDocument(element);
    const refreshed = element.refresh();
    await element.updateComplete;
    expect(text($(element, '[role="status"]'))).to.equal('กำลังจัดทำรายงาน…');
    await refreshed;
    await element.updateComplete;
    expect(text($(element, '[role="status"]'))).to.equal(
      `รายงานประจำเดือน${displayMonth('2025-03', 'th', 'arabic')} พร้อมแล้ว`,
    );
  });

  it('stops following the store when it leaves the page', async () => {
    const { group, a } = await smallGroup(store);
    const element = await report({ store: name, organisation: group.id, month: '2025-03' });
    const page = await shownDocument(element);
    const parent = element.parentElement!;
    element.remove();
    await store.fundTransactions.add({
      membershipId: a.id,
      date: '2025-03-20',
      kind: 'deposit',
      amount: '1000',
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(text(page.querySelector('#flows'))).not.to.include('1,300.00');
    // Back on the page, it reads what is stored now.
    parent.append(element);
    await waitUntil(
      () =>
        text(
          $<HTMLIFrameElement>(element, 'iframe')?.contentDocument?.querySelector('#flows'),
        ).includes('1,300.00'),
      'it did not read again',
      LOADED,
    );
  });
});
