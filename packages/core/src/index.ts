/**
 * `@sajja/core`: money, Thai text and dates for Thai community finance. Pure functions over
 * immutable values; runs the same in Node and in browsers.
 *
 * The domains have entry points of their own, so a page pays only for what it imports:
 * `@sajja/core/savings`, `@sajja/core/welfare`, `@sajja/core/loans`, `@sajja/core/ledger`,
 * `@sajja/core/books`, `@sajja/core/year-end`, `@sajja/core/report-html`,
 * `@sajja/core/promptpay`.
 *
 * @module @sajja/core
 */
export { SajjaError, isSajjaError, raisedWith } from './errors/sajja-error.js';
export type {
  SajjaErrorCode,
  SajjaErrorDetails,
  SajjaErrorInit,
  SajjaProblem,
} from './errors/sajja-error.js';
export { errorMessage, problemMessage } from './errors/messages.js';
export type { Language, Sentences } from './errors/sentences.js';
export type {
  SajjaErrorReasons,
  SajjaErrorReason,
  SajjaProblemReason,
  InvalidAmountReason,
  InvalidArgumentReason,
  StoreArgumentReason,
  WidgetArgumentReason,
} from './errors/reasons.js';
export type {
  CommonAmountReason,
  CommonArgumentReason,
  StorageFullReason,
  StorageUnavailableReason,
} from './errors/common-sentences.js';
export type { ProblemReason } from './errors/problem-sentences.js';
export type { MoneyAmountReason, MoneyArgumentReason } from './money/money-sentences.js';
export type { TypedAmountReason } from './money/parse-money-sentences.js';
export type { InvalidDateReason } from './dates/date-sentences.js';
export type { LoanArgumentReason } from './loans/loan-sentences.js';
export type { SavingsArgumentReason } from './savings/savings-sentences.js';
export type { WelfareArgumentReason } from './welfare/welfare-sentences.js';
export type { YearEndArgumentReason } from './year-end/year-end-sentences.js';
export type { BooksArgumentReason } from './books/books-sentences.js';
export type { PromptPayArgumentReason } from './promptpay/promptpay-sentences.js';
export {
  Money,
  money,
  sum,
  isMoney,
  MAX_MONEY_DIGITS,
  MAX_AMOUNT_LENGTH,
  MAX_FACTOR_LENGTH,
} from './money/money.js';
export type { MoneyInput, MoneyOptions } from './money/money.js';
export { ROUNDING_MODES } from './money/rounding.js';
export type { RoundingMode } from './money/rounding.js';
export { toThaiDigits, fromThaiDigits } from './text/thai-digits.js';
export type { DigitStyle } from './text/thai-digits.js';
export { parseMoney, MAX_TYPED_DIGITS } from './money/parse-money.js';
export type { ParseMoneyOptions } from './money/parse-money.js';
export { MAX_NOTE_LENGTH, MAX_SLIP_REFERENCE_LENGTH, DEFAULT_STORE_NAME } from './limits.js';
export { formatMoney } from './money/format-money.js';
export type { FormatMoneyOptions } from './money/format-money.js';
export { allocate } from './money/allocate.js';
export { satangOf, satangText } from './money/satang.js';
export { parseCsv, formatCsv, unguardCsvCell } from './text/csv.js';
export { displayColumns } from './text/display-columns.js';
export {
  graphemeLength,
  MAX_UNITS_PER_CHARACTER,
  tooManyCharacters,
} from './text/grapheme-length.js';
export type { ParsedCsv, FormatCsvOptions } from './text/csv.js';
export type { AllocationWeight } from './money/allocate.js';
export { bahtText } from './text/baht-text.js';
export type { BahtTextOptions, EdRule } from './text/baht-text.js';
export {
  isIsoDate,
  assertIsoDate,
  isLeapYear,
  daysInMonth,
  daysBetween,
  addDays,
  addMonths,
  compareIsoDates,
} from './dates/iso-date.js';
export { localToday } from './dates/local-today.js';
export { toBuddhistYear, BUDDHIST_ERA_OFFSET } from './dates/buddhist-era.js';
export {
  formatThaiDate,
  THAI_MONTH_NAMES,
  THAI_MONTH_ABBREVIATIONS,
} from './dates/format-thai-date.js';
export type { ThaiDateStyle, FormatThaiDateOptions } from './dates/format-thai-date.js';
export { parseThaiDate } from './dates/parse-thai-date.js';
export { reversalProblem } from './corrections/reversal-rule.js';
export type { ReversalProblem, ReversibleRecord } from './corrections/reversal-rule.js';
export { ruleWarningMessage } from './rules/rule-warning.js';
export type { RuleWarning, RuleWarningCode } from './rules/rule-warning.js';
export { MAX_DECIMAL_LENGTH } from './rules/bounded-decimal.js';
