import { addMember, createBooks, recordLeaving, type Books } from '../src/books/books.js';
import {
  depositEntry,
  fineEntry,
  transferEntry,
  welfareContributionEntry,
  welfarePaymentEntry,
  withdrawalEntry,
} from '../src/books/entry-builders.js';
import { closePeriod, postEntry, reverseEntry } from '../src/books/journal.js';
import { issueLoan, receiveLoanPayment } from '../src/books/loan-entries.js';

/** A flat loan at 1 % a month: `principal / months` principal and 1 % interest each month. */
const flatLoan = (principal: string, termMonths: number, disbursedOn: string) => ({
  terms: {
    principal,
    rate: { percent: '1', per: 'month' as const },
    termMonths,
    method: 'flat' as const,
    disbursedOn,
  },
});

/**
 * A sajja group with three sub-funds (general, livestock, fertiliser), books opened in October
 * 2023 and closed through December; January 2024 is the month of the meeting. Every number
 * the January report should show is worked out by hand in monthly-report.test.ts.
 *
 * `memberName` replaces the name of member M-002, for the HTML tests.
 */
export function sampleGroup(memberName = 'สมศรี มีสุข'): Books {
  let books = createBooks({
    name: 'กลุ่มสัจจะสะสมทรัพย์บ้านคลองใหญ่',
    subFunds: ['general', 'livestock', 'fertiliser'],
    openPeriod: '2023-10',
    members: [
      { id: 'M-001', name: 'สมชาย ใจดี', joinedOn: '2019-03-01' },
      { id: 'M-002', name: memberName, joinedOn: '2020-06-15' },
      { id: 'M-003', name: 'บุญมี ศรีสุข', joinedOn: '2021-01-10' },
      { id: 'M-006', name: 'ชูใจ รักดี', joinedOn: '2022-02-01', leftOn: '2023-12-31' },
    ],
  });

  // Opening balances on 1 October 2023.
  books = postEntry(books, {
    id: 'OPEN',
    date: '2023-10-01',
    memo: 'ยอดยกมา',
    lines: [
      { account: 'cash', debit: '23000' },
      { account: 'bank', debit: '50000' },
      { account: 'member-shares', credit: '20000', memberId: 'M-001' },
      { account: 'member-shares', credit: '15000', memberId: 'M-002' },
      { account: 'member-shares', credit: '10000', memberId: 'M-003' },
      { account: 'member-savings', credit: '10000', memberId: 'M-001' },
      { account: 'member-savings', credit: '5000', memberId: 'M-002' },
      { account: 'reserve', credit: '10000' },
      { account: 'welfare-fund', credit: '3000' },
      { account: 'cash', debit: '5000', subFund: 'livestock' },
      { account: 'grant-capital', credit: '5000', subFund: 'livestock' },
      { account: 'bank', debit: '8000', subFund: 'fertiliser' },
      { account: 'grant-capital', credit: '8000', subFund: 'fertiliser' },
    ],
  });

  // Loans before January. L-1: 4,000 from livestock, 4 months, 1,040 a month from 15 Nov.
  books = issueLoan(books, {
    id: 'L-1',
    memberId: 'M-001',
    subFund: 'livestock',
    loan: flatLoan('4000', 4, '2023-10-15'),
  });
  books = receiveLoanPayment(books, {
    loanId: 'L-1',
    payment: { id: 'P-1', date: '2023-11-15', amount: '1040' },
  }).books;
  books = receiveLoanPayment(books, {
    loanId: 'L-1',
    payment: { id: 'P-2', date: '2023-12-15', amount: '1040' },
  }).books;
  // L-2: 6,000 from fertiliser, paid from the bank, 6 months, 1,060 a month from 1 Dec; never paid.
  books = issueLoan(books, {
    id: 'L-2',
    memberId: 'M-002',
    subFund: 'fertiliser',
    via: 'bank',
    loan: flatLoan('6000', 6, '2023-11-01'),
  });
  // L-4: 3,000 from general, 3 months, 1,030 a month from 5 Jan.
  books = issueLoan(books, {
    id: 'L-4',
    memberId: 'M-003',
    loan: flatLoan('3000', 3, '2023-12-05'),
  });
  books = closePeriod(books, '2023-12');

  // January 2024.
  const on = (date: string) => ({ date });
  for (const id of ['M-001', 'M-002', 'M-003']) {
    books = postEntry(
      books,
      depositEntry({
        id: `J-shares-${id}`,
        ...on('2024-01-05'),
        memberId: id,
        amount: '500',
        account: 'shares',
      }),
    );
  }
  books = receiveLoanPayment(books, {
    loanId: 'L-4',
    payment: { id: 'P-1', date: '2024-01-05', amount: '1030' },
  }).books;
  books = addMember(books, { id: 'M-004', name: 'มานี มานะ', joinedOn: '2024-01-08' });
  books = postEntry(
    books,
    depositEntry({
      id: 'J-shares-M-004',
      ...on('2024-01-08'),
      memberId: 'M-004',
      amount: '300',
      account: 'shares',
    }),
  );
  books = postEntry(books, {
    id: 'J-fee-M-004',
    date: '2024-01-08',
    memo: 'ค่าธรรมเนียมแรกเข้า',
    lines: [
      { account: 'cash', debit: '50' },
      { account: 'fees', credit: '50', memberId: 'M-004' },
    ],
  });
  books = issueLoan(books, {
    id: 'L-3',
    memberId: 'M-004',
    loan: flatLoan('5000', 5, '2024-01-10'),
  });
  books = postEntry(
    books,
    depositEntry({
      id: 'J-save-1',
      ...on('2024-01-12'),
      memberId: 'M-001',
      amount: '2000',
      via: 'bank',
    }),
  );
  books = postEntry(
    books,
    depositEntry({ id: 'J-save-2', ...on('2024-01-12'), memberId: 'M-002', amount: '1000' }),
  );
  books = reverseEntry(books, 'J-save-2', { date: '2024-01-13', memo: 'ลงผิด ฝากจริง 100 บาท' });
  books = postEntry(
    books,
    depositEntry({ id: 'J-save-3', ...on('2024-01-13'), memberId: 'M-002', amount: '100' }),
  );
  for (const id of ['M-001', 'M-002', 'M-003']) {
    books = postEntry(
      books,
      welfareContributionEntry({
        id: `J-welfare-${id}`,
        ...on('2024-01-15'),
        memberId: id,
        amount: '30',
      }),
    );
  }
  books = postEntry(
    books,
    welfarePaymentEntry({
      id: 'J-hospital',
      ...on('2024-01-18'),
      memberId: 'M-002',
      amount: '600',
    }),
  );
  books = recordLeaving(books, 'M-003', '2024-01-20');
  books = postEntry(
    books,
    withdrawalEntry({
      id: 'J-leave-M-003',
      ...on('2024-01-20'),
      memberId: 'M-003',
      amount: '10500',
      account: 'shares',
      via: 'bank',
    }),
  );
  books = postEntry(
    books,
    fineEntry({ id: 'J-fine', ...on('2024-01-22'), memberId: 'M-002', amount: '20' }),
  );
  books = postEntry(
    books,
    transferEntry({
      id: 'J-transfer',
      ...on('2024-01-25'),
      from: 'general',
      to: 'fertiliser',
      amount: '3000',
      via: 'bank',
    }),
  );
  books = postEntry(books, {
    id: 'J-meeting',
    date: '2024-01-28',
    lines: [
      { account: 'meeting-admin', debit: '150' },
      { account: 'cash', credit: '150' },
    ],
  });
  books = postEntry(books, {
    id: 'J-bank-interest',
    date: '2024-01-31',
    lines: [
      { account: 'bank', debit: '12.34' },
      { account: 'bank-interest', credit: '12.34' },
    ],
  });
  books = addMember(books, { id: 'M-005', name: 'ปิติ ยินดี', joinedOn: '2024-01-31' });

  // February: must not show in January's flows.
  books = postEntry(
    books,
    depositEntry({
      id: 'F-shares-M-001',
      ...on('2024-02-01'),
      memberId: 'M-001',
      amount: '500',
      account: 'shares',
    }),
  );
  return books;
}
