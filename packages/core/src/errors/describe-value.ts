/**
 * @internal A short description of a rejected value for an error message, which never throws
 * and never grows with the value: text quoted (its first 40 characters), numbers, booleans,
 * `null`, `undefined` and symbols as `String` writes them, anything else by kind (`a bigint`,
 * `a list`, `a function`, `an object`), so a bigint, a circular object or an object without
 * a prototype is described as safely as a string.
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') {
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  }
  if (typeof value === 'bigint') return 'a bigint';
  if (typeof value === 'function') return 'a function';
  if (value === null || typeof value !== 'object') return String(value);
  return Array.isArray(value) ? 'a list' : 'an object';
}
