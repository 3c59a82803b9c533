import { storeError } from './store-sentences.js';
import {
  type StoreArgumentReason,
  tooManyCharacters,
  isIsoDate,
  isMoney,
  MAX_NOTE_LENGTH,
  money,
  type SajjaErrorDetails,
  type SajjaProblem,
} from '@sajja/core';

/** Ids, names and codes longer than this are refused: they are keys, not documents. */
export const MAX_ID_LENGTH = 100;
/** The longest name of a household or an organisation, in characters. */
export const MAX_NAME_LENGTH = 200;
/** The longest note of a record (the core's, the ledger's limit too). */
export { MAX_NOTE_LENGTH };

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;
const PLAIN_AMOUNT = /^-?\d+(\.\d+)?$/;

/** True for a plain object (what JSON and structured clone give back), not an array or class. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** True when `value` survives `JSON.stringify` and `JSON.parse` unchanged. */
export function isJsonValue(value: unknown, depth = 0): boolean {
  if (depth > 32) return false;
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) return value.every((item) => isJsonValue(item, depth + 1));
  if (isPlainObject(value)) {
    return Object.values(value).every((item) => item !== undefined && isJsonValue(item, depth + 1));
  }
  return false;
}

/** Code points: keys and names are bounded by what they hold, whatever a person would count. */
function codePoints(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/**
 * @internal Collects every problem of one record (never stopping at the first), with paths
 * relative to the record, and builds the normalised record field by field.
 */
export class RecordChecker {
  readonly problems: SajjaProblem[] = [];
  /** The record's fields (empty when the value was not an object). */
  readonly fields: Record<string, unknown>;

  constructor(value: unknown) {
    if (isPlainObject(value)) {
      this.fields = value;
    } else {
      this.fields = {};
      this.problem('', 'not-an-object');
    }
  }

  /** True when no problem was found. */
  get ok(): boolean {
    return this.problems.length === 0;
  }

  problem(path: string, reason: SajjaProblem['reason'], details?: SajjaErrorDetails): void {
    this.problems.push(details === undefined ? { path, reason } : { path, reason, details });
  }

  /** Reports every field not in `allowed`: a typo must not vanish silently from a backup. */
  onlyFields(allowed: readonly string[]): void {
    for (const [field, value] of Object.entries(this.fields)) {
      if (!allowed.includes(field) && value !== undefined) this.problem(field, 'unknown-field');
    }
  }

  /**
   * A string of 1 to `max` characters (after trimming when `trim`), or undefined if absent;
   * characters are code points, or graphemes (what a person counts) when `graphemes`.
   */
  text(
    field: string,
    { required = false, max = MAX_ID_LENGTH, trim = false, graphemes = false } = {},
  ): string | undefined {
    const value = this.fields[field];
    if (value === undefined) {
      if (required) this.problem(field, 'required');
      return undefined;
    }
    if (typeof value !== 'string') {
      this.problem(field, 'not-a-string');
      return undefined;
    }
    const text = trim ? value.trim() : value;
    if (text === '') {
      this.problem(field, required ? 'required' : 'empty');
      return undefined;
    }
    if (graphemes ? tooManyCharacters(text, max) : codePoints(text) > max) {
      this.problem(field, 'too-long', { max });
      return undefined;
    }
    return text;
  }

  /** An ISO `YYYY-MM-DD` date. */
  date(field: string, { required = false } = {}): string | undefined {
    const value = this.fields[field];
    if (value === undefined) {
      if (required) this.problem(field, 'required');
      return undefined;
    }
    if (!isIsoDate(value)) {
      this.problem(field, 'not-a-date');
      return undefined;
    }
    return value;
  }

  /** An ISO timestamp in UTC, as `Date.prototype.toISOString` writes it. */
  timestamp(field: string, { required = false } = {}): string | undefined {
    const value = this.fields[field];
    if (value === undefined) {
      if (required) this.problem(field, 'required');
      return undefined;
    }
    if (typeof value !== 'string' || !TIMESTAMP.test(value) || Number.isNaN(Date.parse(value))) {
      this.problem(field, 'not-a-timestamp');
      return undefined;
    }
    return value;
  }

  /**
   * An amount of money as a canonical two-decimal string (`'120.50'`): a plain decimal string
   * or a Money, never a JavaScript number (a backup must carry amounts exactly).
   */
  amount(field: string, { required = false, positive = false } = {}): string | undefined {
    const value = this.fields[field];
    if (value === undefined) {
      if (required) this.problem(field, 'required');
      return undefined;
    }
    if (!(typeof value === 'string' && PLAIN_AMOUNT.test(value.trim())) && !isMoney(value)) {
      this.problem(field, 'not-an-amount');
      return undefined;
    }
    let amount;
    try {
      amount = money(typeof value === 'string' ? value.trim() : value);
    } catch {
      this.problem(field, 'not-an-amount');
      return undefined;
    }
    if (positive ? !amount.isPositive() : amount.isNegative()) {
      this.problem(field, positive ? 'not-positive' : 'negative');
      return undefined;
    }
    return amount.toString();
  }

  /** One of `allowed`. */
  oneOf<T extends string>(
    field: string,
    allowed: readonly T[],
    { required = false } = {},
  ): T | undefined {
    const value = this.fields[field];
    if (value === undefined) {
      if (required) this.problem(field, 'required');
      return undefined;
    }
    if (!allowed.includes(value as T)) {
      this.problem(field, 'unknown-value', { allowed: allowed.join(', ') });
      return undefined;
    }
    return value as T;
  }

  /** A list of at least one id (each 1 to 100 characters). */
  ids(field: string, { required = false } = {}): string[] | undefined {
    const value = this.fields[field];
    if (value === undefined) {
      if (required) this.problem(field, 'required');
      return undefined;
    }
    if (!Array.isArray(value) || value.length === 0) {
      this.problem(field, 'not-a-list');
      return undefined;
    }
    const bad = value.findIndex(
      (id) => typeof id !== 'string' || id === '' || codePoints(id) > MAX_ID_LENGTH,
    );
    if (bad >= 0) {
      this.problem(`${field}[${bad}]`, 'not-an-id');
      return undefined;
    }
    return [...(value as string[])];
  }

  /** A positive safe integer. */
  positiveInteger(field: string, { required = false } = {}): number | undefined {
    const value = this.fields[field];
    if (value === undefined) {
      if (required) this.problem(field, 'required');
      return undefined;
    }
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
      this.problem(field, 'not-a-whole-number');
      return undefined;
    }
    return value;
  }
}

/** Drops the properties whose value is `undefined`, so stored records carry no empty keys. */
export function compact<T extends object>(record: T): T {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) if (value !== undefined) result[key] = value;
  return result as T;
}

/** A stable text form of a JSON value, keys sorted: equal records give equal texts. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (isPlainObject(value)) {
    const keys = Object.keys(value)
      .filter((key) => value[key] !== undefined)
      .sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** @internal Throws `INVALID_ARGUMENT` with every problem of a record about to be written. */
export function assertValid<T>(
  { record, problems }: { record: T; problems: SajjaProblem[] },
  reason: StoreArgumentReason,
  what: string,
  input: unknown,
): T {
  if (problems.length > 0) {
    const list = problems.map((problem) => `${problem.path || what}: ${problem.reason}`);
    throw storeError(reason, `Invalid ${what}: ${list.join('; ')}.`, {
      input,
      problems,
    });
  }
  return record;
}
