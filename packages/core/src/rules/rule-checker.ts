import { SajjaError, type SajjaErrorDetails, type SajjaProblem } from '../errors/sajja-error.js';
import { Dec, readDecimal } from '../money/decimal.js';
import { isMoney, money, type Money } from '../money/money.js';

/**
 * Collects every problem in a rules object, so a committee editing its by-laws sees them all
 * at once rather than one per save (internal; each `validate…Rules` uses one).
 */
export class RuleChecker {
  readonly problems: SajjaProblem[] = [];

  /** Records a problem at `path`. Always returns `undefined`, for `return checker.add(…)`. */
  add(path: string, reason: string, details?: SajjaErrorDetails): undefined {
    this.problems.push(details ? { path, reason, details } : { path, reason });
    return undefined;
  }

  /** A plain object (not null, not an array), or a `not-an-object` problem. */
  record(path: string, value: unknown): Record<string, unknown> | undefined {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      return value as Record<string, unknown>;
    }
    return this.add(path, value === undefined ? 'required' : 'not-an-object');
  }

  /** An amount of money from `min` (default 0) to `max`, or a problem. */
  amount(
    path: string,
    value: unknown,
    limits: { min?: string; max?: string } = {},
  ): Money | undefined {
    if (value === undefined) return this.add(path, 'required');
    let amount: Money;
    try {
      amount = money(value as string);
    } catch {
      return this.add(path, 'not-an-amount', { value: describe(value) });
    }
    const { min = '0', max } = limits;
    if (amount.compare(min) < 0) return this.add(path, 'below-minimum', { min });
    if (max !== undefined && amount.compare(max) > 0)
      return this.add(path, 'above-maximum', { max });
    return amount;
  }

  /** A whole number from `min` (default 0) to `max`, or a problem. */
  wholeNumber(
    path: string,
    value: unknown,
    limits: { min?: number; max?: number } = {},
  ): number | undefined {
    if (value === undefined) return this.add(path, 'required');
    if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
      return this.add(path, 'not-a-whole-number', { value: describe(value) });
    }
    const { min = 0, max } = limits;
    if (value < min) return this.add(path, 'below-minimum', { min });
    if (max !== undefined && value > max) return this.add(path, 'above-maximum', { max });
    return value;
  }

  /** A decimal number (string or finite number) from `min` (default 0) to `max`, or a problem. */
  decimal(
    path: string,
    value: unknown,
    limits: { min?: string; max?: string } = {},
  ): Dec | undefined {
    if (value === undefined) return this.add(path, 'required');
    const number = readDecimal(isMoney(value) ? String(value) : value);
    if (!number) return this.add(path, 'not-a-number', { value: describe(value) });
    const { min = '0', max } = limits;
    if (number.lt(min)) return this.add(path, 'below-minimum', { min });
    if (max !== undefined && number.gt(max)) return this.add(path, 'above-maximum', { max });
    return number;
  }

  /** One of `options`, or an `unknown-value` problem. */
  oneOf<T extends string>(path: string, value: unknown, options: readonly T[]): T | undefined {
    if (value === undefined) return this.add(path, 'required');
    if (typeof value === 'string' && (options as readonly string[]).includes(value))
      return value as T;
    return this.add(path, 'unknown-value', { value: describe(value), allowed: options.join(', ') });
  }

  /**
   * The one key of `keys` that `record` sets (such as exactly one of perDay, perMonth,
   * perYear), or a `reason` problem at `path` naming the keys given.
   */
  exactlyOne<K extends string>(
    path: string,
    record: Record<string, unknown>,
    keys: readonly K[],
    reason: string,
  ): K | undefined {
    const given = keys.filter((key) => record[key] !== undefined);
    if (given.length === 1) return given[0];
    return this.add(path, reason, { given: given.join(', ') || 'none' });
  }

  /** Throws `RULES_INVALID` listing every problem, if there are any. */
  throwIfAny(what: string, input: unknown): void {
    const [first] = this.problems;
    if (!first) return;
    const list = this.problems.map((p) => `${p.path || '(rules)'}: ${p.reason}`).join('; ');
    throw new SajjaError('RULES_INVALID', first.reason, `${what} are not valid: ${list}`, {
      input,
      problems: this.problems,
      ...(first.details ? { details: first.details } : {}),
    });
  }
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null || typeof value !== 'object') return String(value);
  return Array.isArray(value) ? 'a list' : 'an object';
}
