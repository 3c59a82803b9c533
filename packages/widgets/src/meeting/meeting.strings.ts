import type { Translations } from '../shared/translations.js';

/** Every sentence `<sajja-meeting>` shows, in Thai and English. */
export const meetingStrings: Translations<
  | 'title'
  | 'loading'
  | 'noOrganisation'
  | 'noMembers'
  | 'meetingDay'
  | 'meetingDayHint'
  | 'search'
  | 'searchHint'
  | 'noMatch'
  | 'member'
  | 'memberNumber'
  | 'noNumber'
  | 'leftOn'
  | 'pledge'
  | 'loans'
  | 'loan'
  | 'contribution'
  | 'paid'
  | 'actions'
  | 'due'
  | 'dueLoan'
  | 'paidAmount'
  | 'nothingDue'
  | 'method'
  | 'methodCash'
  | 'methodPromptPay'
  | 'methodTransfer'
  | 'transfersLabel'
  | 'transfer'
  | 'transferWithSlip'
  | 'save'
  | 'saving'
  | 'correct'
  | 'totals'
  | 'totalsMembers'
  | 'saved'
  | 'totalsNow'
  | 'fixRow'
  | 'nothingToSave'
  | 'notSaved'
  | 'beforeJoined'
  | 'afterLeft'
  | 'dateOutsideMonth'
  | 'reverseTitle'
  | 'reverseHint'
  | 'reverseConfirm'
  | 'reverseCancel'
  | 'reversed'
  | 'reverseNothing'
  | 'reverseNone'
  | 'kindDeposit'
  | 'kindRepayment'
  | 'kindContribution'
  | 'kindShare'
  | 'rowProblems'
> = {
  th: {
    title: 'บันทึกการประชุมประจำเดือน {month}',
    loading: 'กำลังโหลดรายชื่อสมาชิก…',
    noOrganisation: 'ยังไม่ได้ระบุกลุ่ม (organisation) จึงแสดงรายชื่อสมาชิกไม่ได้',
    noMembers: 'เดือนนี้กลุ่มไม่มีสมาชิก',
    meetingDay: 'วันที่ประชุม',
    meetingDayHint: 'วัน/เดือน/ปี พ.ศ. เช่น 10/03/2568 รายการที่บันทึกจะลงวันที่นี้',
    search: 'ค้นหาสมาชิก',
    searchHint: 'พิมพ์เลขสมาชิกหรือชื่อครัวเรือน',
    noMatch: 'ไม่พบสมาชิกที่ตรงกับ “{query}”',
    member: 'สมาชิก',
    memberNumber: 'เลขที่ {number}',
    noNumber: 'ไม่มีเลขสมาชิก',
    leftOn: 'ลาออกเมื่อ {date}',
    pledge: 'เงินสัจจะ',
    loans: 'ชำระเงินกู้',
    loan: 'เงินกู้ที่ {number}',
    contribution: 'เงินสวัสดิการ',
    paid: 'ชำระแล้วเดือนนี้',
    actions: 'บันทึก',
    due: 'ยอดที่ต้องชำระ {amount}',
    dueLoan: 'งวดนี้ {installment} ค้างชำระ {arrears}',
    paidAmount: 'ชำระแล้ว {amount}',
    nothingDue: 'ไม่มียอดต้องชำระ',
    method: 'ชำระโดย',
    methodCash: 'เงินสด',
    methodPromptPay: 'โอนพร้อมเพย์',
    methodTransfer: 'โอนผ่านธนาคาร',
    transfersLabel: 'เงินโอนเดือนนี้ (ตรวจกับรายการเดินบัญชี)',
    transfer: '{method} {amount} วันที่ {date}',
    transferWithSlip: '{method} {amount} วันที่ {date} สลิป {slip}',
    save: 'บันทึก',
    saving: 'กำลังบันทึก…',
    correct: 'แก้ไขโดยกลับรายการ',
    totals: 'รวม',
    totalsMembers: 'รวม {count} คน',
    saved: 'บันทึกการชำระของ {name} แล้ว {amount} บาท',
    totalsNow: 'ยอดชำระรวมเดือนนี้ {amount} บาท',
    fixRow: 'แถวของ {name} ยังบันทึกไม่ได้ กรุณาแก้ไขช่องที่มีข้อความแจ้ง',
    nothingToSave: 'ยังไม่ได้กรอกจำนวนเงิน',
    notSaved: 'บันทึกไม่สำเร็จ กรุณาลองใหม่',
    beforeJoined: 'วันที่ประชุมอยู่ก่อนวันที่เข้าเป็นสมาชิก ({date})',
    afterLeft: 'สมาชิกลาออกแล้วเมื่อ {date} จึงบันทึกการชำระหลังวันนั้นไม่ได้',
    dateOutsideMonth: 'วันที่ประชุมต้องอยู่ในเดือน {month}',
    reverseTitle: 'กลับรายการของ {name}',
    reverseHint:
      'รายการเดิมยังคงอยู่ ระบบจะบันทึกรายการกลับลงวันที่ประชุม แล้วบันทึกยอดที่ถูกต้องใหม่ได้',
    reverseConfirm: 'ยืนยันกลับรายการที่เลือก',
    reverseCancel: 'ยกเลิก',
    reversed: 'กลับรายการของ {name} แล้ว {count} รายการ',
    reverseNothing: 'ยังไม่ได้เลือกรายการ',
    reverseNone: 'เดือนนี้ไม่มีรายการที่กลับได้',
    kindDeposit: 'เงินฝาก',
    kindRepayment: 'ชำระเงินกู้',
    kindContribution: 'เงินสวัสดิการ',
    kindShare: 'ซื้อหุ้น',
    rowProblems: 'คำนวณยอดบางส่วนไม่ได้ (ระเบียบของกลุ่มหรือข้อมูลเงินกู้ไม่ครบ) ยอดนั้นนับเป็น 0',
  },
  en: {
    title: 'Monthly meeting, {month}',
    loading: 'Loading the members…',
    noOrganisation: 'No group (organisation) is set, so there are no members to show.',
    noMembers: 'The group has no members in this month.',
    meetingDay: 'Meeting day',
    meetingDayHint:
      'Day/month/Buddhist-Era year, for example 10/03/2568. Payments are recorded on this day.',
    search: 'Find a member',
    searchHint: 'Type a member number or a household name.',
    noMatch: 'No member matches “{query}”.',
    member: 'Member',
    memberNumber: 'No. {number}',
    noNumber: 'No member number',
    leftOn: 'Left on {date}',
    pledge: 'Pledge savings',
    loans: 'Loan repayments',
    loan: 'Loan {number}',
    contribution: 'Welfare contribution',
    paid: 'Paid this month',
    actions: 'Record',
    due: 'Due {amount}',
    dueLoan: 'Instalment {installment}, arrears {arrears}',
    paidAmount: 'Paid {amount}',
    nothingDue: 'Nothing due',
    method: 'Paid by',
    methodCash: 'Cash',
    methodPromptPay: 'PromptPay transfer',
    methodTransfer: 'Bank transfer',
    transfersLabel: "This month's transfers (check against the bank statement)",
    transfer: '{method} {amount} on {date}',
    transferWithSlip: '{method} {amount} on {date}, slip {slip}',
    save: 'Save',
    saving: 'Saving…',
    correct: 'Correct by reversal',
    totals: 'Totals',
    totalsMembers: 'Totals, {count} members',
    saved: 'Saved {name}: {amount} baht.',
    totalsNow: 'Paid this month in all: {amount} baht.',
    fixRow: 'The row of {name} was not saved: please correct the fields marked.',
    nothingToSave: 'No amount is filled in.',
    notSaved: 'The row could not be saved. Please try again.',
    beforeJoined: 'The meeting day is before the member joined ({date}).',
    afterLeft: 'The member left on {date}: no payment can be recorded after that day.',
    dateOutsideMonth: 'The meeting day must be in {month}.',
    reverseTitle: 'Reverse payments of {name}',
    reverseHint:
      'The original records stay; their reversals are recorded on the meeting day, and the right amounts can then be saved again.',
    reverseConfirm: 'Reverse the payments chosen',
    reverseCancel: 'Cancel',
    reversed: 'Reversed {count} payments of {name}.',
    reverseNothing: 'No payment is chosen.',
    reverseNone: 'There is no payment to reverse in this month.',
    kindDeposit: 'Deposit',
    kindRepayment: 'Loan repayment',
    kindContribution: 'Welfare contribution',
    kindShare: 'Shares',
    rowProblems:
      'Some figures could not be worked out (the group’s rules or a loan’s data are incomplete); they count as 0.',
  },
};
