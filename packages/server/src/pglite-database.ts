import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { SqlClient, SyncDatabase } from './database.js';

/**
 * The embedded database: PGlite (PostgreSQL compiled to WebAssembly) keeping its files in
 * `dataDir`, or in memory when `dataDir` is `undefined`. One process may open a folder at a time.
 */
export async function openPgliteDatabase(dataDir: string | undefined): Promise<SyncDatabase> {
  if (dataDir !== undefined) mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir === undefined ? undefined : { dataDir });
  const client = (runner: Pick<PGlite, 'query'>): SqlClient => ({
    query: async <Row>(sql: string, params: readonly unknown[] = []) =>
      (await runner.query<Row>(sql, params as unknown[])).rows,
  });
  return {
    kind: 'pglite',
    ...client(db),
    exec: async (sql) => {
      await db.exec(sql);
    },
    transaction: (work) => db.transaction((tx) => work(client(tx))),
    close: () => db.close(),
  };
}
