import { expect } from 'chai';
import {
  allocate,
  errorMessage,
  parseMoney,
  problemMessage,
  raisedWith,
  SajjaError,
  type InvalidAmountReason,
  type Sentences,
} from '../src/index.js';
import { BOOKS_SENTENCES } from '../src/books/books-sentences.js';
import { CHAIN_SENTENCES } from '../src/books/audit-chain-sentences.js';
import { COMMON_SENTENCES } from '../src/errors/common-sentences.js';
import { DATE_SENTENCES } from '../src/dates/date-sentences.js';
import { PROBLEM_SENTENCES } from '../src/errors/problem-sentences.js';
import { LOAN_SENTENCES } from '../src/loans/loan-sentences.js';
import { loanTermsFromRules, SAJJA_GROUP_LOAN_RULES } from '../src/loans/index.js';
import { AMOUNT_SENTENCES, MONEY_ARGUMENT_SENTENCES } from '../src/money/money-sentences.js';
import { TYPED_AMOUNT_SENTENCES } from '../src/money/parse-money-sentences.js';
import { SAVINGS_SENTENCES } from '../src/savings/savings-sentences.js';
import { PROMPTPAY_SENTENCES } from '../src/promptpay/promptpay-sentences.js';
import { WELFARE_SENTENCES } from '../src/welfare/welfare-sentences.js';
import { YEAR_END_SENTENCES } from '../src/year-end/year-end-sentences.js';
import { allocateProfit, SAJJA_TRAT_PROFIT_BUCKETS } from '../src/year-end/index.js';
import { expectSajjaError } from './expect-sajja-error.js';

const TABLES: Record<string, Readonly<Record<string, Sentences>>> = {
  COMMON_SENTENCES,
  PROBLEM_SENTENCES,
  AMOUNT_SENTENCES,
  TYPED_AMOUNT_SENTENCES,
  MONEY_ARGUMENT_SENTENCES,
  DATE_SENTENCES,
  LOAN_SENTENCES,
  SAVINGS_SENTENCES,
  WELFARE_SENTENCES,
  YEAR_END_SENTENCES,
  BOOKS_SENTENCES,
  CHAIN_SENTENCES,
  PROMPTPAY_SENTENCES,
};

/** Values that are English codes (`income`, `expense`), which a Thai sentence does not quote. */
const THAI_LEAVES_OUT = ['kind', 'categoryKind'];

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!).sort();

describe('error sentences beside their domains', () => {
  it('have a Thai and an English sentence for every reason, with the same placeholders', () => {
    for (const [name, table] of Object.entries(TABLES)) {
      for (const [reason, sentences] of Object.entries(table)) {
        const where = `${name}[${reason}]`;
        expect(sentences.th, where).to.match(/[\u0E00-\u0E7F]/);
        expect(sentences.en, where).to.match(/^[^\u0E00-\u0E7F]+$/);
        const thai = placeholders(sentences.th);
        const english = placeholders(sentences.en);
        expect(english, where).to.include.members(thai);
        // The Thai may leave out a value only an English code would give (an entry's kind).
        const leftOut = english.filter((name) => !thai.includes(name));
        expect(leftOut, where).to.satisfy((names: string[]) =>
          names.every((name) => THAI_LEAVES_OUT.includes(name)),
        );
      }
    }
  });

  it('give each reason its sentences in one place only (a domain keeps what only it raises)', () => {
    const shared = new Set(Object.keys(COMMON_SENTENCES));
    const codeOf = (table: string): string =>
      table === 'AMOUNT_SENTENCES' || table === 'TYPED_AMOUNT_SENTENCES'
        ? 'INVALID_AMOUNT'
        : table === 'DATE_SENTENCES'
          ? 'INVALID_DATE'
          : 'INVALID_ARGUMENT';
    const domainTables = Object.entries(TABLES).filter(
      ([name]) => !['COMMON_SENTENCES', 'PROBLEM_SENTENCES'].includes(name),
    );
    const seen = new Map<string, string>();
    for (const [name, table] of domainTables) {
      for (const reason of Object.keys(table)) {
        const key = `${codeOf(name)}/${reason}`;
        expect(shared.has(key), `${name}[${reason}] is also shared`).to.equal(false);
        expect(seen.get(key), `${key} in ${name} and ${seen.get(key)}`).to.equal(undefined);
        seen.set(key, name);
      }
    }
  });

  it('travel with the errors a domain raises, and errorMessage shows them', () => {
    const loan = expectSajjaError(
      () =>
        loanTermsFromRules(SAJJA_GROUP_LOAN_RULES, {
          principal: '1000',
          disbursedOn: '2024-01-01',
          termMonths: 13,
        }),
      'INVALID_ARGUMENT',
      'term-above-rules',
    );
    expect(loan.sentences).to.equal(LOAN_SENTENCES['term-above-rules']);
    expect(errorMessage(loan, 'en')).to.equal(
      'The term cannot be longer than the 12 months the fund’s rules allow.',
    );

    const amount = expectSajjaError(
      () => parseMoney('1.234'),
      'INVALID_AMOUNT',
      'too-many-decimals',
    );
    expect(amount.sentences).to.equal(AMOUNT_SENTENCES['too-many-decimals']);
    const typed = expectSajjaError(
      () => parseMoney('1,23,4'),
      'INVALID_AMOUNT',
      'misplaced-separator',
    );
    expect(typed.sentences).to.equal(TYPED_AMOUNT_SENTENCES['misplaced-separator']);
    expect(errorMessage(amount, 'th')).to.equal('จำนวนเงินมีทศนิยมได้ไม่เกิน 2 ตำแหน่ง (สตางค์)');

    const weights = expectSajjaError(
      () => allocate('10', ['-1', '2']),
      'INVALID_ARGUMENT',
      'negative-weight',
    );
    expect(weights.sentences).to.equal(MONEY_ARGUMENT_SENTENCES['negative-weight']);

    const loss = expectSajjaError(
      () => allocateProfit('-5000.50', SAJJA_TRAT_PROFIT_BUCKETS),
      'INVALID_ARGUMENT',
      'net-loss',
    );
    expect(loss.sentences).to.equal(YEAR_END_SENTENCES['net-loss']);
    expect(errorMessage(loss, 'th')).to.not.equal(COMMON_SENTENCES.INVALID_ARGUMENT.th);
  });

  it('leave a shared reason to errorMessage, which finds it by code and reason', () => {
    const unknown = expectSajjaError(
      () => parseMoney('1', { maxDecimal: 2 } as never),
      'INVALID_ARGUMENT',
      'unknown-option',
    );
    expect(unknown.sentences).to.equal(undefined);
    expect(errorMessage(unknown, 'en')).to.equal(
      'There is no option called maxDecimal (it may be misspelt).',
    );
    const byHand = new SajjaError('STORAGE_FULL', 'quota-exceeded', 'full');
    expect(errorMessage(byHand, 'th')).to.equal(
      errorMessage(new SajjaError('STORAGE_FULL', 'quota-exceeded', 'again'), 'th'),
    );
    expect(errorMessage(byHand, 'th')).to.not.equal(COMMON_SENTENCES.STORAGE_FULL.th);
  });

  it('let an application raise its own errors with its own words (raisedWith)', () => {
    const table = {
      'invalid-loan': { th: 'เงินกู้ {id} ไม่ถูกต้อง', en: 'Loan {id} is not valid.' },
    };
    const error = raisedWith(table, 'INVALID_ARGUMENT', 'invalid-loan', 'Loan L-1 is bad.', {
      details: { id: 'L-1' },
    });
    expect(error).to.be.instanceOf(SajjaError);
    expect(errorMessage(error, 'en')).to.equal('Loan L-1 is not valid.');
    // A reason the table does not have is a shared one: its sentences come from the code.
    const shared = raisedWith(table, 'INVALID_ARGUMENT', 'not-a-list', 'Not a list.');
    expect(shared.sentences).to.equal(undefined);
    expect(errorMessage(shared, 'en')).to.equal(
      errorMessage(new SajjaError('INVALID_ARGUMENT', 'not-a-list', ''), 'en'),
    );
    expectSajjaError(
      () => raisedWith({ x: { th: 1 } } as never, 'INVALID_ARGUMENT', 'x' as never, 'm'),
      'INVALID_ARGUMENT',
      'invalid-option',
    );
    expectSajjaError(
      () => raisedWith(table, 'NO_SUCH_CODE' as never, 'x' as never, 'm'),
      'INVALID_ARGUMENT',
      'invalid-option',
    );
  });

  it('write ISO dates and months in Thai sentences in the Buddhist Era, never the ISO text', () => {
    const payment = new SajjaError('INVALID_ARGUMENT', 'unknown-payment', 'No payment.', {
      details: { id: 'P-1', date: '2024-01-15' },
    });
    expect(errorMessage(payment, 'th')).to.equal(
      'ไม่พบรายการชำระ P-1 ในหรือก่อนวันที่ 15 ม.ค. 2567 ที่จะกลับรายการได้',
    );
    expect(errorMessage(payment, 'en')).to.equal(
      'There is no payment P-1 on or before 2024-01-15 to reverse.',
    );
    const closed = raisedWith(BOOKS_SENTENCES, 'INVALID_ARGUMENT', 'period-closed', 'Closed.', {
      details: { month: '2024-01', closedThrough: '2024-12' },
    });
    expect(errorMessage(closed, 'th')).to.equal(
      'ปิดบัญชีเดือน 01/2567 แล้ว (ปิดถึงเดือน 12/2567) ให้บันทึกรายการกลับในเดือนที่ยังเปิดอยู่',
    );
    expect(
      problemMessage(
        { path: 'leftOn', reason: 'left-before-joined', details: { joinedOn: '2020-02-29' } },
        'th',
      ),
    ).to.equal('วันที่ลาออกต้องไม่ก่อนวันที่เข้าเป็นสมาชิก (29 ก.พ. 2563)');
    // Text that only looks like a date (no such month) and ids stay as they are.
    const notADate = new SajjaError('INVALID_ARGUMENT', 'duplicate-id', 'Used.', {
      details: { id: '2024-13' },
    });
    expect(errorMessage(notADate, 'th')).to.equal('รหัส 2024-13 ถูกใช้แล้ว');
  });

  it('type each reason as a union per code, so a mistyped reason does not compile', () => {
    const reason: InvalidAmountReason = 'too-many-decimals';
    expect(new SajjaError('INVALID_AMOUNT', reason, 'x').reason).to.equal('too-many-decimals');
    // The lines below are checked by `pnpm typecheck` (tsc over the tests): each must fail.
    // @ts-expect-error: 'too-many-decimal' is not a reason of INVALID_AMOUNT.
    const typo: InvalidAmountReason = 'too-many-decimal';
    // @ts-expect-error: 'no-such-day' is a reason of INVALID_DATE, not of INVALID_AMOUNT.
    const wrongCode = new SajjaError('INVALID_AMOUNT', 'no-such-day', 'x');
    // @ts-expect-error: a domain's table must have every reason of its union.
    const incomplete: { readonly [R in keyof typeof LOAN_SENTENCES]: Sentences } = {
      'term-above-rules': LOAN_SENTENCES['term-above-rules'],
    };
    expect([typo, wrongCode.code, Object.keys(incomplete).length]).to.have.length(3);
  });
});
