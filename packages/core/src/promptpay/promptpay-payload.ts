import { checkOptions } from '../errors/check-option-keys.js';
import { invalidOption } from '../errors/sajja-error.js';
import { crc16 } from './crc16.js';
import { promptPayAmount } from './promptpay-amount.js';
import { normalisePromptPayTarget, type PromptPayTarget } from './promptpay-target.js';
import { field } from './tlv.js';

/** @internal The application id (AID) of PromptPay credit transfer, EMV tag 29. */
export const CREDIT_TRANSFER_AID = 'A000000677010111';
/** @internal The application id (AID) of PromptPay bill payment, EMV tag 30. */
export const BILL_PAYMENT_AID = 'A000000677010112';

/** What a PromptPay payload asks for besides its target. */
export interface PromptPayOptions {
  /**
   * The amount to pay, as a plain decimal string of baht (`'150'`, `'150.5'`, `'150.50'`;
   * spaces around it are allowed): above zero, at most 2 decimals and at most
   * 9,999,999,999.99 (EMV tag 54 holds 13 characters). Read as text, never as a number. For
   * what people type (commas, Thai digits), read it with `parseMoney` first and pass its
   * `toString()`. Without an amount, the payer types it in the banking app.
   */
  readonly amount?: string;
  /**
   * Whether the QR may be paid more than once (EMV point of initiation `11`, static) or is
   * for one payment (`12`, dynamic). Default: reusable without an amount, one-time with one,
   * as promptpay-qr does. A reusable QR with an amount (a member's fixed monthly pledge) is
   * what promptpay-qr cannot make.
   */
  readonly reusable?: boolean;
}

/**
 * The text of a Thai QR (EMVCo merchant-presented, PromptPay) that banking apps read, for a
 * QR encoder to draw. Byte for byte what promptpay-qr 0.5.0 writes for a mobile number,
 * national or tax ID, or e-wallet ID (tag 29: `00`, `01`, `29`, `58`, `53`, `54`, `63`); a
 * biller's bill payment (tag 30, with Ref.1 and Ref.2) is written as promptparse 1.6.0 and
 * its published examples write it (`00`, `01`, `30`, `53`, `58`, `54`, `63`). The amount is
 * read as text and never becomes a JavaScript number.
 *
 * A string target is read as promptpay-qr reads it (see {@link normalisePromptPayTarget}).
 *
 * @throws {@link "@sajja/core".SajjaError} `INVALID_ARGUMENT` for a target
 *   {@link normalisePromptPayTarget} refuses, options that are not an object, an option it
 *   does not have (`unknown-option`) or a `reusable` that is not a boolean (`invalid-option`);
 *   `INVALID_AMOUNT` for an amount that is not text (`wrong-type`), not a plain decimal
 *   (`not-a-number`, `too-long`), zero or
 *   less (`not-positive`), with more than 2 decimals (`too-many-decimals`) or over
 *   9,999,999,999.99 (`too-large`).
 *
 * @example
 * ```ts
 * promptPayPayload('081-234-5678');
 * // '00020101021129370016A000000677010111011300668123456785802TH53037646304…'
 * promptPayPayload('0812345678', { amount: '100' }); // one-time QR for 100.00 baht
 * promptPayPayload(
 *   { kind: 'biller', id: '099400016550100', reference1: '123456789012', reference2: '670429' },
 *   { amount: '3649.22' },
 * );
 * // '00020101021230650016A000000677010112…53037645802TH54073649.2263044534'
 * ```
 */
export function promptPayPayload(
  target: string | PromptPayTarget,
  options: PromptPayOptions = {},
): string {
  checkOptions(options, ['amount', 'reusable'], 'promptPayPayload');
  const { amount, reusable } = options;
  if (reusable !== undefined && typeof reusable !== 'boolean') {
    throw invalidOption('reusable', reusable, 'true or false');
  }
  const { kind, id, reference1, reference2 } = normalisePromptPayTarget(target);
  const amountText = amount === undefined ? undefined : promptPayAmount(amount);
  const isReusable = reusable ?? amountText === undefined;
  const thb = field('53', '764');
  const thailand = field('58', 'TH');
  const account =
    kind === 'biller'
      ? field(
          '30',
          field('00', BILL_PAYMENT_AID) +
            field('01', id) +
            field('02', reference1!) +
            (reference2 === undefined ? '' : field('03', reference2)),
        ) +
        thb +
        thailand
      : field(
          '29',
          field('00', CREDIT_TRANSFER_AID) +
            (kind === 'mobile'
              ? field('01', `0066${id.slice(1)}`)
              : field(kind === 'e-wallet' ? '03' : '02', id)),
        ) +
        thailand +
        thb;
  const data =
    field('00', '01') +
    field('01', isReusable ? '11' : '12') +
    account +
    (amountText === undefined ? '' : field('54', amountText)) +
    '6304';
  return data + crc16(data);
}
