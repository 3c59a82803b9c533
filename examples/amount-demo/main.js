// The amount demo: everything on the page comes from the core's standalone bundle and the
// widgets' one script (which loads <sajja-baht-text>), served from this repository as a page
// without a bundler gets them; nothing is fetched from any network.
import {
  errorMessage,
  formatMoney,
  formatThaiDate,
  isSajjaError,
  parseMoney,
} from '/assets/sajja-core/sajja-core.js';
import '/assets/sajja/sajja-widgets.js';

const texts = {
  th: {
    title: 'จำนวนเงินเป็นตัวหนังสือ',
    intro: 'พิมพ์จำนวนเงินแบบที่สมาชิกกลุ่มออมทรัพย์พิมพ์จริง เช่น 1,234.50 หรือ ๑,๒๓๔.๕๐ บาท',
    amountLabel: 'จำนวนเงิน (บาท)',
    parsed: 'ค่าที่อ่านได้ (Money)',
    formatted: 'รูปแบบแสดงผล',
    formattedThai: 'เลขไทย',
    wordsExcel: 'ตัวหนังสือ (แบบ Excel)',
    wordsSheets: 'ตัวหนังสือ (แบบ Google Sheets)',
    today: 'วันนี้ (พ.ศ.)',
    footer: 'Sajja — เครื่องมือสำหรับกลุ่มออมทรัพย์ กองทุนหมู่บ้าน และกองทุนสวัสดิการชุมชน',
    switchTo: 'English',
    switchLang: 'en',
  },
  en: {
    title: 'Amounts in Thai words',
    intro: 'Type an amount the way savings-group members do, such as 1,234.50 or ๑,๒๓๔.๕๐ บาท.',
    amountLabel: 'Amount (baht)',
    parsed: 'Read as (Money)',
    formatted: 'Formatted',
    formattedThai: 'Thai digits',
    wordsExcel: 'In words (Excel rule)',
    wordsSheets: 'In words (Google Sheets rule)',
    today: 'Today (Buddhist Era)',
    footer: 'Sajja — tools for savings groups, village funds and community welfare funds',
    switchTo: 'ภาษาไทย',
    switchLang: 'th',
  },
};

const $ = (id) => document.getElementById(id);
const input = $('amount');

function localDateIso(date = new Date()) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function show() {
  const language = document.documentElement.lang === 'en' ? 'en' : 'th';
  const outputs = ['parsed', 'formatted', 'formatted-thai'];
  try {
    const amount = parseMoney(input.value);
    $('parsed').textContent = JSON.stringify(amount);
    $('formatted').textContent = formatMoney(amount, { currency: 'symbol' });
    $('formatted-thai').textContent = formatMoney(amount, { digits: 'thai', currency: 'word' });
    $('words-excel').amount = amount.toString();
    $('words-sheets').amount = amount.toString();
    $('amount-error').textContent = '';
    input.removeAttribute('aria-invalid');
  } catch (error) {
    if (!isSajjaError(error)) throw error;
    for (const id of outputs) $(id).textContent = '—';
    $('words-excel').amount = '';
    $('words-sheets').amount = '';
    $('amount-error').textContent = errorMessage(error, language);
    input.setAttribute('aria-invalid', 'true');
  }
}

function setLanguage(language) {
  const t = texts[language];
  document.documentElement.lang = language;
  for (const element of document.querySelectorAll('[data-text]')) {
    element.textContent = t[element.dataset.text];
  }
  const button = $('switch-language');
  button.textContent = t.switchTo;
  button.lang = t.switchLang;
  $('today').textContent = formatThaiDate(localDateIso(), { style: 'long' });
  show();
}

input.addEventListener('input', show);
$('switch-language').addEventListener('click', () =>
  setLanguage(document.documentElement.lang === 'en' ? 'th' : 'en'),
);
setLanguage('th');
