import type { Translations } from '../shared/translations.js';

/** Every sentence `<sajja-household-ledger>` shows, in Thai and English. */
export const householdLedgerStrings: Translations<
  | 'title'
  | 'groupPayments'
  | 'groupPaymentsHint'
  | 'payment-deposit'
  | 'payment-withdrawal'
  | 'payment-repayment'
  | 'payment-contribution'
  | 'payment-loan'
  | 'payment-share'
  | 'payment-benefit'
  | 'addLegend'
  | 'kind'
  | 'income'
  | 'expense'
  | 'category'
  | 'chooseCategory'
  | 'categoryRequired'
  | 'amount'
  | 'amountHint'
  | 'date'
  | 'dateHint'
  | 'note'
  | 'noteHint'
  | 'save'
  | 'saving'
  | 'fixErrors'
  | 'savedIncome'
  | 'savedExpense'
  | 'noHousehold'
  | 'unknownHousehold'
  | 'loading'
  | 'previousMonth'
  | 'nextMonth'
  | 'monthNotShown'
  | 'monthSummary'
  | 'opening'
  | 'closing'
  | 'net'
  | 'savings'
  | 'savingsRate'
  | 'percent'
  | 'noIncome'
  | 'baht'
  | 'chartTitle'
  | 'chartMonth'
  | 'chartEmpty'
  | 'listCaption'
  | 'colDate'
  | 'colItem'
  | 'colIncome'
  | 'colExpense'
  | 'colBalance'
  | 'colAction'
  | 'empty'
  | 'showing'
  | 'more'
  | 'showReversed'
  | 'reversedMark'
  | 'correctionMark'
  | 'transferMark'
  | 'reverse'
  | 'reverseLabel'
  | 'confirmReverse'
  | 'confirm'
  | 'cancel'
  | 'reversed'
  | 'files'
  | 'export'
  | 'exported'
  | 'import'
  | 'importHint'
  | 'noFile'
  | 'working'
  | 'imported'
  | 'importedUnchanged'
  | 'importedSkipped'
  | 'importRefused'
  | 'problemLine'
  | 'problemLineColumn'
  | 'moreProblems'
  | 'fixFile'
  | 'importGoodRows'
  | 'dismiss'
  | 'notRead'
> = {
  th: {
    groupPayments: 'เงินที่จ่ายและรับกับกลุ่มเดือนนี้',
    groupPaymentsHint:
      'รายการที่บันทึกกับกลุ่มและกองทุน ยังไม่รวมในยอดรายรับรายจ่ายของครัวเรือนด้านบน',
    'payment-deposit': 'ฝากเงิน',
    'payment-withdrawal': 'ถอนเงิน',
    'payment-repayment': 'ชำระเงินกู้',
    'payment-contribution': 'จ่ายเงินสมทบ',
    'payment-loan': 'รับเงินกู้',
    'payment-share': 'ซื้อหุ้น',
    'payment-benefit': 'รับสวัสดิการ',
    title: 'บัญชีครัวเรือน',
    addLegend: 'บันทึกรายรับ–รายจ่าย',
    kind: 'ประเภท',
    income: 'รายรับ',
    expense: 'รายจ่าย',
    category: 'หมวด',
    chooseCategory: 'เลือกหมวด',
    categoryRequired: 'กรุณาเลือกหมวด',
    amount: 'จำนวนเงิน (บาท)',
    amountHint: 'เช่น 1,250.50',
    date: 'วันที่',
    dateHint: 'วัน/เดือน/ปี พ.ศ. เช่น 15/01/2567',
    note: 'หมายเหตุ (ถ้ามี)',
    noteHint: 'ไม่เกิน {max} ตัวอักษร',
    save: 'บันทึก',
    saving: 'กำลังบันทึก…',
    fixErrors: 'กรุณาแก้ไขข้อมูลที่ไม่ถูกต้อง',
    savedIncome: 'บันทึกรายรับ {amount} บาท ({category}) แล้ว',
    savedExpense: 'บันทึกรายจ่าย {amount} บาท ({category}) แล้ว',
    noHousehold: 'ยังไม่ได้เลือกครัวเรือน',
    unknownHousehold: 'ไม่พบข้อมูลครัวเรือนนี้ในเครื่องนี้',
    loading: 'กำลังโหลด…',
    previousMonth: 'เดือนก่อนหน้า',
    nextMonth: 'เดือนถัดไป',
    monthNotShown: 'แสดงเดือน "{month}" ไม่ได้ จึงแสดงเดือนนี้แทน',
    monthSummary: 'สรุปเดือน{month}',
    opening: 'ยอดยกมา',
    closing: 'คงเหลือสิ้นเดือน',
    net: 'รับ − จ่าย',
    savings: 'เงินออม',
    savingsRate: 'อัตราการออม',
    percent: '{value}%',
    noIncome: 'ไม่มีรายรับ',
    baht: 'บาท',
    chartTitle: 'แผนภูมิรายรับและรายจ่าย {count} เดือน ถึงเดือน{month}',
    chartMonth: '{month}: รายรับ {income} บาท รายจ่าย {expense} บาท',
    chartEmpty: 'ยังไม่มีรายรับรายจ่ายในช่วงนี้',
    listCaption: 'รายการเดือน{month} (ล่าสุดอยู่บน)',
    colDate: 'วันที่',
    colItem: 'รายการ',
    colIncome: 'รายรับ',
    colExpense: 'รายจ่าย',
    colBalance: 'คงเหลือ',
    colAction: 'จัดการ',
    empty: 'ยังไม่มีรายการในเดือนนี้',
    showing: 'แสดง {shown} จาก {total} รายการ',
    more: 'แสดงเพิ่มอีก {count} รายการ',
    showReversed: 'แสดงรายการที่กลับรายการแล้ว',
    reversedMark: 'กลับรายการแล้ว ไม่นับในยอด',
    correctionMark: 'รายการกลับ ไม่นับในยอด',
    transferMark: 'โอนย้าย {amount} บาท ไม่นับเป็นรายรับหรือรายจ่าย',
    reverse: 'กลับรายการ',
    reverseLabel: 'กลับรายการ: {category} {amount} บาท วันที่ {date}',
    confirmReverse:
      'กลับรายการ {category} {amount} บาท วันที่ {date} ใช่หรือไม่ รายการนี้จะไม่นับรวมในยอดอีก แต่ยังเก็บไว้ในประวัติ จากนั้นให้บันทึกรายการที่ถูกต้องใหม่',
    confirm: 'ยืนยันกลับรายการ',
    cancel: 'ยกเลิก',
    reversed: 'กลับรายการ {category} {amount} บาท แล้ว หากต้องการ ให้บันทึกรายการที่ถูกต้องใหม่',
    files: 'ไฟล์ CSV (เปิดด้วย Excel ได้)',
    export: 'ส่งออกไฟล์ CSV',
    exported: 'สร้างไฟล์ {file} แล้ว',
    import: 'นำเข้าไฟล์ CSV',
    noFile: 'ยังไม่ได้เลือกไฟล์',
    importHint:
      'ต้องมีคอลัมน์ date (วันที่), kind (ประเภท), category (หมวด), amount (จำนวนเงิน) และ note (หมายเหตุ) ถ้ามี',
    working: 'กำลังทำงาน…',
    imported: 'นำเข้า {count} รายการแล้ว',
    importedUnchanged: 'มีอยู่แล้ว {count} รายการ',
    importedSkipped: 'ข้ามแถวที่มีปัญหา {count} แถว',
    importRefused: 'ยังไม่ได้นำเข้าไฟล์ {file}: พบปัญหา {count} จุด จึงยังไม่บันทึกข้อมูลใดเลย',
    problemLine: 'บรรทัด {line}: {message}',
    problemLineColumn: 'บรรทัด {line}: {message} (คอลัมน์ {column})',
    moreProblems: 'และปัญหาอื่นอีก {count} จุด',
    fixFile: 'แก้ไขไฟล์แล้วนำเข้าใหม่',
    importGoodRows: 'นำเข้าเฉพาะแถวที่ถูกต้อง',
    dismiss: 'ปิด',
    notRead: 'อ่านไฟล์นี้ไม่ได้',
  },
  en: {
    groupPayments: 'Money with your groups this month',
    groupPaymentsHint:
      'As recorded with your groups and funds; not counted in the household totals above.',
    'payment-deposit': 'Deposit to',
    'payment-withdrawal': 'Withdrawal from',
    'payment-repayment': 'Loan repayment to',
    'payment-contribution': 'Contribution to',
    'payment-loan': 'Loan from',
    'payment-share': 'Shares in',
    'payment-benefit': 'Welfare benefit from',
    title: 'Household ledger',
    addLegend: 'Add income or expense',
    kind: 'Type',
    income: 'Income',
    expense: 'Expense',
    category: 'Category',
    chooseCategory: 'Choose a category',
    categoryRequired: 'Please choose a category.',
    amount: 'Amount (baht)',
    amountHint: 'For example 1,250.50',
    date: 'Date',
    dateHint: 'Day/month/Buddhist-Era year, for example 15/01/2567',
    note: 'Note (optional)',
    noteHint: 'At most {max} characters',
    save: 'Save',
    saving: 'Saving…',
    fixErrors: 'Please correct the fields marked.',
    savedIncome: 'Saved income of {amount} baht ({category}).',
    savedExpense: 'Saved an expense of {amount} baht ({category}).',
    noHousehold: 'No household is given (the household attribute).',
    unknownHousehold: 'This household is not in the store.',
    loading: 'Loading…',
    previousMonth: 'Previous month',
    nextMonth: 'Next month',
    monthNotShown: 'Cannot show the month "{month}", so this month is shown instead.',
    monthSummary: 'Summary of {month}',
    opening: 'Brought forward',
    closing: 'Balance at month end',
    net: 'Income − expense',
    savings: 'Savings',
    savingsRate: 'Savings rate',
    percent: '{value}%',
    noIncome: 'no income',
    baht: 'baht',
    chartTitle: 'Chart of income and expenses, {count} months to {month}',
    chartMonth: '{month}: income {income} baht, expenses {expense} baht',
    chartEmpty: 'No income or expenses in these months yet.',
    listCaption: 'Entries of {month}, newest first',
    colDate: 'Date',
    colItem: 'Item',
    colIncome: 'Income',
    colExpense: 'Expense',
    colBalance: 'Balance',
    colAction: 'Correct',
    empty: 'No entries this month yet.',
    showing: 'Showing {shown} of {total} entries',
    more: 'Show {count} more',
    showReversed: 'Show reversed entries',
    reversedMark: 'reversed, not counted',
    correctionMark: 'correction, not counted',
    transferMark: 'transfer of {amount} baht, neither income nor expense',
    reverse: 'Reverse',
    reverseLabel: 'Reverse: {category}, {amount} baht, {date}',
    confirmReverse:
      'Reverse {category}, {amount} baht, {date}? It will no longer count, but stays in the history; then add the right entry.',
    confirm: 'Yes, reverse it',
    cancel: 'Cancel',
    reversed: 'Reversed {category}, {amount} baht. Add the right entry if needed.',
    files: 'CSV file (opens in Excel)',
    export: 'Export CSV',
    exported: 'Created {file}.',
    import: 'Import a CSV file',
    noFile: 'No file chosen',
    importHint: 'Columns date, kind, category, amount (note optional)',
    working: 'Working…',
    imported: 'Imported {count} entries.',
    importedUnchanged: '{count} were already there.',
    importedSkipped: '{count} rows with problems were left out.',
    importRefused: 'Nothing was imported from {file}: {count} problems found.',
    problemLine: 'Line {line}: {message}',
    problemLineColumn: 'Line {line}: {message} (column {column})',
    moreProblems: 'and {count} more problems',
    fixFile: 'Correct the file and import it again.',
    importGoodRows: 'Import only the good rows',
    dismiss: 'Dismiss',
    notRead: 'This file could not be read.',
  },
};
