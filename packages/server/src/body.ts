import { SyncError } from './errors.js';

/** The largest request body read: 1 MiB. */
export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * A request's JSON body, read only up to {@link MAX_BODY_BYTES}: a `content-length` over it is
 * refused before anything is read, and a body without one is cut off as soon as it passes it.
 *
 * @throws {@link SyncError} `BATCH_TOO_LARGE` over the limit, `INVALID_REQUEST` when the body
 *   is not JSON (or not sent as `application/json`).
 */
export async function readJsonBody(request: Request): Promise<unknown> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) throw new SyncError('INVALID_REQUEST');
  const length = request.headers.get('content-length');
  if (length !== null && !(Number(length) <= MAX_BODY_BYTES)) {
    throw new SyncError('BATCH_TOO_LARGE');
  }
  if (request.body === null) throw new SyncError('INVALID_REQUEST');
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel().catch(() => {});
      throw new SyncError('BATCH_TOO_LARGE');
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new SyncError('INVALID_REQUEST');
  }
}
