// A bare protocol client for the fault tests and the bench: raw fetch, batches of at most 1,000
// changes, each batch with its batchId fixed once so a retry sends the very same batch.
import { randomUUID } from 'node:crypto';

/** Splits changes into push bodies of `size` changes, each with a fixed batchId. */
export function toBatches(changes, { deviceId = randomUUID(), size = 1000 } = {}) {
  const batches = [];
  for (let start = 0; start < changes.length; start += size) {
    batches.push({ batchId: randomUUID(), deviceId, changes: changes.slice(start, start + size) });
  }
  return batches;
}

/**
 * POSTs one batch to `/v1/push`. Resolves to `{ status, body }` once the whole response has
 * been read; rejects when the connection fails or the response is cut off (what a client
 * retries).
 */
export async function pushBatch(url, token, batch) {
  const response = await politely(() =>
    fetch(`${url}/v1/push`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(batch),
    }),
  );
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

/** Sends a request again after the `retry-after` of a 429 (RATE_LIMITED), as a client would. */
async function politely(send) {
  for (let attempt = 1; ; attempt++) {
    const response = await send();
    if (response.status !== 429 || attempt === 5) return response;
    await response.arrayBuffer();
    const seconds = Number(response.headers.get('retry-after') ?? 1);
    await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  }
}

/** Pulls every change in the token's scope, page after page; resolves to the changes in order. */
export async function pullAll(url, token, { since, limit } = {}) {
  const changes = [];
  let cursor = since;
  let pages = 0;
  for (;;) {
    const query = new URLSearchParams();
    if (cursor !== undefined) query.set('since', cursor);
    if (limit !== undefined) query.set('limit', String(limit));
    const response = await politely(() =>
      fetch(`${url}/v1/pull?${query}`, { headers: { authorization: `Bearer ${token}` } }),
    );
    const body = await response.json();
    if (response.status !== 200) {
      throw new Error(`pull answered ${response.status}: ${JSON.stringify(body)}`);
    }
    changes.push(...body.changes);
    cursor = body.cursor;
    pages += 1;
    if (!body.more) return { changes, cursor, pages };
  }
}
