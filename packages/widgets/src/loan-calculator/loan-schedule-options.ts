import type { LoanTerms } from '@sajja/core/loans';

/** How often a member repays, as `<sajja-loan-calculator>`'s `repay-every` attribute names it. */
export type RepayFrequency = 'month' | '2-weeks' | 'week';

/** How `roundPaymentTo` rounds the instalment: `'up'`, `'nearest'` or `'down'`. */
export type RoundPaymentMode = NonNullable<LoanTerms['roundPaymentMode']>;

/** Each {@link RepayFrequency} as the core's `repayEvery`, in the order the picker lists them. */
export const REPAY_EVERY: Readonly<Record<RepayFrequency, NonNullable<LoanTerms['repayEvery']>>> = {
  month: { count: 1, unit: 'month' },
  '2-weeks': { count: 2, unit: 'week' },
  week: { count: 1, unit: 'week' },
};

/** Every {@link RoundPaymentMode}, the core's default (`'up'`) first. */
export const ROUND_PAYMENT_MODES: readonly RoundPaymentMode[] = ['up', 'nearest', 'down'];

/** The multiples of a baht the rounding picker offers besides "none". */
export const ROUND_PAYMENT_STEPS: readonly string[] = ['1', '10'];

/** `value` when it is a {@link RepayFrequency}, else every month (as `per` falls back to month). */
export function repayFrequencyOf(value: string): RepayFrequency {
  return Object.hasOwn(REPAY_EVERY, value) ? (value as RepayFrequency) : 'month';
}

/** `value` when it is a {@link RoundPaymentMode}, else the core's default `'up'`. */
export function roundPaymentModeOf(value: string): RoundPaymentMode {
  return (ROUND_PAYMENT_MODES as readonly string[]).includes(value)
    ? (value as RoundPaymentMode)
    : 'up';
}

/**
 * The field of the calculator that sets each option of {@link LoanTerms} a core error may name
 * (`details.option`, `details.conflictsWith` of `conflicting-options`), so the widget can word
 * the error with its labels and mark the field.
 */
export const FIELD_OF_OPTION: Readonly<Record<string, string>> = {
  principal: 'principal',
  rate: 'rate',
  termMonths: 'term',
  installmentCount: 'term',
  method: 'method',
  repayEvery: 'every',
  graceOnPrincipal: 'grace',
  roundPaymentTo: 'round-to',
  roundPaymentMode: 'round-mode',
};
