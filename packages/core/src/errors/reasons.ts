import type { BooksArgumentReason } from '../books/books-sentences.js';
import type { LoanArgumentReason } from '../loans/loan-sentences.js';
import type { MoneyAmountReason, MoneyArgumentReason } from '../money/money-sentences.js';
import type { PromptPayArgumentReason } from '../promptpay/promptpay-sentences.js';
import type { TypedAmountReason } from '../money/parse-money-sentences.js';
import type { SavingsArgumentReason } from '../savings/savings-sentences.js';
import type { WelfareArgumentReason } from '../welfare/welfare-sentences.js';
import type { YearEndArgumentReason } from '../year-end/year-end-sentences.js';
import type {
  CommonAmountReason,
  CommonArgumentReason,
  StorageFullReason,
  StorageUnavailableReason,
} from './common-sentences.js';
import type { ProblemReason } from './problem-sentences.js';
import type { SajjaErrorCode } from './sajja-error.js';
import type { InvalidDateReason } from '../dates/date-sentences.js';

/**
 * Why `@sajja/store` refuses an argument with a reason of its own (its other refusals use the
 * shared {@link CommonArgumentReason}s). Listed here, with the codes, so that every reason of
 * `INVALID_ARGUMENT` is one union; the store keeps their sentences.
 */
export type StoreArgumentReason =
  | 'invalid-household'
  | 'invalid-organisation'
  | 'invalid-membership'
  | 'invalid-fund-transaction'
  | 'unknown-record'
  | 'reverses-deleted'
  | 'part-of-reversal'
  | 'invalid-loan'
  | 'linked-to-deposit'
  | 'ledger-deposit-only'
  | 'month-before-organisation';

/**
 * Why `@sajja/widgets` refuses an argument with a reason of its own: a tag that is not one of
 * its widgets (`whenWidgetDefined('sajja-no-such')`), and a PromptPay QR without the
 * recipient's name to show, or with one longer than banking apps show
 * (`<sajja-promptpay-qr name>`). The widgets keep their sentences.
 */
export type WidgetArgumentReason =
  | 'unknown-widget'
  | 'missing-recipient-name'
  | 'recipient-name-too-long';

/** Why an amount is refused: the `reason` of every `INVALID_AMOUNT` error. */
export type InvalidAmountReason = MoneyAmountReason | TypedAmountReason | CommonAmountReason;

/**
 * Why an argument is refused: the `reason` of every `INVALID_ARGUMENT` error, by domain. An
 * error that lists the problems of a record (a journal entry, a ledger entry, a stored record)
 * takes its first problem's reason, so the validators' {@link ProblemReason}s are among them,
 * and the amount and date reasons a problem can report.
 */
export type InvalidArgumentReason =
  | CommonArgumentReason
  | ProblemReason
  | InvalidAmountReason
  | InvalidDateReason
  | MoneyArgumentReason
  | LoanArgumentReason
  | SavingsArgumentReason
  | WelfareArgumentReason
  | YearEndArgumentReason
  | BooksArgumentReason
  | PromptPayArgumentReason
  | StoreArgumentReason
  | WidgetArgumentReason;

/**
 * The reason of a {@link SajjaProblem}: a validator's ({@link ProblemReason}), a record the books
 * refuse ({@link BooksArgumentReason}), or the reason of an error a problem reports in its place
 * (an amount, a date, an argument).
 */
export type SajjaProblemReason = InvalidArgumentReason;

/**
 * The reasons of each {@link SajjaErrorCode}, as string-literal unions: a mistyped reason is a
 * type error where an error is raised or compared. `RULES_INVALID` takes the reason of its first
 * problem; `CRYPTO_UNAVAILABLE` is raised nowhere now (see {@link SajjaErrorCode}).
 */
export interface SajjaErrorReasons {
  /** Why an amount is refused. */
  INVALID_AMOUNT: InvalidAmountReason;
  /** Why a date or a month is refused. */
  INVALID_DATE: InvalidDateReason;
  /** Why any other argument is refused, by domain. */
  INVALID_ARGUMENT: InvalidArgumentReason;
  /** The reason of the first problem found in rules. */
  RULES_INVALID: SajjaProblemReason;
  /** Why the browser gives no usable storage. */
  STORAGE_UNAVAILABLE: StorageUnavailableReason;
  /** Why the browser refused to store more. */
  STORAGE_FULL: StorageFullReason;
  /** Raised nowhere now; kept for code that handles it. */
  CRYPTO_UNAVAILABLE: 'no-subtle-crypto';
}

/** The reasons an error of code `C` can have (every reason, for `SajjaErrorCode` itself). */
export type SajjaErrorReason<C extends SajjaErrorCode = SajjaErrorCode> = SajjaErrorReasons[C];
