import type { ProblemReason } from '../errors/problem-sentences.js';
import { closestName, shownValue } from '../errors/check-option-keys.js';
import { SajjaError, type SajjaErrorDetails, type SajjaProblem } from '../errors/sajja-error.js';
import type { Dec } from '../money/decimal.js';
import { MAX_DECIMAL_LENGTH, readBoundedDecimal } from './bounded-decimal.js';
import { isMoney, money, type Money } from '../money/money.js';

/**
 * Collects every problem in a rules object, so a committee editing its by-laws sees them all
 * at once rather than one per save (internal; each `validate…Rules` uses one).
 */
export class RuleChecker {
  readonly problems: SajjaProblem[] = [];

  /** Records a problem at `path`. Always returns `undefined`, for `return checker.add(…)`. */
  add(path: string, reason: SajjaProblem['reason'], details?: SajjaErrorDetails): undefined {
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

  /**
   * The items of a list, or a problem: `required` when absent, `not-a-list` when not an
   * array. A hole (`[a, , b]`) is a `required` problem at its index, and the items before it
   * are returned: what follows a hole is not read.
   */
  list(path: string, value: unknown): unknown[] | undefined {
    if (!Array.isArray(value))
      return this.add(path, value === undefined ? 'required' : 'not-a-list');
    for (let index = 0; index < value.length; index++) {
      if (!(index in value)) {
        this.add(`${path}[${index}]`, 'required');
        return value.slice(0, index);
      }
    }
    return value;
  }

  /**
   * An `unknown-field` problem for each key of `record` that is not one of `known` (and whose
   * value is not `undefined`), at `path.key`, with `details.field` and the `closest` known
   * name, when one is near: by-laws with a mistyped field would otherwise pass without it.
   */
  knownFields(path: string, record: Record<string, unknown>, known: readonly string[]): void {
    for (const key of Object.keys(record)) {
      if (known.includes(key) || record[key] === undefined) continue;
      const closest = closestName(key, known);
      this.add(path ? `${path}.${key}` : key, 'unknown-field', {
        field: key,
        ...(closest === undefined ? {} : { closest }),
      });
    }
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
      return this.add(path, 'not-an-amount', { value: describeInput(value) });
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
      return this.add(path, 'not-a-whole-number', { value: describeInput(value) });
    }
    const { min = 0, max } = limits;
    if (value < min) return this.add(path, 'below-minimum', { min });
    if (max !== undefined && value > max) return this.add(path, 'above-maximum', { max });
    return value;
  }

  /**
   * A decimal number (string or finite number) from `min` (default 0) to `max`, or a problem:
   * `too-long` past {@link MAX_DECIMAL_LENGTH} characters (see {@link readBoundedDecimal}).
   */
  decimal(
    path: string,
    value: unknown,
    limits: { min?: string; max?: string } = {},
  ): Dec | undefined {
    if (value === undefined) return this.add(path, 'required');
    const number = readBoundedDecimal(isMoney(value) ? String(value) : value);
    if (number === 'too-long') return this.add(path, 'too-long', { max: MAX_DECIMAL_LENGTH });
    if (!number) return this.add(path, 'not-a-number', { value: describeInput(value) });
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
    return this.add(path, 'unknown-value', {
      value: describeInput(value),
      allowed: options.join(', '),
    });
  }

  /**
   * The one key of `keys` that `record` sets (such as exactly one of perDay, perMonth,
   * perYear), or a `reason` problem at `path` naming the keys given.
   */
  exactlyOne<K extends string>(
    path: string,
    record: Record<string, unknown>,
    keys: readonly K[],
    reason: ProblemReason,
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

/**
 * @internal A rejected value as a problem or a message shows it, never throwing and never
 * recursing: text quoted (its first 40 characters), numbers and the like as `String` writes
 * them, anything else by kind.
 */
export function describeInput(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(shownValue(value)) : shownValue(value);
}
