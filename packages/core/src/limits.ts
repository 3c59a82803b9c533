/**
 * The longest note a person may write on a record (a ledger entry, a deposit, a loan), in
 * characters as a person counts them (see {@link graphemeLength}: one emoji is one), after
 * trimming. The core's ledger validation, the store's checks and the widgets' fields all use
 * this one value.
 */
export const MAX_NOTE_LENGTH = 500;

/**
 * The longest reference of a transfer slip kept with a payment (a bank's transaction
 * reference is 20 to 30 characters), after trimming; checked by `@sajja/store` and by the
 * deposit form's slip field.
 */
export const MAX_SLIP_REFERENCE_LENGTH = 50;

/**
 * The IndexedDB database name `@sajja/store`'s `openStore` uses when none is given, and the
 * widgets' `store` attribute by default. Here rather than in the store so that the widgets,
 * which load the store's code only on first use, can name it without loading it.
 */
export const DEFAULT_STORE_NAME = 'sajja';
