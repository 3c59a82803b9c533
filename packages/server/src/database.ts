/**
 * What the server needs of a database: parameterised queries, and transactions that commit
 * or roll back whole. PGlite (embedded) and PostgreSQL (through `pg`) both provide it.
 */
export interface SqlClient {
  /** Runs one statement with `$1`, `$2`, … parameters and returns its rows. */
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
}

/** A database the server runs on. */
export interface SyncDatabase extends SqlClient {
  /** Which engine: the embedded PGlite or a PostgreSQL server. */
  readonly kind: 'pglite' | 'postgres';
  /** Runs several statements separated by `;` (migrations), without parameters. */
  exec(sql: string): Promise<void>;
  /**
   * Runs `work` in one transaction: committed when it resolves, rolled back when it throws
   * (and the error rethrown).
   */
  transaction<T>(work: (client: SqlClient) => Promise<T>): Promise<T>;
  /** Closes the database (every connection); the object is not usable after. */
  close(): Promise<void>;
}
