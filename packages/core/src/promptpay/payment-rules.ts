import { closestName } from '../errors/check-option-keys.js';
import { describeValue } from '../errors/describe-value.js';
import {
  isSajjaError,
  raisedWith,
  type SajjaErrorDetails,
  type SajjaProblem,
} from '../errors/sajja-error.js';
import type { Sentences } from '../errors/sentences.js';
import { displayColumns } from '../text/display-columns.js';
import { PROMPTPAY_SENTENCES } from './promptpay-sentences.js';
import {
  isKind,
  KINDS,
  MAX_ID_LENGTH,
  normaliseId,
  type PromptPayKind,
} from './promptpay-target.js';

/**
 * The most display columns a PromptPay account's name may take: what a banking app shows of
 * it. Thai vowel and tone marks written above or below a letter (U+0E31, U+0E34–U+0E3A,
 * U+0E47–U+0E4E) take no column of their own.
 */
export const PROMPTPAY_NAME_MAX = 60;

/** Code units a name may have at all, however many marks it stacks: past this it is not read. */
const NAME_LENGTH_LIMIT = PROMPTPAY_NAME_MAX * 4;

/**
 * The PromptPay account a group's members pay their pledges into.
 *
 * @example
 * ```ts
 * const account: PromptPayAccount = {
 *   kind: 'mobile',
 *   id: '081-234-5678',
 *   name: 'กลุ่มออมทรัพย์บ้านหนองบัว',
 * };
 * ```
 */
export interface PromptPayAccount {
  /** The PromptPay ID as typed (see {@link PromptPayTarget.id}). */
  readonly id: string;
  /** The kind of ID. A biller's Ref.1 is given with each payment, not here. */
  readonly kind: PromptPayKind;
  /**
   * The account's name as the bank shows it, for members to compare before they pay: not
   * empty after trimming, at most {@link PROMPTPAY_NAME_MAX} display columns.
   */
  readonly name: string;
}

/**
 * How a group takes payments, as data: the `payment` field of its rules. Check it with
 * {@link validatePaymentRules}.
 *
 * @example
 * ```ts
 * const payment: PaymentRules = {
 *   promptPay: { kind: 'mobile', id: '081-234-5678', name: 'กลุ่มสัจจะบ้านหนองบัว' },
 * };
 * ```
 */
export interface PaymentRules {
  /** The account members pay by PromptPay transfer; none when absent. */
  readonly promptPay?: PromptPayAccount;
}

/**
 * Checks a group's payment rules and returns them typed. Every problem is reported at once.
 *
 * @throws {@link "@sajja/core".SajjaError} `RULES_INVALID`, with `problems` listing each
 *   `{ path, reason }`: `required` and `not-an-object` (the rules, `promptPay`),
 *   `unknown-field` (a key they do not have: `details.field`, and `details.closest` for the
 *   field probably meant), at `promptPay.kind` `required` or `unknown-value`, at
 *   `promptPay.id` `required`, `not-a-string`, `too-long` or the reason
 *   {@link normalisePromptPayTarget} gives the ID (`not-a-thai-mobile`, `bad-check-digit`, …),
 *   at `promptPay.name` `required`, `not-a-string`, `empty` or `too-long` (`details.max`).
 *   The error carries the Thai and English sentences of its first problem's PromptPay reason.
 *
 * @example
 * ```ts
 * validatePaymentRules({ promptPay: { kind: 'mobile', id: '0812345678', name: 'กลุ่มสัจจะ' } });
 * validatePaymentRules({ promptPay: { kind: 'mobile', id: '0212345678', name: '' } });
 * // throws RULES_INVALID: promptPay.id not-a-thai-mobile, promptPay.name empty
 * ```
 */
export function validatePaymentRules(rules: unknown): PaymentRules {
  const problems: SajjaProblem[] = [];
  const add = (
    path: string,
    reason: SajjaProblem['reason'],
    details?: SajjaErrorDetails,
    sentences?: Sentences,
  ) => {
    problems.push({
      path,
      reason,
      ...(details ? { details } : {}),
      ...(sentences ? { sentences } : {}),
    });
  };
  const root = recordAt('', rules, add);
  const account = root && knownFields('', root, ['promptPay'], add) && root.promptPay;
  const promptPay = account === undefined ? undefined : recordAt('promptPay', account, add);
  if (promptPay) {
    knownFields('promptPay', promptPay, ['id', 'kind', 'name'], add);
    const { kind, id, name } = promptPay;
    const knownKind = isKind(kind);
    if (kind === undefined) add('promptPay.kind', 'required');
    else if (!knownKind) {
      add('promptPay.kind', 'unknown-value', {
        value: describeValue(kind),
        allowed: KINDS.join(', '),
      });
    }
    if (id === undefined) add('promptPay.id', 'required');
    else if (typeof id !== 'string') add('promptPay.id', 'not-a-string');
    else if (id.length > MAX_ID_LENGTH) add('promptPay.id', 'too-long', { max: MAX_ID_LENGTH });
    else if (knownKind) {
      try {
        normaliseId(kind, id);
      } catch (error) {
        if (!isSajjaError(error, 'INVALID_ARGUMENT')) throw error;
        // The id's own reason, with its sentences, so problemMessage says what is wrong.
        add('promptPay.id', error.reason, undefined, error.sentences);
      }
    }
    if (name === undefined) add('promptPay.name', 'required');
    else if (typeof name !== 'string') add('promptPay.name', 'not-a-string');
    else if (name.trim() === '') add('promptPay.name', 'empty');
    else if (name.length > NAME_LENGTH_LIMIT || displayColumns(name.trim()) > PROMPTPAY_NAME_MAX) {
      add('promptPay.name', 'too-long', { max: PROMPTPAY_NAME_MAX });
    }
  }
  const [first] = problems;
  if (first) {
    const list = problems.map((p) => `${p.path || '(rules)'}: ${p.reason}`).join('; ');
    throw raisedWith(
      PROMPTPAY_SENTENCES,
      'RULES_INVALID',
      first.reason,
      `Payment rules are not valid: ${list}`,
      {
        input: rules,
        problems,
        ...(first.details ? { details: first.details } : {}),
      },
    );
  }
  return rules as PaymentRules;
}

type Add = (path: string, reason: SajjaProblem['reason'], details?: SajjaErrorDetails) => void;

function recordAt(path: string, value: unknown, add: Add): Record<string, unknown> | undefined {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return value as Record<string, unknown>;
  }
  add(path, value === undefined ? 'required' : 'not-an-object');
  return undefined;
}

/** Refuses, as the other rules validators do, each key of `record` not in `known`. Returns true. */
function knownFields(
  path: string,
  record: Record<string, unknown>,
  known: readonly string[],
  add: Add,
): true {
  for (const key of Object.keys(record)) {
    if (known.includes(key) || record[key] === undefined) continue;
    const closest = closestName(key, known);
    add(path ? `${path}.${key}` : key, 'unknown-field', {
      field: key,
      ...(closest === undefined ? {} : { closest }),
    });
  }
  return true;
}
