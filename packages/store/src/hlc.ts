/**
 * Hybrid logical clocks (HLC): the stamps that order edits of a record's editable parts (a
 * household's name, a membership's `leftOn`, an organisation's name and rules) across devices,
 * so that the last writer wins everywhere alike. A stamp is the wall clock in milliseconds, a
 * counter for edits within one millisecond (or while the wall clock lags a stamp seen), and the
 * device's id; written as text (`'000001733616000000-00000-<device>'`, see {@link formatHlc})
 * that sorts as the stamps do, so a server compares them as strings.
 */

/** One HLC stamp. */
export interface Hlc {
  /** Milliseconds since 1970 (UTC), never below the last stamp this device issued or saw. */
  readonly wallMs: number;
  /** Orders stamps of the same `wallMs`: 0–99,999. */
  readonly counter: number;
  /** The device that issued it (its sync device id). */
  readonly node: string;
}

/** The digits of the wall-clock part of an HLC string. */
const WALL_DIGITS = 15;
/** The digits of the counter part of an HLC string. */
const COUNTER_DIGITS = 5;
const MAX_COUNTER = 10 ** COUNTER_DIGITS - 1;

/**
 * The stamp of a record never edited: every stamp issued sorts after it (the protocol's
 * `'0'`).
 */
export const ZERO_HLC = '0';

/**
 * The text form of a stamp: `${wallMs padded to 15 digits}-${counter padded to 5}-${node}`.
 * Two such strings compare (as strings) as their stamps do: by wall clock, then counter, then
 * node.
 *
 * @example
 * ```ts
 * formatHlc({ wallMs: 1733616000000, counter: 3, node: 'd1' }); // '001733616000000-00003-d1'
 * ```
 */
export function formatHlc({ wallMs, counter, node }: Hlc): string {
  return `${wallMs.toString().padStart(WALL_DIGITS, '0')}-${counter
    .toString()
    .padStart(COUNTER_DIGITS, '0')}-${node}`;
}

/** The stamp an HLC string holds, or `undefined` when it is not one (`'0'` included). */
export function parseHlc(text: string): Hlc | undefined {
  const match = /^(\d{15})-(\d{5})-(.+)$/s.exec(text);
  if (!match) return undefined;
  return { wallMs: Number(match[1]), counter: Number(match[2]), node: match[3]! };
}

/** Whether `text` is an HLC string (see {@link formatHlc}). */
export function isHlc(text: unknown): text is string {
  return typeof text === 'string' && parseHlc(text) !== undefined;
}

/** Negative, zero or positive as `a` sorts before, with or after `b` (absent = never edited). */
export function compareHlc(a: string | undefined, b: string | undefined): number {
  const left = a ?? ZERO_HLC;
  const right = b ?? ZERO_HLC;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** The later of two stamps in the wall–counter order, with a counter that may overflow. */
function after(wallMs: number, counter: number, node: string): Hlc {
  // A counter past its digits moves the stamp a millisecond on: the string order stays the
  // stamps' order, and the wall clock catches up on the next tick.
  return counter > MAX_COUNTER
    ? { wallMs: wallMs + 1, counter: 0, node }
    : { wallMs, counter, node };
}

/**
 * The next stamp this device issues for a local edit: later than `last` (the last it issued or
 * received) whatever the wall clock says, and at `nowMs` when the clock is ahead.
 *
 * @example
 * ```ts
 * const first = tickHlc(undefined, Date.now(), deviceId);
 * const second = tickHlc(first, Date.now(), deviceId); // formatHlc(second) > formatHlc(first)
 * ```
 */
export function tickHlc(last: Hlc | undefined, nowMs: number, node: string): Hlc {
  const now = Math.max(0, Math.floor(nowMs));
  if (last === undefined || now > last.wallMs) return { wallMs: now, counter: 0, node };
  return after(last.wallMs, last.counter + 1, node);
}

/**
 * The stamp this device holds after seeing `remote` (a pulled record's): later than both its
 * own `last` and `remote`, so a later local edit of that record wins over what was pulled.
 */
export function receiveHlc(last: Hlc | undefined, remote: Hlc, nowMs: number, node: string): Hlc {
  const now = Math.max(0, Math.floor(nowMs));
  const lastWall = last?.wallMs ?? -1;
  const wallMs = Math.max(now, lastWall, remote.wallMs);
  if (wallMs === now && now > lastWall && now > remote.wallMs) return { wallMs, counter: 0, node };
  const counter = Math.max(
    wallMs === lastWall ? last!.counter : -1,
    wallMs === remote.wallMs ? remote.counter : -1,
  );
  return after(wallMs, counter + 1, node);
}
