/**
 * A new random record id (a version 4 UUID). `crypto.randomUUID` exists only on secure pages
 * (https, localhost); a partner portal served over plain http still gets ids from
 * `crypto.getRandomValues`, which every browser has.
 */
export function newId(): string {
  const { crypto } = globalThis;
  if (typeof crypto.randomUUID === 'function' && globalThis.isSecureContext !== false) {
    return crypto.randomUUID();
  }
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The moment of a write, as an ISO timestamp in UTC (`2024-03-05T08:15:00.000Z`). */
export function timestampNow(): string {
  return new Date().toISOString();
}
