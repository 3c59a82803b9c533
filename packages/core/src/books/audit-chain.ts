import { chainError } from './audit-chain-sentences.js';
import { checkOptionKeys } from '../errors/check-option-keys.js';
import { invalidOption, SajjaError } from '../errors/sajja-error.js';
import { isMoney } from '../money/money-brand.js';
import { sha256Hex } from './sha256.js';

/**
 * The `prevHash` of a chain's first entry: 64 zeros, the SHA-256 of nothing in particular, so
 * every chain starts from the same known value.
 */
export const GENESIS_HASH = '0000000000000000000000000000000000000000000000000000000000000000';

/** A record with its place in the chain: the hash of the entry before it, and its own. */
export type ChainedEntry<T> = T & {
  /** The `hash` of the entry before this one, or the chain's start ({@link GENESIS_HASH}). */
  readonly prevHash: string;
  /** SHA-256 (lower-case hex) of {@link canonicalJson} of this entry without `hash`. */
  readonly hash: string;
};

/** Where {@link chainEntries} starts. */
export interface ChainOptions {
  /**
   * The `hash` of the last entry already in the chain, to append to it; default
   * {@link GENESIS_HASH} (a new chain).
   */
  readonly previousHash?: string;
}

/**
 * What an auditor notes at a meeting to detect later truncation or rewriting: how many entries
 * the chain had and the `hash` of the last (see {@link chainCheckpoint}).
 */
export interface ChainCheckpoint {
  /** The number of entries at the checkpoint, a whole number from 0. */
  readonly length: number;
  /** The `hash` of the entry at `length − 1`, or the chain's start when `length` is 0. */
  readonly hash: string;
}

/** What {@link verifyChain} checks besides the links. */
export interface VerifyChainOptions {
  /** The `prevHash` the first entry must have; default {@link GENESIS_HASH}. */
  readonly previousHash?: string;
  /**
   * A checkpoint noted earlier (printed in the minutes, say): the chain must still have at
   * least `length` entries, and its entry at `length − 1` must still have that `hash`.
   */
  readonly checkpoint?: ChainCheckpoint;
}

/**
 * Why an entry does not verify:
 * - `'not-chained'`: not a plain object with string `hash` and `prevHash` (a hole in the list
 *   included), or content that cannot be serialised (see {@link canonicalJson});
 * - `'hash-mismatch'`: the content is not what was hashed (a field changed, added or removed);
 * - `'prev-hash-mismatch'`: the entry does not follow the one before it (entries reordered,
 *   inserted or removed);
 * - `'missing-entries'`: the chain is shorter than the checkpoint (entries removed at the end);
 * - `'checkpoint-mismatch'`: the entry at the checkpoint has another hash (history rewritten
 *   and re-hashed).
 */
export type ChainBreakReason =
  | 'not-chained'
  | 'hash-mismatch'
  | 'prev-hash-mismatch'
  | 'missing-entries'
  | 'checkpoint-mismatch';

/**
 * The result of {@link verifyChain}: `{ ok: true }`, or the index of the first entry that does
 * not verify and why.
 */
export type ChainVerification =
  | {
      /** Every entry verifies (and the checkpoint, when given, matches). */
      readonly ok: true;
    }
  | {
      /** Some entry does not verify. */
      readonly ok: false;
      /** The index of the first entry that does not verify. */
      readonly brokenAt: number;
      /** Why it does not verify. */
      readonly reason: ChainBreakReason;
    };

const HASH = /^[0-9a-f]{64}$/;
/**
 * How deep {@link canonicalJson} (and so a chained record) may nest objects and arrays: far
 * past any record, and checked before any recursion, so deep input is refused, not a stack
 * overflow.
 */
const MAX_DEPTH = 100;

/**
 * Chains records by hash for an append-only journal: returns copies with `prevHash` (the
 * previous entry's `hash`; {@link GENESIS_HASH} or `options.previousHash` for the first) and
 * `hash`: the SHA-256, in lower-case hex, of the UTF-8 bytes of {@link canonicalJson} of the
 * record with its `prevHash` and without `hash`. Each hash covers the one before it, so
 * changing, reordering, inserting or removing any entry breaks every link after it, which
 * {@link verifyChain} finds.
 *
 * A chain proves nothing about its own end: dropping the last entries, or rewriting history and
 * re-hashing everything after it, leaves a chain that verifies. Guard against that with a
 * {@link chainCheckpoint} kept outside the data (in the meeting's minutes).
 *
 * The copies are shallow: nested objects are shared with `entries`, so do not change them
 * afterwards (the chain would no longer verify). Hashes are computed one after the other, since
 * each needs the last, by a SHA-256 of the core's own (the digest WebCrypto's `crypto.subtle`
 * gives, without its asynchronous round trip per record), the same in Node and in browsers,
 * also on pages not served over HTTPS. The promise is kept for callers written against
 * WebCrypto; the work is done before it resolves, without yielding.
 *
 * @throws {@link "@sajja/core".SajjaError} `INVALID_ARGUMENT` with reason `invalid-option` (`entries` not a
 *   list, an entry not a plain object or a hole in the list, an entry that already has `hash`
 *   or `prevHash`, a `previousHash` that is not 64 lower-case hex digits; `details.option`
 *   says which), `unknown-option` (an option other than `previousHash`), `not-json` (a value
 *   JSON cannot carry exactly; `details.path` such as `'entries[3].amount'`) or `too-deep`
 *   (objects and arrays nested more than 100 levels; `details.path`, `details.maxDepth`).
 *
 * @example
 * ```ts
 * const chained = await chainEntries([
 *   { id: 'J-1', date: '2025-01-31', amount: '500.00' },
 *   { id: 'J-2', date: '2025-02-28', amount: '300.00' },
 * ]);
 * chained[1].prevHash === chained[0].hash; // true
 * await verifyChain(chained); // { ok: true }
 * // Next month, append to the same chain:
 * const more = await chainEntries([{ id: 'J-3', date: '2025-03-31', amount: '50.00' }], {
 *   previousHash: chained[1].hash,
 * });
 * ```
 */
export async function chainEntries<T extends object>(
  entries: readonly T[],
  options: ChainOptions = {},
): Promise<Array<ChainedEntry<T>>> {
  if (!Array.isArray(entries)) throw invalidOption('entries', entries, 'a list of records');
  checkOptionsObject(options, ['previousHash'], 'chainEntries');
  let prevHash = hashOption(options.previousHash, 'previousHash');
  // Index by index: `map` would skip a hole, which is no record to chain.
  const records = Array.from({ length: entries.length }, (_, index) => {
    const label = `entries[${index}]`;
    const entry: unknown = index in entries ? entries[index] : undefined;
    assertPlainRecord(entry, label);
    for (const key of ['hash', 'prevHash']) {
      if (Object.hasOwn(entry, key)) {
        throw invalidOption(`${label}.${key}`, entry, 'absent: chainEntries adds it');
      }
    }
    assertShallowEnough(entry, label);
    return entry as T;
  });
  const chained: Array<ChainedEntry<T>> = [];
  for (const [index, entry] of records.entries()) {
    const withPrev = { ...entry, prevHash };
    // The record itself is the ancestor a circular reference would point back to, not its copy.
    const hash = sha256Hex(canonical(withPrev, `entries[${index}]`, [entry]));
    chained.push({ ...withPrev, hash } as ChainedEntry<T>);
    prevHash = hash;
  }
  return chained;
}

/**
 * Checks a chain made by {@link chainEntries}: every entry's `hash` matches its content and
 * its `prevHash` is the `hash` before it (the first: `options.previousHash`, default
 * {@link GENESIS_HASH}); with `options.checkpoint`, also that nothing was cut from the end or
 * rewritten before the checkpoint. Returns `{ ok: true }`, or `{ ok: false, brokenAt, reason }`
 * with the index of the first entry that does not verify (for `missing-entries`, the index
 * where the first missing entry belongs; for `checkpoint-mismatch`, the checkpoint's last
 * entry, since a rebuilt chain does not show where it was changed). Tampered data is
 * reported, never thrown about.
 *
 * What a chain alone cannot show: entries removed from the end (the rest still verifies), and
 * a chain rebuilt from scratch with new hashes. A checkpoint noted earlier catches both:
 * `missing-entries` or `checkpoint-mismatch`. Entries appended after the checkpoint are
 * allowed: a journal grows.
 *
 * Hashes are computed as {@link chainEntries} computes them, in order; the first entry that
 * does not verify ends the check.
 *
 * A hole in `chained` (a deleted element, `new Array(3)`) is an entry that does not verify:
 * `not-chained` at its index, like anything else that is not an entry.
 *
 * @throws {@link "@sajja/core".SajjaError} `INVALID_ARGUMENT` with reason `invalid-option` (`chained` not a
 *   list, a `previousHash` or `checkpoint.hash` that is not 64 lower-case hex digits, a
 *   `checkpoint.length` that is not a whole number from 0) or `unknown-option` (an option, or
 *   a key of `checkpoint`, that {@link VerifyChainOptions} does not have).
 *
 * @example
 * ```ts
 * const chained = await chainEntries(journal);
 * const checkpoint = chainCheckpoint(chained); // print it in the meeting's minutes
 * // Later: someone edited an amount in entry 7.
 * await verifyChain(edited, { checkpoint }); // { ok: false, brokenAt: 7, reason: 'hash-mismatch' }
 * ```
 */
export async function verifyChain(
  chained: readonly unknown[],
  options: VerifyChainOptions = {},
): Promise<ChainVerification> {
  if (!Array.isArray(chained)) throw invalidOption('chained', chained, 'a list of entries');
  checkOptionsObject(options, ['previousHash', 'checkpoint'], 'verifyChain');
  const start = hashOption(options.previousHash, 'previousHash');
  const { checkpoint } = options;
  if (checkpoint !== undefined) {
    if (typeof checkpoint !== 'object' || checkpoint === null) {
      throw invalidOption('checkpoint', checkpoint, 'an object with a length and a hash');
    }
    checkOptionKeys(checkpoint, ['length', 'hash'], 'verifyChain', 'checkpoint.');
    if (!Number.isSafeInteger(checkpoint.length) || checkpoint.length < 0) {
      throw invalidOption('checkpoint.length', checkpoint.length, 'a whole number from 0');
    }
    hashOption(checkpoint.hash, 'checkpoint.hash');
  }
  // Entries up to the first hole are checked; the hole itself, if no entry before it breaks, is
  // where the chain breaks.
  const end = firstHole(chained);
  for (let index = 0; index < end; index++) {
    const previous = index === 0 ? start : chained[index - 1];
    const reason = entryBreak(chained[index], previous, index === 0);
    if (reason !== undefined) return { ok: false, brokenAt: index, reason };
  }
  if (end < chained.length) return { ok: false, brokenAt: end, reason: 'not-chained' };
  if (checkpoint) {
    if (chained.length < checkpoint.length) {
      return { ok: false, brokenAt: chained.length, reason: 'missing-entries' };
    }
    const at = checkpoint.length - 1;
    const hash = at < 0 ? start : (chained[at] as { hash: string }).hash;
    if (hash !== checkpoint.hash) {
      return { ok: false, brokenAt: Math.max(at, 0), reason: 'checkpoint-mismatch' };
    }
  }
  return { ok: true };
}

/**
 * The checkpoint of a chain as it is now: its length and its last `hash` (or `previousHash`,
 * default {@link GENESIS_HASH}, when it is empty). Note it where the data cannot reach (the
 * minutes of the meeting that approved the books), after {@link verifyChain} says `ok`; pass
 * it to {@link verifyChain} later.
 *
 * @throws {@link "@sajja/core".SajjaError} `INVALID_ARGUMENT` with reason `invalid-option` for a `chained`
 *   that is not a list, a last entry without a `hash` (or a hole), or a bad `previousHash`;
 *   `unknown-option` for an option other than `previousHash`.
 *
 * @example
 * ```ts
 * chainCheckpoint(await chainEntries([{ id: 'J-1' }]));
 * // { length: 1, hash: '…64 hex digits…' }
 * ```
 */
export function chainCheckpoint(
  chained: ReadonlyArray<{ readonly hash: string }>,
  options: { readonly previousHash?: string } = {},
): ChainCheckpoint {
  if (!Array.isArray(chained)) throw invalidOption('chained', chained, 'a list of entries');
  checkOptionsObject(options, ['previousHash'], 'chainCheckpoint');
  const last: unknown = chained.at(-1);
  const label = `chained[${chained.length - 1}].hash`;
  // Only an empty chain starts at previousHash: a last entry that is a hole has no hash.
  const hash =
    chained.length === 0
      ? hashOption(options.previousHash, 'previousHash')
      : typeof last === 'object' && last !== null
        ? hashOption((last as { hash?: unknown }).hash ?? null, label)
        : hashOption(null, label);
  return { length: chained.length, hash };
}

/**
 * The canonical JSON text of a value, the exact text {@link chainEntries} hashes: no
 * whitespace, object keys sorted by UTF-16 code units at every depth, numbers and strings
 * written as `JSON.stringify` writes them. For JSON data this is the JSON Canonicalization
 * Scheme (RFC 8785), so anyone can check a hash with other tools, for example
 * `printf '%s' '<the text>' | sha256sum`.
 *
 * Only what JSON carries exactly is accepted, so one text means one value: `null`, booleans,
 * finite numbers, strings, arrays without holes and plain objects; and {@link "@sajja/core".Money}, written
 * as its string (`"100.00"`), as `JSON.stringify` writes it, so a record hashes the same before
 * and after a trip through JSON storage. Everything JSON would drop or change silently is
 * refused: `undefined`, functions, symbols (as values or keys), `BigInt`, `NaN` and
 * `±Infinity`, circular references, and objects of a class (a `Date`, a `Map`): store a date
 * as its ISO string. (`-0` is written `0`, as JSON does.)
 *
 * Objects and arrays may nest at most 100 levels deep (a record and its lines are 3): deeper
 * input is refused before it is read, never a stack overflow.
 *
 * @throws {@link "@sajja/core".SajjaError} `INVALID_ARGUMENT` with reason `not-json` (`details.path`: where,
 *   such as `'value.lines[2].amount'`) or `too-deep` (`details.path` of the first value past
 *   100 levels, `details.maxDepth`).
 *
 * @example
 * ```ts
 * canonicalJson({ b: [1, 'x'], a: { d: null, c: true } }); // '{"a":{"c":true,"d":null},"b":[1,"x"]}'
 * canonicalJson({ amount: money('5') });                   // '{"amount":"5.00"}'
 * canonicalJson({ when: new Date() });                     // throws INVALID_ARGUMENT (not-json)
 * ```
 */
export function canonicalJson(value: unknown): string {
  assertShallowEnough(value, 'value');
  return canonical(value, 'value', []);
}

/**
 * Throws `too-deep` when objects or arrays in `value` nest more than {@link MAX_DEPTH} levels,
 * with an explicit stack: {@link canonical} recurses, and so must only see what fits. A cycle
 * is not followed: {@link canonical} names it.
 */
function assertShallowEnough(value: unknown, path: string): void {
  if (typeof value !== 'object' || value === null) return;
  const pending: Step[] = [{ node: value, key: '', depth: 1, parent: undefined }];
  while (pending.length > 0) {
    const parent = pending.pop()!;
    const { node, depth } = parent;
    if (isMoney(node)) continue;
    const keys = Array.isArray(node) ? undefined : Object.keys(node);
    const count = keys ? keys.length : (node as unknown[]).length;
    for (let index = 0; index < count; index++) {
      // A hole: canonical refuses it before anything after it.
      if (!keys && !(index in node)) break;
      const key = keys ? keys[index]! : index;
      const child = (node as Record<string | number, unknown>)[key];
      if (typeof child !== 'object' || child === null || isAncestor(child, parent)) continue;
      const step: Step = { node: child, key, depth: depth + 1, parent };
      if (depth >= MAX_DEPTH) {
        const where = pathOf(path, step);
        throw chainError(
          'too-deep',
          `${where} is nested more than ${MAX_DEPTH} levels deep; a chained record must be shallower.`,
          { input: value, details: { path: where, maxDepth: MAX_DEPTH } },
        );
      }
      pending.push(step);
    }
  }
}

/** An object met on the walk, with the member (or item) it is of its parent. */
interface Step {
  readonly node: object;
  readonly key: string | number;
  readonly depth: number;
  readonly parent: Step | undefined;
}

function isAncestor(node: object, step: Step | undefined): boolean {
  for (let at = step; at; at = at.parent) if (at.node === node) return true;
  return false;
}

function pathOf(path: string, step: Step): string {
  const keys: Array<string | number> = [];
  for (let at: Step | undefined = step; at?.parent; at = at.parent) keys.push(at.key);
  return keys
    .reverse()
    .reduce<string>(
      (text, key) => (typeof key === 'number' ? `${text}[${key}]` : keyPath(text, key)),
      path,
    );
}

/**
 * Where a value sits: the object or array holding it (`container`, whose own place is its
 * `up`) and its key there; the outermost value's `key` is its path. Paths are written out only
 * for an error, so a record that serialises builds no path strings.
 */
interface Place {
  readonly up: Place | undefined;
  readonly key: string | number;
  readonly container: object | undefined;
}

/** The canonical JSON of `value` at `path`; `outer` are objects a cycle may lead back to. */
function canonical(value: unknown, path: string, outer: readonly object[]): string {
  return write(value, undefined, path, outer);
}

/** {@link canonical} of `value`, found at `key` of the container `up` (none: `key` is a path). */
function write(
  value: unknown,
  up: Place | undefined,
  key: string | number,
  outer: readonly object[],
): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw notJson(pathAt(up, key), String(value));
      return JSON.stringify(value);
    case 'object': {
      if (value === null) return 'null';
      if (isMoney(value)) return JSON.stringify(value.toString());
      if (outer.includes(value) || holds(up, value)) {
        throw notJson(pathAt(up, key), 'a circular reference');
      }
      const here: Place = { up, key, container: value };
      if (Array.isArray(value)) {
        let text = '[';
        for (let index = 0; index < value.length; index++) {
          if (!(index in value)) throw notJson(pathAt(here, index), 'a hole in an array');
          text += (index === 0 ? '' : ',') + write(value[index], here, index, outer);
        }
        return `${text}]`;
      }
      const prototype: unknown = Object.getPrototypeOf(value);
      if (
        (prototype !== Object.prototype && prototype !== null) ||
        Object.getOwnPropertySymbols(value).length > 0
      ) {
        assertPlainRecord(value, pathAt(up, key));
      }
      const record = value as Record<string, unknown>;
      const keys = Object.keys(record).sort();
      let text = '{';
      for (let index = 0; index < keys.length; index++) {
        const member = keys[index]!;
        text += `${index === 0 ? '' : ','}${JSON.stringify(member)}:${write(record[member], here, member, outer)}`;
      }
      return `${text}}`;
    }
    default:
      // undefined, function, symbol, bigint
      throw notJson(pathAt(up, key), typeof value);
  }
}

/** True when `node` is the container of `place` or of one around it (a cycle). */
function holds(place: Place | undefined, node: object): boolean {
  for (let at = place; at; at = at.up) if (at.container === node) return true;
  return false;
}

/** The path of the value at `key` of `up`'s container, as the messages write it. */
function pathAt(up: Place | undefined, key: string | number): string {
  if (up === undefined) return String(key);
  const base = pathAt(up.up, up.key);
  return typeof key === 'number' ? `${base}[${key}]` : keyPath(base, key);
}

/** Throws unless `value` is a plain object (of any realm) without symbol keys. */
function assertPlainRecord(value: unknown, path: string): asserts value is object {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalidOption(path, value, 'a plain object (a record)');
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  // Object.prototype of this realm or another (an iframe's), or none: a plain object.
  if (prototype !== null && Object.getPrototypeOf(prototype) !== null) {
    const name = (value as { constructor?: { name?: unknown } }).constructor?.name;
    throw notJson(path, `an object of class ${typeof name === 'string' ? name : 'unknown'}`);
  }
  if (Object.getOwnPropertySymbols(value).length > 0) throw notJson(path, 'a symbol key');
}

/** Checks an options object: absent (`{}`), or an object of the `known` keys only. */
function checkOptionsObject(options: unknown, known: readonly string[], owner: string): void {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw invalidOption('options', options, 'an options object');
  }
  checkOptionKeys(options, known, owner);
}

/** The index of the first hole in `list`, or its length when it has none. */
function firstHole(list: readonly unknown[]): number {
  for (let index = 0; index < list.length; index++) if (!(index in list)) return index;
  return list.length;
}

function keyPath(path: string, key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

function notJson(path: string, what: string): SajjaError {
  return new SajjaError(
    'INVALID_ARGUMENT',
    'not-json',
    `${path} is ${what}, which JSON cannot carry exactly; a chained record must be plain JSON data.`,
    { input: what, details: { path } },
  );
}

function hashOption(value: unknown, option: string): string {
  if (value === undefined) return GENESIS_HASH;
  if (typeof value !== 'string' || !HASH.test(value)) {
    throw invalidOption(option, value, '64 lower-case hex digits (a SHA-256 hash)');
  }
  return value;
}

/**
 * Why `entry` does not verify, or `undefined` when it does; `previous` is the entry before it,
 * or for the `first` entry the hash the chain starts from.
 */
function entryBreak(
  entry: unknown,
  previous: unknown,
  first: boolean,
): ChainBreakReason | undefined {
  if (typeof entry !== 'object' || entry === null) return 'not-chained';
  const { hash, ...content } = entry as { hash?: unknown; prevHash?: unknown };
  if (typeof hash !== 'string' || typeof content.prevHash !== 'string') return 'not-chained';
  let text: string;
  try {
    assertPlainRecord(entry, 'entry');
    assertShallowEnough(content, 'entry');
    text = canonical(content, 'entry', [entry]);
  } catch {
    return 'not-chained';
  }
  if (sha256Hex(text) !== hash) return 'hash-mismatch';
  const expected = first ? previous : (previous as { hash?: unknown } | null)?.hash;
  return content.prevHash === expected ? undefined : 'prev-hash-mismatch';
}
