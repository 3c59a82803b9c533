import type { Translations } from '../shared/translations.js';

/** Every sentence `<sajja-loan-calculator>` shows, in Thai and English. */
export const loanCalculatorStrings: Translations<
  | 'title'
  | 'principal'
  | 'principalHint'
  | 'rate'
  | 'ratePer'
  | 'perMonth'
  | 'perYear'
  | 'term'
  | 'termHint'
  | 'method'
  | 'declining'
  | 'flat'
  | 'equalPrincipal'
  | 'calculate'
  | 'rateInvalid'
  | 'termInvalid'
  | 'fixErrors'
  | 'installment'
  | 'installmentWords'
  | 'lastInstallment'
  | 'totalInterest'
  | 'totalPayment'
  | 'schedule'
  | 'n'
  | 'dueDate'
  | 'payment'
  | 'principalPart'
  | 'interestPart'
  | 'balance'
  | 'baht'
  | 'resultSummary'
> = {
  th: {
    title: 'คำนวณเงินกู้',
    principal: 'จำนวนเงินกู้ (บาท)',
    principalHint: 'เช่น 20,000',
    rate: 'อัตราดอกเบี้ย (%)',
    ratePer: 'คิดดอกเบี้ย',
    perMonth: 'ต่อเดือน',
    perYear: 'ต่อปี',
    term: 'ระยะเวลาผ่อน (เดือน)',
    termHint: '1 ถึง 600 เดือน',
    method: 'วิธีคิดดอกเบี้ย',
    declining: 'ลดต้นลดดอก ผ่อนเท่ากันทุกงวด',
    flat: 'คิดดอกเบี้ยจากยอดกู้เต็มทุกงวด (แบบคงที่)',
    equalPrincipal: 'ลดต้นลดดอก เงินต้นเท่ากันทุกงวด',
    calculate: 'คำนวณ',
    rateInvalid: 'อัตราดอกเบี้ยต้องเป็นตัวเลขตั้งแต่ 0 ถึง 100 เช่น 1 หรือ 1.5',
    termInvalid: 'ระยะเวลาผ่อนต้องเป็นจำนวนเดือนเต็ม ตั้งแต่ 1 ถึง 600',
    fixErrors: 'กรุณาแก้ไขข้อมูลที่ไม่ถูกต้อง',
    installment: 'ผ่อนงวดละ',
    installmentWords: 'อ่านว่า',
    lastInstallment: 'งวดสุดท้าย',
    totalInterest: 'ดอกเบี้ยรวม',
    totalPayment: 'ยอดชำระรวม',
    schedule: 'ตารางผ่อนชำระ',
    n: 'งวดที่',
    dueDate: 'วันครบกำหนด',
    payment: 'ยอดชำระ',
    principalPart: 'เงินต้น',
    interestPart: 'ดอกเบี้ย',
    balance: 'เงินต้นคงเหลือ',
    baht: 'บาท',
    resultSummary: 'ผ่อน {count} งวด งวดละ {payment} บาท ดอกเบี้ยรวม {interest} บาท',
  },
  en: {
    title: 'Loan calculator',
    principal: 'Loan amount (baht)',
    principalHint: 'For example 20,000',
    rate: 'Interest rate (%)',
    ratePer: 'per',
    perMonth: 'a month',
    perYear: 'a year',
    term: 'Term (months)',
    termHint: '1 to 600 months',
    method: 'Method',
    declining: 'Declining balance, equal instalments',
    flat: 'Flat (interest on the original amount)',
    equalPrincipal: 'Declining balance, equal principal',
    calculate: 'Calculate',
    rateInvalid: 'The rate must be a number from 0 to 100, such as 1 or 1.5.',
    termInvalid: 'The term must be a whole number of months from 1 to 600.',
    fixErrors: 'Please correct the fields marked.',
    installment: 'Instalment',
    installmentWords: 'In Thai words',
    lastInstallment: 'Last instalment',
    totalInterest: 'Total interest',
    totalPayment: 'Total to repay',
    schedule: 'Repayment schedule',
    n: 'No.',
    dueDate: 'Due date',
    payment: 'Payment',
    principalPart: 'Principal',
    interestPart: 'Interest',
    balance: 'Balance',
    baht: 'baht',
    resultSummary: '{count} instalments of {payment} baht; total interest {interest} baht',
  },
};
