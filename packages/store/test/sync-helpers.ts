import { expect } from 'chai';
import {
  killSyncServer,
  restartSyncServer,
  signSyncToken,
  startSyncServer,
  stopSyncServer,
  type SyncScope,
} from '@sajja/testing/sync-server-commands.mjs';
import type { SajjaStore, SyncController, SyncStatus } from '../src/index.js';

/** One real sync server for a test, stopped (and its data removed) by `stop()`. */
export class TestServer {
  private constructor(
    readonly id: string,
    public url: string,
  ) {}

  /**
   * Starts a server. On a loaded machine a start can outlast the test runner's 20 s wait for a
   * command's answer (the first after the server's migrations changed initialises PGlite's
   * template folder, 20-40 s); the plugin goes on starting it, so the next try, after a pause
   * that lets that start finish, copies the template and answers in time. A server whose
   * answer was lost is stopped when the run ends.
   */
  static async start(): Promise<TestServer> {
    for (let attempt = 1; ; attempt++) {
      try {
        const { id, url } = await startSyncServer();
        return new TestServer(id, url);
      } catch (error) {
        if (attempt === 4) throw error;
        await new Promise((resolve) => setTimeout(resolve, 30_000));
      }
    }
  }

  /** SIGKILLs the server (its data stays). */
  kill(): Promise<unknown> {
    return killSyncServer(this.id);
  }

  /** Starts the killed server again on its data and port, and waits until it answers. */
  async restart(): Promise<void> {
    // The answer may come after the runner stopped waiting for it: the server starts anyway.
    await restartSyncServer(this.id).catch(() => undefined);
    const until = Date.now() + 90_000;
    for (;;) {
      const healthy = await fetch(`${this.url}/health`).then(
        (response) => response.ok,
        () => false,
      );
      if (healthy) return;
      if (Date.now() > until) throw new Error('The restarted sync server did not answer');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  /** A token for `scope`, with a subject of its own (the server's rate limit is per subject). */
  token(scope: SyncScope, ttlSeconds = 3_600): Promise<string> {
    return signSyncToken(scope, { ttlSeconds, subject: crypto.randomUUID() });
  }

  stop(): Promise<unknown> {
    return stopSyncServer(this.id);
  }
}

/** Everything a token may pull from the server, by `table:id`, with how often each came. */
export async function pullAll(
  url: string,
  token: string,
): Promise<{ records: Map<string, Record<string, unknown>>; seen: Map<string, number> }> {
  const records = new Map<string, Record<string, unknown>>();
  const seen = new Map<string, number>();
  let since: string | undefined;
  for (;;) {
    const query = new URLSearchParams({ limit: '5000', ...(since ? { since } : {}) });
    const response = await fetch(`${url}/v1/pull?${query}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status, await response.clone().text()).to.equal(200);
    const page = (await response.json()) as {
      changes: { table: string; record: Record<string, unknown> }[];
      cursor: string;
      more: boolean;
    };
    for (const change of page.changes) {
      const key = `${change.table}:${String(change.record.id)}`;
      records.set(key, change.record);
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
    since = page.cursor;
    if (!page.more) break;
  }
  return { records, seen };
}

/** Syncs and expects it to end well. */
export async function synced(controller: SyncController): Promise<SyncStatus> {
  const status = await controller.syncNow();
  expect(status.problem, JSON.stringify(status.problem)).to.equal(undefined);
  expect(status.state).to.equal('idle');
  return status;
}

/** The records of a store's data tables, sorted, as a backup holds them. */
export async function dataOf(
  store: SajjaStore,
): Promise<
  Record<
    'households' | 'organisations' | 'memberships' | 'ledger' | 'fundTransactions' | 'loans',
    unknown[]
  >
> {
  const { tables } = await store.exportBackup();
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    households: [...tables.households].sort(byId),
    organisations: [...tables.organisations].sort(byId),
    memberships: [...tables.memberships].sort(byId),
    ledger: [...tables.ledger].sort(byId),
    fundTransactions: [...tables.fundTransactions].sort(byId),
    loans: [...tables.loans].sort(byId),
  };
}
