import { assertIsoDate } from '../dates/iso-date.js';
import { fillPlaceholders, sentenceOf, type Language } from '../errors/sentences.js';
import { SajjaError, type SajjaErrorDetails } from '../errors/sajja-error.js';
import { money, sum, type Money, type MoneyInput } from '../money/money.js';
import { validateSavingsRules, type SavingsRules } from './savings-rules.js';
import {
  accountBalance,
  checkAccount,
  transactionKind,
  type SavingsAccount,
} from './transactions.js';

/**
 * Why a withdrawal is refused, or what it costs:
 * - `INSUFFICIENT_FUNDS`: the amount and its fee are more than the balance
 *   (`details.balance`, `details.needed`). Refuses.
 * - `BELOW_MINIMUM_BALANCE`: what would be left is below the rules' minimum balance
 *   (`details.minimumBalance`, `details.available`: the most that can be withdrawn). Refuses.
 * - `WITHDRAWAL_LIMIT_REACHED`: the period's withdrawals are used up and no fee rule allows
 *   more (`details.count`, `details.per`, `details.made`). Refuses.
 * - `FEE_APPLIES`: a fee is charged (`details.fee`, `details.basis`: `'per-withdrawal'` or
 *   `'beyond-limit'`). Never refuses on its own.
 */
export type SavingsReasonCode =
  | 'INSUFFICIENT_FUNDS'
  | 'BELOW_MINIMUM_BALANCE'
  | 'WITHDRAWAL_LIMIT_REACHED'
  | 'FEE_APPLIES';

/** One reason attached to a {@link WithdrawalCheck}, with the values that explain it. */
export interface SavingsReason {
  /** The stable reason code. */
  readonly code: SavingsReasonCode;
  /** Values for a message: amounts as strings, counts as numbers. */
  readonly details?: Readonly<Record<string, string | number>>;
}

/** What {@link checkWithdrawal} decides. */
export interface WithdrawalCheck {
  /** True when the withdrawal may be made. */
  readonly allowed: boolean;
  /** Every reason that applies, refusals first in the order of {@link SavingsReasonCode}; empty when free and allowed. */
  readonly reasons: readonly SavingsReason[];
  /** The fee the withdrawal carries (0.00 when none), also when refused, so a form can say what is needed. */
  readonly fee: Money;
}

/**
 * Checks a withdrawal of `amount` (positive) on `onDate` against the balance at the end of
 * that day (every transaction dated on or before it) and the rules: the fee, the withdrawal
 * limit, the funds and the minimum balance. The fee (`withdrawalFee`, plus
 * `withdrawalLimit.feeBeyond` when this withdrawal is beyond the period's `count`) comes out
 * of the account too, so the balance must cover amount + fee, and amount + fee must leave the
 * minimum balance. Withdrawals counted are the account's transactions of kind `'withdrawal'`
 * in the same calendar month or year, dated on or before `onDate`. Closing an account (taking
 * out everything, minimum included) is not a withdrawal under these rules.
 *
 * @throws {@link "@sajja/core".SajjaError} `INVALID_AMOUNT` (`not-positive` for zero or less, or the reasons of
 *   {@link money}), `INVALID_DATE`, `RULES_INVALID`, or `INVALID_ARGUMENT` / `invalid-option`
 *   for an `account` that is not an object with a list of transactions.
 *
 * @example
 * ```ts
 * const account = { transactions: [{ date: '2024-01-05', amount: '1000' }] };
 * checkWithdrawal(account, '950', '2024-02-01', VILLAGE_BANK_SAVINGS_RULES);
 * // { allowed: false, fee: 0.00, reasons: [{ code: 'BELOW_MINIMUM_BALANCE',
 * //   details: { minimumBalance: '100.00', available: '900.00' } }] }
 * ```
 */
export function checkWithdrawal(
  account: SavingsAccount,
  amount: MoneyInput,
  onDate: string,
  rules: SavingsRules,
): WithdrawalCheck {
  validateSavingsRules(rules);
  checkAccount(account);
  assertIsoDate(onDate, 'withdrawal date');
  const asked = money(amount);
  if (!asked.isPositive()) {
    throw new SajjaError('INVALID_AMOUNT', 'not-positive', `Cannot withdraw ${asked}.`, {
      input: amount,
    });
  }
  const balance = accountBalance(account.transactions, onDate);
  const reasons: SavingsReason[] = [];
  const charges: SavingsReason[] = [];
  const charge = (fee: string, basis: string): void => {
    const amount = money(fee);
    if (!amount.isZero())
      charges.push({ code: 'FEE_APPLIES', details: { fee: `${amount}`, basis } });
  };
  if (rules.withdrawalFee !== undefined) charge(rules.withdrawalFee, 'per-withdrawal');
  const limit = rules.withdrawalLimit;
  if (limit) {
    const period = onDate.slice(0, limit.per === 'month' ? 7 : 4);
    const made = account.transactions.filter(
      (t) => transactionKind(t) === 'withdrawal' && t.date.startsWith(period) && t.date <= onDate,
    ).length;
    if (made >= limit.count && limit.feeBeyond !== undefined) {
      charge(limit.feeBeyond, 'beyond-limit');
    } else if (made >= limit.count) {
      reasons.push({
        code: 'WITHDRAWAL_LIMIT_REACHED',
        details: { count: limit.count, per: limit.per, made },
      });
    }
  }
  const fee = sum(charges.map((reason) => reason.details!.fee!));
  const needed = asked.plus(fee);
  const minimum = money(rules.minimumBalance ?? '0');
  const left = balance.minus(needed);
  if (left.isNegative()) {
    reasons.unshift({
      code: 'INSUFFICIENT_FUNDS',
      details: { balance: `${balance}`, needed: `${needed}` },
    });
  } else if (left.compare(minimum) < 0) {
    const available = balance.minus(minimum).minus(fee);
    reasons.unshift({
      code: 'BELOW_MINIMUM_BALANCE',
      details: {
        minimumBalance: `${minimum}`,
        available: `${available.isNegative() ? money('0') : available}`,
      },
    });
  }
  return { allowed: reasons.length === 0, reasons: [...reasons, ...charges], fee };
}

const PERIOD_WORDS: Readonly<Record<string, Readonly<Record<Language, string>>>> = {
  month: { th: 'เดือน', en: 'month' },
  year: { th: 'ปี', en: 'year' },
};

const sentences: Readonly<Record<SavingsReasonCode, Readonly<Record<Language, string>>>> = {
  INSUFFICIENT_FUNDS: {
    th: 'เงินในบัญชีไม่พอ (คงเหลือ {balance} บาท ต้องใช้ {needed} บาท)',
    en: 'Not enough money in the account: the balance is {balance} baht and {needed} baht is needed.',
  },
  BELOW_MINIMUM_BALANCE: {
    th: 'ต้องคงเงินในบัญชีไว้อย่างน้อย {minimumBalance} บาท ถอนได้ไม่เกิน {available} บาท',
    en: 'The account must keep at least {minimumBalance} baht; at most {available} baht can be withdrawn.',
  },
  WITHDRAWAL_LIMIT_REACHED: {
    th: 'ถอนเงินครบ {count} ครั้งต่อ{per}แล้ว',
    en: 'The withdrawal limit ({count} a {per}) has been reached.',
  },
  FEE_APPLIES: {
    th: 'มีค่าธรรมเนียมการถอน {fee} บาท',
    en: 'A withdrawal fee of {fee} baht applies.',
  },
};

/**
 * The sentence explaining a {@link SavingsReason} to a member or committee, in Thai (default)
 * or English.
 *
 * @throws {@link "@sajja/core".SajjaError} `INVALID_ARGUMENT` / `invalid-option` for a `reason` that is not an
 *   object with one of the codes, or a `language` other than `'th'` and `'en'`.
 *
 * @example
 * ```ts
 * savingsReasonMessage({ code: 'WITHDRAWAL_LIMIT_REACHED', details: { count: 2, per: 'month', made: 2 } }, 'th');
 * // 'ถอนเงินครบ 2 ครั้งต่อเดือนแล้ว'
 * ```
 */
export function savingsReasonMessage(reason: SavingsReason, language: Language = 'th'): string {
  const sentence = sentenceOf(sentences, reason, reason?.code, language, 'reason');
  const details: Readonly<Record<string, unknown>> =
    typeof reason.details === 'object' && reason.details !== null ? reason.details : {};
  const period = details.per;
  const per =
    typeof period === 'string' && Object.hasOwn(PERIOD_WORDS, period)
      ? PERIOD_WORDS[period]![language]
      : undefined;
  return fillPlaceholders(
    sentence,
    (per ? { ...details, per } : details) as SajjaErrorDetails,
    language,
  );
}
