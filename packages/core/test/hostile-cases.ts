import fc from 'fast-check';
import * as core from '../src/index.js';
import * as savings from '../src/savings/index.js';
import * as welfare from '../src/welfare/index.js';
import * as loans from '../src/loans/index.js';
import * as ledger from '../src/ledger/index.js';
import * as books from '../src/books/index.js';
import * as yearEnd from '../src/year-end/index.js';
import * as reportHtml from '../src/report-html/index.js';
import * as promptpay from '../src/promptpay/index.js';
import { sampleGroup } from './monthly-report-sample.js';

/*
 * What the hostile-input suite (`hostile-input.test.ts`) and its benchmark
 * (`bench/hostile-input.mjs`) share: every public function of every entry point, a valid call
 * of each (`samples`), the hostile values fed to them, and how a call is made and judged. The
 * suite asserts that each call throws a SajjaError or returns its usual kind of result, with a
 * hang guard; the benchmark times the same calls against issue 16's goal of 50 ms a call.
 */

export const ENTRIES: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  '@sajja/core': core,
  '@sajja/core/savings': savings,
  '@sajja/core/welfare': welfare,
  '@sajja/core/loans': loans,
  '@sajja/core/ledger': ledger,
  '@sajja/core/books': books,
  '@sajja/core/year-end': yearEnd,
  '@sajja/core/report-html': reportHtml,
  '@sajja/core/promptpay': promptpay,
};

/** Exports that are not functions to call: constants, and the two classes. */
export const NOT_CALLED = new Set([
  // Classes: Money is made by money() and parseMoney(), SajjaError is thrown, not called.
  'Money',
  'SajjaError',
  'BUDDHIST_ERA_OFFSET',
  'MAX_AMOUNT_LENGTH',
  'MAX_FACTOR_LENGTH',
  'MAX_DECIMAL_LENGTH',
  'MAX_MONEY_DIGITS',
  'MAX_TYPED_DIGITS',
  'MAX_NOTE_LENGTH',
  'MAX_SLIP_REFERENCE_LENGTH',
  'DEFAULT_STORE_NAME',
  'ROUNDING_MODES',
  'THAI_MONTH_ABBREVIATIONS',
  'THAI_MONTH_NAMES',
  'COOPERATIVE_DIVIDEND_CAP_PERCENT',
  'COOPERATIVE_SHARE_RULES',
  'DAY_COUNTS',
  'DISCIPLINE_FORMULA',
  'DIVIDEND_WEIGHTINGS',
  'INTEREST_METHODS',
  'PASSBOOK_CODE_LABELS',
  'SAJJA_PLEDGE_RULES',
  'TIER_MODES',
  'VILLAGE_BANK_SAVINGS_RULES',
  'WITHDRAWAL_PERIODS',
  'BENEFIT_TYPES',
  'CHAMUNG_WELFARE_RULES',
  'DEFAULT_ARREARS_GRACE_DAYS',
  'EXAMPLE_CLAIM_RATES',
  'FUNERAL_AID_EXAMPLE_RULES',
  'FUNERAL_AID_LEGAL_CAPS',
  'WELFARE_BENEFIT_LABELS',
  'AGEING_BUCKETS',
  'COOPERATIVE_LOAN_RULES',
  'DEFAULT_ALLOCATION_ORDER',
  'DEFAULT_PENALTY_RULE',
  'EARLY_PAYMENT_RULES',
  'LEGAL_INTEREST_CAP_PERCENT',
  'LOAN_DAY_COUNTS',
  'LOAN_METHODS',
  'ROUND_PAYMENT_MODES',
  'LOAN_ROUNDING_MODES',
  'FLAT_INTEREST_RULES',
  'REPAY_UNITS',
  'PAYMENT_TIMINGS',
  'LEVEL_PAYMENT_RULES',
  'MAX_INSTALLMENTS',
  'MAX_SIMULATION_MONTHS',
  'MAX_TERM_MONTHS',
  'PENALTY_KINDS',
  'PREPAYMENT_RULES',
  'REPAYMENT_PARTS',
  'SAJJA_GROUP_LOAN_RULES',
  'VILLAGE_FUND_LOAN_RULES',
  'LEDGER_CATEGORIES',
  'LEDGER_CSV_COLUMNS',
  'LEDGER_ENTRY_KINDS',
  'MAX_LEDGER_NOTE_LENGTH',
  'MAX_UNITS_PER_CHARACTER',
  'ACCOUNT_ROLE_TYPES',
  'ACCOUNT_TYPES',
  'ARREARS_BUCKETS',
  'DEFAULT_CHART_OF_ACCOUNTS',
  'GENERAL_SUB_FUND',
  'GENESIS_HASH',
  'TRAT_SUB_FUNDS',
  'COOPERATIVE_PROFIT_BUCKETS',
  'PROFIT_BUCKET_LABELS',
  'SAJJA_TRAT_PROFIT_BUCKETS',
  'VILLAGE_FUND_PROFIT_BUCKETS',
  'PROMPTPAY_NAME_MAX',
]);

export type Path = ReadonlyArray<string | number>;

/** A valid call, and where in its arguments the options (terms, rules) objects are. */
export interface Sample {
  readonly args: readonly unknown[];
  /** Paths into `args` of objects whose unknown keys must be refused. */
  readonly options?: readonly Path[];
  /** Arguments made by the library itself (books), broken only as a whole. */
  readonly opaque?: readonly number[];
  /**
   * The result holds what was given, unchecked: entries returned as given, or an entry built
   * for `postEntry` to check.
   */
  readonly passThrough?: boolean;
}

// --- Hostile values ------------------------------------------------------------------------

const circular: Record<string, unknown> = { id: 'c', amount: '1' };
circular.self = circular;
const circularList: unknown[] = ['2024-01-01'];
circularList.push(circularList);
let deepObject: unknown = { date: '2024-01-01' };
for (let level = 0; level < 20_000; level++) deepObject = { inner: deepObject };
let deepList: unknown = [];
for (let level = 0; level < 20_000; level++) deepList = [deepList];
const bare = Object.assign(Object.create(null) as object, { date: '2024-01-01', amount: '1' });
const holes = [undefined, 1, 2].map((value) => value);
delete holes[0];

/** Fixed hostile values; `fc.anything()` and friends add random ones. */
export const HOSTILE: readonly unknown[] = [
  undefined,
  null,
  true,
  0,
  -0,
  -1,
  1.5,
  NaN,
  Infinity,
  -Infinity,
  1e308,
  Number.MAX_SAFE_INTEGER,
  2 ** 53 + 2,
  10n ** 30n,
  Symbol('hostile'),
  '',
  ' ',
  'abc',
  '9'.repeat(200_000),
  `1.${'1'.repeat(200_000)}`,
  '2024-02-30',
  '2024-01-01',
  '9999-12-31',
  '0001-01-01',
  {},
  [],
  circular,
  circularList,
  deepObject,
  deepList,
  holes,
  new Array(5),
  new Array(2 ** 32 - 1),
  bare,
  () => '1',
  new Date(Number.NaN),
  new Map([['a', 1]]),
  [null],
  [undefined],
  [circular],
  [{ date: '2024-01-01', amount: '1' }],
  Object.freeze({ toString: () => '1' }),
  { valueOf: () => 1 },
];

/** A value that breaks a type, in any of the ways above or at random. */
export const hostile: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE) },
  {
    weight: 1,
    arbitrary: fc.anything({
      withBigInt: true,
      withNullPrototype: true,
      withSparseArray: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withTypedArray: true,
      maxDepth: 3,
    }),
  },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
);

// --- Valid calls ---------------------------------------------------------------------------

const entry = {
  id: 'e1',
  date: '2024-03-05',
  kind: 'expense',
  category: 'food',
  amount: '120.50',
};
const terms = {
  principal: '10000',
  rate: { percent: '1', per: 'month' },
  termMonths: 12,
  method: 'declining',
  disbursedOn: '2024-01-31',
  roundPaymentTo: '10',
};
const loan = { terms };
const group = sampleGroup();
const report = books.monthlyReport(group, '2024-01');
const movement = { id: 'd1', date: '2024-01-05', memberId: 'M-001', amount: '100' };
const pledge = savings.pledgeStatus(
  { rules: savings.SAJJA_PLEDGE_RULES, startMonth: '2024-01' },
  [{ date: '2024-01-05', amount: '100' }],
  '2024-03-31',
);
const interestSample = {
  transactions: [{ date: '2023-01-01', amount: '36500' }],
  from: '2023-01-01',
  to: '2023-12-31',
  method: 'daily-balance',
  dayCount: 'actual/365',
};

/** A chain and its checkpoint, made before the tests run: the audit chain is asynchronous. */
export const chain: { chained: unknown[]; checkpoint: books.ChainCheckpoint | undefined } = {
  chained: [],
  checkpoint: undefined,
};

export const samples: Readonly<Record<string, readonly Sample[]>> = {
  addDays: [{ args: ['2024-01-31', 1] }],
  addMonths: [{ args: ['2024-01-31', 1] }],
  allocate: [{ args: ['100', [1, 2]] }],
  assertIsoDate: [{ args: ['2024-02-29', 'date'] }],
  bahtText: [{ args: ['1234.50'] }, { args: ['1234.50', { ed: 'sheets' }], options: [[1]] }],
  compareIsoDates: [{ args: ['2024-01-01', '2024-01-02'] }],
  daysBetween: [{ args: ['2024-01-01', '2024-03-01'] }],
  daysInMonth: [{ args: [2024, 2] }],
  errorMessage: [{ args: [new core.SajjaError('INVALID_AMOUNT', 'empty', 'Empty.'), 'en'] }],
  graphemeLength: [{ args: ['ข้าว 🇹🇭'] }],
  displayColumns: [{ args: ['กลุ่มสัจจะ'] }],
  tooManyCharacters: [{ args: ['ข้าว 🇹🇭', 500] }],
  formatCsv: [
    {
      args: [
        [
          ['a', '=b'],
          ['c', 'd'],
        ],
        { bom: true },
      ],
      options: [[1]],
    },
  ],
  formatMoney: [
    { args: ['1234.5'] },
    { args: ['1234.5', { digits: 'thai', grouping: false, currency: 'word' }], options: [[1]] },
  ],
  formatThaiDate: [{ args: ['2024-01-15', { style: 'long', digits: 'thai' }], options: [[1]] }],
  fromThaiDigits: [{ args: ['๑๒'] }],
  isIsoDate: [{ args: ['2024-01-01'] }],
  isLeapYear: [{ args: [2024] }],
  isMoney: [{ args: [core.money('1')] }],
  isSajjaError: [
    { args: [new core.SajjaError('INVALID_DATE', 'x' as never, 'x'), 'INVALID_DATE'] },
  ],
  localToday: [{ args: [new Date(2024, 0, 15)] }],
  raisedWith: [
    {
      args: [{ 'invalid-loan': { th: 'ก', en: 'A' } }, 'INVALID_ARGUMENT', 'invalid-loan', 'm'],
    },
  ],
  money: [{ args: ['12.50'] }, { args: ['12.505', { rounding: 'half-up' }], options: [[1]] }],
  parseCsv: [{ args: ['a,b\r\nc,"d, e"\r\n'] }],
  parseMoney: [
    { args: ['1,234.50'] },
    { args: ['1,234.505', { rounding: 'half-even' }], options: [[1]] },
  ],
  parseThaiDate: [{ args: ['15/01/2567'] }],
  problemMessage: [{ args: [{ path: 'x', reason: 'below-minimum', details: { min: 1 } }, 'en'] }],
  reversalProblem: [{ args: [{ reverses: 'a' }, 0] }, { args: [{}, 1] }, { args: [{}, 0] }],
  ruleWarningMessage: [
    {
      args: [
        {
          code: 'INTEREST_ABOVE_LEGAL_CAP',
          path: 'rate.percent',
          details: { rate: '24', cap: '15' },
        },
        'en',
      ],
    },
  ],
  satangOf: [{ args: ['12.34'] }],
  satangText: [{ args: [1234n] }],
  sum: [{ args: [['1', '2.50']] }],
  toBuddhistYear: [{ args: ['2024-01-01'] }],
  toThaiDigits: [{ args: ['12'] }],
  unguardCsvCell: [{ args: ["'=1"] }],

  accountBalance: [{ args: [[{ date: '2024-01-05', amount: '100' }], '2024-12-31'] }],
  checkWithdrawal: [
    {
      args: [
        { transactions: [{ date: '2024-01-05', amount: '1000' }] },
        '100',
        '2024-02-01',
        { ...savings.VILLAGE_BANK_SAVINGS_RULES, withdrawalLimit: { count: 2, per: 'month' } },
      ],
      options: [[3], [3, 'withdrawalLimit']],
    },
  ],
  disciplineScore: [
    {
      args: [
        {
          pledges: [pledge],
          ledgerDays: ['2024-01-03', '2024-02-03'],
          period: { from: '2024-01-01', to: '2024-03-31' },
        },
      ],
      options: [[0], [0, 'period']],
    },
  ],
  dividendWarnings: [{ args: ['12'] }],
  lastTwelveMonths: [{ args: ['2024-06-15'] }],
  passbook: [
    {
      args: [
        [
          { date: '2024-01-05', amount: '100' },
          { date: '2024-02-05', amount: '-30' },
        ],
      ],
    },
  ],
  pledgeStartMonth: [{ args: ['2024-01-10', 5] }],
  pledgeStatus: [
    {
      args: [
        {
          rules: { ...savings.SAJJA_PLEDGE_RULES, fines: { perLateMonth: '5' } },
          startMonth: '2024-01',
        },
        [{ date: '2024-01-05', amount: '100' }],
        '2024-03-31',
      ],
      options: [
        [0, 'rules'],
        [0, 'rules', 'fines'],
      ],
    },
  ],
  postInterest: [
    {
      args: [
        { transactions: [{ date: '2024-01-01', amount: '36500' }] },
        savings.VILLAGE_BANK_SAVINGS_RULES,
        '2024-12-31',
      ],
      options: [[1]],
    },
  ],
  savingsByMonth: [
    { args: [[{ date: '2024-01-05', kind: 'deposit', amount: '100' }], '2024-06-30'] },
  ],
  savingsInterest: [
    { args: [{ ...interestSample, ratePercentPerYear: '1' }], options: [[0]] },
    {
      args: [
        {
          ...interestSample,
          tiers: {
            mode: 'by-band',
            bands: [
              { from: '0', ratePercentPerYear: '1' },
              { from: '10000', ratePercentPerYear: '2' },
            ],
          },
        },
      ],
      options: [[0], [0, 'tiers'], [0, 'tiers', 'bands', 1]],
    },
  ],
  savingsReasonMessage: [
    { args: [{ code: 'INSUFFICIENT_FUNDS', details: { balance: '1', needed: '2' } }, 'en'] },
  ],
  shareDividend: [
    {
      args: [
        {
          openingBalance: '1000',
          contributions: [{ date: '2024-03-01', amount: '100' }],
          ratePercent: '6',
          fiscalYearStart: '2024-01-01',
          weighting: 'remaining-months',
        },
      ],
      options: [[0]],
    },
  ],
  shareRulesWarnings: [
    { args: [{ ...savings.COOPERATIVE_SHARE_RULES, ratePercent: '12' }], options: [[0]] },
  ],
  sharesFor: [{ args: ['1005', savings.COOPERATIVE_SHARE_RULES], options: [[1]] }],
  validatePledgeRules: [
    {
      args: [{ ...savings.SAJJA_PLEDGE_RULES, fines: { perMissedMonth: '10' } }],
      options: [[0], [0, 'fines']],
    },
  ],
  validateSavingsRules: [
    {
      args: [
        { ...savings.VILLAGE_BANK_SAVINGS_RULES, withdrawalLimit: { count: 2, per: 'month' } },
      ],
      options: [[0], [0, 'withdrawalLimit']],
    },
  ],
  validateShareRules: [{ args: [savings.COOPERATIVE_SHARE_RULES], options: [[0]] }],

  benefitsStartOn: [{ args: ['2024-01-01', 180] }],
  completedYears: [{ args: ['2020-01-15', '2024-06-01'] }],
  contributionsDue: [
    {
      args: [{ joinedOn: '2024-01-01' }, welfare.CHAMUNG_WELFARE_RULES, '2024-06-30'],
      options: [[1]],
    },
  ],
  funeralAidMemberCharges: [
    {
      args: [welfare.FUNERAL_AID_EXAMPLE_RULES, { months: 3, deaths: 2, joining: true }],
      options: [[0], [0, 'upkeep'], [1]],
    },
  ],
  funeralAidPayout: [
    {
      args: [{ rules: welfare.FUNERAL_AID_EXAMPLE_RULES, payingMembers: 100, deaths: 2 }],
      options: [[0], [0, 'rules']],
    },
  ],
  matchingFunds: [
    {
      args: [
        {
          memberContributions: '36500',
          ratios: { member: 65, localGovernment: '3', centralGovernment: 24 },
        },
      ],
      options: [[0], [0, 'ratios']],
    },
  ],
  projectWelfareFund: [
    {
      args: [
        {
          members: [100, 110, 120],
          rules: welfare.CHAMUNG_WELFARE_RULES,
          claimRates: welfare.EXAMPLE_CLAIM_RATES,
          years: 3,
          opening: '10000',
          matching: { member: 1, localGovernment: 1, centralGovernment: 1 },
        },
      ],
      options: [[0], [0, 'claimRates', 'hospital'], [0, 'matching'], [0, 'rules']],
    },
  ],
  validateFuneralAidRules: [
    { args: [welfare.FUNERAL_AID_EXAMPLE_RULES], options: [[0], [0, 'upkeep']] },
  ],
  validateWelfareRules: [
    {
      args: [welfare.CHAMUNG_WELFARE_RULES],
      options: [
        [0],
        [0, 'contribution'],
        [0, 'benefits', 'hospital'],
        [0, 'benefits', 'death', 'steps', 2],
      ],
    },
  ],
  welfareBenefit: [
    {
      args: [
        welfare.CHAMUNG_WELFARE_RULES,
        { joinedOn: '2020-01-15' },
        { kind: 'hospital', date: '2025-03-02', units: 4 },
        [{ kind: 'hospital', date: '2025-01-02', amount: '200' }],
      ],
      options: [[0]],
    },
  ],
  welfareReasonMessage: [
    { args: [{ code: 'WAITING_PERIOD', details: { eligibleFrom: '2024-07-01' } }, 'en'] },
  ],

  ageingBucket: [{ args: [45] }],
  applyPayment: [
    {
      args: [loan, { id: 'p1', date: '2024-02-29', amount: '900' }, '2024-02-29'],
      options: [
        [0, 'terms'],
        [0, 'terms', 'rate'],
      ],
    },
    {
      args: [loan, '1000', '2024-03-05', loans.SAJJA_GROUP_LOAN_RULES],
      options: [[3], [3, 'rate']],
    },
  ],
  combinedArrears: [{ args: [[{ amount: '100', daysPastDue: 10 }, undefined]] }, { args: [[]] }],
  debtReliefPlan: [
    {
      args: [
        {
          debts: [
            { lender: 'moneylender', balance: '20000', rate: { percent: '10', per: 'month' } },
            {
              lender: 'shop',
              balance: '5000',
              rate: { percent: '2', per: 'month' },
              monthlyPayment: '500',
            },
          ],
          offer: {
            rate: { percent: '1', per: 'month' },
            termMonths: 24,
            method: 'declining',
            disbursedOn: '2024-06-01',
            maxAmount: '20000',
          },
          monthlyBudget: '3000',
        },
      ],
      options: [[0], [0, 'offer'], [0, 'offer', 'rate'], [0, 'debts', 0, 'rate']],
    },
  ],
  guarantorsFor: [{ args: ['20000', loans.SAJJA_GROUP_LOAN_RULES], options: [[1], [1, 'limits']] }],
  installmentDueDates: [
    { args: [{ disbursedOn: '2024-01-31', dueDayOfMonth: 31 }, 3], options: [[0]] },
  ],
  latePenalty: [
    {
      args: ['1000', '2024-02-29', '2024-03-31', loans.SAJJA_GROUP_LOAN_RULES],
      options: [[3]],
    },
  ],
  loanLimit: [
    {
      args: [
        {
          savings: '12000',
          shares: '1000',
          outstanding: '5000',
          rules: loans.SAJJA_GROUP_LOAN_RULES,
        },
      ],
      options: [[0], [0, 'rules'], [0, 'rules', 'limits']],
    },
  ],
  loanRulesWarnings: [{ args: [loans.SAJJA_GROUP_LOAN_RULES], options: [[0], [0, 'rate']] }],
  loanSchedule: [
    { args: [terms], options: [[0], [0, 'rate']] },
    { args: [{ ...terms, method: 'flat', dayCount: 'actual/365' }], options: [[0]] },
  ],
  loanStatus: [
    {
      args: [loan, [{ id: 'p1', date: '2024-02-29', amount: '900' }], '2024-04-30'],
      options: [
        [0, 'terms'],
        [0, 'terms', 'rate'],
      ],
    },
  ],
  loanTermsFromRules: [
    {
      args: [
        loans.SAJJA_GROUP_LOAN_RULES,
        { principal: '15000', disbursedOn: '2024-06-05', termMonths: 10 },
      ],
      options: [[0], [1]],
    },
  ],
  payoffQuote: [{ args: [loan, [], '2024-03-15'], options: [[0, 'terms']] }],
  validateLoanRules: [
    { args: [loans.SAJJA_GROUP_LOAN_RULES], options: [[0], [0, 'rate'], [0, 'limits']] },
    {
      args: [
        {
          ...loans.COOPERATIVE_LOAN_RULES,
          penalty: { kind: 'fixed-fee', fee: '50' },
          allocationOrder: ['interest', 'penalty', 'principal'],
        },
      ],
      options: [[0], [0, 'penalty']],
    },
  ],

  activeLedgerEntries: [
    {
      args: [[entry, { ...entry, id: 'e2', amount: '120.50', reverses: 'e1' }]],
      passThrough: true,
    },
  ],
  ledgerCategory: [{ args: ['food'] }, { args: ['no-such-category'] }],
  ledgerEntryProblems: [{ args: [entry] }],
  ledgerFromCsv: [
    {
      args: [
        'date,kind,category,amount\r\n2024-03-05,expense,food,120.50\r\n',
        { generateId: () => 'x' },
      ],
      options: [[1]],
    },
  ],
  ledgerToCsv: [{ args: [[entry], { bom: false }], options: [[1]] }],
  runningBalances: [{ args: [[entry], '100'], passThrough: true }],
  summarizeLedger: [
    { args: [[entry], { from: '2024-01-01', to: '2024-12-31', by: 'month' }], options: [[1]] },
  ],
  validateLedgerEntry: [{ args: [entry] }],

  addLoan: [{ args: [group, { id: 'L-9', memberId: 'M-001', loan: { terms } }], opaque: [0] }],
  addLoanPayment: [
    { args: [group, 'L-2', { id: 'P-9', date: '2024-01-25', amount: '100' }], opaque: [0] },
  ],
  addMember: [
    { args: [group, { id: 'M-9', name: 'สมหญิง', joinedOn: '2024-01-02' }], opaque: [0] },
  ],
  balanceSheet: [{ args: [group, { asOf: '2024-01-31' }], options: [[1]], opaque: [0] }],
  canonicalJson: [{ args: [{ b: 1, a: [1, 'x', null, { c: true }] }] }],
  chainEntries: [
    {
      get args() {
        return [[{ id: 'J-3', date: '2024-01-07' }], { previousHash: chain.checkpoint?.hash }];
      },
      options: [[1]],
    },
  ],
  chainCheckpoint: [
    {
      get args() {
        return [chain.chained, { previousHash: books.GENESIS_HASH }];
      },
      options: [[1]],
    },
  ],
  verifyChain: [
    {
      get args() {
        return [chain.chained, { checkpoint: chain.checkpoint }];
      },
      options: [[1], [1, 'checkpoint']],
    },
  ],
  closePeriod: [{ args: [group, '2024-01'], opaque: [0] }],
  createBooks: [
    {
      args: [
        {
          name: 'กลุ่มออมทรัพย์',
          openPeriod: '2024-01',
          members: [{ id: 'M-1', name: 'สมศรี', joinedOn: '2024-01-02' }],
          entries: [books.depositEntry({ ...movement, memberId: 'M-1' })],
        },
      ],
      options: [[0]],
    },
  ],
  depositEntry: [{ args: [movement], options: [[0]], passThrough: true }],
  fineEntry: [{ args: [movement], options: [[0]], passThrough: true }],
  incomeStatement: [
    { args: [group, { from: '2024-01-01', to: '2024-01-31' }], options: [[1]], opaque: [0] },
  ],
  issueLoan: [
    {
      args: [
        group,
        { id: 'L-9', memberId: 'M-001', loan: { terms: { ...terms, disbursedOn: '2024-01-31' } } },
      ],
      options: [[1]],
      opaque: [0],
    },
  ],
  loanIssuedEntry: [{ args: [movement], options: [[0]], passThrough: true }],
  loanRepaymentEntry: [
    {
      args: [{ id: 'r1', date: '2024-01-05', memberId: 'M-001', principal: '100', interest: '10' }],
      options: [[0]],
      passThrough: true,
    },
  ],
  monthlyReport: [{ args: [group, '2024-01'], opaque: [0] }],
  normalBalanceOf: [{ args: ['asset'] }],
  postEntries: [
    { args: [group, [books.depositEntry({ ...movement, date: '2024-02-05' })]], opaque: [0] },
  ],
  postEntry: [
    { args: [group, books.depositEntry({ ...movement, date: '2024-02-05' })], opaque: [0] },
  ],
  receiveLoanPayment: [
    {
      args: [group, { loanId: 'L-2', payment: { id: 'P-9', date: '2024-02-01', amount: '500' } }],
      options: [[1]],
      opaque: [0],
    },
  ],
  recordLeaving: [{ args: [group, 'M-001', '2024-02-20'], opaque: [0] }],
  reverseEntry: [
    { args: [group, 'J-save-1', { date: '2024-02-03' }], options: [[2]], opaque: [0] },
  ],
  reverseLoanPayment: [
    {
      args: [group, { loanId: 'L-4', paymentId: 'P-1', date: '2024-02-06' }],
      options: [[1]],
      opaque: [0],
    },
  ],
  rollUp: [{ args: [[report, report]] }],
  transferEntry: [
    {
      args: [{ id: 't1', date: '2024-01-05', from: 'general', to: 'livestock', amount: '100' }],
      options: [[0]],
      passThrough: true,
    },
  ],
  trialBalance: [{ args: [group, { asOf: '2024-01-31' }], options: [[1]], opaque: [0] }],
  validateChartOfAccounts: [{ args: [books.DEFAULT_CHART_OF_ACCOUNTS] }],
  welfareContributionEntry: [{ args: [movement], options: [[0]], passThrough: true }],
  welfarePaymentEntry: [{ args: [movement], options: [[0]], passThrough: true }],
  withdrawalEntry: [{ args: [movement], options: [[0]], passThrough: true }],
  yearEndClosingEntry: [
    { args: [group, { id: 'close-2024', date: '2024-01-31' }], options: [[1]], opaque: [0] },
  ],

  allocateProfit: [{ args: ['10000', yearEnd.SAJJA_TRAT_PROFIT_BUCKETS] }],
  averageReturnWeights: [
    {
      args: [
        [{ id: 'A', interestPaid: '100', missedInstalment: true }],
        { excludeMembersWhoMissedInstalment: true },
      ],
      options: [[1]],
    },
  ],
  shareOut: [{ args: ['1000', { A: 1, B: '2' }] }],
  shareWeights: [
    {
      args: [
        [
          {
            id: 'X',
            openingBalance: '1000',
            contributions: [{ date: '2024-02-01', amount: '10' }],
          },
        ],
        { fiscalYearStart: '2024-01-01', weighting: 'remaining-months' },
      ],
      options: [[1]],
    },
  ],
  validateProfitBuckets: [{ args: [yearEnd.SAJJA_TRAT_PROFIT_BUCKETS] }],

  monthlyReportHtml: [{ args: [report, { lang: 'en', digits: 'thai' }], options: [[1]] }],

  promptPayPayload: [
    { args: ['081-234-5678'] },
    {
      args: [
        { kind: 'biller', id: '099400016550100', reference1: 'm042', reference2: '2567' },
        { amount: '1234.50', reusable: true },
      ],
      options: [[0], [1]],
    },
  ],
  parsePromptPayPayload: [
    { args: [promptpay.promptPayPayload('0812345678', { amount: '150' })] },
    {
      args: [
        promptpay.promptPayPayload({ kind: 'biller', id: '099400016550100', reference1: 'A1' }),
      ],
    },
  ],
  normalisePromptPayTarget: [
    { args: ['+66 81 234 5678'] },
    { args: [{ kind: 'tax-id', id: '0-9940-00165-50-1' }], options: [[0]] },
  ],
  maskPromptPayId: [
    { args: ['1-2345-67890-12-1'] },
    { args: [{ kind: 'e-wallet', id: '140000801111111' }], options: [[0]] },
  ],
  validatePaymentRules: [
    {
      args: [{ promptPay: { kind: 'mobile', id: '081-234-5678', name: 'กลุ่มสัจจะบ้านหนองบัว' } }],
      options: [[0], [0, 'promptPay']],
    },
  ],
};

export const samplesOf = (name: string): readonly Sample[] => samples[name] ?? [];

// --- Calling, timing, judging --------------------------------------------------------------

export interface Outcome {
  readonly error?: unknown;
  readonly value?: unknown;
  readonly milliseconds: number;
}

/** With HOSTILE_TRACE set (Node), each call is written to stderr first: to find a hang. */
const trace = (globalThis as { process?: { env?: Record<string, string> } }).process?.env
  ?.HOSTILE_TRACE;

export async function call(
  fn: (...args: unknown[]) => unknown,
  args: readonly unknown[],
): Promise<Outcome> {
  if (trace) console.error(`${fn.name}(${args.map(describeValue).join(', ')})`);
  const start = performance.now();
  try {
    let value = fn(...args);
    if (value instanceof Promise) value = await value;
    return { value, milliseconds: performance.now() - start };
  } catch (error) {
    return { error, milliseconds: performance.now() - start };
  }
}

/**
 * A call, timed; one over `boundMilliseconds` is made up to twice more, so that a pause of the
 * machine (a garbage collection, another process on a shared CI runner) is not taken for a
 * hang, which takes too long every time. The fastest of the tries is kept.
 */
export async function timedCall(
  fn: (...args: unknown[]) => unknown,
  args: readonly unknown[],
  boundMilliseconds: number,
): Promise<Outcome> {
  let outcome = await call(fn, args);
  for (let retry = 0; retry < 2 && outcome.milliseconds > boundMilliseconds; retry++) {
    const again = await call(fn, args);
    if (again.milliseconds < outcome.milliseconds) outcome = again;
  }
  return outcome;
}

/** What kind of value a function returned: the thing a caller branches on. */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (core.isMoney(value)) return 'Money';
  return typeof value;
}

/**
 * The first NaN, ±Infinity or "[object Object]" inside a result, where, or undefined; a result
 * is read 12 levels deep (what a function builds), not into whatever input it holds.
 */
export function garbageIn(
  value: unknown,
  path = 'result',
  seen = new Set<object>(),
  depth = 0,
): string | undefined {
  if (typeof value === 'number' && !Number.isFinite(value)) return `${path} is ${value}`;
  if (typeof value === 'string') {
    return /\[object Object\]|\bNaN\b/.test(value)
      ? `${path} says ${value.slice(0, 80)}`
      : undefined;
  }
  if (
    depth > 12 ||
    typeof value !== 'object' ||
    value === null ||
    seen.has(value) ||
    core.isMoney(value)
  ) {
    return undefined;
  }
  seen.add(value);
  if (seen.size > 10_000) return undefined;
  for (const [key, item] of Object.entries(value)) {
    // A problem's details describe the rejected value, NaN included.
    if (key === 'details') continue;
    const found = garbageIn(item, `${path}.${key}`, seen, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/**
 * Why an outcome is wrong, or undefined when it is a SajjaError or a result of a usual kind
 * (`kinds`, from {@link usualKinds}); time aside.
 */
export function problemWith(
  outcome: Outcome,
  kinds: ReadonlySet<string> | undefined,
  passThrough = false,
): string | undefined {
  if ('error' in outcome && outcome.error !== undefined) {
    return outcome.error instanceof core.SajjaError
      ? undefined
      : `threw ${describeError(outcome.error)}`;
  }
  const kind = kindOf(outcome.value);
  if (kinds && !kinds.has(kind)) return `returned a ${kind}, not a ${[...kinds].join(' or ')}`;
  return passThrough ? undefined : garbageIn(outcome.value);
}

export function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message.slice(0, 120)}`;
  return String(typeof error === 'symbol' ? error.description : error).slice(0, 120);
}

export function describeValue(value: unknown): string {
  try {
    const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
    return text.length > 60 ? `${text.slice(0, 60)}…` : text;
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** A copy of the arguments whose plain objects and arrays can be changed freely. */
export function copyOf(value: unknown, seen = new Map<object, unknown>()): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (seen.has(value)) return seen.get(value);
  const prototype: unknown = Object.getPrototypeOf(value);
  if (Array.isArray(value)) {
    const copy: unknown[] = new Array(value.length);
    seen.set(value, copy);
    value.forEach((item, index) => (copy[index] = copyOf(item, seen)));
    return copy;
  }
  if (prototype !== Object.prototype && prototype !== null) return value;
  const copy: Record<string, unknown> = {};
  seen.set(value, copy);
  for (const [key, item] of Object.entries(value)) copy[key] = copyOf(item, seen);
  return copy;
}

/** Every path to a value inside the arguments (plain objects and arrays only). */
export function pathsIn(args: readonly unknown[], opaque: readonly number[] = []): Path[] {
  const paths: Path[] = [];
  const visit = (value: unknown, path: Path, depth: number): void => {
    if (depth > 6 || typeof value !== 'object' || value === null) return;
    const prototype: unknown = Object.getPrototypeOf(value);
    if (!Array.isArray(value) && prototype !== Object.prototype && prototype !== null) return;
    for (const [key, item] of Object.entries(value)) {
      const next = [...path, Array.isArray(value) ? Number(key) : key];
      paths.push(next);
      visit(item, next, depth + 1);
    }
  };
  args.forEach((arg, index) => {
    if (!opaque.includes(index)) visit(arg, [index], 0);
  });
  return paths;
}

export function at(root: unknown, path: Path): unknown {
  return path.reduce<unknown>(
    (value, key) => (value as Record<string | number, unknown>)[key],
    root,
  );
}

export function withValueAt(args: readonly unknown[], path: Path, value: unknown): unknown[] {
  const copy = copyOf(args) as unknown[];
  const parent = at(copy, path.slice(0, -1)) as Record<string | number, unknown>;
  parent[path[path.length - 1]!] = value;
  return copy;
}

/** Every function the entry points export, with the entry it comes from. */
export const functions: Array<{
  entry: string;
  name: string;
  fn: (...args: unknown[]) => unknown;
}> = [];
for (const [entryName, exports] of Object.entries(ENTRIES)) {
  for (const [name, value] of Object.entries(exports)) {
    if (typeof value === 'function' && !NOT_CALLED.has(name)) {
      functions.push({ entry: entryName, name, fn: value as (...args: unknown[]) => unknown });
    }
  }
}

/** Makes the chain and checkpoint the audit chain's samples use (it is asynchronous). */
export async function prepareChain(): Promise<void> {
  chain.chained = await books.chainEntries([
    { id: 'J-1', date: '2024-01-05', amount: '100.00' },
    { id: 'J-2', date: '2024-01-06', lines: [{ account: '1101', debit: '5.00' }] },
  ]);
  chain.checkpoint = books.chainCheckpoint(chain.chained as books.ChainedEntry<object>[]);
}

/**
 * The kinds of result (`kindOf`) a function returns for its valid samples, or undefined when
 * it has none; throws when a sample itself is refused.
 */
export async function usualKinds(
  name: string,
  fn: (...args: unknown[]) => unknown,
): Promise<Set<string> | undefined> {
  const list = samplesOf(name);
  if (list.length === 0) return undefined;
  const kinds = new Set<string>();
  for (const sample of list) {
    const outcome = await call(fn, sample.args);
    if (outcome.error !== undefined) {
      throw new Error(`${name}(sample) throws ${describeError(outcome.error)}`);
    }
    kinds.add(kindOf(outcome.value));
  }
  return kinds;
}
