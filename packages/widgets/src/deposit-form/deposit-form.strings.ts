import type { Translations } from '../shared/translations.js';

/** Every sentence `<sajja-deposit-form>` shows, in Thai and English. */
export const depositFormStrings: Translations<
  | 'title'
  | 'amount'
  | 'amountExample'
  | 'limitsBetween'
  | 'limitsMin'
  | 'limitsMax'
  | 'inWords'
  | 'payPledge'
  | 'date'
  | 'dateHint'
  | 'note'
  | 'noteHint'
  | 'save'
  | 'saving'
  | 'saved'
  | 'fixErrors'
  | 'beforeJoined'
  | 'afterLeft'
  | 'noteTooLong'
  | 'noMembership'
  | 'unknownHousehold'
  | 'unknownMembership'
  | 'otherHousehold'
  | 'notSaved'
  | 'paidBy'
  | 'methodCash'
  | 'methodPromptPay'
  | 'promptPayHint'
  | 'slip'
  | 'slipHint'
  | 'slipTooLong'
  | 'qrWaiting'
> = {
  th: {
    title: 'ฝากเงิน',
    amount: 'จำนวนเงิน (บาท)',
    amountExample: 'เช่น 1,234.50',
    limitsBetween: 'ฝากได้ครั้งละ {min} ถึง {max} บาท',
    limitsMin: 'ฝากขั้นต่ำครั้งละ {min} บาท',
    limitsMax: 'ฝากได้ครั้งละไม่เกิน {max} บาท',
    inWords: 'อ่านว่า',
    payPledge: 'ฝากตามยอดสัจจะ {pledge} บาท',
    date: 'วันที่ฝาก',
    dateHint: 'วัน/เดือน/ปี พ.ศ. เช่น 15/01/2567',
    note: 'หมายเหตุ (ถ้ามี)',
    noteHint: 'ไม่เกิน {max} ตัวอักษร',
    save: 'บันทึกเงินฝาก',
    saving: 'กำลังบันทึก…',
    saved: 'บันทึกเงินฝาก {amount} บาท แล้ว',
    fixErrors: 'กรุณาแก้ไขข้อมูลที่ไม่ถูกต้อง',
    beforeJoined: 'วันที่ฝากอยู่ก่อนวันที่เข้าเป็นสมาชิก ({joinedOn})',
    afterLeft: 'วันที่ฝากอยู่หลังวันที่ลาออกจากกลุ่ม ({leftOn})',
    noteTooLong: 'หมายเหตุยาวได้ไม่เกิน {max} ตัวอักษร',
    noMembership: 'แบบฟอร์มนี้ยังไม่ได้ระบุครัวเรือนและเลขสมาชิก จึงบันทึกเงินฝากไม่ได้',
    unknownHousehold: 'ไม่พบข้อมูลครัวเรือนนี้ในเครื่องนี้ จึงบันทึกเงินฝากไม่ได้',
    unknownMembership: 'ไม่พบข้อมูลสมาชิกนี้ในเครื่องนี้ จึงบันทึกเงินฝากไม่ได้',
    otherHousehold: 'เลขสมาชิกนี้เป็นของครัวเรือนอื่น จึงบันทึกเงินฝากไม่ได้',
    notSaved: 'บันทึกเงินฝากไม่สำเร็จ กรุณาลองใหม่',
    paidBy: 'ชำระโดย',
    methodCash: 'เงินสด',
    methodPromptPay: 'โอนพร้อมเพย์',
    promptPayHint:
      'สแกนคิวอาร์ด้วยแอปธนาคาร ตรวจว่าชื่อผู้รับคือ {name} แล้วโอนเงิน เมื่อโอนเสร็จแล้วจึงกดบันทึกเงินฝาก',
    slip: 'เลขที่อ้างอิงในสลิป (ถ้ามี)',
    slipHint: 'ดูได้จากสลิปการโอนในแอปธนาคาร ช่วยให้เหรัญญิกตรวจกับรายการเดินบัญชีได้',
    slipTooLong: 'เลขที่อ้างอิงยาวได้ไม่เกิน {max} ตัวอักษร',
    qrWaiting: 'คิวอาร์จะแสดงเมื่อจำนวนเงินถูกต้อง',
  },
  en: {
    title: 'Deposit',
    amount: 'Amount (baht)',
    amountExample: 'For example 1,234.50',
    limitsBetween: 'Deposits of {min} to {max} baht.',
    limitsMin: 'At least {min} baht per deposit.',
    limitsMax: 'At most {max} baht per deposit.',
    inWords: 'In Thai words:',
    payPledge: 'Pay the pledge: {pledge} baht',
    date: 'Date',
    dateHint: 'Day/month/Buddhist-Era year, for example 15/01/2567',
    note: 'Note (optional)',
    noteHint: 'Up to {max} characters',
    save: 'Record deposit',
    saving: 'Saving…',
    saved: 'Deposit of {amount} baht recorded.',
    fixErrors: 'Please correct the fields marked.',
    beforeJoined: 'The date is before the household joined ({joinedOn}).',
    afterLeft: 'The date is after the household left the group ({leftOn}).',
    noteTooLong: 'A note may have at most {max} characters.',
    noMembership: 'This form has no household and membership set, so it cannot record deposits.',
    unknownHousehold: 'This household is not in the store, so no deposit can be recorded.',
    unknownMembership: 'This membership is not in the store, so no deposit can be recorded.',
    otherHousehold: 'This membership belongs to another household, so no deposit can be recorded.',
    notSaved: 'The deposit could not be saved. Please try again.',
    paidBy: 'Paid by',
    methodCash: 'Cash',
    methodPromptPay: 'PromptPay transfer',
    promptPayHint:
      'Scan the QR with your banking app, check that the recipient is {name}, and transfer. Record the deposit once the transfer is done.',
    slip: 'Slip reference (optional)',
    slipHint:
      'On the transfer slip in your banking app; it helps the treasurer match the bank statement.',
    slipTooLong: 'A slip reference may have at most {max} characters.',
    qrWaiting: 'The QR shows once the amount is valid.',
  },
};
