// The server behind `pnpm start` and the end-to-end tests: plain node:http, serving only the
// files listed in served-files.mjs, on 127.0.0.1 unless told otherwise; with `sync`, also the
// embedded sync server under /sync/ and the demo token endpoint (demo-sync.mjs).
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname } from 'node:path';
import { contentSecurityPolicy } from './content-security-policy.mjs';
import { startDemoSync } from './demo-sync.mjs';
import { MEDIA_TYPES, servedFiles } from './served-files.mjs';

/**
 * A path the server looks up: `/`, then segments of letters, digits, `_`, `-` and `.`, none
 * starting with a dot, one `/` between each. Anything else (`..`, percent-encoding,
 * backslashes, `//`, a full URL) is a 404 before any lookup. The `/` between segments is not
 * optional, so the expression reads any path in one pass (no backtracking to try other splits).
 */
const PLAIN_PATH = /^\/(?:[\w-][\w.-]*(?:\/[\w-][\w.-]*)*\/?)?$/;

const COMMON_HEADERS = Object.freeze({
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
});

/**
 * Answers one request: the sync server's and the demo token's paths when `sync` is on, GET or
 * HEAD of a served path, a redirect from `/` to the portal, and 404 (or 405 for other methods)
 * for everything else.
 *
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 * @param {Awaited<ReturnType<typeof startDemoSync>> | undefined} sync
 */
async function answer(request, response, sync) {
  const send = (status, headers, body = '') => {
    response.writeHead(status, {
      ...COMMON_HEADERS,
      'Content-Security-Policy': contentSecurityPolicy(),
      'Content-Type': 'text/plain; charset=utf-8',
      ...headers,
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  };
  const path = request.url.split('?', 1)[0];
  if (sync && (await sync.answer(request, response, path))) return;
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return send(405, { Allow: 'GET, HEAD' }, 'Method not allowed\n');
  }
  if (path === '/' || path === '/index.html') return send(302, { Location: '/partner-portal/' });
  const served = PLAIN_PATH.test(path) ? await servedFiles() : new Map();
  if (served.has(`${path}/`)) return send(301, { Location: `${path}/` });
  const file = served.get(path);
  if (file === undefined) return send(404, {}, 'Not found\n');
  let body;
  try {
    body = await readFile(file);
  } catch (error) {
    if (error.code === 'ENOENT') return send(404, {}, 'Not found\n');
    throw error;
  }
  const type = MEDIA_TYPES[extname(file)];
  const html = type.startsWith('text/html');
  return send(
    200,
    {
      'Content-Type': type,
      'Content-Length': body.length,
      'Content-Security-Policy': contentSecurityPolicy(html ? body.toString('utf8') : ''),
    },
    body,
  );
}

/**
 * Starts the demo server.
 *
 * @param {{ host?: string, port?: number, sync?: { dataDir: string } }} [options] `host`
 *   127.0.0.1 (this machine only) unless given; `port` 8000 unless given (0 for any free port);
 *   `sync` starts the embedded sync server, its data in `sync.dataDir`
 * @returns {Promise<{ origin: string, host: string, port: number, close(): Promise<void> }>}
 */
export async function startDemoServer({ host = '127.0.0.1', port = 8000, sync } = {}) {
  const demoSync = sync ? await startDemoSync(sync) : undefined;
  const server = createServer((request, response) => {
    answer(request, response, demoSync).catch((error) => {
      console.error(error);
      if (!response.headersSent) response.writeHead(500, COMMON_HEADERS);
      response.end();
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    origin: `http://${shownHost}:${address.port}`,
    host: address.address,
    port: address.port,
    close: async () => {
      await new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      });
      await demoSync?.close();
    },
  };
}
