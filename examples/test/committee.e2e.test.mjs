// End to end, as a treasurer meets it: the partner portal's committee page, served by the demo
// server of `pnpm start`, in the system's headless Chromium (no download). The household page
// links to it; it seeds the demo group once; the treasurer records the meeting of all 30
// members from the keyboard (typing over the amounts due, or keeping them, Enter to save and go
// on), and a refused row keeps what was typed; the totals under the roster and the records
// stored are what was typed; the monthly report prints to an A4 PDF whose text has those
// totals; a record changed behind the store's back (a raw IndexedDB write, as in the browser's
// developer tools) is named by the report's audit status. The page fits phones 320 to 390 px
// wide in Thai and English. Screenshots go to examples/test-output/ for a person to look at.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { loanSchedule } from '@sajja/core/loans';
import { measurePhoneFit } from '@sajja/testing/phone-fit.mjs';
import { extractText, getDocumentProxy } from 'unpdf';
import {
  DEMO_GROUP,
  DEMO_LOAN_PAYMENTS,
  DEMO_MEETING_DAY,
  DEMO_MEETING_MEMBERS,
  DEMO_MEETING_MONTH,
  demoGroupRecords,
} from '../partner-portal/committee-data.js';
import { DESKTOP_WIDTH, PHONE_WIDTHS, startDemoBrowser } from './support/demo-browser.mjs';

const output = fileURLToPath(new URL('../test-output/', import.meta.url));
mkdirSync(output, { recursive: true });

let demo;
let page;
const pageErrors = [];
const policyBreaches = [];

before(async () => {
  demo = await startDemoBrowser();
  page = await demo.browser.newPage();
  await page.setViewport({ width: DESKTOP_WIDTH, height: 900, deviceScaleFactor: 1 });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  // Breaches of the page's strict Content-Security-Policy, in the page and in the frames that
  // inherit it (the report's), as Chromium reports them on the console.
  page.on('console', (message) => {
    if (/Content Security Policy/.test(message.text())) policyBreaches.push(message.text());
  });
});
after(() => demo?.close());

// Money in the test is counted in satang (bigint), never in floating point.
const satang = (amount) => {
  const [whole, fraction = ''] = amount.replace(/,/g, '').split('.');
  return BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
};
/** Satang as the widgets and the report write amounts: `12,345.67`. */
const shown = (value) => {
  const whole = (value / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${whole}.${String(value % 100n).padStart(2, '0')}`;
};
const sum = (values) => values.reduce((total, value) => total + value, 0n);

/**
 * What each member of the meeting brings, worked out from the demo's own records (not from the
 * widgets or the store's views): their pledge, the next payment of each loan still running, the
 * welfare contribution. Members behind on a loan or a pledge are typed by hand (`typed`), the
 * rest keep the amounts the roster fills in (`due`), which must be these.
 */
function meetingPlan() {
  const records = demoGroupRecords();
  const of = (table) => records.filter((each) => each.table === table).map((each) => each.record);
  const endOfMonth = `${DEMO_MEETING_MONTH}-31`;
  const members = of('memberships')
    .filter((each) => each.joinedOn <= endOfMonth && !(each.leftOn < `${DEMO_MEETING_MONTH}-01`))
    .sort((a, b) => Number(a.memberNumber) - Number(b.memberNumber));
  const repaid = new Map();
  for (const each of of('fundTransactions')) {
    if (each.kind === 'repayment') repaid.set(each.loanId, (repaid.get(each.loanId) ?? 0) + 1);
  }
  const loans = DEMO_LOAN_PAYMENTS.map((loan) => ({
    ...loan,
    membershipId: of('loans').find((each) => each.id === loan.id).membershipId,
    paid: repaid.get(loan.id) ?? 0,
  }));
  // Behind: these members bring what they can, typed over the amounts due. Member 3 first types
  // letters (refused, kept), then the pledge in Thai digits.
  const typed = {
    3: { pledge: '๒๐๐', contribution: '30' },
    12: { pledge: '200', loans: ['1,219.64'], contribution: '30' },
    14: { pledge: '400', contribution: '30' },
    18: { pledge: '200', loans: ['500'], contribution: '30' },
    21: { pledge: '300', loans: ['1,776.98'], contribution: '30' },
    27: { pledge: '1,000', contribution: '60' },
  };
  return members.map((member) => {
    const running = loans.filter(
      (loan) => loan.membershipId === member.id && loan.paid < loan.termMonths,
    );
    const due = {
      pledge: member.pledgeAmount,
      loans: running.map((loan) => (loan.paid + 1 === loan.termMonths ? loan.last : loan.payment)),
      contribution: '30',
    };
    const hand = typed[Number(member.memberNumber)];
    return { number: member.memberNumber, membershipId: member.id, due, typed: hand };
  });
}

/** The amounts a plan's row saves: what was typed, else what was due. */
const savedOf = (row) => {
  const amounts = row.typed ?? row.due;
  return {
    deposit: satang(amounts.pledge.replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 0x0e50))),
    repayment: sum((amounts.loans ?? []).map(satang)),
    contribution: satang(amounts.contribution),
  };
};

/** The id of the element that has the focus, inside the meeting widget's shadow root. */
const focusedInMeeting = () =>
  page.evaluate(() => {
    const meeting = document.querySelector('sajja-meeting');
    return document.activeElement === meeting ? meeting.shadowRoot.activeElement?.id : undefined;
  });

/** Waits until the page's demo group is stored and the roster shows `count` rows. */
async function openCommitteePage(count = DEMO_MEETING_MEMBERS) {
  await page.waitForFunction(() => document.body.dataset.ready === 'true', { timeout: 30_000 });
  await page.waitForFunction(
    (count) =>
      document.querySelector('sajja-meeting')?.shadowRoot?.querySelectorAll('tr[part="row"]')
        .length === count,
    { timeout: 30_000 },
    count,
  );
}

test("the demo's loan payments are the core's schedule", () => {
  for (const loan of DEMO_LOAN_PAYMENTS) {
    const { installments } = loanSchedule({
      principal: loan.principal,
      rate: { percent: '1', per: 'month' },
      termMonths: loan.termMonths,
      method: 'declining',
      disbursedOn: loan.disbursedOn,
    });
    assert.equal(String(installments[0].payment), loan.payment, loan.id);
    assert.equal(String(installments.at(-1).payment), loan.last, loan.id);
  }
});

test('the household page links to the committee page, which seeds the demo group once', async () => {
  await page.goto(`${demo.origin}/partner-portal/`);
  await Promise.all([page.waitForNavigation(), page.click('a[href="./committee.html"]')]);
  assert.match(page.url(), /\/partner-portal\/committee\.html$/);
  await openCommitteePage();
  // The three committee widgets were defined from their own chunks, and the page links back.
  assert.deepEqual(
    await page.evaluate(() =>
      ['sajja-meeting', 'sajja-meeting-report', 'sajja-share-out'].map((tag) =>
        Boolean(customElements.get(tag)),
      ),
    ),
    [true, true, true],
  );
  assert.equal(await page.$eval('a[href="./"]', (link) => link.textContent.trim()), 'ครัวเรือน');
  // A second visit finds the group complete and writes nothing: the store's change log, which
  // has one record per write, does not grow.
  const changes = () =>
    page.evaluate(async () => {
      const { openStore } = await import('/assets/sajja/sajja-widgets.js');
      const store = await openStore({ name: 'sajja-portal-demo' });
      const count = (await store.changes.list()).length;
      store.close();
      return count;
    });
  const before = await changes();
  await page.reload();
  await openCommitteePage();
  assert.equal(await changes(), before);
  assert.deepEqual(pageErrors, []);
});

test('the treasurer records the meeting of all 30 members from the keyboard', async () => {
  const plan = meetingPlan();
  assert.equal(plan.length, DEMO_MEETING_MEMBERS);
  await page.evaluate(() => {
    window.savedRows = [];
    document.addEventListener('sajja-meeting-row', (event) => window.savedRows.push(event.detail));
  });
  assert.equal(
    await page.$eval('sajja-meeting >>> #date', (input) => input.value),
    '05/01/2569',
    'the meeting day the page sets, in the Buddhist Era',
  );
  // The rows in the roster's order are the plan's members, by number.
  const rows = await page.$$eval('sajja-meeting >>> tr[part="row"]', (rows) =>
    rows.map((row) => row.dataset.membership),
  );
  assert.deepEqual(
    rows,
    plan.map((row) => row.membershipId),
  );

  const fieldsOf = (index) =>
    page.$$eval(
      `sajja-meeting >>> tr[part="row"]:nth-of-type(${index + 1}) input[part="amount"]`,
      (inputs) => inputs.map((input) => ({ id: input.id, value: input.value })),
    );
  const typeInto = async (text) => {
    await page.keyboard.down('Control');
    await page.keyboard.press('KeyA');
    await page.keyboard.up('Control');
    if (text === '') await page.keyboard.press('Backspace');
    else await page.keyboard.type(text);
  };
  const saved = () => page.evaluate(() => window.savedRows.length);

  // The first row's first field is where the treasurer starts.
  await page.$eval('sajja-meeting >>> input[part="amount"]', (input) => input.focus());
  for (const [index, row] of plan.entries()) {
    const fields = await fieldsOf(index);
    assert.equal(await focusedInMeeting(), fields[0].id, `the focus is on row ${row.number}`);
    // The fields of a member who is up to date are filled in with this month's pledge, loan
    // payments and contribution (those of a member behind also hold what is late).
    if (!row.typed) {
      assert.deepEqual(
        fields.map((field) => satang(field.value)),
        [row.due.pledge, ...row.due.loans, row.due.contribution].map(satang),
        `member ${row.number}: the fields are filled in with what is due`,
      );
    } else {
      const amounts = [row.typed.pledge, ...(row.typed.loans ?? []), row.typed.contribution];
      if (row.number === '3') {
        // Letters in the pledge: refused, nothing saved, what was typed stays, the focus too.
        await typeInto('สองร้อย');
        await page.keyboard.press('Enter');
        await new Promise((resolve) => setTimeout(resolve, 300));
        assert.equal(await saved(), index);
        const refused = await page.$eval(`sajja-meeting >>> #${fields[0].id}`, (input) => ({
          value: input.value,
          invalid: input.getAttribute('aria-invalid'),
          error: input.getRootNode().getElementById(`${input.id}-error`).textContent.trim(),
        }));
        assert.equal(refused.value, 'สองร้อย');
        assert.equal(refused.invalid, 'true');
        assert.match(refused.error, /\S/);
        assert.equal(await focusedInMeeting(), fields[0].id);
      }
      for (const [position, amount] of amounts.entries()) {
        await typeInto(amount);
        if (position < amounts.length - 1) await page.keyboard.press('Tab');
      }
    }
    await page.keyboard.press('Enter');
    await page.waitForFunction((count) => window.savedRows.length === count, {}, index + 1);
    if (index + 1 < plan.length) {
      await page.waitForFunction(
        (id) => document.querySelector('sajja-meeting').shadowRoot.activeElement?.id === id,
        { timeout: 5_000 },
        (await fieldsOf(index + 1))[0].id,
      );
    }
  }

  const events = await page.evaluate(() => window.savedRows);
  assert.deepEqual(
    events.map((event) => event.membershipId),
    plan.map((row) => row.membershipId),
  );
  for (const event of events) {
    assert.equal(event.month, DEMO_MEETING_MONTH);
    assert.ok(event.recordIds.length >= 2, `${event.membershipId}: ${event.recordIds}`);
  }

  // What was typed is what is stored, dated the meeting day, and what the totals say.
  const expected = {
    deposit: sum(plan.map((row) => savedOf(row).deposit)),
    repayment: sum(plan.map((row) => savedOf(row).repayment)),
    contribution: sum(plan.map((row) => savedOf(row).contribution)),
  };
  expected.total = expected.deposit + expected.repayment + expected.contribution;
  const stored = await page.evaluate(
    async (ids, day) => {
      const { openStore } = await import('/assets/sajja/sajja-widgets.js');
      const store = await openStore({ name: 'sajja-portal-demo' });
      const records = await Promise.all(ids.map((id) => store.fundTransactions.get(id)));
      store.close();
      return records.map((record) => ({
        kind: record.kind,
        amount: record.amount,
        onDay: record.date === day,
      }));
    },
    events.flatMap((event) => event.recordIds),
    DEMO_MEETING_DAY,
  );
  assert.ok(stored.every((record) => record.onDay));
  for (const kind of ['deposit', 'repayment', 'contribution']) {
    assert.equal(
      shown(sum(stored.filter((record) => record.kind === kind).map((r) => satang(r.amount)))),
      shown(expected[kind]),
      kind,
    );
  }
  const totals = Object.fromEntries(
    await page.$$eval('sajja-meeting >>> tfoot [data-total]', (cells) =>
      cells.map((cell) => [cell.dataset.total, cell.textContent.replace(/\s+/g, ' ').trim()]),
    ),
  );
  for (const kind of ['deposit', 'repayment', 'contribution', 'total']) {
    assert.ok(totals[kind].includes(shown(expected[kind])), `${kind}: ${totals[kind]}`);
  }
  assert.deepEqual(pageErrors, []);
  await page.screenshot({
    path: `${output}committee-recorded-${DESKTOP_WIDTH}.png`,
    fullPage: true,
  });
});

/** The totals the meeting recorded, from the plan (see the test above). */
function expectedTotals() {
  const rows = meetingPlan().map(savedOf);
  return {
    deposit: sum(rows.map((row) => row.deposit)),
    repayment: sum(rows.map((row) => row.repayment)),
    contribution: sum(rows.map((row) => row.contribution)),
  };
}

/** Reads the report again (as its button does) and waits until it is shown. */
async function refreshReport() {
  await page.$eval('sajja-meeting-report', async (report) => {
    await report.refresh();
    await report.updateComplete;
  });
}

test('the monthly report prints to an A4 PDF with the totals of the meeting', async () => {
  await refreshReport();
  await page.click('sajja-meeting-report >>> [part="print-button"]');
  // The widget prints through a hidden frame holding the report alone: that frame's document is
  // what the browser's print dialog gets, here printed to PDF by Chromium.
  // (Polled: a wait for a selector inside a shadow root is not woken by changes there.)
  const frame = await page.waitForFunction(
    () =>
      document
        .querySelector('sajja-meeting-report')
        .shadowRoot.querySelector('iframe[aria-hidden="true"]'),
    { polling: 100 },
  );
  await page.waitForFunction(
    (frame) =>
      frame.srcdoc.includes('</html>') && frame.contentDocument?.adoptedStyleSheets.length > 0,
    { polling: 100 },
    frame,
  );
  const html = await frame.evaluate((frame) => frame.srcdoc);
  // The document's styles, which the widget gives the frame as constructed sheets (a <style>
  // block would be blocked by the page's policy): the print view adopts the same.
  const styles = await frame.evaluate((frame) =>
    [...frame.contentDocument.adoptedStyleSheets].map((sheet) =>
      [...sheet.cssRules].map((rule) => rule.cssText).join('\n'),
    ),
  );
  // A srcdoc frame lives under its page's policy: so does the print view.
  const policy = await page.$eval('meta[http-equiv="Content-Security-Policy"]', (meta) =>
    meta.getAttribute('content'),
  );
  const printView = await demo.browser.newPage();
  await printView.setContent(
    html.replace(
      /<head>/i,
      `<head><meta http-equiv="Content-Security-Policy" content="${policy}">`,
    ),
    { waitUntil: 'load' },
  );
  await printView.evaluate((styles) => {
    document.adoptedStyleSheets = styles.map((text) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      return sheet;
    });
  }, styles);
  // Letter unless the report's own print stylesheet asks for A4, as it must.
  const pdf = await printView.pdf({ format: 'Letter', preferCSSPageSize: true });
  await printView.close();

  const document = await getDocumentProxy(new Uint8Array(pdf));
  const first = await document.getPage(1);
  const [, , width, height] = first.view;
  assert.deepEqual([Math.round(width), Math.round(height)], [595, 842], 'A4 in points');
  // The PDF's text has the Thai marks the font moves into place (tone marks over a vowel, the
  // thanthakhat) as the private-use characters of those moved glyphs (U+F700–U+F71A), and sara
  // am as nikhahit and sara aa: words are compared without those marks.
  const withoutMarks = (words) =>
    words.normalize('NFKD').replace(/[\u0e47-\u0e4e\uf700-\uf71a]/g, '');
  const text = withoutMarks((await extractText(document, { mergePages: true })).text);
  const amountAfter = (label) => {
    const match = new RegExp(`${withoutMarks(label)}\\s*([\\d,]+\\.\\d{2})`).exec(text);
    assert.ok(match, `"${label}" in the PDF`);
    return shown(satang(match[1]));
  };
  assert.ok(text.includes(withoutMarks('กลุ่มสัจจะสะสมทรัพย์บ้านหนองบัว')), 'the group is named');
  assert.ok(text.includes(withoutMarks('ประจำเดือนมกราคม พ.ศ. 2569')), 'the month is named');
  const totals = expectedTotals();
  assert.equal(amountAfter('รับเงินฝากออมทรัพย์'), shown(totals.deposit), 'the pledge deposits');
  assert.equal(amountAfter('รับเงินสมทบกองทุนสวัสดิการ'), shown(totals.contribution), 'welfare');
  // Repayments are split into principal and interest, and penalties are fines: the three add
  // up to what the members repaid.
  assert.equal(
    shown(
      satang(amountAfter('รับชำระเงินต้น')) +
        satang(amountAfter('รับดอกเบี้ยเงินกู้')) +
        satang(amountAfter('รับค่าปรับ')),
    ),
    shown(totals.repayment),
    'the repayments',
  );
});

test("a record changed behind the store's back is named by the report", async () => {
  const audit = () =>
    page.$eval('sajja-meeting-report >>> [part="audit"]', (section) => ({
      ok: section.classList.contains('ok'),
      text: section.textContent.replace(/\s+/g, ' ').trim(),
    }));
  assert.equal((await audit()).ok, true, (await audit()).text);
  // One of March 2025's pledge deposits, edited straight in IndexedDB as someone could in the
  // browser's developer tools: 200 baht become 2,000.
  const target = demoGroupRecords().find(
    ({ table, record }) =>
      table === 'fundTransactions' && record.kind === 'deposit' && record.date === '2025-03-05',
  ).record;
  await page.evaluate(async (id) => {
    const database = await new Promise((resolve, reject) => {
      const request = indexedDB.open('sajja-portal-demo');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise((resolve, reject) => {
      const transaction = database.transaction('fundTransactions', 'readwrite');
      const table = transaction.objectStore('fundTransactions');
      const read = table.get(id);
      read.onsuccess = () => table.put({ ...read.result, amount: '2000.00' });
      transaction.oncomplete = resolve;
      transaction.onerror = () => reject(transaction.error);
    });
    database.close();
  }, target.id);
  await refreshReport();
  const broken = await audit();
  assert.equal(broken.ok, false);
  assert.ok(broken.text.includes(target.id), broken.text);
  assert.match(broken.text, /มีนาคม 2568/, 'the month of the record, in the Buddhist Era');
  await page.screenshot({
    path: `${output}committee-tampered-${DESKTOP_WIDTH}.png`,
    fullPage: true,
  });
});

test('the committee page fits phones 320, 360 and 390 px wide, in Thai and English', async () => {
  for (const lang of ['th', 'en']) {
    await page.evaluate((lang) => {
      if (document.documentElement.lang !== lang)
        document.getElementById('switch-language').click();
    }, lang);
    for (const width of PHONE_WIDTHS) {
      await page.setViewport({ width, height: 844, deviceScaleFactor: 1 });
      await page.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
      );
      const fit = await page.evaluate(measurePhoneFit);
      const label = `${lang} ${width} px`;
      assert.ok(fit.scrollWidth <= fit.innerWidth, `${label}: ${fit.scrollWidth} px wide`);
      assert.deepEqual(fit.pastTheEdge, [], label);
      assert.deepEqual(fit.smallTargets, [], label);
      assert.deepEqual(fit.scrollBoxesWithoutKeyboard, [], label);
    }
  }
  await page.screenshot({ path: `${output}committee-en-390.png`, fullPage: true });
  assert.deepEqual(pageErrors, []);
});

test("nothing broke the committee page's Content-Security-Policy", () => {
  assert.deepEqual(policyBreaches, []);
});
