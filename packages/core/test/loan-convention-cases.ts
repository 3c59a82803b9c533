/**
 * Published reference cases for the loan-schedule conventions (research for `loanSchedule`'s new
 * options). Data only: every amount is copied verbatim, as a string, from the cited source; dates
 * are rewritten as ISO. `terms` maps a case onto Sajja's option names where the mapping is
 * obvious (some names are proposed and not yet in `LoanTerms`); `published` keeps the source's own
 * parameters. What each source actually does is explained in /work/loan-cases-NOTES.md.
 */

/** A rate as Sajja quotes it. */
export interface CaseRate {
  /** Percent, as published. */
  readonly percent: string;
  /** The period the percentage is quoted for. */
  readonly per: 'month' | 'year';
}

/** Loan terms in Sajja's option names, current and proposed (the names are the contract). */
export interface CaseTerms {
  /** The amount lent. */
  readonly principal: string;
  /** The contractual rate. */
  readonly rate: CaseRate;
  /** The number of monthly instalments (the current option). */
  readonly termMonths?: number;
  /** The number of instalments when `repayEvery` is not one month (proposed). */
  readonly installmentCount?: number;
  /** How often an instalment falls due (proposed). */
  readonly repayEvery?: { readonly count: number; readonly unit: 'day' | 'week' | 'month' };
  /** How instalments are built. */
  readonly method: 'flat' | 'declining' | 'equal-principal';
  /** The disbursement day, ISO. */
  readonly disbursedOn: string;
  /** The first due date, ISO, when not one period after `disbursedOn`. */
  readonly firstDueOn?: string;
  /** How a period's interest is measured (`'actual/actual'` and `'30/360'` are proposed). */
  readonly dayCount?: 'period' | 'actual/365' | 'actual/actual' | '30/360';
  /** Rounds the payment to this multiple. */
  readonly roundPaymentTo?: string;
  /** How `roundPaymentTo` rounds (proposed). */
  readonly roundPaymentMode?: 'up' | 'nearest' | 'down';
  /** How amounts are rounded to satang (proposed). */
  readonly roundingMode?: 'half-up' | 'half-even';
  /** Flat interest per instalment or once for the contract (proposed). */
  readonly flatInterest?: 'per-installment' | 'contract-total';
  /** The first n instalments pay interest only (proposed). */
  readonly graceOnPrincipal?: number;
  /** The first n instalments' interest is charged but paid later (proposed). */
  readonly graceOnInterestPayment?: number;
  /** The first n instalments charge no interest (proposed). */
  readonly interestFreePeriods?: number;
  /** Payments at the end (default) or the start of each period, Excel's `type` (proposed). */
  readonly paymentTiming?: 'end' | 'start';
  /** Level payment over nominal periods or solved over actual period lengths (proposed). */
  readonly levelPayment?: 'periodic' | 'actual-days';
  /** Tranches, the first on `disbursedOn` (proposed). */
  readonly disbursements?: readonly { readonly on: string; readonly amount: string }[];
}

/**
 * One published schedule row: `[n, dueDate, days, principal, interest, payment, balance]`,
 * amounts verbatim (`'305.0'` stays `'305.0'`). `days` is the source's day count for the period,
 * or `null` when it shows none.
 */
export type PublishedRow = readonly [
  n: number,
  dueDate: string,
  days: number | null,
  principal: string,
  interest: string,
  payment: string,
  balance: string,
];

/** A published repayment schedule, with its total row when the source gives one. */
export interface ScheduleCase {
  /** Repository, path, commit and test or scenario name. */
  readonly source: string;
  /** The conventions the case shows, and anything to watch when reproducing it. */
  readonly note: string;
  /** The source's own parameters, verbatim. */
  readonly published: Readonly<Record<string, string | number | boolean>>;
  /** The case in Sajja's option names, when the mapping is obvious. */
  readonly terms?: CaseTerms;
  /** The published rows and totals. */
  readonly expected: {
    readonly rows: readonly PublishedRow[];
    readonly totalInterest?: string;
    readonly totalPayment?: string;
  };
}

/** A published single value (a spreadsheet or numpy-financial function result). */
export interface FunctionCase {
  /** Repository or page, path, commit and test name. */
  readonly source: string;
  /** What the case shows. */
  readonly note: string;
  /** The function called. */
  readonly fn: 'pmt' | 'ipmt' | 'ppmt' | 'fv';
  /** Its arguments as published (`rate` per period, `nper`, `pv`, `fv`, `when`, `per`). */
  readonly args: Readonly<Record<string, string | number>>;
  /** The published result, verbatim, with the precision or tolerance the source asserts. */
  readonly expected: { readonly value: string; readonly tolerance?: string };
}

const RS =
  'apache/fineract@040c92a654dfb234f6bb640cbc2966e7df9b79ff fineract-e2e-tests-runner/src/test/resources/features/LoanRepayment.feature';
const RS_PRODUCT =
  'Product LP1_INTEREST_DECLINING_BALANCE_PERIOD_SAME_AS_PAYMENT (LoanProductsRequestFactory.defaultLoanProductsRequestLP1InterestDeclining): digitsAfterDecimal 2, inMultiplesOf 0, installmentAmountInMultiplesOf 1, interest rate per YEAR, SAME_AS_REPAYMENT interest period, allowPartialPeriodInterestCalcualtion true, interest recalculation off, cumulative (legacy) schedule.';
const RS_COMMON = {
  submittedOn: '1 November 2022',
  principal: '5000',
  annualInterestRatePercent: '12',
  loanTermFrequency: 18,
  loanTermFrequencyType: 'MONTHS',
  repaymentEvery: 1,
  repaymentFrequencyType: 'MONTHS',
  numberOfRepayments: 18,
  paymentStrategy: 'PENALTIES_FEES_INTEREST_PRINCIPAL_ORDER',
} as const;
const RS_TERMS = {
  principal: '5000',
  rate: { percent: '12', per: 'year' },
  termMonths: 18,
  disbursedOn: '2022-11-01',
  roundPaymentTo: '1',
  roundPaymentMode: 'nearest',
  roundingMode: 'half-even',
} as const;

/** Fineract end-to-end (Cucumber) schedules: the cumulative generator and the progressive one. */
export const FINERACT_E2E_CASES: readonly ScheduleCase[] = [
  {
    source: `${RS} :: @TestRailId:C2490 "RS01 - Repayment Schedule with interest type: flat, interest period: Same as payment period, amortization type: Equal installments"`,
    note: 'Flat, per-instalment interest 5000×12%/12 = 50.0 every month; principal 5000/18 = 277.78 but the instalment (327.78) is rounded to the nearest multiple of 1 (328), the principal part is 328 − 50 = 278, and the last instalment takes the remaining 274. Product LP1_INTEREST_FLAT (factory not read; the scenario implies installmentAmountInMultiplesOf 1).',
    published: {
      ...RS_COMMON,
      product: 'LP1_INTEREST_FLAT',
      interestType: 'FLAT',
      interestCalculationPeriod: 'SAME_AS_REPAYMENT_PERIOD',
      amortizationType: 'EQUAL_INSTALLMENTS',
      graceOnPrincipalPayment: 0,
      graceOnInterestPayment: 0,
      interestFreePeriod: 0,
    },
    terms: { ...RS_TERMS, method: 'flat', flatInterest: 'per-installment' },
    expected: {
      rows: [
        [1, '2022-12-01', 30, '278.0', '50.0', '328.0', '4722.0'],
        [2, '2023-01-01', 31, '278.0', '50.0', '328.0', '4444.0'],
        [3, '2023-02-01', 31, '278.0', '50.0', '328.0', '4166.0'],
        [4, '2023-03-01', 28, '278.0', '50.0', '328.0', '3888.0'],
        [5, '2023-04-01', 31, '278.0', '50.0', '328.0', '3610.0'],
        [6, '2023-05-01', 30, '278.0', '50.0', '328.0', '3332.0'],
        [7, '2023-06-01', 31, '278.0', '50.0', '328.0', '3054.0'],
        [8, '2023-07-01', 30, '278.0', '50.0', '328.0', '2776.0'],
        [9, '2023-08-01', 31, '278.0', '50.0', '328.0', '2498.0'],
        [10, '2023-09-01', 31, '278.0', '50.0', '328.0', '2220.0'],
        [11, '2023-10-01', 30, '278.0', '50.0', '328.0', '1942.0'],
        [12, '2023-11-01', 31, '278.0', '50.0', '328.0', '1664.0'],
        [13, '2023-12-01', 30, '278.0', '50.0', '328.0', '1386.0'],
        [14, '2024-01-01', 31, '278.0', '50.0', '328.0', '1108.0'],
        [15, '2024-02-01', 31, '278.0', '50.0', '328.0', '830.0'],
        [16, '2024-03-01', 29, '278.0', '50.0', '328.0', '552.0'],
        [17, '2024-04-01', 31, '278.0', '50.0', '328.0', '274.0'],
        [18, '2024-05-01', 30, '274.0', '50.0', '324.0', '0.0'],
      ],
      totalInterest: '900',
      totalPayment: '5900',
    },
  },
  {
    source: `${RS} :: @TestRailId:C2492 "RS02 - Repayment Schedule with interest type: Declining Balance, interest period: Same as payment period, amortization type: Equal installments"`,
    note: `Declining, periodic rate 12%/12 whatever the days. PMT(1%, 18, 5000) = 304.91 rounded to the nearest multiple of 1 = 305.0; last instalment absorbs (303.22). ${RS_PRODUCT}`,
    published: {
      ...RS_COMMON,
      product: 'LP1_INTEREST_DECLINING_BALANCE_PERIOD_SAME_AS_PAYMENT',
      interestType: 'DECLINING_BALANCE',
      interestCalculationPeriod: 'SAME_AS_REPAYMENT_PERIOD',
      amortizationType: 'EQUAL_INSTALLMENTS',
      graceOnPrincipalPayment: 0,
      graceOnInterestPayment: 0,
      interestFreePeriod: 0,
    },
    terms: { ...RS_TERMS, method: 'declining', dayCount: 'period' },
    expected: {
      rows: [
        [1, '2022-12-01', 30, '255.0', '50.0', '305.0', '4745.0'],
        [2, '2023-01-01', 31, '257.55', '47.45', '305.0', '4487.45'],
        [3, '2023-02-01', 31, '260.13', '44.87', '305.0', '4227.32'],
        [4, '2023-03-01', 28, '262.73', '42.27', '305.0', '3964.59'],
        [5, '2023-04-01', 31, '265.35', '39.65', '305.0', '3699.24'],
        [6, '2023-05-01', 30, '268.01', '36.99', '305.0', '3431.23'],
        [7, '2023-06-01', 31, '270.69', '34.31', '305.0', '3160.54'],
        [8, '2023-07-01', 30, '273.39', '31.61', '305.0', '2887.15'],
        [9, '2023-08-01', 31, '276.13', '28.87', '305.0', '2611.02'],
        [10, '2023-09-01', 31, '278.89', '26.11', '305.0', '2332.13'],
        [11, '2023-10-01', 30, '281.68', '23.32', '305.0', '2050.45'],
        [12, '2023-11-01', 31, '284.5', '20.5', '305.0', '1765.95'],
        [13, '2023-12-01', 30, '287.34', '17.66', '305.0', '1478.61'],
        [14, '2024-01-01', 31, '290.21', '14.79', '305.0', '1188.4'],
        [15, '2024-02-01', 31, '293.12', '11.88', '305.0', '895.28'],
        [16, '2024-03-01', 29, '296.05', '8.95', '305.0', '599.23'],
        [17, '2024-04-01', 31, '299.01', '5.99', '305.0', '300.22'],
        [18, '2024-05-01', 30, '300.22', '3.0', '303.22', '0.0'],
      ],
      totalInterest: '488.22',
      totalPayment: '5488.22',
    },
  },
  {
    source: `${RS} :: @TestRailId:C2493 "RS03 - Repayment Schedule with interest type: Declining Balance, interest period: Daily, amortization type: Equal installments"`,
    note: `Declining, DAILY interest: balance × 12% × days/365 (row 16, 29 days in Feb 2024: 894.75 × 0.12 × 29/365 = 8.53, so a fixed 365-day year, not actual/actual), while the instalment stays the periodic PMT 305.0 and the last absorbs (302.33). Product LP1_INTEREST_DECLINING_BALANCE_PERIOD_DAILY = the RS02 product with interestCalculationPeriodType DAILY and allowPartialPeriodInterestCalcualtion false.`,
    published: {
      ...RS_COMMON,
      product: 'LP1_INTEREST_DECLINING_BALANCE_PERIOD_DAILY',
      interestType: 'DECLINING_BALANCE',
      interestCalculationPeriod: 'DAILY',
      amortizationType: 'EQUAL_INSTALLMENTS',
      graceOnPrincipalPayment: 0,
      graceOnInterestPayment: 0,
      interestFreePeriod: 0,
    },
    terms: { ...RS_TERMS, method: 'declining', dayCount: 'actual/365' },
    expected: {
      rows: [
        [1, '2022-12-01', 30, '255.68', '49.32', '305.0', '4744.32'],
        [2, '2023-01-01', 31, '256.65', '48.35', '305.0', '4487.67'],
        [3, '2023-02-01', 31, '259.26', '45.74', '305.0', '4228.41'],
        [4, '2023-03-01', 28, '266.08', '38.92', '305.0', '3962.33'],
        [5, '2023-04-01', 31, '264.62', '40.38', '305.0', '3697.71'],
        [6, '2023-05-01', 30, '268.53', '36.47', '305.0', '3429.18'],
        [7, '2023-06-01', 31, '270.05', '34.95', '305.0', '3159.13'],
        [8, '2023-07-01', 30, '273.84', '31.16', '305.0', '2885.29'],
        [9, '2023-08-01', 31, '275.59', '29.41', '305.0', '2609.7'],
        [10, '2023-09-01', 31, '278.4', '26.6', '305.0', '2331.3'],
        [11, '2023-10-01', 30, '282.01', '22.99', '305.0', '2049.29'],
        [12, '2023-11-01', 31, '284.11', '20.89', '305.0', '1765.18'],
        [13, '2023-12-01', 30, '287.59', '17.41', '305.0', '1477.59'],
        [14, '2024-01-01', 31, '289.94', '15.06', '305.0', '1187.65'],
        [15, '2024-02-01', 31, '292.9', '12.1', '305.0', '894.75'],
        [16, '2024-03-01', 29, '296.47', '8.53', '305.0', '598.28'],
        [17, '2024-04-01', 31, '298.9', '6.1', '305.0', '299.38'],
        [18, '2024-05-01', 30, '299.38', '2.95', '302.33', '0.0'],
      ],
      totalInterest: '487.33',
      totalPayment: '5487.33',
    },
  },
  {
    source: `${RS} :: @TestRailId:C2494 "RS04 - Repayment Schedule with interest type: Declining Balance, interest period: Same as payment period, amortization type: Equal principal payments"`,
    note: `Equal principal 5000/18 = 277.78 (not rounded to the multiple of 1: installmentAmountInMultiplesOf applies to the EMI only), interest balance × 1%, half-even (4444.44 × 1% = 44.4444 → 44.44; 3888.88 × 1% = 38.8888 → 38.89). Last principal 277.74. ${RS_PRODUCT}`,
    published: {
      ...RS_COMMON,
      product: 'LP1_INTEREST_DECLINING_BALANCE_PERIOD_SAME_AS_PAYMENT',
      interestType: 'DECLINING_BALANCE',
      interestCalculationPeriod: 'SAME_AS_REPAYMENT_PERIOD',
      amortizationType: 'EQUAL_PRINCIPAL_PAYMENTS',
      graceOnPrincipalPayment: 0,
      graceOnInterestPayment: 0,
      interestFreePeriod: 0,
    },
    terms: {
      principal: '5000',
      rate: { percent: '12', per: 'year' },
      termMonths: 18,
      method: 'equal-principal',
      disbursedOn: '2022-11-01',
      roundingMode: 'half-even',
    },
    expected: {
      rows: [
        [1, '2022-12-01', 30, '277.78', '50.0', '327.78', '4722.22'],
        [2, '2023-01-01', 31, '277.78', '47.22', '325.0', '4444.44'],
        [3, '2023-02-01', 31, '277.78', '44.44', '322.22', '4166.66'],
        [4, '2023-03-01', 28, '277.78', '41.67', '319.45', '3888.88'],
        [5, '2023-04-01', 31, '277.78', '38.89', '316.67', '3611.1'],
        [6, '2023-05-01', 30, '277.78', '36.11', '313.89', '3333.32'],
        [7, '2023-06-01', 31, '277.78', '33.33', '311.11', '3055.54'],
        [8, '2023-07-01', 30, '277.78', '30.56', '308.34', '2777.76'],
        [9, '2023-08-01', 31, '277.78', '27.78', '305.56', '2499.98'],
        [10, '2023-09-01', 31, '277.78', '25.0', '302.78', '2222.2'],
        [11, '2023-10-01', 30, '277.78', '22.22', '300.0', '1944.42'],
        [12, '2023-11-01', 31, '277.78', '19.44', '297.22', '1666.64'],
        [13, '2023-12-01', 30, '277.78', '16.67', '294.45', '1388.86'],
        [14, '2024-01-01', 31, '277.78', '13.89', '291.67', '1111.08'],
        [15, '2024-02-01', 31, '277.78', '11.11', '288.89', '833.3'],
        [16, '2024-03-01', 29, '277.78', '8.33', '286.11', '555.52'],
        [17, '2024-04-01', 31, '277.78', '5.56', '283.34', '277.74'],
        [18, '2024-05-01', 30, '277.74', '2.78', '280.52', '0.0'],
      ],
      totalInterest: '475.0',
      totalPayment: '5475.0',
    },
  },
  {
    source: `${RS} :: @TestRailId:C2495 "RS05 - Repayment Schedule with interest type: Declining Balance, interest period: Same as payment period, amortization type: Equal installments, Grace on principal payment"`,
    note: `graceOnPrincipalPayment 3: instalments 1–3 are interest only (50.0); the EMI is PMT(1%, 15, 5000) = 360.62 → 361.0 (nearest multiple of 1) over the 15 remaining instalments; last 354.87. ${RS_PRODUCT}`,
    published: {
      ...RS_COMMON,
      product: 'LP1_INTEREST_DECLINING_BALANCE_PERIOD_SAME_AS_PAYMENT',
      interestType: 'DECLINING_BALANCE',
      interestCalculationPeriod: 'SAME_AS_REPAYMENT_PERIOD',
      amortizationType: 'EQUAL_INSTALLMENTS',
      graceOnPrincipalPayment: 3,
      graceOnInterestPayment: 0,
      interestFreePeriod: 0,
    },
    terms: { ...RS_TERMS, method: 'declining', dayCount: 'period', graceOnPrincipal: 3 },
    expected: {
      rows: [
        [1, '2022-12-01', 30, '0.0', '50.0', '50.0', '5000.0'],
        [2, '2023-01-01', 31, '0.0', '50.0', '50.0', '5000.0'],
        [3, '2023-02-01', 31, '0.0', '50.0', '50.0', '5000.0'],
        [4, '2023-03-01', 28, '311.0', '50.0', '361.0', '4689.0'],
        [5, '2023-04-01', 31, '314.11', '46.89', '361.0', '4374.89'],
        [6, '2023-05-01', 30, '317.25', '43.75', '361.0', '4057.64'],
        [7, '2023-06-01', 31, '320.42', '40.58', '361.0', '3737.22'],
        [8, '2023-07-01', 30, '323.63', '37.37', '361.0', '3413.59'],
        [9, '2023-08-01', 31, '326.86', '34.14', '361.0', '3086.73'],
        [10, '2023-09-01', 31, '330.13', '30.87', '361.0', '2756.6'],
        [11, '2023-10-01', 30, '333.43', '27.57', '361.0', '2423.17'],
        [12, '2023-11-01', 31, '336.77', '24.23', '361.0', '2086.4'],
        [13, '2023-12-01', 30, '340.14', '20.86', '361.0', '1746.26'],
        [14, '2024-01-01', 31, '343.54', '17.46', '361.0', '1402.72'],
        [15, '2024-02-01', 31, '346.97', '14.03', '361.0', '1055.75'],
        [16, '2024-03-01', 29, '350.44', '10.56', '361.0', '705.31'],
        [17, '2024-04-01', 31, '353.95', '7.05', '361.0', '351.36'],
        [18, '2024-05-01', 30, '351.36', '3.51', '354.87', '0.0'],
      ],
      totalInterest: '558.87',
      totalPayment: '5558.87',
    },
  },
  {
    source: `${RS} :: @TestRailId:C2496 "RS06 - Repayment Schedule with interest type: Declining Balance, interest period: Same as payment period, amortization type: Equal installments, Grace on principal payment and interest payment"`,
    note: `Table says graceOnPrincipalPayment 6, graceOnInterestPayment 3, interest free period 0, but the e2e loan-creation steps (fineract-e2e-tests-core LoanStepDef; every sibling step read) call .graceOnInterestPayment(graceOnInterestPayment) and then .graceOnInterestPayment(graceOnInterestCharged): the "interest free period" column overwrites graceOnInterestPayment and graceOnInterestCharged is never sent, which is the only reading the published RS06/RS07 tables fit. So this loan really has principal grace 6 and NO interest grace: interest 50.0 paid in instalments 1–6; EMI PMT(1%, 12, 5000) = 444.24 → 444.0 (nearest, rounded down here); last 447.09. Use it as a graceOnPrincipal 6 case, not as an interest-grace case. ${RS_PRODUCT}`,
    published: {
      ...RS_COMMON,
      product: 'LP1_INTEREST_DECLINING_BALANCE_PERIOD_SAME_AS_PAYMENT',
      interestType: 'DECLINING_BALANCE',
      interestCalculationPeriod: 'SAME_AS_REPAYMENT_PERIOD',
      amortizationType: 'EQUAL_INSTALLMENTS',
      graceOnPrincipalPayment: 6,
      graceOnInterestPayment: 3,
      interestFreePeriod: 0,
      effectiveGraceOnInterestPaymentSent: 0,
      effectiveGraceOnInterestChargedSent: 0,
    },
    terms: { ...RS_TERMS, method: 'declining', dayCount: 'period', graceOnPrincipal: 6 },
    expected: {
      rows: [
        [1, '2022-12-01', 30, '0.0', '50.0', '50.0', '5000.0'],
        [2, '2023-01-01', 31, '0.0', '50.0', '50.0', '5000.0'],
        [3, '2023-02-01', 31, '0.0', '50.0', '50.0', '5000.0'],
        [4, '2023-03-01', 28, '0.0', '50.0', '50.0', '5000.0'],
        [5, '2023-04-01', 31, '0.0', '50.0', '50.0', '5000.0'],
        [6, '2023-05-01', 30, '0.0', '50.0', '50.0', '5000.0'],
        [7, '2023-06-01', 31, '394.0', '50.0', '444.0', '4606.0'],
        [8, '2023-07-01', 30, '397.94', '46.06', '444.0', '4208.06'],
        [9, '2023-08-01', 31, '401.92', '42.08', '444.0', '3806.14'],
        [10, '2023-09-01', 31, '405.94', '38.06', '444.0', '3400.2'],
        [11, '2023-10-01', 30, '410.0', '34.0', '444.0', '2990.2'],
        [12, '2023-11-01', 31, '414.1', '29.9', '444.0', '2576.1'],
        [13, '2023-12-01', 30, '418.24', '25.76', '444.0', '2157.86'],
        [14, '2024-01-01', 31, '422.42', '21.58', '444.0', '1735.44'],
        [15, '2024-02-01', 31, '426.65', '17.35', '444.0', '1308.79'],
        [16, '2024-03-01', 29, '430.91', '13.09', '444.0', '877.88'],
        [17, '2024-04-01', 31, '435.22', '8.78', '444.0', '442.66'],
        [18, '2024-05-01', 30, '442.66', '4.43', '447.09', '0.0'],
      ],
      totalInterest: '631.09',
      totalPayment: '5631.09',
    },
  },
  {
    source: `${RS} :: @TestRailId:C2497 "RS07 - Repayment Schedule with interest type: Declining Balance, interest period: Same as payment period, amortization type: Equal installments, Grace on principal payment and setting up interest free period"`,
    note: `Table says graceOnPrincipalPayment 6, graceOnInterestPayment 0, interest free period 3, but (same step bug as RS06) the 3 is sent as graceOnInterestPayment and graceOnInterestCharged is never sent. The schedule is therefore Fineract's GRACE ON INTEREST PAYMENT: the 50.0 interest of instalments 1–3 is charged but shown as 0.0 and carried to instalment 4, the first after the interest grace (200.0 = 3 × 50.0 + its own 50.0); nothing is forgiven (total interest 631.09, identical to RS06) and the EMI is not recomputed (444.0, from PMT over the 12 post-principal-grace instalments). LoanApplicationTerms.calculateTotalInterestForPeriod: interestBroughtForwardDueToGrace. ${RS_PRODUCT}`,
    published: {
      ...RS_COMMON,
      product: 'LP1_INTEREST_DECLINING_BALANCE_PERIOD_SAME_AS_PAYMENT',
      interestType: 'DECLINING_BALANCE',
      interestCalculationPeriod: 'SAME_AS_REPAYMENT_PERIOD',
      amortizationType: 'EQUAL_INSTALLMENTS',
      graceOnPrincipalPayment: 6,
      graceOnInterestPayment: 0,
      interestFreePeriod: 3,
      effectiveGraceOnInterestPaymentSent: 3,
      effectiveGraceOnInterestChargedSent: 0,
    },
    terms: {
      ...RS_TERMS,
      method: 'declining',
      dayCount: 'period',
      graceOnPrincipal: 6,
      graceOnInterestPayment: 3,
    },
    expected: {
      rows: [
        [1, '2022-12-01', 30, '0.0', '0.0', '0.0', '5000.0'],
        [2, '2023-01-01', 31, '0.0', '0.0', '0.0', '5000.0'],
        [3, '2023-02-01', 31, '0.0', '0.0', '0.0', '5000.0'],
        [4, '2023-03-01', 28, '0.0', '200.0', '200.0', '5000.0'],
        [5, '2023-04-01', 31, '0.0', '50.0', '50.0', '5000.0'],
        [6, '2023-05-01', 30, '0.0', '50.0', '50.0', '5000.0'],
        [7, '2023-06-01', 31, '394.0', '50.0', '444.0', '4606.0'],
        [8, '2023-07-01', 30, '397.94', '46.06', '444.0', '4208.06'],
        [9, '2023-08-01', 31, '401.92', '42.08', '444.0', '3806.14'],
        [10, '2023-09-01', 31, '405.94', '38.06', '444.0', '3400.2'],
        [11, '2023-10-01', 30, '410.0', '34.0', '444.0', '2990.2'],
        [12, '2023-11-01', 31, '414.1', '29.9', '444.0', '2576.1'],
        [13, '2023-12-01', 30, '418.24', '25.76', '444.0', '2157.86'],
        [14, '2024-01-01', 31, '422.42', '21.58', '444.0', '1735.44'],
        [15, '2024-02-01', 31, '426.65', '17.35', '444.0', '1308.79'],
        [16, '2024-03-01', 29, '430.91', '13.09', '444.0', '877.88'],
        [17, '2024-04-01', 31, '435.22', '8.78', '444.0', '442.66'],
        [18, '2024-05-01', 30, '442.66', '4.43', '447.09', '0.0'],
      ],
      totalInterest: '631.09',
      totalPayment: '5631.09',
    },
  },
  {
    source:
      'apache/fineract@80821e8a6890fab8b5a96d3a3b61c101469e5897 fineract-e2e-tests-runner/src/test/resources/features/LoanRepayment-Part3.feature :: @TestRailId:C2961 "Verify that outstanding amounts are rounded correctly in case of: installmentAmountInMultiplesOf=1, interestType: FLAT, amortizationType: EQUAL_INSTALLMENTS"',
    note: 'Flat, contract total 1250 × 15% × 4/12 = 62.50 rounded once; per instalment 62.50/4 = 15.625 → 15.62 (HALF_EVEN; half-up would give 15.63) and the last takes the rest, 15.64. Instalment 312.5 + 15.625 rounded to the nearest multiple of 1 = 328.0; principal = 328 − 15.62 = 312.38; last 312.86 + 15.64 = 328.5.',
    published: {
      product: 'LP1_INTEREST_FLAT',
      submittedOn: '01 September 2023',
      principal: '1250',
      annualInterestRatePercent: '15',
      interestType: 'FLAT',
      interestCalculationPeriod: 'SAME_AS_REPAYMENT_PERIOD',
      amortizationType: 'EQUAL_INSTALLMENTS',
      loanTermFrequency: 4,
      loanTermFrequencyType: 'MONTHS',
      repaymentEvery: 1,
      repaymentFrequencyType: 'MONTHS',
      numberOfRepayments: 4,
      graceOnPrincipalPayment: 0,
      graceOnInterestPayment: 0,
      interestFreePeriod: 0,
      installmentAmountInMultiplesOf: 1,
    },
    terms: {
      principal: '1250',
      rate: { percent: '15', per: 'year' },
      termMonths: 4,
      method: 'flat',
      disbursedOn: '2023-09-01',
      flatInterest: 'contract-total',
      roundPaymentTo: '1',
      roundPaymentMode: 'nearest',
      roundingMode: 'half-even',
    },
    expected: {
      rows: [
        [1, '2023-10-01', 30, '312.38', '15.62', '328.0', '937.62'],
        [2, '2023-11-01', 31, '312.38', '15.62', '328.0', '625.24'],
        [3, '2023-12-01', 30, '312.38', '15.62', '328.0', '312.86'],
        [4, '2024-01-01', 31, '312.86', '15.64', '328.5', '0.0'],
      ],
      totalInterest: '62.50',
      totalPayment: '1312.50',
    },
  },
  {
    source:
      'apache/fineract@80821e8a6890fab8b5a96d3a3b61c101469e5897 fineract-e2e-tests-runner/src/test/resources/features/LoanRepayment-Part3.feature :: @TestRailId:C2962 "Verify that outstanding amounts are rounded correctly in case of: installmentAmountInMultiplesOf=1, interestType: DECLINING_BALANCE, amortizationType: EQUAL_INSTALLMENTS"',
    note: `Declining 1250 at 15%/year, 4 months: PMT(1.25%, 4, 1250) = 322.33 → 322.0 (nearest multiple of 1); first interest 1250 × 1.25% = 15.625 → 15.62 (HALF_EVEN); last 323.33. ${RS_PRODUCT}`,
    published: {
      product: 'LP1_INTEREST_DECLINING_BALANCE_PERIOD_SAME_AS_PAYMENT',
      submittedOn: '01 September 2023',
      principal: '1250',
      annualInterestRatePercent: '15',
      interestType: 'DECLINING_BALANCE',
      interestCalculationPeriod: 'SAME_AS_REPAYMENT_PERIOD',
      amortizationType: 'EQUAL_INSTALLMENTS',
      loanTermFrequency: 4,
      loanTermFrequencyType: 'MONTHS',
      repaymentEvery: 1,
      repaymentFrequencyType: 'MONTHS',
      numberOfRepayments: 4,
      graceOnPrincipalPayment: 0,
      graceOnInterestPayment: 0,
      interestFreePeriod: 0,
      installmentAmountInMultiplesOf: 1,
    },
    terms: {
      principal: '1250',
      rate: { percent: '15', per: 'year' },
      termMonths: 4,
      method: 'declining',
      disbursedOn: '2023-09-01',
      dayCount: 'period',
      roundPaymentTo: '1',
      roundPaymentMode: 'nearest',
      roundingMode: 'half-even',
    },
    expected: {
      rows: [
        [1, '2023-10-01', 30, '306.38', '15.62', '322.0', '943.62'],
        [2, '2023-11-01', 31, '310.2', '11.8', '322.0', '633.42'],
        [3, '2023-12-01', 30, '314.08', '7.92', '322.0', '319.34'],
        [4, '2024-01-01', 31, '319.34', '3.99', '323.33', '0.0'],
      ],
      totalInterest: '39.33',
      totalPayment: '1289.33',
    },
  },
  {
    source:
      'apache/fineract@0258af6872d8b87c3e8049504387d91394622a32 fineract-e2e-tests-runner/src/test/resources/features/EMICalculation.feature :: @TestRailId:C3152 "EMI calculation with Actual/Actual setup - integer"',
    note: 'Progressive schedule, daily interest, actual/actual split by calendar year: period 1 (12 Dec 2023 – 12 Jan 2024) = 10000 × 12% × (19/365 + 12/366) = 62.47 + 39.34 = 101.81; period 2 = 8376.25 × 12% × 31/366 = 85.14. The EMI 1725.56 is solved over the actual period lengths; last 1725.59. Product settings inferred from its name (LP2_ADV_PYMNT_INTEREST_DAILY_EMI_ACTUAL_ACTUAL; factory not read).',
    published: {
      product: 'LP2_ADV_PYMNT_INTEREST_DAILY_EMI_ACTUAL_ACTUAL',
      submittedOn: '12 December 2023',
      principal: '10000',
      annualInterestRatePercent: '12',
      interestType: 'DECLINING_BALANCE',
      interestCalculationPeriod: 'DAILY',
      amortizationType: 'EQUAL_INSTALLMENTS',
      loanTermFrequency: 6,
      loanTermFrequencyType: 'MONTHS',
      repaymentEvery: 1,
      repaymentFrequencyType: 'MONTHS',
      numberOfRepayments: 6,
      paymentStrategy: 'ADVANCED_PAYMENT_ALLOCATION',
    },
    terms: {
      principal: '10000',
      rate: { percent: '12', per: 'year' },
      termMonths: 6,
      method: 'declining',
      disbursedOn: '2023-12-12',
      dayCount: 'actual/actual',
      levelPayment: 'actual-days',
      roundingMode: 'half-even',
    },
    expected: {
      rows: [
        [1, '2024-01-12', 31, '1623.75', '101.81', '1725.56', '8376.25'],
        [2, '2024-02-12', 31, '1640.42', '85.14', '1725.56', '6735.83'],
        [3, '2024-03-12', 29, '1661.51', '64.05', '1725.56', '5074.32'],
        [4, '2024-04-12', 31, '1673.98', '51.58', '1725.56', '3400.34'],
        [5, '2024-05-12', 30, '1692.11', '33.45', '1725.56', '1708.23'],
        [6, '2024-06-12', 31, '1708.23', '17.36', '1725.59', '0.0'],
      ],
      totalInterest: '353.39',
      totalPayment: '10353.39',
    },
  },
  {
    source:
      'apache/fineract@0258af6872d8b87c3e8049504387d91394622a32 fineract-e2e-tests-runner/src/test/resources/features/EMICalculation.feature :: @TestRailId:C3153 "EMI calculation with Actual/Actual setup - decimal"',
    note: 'As C3152 at 9.4822 %/year: EMI 1713.12, last 1713.15.',
    published: {
      product: 'LP2_ADV_PYMNT_INTEREST_DAILY_EMI_ACTUAL_ACTUAL',
      submittedOn: '12 December 2023',
      principal: '10000',
      annualInterestRatePercent: '9.4822',
      interestType: 'DECLINING_BALANCE',
      interestCalculationPeriod: 'DAILY',
      amortizationType: 'EQUAL_INSTALLMENTS',
      loanTermFrequency: 6,
      loanTermFrequencyType: 'MONTHS',
      repaymentEvery: 1,
      repaymentFrequencyType: 'MONTHS',
      numberOfRepayments: 6,
      paymentStrategy: 'ADVANCED_PAYMENT_ALLOCATION',
    },
    terms: {
      principal: '10000',
      rate: { percent: '9.4822', per: 'year' },
      termMonths: 6,
      method: 'declining',
      disbursedOn: '2023-12-12',
      dayCount: 'actual/actual',
      levelPayment: 'actual-days',
      roundingMode: 'half-even',
    },
    expected: {
      rows: [
        [1, '2024-01-12', 31, '1632.67', '80.45', '1713.12', '8367.33'],
        [2, '2024-02-12', 31, '1645.92', '67.2', '1713.12', '6721.41'],
        [3, '2024-03-12', 29, '1662.62', '50.5', '1713.12', '5058.79'],
        [4, '2024-04-12', 31, '1672.49', '40.63', '1713.12', '3386.3'],
        [5, '2024-05-12', 30, '1686.8', '26.32', '1713.12', '1699.5'],
        [6, '2024-06-12', 31, '1699.5', '13.65', '1713.15', '0.0'],
      ],
      totalInterest: '278.75',
      totalPayment: '10278.75',
    },
  },
  {
    source:
      'apache/fineract@0258af6872d8b87c3e8049504387d91394622a32 fineract-e2e-tests-runner/src/test/resources/features/EMICalculation.feature :: @TestRailId:C3154 "EMI calculation with 360/30 setup - integer"',
    note: 'Progressive, 30/360: every full month is 1/12 of the yearly rate whatever its days (31, 29, 31, …): 100 × 1% = 1.0 in period 1. EMI 17.25, last 17.28.',
    published: {
      product: 'LP2_ADV_PYMNT_INTEREST_DAILY_EMI_360_30',
      submittedOn: '1 January 2024',
      principal: '100',
      annualInterestRatePercent: '12',
      interestType: 'DECLINING_BALANCE',
      interestCalculationPeriod: 'DAILY',
      amortizationType: 'EQUAL_INSTALLMENTS',
      loanTermFrequency: 6,
      loanTermFrequencyType: 'MONTHS',
      repaymentEvery: 1,
      repaymentFrequencyType: 'MONTHS',
      numberOfRepayments: 6,
      paymentStrategy: 'ADVANCED_PAYMENT_ALLOCATION',
    },
    terms: {
      principal: '100',
      rate: { percent: '12', per: 'year' },
      termMonths: 6,
      method: 'declining',
      levelPayment: 'actual-days',
      disbursedOn: '2024-01-01',
      dayCount: '30/360',
      roundingMode: 'half-even',
    },
    expected: {
      rows: [
        [1, '2024-02-01', 31, '16.25', '1.0', '17.25', '83.75'],
        [2, '2024-03-01', 29, '16.41', '0.84', '17.25', '67.34'],
        [3, '2024-04-01', 31, '16.58', '0.67', '17.25', '50.76'],
        [4, '2024-05-01', 30, '16.74', '0.51', '17.25', '34.02'],
        [5, '2024-06-01', 31, '16.91', '0.34', '17.25', '17.11'],
        [6, '2024-07-01', 30, '17.11', '0.17', '17.28', '0.0'],
      ],
      totalInterest: '3.53',
      totalPayment: '103.53',
    },
  },
  {
    source:
      'apache/fineract@0258af6872d8b87c3e8049504387d91394622a32 fineract-e2e-tests-runner/src/test/resources/features/EMICalculation.feature :: @TestRailId:C3155 "EMI calculation with 360/30 setup - decimal"',
    note: 'As C3154 at 9.4822 %/year: EMI 17.13 every instalment including the last (same figures as ProgressiveEMICalculatorTest test_disbursedAmt100_dayInYears360_daysInMonth30_repayEvery1Month).',
    published: {
      product: 'LP2_ADV_PYMNT_INTEREST_DAILY_EMI_360_30',
      submittedOn: '1 January 2024',
      principal: '100',
      annualInterestRatePercent: '9.4822',
      interestType: 'DECLINING_BALANCE',
      interestCalculationPeriod: 'DAILY',
      amortizationType: 'EQUAL_INSTALLMENTS',
      loanTermFrequency: 6,
      loanTermFrequencyType: 'MONTHS',
      repaymentEvery: 1,
      repaymentFrequencyType: 'MONTHS',
      numberOfRepayments: 6,
      paymentStrategy: 'ADVANCED_PAYMENT_ALLOCATION',
    },
    terms: {
      principal: '100',
      rate: { percent: '9.4822', per: 'year' },
      termMonths: 6,
      method: 'declining',
      levelPayment: 'actual-days',
      disbursedOn: '2024-01-01',
      dayCount: '30/360',
      roundingMode: 'half-even',
    },
    expected: {
      rows: [
        [1, '2024-02-01', 31, '16.34', '0.79', '17.13', '83.66'],
        [2, '2024-03-01', 29, '16.47', '0.66', '17.13', '67.19'],
        [3, '2024-04-01', 31, '16.6', '0.53', '17.13', '50.59'],
        [4, '2024-05-01', 30, '16.73', '0.4', '17.13', '33.86'],
        [5, '2024-06-01', 31, '16.86', '0.27', '17.13', '17.0'],
        [6, '2024-07-01', 30, '17.0', '0.13', '17.13', '0.0'],
      ],
      totalInterest: '2.78',
      totalPayment: '102.78',
    },
  },
];

const PEMI =
  'apache/fineract@048cf93c398524899433b82df9974619e1b3a6de fineract-progressive-loan/src/test/java/org/apache/fineract/portfolio/loanproduct/calc/ProgressiveEMICalculatorTest.java';
const PEMI_INDEX_COPY =
  'fineract-progressive-loan/src/test/java/org/apache/fineract/portfolio/loanproduct/calc/ProgressiveEMICalculatorTest.java (a Fineract copy of 296,593 characters; the index did not name its repository or commit)';
const PEMI_MODE =
  'Mocked MoneyHelper: RoundingMode.HALF_EVEN, MathContext(12, HALF_EVEN); currency USD with 2 decimals; no installmentAmountInMultiplesOf. Rows are checkPeriod(model, period, 0, emi, rateFactor, rawInterest, interest, principal, balance) as published; payment = EMI.';

/** Fineract unit tests of the progressive (EMI) calculator and schedule generator. */
export const FINERACT_UNIT_CASES: readonly ScheduleCase[] = [
  {
    source: `${PEMI} :: test_emiAdjustment_newCalculatedEmiNotBetterThanOriginal`,
    note: `100 at 15.678 %/year, DAYS_365 / DaysInMonth ACTUAL, monthly from 2024-01-01. Rate factors are days/365 (31 days: 0.013315561644; 29: 0.012456493151; 30: 0.012886027397) and the EMI is solved over those actual lengths: 17.43 (the nominal PMT at 15.678/12 would be 17.44). The last instalment absorbs the rounding: 17.47. ${PEMI_MODE}`,
    published: {
      disbursement: '100.0',
      disbursedOn: '2024-01-01',
      annualNominalInterestRate: '15.678',
      daysInYearType: 'DAYS_365',
      daysInMonthType: 'ACTUAL',
      repaymentPeriodFrequencyType: 'MONTHS',
      repayEvery: 1,
      periods: 6,
    },
    terms: {
      principal: '100',
      rate: { percent: '15.678', per: 'year' },
      termMonths: 6,
      method: 'declining',
      disbursedOn: '2024-01-01',
      dayCount: 'actual/365',
      levelPayment: 'actual-days',
      roundingMode: 'half-even',
    },
    expected: {
      rows: [
        [1, '2024-02-01', 31, '16.1', '1.33', '17.43', '83.9'],
        [2, '2024-03-01', 29, '16.38', '1.05', '17.43', '67.52'],
        [3, '2024-04-01', 31, '16.53', '0.90', '17.43', '50.99'],
        [4, '2024-05-01', 30, '16.77', '0.66', '17.43', '34.22'],
        [5, '2024-06-01', 31, '16.97', '0.46', '17.43', '17.25'],
        [6, '2024-07-01', 30, '17.25', '0.22', '17.47', '0.0'],
      ],
    },
  },
  {
    source: `${PEMI} :: test_disbursedAmt100_dayInYears360_daysInMonth30_repayEvery1Month`,
    note: `100 at 9.4822 %/year, DAYS_360 / DAYS_30: every month's rate factor is 0.094822/12 = 0.007901833333 whatever its days; EMI 17.13 throughout, last included. ${PEMI_MODE}`,
    published: {
      disbursement: '100.0',
      disbursedOn: '2024-01-01',
      annualNominalInterestRate: '9.4822',
      daysInYearType: 'DAYS_360',
      daysInMonthType: 'DAYS_30',
      repaymentPeriodFrequencyType: 'MONTHS',
      repayEvery: 1,
      periods: 6,
    },
    terms: {
      principal: '100',
      rate: { percent: '9.4822', per: 'year' },
      termMonths: 6,
      method: 'declining',
      levelPayment: 'actual-days',
      disbursedOn: '2024-01-01',
      dayCount: '30/360',
      roundingMode: 'half-even',
    },
    expected: {
      rows: [
        [1, '2024-02-01', 31, '16.34', '0.79', '17.13', '83.66'],
        [2, '2024-03-01', 29, '16.47', '0.66', '17.13', '67.19'],
        [3, '2024-04-01', 31, '16.60', '0.53', '17.13', '50.59'],
        [4, '2024-05-01', 30, '16.73', '0.40', '17.13', '33.86'],
        [5, '2024-06-01', 31, '16.86', '0.27', '17.13', '17.0'],
        [6, '2024-07-01', 30, '17.00', '0.13', '17.13', '0.0'],
      ],
    },
  },
  {
    source: `${PEMI} :: test_multi_disbursedAmt200_2ndOnDueDate_dayInYears360_daysInMonth30_repayEvery1Month`,
    note: `Tranches: 100 on 2024-01-01, 100 more on 2024-03-01 (a due date). Rows after the second disbursement: instalments 1–2 keep EMI 17.13; the tranche lands in period 2's closing balance (67.19 + 100 = 167.19) and the EMI is re-solved for the 4 remaining periods (42.63; last 42.61). 30/360 as above. ${PEMI_MODE}`,
    published: {
      disbursements: '100.0 on 2024-01-01; 100.0 on 2024-03-01',
      annualNominalInterestRate: '9.4822',
      daysInYearType: 'DAYS_360',
      daysInMonthType: 'DAYS_30',
      repaymentPeriodFrequencyType: 'MONTHS',
      repayEvery: 1,
      periods: 6,
    },
    terms: {
      principal: '200',
      rate: { percent: '9.4822', per: 'year' },
      termMonths: 6,
      method: 'declining',
      levelPayment: 'actual-days',
      disbursedOn: '2024-01-01',
      dayCount: '30/360',
      roundingMode: 'half-even',
      disbursements: [
        { on: '2024-01-01', amount: '100' },
        { on: '2024-03-01', amount: '100' },
      ],
    },
    expected: {
      rows: [
        [1, '2024-02-01', 31, '16.34', '0.79', '17.13', '83.66'],
        [2, '2024-03-01', 29, '16.47', '0.66', '17.13', '167.19'],
        [3, '2024-04-01', 31, '41.31', '1.32', '42.63', '125.88'],
        [4, '2024-05-01', 30, '41.64', '0.99', '42.63', '84.24'],
        [5, '2024-06-01', 31, '41.96', '0.67', '42.63', '42.28'],
        [6, '2024-07-01', 30, '42.28', '0.33', '42.61', '0.0'],
      ],
    },
  },
  {
    source: `${PEMI} :: test_multiDisbursedAmt300InSamePeriod_dayInYears360_daysInMonth30_repayEvery1Month`,
    note: `Tranches: 100 on 2024-01-01, 200 more on 2024-01-08, both in period 1. Period 1 splits into interest periods at the tranche: 100 × 0.094822/12 × 7/31 (rate factor 0.001784284946, 0.178428494616) + 300 × 0.094822/12 × 24/31 (0.006117548387, 1.8352645161) = 2.01; the EMI is re-solved over all 6 periods: 51.33. So a mid-period 30/360 fraction is actual days / actual days of the period. ${PEMI_MODE}`,
    published: {
      disbursements: '100 on 2024-01-01; 200.0 on 2024-01-08',
      annualNominalInterestRate: '9.4822',
      daysInYearType: 'DAYS_360',
      daysInMonthType: 'DAYS_30',
      repaymentPeriodFrequencyType: 'MONTHS',
      repayEvery: 1,
      periods: 6,
    },
    terms: {
      principal: '300',
      rate: { percent: '9.4822', per: 'year' },
      termMonths: 6,
      method: 'declining',
      levelPayment: 'actual-days',
      disbursedOn: '2024-01-01',
      firstDueOn: '2024-02-01',
      dayCount: '30/360',
      roundingMode: 'half-even',
      disbursements: [
        { on: '2024-01-01', amount: '100' },
        { on: '2024-01-08', amount: '200' },
      ],
    },
    expected: {
      rows: [
        [1, '2024-02-01', 31, '49.32', '2.01', '51.33', '250.68'],
        [2, '2024-03-01', 29, '49.35', '1.98', '51.33', '201.33'],
        [3, '2024-04-01', 31, '49.74', '1.59', '51.33', '151.59'],
        [4, '2024-05-01', 30, '50.13', '1.2', '51.33', '101.46'],
        [5, '2024-06-01', 31, '50.53', '0.80', '51.33', '50.93'],
        [6, '2024-07-01', 30, '50.93', '0.40', '51.33', '0.0'],
      ],
    },
  },
  {
    source: `${PEMI_INDEX_COPY} :: test_disbursedAmt100_dayInYears364_daysInMonthActual_repayEvery1Week`,
    note: `Weekly: 100 at 9.4822 %/year, DAYS_364: rate factor 0.094822 × 7/364 = 0.0018235 per week (days/daysInYear, not 1/52 of a 365-day year); EMI 16.77, last 16.78. ${PEMI_MODE}`,
    published: {
      disbursement: '100.0',
      disbursedOn: '2024-01-01',
      annualNominalInterestRate: '9.4822',
      daysInYearType: 'DAYS_364',
      daysInMonthType: 'ACTUAL',
      repaymentPeriodFrequencyType: 'WEEKS',
      repayEvery: 1,
      periods: 6,
    },
    terms: {
      principal: '100',
      rate: { percent: '9.4822', per: 'year' },
      installmentCount: 6,
      repayEvery: { count: 1, unit: 'week' },
      method: 'declining',
      disbursedOn: '2024-01-01',
      roundingMode: 'half-even',
    },
    expected: {
      rows: [
        [1, '2024-01-08', 7, '16.59', '0.18', '16.77', '83.41'],
        [2, '2024-01-15', 7, '16.62', '0.15', '16.77', '66.79'],
        [3, '2024-01-22', 7, '16.65', '0.12', '16.77', '50.14'],
        [4, '2024-01-29', 7, '16.68', '0.09', '16.77', '33.46'],
        [5, '2024-02-05', 7, '16.71', '0.06', '16.77', '16.75'],
        [6, '2024-02-12', 7, '16.75', '0.03', '16.78', '0.0'],
      ],
    },
  },
  {
    source: `${PEMI_INDEX_COPY} :: test_disbursedAmt100_dayInYears364_daysInMonthActual_repayEvery2Week`,
    note: `Fortnightly: 100 at 9.4822 %/year, DAYS_364: rate factor 0.094822 × 14/364 = 0.003647; EMI 33.57, last 33.58. ${PEMI_MODE}`,
    published: {
      disbursement: '100.0',
      disbursedOn: '2024-01-01',
      annualNominalInterestRate: '9.4822',
      daysInYearType: 'DAYS_364',
      daysInMonthType: 'ACTUAL',
      repaymentPeriodFrequencyType: 'WEEKS',
      repayEvery: 2,
      periods: 3,
    },
    terms: {
      principal: '100',
      rate: { percent: '9.4822', per: 'year' },
      installmentCount: 3,
      repayEvery: { count: 2, unit: 'week' },
      method: 'declining',
      disbursedOn: '2024-01-01',
      roundingMode: 'half-even',
    },
    expected: {
      rows: [
        [1, '2024-01-15', 14, '33.21', '0.36', '33.57', '66.79'],
        [2, '2024-01-29', 14, '33.33', '0.24', '33.57', '33.46'],
        [3, '2024-02-12', 14, '33.46', '0.12', '33.58', '0.0'],
      ],
    },
  },
  {
    source: `${PEMI_INDEX_COPY} :: test_disbursedAmt100_dayInYears360_daysInMonthDoesntMatter_repayEvery15Days`,
    note: `Every 15 days: 100 at 9.4822 %/year, DAYS_360: rate factor 0.094822 × 15/360 = 0.003950916667; EMI 16.90, last 16.89 (the last absorbs downwards). ${PEMI_MODE}`,
    published: {
      disbursement: '100.0',
      disbursedOn: '2024-01-01',
      annualNominalInterestRate: '9.4822',
      daysInYearType: 'DAYS_360',
      daysInMonthType: 'ACTUAL',
      repaymentPeriodFrequencyType: 'DAYS',
      repayEvery: 15,
      periods: 6,
    },
    terms: {
      principal: '100',
      rate: { percent: '9.4822', per: 'year' },
      installmentCount: 6,
      repayEvery: { count: 15, unit: 'day' },
      method: 'declining',
      disbursedOn: '2024-01-01',
      roundingMode: 'half-even',
    },
    expected: {
      rows: [
        [1, '2024-01-16', 15, '16.50', '0.40', '16.90', '83.50'],
        [2, '2024-01-31', 15, '16.57', '0.33', '16.90', '66.93'],
        [3, '2024-02-15', 15, '16.64', '0.26', '16.90', '50.29'],
        [4, '2024-03-01', 15, '16.70', '0.20', '16.90', '33.59'],
        [5, '2024-03-16', 15, '16.77', '0.13', '16.90', '16.82'],
        [6, '2024-03-31', 15, '16.82', '0.07', '16.89', '0.0'],
      ],
    },
  },
  {
    source:
      'apache/fineract@14df89545ac66d04211056547bf5b66501345c32 fineract-progressive-loan/src/test/java/org/apache/fineract/portfolio/loanaccount/loanschedule/domain/LoanScheduleGeneratorTest.java :: testGenerateLoanSchedule',
    note: '192.22 at 9.99 %/year, DAYS_30 / DAYS_360, 6 monthly periods from 2024-01-01 but disbursed 2024-01-15: the short first period is charged 192.22 × 0.0999/12 × 17/31 = 0.8776 → 0.88 (actual days over the actual days of the period, applied to the 30/360 month), NOT 17/360 of a year (0.91). EMI 32.85 solved with that short first rate factor; last 32.87. MathContext(12, HALF_EVEN).',
    published: {
      disbursement: '192.22',
      scheduleStart: '2024-01-01',
      disbursedOn: '2024-01-15',
      nominalInterestRate: '9.99',
      numberOfRepayments: 6,
      repaymentFrequency: 1,
      repaymentFrequencyType: 'MONTHS',
      daysInMonthType: 'DAYS_30',
      daysInYearType: 'DAYS_360',
      interestMethod: 'DECLINING_BALANCE',
    },
    terms: {
      principal: '192.22',
      rate: { percent: '9.99', per: 'year' },
      termMonths: 6,
      method: 'declining',
      levelPayment: 'actual-days',
      disbursedOn: '2024-01-15',
      firstDueOn: '2024-02-01',
      dayCount: '30/360',
      roundingMode: 'half-even',
    },
    expected: {
      rows: [
        [1, '2024-02-01', null, '31.97', '0.88', '32.85', '160.25'],
        [2, '2024-03-01', null, '31.52', '1.33', '32.85', '128.73'],
        [3, '2024-04-01', null, '31.78', '1.07', '32.85', '96.95'],
        [4, '2024-05-01', null, '32.04', '0.81', '32.85', '64.91'],
        [5, '2024-06-01', null, '32.31', '0.54', '32.85', '32.60'],
        [6, '2024-07-01', null, '32.60', '0.27', '32.87', '0'],
      ],
    },
  },
  {
    source:
      'apache/fineract@14df89545ac66d04211056547bf5b66501345c32 fineract-progressive-loan/src/test/java/org/apache/fineract/portfolio/loanaccount/loanschedule/domain/LoanScheduleGeneratorTest.java :: testGenerateSemiMonthlyLoanSchedule',
    note: 'Semi-monthly (15th and last day), 1000 at 24 %/year, DAYS_30 / DAYS_360: every period counts as 15/360 = 1 % whatever its actual days (16, 15, 13, 15): 10.00, 7.54, 5.05, 2.54; EMI 256.28, last 256.29. No repayEvery unit maps to semi-monthly; kept as 30/360 evidence.',
    published: {
      disbursement: '1000',
      disbursedOn: '2023-01-15',
      nominalInterestRate: '24',
      numberOfRepayments: 4,
      repaymentFrequencyType: 'SEMI_MONTHLY',
      dueDays: '15, 31',
      daysInMonthType: 'DAYS_30',
      daysInYearType: 'DAYS_360',
    },
    expected: {
      rows: [
        [1, '2023-01-31', 16, '246.28', '10.00', '256.28', '753.72'],
        [2, '2023-02-15', 15, '248.74', '7.54', '256.28', '504.98'],
        [3, '2023-02-28', 13, '251.23', '5.05', '256.28', '253.75'],
        [4, '2023-03-15', 15, '253.75', '2.54', '256.29', '0'],
      ],
    },
  },
];

const NPF =
  'numpy/numpy-financial@06f5d481dec4503b84adf5bc6d00918c31c2fa12 tests/test_financial.py';

/** numpy-financial's published `pmt`/`ipmt`/`ppmt`/`fv` results (signs as published: payments negative). */
export const NUMPY_FINANCIAL_CASES: readonly FunctionCase[] = [
  {
    source: `${NPF} :: TestPmt.test_pmt_simple`,
    note: 'End-of-period PMT.',
    fn: 'pmt',
    args: { rate: '0.08 / 12', nper: '5 * 12', pv: '15000' },
    expected: { value: '-304.145914', tolerance: 'assert_allclose default rtol 1e-7' },
  },
  {
    source: `${NPF} :: TestPmt.test_pmt_decimal_simple`,
    note: 'The same in Decimal, exact to 28 digits.',
    fn: 'pmt',
    args: { rate: "Decimal('0.08') / Decimal('12')", nper: '5 * 12', pv: '15000' },
    expected: { value: '-304.1459143262052370338701494' },
  },
  {
    source: `${NPF} :: TestPmt.test_pmt_zero_rate`,
    note: 'Rate 0: pv / nper.',
    fn: 'pmt',
    args: { rate: '0.0', nper: '5 * 12', pv: '15000' },
    expected: { value: '-250.0' },
  },
  {
    source: `${NPF} :: TestPpmt.test_when_is_end`,
    note: 'Principal part of payment 1, payments at the end.',
    fn: 'ppmt',
    args: { rate: '0.1 / 12', per: 1, nper: 60, pv: 55000, fv: 0, when: 'end' },
    expected: { value: '-710.254126', tolerance: 'rtol 1e-9 (Google Sheets PPMT)' },
  },
  {
    source: `${NPF} :: TestPpmt.test_when_is_begin`,
    note: "Payments at the start (when='begin' or 1): payment 1 is all principal, so PPMT(1) = the whole type-1 PMT.",
    fn: 'ppmt',
    args: { rate: '0.1 / 12', per: 1, nper: 60, pv: 55000, fv: 0, when: 'begin' },
    expected: { value: '-1158.929712', tolerance: 'rtol 1e-9 (Google Sheets PPMT)' },
  },
  {
    source: `${NPF} :: TestPpmt.test_when_is_begin_decimal`,
    note: 'Type-1 PMT of 15000 at 8 %/12 over 60.',
    fn: 'ppmt',
    args: {
      rate: "Decimal('0.08') / Decimal('12')",
      per: 1,
      nper: 60,
      pv: '15000.',
      fv: 0,
      when: 'begin',
    },
    expected: { value: '-302.131703', tolerance: 'decimal=5 (Google Sheets PPMT)' },
  },
  {
    source: `${NPF} :: TestPpmt.test_when_is_end_decimal`,
    note: 'End-of-period principal part of payment 1 (304.145914 − 100.00 interest).',
    fn: 'ppmt',
    args: {
      rate: "Decimal('0.08') / Decimal('12')",
      per: 1,
      nper: 60,
      pv: '15000.',
      fv: 0,
      when: 'end',
    },
    expected: { value: '-204.145914', tolerance: 'decimal=5 (Google Sheets PPMT)' },
  },
  {
    source: `${NPF} :: TestPpmt.test_broadcast (when None)`,
    note: 'Principal parts of payments 1–4, 2000 at 10 %/12 over 24, end of period.',
    fn: 'ppmt',
    args: { rate: '0.1 / 12', per: '1, 2, 3, 4', nper: 24, pv: 2000, fv: 0, when: 'end' },
    expected: {
      value: '-75.62318601, -76.25337923, -76.88882405, -77.52956425',
      tolerance: 'rtol 1e-5',
    },
  },
  {
    source: `${NPF} :: TestPpmt.test_broadcast (when [0, 1, 'end', 'begin'])`,
    note: 'Per 1..4 with when end, begin, end, begin: a begin-mode principal part for per k equals the end-mode one for per k−1.',
    fn: 'ppmt',
    args: {
      rate: '0.1 / 12',
      per: '1, 2, 3, 4',
      nper: 24,
      pv: 2000,
      fv: 0,
      when: "0, 1, 'end', 'begin'",
    },
    expected: {
      value: '-75.62318601, -75.62318601, -76.88882405, -76.88882405',
      tolerance: 'rtol 1e-5',
    },
  },
  {
    source: `${NPF} :: TestIpmt.test_when_is_end`,
    note: 'Interest of payment 1 at the end: 2000 × 10 %/12.',
    fn: 'ipmt',
    args: { rate: '0.1 / 12', per: 1, nper: 24, pv: 2000, fv: 0, when: 'end' },
    expected: { value: '-16.666667', tolerance: 'rtol 1e-6 (Google Sheets IPMT)' },
  },
  {
    source: `${NPF} :: TestIpmt.test_when_is_begin`,
    note: 'Payments at the start: payment 1 is made on the disbursement day and carries no interest.',
    fn: 'ipmt',
    args: { rate: '0.1 / 12', per: 1, nper: 24, pv: 2000, fv: 0, when: 'begin' },
    expected: { value: '0' },
  },
  {
    source: `${NPF} :: TestIpmt.test_gh_17 (per 1)`,
    note: "when='begin': per 1 is 0.",
    fn: 'ipmt',
    args: { rate: '0.001988079518355057', per: 1, nper: 360, pv: 300000, when: 'begin' },
    expected: { value: '0' },
  },
  {
    source: `${NPF} :: TestIpmt.test_gh_17 (per 2)`,
    note: "when='begin': per 2 is interest on the balance after the first (day-0) payment.",
    fn: 'ipmt',
    args: { rate: '0.001988079518355057', per: 2, nper: 360, pv: 300000, when: 'begin' },
    expected: { value: '-594.107158', tolerance: 'rtol 1e-6 (Google Sheets IPMT)' },
  },
  {
    source: `${NPF} :: TestIpmt.test_gh_17 (per 3)`,
    note: "when='begin', per 3.",
    fn: 'ipmt',
    args: { rate: '0.001988079518355057', per: 3, nper: 360, pv: 300000, when: 'begin' },
    expected: { value: '-592.971592', tolerance: 'rtol 1e-6 (Google Sheets IPMT)' },
  },
  {
    source: `${NPF} :: TestIpmt.test_broadcasting`,
    note: 'Interest of payments 0..4 at the end (per 0 is NaN).',
    fn: 'ipmt',
    args: { rate: '0.1 / 12', per: '0, 1, 2, 3, 4', nper: 24, pv: 2000 },
    expected: {
      value: 'nan, -16.66666667, -16.03647345, -15.40102862, -14.76028842',
      tolerance: 'rtol 1e-6',
    },
  },
  {
    source: `${NPF} :: TestFv.test_when_is_begin_float`,
    note: 'Future value of an annuity due (type 1).',
    fn: 'fv',
    args: { rate: '0.075', nper: 20, pmt: -2000, pv: 0, when: 'begin' },
    expected: { value: '93105.064874', tolerance: 'rtol 1e-10 (Google Sheets FV)' },
  },
];

/** Spreadsheet-function documentation examples (Excel-compatible PMT, type 0 and 1). */
export const SPREADSHEET_CASES: readonly FunctionCase[] = [
  {
    source:
      'SAS PMT Function documentation, https://support.sas.com/documentation/cdl/en/lefunctionsref/63354/HTML/default/n1kisp5nwkz1tpn1jarqzxto5qqb.htm',
    note: '10,000 at 8 %/year, 10 end-of-month payments (the figures Microsoft’s PMT page also uses; that page’s example table was not in the stored copy).',
    fn: 'pmt',
    args: { rate: '0.08/12', nper: 10, pv: 10000, fv: 0, type: 0 },
    expected: { value: '1037.03' },
  },
  {
    source: 'SAS PMT Function documentation (as above)',
    note: 'The same loan with beginning-of-period payments: PMT(type 0) / (1 + rate).',
    fn: 'pmt',
    args: { rate: '0.08/12', nper: 10, pv: 10000, fv: 0, type: 1 },
    expected: { value: '1030.16' },
  },
  {
    source:
      'MESCIUS SpreadJS formula reference, PMT, https://developer.mescius.com/spreadjs/docs/formulareference/FormulaFunctions/financial-functions/PMT',
    note: 'End of period.',
    fn: 'pmt',
    args: { rate: '6%/12', nper: 15, pv: 5000 },
    expected: { value: '-$346.82' },
  },
  {
    source: 'MESCIUS SpreadJS formula reference, PMT (as above)',
    note: 'Beginning of period (type 1).',
    fn: 'pmt',
    args: { rate: '0.005', nper: 15, pv: 5000, fv: 0, type: 1 },
    expected: { value: '-$345.10' },
  },
];
