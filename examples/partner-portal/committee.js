// The committee page's script: it stores the demo group on the first visit, then gives the
// three committee widgets their organisation — the widgets do the rest. Like portal.js it uses
// only what the one Sajja bundle exports.
import { openStore, requestPersistence } from '/assets/sajja/sajja-widgets.js';
import {
  DEMO_GROUP,
  DEMO_MEETING_DAY,
  DEMO_MEETING_MONTH,
  DEMO_SHARE_OUT_YEAR,
  seedCommitteeDemo,
} from './committee-data.js';
import { STORE, startPageSettings } from './page-settings.js';
import { showSyncChoice, startDemoSync, syncChosen } from './portal-sync.js';

const texts = {
  th: {
    skip: 'ข้ามไปยังเนื้อหา',
    brand: 'เครือข่ายการเงินชุมชนบ้านสวน',
    tagline: 'ออมด้วยสัจจะ ช่วยกันด้วยใจ',
    pages: 'หน้าของเว็บไซต์',
    householdPage: 'ครัวเรือน',
    committeePage: 'กรรมการกลุ่ม',
    settings: 'การตั้งค่าหน้า',
    thaiDigits: 'เลขไทย',
    heading: 'การประชุมประจำเดือนของกลุ่ม',
    intro:
      'ข้อมูลตัวอย่างของกลุ่มสัจจะสะสมทรัพย์บ้านหนองบัว สมาชิก 30 ครัวเรือน บัญชีสองปี เหรัญญิกบันทึกเงินที่สมาชิกนำมาในวันประชุม พิมพ์รายงาน และจัดสรรกำไรสิ้นปี ข้อมูลทั้งหมดเก็บไว้ในเบราว์เซอร์นี้เท่านั้น',
    meetingHeading: 'บันทึกการประชุม',
    meetingHelp:
      'พิมพ์จำนวนเงินในแถวของสมาชิก กด Tab ไปช่องถัดไป กด Enter เพื่อบันทึกแถวและไปยังสมาชิกคนถัดไป',
    reportHeading: 'รายงานประจำเดือน',
    shareOutHeading: 'จัดสรรกำไรสิ้นปี',
    syncHeading: 'ซิงค์ข้อมูลกับเซิร์ฟเวอร์ของเครือข่าย',
    syncOn: 'เปิดการซิงค์ในเครื่องนี้',
    syncOff: 'หยุดการซิงค์ในเครื่องนี้',
    confirmSync:
      'ลบข้อมูลตัวอย่างในเครื่องนี้ แล้วรับบัญชีของกลุ่มจากเซิร์ฟเวอร์ตัวอย่าง (เครื่องแรกที่ซิงค์จะส่งบัญชีของตนขึ้นไป)?',
    privacySync:
      'ข้อมูลเก็บอยู่ในเครื่องนี้ และส่งสำเนาไปยังเซิร์ฟเวอร์ตัวอย่างของเครือข่ายทุกครั้งที่ซิงค์',
    syncIntro:
      'ตัวอย่างเท่านั้น: เมื่อเปิดการซิงค์ เครื่องนี้จะส่งบัญชีทั้งกลุ่มไปยังเซิร์ฟเวอร์ตัวอย่าง และรับเงินที่ครัวเรือนสมาชิกบันทึกจากโทรศัพท์ของตนเอง เช่น ครอบครัวใจดีในหน้าครัวเรือน ซึ่งเข้าเป็นสมาชิกในการประชุมเดือนมกราคม 2569 เซิร์ฟเวอร์ตัวอย่างออกบัตรผ่านของเหรัญญิกให้โดยไม่ต้องเข้าสู่ระบบ เว็บไซต์จริงออกบัตรผ่านหลังจากเหรัญญิกเข้าสู่ระบบแล้วเท่านั้น',
    privacy:
      'ข้อมูลเก็บอยู่ในเครื่องนี้เท่านั้น ไม่ได้ส่งไปที่ใด หากล้างข้อมูลเบราว์เซอร์ ข้อมูลจะหายทั้งหมด',
    reset: 'เริ่มข้อมูลตัวอย่างใหม่',
    powered: 'ใช้ Sajja (สัจจะ) ชุดเครื่องมือการเงินชุมชน',
    seeding: 'กำลังเตรียมข้อมูลตัวอย่างของกลุ่ม…',
    ready: 'พร้อมใช้งาน',
    storageProblem: 'เบราว์เซอร์นี้บันทึกข้อมูลไม่ได้ ข้อมูลตัวอย่างจึงไม่แสดง',
    confirmReset: 'ลบข้อมูลทั้งหมดในเครื่องนี้แล้วเริ่มข้อมูลตัวอย่างใหม่?',
    switchTo: 'English',
    switchLang: 'en',
  },
  en: {
    skip: 'Skip to content',
    brand: 'Ban Suan community finance network',
    tagline: 'Save with a pledge, help with a heart',
    pages: 'Pages of the site',
    householdPage: 'Household',
    committeePage: 'Group committee',
    settings: 'Page settings',
    thaiDigits: 'Thai digits',
    heading: "The group's monthly meeting",
    intro:
      'Demo data of the Ban Nong Bua sajja savings group: 30 households, two years of books. The treasurer records what members bring to the meeting, prints the report and shares out the year’s profit. Everything is kept in this browser only.',
    meetingHeading: 'Record the meeting,',
    meetingHelp:
      'Type the amounts in a member’s row, Tab to the next field, Enter to save the row and go on to the next member.',
    reportHeading: 'Monthly report,',
    shareOutHeading: 'Year-end share-out',
    syncHeading: 'Sync with the network’s server',
    syncOn: 'Sync this device',
    syncOff: 'Stop syncing this device',
    confirmSync:
      'Erase the demo data on this device and get the group’s books from the demo server (the first device to sync sends its own)?',
    privacySync:
      'The data is kept on this device, and a copy goes to the network’s demo server each time it syncs.',
    syncIntro:
      'A demo: with sync on, this device sends the whole group’s books to the demo server and gets what member households record on their own phones, such as the Jaidee family of the household page, who joined at the January 2026 meeting. The demo server hands out the treasurer’s token without any sign-in; a real site signs one only after the treasurer signs in.',
    privacy:
      'The data stays on this device and is sent nowhere; clearing the browser data erases it.',
    reset: 'Start the demo data again',
    powered: 'Built with Sajja (สัจจะ), a toolkit for community finance',
    seeding: 'Preparing the demo group…',
    ready: 'Ready',
    storageProblem: 'This browser cannot store data, so the demo data is not shown.',
    confirmReset: 'Erase everything on this device and start the demo data again?',
    switchTo: 'ภาษาไทย',
    switchLang: 'th',
  },
};

const $ = (id) => document.getElementById(id);
const WIDGETS = ['meeting', 'meeting-report', 'share-out'].map($);

/**
 * The months and years in the headings, in the page's language: Buddhist Era in Thai
 * ("มกราคม 2569"), the Gregorian year in English ("January 2026").
 */
function showDates(lang) {
  const locale = lang === 'en' ? 'en-GB' : 'th-TH-u-ca-buddhist';
  for (const element of document.querySelectorAll('[data-month]')) {
    const [year, month] = element.dataset.month.split('-').map(Number);
    element.textContent = new Intl.DateTimeFormat(locale, {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(Date.UTC(year, month - 1, 1)));
  }
  for (const element of document.querySelectorAll('[data-year]')) {
    const year = Number(element.dataset.year);
    element.textContent = String(lang === 'en' ? year : year + 543);
  }
}

async function start() {
  const sync = syncChosen();
  showSyncChoice(texts);
  if (sync) $('privacy').dataset.text = 'privacySync';
  const say = startPageSettings(texts, { onLanguage: showDates });
  say('seeding');
  try {
    const store = await openStore({ name: STORE });
    if (sync) {
      // The treasurer's device syncs the whole group; the store stays open for it.
      await startDemoSync(store, 'treasurer', () => seedCommitteeDemo(store));
    } else {
      await seedCommitteeDemo(store);
      store.close();
    }
    await requestPersistence();
    for (const widget of WIDGETS) widget.setAttribute('organisation', DEMO_GROUP);
    $('committee-widgets').hidden = false;
    say('ready');
    document.body.dataset.ready = 'true';
  } catch (error) {
    console.error(error);
    say('storageProblem');
    document.body.dataset.ready = 'error';
  }
}

// The page names the demo's month, meeting day and year in its markup (as a partner's page
// would); they must be the ones the demo group was seeded for.
if (
  $('meeting').getAttribute('month') !== DEMO_MEETING_MONTH ||
  $('meeting').getAttribute('date') !== DEMO_MEETING_DAY ||
  $('meeting-report').getAttribute('month') !== DEMO_MEETING_MONTH ||
  $('share-out').getAttribute('year') !== String(DEMO_SHARE_OUT_YEAR) ||
  [...document.querySelectorAll('[data-month]')].some(
    (element) => element.dataset.month !== DEMO_MEETING_MONTH,
  )
) {
  throw new Error('The committee page and the demo group disagree on the month or the year.');
}
start();
