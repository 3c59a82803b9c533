import type { Translations } from '../shared/translations.js';

/** Every sentence `<sajja-share-out>` shows and prints, in Thai and English. */
export const shareOutStrings: Translations<
  | 'title'
  | 'year'
  | 'noOrganisation'
  | 'checkRules'
  | 'loading'
  | 'loaded'
  | 'profit'
  | 'allocation'
  | 'allocationCaption'
  | 'bucket'
  | 'amount'
  | 'members'
  | 'membersCaption'
  | 'noMembers'
  | 'memberNumber'
  | 'member'
  | 'dividend'
  | 'membersShare'
  | 'averageReturn'
  | 'total'
  | 'allMembers'
  | 'baht'
  | 'export'
  | 'exported'
  | 'print'
  | 'documentTitle'
  | 'signed'
  | 'preparedBy'
  | 'chair'
> = {
  th: {
    title: 'การจัดสรรกำไรสุทธิประจำปี',
    year: 'พ.ศ. {year}',
    noOrganisation: 'ยังไม่ได้เลือกกลุ่มหรือกองทุน',
    checkRules: 'กรุณาตรวจสอบสัดส่วนการจัดสรรกำไรสุทธิในระเบียบของกลุ่ม',
    loading: 'กำลังคำนวณการจัดสรรกำไร…',
    loaded: 'การจัดสรรกำไรสุทธิ พ.ศ. {year} พร้อมแล้ว สมาชิก {count} คน',
    profit: 'กำไรสุทธิประจำปี',
    allocation: 'การจัดสรรตามระเบียบของกลุ่ม',
    allocationCaption: 'กำไรสุทธิ {amount} บาท จัดสรรตามระเบียบของกลุ่ม',
    bucket: 'รายการ',
    amount: 'จำนวนเงิน (บาท)',
    members: 'เงินที่สมาชิกแต่ละคนได้รับ',
    membersCaption: 'เงินปันผลและเงินเฉลี่ยคืนของสมาชิก {count} คน พ.ศ. {year} (บาท)',
    noMembers: 'ไม่มีสมาชิกในปีนี้',
    memberNumber: 'เลขที่สมาชิก',
    member: 'สมาชิก',
    dividend: 'เงินปันผลตามหุ้น',
    membersShare: 'เงินปันผลคืนสมาชิก',
    averageReturn: 'เงินเฉลี่ยคืน',
    total: 'รวม',
    allMembers: 'รวมสมาชิกทุกคน',
    baht: '{amount} บาท',
    export: 'ดาวน์โหลดไฟล์ CSV',
    exported: 'ดาวน์โหลดไฟล์ {file} แล้ว',
    print: 'พิมพ์การจัดสรรกำไร',
    documentTitle: 'การจัดสรรกำไรสุทธิประจำปี พ.ศ. {year}',
    signed: 'ลงชื่อ',
    preparedBy: 'ผู้จัดทำ (เหรัญญิก)',
    chair: 'ประธานกรรมการ',
  },
  en: {
    title: 'Year-end share-out',
    year: '{year} BE',
    noOrganisation: 'No group or fund has been chosen.',
    checkRules: 'Please check the profit split in the group’s by-laws.',
    loading: 'Working out the share-out…',
    loaded: 'The share-out of {year} BE is ready: {count} members.',
    profit: 'Net profit for the year',
    allocation: 'Split by the group’s by-laws',
    allocationCaption: 'Net profit of {amount} baht, split by the group’s by-laws',
    bucket: 'Item',
    amount: 'Amount (baht)',
    members: 'What each member receives',
    membersCaption: 'Dividends and average returns of {count} members, {year} BE (baht)',
    noMembers: 'No one was a member this year.',
    memberNumber: 'Member no.',
    member: 'Member',
    dividend: 'Dividend on shares',
    membersShare: 'Members’ share',
    averageReturn: 'Average return',
    total: 'Total',
    allMembers: 'All members',
    baht: '{amount} baht',
    export: 'Download as CSV',
    exported: 'Downloaded {file}.',
    print: 'Print the share-out',
    documentTitle: 'Year-end share-out, {year} BE',
    signed: 'Signed',
    preparedBy: 'Prepared by (treasurer)',
    chair: 'Chair of the committee',
  },
};
