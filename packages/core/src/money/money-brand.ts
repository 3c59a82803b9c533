import type { Money } from './money.js';

/**
 * @internal The brand every {@link Money} carries on its prototype. A registered symbol, so a
 * Money made by another copy of `@sajja/core` carries the same one. Kept apart from the Money
 * class (and decimal.js), so that code which only reads a Money's text can recognise one.
 */
export const MONEY_BRAND: unique symbol = /* @__PURE__ */ Symbol.for('sajja.money');

/**
 * True for a {@link Money}, also one made by another copy of `@sajja/core` (two bundles on one
 * page), which `instanceof` would miss.
 */
export function isMoney(value: unknown): value is Money {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as Record<symbol, unknown>)[MONEY_BRAND] === true
  );
}
