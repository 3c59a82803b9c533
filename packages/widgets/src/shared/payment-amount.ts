import { isSajjaError, parseMoney, type DigitStyle, type Money } from '@sajja/core';
import { displayMoney } from './display.js';
import type { FieldMessage } from './form-control-controller.js';
import { translate } from './translations.js';
import { paymentAmountStrings } from './payment-amount.strings.js';

/** The limits a membership puts on one deposit (`MembershipRecord`'s, as stored). */
export interface DepositLimits {
  /** The smallest deposit the group takes, a decimal string. */
  readonly minDeposit?: string;
  /** The largest deposit the group takes, a decimal string. */
  readonly maxDeposit?: string;
}

/** What {@link checkPaymentAmount} found: the amount when it is good, else why not. */
export interface PaymentAmountCheck {
  /** The amount, when it is good. */
  readonly amount?: Money;
  /** Why it is not, kept unworded (a `SajjaError` of `parseMoney`, or a limit's sentence). */
  readonly error?: FieldMessage;
  /** The `ValidityState` flags that hold (`valueMissing`, `badInput`, `rangeUnderflow`, …). */
  readonly flags: ValidityStateFlags;
}

/**
 * An amount typed into a Sajja form, checked as the deposit form and the meeting's rows check
 * it: read as people write it (`1,234.50`, Thai digits, spaces: everything `parseMoney`
 * reads), more than 0, and, for a deposit (`limits` given), within the membership's
 * `minDeposit` and `maxDeposit`. Nothing is shown; the caller words `error` when it renders,
 * so a message already on screen follows a change of `lang`. The limits' amounts are written
 * in `digits`.
 */
export function checkPaymentAmount(
  text: string,
  digits: DigitStyle,
  limits?: DepositLimits,
): PaymentAmountCheck {
  let typed: Money;
  try {
    typed = parseMoney(text, { positive: true });
  } catch (error) {
    if (!isSajjaError(error)) throw error;
    const flags: ValidityStateFlags =
      error.reason === 'empty'
        ? { valueMissing: true }
        : error.reason === 'not-positive'
          ? { rangeUnderflow: true }
          : { badInput: true };
    return { error, flags };
  }
  if (limits?.minDeposit && typed.compare(limits.minDeposit) < 0) {
    const min = displayMoney(limits.minDeposit, digits);
    return {
      error: (language) => translate(paymentAmountStrings, language, 'belowMin', { min }),
      flags: { rangeUnderflow: true },
    };
  }
  if (limits?.maxDeposit && typed.compare(limits.maxDeposit) > 0) {
    const max = displayMoney(limits.maxDeposit, digits);
    return {
      error: (language) => translate(paymentAmountStrings, language, 'aboveMax', { max }),
      flags: { rangeOverflow: true },
    };
  }
  return { amount: typed, flags: {} };
}
