import type { Translations } from '../shared/translations.js';

/** Every sentence `<sajja-meeting-report>` shows, in Thai and English. */
export const meetingReportStrings: Translations<
  | 'title'
  | 'noOrganisation'
  | 'loading'
  | 'loaded'
  | 'print'
  | 'refresh'
  | 'frameTitle'
  | 'audit'
  | 'auditOk'
  | 'auditBroken'
  | 'auditFailed'
  | 'table-fundTransactions'
  | 'table-loans'
  | 'table-memberships'
  | 'table-organisations'
  | 'reason-record-changed'
  | 'reason-record-missing'
  | 'reason-link-missing'
  | 'reason-order-changed'
> = {
  th: {
    title: 'รายงานการประชุมประจำเดือน',
    noOrganisation: 'ยังไม่ได้เลือกกลุ่มหรือกองทุน',
    loading: 'กำลังจัดทำรายงาน…',
    loaded: 'รายงานประจำเดือน{month} พร้อมแล้ว',
    print: 'พิมพ์รายงาน',
    refresh: 'อ่านและตรวจสอบบัญชีอีกครั้ง',
    frameTitle: 'รายงานการเงินประจำเดือน{month}',
    audit: 'การตรวจสอบบัญชี',
    auditOk:
      'บัญชีถูกต้อง: ตรวจสอบ {count} รายการจนถึงเดือน{month} ไม่มีรายการใดถูกแก้ไขหลังจากบันทึก',
    auditBroken:
      'บัญชีไม่ผ่านการตรวจสอบ: {what} รหัส {id} ของเดือน{month} {reason} กรุณาตรวจสอบกับเอกสารต้นฉบับ',
    auditFailed: 'ตรวจสอบบัญชีไม่ได้:',
    'table-fundTransactions':
      'รายการเงินของสมาชิก (ฝาก ถอน ซื้อหุ้น รับเงินกู้ ชำระเงินกู้ เงินสมทบ หรือเงินสวัสดิการที่จ่าย)',
    'table-loans': 'สัญญาเงินกู้',
    'table-memberships': 'ข้อมูลสมาชิก',
    'table-organisations': 'ข้อมูลของกลุ่ม',
    'reason-record-changed': 'ถูกแก้ไขหลังจากบันทึกแล้ว',
    'reason-record-missing': 'ถูกลบออกไป',
    'reason-link-missing': 'ไม่มีหลักฐานการบันทึกในห่วงโซ่การตรวจสอบ',
    'reason-order-changed': 'ไม่อยู่ในลำดับที่บันทึกไว้',
  },
  en: {
    title: 'Monthly meeting report',
    noOrganisation: 'No group or fund has been chosen.',
    loading: 'Preparing the report…',
    loaded: 'The report for {month} is ready.',
    print: 'Print the report',
    refresh: 'Read and check the books again',
    frameTitle: 'Monthly financial report, {month}',
    audit: 'Audit of the books',
    auditOk:
      'The books verify: {count} records up to {month} checked, none changed after it was written.',
    auditBroken:
      'The books do not verify: {what} {id} of {month} {reason}. Please check it against the paper records.',
    auditFailed: 'The books could not be checked:',
    'table-fundTransactions':
      "the member's money record (a deposit, withdrawal, shares, loan received, repayment, contribution or benefit paid)",
    'table-loans': 'the loan',
    'table-memberships': 'the membership',
    'table-organisations': 'the group’s own record',
    'reason-record-changed': 'was changed after it was written',
    'reason-record-missing': 'was removed',
    'reason-link-missing': 'has no link in the audit chain',
    'reason-order-changed': 'is not in the order it was written in',
  },
};
