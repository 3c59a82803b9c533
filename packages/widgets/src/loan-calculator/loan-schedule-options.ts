import { SajjaError } from '@sajja/core';
import { ROUND_PAYMENT_MODES, type RepayEvery, type RoundPaymentMode } from '@sajja/core/loans';

/** How often a member repays, as `<sajja-loan-calculator>`'s `repay-every` attribute names it. */
export type RepayFrequency = 'month' | '2-weeks' | 'week';

/** Each {@link RepayFrequency} as the core's `repayEvery`, in the order the picker lists them. */
export const REPAY_EVERY: Readonly<Record<RepayFrequency, RepayEvery>> = {
  month: { count: 1, unit: 'month' },
  '2-weeks': { count: 2, unit: 'week' },
  week: { count: 1, unit: 'week' },
};

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
 * The field of the calculator that sets each option of `LoanTerms` a core error may name
 * (`details.option`, `details.conflictsWith` of `conflicting-options`), so the widget can word
 * the error with its labels and mark the field.
 */
const FIELD_OF_OPTION: Readonly<Record<string, string | undefined>> = {
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

/** The ids of the calculator's fields that `error` names (both sides of `conflicting-options`). */
export function fieldsNamedBy(error: SajjaError | undefined): string[] {
  if (error === undefined) return [];
  const { option, conflictsWith } = error.details;
  return [option, conflictsWith].flatMap((name) => FIELD_OF_OPTION[name as string] ?? []);
}

/**
 * `error` to word for a member: a `conflicting-options` error with the options it names
 * (`graceOnPrincipal`, `termMonths`) given as `labelOf` their fields, in quotes; any other
 * as it is. Its code, reason and sentences stay the core's.
 */
export function inFieldWords(error: SajjaError, labelOf: (id: string) => string): SajjaError {
  if (error.reason !== 'conflicting-options') return error;
  const label = (name: unknown) => {
    const id = FIELD_OF_OPTION[name as string];
    return id ? `“${labelOf(id)}”` : String(name);
  };
  const { option, conflictsWith } = error.details;
  return new SajjaError(error.code, error.reason, error.message, {
    input: error.input,
    details: { ...error.details, option: label(option), conflictsWith: label(conflictsWith) },
    sentences: error.sentences,
  });
}
