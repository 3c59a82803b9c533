import type { SyncProblem } from './sync-state.js';

/**
 * The problems a sync can end with, in English and Thai (internal). The server's errors carry
 * their own sentences (`message`, `messageTh`), which are kept; these are for what the client
 * finds itself, and for a server that sent none.
 */

const SENTENCES: Readonly<Record<string, readonly [en: string, th: string]>> = {
  OFFLINE: [
    'This device is offline: changes wait here and sync when it is back online.',
    'อุปกรณ์นี้ไม่ได้ต่ออินเทอร์เน็ต รายการที่บันทึกรออยู่ในเครื่องและจะซิงค์เมื่อกลับมาออนไลน์',
  ],
  UNREACHABLE: [
    'The sync server cannot be reached: changes wait here and sync when it answers.',
    'ติดต่อเซิร์ฟเวอร์ซิงค์ไม่ได้ รายการที่บันทึกรออยู่ในเครื่องและจะซิงค์เมื่อเซิร์ฟเวอร์ตอบ',
  ],
  BAD_RESPONSE: [
    'The sync server sent an answer that could not be read; the sync will be tried again.',
    'อ่านคำตอบของเซิร์ฟเวอร์ซิงค์ไม่ได้ จะลองซิงค์ใหม่อีกครั้ง',
  ],
  TOKEN_EXPIRED: [
    'Your sign-in has expired: sign in again to sync.',
    'การเข้าสู่ระบบหมดอายุแล้ว กรุณาเข้าสู่ระบบใหม่เพื่อซิงค์',
  ],
  UNAUTHENTICATED: [
    'The sync server did not accept your sign-in: sign in again to sync.',
    'เซิร์ฟเวอร์ซิงค์ไม่ยอมรับการเข้าสู่ระบบ กรุณาเข้าสู่ระบบใหม่เพื่อซิงค์',
  ],
  FORBIDDEN: [
    'Your sign-in does not allow syncing these records.',
    'สิทธิ์ของผู้ใช้นี้ซิงค์รายการเหล่านี้ไม่ได้',
  ],
  RATE_LIMITED: [
    'The sync server is busy: the sync will be tried again shortly.',
    'เซิร์ฟเวอร์ซิงค์มีงานมาก จะลองซิงค์ใหม่ในอีกสักครู่',
  ],
  RECORDS_REFUSED: [
    'The sync server refused a record: it stays on this device only.',
    'เซิร์ฟเวอร์ซิงค์ไม่รับรายการหนึ่ง รายการนั้นอยู่ในเครื่องนี้เท่านั้น',
  ],
  PULLED_RECORD_REFUSED: [
    'A record from the sync server could not be stored on this device.',
    'บันทึกรายการจากเซิร์ฟเวอร์ซิงค์ลงในเครื่องนี้ไม่ได้',
  ],
  INTERNAL: [
    'The sync server had an error; the sync will be tried again.',
    'เซิร์ฟเวอร์ซิงค์ขัดข้อง จะลองซิงค์ใหม่อีกครั้ง',
  ],
};

const FALLBACK: readonly [string, string] = [
  'The sync failed; it will be tried again.',
  'ซิงค์ไม่สำเร็จ จะลองใหม่อีกครั้ง',
];

/**
 * @internal A problem with this code, the record it concerns, and the server's sentences when it
 * gave them (else the client's own).
 */
export function syncProblem(
  code: string,
  {
    reason,
    table,
    recordId,
    message,
    messageTh,
  }: {
    reason?: string;
    table?: string;
    recordId?: string;
    message?: string;
    messageTh?: string;
  } = {},
): SyncProblem {
  const [en, th] = SENTENCES[code] ?? FALLBACK;
  return {
    code,
    ...(reason === undefined ? {} : { reason }),
    ...(table === undefined ? {} : { table }),
    ...(recordId === undefined ? {} : { recordId }),
    message: typeof message === 'string' && message ? message : en,
    messageTh: typeof messageTh === 'string' && messageTh ? messageTh : th,
  };
}
