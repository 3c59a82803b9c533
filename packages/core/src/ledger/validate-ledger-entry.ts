import { isIsoDate } from '../dates/iso-date.js';
import { MAX_NOTE_LENGTH } from '../limits.js';
import { SajjaError, type SajjaErrorDetails, type SajjaProblem } from '../errors/sajja-error.js';
import { isMoney, money, type Money } from '../money/money.js';
import { parseMoney } from '../money/parse-money.js';
import { graphemeLength, tooManyCharacters } from '../text/grapheme-length.js';
import { ledgerCategory } from './ledger-categories.js';
import { LEDGER_ENTRY_KINDS, type LedgerEntry, type LedgerEntryKind } from './ledger-entry.js';

/**
 * An amount as validation writes it, more than zero: no leading zeros, two decimals, at most
 * the 15 integer digits `parseMoney` accepts (`'120.50'`, not `'0.00'` or `'0120.50'`).
 */
const CANONICAL_POSITIVE_AMOUNT = /^(?:[1-9]\d{0,14}\.\d\d|0\.(?:0[1-9]|[1-9]\d))$/;

/**
 * The longest note an entry may carry, in characters as a person counts them (see
 * {@link "@sajja/core".graphemeLength}: one emoji is one), after trimming: the core's
 * {@link "@sajja/core".MAX_NOTE_LENGTH}, the limit of every note, under the name the ledger
 * has always exported.
 */
export const MAX_LEDGER_NOTE_LENGTH = MAX_NOTE_LENGTH;

/**
 * A {@link LedgerEntry} as {@link validateLedgerEntry} returns it: the amount a canonical
 * two-decimal string (`'120.50'`), the note trimmed and present only when not empty, and no
 * fields besides those of a ledger entry.
 */
export interface ValidLedgerEntry extends LedgerEntry {
  /** The amount as a canonical two-decimal string, more than 0 (`'1234.50'`). */
  readonly amount: string;
}

/** @internal What reading an entry found: the normalised entry when there were no problems. */
export interface EntryReading {
  readonly problems: SajjaProblem[];
  readonly entry?: ValidLedgerEntry;
}

/**
 * Every problem of `value` as a household ledger entry, in field order (`id`, `date`, `kind`,
 * `category`, `amount`, `note`, `organisationId`, `reverses`); an empty list when it is valid.
 * Each problem is `{ path, reason, details? }` with `path` the field name (`''` for the whole
 * value), for a form to show beside the field with `problemMessage`.
 *
 * Reasons:
 * - `'not-an-object'` (path `''`): not a plain object;
 * - `'required'`: `id`, `date`, `kind`, `category` or `amount` is missing;
 * - `'not-a-string'`: a text field holds something else;
 * - `'empty-id'`: `id`, `organisationId` or `reverses` is empty or only spaces;
 * - `'not-a-date'`: `date` is not a real ISO `YYYY-MM-DD` date;
 * - `'unknown-kind'`: `kind` is not `'income'`, `'expense'` or `'transfer'`;
 * - `'unknown-category'`: `category` is not a code of `LEDGER_CATEGORIES`;
 * - `'category-kind-mismatch'`: the category belongs to another kind (`food` as income);
 * - `'not-an-amount'`: `amount` is neither {@link "@sajja/core".Money} nor text `parseMoney` reads
 *   (`details.cause` is parseMoney's reason, such as `'too-many-decimals'`);
 * - `'not-positive'`: the amount is 0 or less (a correction is a reversal, never a negative);
 * - `'note-too-long'`: the trimmed note has more than {@link MAX_LEDGER_NOTE_LENGTH} characters;
 * - `'reverses-itself'`: `reverses` names the entry's own id.
 *
 * Fields other than those of {@link LedgerEntry} are ignored: entries often travel inside
 * storage records that add their own (`householdId`, `recordedAt`).
 *
 * @example
 * ```ts
 * ledgerEntryProblems({ id: 'a', date: '2024-02-30', kind: 'income', category: 'food', amount: '0' });
 * // [{ path: 'date', reason: 'not-a-date', … },
 * //  { path: 'category', reason: 'category-kind-mismatch', … },
 * //  { path: 'amount', reason: 'not-positive', … }]
 * ```
 */
export function ledgerEntryProblems(value: unknown): SajjaProblem[] {
  return readLedgerEntry(value).problems;
}

/**
 * Checks a household ledger entry and returns it normalised: the amount as a canonical
 * two-decimal string (`'1,234.5'` and `'๑๒๐.๕๐'` are read as `parseMoney` reads them, giving
 * `'1234.50'` and `'120.50'`), the note trimmed (and left out when empty), `organisationId`
 * and `reverses` kept, any other field left out.
 *
 * @throws {@link "@sajja/core".SajjaError} `INVALID_ARGUMENT` with reason `'invalid-ledger-entry'`, whose
 *   `problems` list every problem {@link ledgerEntryProblems} finds.
 *
 * @example
 * ```ts
 * validateLedgerEntry({
 *   id: 'e1', date: '2024-03-05', kind: 'expense', category: 'food',
 *   amount: '1,234.5', note: '  rice  ',
 * });
 * // { id: 'e1', date: '2024-03-05', kind: 'expense', category: 'food',
 * //   amount: '1234.50', note: 'rice' }
 * ```
 */
export function validateLedgerEntry(value: unknown): ValidLedgerEntry {
  const { problems, entry } = readLedgerEntry(value);
  if (entry) return entry;
  const list = problems.map((problem) => `${problem.path || '(entry)'}: ${problem.reason}`);
  throw new SajjaError(
    'INVALID_ARGUMENT',
    'invalid-ledger-entry',
    `Not a valid ledger entry: ${list.join('; ')}`,
    { input: value, problems },
  );
}

/** @internal The problems of `value` as an entry, and the normalised entry when there are none. */
export function readLedgerEntry(value: unknown): EntryReading {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || isMoney(value)) {
    return { problems: [{ path: '', reason: 'not-an-object' }] };
  }
  const input = value as Record<string, unknown>;
  const problems: SajjaProblem[] = [];
  const add = (
    path: string,
    reason: SajjaProblem['reason'],
    details?: SajjaErrorDetails,
  ): undefined => {
    problems.push(details ? { path, reason, details } : { path, reason });
    return undefined;
  };

  const id = readId(input.id, 'id', true, add);
  const date = readDate(input.date, add);
  const kind = readKind(input.kind, add);
  const category = readCategory(input.category, kind, add);
  const amount = readAmount(input.amount, add);
  const note = readNote(input.note, add);
  const organisationId = readId(input.organisationId, 'organisationId', false, add);
  const reverses = readId(input.reverses, 'reverses', false, add);
  if (reverses !== undefined && reverses === id) add('reverses', 'reverses-itself', { id });

  if (
    problems.length > 0 ||
    id === undefined ||
    date === undefined ||
    kind === undefined ||
    category === undefined ||
    amount === undefined
  ) {
    return { problems };
  }
  const entry: { -readonly [K in keyof ValidLedgerEntry]: ValidLedgerEntry[K] } = {
    id,
    date,
    kind,
    category,
    amount,
  };
  if (note) entry.note = note;
  if (organisationId !== undefined) entry.organisationId = organisationId;
  if (reverses !== undefined) entry.reverses = reverses;
  return { problems, entry };
}

type AddProblem = (
  path: string,
  reason: SajjaProblem['reason'],
  details?: SajjaErrorDetails,
) => undefined;

function readId(
  value: unknown,
  path: string,
  required: boolean,
  add: AddProblem,
): string | undefined {
  if (value === undefined) return required ? add(path, 'required') : undefined;
  if (typeof value !== 'string') return add(path, 'not-a-string', { value: describe(value) });
  if (value.trim() === '') return add(path, 'empty-id');
  return value;
}

function readDate(value: unknown, add: AddProblem): string | undefined {
  if (value === undefined) return add('date', 'required');
  if (!isIsoDate(value)) return add('date', 'not-a-date', { value: describe(value) });
  return value;
}

function readKind(value: unknown, add: AddProblem): LedgerEntryKind | undefined {
  if (value === undefined) return add('kind', 'required');
  if (typeof value === 'string' && (LEDGER_ENTRY_KINDS as readonly string[]).includes(value)) {
    return value as LedgerEntryKind;
  }
  return add('kind', 'unknown-kind', {
    value: describe(value),
    allowed: LEDGER_ENTRY_KINDS.join(', '),
  });
}

function readCategory(
  value: unknown,
  kind: LedgerEntryKind | undefined,
  add: AddProblem,
): string | undefined {
  if (value === undefined) return add('category', 'required');
  if (typeof value !== 'string') return add('category', 'not-a-string', { value: describe(value) });
  const known = ledgerCategory(value);
  if (!known) return add('category', 'unknown-category', { value: describe(value) });
  // Only a known kind can disagree with the category; an unknown kind is reported already.
  if (kind !== undefined && known.kind !== kind) {
    return add('category', 'category-kind-mismatch', {
      category: value,
      kind,
      categoryKind: known.kind,
    });
  }
  return value;
}

function readAmount(value: unknown, add: AddProblem): string | undefined {
  if (value === undefined) return add('amount', 'required');
  // Stored amounts are already canonical: keep them without a round trip through decimal.js.
  if (typeof value === 'string' && CANONICAL_POSITIVE_AMOUNT.test(value)) return value;
  let amount: Money;
  try {
    amount = isMoney(value) ? money(value) : parseMoney(value as string);
  } catch (error) {
    if (!(error instanceof SajjaError)) throw error;
    return add('amount', 'not-an-amount', { value: describe(value), cause: error.reason });
  }
  if (!amount.isPositive()) return add('amount', 'not-positive', { value: amount.toString() });
  return amount.toString();
}

function readNote(value: unknown, add: AddProblem): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') return add('note', 'not-a-string', { value: describe(value) });
  const note = value.trim();
  // A note of at most MAX UTF-16 units has at most MAX graphemes, so most skip the count.
  if (note.length <= MAX_LEDGER_NOTE_LENGTH) return note;
  if (tooManyCharacters(note, MAX_LEDGER_NOTE_LENGTH)) {
    const length = graphemeLength(note);
    return add('note', 'note-too-long', { max: MAX_LEDGER_NOTE_LENGTH, length });
  }
  return note;
}

/** A short description of a rejected value for a message: text quoted, others by type. */
function describe(value: unknown): string {
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (value === null || typeof value !== 'object') return String(value);
  return Array.isArray(value) ? 'a list' : 'an object';
}
