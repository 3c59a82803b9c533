import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SyncDatabase } from './database.js';

/** The folder of the SQL migrations, `NNN-name.sql`, shipped beside `dist/`. */
const MIGRATIONS_DIR = fileURLToPath(new URL('../migrations/', import.meta.url));

/** One migration: its version (the file's number) and its SQL. */
interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

function migrations(): Migration[] {
  return readdirSync(MIGRATIONS_DIR)
    .flatMap((file) => {
      const match = /^(\d{3})-[a-z0-9-]+\.sql$/.exec(file);
      if (!match) return [];
      const sql = readFileSync(`${MIGRATIONS_DIR}${file}`, 'utf8');
      return [{ version: Number(match[1]), name: file, sql }];
    })
    .sort((a, b) => a.version - b.version);
}

/** The schema version the migrations shipped with this server reach. */
export function latestSchemaVersion(): number {
  return migrations().at(-1)?.version ?? 0;
}

/**
 * Applies the migrations not yet applied, in order, each in its own transaction with its row
 * in `schema_migrations`, and returns the schema version reached. Servers starting together on
 * one PostgreSQL take turns (an advisory lock), so each migration runs once.
 */
export async function migrate(db: SyncDatabase): Promise<number> {
  const all = migrations();
  await db.transaction(async (client) => {
    // Any fixed number: the lock of Sajja's migrations (two servers creating the table at
    // once would collide too).
    if (db.kind === 'postgres') await client.query('SELECT pg_advisory_xact_lock(5873201)');
    await client.query(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
         version integer PRIMARY KEY,
         name text NOT NULL,
         applied_at timestamptz NOT NULL DEFAULT now()
       )`,
    );
    const applied = new Set(
      (await client.query<{ version: number }>('SELECT version FROM schema_migrations')).map(
        (row) => Number(row.version),
      ),
    );
    for (const migration of all) {
      if (applied.has(migration.version)) continue;
      for (const statement of statements(migration.sql)) await client.query(statement);
      await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ]);
    }
  });
  const [row] = await db.query<{ version: number | null }>(
    'SELECT max(version) AS version FROM schema_migrations',
  );
  return Number(row?.version ?? 0);
}

/** A migration's statements: split on `;` at a line's end (the files hold no functions). */
function statements(sql: string): string[] {
  return sql
    .split(/;\s*$/m)
    .map((statement) => statement.replace(/^\s*--.*$/gm, '').trim())
    .filter((statement) => statement !== '');
}
