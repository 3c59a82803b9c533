import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { SqlClient, SyncDatabase } from './database.js';

/** The file that marks a data folder open, holding the process id. */
const LOCK_FILE = 'sajja-server.pid';
/** The data folders this process has open. */
const openHere = new Set<string>();

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Marks `dataDir` open by this process, refusing one another live process (or this one)
 * holds: PGlite's files take one writer. A mark left by a process that died (killed, the
 * machine restarted) is taken over.
 */
function lockDataDir(dataDir: string): () => void {
  const folder = resolve(dataDir);
  const file = join(folder, LOCK_FILE);
  let holder: number | undefined;
  try {
    holder = Number(readFileSync(file, 'utf8').trim());
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const here = holder === process.pid && openHere.has(folder);
  if (here || (holder !== undefined && holder !== process.pid && isRunning(holder))) {
    throw new Error(`The data folder ${folder} is open in another sync server (process ${holder})`);
  }
  writeFileSync(file, `${process.pid}\n`);
  openHere.add(folder);
  return () => {
    openHere.delete(folder);
    rmSync(file, { force: true });
  };
}

/**
 * The embedded database: PGlite (PostgreSQL compiled to WebAssembly) keeping its files in
 * `dataDir`, or in memory when `dataDir` is `undefined`. One server at a time may open a folder.
 *
 * @throws `Error` when another live server has the folder open.
 */
export async function openPgliteDatabase(dataDir: string | undefined): Promise<SyncDatabase> {
  let unlock = () => {};
  if (dataDir !== undefined) {
    mkdirSync(dataDir, { recursive: true });
    unlock = lockDataDir(dataDir);
  }
  let db: PGlite;
  try {
    db = await PGlite.create(dataDir === undefined ? undefined : { dataDir });
  } catch (error) {
    unlock();
    throw error;
  }
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
    close: async () => {
      await db.close();
      unlock();
    },
  };
}
