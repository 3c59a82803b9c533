// The plugin end to end from a browser page: a real server in a child process, reached from
// the page (CORS), killed, restarted on the same data and port, and a response cut off.
import { expect } from 'chai';
import {
  cuttingProxyStats,
  killSyncServer,
  restartSyncServer,
  signSyncToken,
  startCuttingProxy,
  startSyncServer,
  stopSyncServer,
} from '../sync-server-commands.mjs';

const household = () => ({
  id: `plugin-${crypto.randomUUID()}`,
  name: 'บ้านทดสอบ',
  createdAt: '2025-01-01T00:00:00.000Z',
});

async function push(url, token, batchId, record) {
  const response = await fetch(`${url}/v1/push`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      batchId,
      deviceId: 'plugin-test',
      changes: [{ table: 'households', record }],
    }),
  });
  return { status: response.status, body: await response.json() };
}

async function pull(url, token) {
  const response = await fetch(`${url}/v1/pull`, { headers: { authorization: `Bearer ${token}` } });
  expect(response.status).to.equal(200);
  return (await response.json()).changes;
}

describe('the sync server plugin', () => {
  it('starts a server the page can reach, kills it and restarts it on the same data', async () => {
    const server = await startSyncServer();
    expect(server.url).to.match(/^http:\/\/127\.0\.0\.1:\d+$/);
    const health = await fetch(`${server.url}/health`);
    expect((await health.json()).ok).to.equal(true);

    const record = household();
    const token = await signSyncToken({ household: record.id });
    const pushed = await push(server.url, token, crypto.randomUUID(), record);
    expect(pushed.status).to.equal(200);
    expect(pushed.body.results[0].status).to.equal('stored');

    await killSyncServer(server.id);
    let reached = true;
    await fetch(`${server.url}/health`).catch(() => {
      reached = false;
    });
    expect(reached, 'the killed server still answers').to.equal(false);

    const again = await restartSyncServer(server.id);
    expect(again.url).to.equal(server.url);
    const changes = await pull(server.url, token);
    expect(changes.map((change) => change.record)).to.deep.equal([record]);
    await stopSyncServer(server.id);
  });

  it('cuts a push response off mid-way, after the server stored the batch', async () => {
    const server = await startSyncServer();
    const proxy = await startCuttingProxy(server.id, { path: '/v1/push', count: 1 });
    const record = household();
    const token = await signSyncToken({ household: record.id });
    const batchId = crypto.randomUUID();
    let failure;
    await push(proxy.url, token, batchId, record).catch((error) => {
      failure = error;
    });
    expect(failure, 'the cut response reached the page whole').to.be.instanceOf(Error);
    // Its CORS preflight passed through; the push itself was cut.
    expect((await cuttingProxyStats(proxy.id)).cut).to.equal(1);
    expect((await pull(proxy.url, token)).length).to.equal(1);

    const retried = await push(proxy.url, token, batchId, record);
    expect(retried.status).to.equal(200);
    expect(retried.body.results[0].status).to.equal('stored');
    expect((await pull(server.url, token)).length).to.equal(1);
    await stopSyncServer(server.id);
  });

  it('signs tokens the server refuses once expired', async () => {
    const server = await startSyncServer();
    const record = household();
    const expired = await signSyncToken({ household: record.id }, { ttlSeconds: -60 });
    const response = await push(server.url, expired, crypto.randomUUID(), record);
    expect(response.status).to.equal(401);
    await stopSyncServer(server.id);
  });
});
