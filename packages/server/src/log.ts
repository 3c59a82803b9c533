/**
 * One structured log line. Requests are logged with their method, route pattern, status,
 * duration and counts, never with an id of a person, a household or an organisation, a
 * name, an amount or a token.
 */
export interface SyncLogEntry {
  /** `info` for requests and start-up, `error` for failures. */
  readonly level: 'info' | 'error';
  /** What happened: `'request'`, `'listening'`, `'migrated'`, `'error'`. */
  readonly msg: string;
  /** Further fields: numbers and codes only. */
  readonly [field: string]: string | number | boolean | undefined;
}

/** Where log lines go. */
export type SyncLogger = (entry: SyncLogEntry) => void;

/** Writes each entry as one JSON line with its time, to stdout (the default logger). */
export const jsonLinesLogger: SyncLogger = (entry) => {
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), ...entry })}\n`);
};
