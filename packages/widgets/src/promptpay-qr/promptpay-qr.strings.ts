import type { Translations } from '../shared/translations.js';

/** Every sentence `<sajja-promptpay-qr>` shows, in Thai and English. */
export const promptPayQrStrings: Translations<
  'label' | 'labelNoAmount' | 'amount' | 'noAmount' | 'save' | 'loading' | 'loadFailed'
> = {
  th: {
    label: 'คิวอาร์พร้อมเพย์ จ่ายให้ {name} จำนวน {amount} บาท',
    labelNoAmount: 'คิวอาร์พร้อมเพย์ จ่ายให้ {name} ใส่จำนวนเงินในแอปธนาคาร',
    amount: '{amount} บาท',
    noAmount: 'ใส่จำนวนเงินในแอปธนาคาร',
    save: 'บันทึกรูป',
    loading: 'กำลังสร้างคิวอาร์…',
    loadFailed: 'สร้างคิวอาร์ไม่สำเร็จ กรุณาโหลดหน้านี้ใหม่',
  },
  en: {
    label: 'PromptPay QR code: pay {name} {amount} baht',
    labelNoAmount: 'PromptPay QR code: pay {name}; enter the amount in your banking app',
    amount: '{amount} baht',
    noAmount: 'Enter the amount in your banking app.',
    save: 'Save image',
    loading: 'Making the QR code…',
    loadFailed: 'The QR code could not be made. Please reload the page.',
  },
};
