import { problemMessage, type SajjaProblem } from '@sajja/core';

/**
 * The code of every error the server answers with (see the error body in
 * docs/guides/deploying.md and the protocol):
 * - `UNAUTHENTICATED` (401): no token, a malformed or forged one, wrong audience or issuer;
 * - `TOKEN_EXPIRED` (401): the token's `exp` has passed;
 * - `FORBIDDEN` (403): the token's scope does not cover what was asked;
 * - `BATCH_TOO_LARGE` (413): a body over 1 MiB or a push of over 1,000 changes;
 * - `RATE_LIMITED` (429): too many requests for this token, see `retry-after`;
 * - `INVALID_REQUEST` (400): not JSON, or not the shape the endpoint takes;
 * - `RECORDS_REFUSED` (422): records that fail the store's checks, see `problems`;
 * - `NOT_FOUND` (404): no such endpoint;
 * - `INTERNAL` (500): anything else, without details.
 */
export type SyncErrorCode =
  | 'UNAUTHENTICATED'
  | 'TOKEN_EXPIRED'
  | 'FORBIDDEN'
  | 'BATCH_TOO_LARGE'
  | 'RATE_LIMITED'
  | 'INVALID_REQUEST'
  | 'RECORDS_REFUSED'
  | 'NOT_FOUND'
  | 'INTERNAL';

/** The HTTP status of each {@link SyncErrorCode}. */
export const SYNC_ERROR_STATUS: {
  readonly [C in SyncErrorCode]: 400 | 401 | 403 | 404 | 413 | 422 | 429 | 500;
} = {
  UNAUTHENTICATED: 401,
  TOKEN_EXPIRED: 401,
  FORBIDDEN: 403,
  BATCH_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  INVALID_REQUEST: 400,
  RECORDS_REFUSED: 422,
  NOT_FOUND: 404,
  INTERNAL: 500,
};

const SENTENCES: { readonly [C in SyncErrorCode]: { readonly en: string; readonly th: string } } = {
  UNAUTHENTICATED: {
    en: 'Sign in again: the sync server did not accept this sign-in.',
    th: 'กรุณาเข้าสู่ระบบใหม่ เซิร์ฟเวอร์ซิงก์ไม่ยอมรับการเข้าสู่ระบบนี้',
  },
  TOKEN_EXPIRED: {
    en: 'Your sign-in has expired: sign in again to sync.',
    th: 'การเข้าสู่ระบบหมดอายุแล้ว กรุณาเข้าสู่ระบบใหม่เพื่อซิงก์ข้อมูล',
  },
  FORBIDDEN: {
    en: 'This sign-in may not read or write these records.',
    th: 'การเข้าสู่ระบบนี้ไม่มีสิทธิ์อ่านหรือบันทึกข้อมูลเหล่านี้',
  },
  BATCH_TOO_LARGE: {
    en: 'Too much sent at once: at most 1,000 changes and 1 MiB a batch.',
    th: 'ส่งข้อมูลมากเกินไปในครั้งเดียว ส่งได้ครั้งละไม่เกิน 1,000 รายการ และไม่เกิน 1 MiB',
  },
  RATE_LIMITED: {
    en: 'Too many requests: wait a moment and try again.',
    th: 'มีคำขอมากเกินไป กรุณารอสักครู่แล้วลองใหม่',
  },
  INVALID_REQUEST: {
    en: 'The sync server could not read this request.',
    th: 'เซิร์ฟเวอร์ซิงก์อ่านคำขอนี้ไม่ได้',
  },
  RECORDS_REFUSED: {
    en: 'Some records were refused: nothing of this batch was saved.',
    th: 'มีข้อมูลบางรายการไม่ผ่านการตรวจสอบ จึงไม่ได้บันทึกข้อมูลชุดนี้เลย',
  },
  NOT_FOUND: { en: 'There is nothing here.', th: 'ไม่พบสิ่งที่ขอ' },
  INTERNAL: {
    en: 'The sync server failed: try again later.',
    th: 'เซิร์ฟเวอร์ซิงก์ขัดข้อง กรุณาลองใหม่ภายหลัง',
  },
};

/**
 * The reasons the server itself gives in a problem, beside the store's own checks (whose
 * sentences are the core's `problemMessage`).
 */
export type ServerProblemReason =
  | 'clock-ahead'
  | 'immutable'
  | 'membership-not-registered'
  | 'not-an-hlc'
  | 'out-of-scope'
  | 'read-only'
  | 'unsupported-character';

const PROBLEM_SENTENCES: {
  readonly [R in ServerProblemReason]: { readonly en: string; readonly th: string };
} = {
  'clock-ahead': {
    en: 'The change’s clock (hlc) is more than an hour ahead of the server’s: check the date and time of this device.',
    th: 'เวลาของการเปลี่ยนแปลง (hlc) เร็วกว่าเวลาของเซิร์ฟเวอร์เกินหนึ่งชั่วโมง กรุณาตรวจสอบวันที่และเวลาของอุปกรณ์นี้',
  },
  immutable: {
    en: 'This record is already stored with other values, and this part of it cannot change: correct it with a reversal.',
    th: 'ข้อมูลนี้บันทึกไว้แล้วด้วยค่าอื่น และส่วนนี้แก้ไขไม่ได้ ให้แก้ด้วยการบันทึกกลับรายการ',
  },
  'membership-not-registered': {
    en: 'This membership is not on the server: the group’s treasurer registers a member first, and the household’s devices then get the membership by syncing.',
    th: 'สมาชิกภาพนี้ยังไม่มีในเซิร์ฟเวอร์ เหรัญญิกของกลุ่มต้องลงทะเบียนสมาชิกก่อน แล้วเครื่องของครัวเรือนจะได้รับสมาชิกภาพนี้เมื่อซิงค์',
  },
  'not-an-hlc': {
    en: 'The change’s clock (hlc) is not readable.',
    th: 'เวลาของการเปลี่ยนแปลง (hlc) อ่านไม่ได้',
  },
  'out-of-scope': {
    en: 'This sign-in may not write this record.',
    th: 'การเข้าสู่ระบบนี้ไม่มีสิทธิ์บันทึกข้อมูลนี้',
  },
  'unsupported-character': {
    en: 'This text holds a character that cannot be stored (a NUL or a broken Unicode character).',
    th: 'ข้อความนี้มีอักขระที่บันทึกไม่ได้ (อักขระ NUL หรืออักขระยูนิโค้ดที่ไม่สมบูรณ์)',
  },
  'read-only': {
    en: 'This sign-in may read this record but not change it.',
    th: 'การเข้าสู่ระบบนี้อ่านข้อมูลนี้ได้ แต่แก้ไขไม่ได้',
  },
};

/**
 * One problem of one change of a push: which change (`index` in `changes`), which record, where
 * in it, why, and a sentence in English and in Thai.
 */
export interface SyncProblem {
  /** The change's place in the push's `changes`, from 0. */
  readonly index: number;
  /** The change's table, when it named one. */
  readonly table?: string;
  /** The record's id, when it had a readable one. */
  readonly id?: string;
  /** Where in the record (`'amount'`, `'terms.principal'`), `''` for the record as a whole. */
  readonly path: string;
  /** A stable code: the store's reasons, or a {@link ServerProblemReason}. */
  readonly reason: string;
  /** The problem's details (limits, the id of a missing record), when it has some. */
  readonly details?: Readonly<Record<string, unknown>>;
  /** In English. */
  readonly message: string;
  /** In Thai. */
  readonly messageTh: string;
}

/** The body of every non-2xx answer. */
export interface SyncErrorBody {
  /** What went wrong. */
  readonly error: {
    /** A stable code. */
    readonly code: SyncErrorCode;
    /** For a developer or a person, in English. */
    readonly message: string;
    /** For a person, in Thai. */
    readonly messageTh: string;
    /** The records' problems (`RECORDS_REFUSED`, `FORBIDDEN` on a push). */
    readonly problems?: readonly SyncProblem[];
  };
}

/** An error the server answers with: its code, status and body. */
export class SyncError extends Error {
  /** The HTTP status. */
  readonly status: number;

  /**
   * @param code - what went wrong;
   * @param problems - the records' problems, for `RECORDS_REFUSED` and `FORBIDDEN`;
   * @param retryAfterSeconds - for `RATE_LIMITED`: when to try again.
   */
  constructor(
    readonly code: SyncErrorCode,
    readonly problems?: readonly SyncProblem[],
    readonly retryAfterSeconds?: number,
  ) {
    super(SENTENCES[code].en);
    this.name = 'SyncError';
    this.status = SYNC_ERROR_STATUS[code];
  }

  /** The JSON body of this error. */
  get body(): SyncErrorBody {
    const { en, th } = SENTENCES[this.code];
    return {
      error: {
        code: this.code,
        message: en,
        messageTh: th,
        ...(this.problems && this.problems.length > 0 ? { problems: this.problems } : {}),
      },
    };
  }
}

/**
 * A {@link SyncProblem} from a problem of the store's checks or of the server's own, with its
 * sentences (the store's from the core's `problemMessage`, the server's from its own table).
 */
export function syncProblem(
  index: number,
  table: string | undefined,
  id: string | undefined,
  problem:
    | SajjaProblem
    | { path: string; reason: ServerProblemReason; details?: SajjaProblem['details'] },
): SyncProblem {
  const own = PROBLEM_SENTENCES[problem.reason as ServerProblemReason];
  const sentences = Object.hasOwn(PROBLEM_SENTENCES, problem.reason)
    ? own
    : {
        en: problemMessage(problem as SajjaProblem, 'en'),
        th: problemMessage(problem as SajjaProblem, 'th'),
      };
  return {
    index,
    ...(table === undefined ? {} : { table }),
    ...(id === undefined ? {} : { id }),
    path: problem.path,
    reason: problem.reason,
    ...(problem.details === undefined ? {} : { details: problem.details }),
    message: sentences!.en,
    messageTh: sentences!.th,
  };
}
