import type { SajjaError } from '../errors/sajja-error.js';
import { tooLong } from '../money/amount-limits.js';
import { crc16 } from './crc16.js';
import { promptPayAmount } from './promptpay-amount.js';
import { BILL_PAYMENT_AID, CREDIT_TRANSFER_AID } from './promptpay-payload.js';
import { promptPayError } from './promptpay-sentences.js';
import { normalisePromptPayTarget, type PromptPayTarget } from './promptpay-target.js';
import { readFields } from './tlv.js';

/** The longest QR payload read: EMVCo merchant-presented payloads are at most 512 characters. */
const MAX_PAYLOAD_LENGTH = 512;

/** What a PromptPay QR payload says, as {@link parsePromptPayPayload} reads it. */
export interface ParsedPromptPay {
  /**
   * Where the payment goes, normalised as {@link normalisePromptPayTarget} writes it (a
   * mobile number as `'0812345678'`, IDs as 13 or 15 digits). A payload's tag `02` does not
   * say whether its 13 digits are a national ID or a tax ID: one starting with `0` (as the
   * tax ID of a company or an organisation does) is read as `tax-id`, any other as
   * `national-id`.
   */
  readonly target: PromptPayTarget;
  /** The amount, as two-decimal text (`'150.00'`); absent when the payer types it. */
  readonly amount?: string;
  /** True for a static QR (point of initiation `11`), false for a one-time one (`12`). */
  readonly reusable: boolean;
  /** The payload's CRC, 4 upper-case hex digits. */
  readonly crc: string;
}

/**
 * Reads a PromptPay QR payload (credit transfer, tag 29, or bill payment, tag 30), to check a
 * QR before it is printed or shown: its structure (EMV data objects, `00` first and `63`
 * last), its CRC, the PromptPay AID, country `TH`, currency `764` (baht), the ID (as
 * {@link normalisePromptPayTarget} checks it) and the amount. Data objects it does not use
 * (a merchant name, additional data) are allowed and left out of the result.
 *
 * @throws {@link "@sajja/core".SajjaError} `INVALID_ARGUMENT` with reason
 *   `not-a-promptpay-payload` (not text, not EMV data objects, another scheme, another country
 *   or currency, an amount that is not a plain decimal), `bad-crc` (a damaged or altered
 *   payload), `too-long` (over 512 characters), or the reason {@link normalisePromptPayTarget}
 *   gives its ID; `INVALID_AMOUNT` for an amount of zero or over 9,999,999,999.99.
 *
 * @example
 * ```ts
 * parsePromptPayPayload(promptPayPayload('081-234-5678', { amount: '150' }));
 * // { target: { kind: 'mobile', id: '0812345678' }, amount: '150.00', reusable: false, crc: '…' }
 * ```
 */
export function parsePromptPayPayload(payload: string): ParsedPromptPay {
  if (typeof payload === 'string' && payload.length > MAX_PAYLOAD_LENGTH) {
    throw tooLong('INVALID_ARGUMENT', payload, MAX_PAYLOAD_LENGTH);
  }
  const text = typeof payload === 'string' ? payload.trim() : '';
  const fields = /^[ -~]+$/.test(text) ? readFields(text) : undefined;
  const crc = fields && [...fields.keys()].pop() === '63' ? fields.get('63')! : '';
  if (fields?.keys().next().value !== '00' || !/^[\dA-F]{4}$/i.test(crc)) {
    throw notPromptPay(payload);
  }
  if (crc16(text.slice(0, -4)) !== crc.toUpperCase()) {
    throw promptPayError('bad-crc', payload);
  }
  const [format, method, credit, bill, country, currency, amount] = [
    '00',
    '01',
    '29',
    '30',
    '58',
    '53',
    '54',
  ].map((id) => fields.get(id));
  const inside = readFields((credit === undefined ? bill : bill === undefined ? credit : '') ?? '');
  if (
    format !== '01' ||
    (method !== '11' && method !== '12') ||
    country !== 'TH' ||
    currency !== '764' ||
    (amount !== undefined && !/^\d+(?:\.\d\d?)?$/.test(amount)) ||
    !inside
  ) {
    throw notPromptPay(payload);
  }
  return Object.freeze({
    target: targetOf(inside, credit !== undefined, payload),
    ...(amount === undefined ? {} : { amount: promptPayAmount(amount) }),
    reusable: method === '11',
    crc: crc.toUpperCase(),
  });
}

/** The target of the data objects inside tag 29 (`credit`) or tag 30, checked as a target is. */
function targetOf(
  inside: ReadonlyMap<string, string>,
  credit: boolean,
  payload: string,
): PromptPayTarget {
  const [aid, first, second, third] = ['00', '01', '02', '03'].map((id) => inside.get(id));
  if (credit && aid === CREDIT_TRANSFER_AID && inside.size === 2) {
    // A payload writes a mobile number as 0066 and 9 digits, nothing else.
    if (first !== undefined) {
      if (first.startsWith('0066')) return normalisePromptPayTarget({ kind: 'mobile', id: first });
      throw promptPayError('not-a-thai-mobile', first);
    }
    if (second !== undefined) {
      const kind = second.startsWith('0') ? 'tax-id' : 'national-id';
      return normalisePromptPayTarget({ kind, id: second });
    }
    if (third !== undefined) return normalisePromptPayTarget({ kind: 'e-wallet', id: third });
  }
  const references = inside.size - (third === undefined ? 3 : 4);
  if (!credit && aid === BILL_PAYMENT_AID && first && second && references === 0) {
    const target = { kind: 'biller', id: first, reference1: second } as const;
    return normalisePromptPayTarget(
      third === undefined ? target : { ...target, reference2: third },
    );
  }
  throw notPromptPay(payload);
}

function notPromptPay(payload: unknown): SajjaError {
  return promptPayError('not-a-promptpay-payload', payload);
}
