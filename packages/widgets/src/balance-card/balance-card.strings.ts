import type { Translations } from '../shared/translations.js';

/** Every sentence `<sajja-balance-card>` shows, in Thai and English. */
export const balanceCardStrings: Translations<
  | 'title'
  | 'loading'
  | 'noHousehold'
  | 'unknownHousehold'
  | 'empty'
  | 'total'
  | 'savings'
  | 'shares'
  | 'loans'
  | 'nextInstallment'
  | 'nextInstallmentValue'
  | 'amount'
  | 'overdue'
  | 'welfare'
  | 'welfareEligible'
  | 'welfareFrom'
  | 'welfareLeft'
  | 'discipline'
  | 'disciplineScore'
  | 'disciplinePeriod'
  | 'sparklineTitle'
  | 'sparklineLabel'
  | 'problems'
  | 'kind-savings-group'
  | 'kind-pledge-group'
  | 'kind-village-fund'
  | 'kind-village-bank'
  | 'kind-welfare-fund'
  | 'kind-funeral-aid'
  | 'kind-cooperative'
  | 'kind-other'
  | 'recent'
  | 'recentRow'
  | 'tx-deposit'
  | 'tx-withdrawal'
  | 'tx-repayment'
  | 'tx-contribution'
  | 'tx-loan'
  | 'tx-share'
  | 'tx-benefit'
> = {
  th: {
    title: 'ยอดเงินของครัวเรือน',
    loading: 'กำลังโหลดยอดเงิน…',
    noHousehold: 'ยังไม่ได้เลือกครัวเรือน',
    unknownHousehold: 'ไม่พบข้อมูลครัวเรือนนี้ในเครื่องนี้',
    empty: 'ครัวเรือนนี้ยังไม่ได้เป็นสมาชิกกลุ่มหรือกองทุนใด',
    total: 'รวมทุกกลุ่มและกองทุน',
    savings: 'เงินออม',
    shares: 'ค่าหุ้น',
    loans: 'หนี้เงินกู้คงเหลือ',
    nextInstallment: 'ค่างวดถัดไป',
    nextInstallmentValue: '{amount} บาท ครบกำหนด {date}',
    amount: '{amount} บาท',
    overdue: 'ค้างชำระ {amount} บาท เกินกำหนด {days} วัน',
    welfare: 'สวัสดิการ',
    welfareEligible: 'มีสิทธิ์รับสวัสดิการ',
    welfareFrom: 'อยู่ระหว่างรอสิทธิ์ จะมีสิทธิ์รับสวัสดิการตั้งแต่วันที่ {date}',
    welfareLeft: 'ลาออกแล้ว ไม่มีสิทธิ์รับสวัสดิการ',
    discipline: 'คะแนนวินัยการออม',
    disciplineScore: '{score} จาก 100 คะแนน',
    disciplinePeriod: 'ช่วง {from} ถึง {to}',
    sparklineTitle: 'เงินออมย้อนหลัง 12 เดือน',
    sparklineLabel: 'เงินออม 12 เดือน: {firstMonth} {first} บาท ถึง {lastMonth} {last} บาท',
    problems: 'คำนวณบางรายการของกลุ่มนี้ไม่ได้ เพราะระเบียบหรือข้อมูลสมาชิกที่บันทึกไว้ไม่ถูกต้อง',
    'kind-savings-group': 'กลุ่มออมทรัพย์เพื่อการผลิต',
    'kind-pledge-group': 'กลุ่มสัจจะสะสมทรัพย์',
    'kind-village-fund': 'กองทุนหมู่บ้าน',
    'kind-village-bank': 'ธนาคารหมู่บ้าน',
    'kind-welfare-fund': 'กองทุนสวัสดิการชุมชน',
    'kind-funeral-aid': 'ฌาปนกิจสงเคราะห์',
    'kind-cooperative': 'สหกรณ์',
    'kind-other': 'กลุ่มหรือกองทุนอื่น',
    recent: 'รายการล่าสุด',
    recentRow: '{kind} {amount} บาท',
    'tx-deposit': 'ฝาก',
    'tx-withdrawal': 'ถอน',
    'tx-repayment': 'ชำระเงินกู้',
    'tx-contribution': 'จ่ายเงินสมทบ',
    'tx-loan': 'รับเงินกู้',
    'tx-share': 'ซื้อหุ้น',
    'tx-benefit': 'รับสวัสดิการ',
  },
  en: {
    title: 'Household balances',
    loading: 'Loading the balances…',
    noHousehold: 'No household has been chosen.',
    unknownHousehold: 'This household is not stored in this browser.',
    empty: 'This household does not belong to any group or fund yet.',
    total: 'All groups and funds',
    savings: 'Savings',
    shares: 'Shares',
    loans: 'Loans outstanding',
    nextInstallment: 'Next instalment',
    nextInstallmentValue: '{amount} baht on {date}',
    amount: '{amount} baht',
    overdue: 'Overdue: {amount} baht, {days} days late',
    welfare: 'Welfare',
    welfareEligible: 'Eligible for welfare benefits',
    welfareFrom: 'Eligible from {date}',
    welfareLeft: 'Left the fund: no welfare benefits',
    discipline: 'Discipline score',
    disciplineScore: '{score} of 100 points',
    disciplinePeriod: '{from} to {to}',
    sparklineTitle: 'Savings, last 12 months',
    sparklineLabel:
      'Savings over 12 months: {first} baht in {firstMonth}, {last} baht in {lastMonth}',
    problems:
      'Some figures for this group could not be worked out: its stored rules or membership details are not valid.',
    'kind-savings-group': 'Savings group for production',
    'kind-pledge-group': 'Sajja savings group',
    'kind-village-fund': 'Village fund',
    'kind-village-bank': 'Village bank',
    'kind-welfare-fund': 'Community welfare fund',
    'kind-funeral-aid': 'Funeral aid',
    'kind-cooperative': 'Cooperative',
    'kind-other': 'Other group or fund',
    recent: 'Recent payments',
    recentRow: '{kind} {amount} baht',
    'tx-deposit': 'Deposit',
    'tx-withdrawal': 'Withdrawal',
    'tx-repayment': 'Loan repayment',
    'tx-contribution': 'Contribution',
    'tx-loan': 'Loan received',
    'tx-share': 'Shares bought',
    'tx-benefit': 'Welfare benefit received',
  },
};
