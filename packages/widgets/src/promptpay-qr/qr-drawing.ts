import { raisedWith, type Sentences, type WidgetArgumentReason } from '@sajja/core';
import {
  maskPromptPayId,
  normalisePromptPayTarget,
  promptPayPayload,
  PROMPTPAY_NAME_MAX,
  type PromptPayKind,
  type PromptPayTarget,
} from '@sajja/core/promptpay';
import { encode } from 'uqr';

// The code <sajja-promptpay-qr> loads by import() when it first shows a QR, the only module
// importing the PromptPay payload code and the QR encoder: a page pays for them only then.

/** The light margin around the code, in modules: the 4 the QR standard asks for. */
export const QUIET_ZONE = 4;

/** What the widget asks to be drawn: its attributes, trimmed, empty ones left out. */
export interface PromptPayQrRequest {
  readonly id: string;
  readonly kind?: PromptPayKind | undefined;
  readonly reference1?: string | undefined;
  readonly reference2?: string | undefined;
  readonly amount?: string | undefined;
  readonly reusable: boolean;
  readonly name: string;
}

/** A QR ready to show: its payload, what to write beside it, and its modules. */
export interface PromptPayQrDrawing {
  /** The EMVCo payload the code holds. */
  readonly payload: string;
  /** The PromptPay id as banking apps show it (`xxx-xxx-5678`). */
  readonly maskedId: string;
  /** The last four digits of the id, for the image's file name. */
  readonly lastDigits: string;
  /**
   * The amount the code asks for, as the payload holds it (`'1200.00'` for `'๑,๒๐๐'`); none for
   * a code where the payer types it.
   */
  readonly amount: string | undefined;
  /** The recipient's name, trimmed. */
  readonly name: string;
  /** The width (and height) of the code in modules, the quiet zone included. */
  readonly size: number;
  /** The dark modules, by row then column, the quiet zone included. */
  readonly dark: readonly (readonly boolean[])[];
  /** An SVG path of the dark modules, one unit a module (for a `viewBox` of `size`). */
  readonly path: string;
}

type NameReason = Extract<WidgetArgumentReason, `${string}recipient-name${string}`>;

/** The sentences of the widget's own refusals, beside the check that raises them. */
const NAME_SENTENCES: { readonly [R in NameReason]: Sentences } = {
  'missing-recipient-name': {
    th: 'ต้องระบุชื่อผู้รับเงิน ให้ตรงกับชื่อที่แอปธนาคารแสดง',
    en: 'Give the recipient’s name, as the banking app shows it.',
  },
  'recipient-name-too-long': {
    th: 'ชื่อผู้รับเงินยาวเกินไป (ไม่เกิน {max} ตัวอักษร)',
    en: 'The recipient’s name is too long (at most {max} characters).',
  },
};

/**
 * The columns `text` takes on screen: Thai vowels and tone marks above and below a consonant
 * (and other combining marks, zero-width characters) take none.
 */
export function displayColumns(text: string): number {
  return [...text.replace(/[\p{M}\p{Cf}]/gu, '')].length;
}

function checkName(name: string): void {
  if (name === '') {
    throw raisedWith(
      NAME_SENTENCES,
      'INVALID_ARGUMENT',
      'missing-recipient-name',
      'A PromptPay QR needs the name of its recipient, for the payer to compare with the bank.',
      { input: name },
    );
  }
  const columns = displayColumns(name);
  if (columns > PROMPTPAY_NAME_MAX) {
    throw raisedWith(
      NAME_SENTENCES,
      'INVALID_ARGUMENT',
      'recipient-name-too-long',
      `The recipient's name takes ${columns} columns; at most ${PROMPTPAY_NAME_MAX} are shown.`,
      { input: name, details: { max: PROMPTPAY_NAME_MAX, columns } },
    );
  }
}

/** The dark modules as one SVG path, a rectangle per run of dark modules in a row. */
function modulePath(dark: readonly (readonly boolean[])[]): string {
  let path = '';
  dark.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      if (!row[x]) continue;
      const start = x;
      while (row[x + 1]) x++;
      const run = x - start + 1;
      path += `M${start} ${y}h${run}v1h-${run}z`;
    }
  });
  return path;
}

/**
 * The amount field (EMVCo id 54) of a payload the core has just written, two decimals; a walk
 * over its fields rather than parsePromptPayPayload, whose checks would double this chunk's
 * share of the core.
 */
function payloadAmount(payload: string): string | undefined {
  for (let at = 0; at + 4 <= payload.length; ) {
    const length = Number(payload.slice(at + 2, at + 4));
    if (payload.startsWith('54', at)) return payload.slice(at + 4, at + 4 + length);
    at += 4 + length;
  }
  return undefined;
}

/**
 * Works out the payload and the modules of a PromptPay QR, level M (as the banks' codes are),
 * with a quiet zone of {@link QUIET_ZONE} modules.
 *
 * @throws the core's `SajjaError` for an id or an amount PromptPay refuses; `INVALID_ARGUMENT`
 *   `missing-recipient-name` / `recipient-name-too-long` for the name.
 */
export function drawPromptPayQr(request: PromptPayQrRequest): PromptPayQrDrawing {
  const base: PromptPayTarget = request.kind
    ? { kind: request.kind, id: request.id }
    : normalisePromptPayTarget(request.id);
  const target: PromptPayTarget = {
    ...base,
    ...(request.reference1 ? { reference1: request.reference1 } : {}),
    ...(request.reference2 ? { reference2: request.reference2 } : {}),
  };
  const payload = promptPayPayload(target, {
    ...(request.amount === undefined ? {} : { amount: request.amount }),
    // A code without an amount is one the payer can use again and again, typing the amount.
    reusable: request.reusable || request.amount === undefined,
  });
  checkName(request.name);
  const { size, data } = encode(payload, { ecc: 'M', border: QUIET_ZONE });
  return {
    payload,
    maskedId: maskPromptPayId(target),
    lastDigits: normalisePromptPayTarget(target).id.replace(/\D/g, '').slice(-4),
    amount: payloadAmount(payload),
    name: request.name,
    size,
    dark: data,
    path: modulePath(data),
  };
}
