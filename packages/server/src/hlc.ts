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

/**
 * How far ahead of the server's clock a change's HLC may be: one hour, in milliseconds. A
 * reading further ahead would win every last-writer-wins merge of the record until the world's
 * clocks caught up with it (a phone whose date is set a year ahead), so the change is refused
 * (`clock-ahead`); an hour leaves room for any honest drift.
 */
export const MAX_HLC_AHEAD_MS = 60 * 60 * 1000;

/** True when `hlc` (a readable one) is more than {@link MAX_HLC_AHEAD_MS} after `nowMs`. */
export function isHlcTooFarAhead(hlc: string, nowMs: number): boolean {
  return hlc !== NO_HLC && Number(hlc.slice(0, 15)) > nowMs + MAX_HLC_AHEAD_MS;
}
