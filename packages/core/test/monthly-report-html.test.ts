import { expect } from 'chai';
import { monthlyReport } from '../src/books/monthly-report.js';
import { monthlyReportHtml } from '../src/report-html/monthly-report-html.js';
import { bahtText } from '../src/index.js';
import { expectSajjaError } from './expect-sajja-error.js';
import { sampleGroup } from './monthly-report-sample.js';

/** A member name that runs a script if the report does not escape it. */
const HOSTILE_NAME = `สมศรี <script>window.parent.sajjaPwned = true</script><img src=x onerror="window.parent.sajjaPwned = true"> & 'co'`;

const january = () => monthlyReport(sampleGroup(HOSTILE_NAME), '2024-01');
const hasDom = typeof DOMParser !== 'undefined';

describe('monthlyReportHtml', () => {
  it('writes a complete Thai document with Buddhist-Era dates and totals in words', () => {
    const html = monthlyReportHtml(january());
    expect(html.startsWith('<!doctype html>\n<html lang="th">')).to.equal(true);
    expect(html.trimEnd().endsWith('</html>')).to.equal(true);
    expect(html).to.include('<meta charset="utf-8">');
    expect(html).to.include('<h1>รายงานการเงินประจำเดือนมกราคม พ.ศ. 2567</h1>');
    expect(html).to.include('ตั้งแต่วันที่ 1 มกราคม 2567 ถึงวันที่ 31 มกราคม 2567');
    // Cash and bank 63,932.34 in figures and in words.
    expect(html).to.include('63,932.34');
    expect(bahtText('63932.34')).to.equal('หกหมื่นสามพันเก้าร้อยสามสิบสองบาทสามสิบสี่สตางค์');
    expect(html).to.include('หกหมื่นสามพันเก้าร้อยสามสิบสองบาทสามสิบสี่สตางค์');
    // Arrears 3,174.66 in total, in words.
    expect(html).to.include('สามพันหนึ่งร้อยเจ็ดสิบสี่บาทหกสิบหกสตางค์');
    expect(html).to.include('@media print');
    expect(html).to.include('@page');
  });

  it('brackets a loss in figures and in words, without a minus or ลบ', () => {
    const html = monthlyReportHtml(january());
    expect(html).to.include(
      '<td class="amount">(37.66)</td><td class="words">(สามสิบเจ็ดบาทหกสิบหกสตางค์)</td>',
    );
    expect(html).not.to.include('-37.66');
    expect(html).not.to.include('ลบสามสิบเจ็ด');
  });

  it('writes arrears buckets, column headers and the signature block as Thai documents do', () => {
    const html = monthlyReportHtml(january());
    for (const bucket of ['1–30 วัน', '31–60 วัน', '61–90 วัน', 'เกิน 90 วัน']) {
      expect(html).to.include(`<th scope="row">${bucket}</th>`);
    }
    expect(html).not.to.include('90+');
    for (const header of ['จำนวนเงิน (ตัวอักษร)', 'เลขที่สัญญา', 'ค้างชำระ (วัน)']) {
      expect(html).to.include(`>${header}</th>`);
    }
    const footer = html.slice(html.indexOf('<footer>'), html.indexOf('</footer>'));
    expect(footer.match(/ลงชื่อ/g)).to.have.length(3);
    for (const role of ['ผู้จัดทำ (เหรัญญิก)', 'ประธานกรรมการ', 'กรรมการตรวจสอบ']) {
      expect(footer).to.include(`<p>(<span class="line"></span>)</p><p>${role}</p>`);
    }
    expect(html).not.to.include('ประธานกลุ่ม');
  });

  it('fetches nothing: no external stylesheet, script, image or font', () => {
    const html = monthlyReportHtml(january());
    for (const pattern of [/<link/i, /<script/i, /@import/i, /url\(/i, /https?:\/\//i, /<img/i]) {
      expect(pattern.test(html), String(pattern)).to.equal(false);
    }
  });

  it('escapes a member name, so markup in it stays text', () => {
    const html = monthlyReportHtml(january());
    expect(html).to.include(
      'สมศรี &#60;script&#62;window.parent.sajjaPwned = true&#60;/script&#62;&#60;img src=x onerror=&#34;window.parent.sajjaPwned = true&#34;&#62; &#38; &#39;co&#39;',
    );
    expect(html).not.to.include(HOSTILE_NAME);
  });

  it('writes English when asked, and Thai digits when asked', () => {
    const english = monthlyReportHtml(january(), { lang: 'en' });
    expect(english.startsWith('<!doctype html>\n<html lang="en">')).to.equal(true);
    expect(english).to.include('<h1>Monthly financial report January 2567 BE</h1>');
    expect(english).to.include('From 1 January 2567 BE to 31 January 2567 BE');
    expect(english).to.include('(37.66)');
    expect(english).to.include('over 90 days');
    const thaiDigits = monthlyReportHtml(january(), { digits: 'thai' });
    expect(thaiDigits).to.include('<h1>รายงานการเงินประจำเดือนมกราคม พ.ศ. ๒๕๖๗</h1>');
    expect(thaiDigits).to.include('๖๑–๙๐ วัน');
    expect(thaiDigits).to.include('๖๓,๙๓๒.๓๔');
  });

  it('renders a report read back from JSON exactly as the report itself', () => {
    const report = january();
    expect(monthlyReportHtml(JSON.parse(JSON.stringify(report)))).to.equal(
      monthlyReportHtml(report),
    );
  });

  it('refuses what is not a monthly report, and unknown options', () => {
    expectSajjaError(() => monthlyReportHtml({} as never), 'INVALID_ARGUMENT', 'invalid-option');
    expectSajjaError(
      () => monthlyReportHtml(january(), { lang: 'fr' as never }),
      'INVALID_ARGUMENT',
      'invalid-option',
    );
  });

  // Node has no DOM: there the string checks above stand for these.
  if (hasDom) {
    describe('in a browser', () => {
      it('parses into the expected tables, with the hostile name as text', () => {
        const doc = new DOMParser().parseFromString(monthlyReportHtml(january()), 'text/html');
        expect(doc.documentElement.lang).to.equal('th');
        expect(doc.querySelectorAll('script, img, link, iframe')).to.have.length(0);
        const cells = (selector: string) =>
          [...doc.querySelectorAll(`${selector} tbody tr`)].map((row) =>
            [...row.children].map((cell) => cell.textContent?.trim()),
          );
        expect(cells('#flows').map((row) => row[1])).to.deep.equal([
          '2,100.00',
          '1,800.00',
          '0.00',
          '10,500.00',
          '5,000.00',
          '1,000.00',
          '30.00',
          '20.00',
          '90.00',
          '600.00',
        ]);
        expect(cells('#cash')[2]).to.deep.equal([
          'รวมเงินสดและเงินฝากธนาคาร',
          '63,932.34',
          'หกหมื่นสามพันเก้าร้อยสามสิบสองบาทสามสิบสี่สตางค์',
        ]);
        const arrears = doc.querySelectorAll('#arrears > table tbody tr');
        expect(arrears).to.have.length(2);
        expect(arrears[0]?.querySelector('th')?.textContent).to.equal(`${HOSTILE_NAME} (M-002)`);
        expect([...arrears[0]!.children].slice(1).map((cell) => cell.textContent)).to.deep.equal([
          'L-2',
          'กองทุนปุ๋ย',
          '61',
          '61–90 วัน',
          '2,132.47',
          '6,000.00',
        ]);
        expect(cells('#sub-funds').map((row) => row[0])).to.deep.equal([
          'กองทุนทั่วไป',
          'กองทุนปศุสัตว์',
          'กองทุนปุ๋ย',
        ]);
        expect(doc.querySelector('#sub-funds tfoot tr')?.textContent).to.include('61,832.34');
      });

      it('renders in a frame without running the hostile name', async () => {
        const frame = document.createElement('iframe');
        const loaded = new Promise((resolve) =>
          frame.addEventListener('load', resolve, { once: true }),
        );
        frame.srcdoc = monthlyReportHtml(january());
        document.body.append(frame);
        try {
          await loaded;
          const doc = frame.contentDocument!;
          expect(doc.title).to.equal(
            'รายงานการเงินประจำเดือนมกราคม พ.ศ. 2567 — กลุ่มสัจจะสะสมทรัพย์บ้านคลองใหญ่',
          );
          expect(doc.querySelectorAll('section')).to.have.length(8);
          expect(doc.body.textContent).to.include(HOSTILE_NAME);
          expect((window as { sajjaPwned?: boolean }).sajjaPwned).to.equal(undefined);
          // Laid out: the tables have width, so the document really rendered.
          expect(
            doc.querySelector('#flows table')!.getBoundingClientRect().width,
          ).to.be.greaterThan(0);
        } finally {
          frame.remove();
        }
      });
    });
  }
});
