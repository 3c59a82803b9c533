/**
 * Table declarations in Dexie's schema syntax, which the store's schema versions were first
 * written in and which every released database was created from: `'id, householdId'`,
 * `'[householdId+start]'`, `'++seq, *recordIds'`. The first key is the primary key; `++` makes
 * it auto-incremented, `[a+b]` is a compound key, `*` a multi-entry index, `&` a unique one.
 * Index names are the declarations without their prefix (`'[householdId+date]'`, `'recordIds'`),
 * so databases created by earlier, Dexie-based releases open unchanged.
 */

/** @internal One index of an object store. */
export interface IndexSpec {
  readonly name: string;
  readonly keyPath: string | string[];
  readonly unique: boolean;
  readonly multiEntry: boolean;
}

/** @internal An object store: its primary key and indexes. */
export interface StoreSpec {
  readonly keyPath: string | string[];
  readonly autoIncrement: boolean;
  readonly indexes: readonly IndexSpec[];
}

/** @internal Reads one table declaration, such as `'id, [householdId+date], *recordIds'`. */
export function parseStoreSpec(declaration: string): StoreSpec {
  const [primary, ...indexes] = declaration.split(',').map((part) => part.trim());
  if (!primary) throw new TypeError(`A table declaration needs a primary key: "${declaration}".`);
  const autoIncrement = primary.startsWith('++');
  return {
    keyPath: keyPathOf(autoIncrement ? primary.slice(2) : primary),
    autoIncrement,
    indexes: indexes.map((index) => {
      const name = index.replace(/^[&*]/, '');
      return {
        name,
        keyPath: keyPathOf(name),
        unique: index.startsWith('&'),
        multiEntry: index.startsWith('*'),
      };
    }),
  };
}

/** @internal The key path an index or primary key name declares (`'[a+b]'` → `['a', 'b']`). */
export function keyPathOf(name: string): string | string[] {
  return name.startsWith('[') ? name.slice(1, -1).split('+') : name;
}

/** @internal True when two key paths (a name, or the names of a compound key) are the same. */
export function sameKeyPath(a: string | string[] | null, b: string | string[] | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
