import Decimal from 'decimal.js';

/**
 * The decimal type every Sajja calculation uses inside (internal; never exported from the
 * package). A private clone, so a host application's `Decimal.set(...)` cannot change our
 * results, with a precision far above any amount of money we accept: additions and
 * multiplications of amounts are exact, and rounding happens only where a rule says.
 */
export const Dec = /* @__PURE__ */ Decimal.clone({
  precision: 500,
  // Decimal.ROUND_HALF_UP, written as its value: bundlers keep a module-level property read
  // (it could run a getter), and with it decimal.js in bundles that never use Dec.
  rounding: 4,
  toExpNeg: -1000,
  toExpPos: 1000,
});

/** An instance of {@link Dec}. */
export type Dec = Decimal;

/** A plain decimal numeral as a developer writes one: `-12`, `1234.5`, `0.005`. */
export const PLAIN_DECIMAL = /^-?\d+(?:\.\d+)?$/;

/**
 * The exact decimal of a finite number or a plain decimal string, or `undefined` for anything
 * else: the one reading of "a decimal" that rates, weights and ratios share (internal).
 */
export function readDecimal(value: unknown): Dec | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? new Dec(value) : undefined;
  return typeof value === 'string' && PLAIN_DECIMAL.test(value) ? new Dec(value) : undefined;
}
