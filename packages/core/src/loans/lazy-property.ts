/*
 * Views whose costly part is computed on first read (internal): a loan's rows as Money, which a
 * caller that reads only the totals never pays for. The property is an own enumerable getter,
 * so JSON, spreads and deep equality see it like any other. Every view shares one getter and
 * keeps its state in a hidden cell: V8 gives an object whose accessor is a closure of its own a
 * hidden class of its own, slow to make and to collect.
 */

/** Where a view keeps its lazy value and how to compute it (one lazy property a view). */
const LAZY_CELL = /* @__PURE__ */ Symbol('lazy');

interface LazyCell {
  readonly compute: () => unknown;
  value: unknown;
}

function lazyValue(this: { readonly [LAZY_CELL]: LazyCell }): unknown {
  const cell = this[LAZY_CELL];
  return (cell.value ??= cell.compute());
}

/** Gives `view` the hidden cell and an enumerable getter `key`, in that order. */
function defineLazy(view: object, key: string, compute: () => unknown): void {
  Object.defineProperty(view, LAZY_CELL, { value: { compute, value: undefined } });
  Object.defineProperty(view, key, { enumerable: true, get: lazyValue });
}

/**
 * @internal Freezes `view` with an enumerable `key`, after its other keys, computed on first
 * read and kept.
 */
export function withLazy<T extends object, K extends string, V>(
  view: T,
  key: K,
  compute: () => V,
): Readonly<T & Record<K, V>> {
  defineLazy(view, key, compute);
  return Object.freeze(view) as Readonly<T & Record<K, V>>;
}

/**
 * @internal A frozen view whose first key is `key`, computed on first read and kept, followed
 * by the keys of `rest`.
 */
export function withLazyFirst<T extends object, K extends string, V>(
  key: K,
  compute: () => V,
  rest: T,
): Readonly<Record<K, V> & T> {
  const view = {} as Record<string, unknown>;
  defineLazy(view, key, compute);
  for (const [name, value] of Object.entries(rest)) view[name] = value;
  return Object.freeze(view) as Readonly<Record<K, V> & T>;
}
