import pg from 'pg';
import type { SqlClient, SyncDatabase } from './database.js';

/**
 * A PostgreSQL (14 or later) database through a `pg` connection pool, from a
 * `postgres://user:password@host:5432/name` URL.
 */
export async function openPostgresDatabase(
  url: string,
  { maxConnections = 10 }: { readonly maxConnections?: number } = {},
): Promise<SyncDatabase> {
  const pool = new pg.Pool({ connectionString: url, max: maxConnections });
  // An idle connection's error (the server restarted) must not end the process.
  pool.on('error', () => {});
  const client = (runner: pg.Pool | pg.PoolClient): SqlClient => ({
    query: async <Row>(sql: string, params: readonly unknown[] = []) =>
      (await runner.query(sql, params as unknown[])).rows as Row[],
  });
  // Fail at start, not at the first request, when the database cannot be reached.
  await pool.query('SELECT 1');
  return {
    kind: 'postgres',
    ...client(pool),
    exec: async (sql) => {
      await pool.query(sql);
    },
    transaction: async (work) => {
      const connection = await pool.connect();
      // A connection whose ROLLBACK failed is broken: it is dropped, not reused.
      let broken: Error | undefined;
      try {
        await connection.query('BEGIN');
        const result = await work(client(connection));
        await connection.query('COMMIT');
        return result;
      } catch (error) {
        await connection.query('ROLLBACK').catch((failure: Error) => (broken = failure));
        throw error;
      } finally {
        connection.release(broken);
      }
    },
    close: () => pool.end(),
  };
}
