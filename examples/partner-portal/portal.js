// The partner's page script. It uses only what the one Sajja bundle exports: the store, to seed
// the demo household on the first visit, and nothing else — the widgets do the rest.
import { openStore, requestPersistence } from '/assets/sajja/sajja-widgets.js';
import { DEMO_MEMBERSHIPS, seedDemo, seedSyncDemo } from './demo-data.js';
import { STORE, startPageSettings } from './page-settings.js';
import { showSyncChoice, startDemoSync, syncChosen } from './portal-sync.js';

const texts = {
  th: {
    skip: 'ข้ามไปยังเนื้อหา',
    brand: 'เครือข่ายการเงินชุมชนบ้านสวน',
    tagline: 'ออมด้วยสัจจะ ช่วยกันด้วยใจ',
    settings: 'การตั้งค่าหน้า',
    thaiDigits: 'เลขไทย',
    pages: 'หน้าของเว็บไซต์',
    householdPage: 'ครัวเรือน',
    committeePage: 'กรรมการกลุ่ม',
    heading: 'ภาพรวมการเงินของครัวเรือน',
    intro:
      'ข้อมูลตัวอย่างของครอบครัวใจดี สมาชิกกลุ่มสัจจะสะสมทรัพย์ กองทุนหมู่บ้าน และกองทุนสวัสดิการชุมชน ข้อมูลทั้งหมดเก็บไว้ในเบราว์เซอร์นี้เท่านั้น',
    balanceHeading: 'ยอดเงินของครัวเรือน',
    depositHeading: 'บันทึกเงินฝาก',
    fundLabel: 'ฝากเข้ากลุ่ม/กองทุน',
    fundSajja: 'กลุ่มสัจจะสะสมทรัพย์บ้านสวน',
    fundVillage: 'กองทุนหมู่บ้านบ้านสวน',
    promptPayHeading: 'จ่ายสัจจะด้วยพร้อมเพย์',
    promptPayIntro:
      'ประกาศของกลุ่มสัจจะสะสมทรัพย์บ้านสวน: สแกนคิวอาร์นี้ด้วยแอปธนาคาร ใส่จำนวนเงิน ตรวจชื่อผู้รับ แล้วบันทึกเงินฝากด้านบนโดยเลือก "โอนพร้อมเพย์"',
    promptPayExample: 'ตัวอย่างเท่านั้น: เลขพร้อมเพย์นี้ไม่ใช่บัญชีของกลุ่มจริง ห้ามโอนเงิน',
    ledgerHeading: 'บัญชีครัวเรือน',
    loanHeading: 'ลองคำนวณค่างวดก่อนกู้',
    syncHeading: 'ซิงค์ข้อมูลกับเซิร์ฟเวอร์ของเครือข่าย',
    syncOn: 'เปิดการซิงค์ในเครื่องนี้',
    syncOff: 'หยุดการซิงค์ในเครื่องนี้',
    confirmSync:
      'ลบข้อมูลตัวอย่างในเครื่องนี้ แล้วรับข้อมูลของครัวเรือนจากเซิร์ฟเวอร์ตัวอย่าง (เครื่องแรกที่ซิงค์จะส่งข้อมูลของตนขึ้นไป)?',
    privacySync:
      'ข้อมูลเก็บอยู่ในเครื่องนี้ และส่งสำเนาไปยังเซิร์ฟเวอร์ตัวอย่างของเครือข่ายทุกครั้งที่ซิงค์',
    syncIntro:
      'ตัวอย่างเท่านั้น: เมื่อเปิดการซิงค์ ข้อมูลของครอบครัวใจดีจะส่งไปยังเซิร์ฟเวอร์ตัวอย่างที่ pnpm start เปิดไว้ในเครื่องนี้ และปรากฏในหน้าต่างอื่นที่เปิดการซิงค์ รวมทั้งหน้าของเหรัญญิกกลุ่มบ้านหนองบัว (ในตัวอย่างนี้ ครอบครัวเข้าเป็นสมาชิกกลุ่มในการประชุมเดือนมกราคม 2569) เซิร์ฟเวอร์ตัวอย่างออกบัตรผ่านให้โดยไม่ต้องเข้าสู่ระบบ เว็บไซต์จริงของหน่วยงานออกบัตรผ่านหลังจากผู้ใช้เข้าสู่ระบบของหน่วยงานแล้วเท่านั้น',
    fundNongBua: 'กลุ่มสัจจะสะสมทรัพย์บ้านหนองบัว',
    privacy:
      'ข้อมูลเก็บอยู่ในเครื่องนี้เท่านั้น ไม่ได้ส่งไปที่ใด หากล้างข้อมูลเบราว์เซอร์ ข้อมูลจะหายทั้งหมด',
    reset: 'เริ่มข้อมูลตัวอย่างใหม่',
    powered: 'ใช้ Sajja (สัจจะ) ชุดเครื่องมือการเงินชุมชน',
    seeding: 'กำลังเตรียมข้อมูลตัวอย่าง…',
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
    settings: 'Page settings',
    thaiDigits: 'Thai digits',
    pages: 'Pages of the site',
    householdPage: 'Household',
    committeePage: 'Group committee',
    heading: 'Household accounts',
    intro:
      'Demo data of the Jaidee family, members of a sajja savings group, a village fund and a community welfare fund. Everything is kept in this browser only.',
    balanceHeading: 'Household balances',
    depositHeading: 'Record a deposit',
    fundLabel: 'Deposit into',
    fundSajja: 'Ban Suan sajja savings group',
    fundVillage: 'Ban Suan village fund',
    promptPayHeading: 'Pay the pledge by PromptPay',
    promptPayIntro:
      'Notice of the Ban Suan sajja savings group: scan this QR with your banking app, type the amount, check the recipient’s name, then record the deposit above choosing "PromptPay transfer".',
    promptPayExample:
      'Example only: this PromptPay id is not the group’s real account. Do not transfer money.',
    ledgerHeading: 'Household ledger',
    loanHeading: 'Work out a loan before borrowing',
    syncHeading: 'Sync with the network’s server',
    syncOn: 'Sync this device',
    syncOff: 'Stop syncing this device',
    confirmSync:
      'Erase the demo data on this device and get the household’s records from the demo server (the first device to sync sends its own)?',
    privacySync:
      'The data is kept on this device, and a copy goes to the network’s demo server each time it syncs.',
    syncIntro:
      'A demo: with sync on, the Jaidee family’s records go to the demo server that pnpm start runs on this machine, and show in every other window that syncs, the Ban Nong Bua group’s treasurer’s too (in this demo the family joined that group at its January 2026 meeting). The demo server hands out sign-in tokens without any sign-in; a partner’s real site signs one only after its own sign-in.',
    fundNongBua: 'Ban Nong Bua sajja savings group',
    privacy:
      'The data stays on this device and is sent nowhere; clearing the browser data erases it.',
    reset: 'Start the demo data again',
    powered: 'Built with Sajja (สัจจะ), a toolkit for community finance',
    seeding: 'Preparing the demo data…',
    ready: 'Ready',
    storageProblem: 'This browser cannot store data, so the demo data is not shown.',
    confirmReset: 'Erase everything on this device and start the demo data again?',
    switchTo: 'ภาษาไทย',
    switchLang: 'th',
  },
};

const $ = (id) => document.getElementById(id);

async function start() {
  const sync = syncChosen();
  showSyncChoice(texts);
  if (sync) {
    $('privacy').dataset.text = 'privacySync';
    $('fund-nong-bua').hidden = $('fund-nong-bua').disabled = false;
  }
  const say = startPageSettings(texts);
  $('membership-select').addEventListener('change', (event) => {
    $('deposit-form').setAttribute('membership', event.target.value);
  });

  say('seeding');
  try {
    const store = await openStore({ name: STORE });
    if (sync) {
      // The store stays open: it syncs in the background.
      await startDemoSync(store, 'household', async () => {
        await seedDemo(store);
        const { demoGroupOrganisation } = await import('./committee-data.js');
        await seedSyncDemo(store, demoGroupOrganisation());
      });
    } else {
      await seedDemo(store);
      store.close();
    }
    await requestPersistence();
    say('ready');
    document.body.dataset.ready = 'true';
  } catch (error) {
    console.error(error);
    say('storageProblem');
    document.body.dataset.ready = 'error';
  }
}

if (!Object.values(DEMO_MEMBERSHIPS).includes($('membership-select').value)) {
  throw new Error('The membership picker and the demo data disagree.');
}
start();
