/**
 * A hybrid logical clock reading as the protocol writes it: the wall clock in milliseconds
 * (15 digits), a counter (5 digits) and the device id, `000001733472000000-00003-device`;
 * readings compare as strings. `'0'` stands for a record never edited (created, not changed).
 */
const HLC = /^\d{15}-\d{5}-[^\s\p{Cc}]{1,100}$/u;

/** The reading of a record sent without one: older than any real reading. */
export const NO_HLC = '0';

/** True for a readable HLC string (or `'0'`). */
export function isHlc(value: unknown): value is string {
  return value === NO_HLC || (typeof value === 'string' && HLC.test(value));
}
