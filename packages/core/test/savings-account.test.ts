import { expect } from 'chai';
import fc from 'fast-check';
import { addDays } from '../src/dates/iso-date.js';
import {
  checkWithdrawal,
  savingsReasonMessage,
  type SavingsReason,
  type WithdrawalCheck,
} from '../src/savings/check-withdrawal.js';
import { PASSBOOK_CODE_LABELS, passbook } from '../src/savings/passbook.js';
import { postInterest } from '../src/savings/post-interest.js';
import {
  validateSavingsRules,
  VILLAGE_BANK_SAVINGS_RULES,
  type SavingsRules,
} from '../src/savings/savings-rules.js';
import type { SavingsAccount, SavingsTransaction } from '../src/savings/transactions.js';
import { satangToText, textToSatang } from './arbitraries.js';
import { expectSajjaError, rulesProblems } from './expect-sajja-error.js';

/** The `path: reason` of every problem validateSavingsRules reports for `rules`. */
const problemsOf = (rules: unknown): string[] =>
  rulesProblems(() => validateSavingsRules(rules)).map(({ path, reason }) => `${path}: ${reason}`);

describe('validateSavingsRules', () => {
  it('accepts the village bank preset and returns the rules', () => {
    expect(validateSavingsRules(VILLAGE_BANK_SAVINGS_RULES)).to.equal(VILLAGE_BANK_SAVINGS_RULES);
    expect(VILLAGE_BANK_SAVINGS_RULES).to.deep.include({
      ratePercentPerYear: '1',
      method: 'daily-balance',
      dayCount: 'actual/365',
      minimumBalance: '100',
    });
    expect(VILLAGE_BANK_SAVINGS_RULES.postingDates).to.deep.equal(['06-30', '12-31']);
    const full: SavingsRules = {
      tiers: {
        mode: 'by-band',
        bands: [
          { from: '0', ratePercentPerYear: '1' },
          { from: '100000', ratePercentPerYear: '1.5' },
        ],
      },
      method: 'minimum-monthly-balance',
      dayCount: 'actual/actual',
      postingDates: ['03-31', '06-30', '09-30', '12-31'],
      withdrawalLimit: { count: 2, per: 'month', feeBeyond: '10' },
      withdrawalFee: '0',
    };
    expect(validateSavingsRules(full)).to.equal(full);
  });

  it('reports every problem at once, each with its path', () => {
    expect(
      problemsOf({
        ratePercentPerYear: '-1',
        method: 'daily',
        dayCount: '30/360',
        postingDates: ['12-31', '6-30', '02-29', '06-30', '06-30', '13-01'],
        minimumBalance: '100.005',
        withdrawalLimit: { count: 1.5, per: 'week', feeBeyond: 'ten' },
        withdrawalFee: '-5',
      }),
    ).to.deep.equal([
      'ratePercentPerYear: below-minimum',
      'method: unknown-value',
      'dayCount: unknown-value',
      'postingDates[1]: invalid-posting-date',
      'postingDates[2]: invalid-posting-date',
      'postingDates[4]: unordered-posting-dates',
      'postingDates[5]: invalid-posting-date',
      'minimumBalance: not-an-amount',
      'withdrawalFee: below-minimum',
      'withdrawalLimit.count: not-a-whole-number',
      'withdrawalLimit.per: unknown-value',
      'withdrawalLimit.feeBeyond: not-an-amount',
    ]);
    // '06-30' after '12-31' in one list is out of order, as is a repeat.
    expect(
      problemsOf({ ...VILLAGE_BANK_SAVINGS_RULES, postingDates: ['12-31', '06-30'] }),
    ).to.deep.equal(['postingDates[1]: unordered-posting-dates']);
  });

  it('requires the fields a savings product cannot run without', () => {
    expect(problemsOf({})).to.deep.equal([
      'ratePercentPerYear: required',
      'method: required',
      'dayCount: required',
      'postingDates: required',
    ]);
    expect(problemsOf(null)).to.deep.equal([': not-an-object']);
    expect(problemsOf({ ...VILLAGE_BANK_SAVINGS_RULES, postingDates: [] })).to.deep.equal([
      'postingDates: no-posting-dates',
    ]);
  });

  it('checks tiers: mode, bands in increasing order, amounts and rates', () => {
    const { ratePercentPerYear: _rate, ...rest } = VILLAGE_BANK_SAVINGS_RULES;
    expect(problemsOf({ ...rest, tiers: { mode: 'flat', bands: [] } })).to.deep.equal([
      'tiers.mode: unknown-value',
      'tiers.bands: no-bands',
    ]);
    expect(
      problemsOf({
        ...rest,
        tiers: {
          mode: 'whole-balance',
          bands: [
            { from: '0', ratePercentPerYear: '1' },
            { from: '100000', ratePercentPerYear: '1.5' },
            { from: '50000', ratePercentPerYear: '2' },
            { from: '1e5' },
          ],
        },
      }),
    ).to.deep.equal([
      'tiers.bands[2].from: unordered-bands',
      'tiers.bands[3].from: not-an-amount',
      'tiers.bands[3].ratePercentPerYear: required',
    ]);
  });
});

describe('postInterest', () => {
  const rules = VILLAGE_BANK_SAVINGS_RULES;
  const account: SavingsAccount = {
    transactions: [
      { date: '2023-03-15', amount: '10000' },
      { date: '2023-09-01', amount: '-2000' },
    ],
  };

  it('posts a village bank year on 30 June and 31 December, the second compounding on the first', () => {
    // 15 Mar–30 Jun: 108 days × 10,000 × 1 % / 365 = 29.589… → 29.59.
    // 1 Jul–31 Dec: 62 days × 10,029.59 + 122 days × 8,029.59 = 1,601,444.56 balance-days
    // × 1 % / 365 = 43.875… → 43.88 (without the June interest: 1,596,000 → 43.73).
    expect(postInterest(account, rules, '2023-12-31')).to.deep.equal([
      { date: '2023-06-30', amount: '29.59', kind: 'interest' },
      { date: '2023-12-31', amount: '43.88', kind: 'interest' },
    ]);
  });

  it('never posts a date twice, and posts in steps what it posts at once', () => {
    const first = postInterest(account, rules, '2023-07-15');
    expect(first).to.deep.equal([{ date: '2023-06-30', amount: '29.59', kind: 'interest' }]);
    const afterJune = { transactions: [...account.transactions, ...first] };
    expect(postInterest(afterJune, rules, '2023-07-15')).to.deep.equal([]);
    const second = postInterest(afterJune, rules, '2023-12-31');
    expect(second).to.deep.equal([{ date: '2023-12-31', amount: '43.88', kind: 'interest' }]);
    const afterYear = { transactions: [...afterJune.transactions, ...second] };
    expect(postInterest(afterYear, rules, '2023-12-31')).to.deep.equal([]);
    expect(postInterest(afterYear, rules, '2024-06-29')).to.deep.equal([]);
    // 2024-01-01..06-30: 182 days × 8,073.47 × 1 % / 365 = 40.256… → 40.26.
    expect(postInterest(afterYear, rules, '2024-06-30')).to.deep.equal([
      { date: '2024-06-30', amount: '40.26', kind: 'interest' },
    ]);
  });

  it('treats interest already posted on a posting date as posted, whatever its amount', () => {
    const manual = {
      transactions: [
        ...account.transactions,
        { date: '2023-06-30', amount: '5.00', kind: 'interest' as const },
      ],
    };
    // 62 × 10,005 + 122 × 8,005 = 1,596,920 → × 1 % / 365 = 43.751… → 43.75.
    expect(postInterest(manual, rules, '2023-12-31')).to.deep.equal([
      { date: '2023-12-31', amount: '43.75', kind: 'interest' },
    ]);
  });

  it('starts from the first transaction and skips posting dates before it', () => {
    // Opened 1 August: 153 days to 31 December, 36,500 × 1 % × 153 / 365 = 153.00.
    expect(
      postInterest(
        { transactions: [{ date: '2023-08-01', amount: '36500' }] },
        rules,
        '2024-01-31',
      ),
    ).to.deep.equal([{ date: '2023-12-31', amount: '153.00', kind: 'interest' }]);
    // Opened on a posting date: that day earns, 1.00.
    expect(
      postInterest(
        { transactions: [{ date: '2023-06-30', amount: '36500' }] },
        rules,
        '2023-06-30',
      ),
    ).to.deep.equal([{ date: '2023-06-30', amount: '1.00', kind: 'interest' }]);
  });

  it('makes no transaction for zero interest, nor for an empty account', () => {
    expect(postInterest({ transactions: [] }, rules, '2023-12-31')).to.deep.equal([]);
    const small = { transactions: [{ date: '2023-06-29', amount: '1' }] };
    expect(postInterest(small, rules, '2023-12-31')).to.deep.equal([
      { date: '2023-12-31', amount: '0.01', kind: 'interest' },
    ]);
    expect(postInterest(small, { ...rules, ratePercentPerYear: '0' }, '2023-12-31')).to.deep.equal(
      [],
    );
  });

  it('uses the rules\u2019 method, day count and tiers', () => {
    const tiered: SavingsRules = {
      tiers: { mode: 'whole-balance', bands: [{ from: '0', ratePercentPerYear: '2' }] },
      method: 'daily-balance',
      dayCount: 'actual/actual',
      postingDates: ['12-31'],
    };
    // 2024 is a leap year: 36,600 × 2 % × 366 / 366 = 732.00.
    expect(
      postInterest(
        { transactions: [{ date: '2024-01-01', amount: '36600' }] },
        tiered,
        '2024-12-31',
      ),
    ).to.deep.equal([{ date: '2024-12-31', amount: '732.00', kind: 'interest' }]);
  });

  it('rejects bad rules and dates', () => {
    expectSajjaError(
      () => postInterest(account, { ...rules, postingDates: ['6-30'] }, '2023-12-31'),
      'RULES_INVALID',
      'invalid-posting-date',
    );
    expectSajjaError(
      () => postInterest(account, rules, '2023-12-32'),
      'INVALID_DATE',
      'no-such-day',
    );
  });

  it('posts the same credits run in two steps as run once', () => {
    const depositArb = fc.record({
      date: fc.integer({ min: 0, max: 700 }).map((n) => addDays('2023-01-01', n)),
      amount: fc.bigInt({ min: 1n, max: 10_000_000n }).map(satangToText),
    });
    fc.assert(
      fc.property(
        fc.array(depositArb, { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 0, max: 730 }),
        (deposits, cut) => {
          const once = postInterest({ transactions: deposits }, rules, '2024-12-31');
          const middle = addDays('2023-01-01', cut);
          const early = postInterest({ transactions: deposits }, rules, middle);
          const late = postInterest({ transactions: [...deposits, ...early] }, rules, '2024-12-31');
          expect([...early, ...late]).to.deep.equal(once);
          for (const credit of once) expect(textToSatang(credit.amount) > 0n).to.equal(true);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('checkWithdrawal', () => {
  const account: SavingsAccount = {
    transactions: [
      { date: '2024-01-05', amount: '1000' },
      { date: '2024-02-03', amount: '-100' },
      { date: '2024-02-10', amount: '-50' },
      { date: '2024-02-20', amount: '-20', kind: 'fee' },
      { date: '2024-03-01', amount: '-10' },
    ],
  };
  // Balance on 2024-02-25: 1,000 − 100 − 50 − 20 = 830.00; two withdrawals so far in February.
  const rules: SavingsRules = {
    ...VILLAGE_BANK_SAVINGS_RULES,
    withdrawalLimit: { count: 2, per: 'month' },
  };
  const codes = (check: WithdrawalCheck) => ({
    allowed: check.allowed,
    fee: check.fee.toString(),
    reasons: check.reasons.map((reason) => reason.code),
  });

  it('allows a withdrawal that leaves the minimum balance, free within the limit', () => {
    expect(codes(checkWithdrawal(account, '720', '2024-03-01', rules))).to.deep.equal({
      allowed: true,
      fee: '0.00',
      reasons: [],
    });
  });

  it('refuses more than the balance: INSUFFICIENT_FUNDS', () => {
    const check = checkWithdrawal(account, '830.01', '2024-03-02', VILLAGE_BANK_SAVINGS_RULES);
    // 3 March: the 1 March withdrawal counts, 820.00 left.
    expect(check.reasons).to.deep.equal([
      { code: 'INSUFFICIENT_FUNDS', details: { balance: '820.00', needed: '830.01' } },
    ]);
    expect(check.allowed).to.equal(false);
  });

  it('refuses to go below the minimum balance: BELOW_MINIMUM_BALANCE, saying what can be taken', () => {
    const check = checkWithdrawal(account, '730.01', '2024-03-01', rules);
    expect(check).to.deep.include({ allowed: false });
    expect(check.reasons).to.deep.equal([
      { code: 'BELOW_MINIMUM_BALANCE', details: { minimumBalance: '100.00', available: '720.00' } },
    ]);
  });

  it('refuses a withdrawal beyond the limit without a fee rule: WITHDRAWAL_LIMIT_REACHED', () => {
    const check = checkWithdrawal(account, '10', '2024-02-25', rules);
    expect(check.reasons).to.deep.equal([
      { code: 'WITHDRAWAL_LIMIT_REACHED', details: { count: 2, per: 'month', made: 2 } },
    ]);
    expect(check.allowed).to.equal(false);
    // The fee (kind 'fee') is not a withdrawal, nor is the one made after the day asked about.
    expect(checkWithdrawal(account, '10', '2024-02-09', rules).allowed).to.equal(true);
    // A new month starts a new count; a yearly limit counts the whole year.
    expect(checkWithdrawal(account, '10', '2024-03-02', rules).allowed).to.equal(true);
    const yearly: SavingsRules = { ...rules, withdrawalLimit: { count: 3, per: 'year' } };
    expect(codes(checkWithdrawal(account, '10', '2024-03-02', yearly)).reasons).to.deep.equal([
      'WITHDRAWAL_LIMIT_REACHED',
    ]);
  });

  it('allows a withdrawal beyond the limit with its fee: FEE_APPLIES, the fee out of the balance', () => {
    const withFee: SavingsRules = {
      ...VILLAGE_BANK_SAVINGS_RULES,
      withdrawalLimit: { count: 2, per: 'month', feeBeyond: '10' },
    };
    const check = checkWithdrawal(account, '720', '2024-02-25', withFee);
    expect(check.allowed).to.equal(true);
    expect(check.fee.toString()).to.equal('10.00');
    expect(check.reasons).to.deep.equal([
      { code: 'FEE_APPLIES', details: { fee: '10.00', basis: 'beyond-limit' } },
    ]);
    // 830 − 720.01 − 10 leaves 99.99: below the minimum because of the fee.
    expect(codes(checkWithdrawal(account, '720.01', '2024-02-25', withFee))).to.deep.equal({
      allowed: false,
      fee: '10.00',
      reasons: ['BELOW_MINIMUM_BALANCE', 'FEE_APPLIES'],
    });
    expect(
      checkWithdrawal(account, '720.01', '2024-02-25', withFee).reasons[0]!.details,
    ).to.deep.equal({
      minimumBalance: '100.00',
      available: '720.00',
    });
    // Within the limit, no fee.
    expect(codes(checkWithdrawal(account, '10', '2024-02-05', withFee)).fee).to.equal('0.00');
  });

  it('charges a per-withdrawal fee on every withdrawal, and both fees beyond the limit', () => {
    const both: SavingsRules = {
      ...rules,
      minimumBalance: undefined,
      withdrawalFee: '5',
      withdrawalLimit: { count: 2, per: 'month', feeBeyond: '10' },
    };
    expect(checkWithdrawal(account, '10', '2024-02-05', both).reasons).to.deep.equal([
      { code: 'FEE_APPLIES', details: { fee: '5.00', basis: 'per-withdrawal' } },
    ]);
    const beyond = checkWithdrawal(account, '815', '2024-02-25', both);
    expect(codes(beyond)).to.deep.equal({
      allowed: true,
      fee: '15.00',
      reasons: ['FEE_APPLIES', 'FEE_APPLIES'],
    });
    // 815.01 + 15 is more than 830: the fee counts toward what is needed.
    expect(checkWithdrawal(account, '815.01', '2024-02-25', both).reasons[0]).to.deep.equal({
      code: 'INSUFFICIENT_FUNDS',
      details: { balance: '830.00', needed: '830.01' },
    });
  });

  it('wants a positive amount and valid rules and dates', () => {
    expectSajjaError(
      () => checkWithdrawal(account, '0', '2024-03-01', rules),
      'INVALID_AMOUNT',
      'not-positive',
    );
    expectSajjaError(
      () => checkWithdrawal(account, '-5', '2024-03-01', rules),
      'INVALID_AMOUNT',
      'not-positive',
    );
    expectSajjaError(
      () => checkWithdrawal(account, 'abc', '2024-03-01', rules),
      'INVALID_AMOUNT',
      'not-a-number',
    );
    expectSajjaError(
      () => checkWithdrawal(account, '5', '2024-02-30', rules),
      'INVALID_DATE',
      'no-such-day',
    );
    expectSajjaError(
      () => checkWithdrawal(account, '5', '2024-03-01', { ...rules, minimumBalance: 'x' }),
      'RULES_INVALID',
      'not-an-amount',
    );
  });

  it('explains every reason in Thai and English', () => {
    const reasons: SavingsReason[] = [
      { code: 'INSUFFICIENT_FUNDS', details: { balance: '820.00', needed: '830.01' } },
      { code: 'BELOW_MINIMUM_BALANCE', details: { minimumBalance: '100.00', available: '720.00' } },
      { code: 'WITHDRAWAL_LIMIT_REACHED', details: { count: 2, per: 'month', made: 2 } },
      { code: 'WITHDRAWAL_LIMIT_REACHED', details: { count: 12, per: 'year', made: 12 } },
      { code: 'FEE_APPLIES', details: { fee: '10.00', basis: 'beyond-limit' } },
    ];
    expect(reasons.map((reason) => savingsReasonMessage(reason))).to.deep.equal([
      'เงินในบัญชีไม่พอ (คงเหลือ 820.00 บาท ต้องใช้ 830.01 บาท)',
      'ต้องคงเงินในบัญชีไว้อย่างน้อย 100.00 บาท ถอนได้ไม่เกิน 720.00 บาท',
      'ถอนเงินครบ 2 ครั้งต่อเดือนแล้ว',
      'ถอนเงินครบ 12 ครั้งต่อปีแล้ว',
      'มีค่าธรรมเนียมการถอน 10.00 บาท',
    ]);
    expect(reasons.map((reason) => savingsReasonMessage(reason, 'en'))).to.deep.equal([
      'Not enough money in the account: the balance is 820.00 baht and 830.01 baht is needed.',
      'The account must keep at least 100.00 baht; at most 720.00 baht can be withdrawn.',
      'The withdrawal limit (2 a month) has been reached.',
      'The withdrawal limit (12 a year) has been reached.',
      'A withdrawal fee of 10.00 baht applies.',
    ]);
  });
});

describe('passbook', () => {
  it('lists movements oldest first with a running balance, in the right columns', () => {
    const transactions: SavingsTransaction[] = [
      { date: '2024-06-30', amount: '12.34', kind: 'interest' },
      { date: '2024-01-05', amount: '1000' },
      { date: '2024-03-01', amount: '-200' },
      { date: '2024-03-01', amount: '-10', kind: 'fee' },
      { date: '2024-03-01', amount: '50' },
      { date: '2024-12-31', amount: '25.50', kind: 'dividend' },
    ];
    const lines = passbook(transactions).map((line) => ({
      date: line.date,
      code: line.code,
      deposit: line.deposit?.toString() ?? null,
      withdrawal: line.withdrawal?.toString() ?? null,
      balance: line.balance.toString(),
    }));
    expect(lines).to.deep.equal([
      {
        date: '2024-01-05',
        code: 'deposit',
        deposit: '1000.00',
        withdrawal: null,
        balance: '1000.00',
      },
      {
        date: '2024-03-01',
        code: 'withdrawal',
        deposit: null,
        withdrawal: '200.00',
        balance: '800.00',
      },
      { date: '2024-03-01', code: 'fee', deposit: null, withdrawal: '10.00', balance: '790.00' },
      {
        date: '2024-03-01',
        code: 'deposit',
        deposit: '50.00',
        withdrawal: null,
        balance: '840.00',
      },
      {
        date: '2024-06-30',
        code: 'interest',
        deposit: '12.34',
        withdrawal: null,
        balance: '852.34',
      },
      {
        date: '2024-12-31',
        code: 'dividend',
        deposit: '25.50',
        withdrawal: null,
        balance: '877.84',
      },
    ]);
  });

  it('ends on the account balance and keeps same-day lines in the order given', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            date: fc.constantFrom('2024-01-01', '2024-01-02', '2024-01-03'),
            amount: fc.bigInt({ min: -100_000n, max: 100_000n }).map(satangToText),
          }),
        ),
        (transactions) => {
          const lines = passbook(transactions);
          const total = transactions.reduce((sum, t) => sum + textToSatang(t.amount as string), 0n);
          expect(lines.at(-1)?.balance.toString() ?? '0.00').to.equal(satangToText(total));
          const expected = ['2024-01-01', '2024-01-02', '2024-01-03'].flatMap((date) =>
            transactions
              .filter((t) => t.date === date)
              .map((t) => satangToText(textToSatang(t.amount as string))),
          );
          expect(
            lines.map((line) => (line.deposit ?? line.withdrawal!.negated()).toString()),
          ).to.deep.equal(expected);
        },
      ),
    );
  });

  it('puts a zero fee or withdrawal in the withdrawal column, and rejects bad dates', () => {
    const [fee, deposit] = passbook([
      { date: '2024-01-01', amount: '0', kind: 'fee' },
      { date: '2024-01-01', amount: '0' },
    ]);
    expect([fee?.withdrawal?.toString(), fee?.deposit]).to.deep.equal(['0.00', null]);
    expect([deposit?.deposit?.toString(), deposit?.withdrawal]).to.deep.equal(['0.00', null]);
    expectSajjaError(
      () => passbook([{ date: '2024-1-1', amount: '1' }]),
      'INVALID_DATE',
      'not-a-date',
    );
  });

  it('labels every code in Thai and English', () => {
    expect(PASSBOOK_CODE_LABELS).to.deep.equal({
      deposit: { th: 'ฝาก', en: 'Deposit' },
      withdrawal: { th: 'ถอน', en: 'Withdrawal' },
      interest: { th: 'ดอกเบี้ย', en: 'Interest' },
      fee: { th: 'ค่าธรรมเนียม', en: 'Fee' },
      dividend: { th: 'เงินปันผล', en: 'Dividend' },
    });
  });
});
