// The demo server of `pnpm start`: it listens on this machine only unless told otherwise, serves
// the portal, the example pages and the built bundles and nothing else, however a path is
// written, and sends the Content-Security-Policy as a header.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { after, before, test } from 'node:test';
import { startDemoServer } from '../demo-server/demo-server.mjs';

let server;
before(async () => {
  server = await startDemoServer({ port: 0 });
});
after(() => server?.close());

/**
 * Requests `path` exactly as written (no normalising of `..` or `%2e`, as `curl --path-as-is`
 * sends it), with `method`; resolves to the status, headers and body.
 */
function get(path, method = 'GET') {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      { host: server.host, port: server.port, path, method, agent: false },
      (response) => {
        const chunks = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode,
            headers: response.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    outgoing.on('error', reject);
    outgoing.end();
  });
}

/** The policy's directives: `{ 'script-src': ["'self'"], … }`. */
const directives = (policy) =>
  Object.fromEntries(
    policy.split(';').map((directive) => {
      const [name, ...sources] = directive.trim().split(/\s+/);
      return [name, sources];
    }),
  );

test('listens on 127.0.0.1 unless told otherwise, and so does `pnpm start`', async () => {
  assert.equal(server.host, '127.0.0.1');
  assert.match(server.origin, /^http:\/\/127\.0\.0\.1:\d+$/);
  // The start script with PORT=0 (any free port) and no HOST says where it listens.
  const started = spawn(process.execPath, ['demo-server/start.mjs'], {
    cwd: new URL('../', import.meta.url),
    env: { ...process.env, HOST: '', PORT: '0' },
  });
  try {
    const line = await new Promise((resolve, reject) => {
      let output = '';
      started.stdout.on('data', (chunk) => {
        output += chunk;
        if (output.includes('\n')) resolve(output);
      });
      started.on('error', reject);
      started.on('exit', (code) => reject(new Error(`start.mjs exited with ${code}`)));
    });
    assert.match(line, /http:\/\/127\.0\.0\.1:\d+\//);
  } finally {
    started.kill();
  }
});

test('takes HOST and PORT from the start script, and refuses a PORT that is not a port', async () => {
  const run = (env) =>
    new Promise((resolve) => {
      const started = spawn(process.execPath, ['demo-server/start.mjs'], {
        cwd: new URL('../', import.meta.url),
        env: { ...process.env, ...env },
      });
      let output = '';
      started.stdout.on('data', (chunk) => {
        output += chunk;
        if (output.includes('\n')) started.kill();
      });
      started.stderr.on('data', (chunk) => (output += chunk));
      started.on('exit', (code) => resolve({ code, output }));
    });
  const localhost = await run({ HOST: 'localhost', PORT: '0' });
  assert.match(localhost.output, /http:\/\/(127\.0\.0\.1|\[::1\]):\d+\//);
  const refused = await run({ PORT: 'eighty' });
  assert.equal(refused.code, 2);
  assert.equal(refused.output, 'PORT must be a port number (0 to 65535), not "eighty".\n');
});

test('serves the portal at the front page, its files, the example pages and the bundles', async () => {
  const front = await get('/');
  assert.equal(front.status, 302);
  assert.equal(front.headers.location, '/partner-portal/');
  const folder = await get('/partner-portal');
  assert.equal(folder.status, 301);
  assert.equal(folder.headers.location, '/partner-portal/');
  for (const [path, type] of [
    ['/partner-portal/', 'text/html; charset=utf-8'],
    ['/partner-portal/index.html', 'text/html; charset=utf-8'],
    ['/partner-portal/portal.css', 'text/css; charset=utf-8'],
    ['/partner-portal/portal.js', 'text/javascript; charset=utf-8'],
    ['/partner-portal/page-settings.js', 'text/javascript; charset=utf-8'],
    ['/partner-portal/committee.html', 'text/html; charset=utf-8'],
    ['/partner-portal/committee.js', 'text/javascript; charset=utf-8'],
    ['/partner-portal/committee-data.js', 'text/javascript; charset=utf-8'],
    ['/embed.html', 'text/html; charset=utf-8'],
    ['/promptpay-poster.html', 'text/html; charset=utf-8'],
    ['/amount-demo/', 'text/html; charset=utf-8'],
    ['/amount-demo/main.js', 'text/javascript; charset=utf-8'],
    ['/assets/sajja/sajja-widgets.js', 'text/javascript; charset=utf-8'],
    ['/assets/sajja/sajja-widgets.js.map', 'application/json; charset=utf-8'],
    ['/assets/sajja-core/sajja-core.js', 'text/javascript; charset=utf-8'],
  ]) {
    const response = await get(path);
    assert.equal(response.status, 200, path);
    assert.equal(response.headers['content-type'], type, path);
    assert.equal(response.headers['x-content-type-options'], 'nosniff', path);
  }
  const portal = await get('/partner-portal/');
  assert.equal(
    portal.body,
    readFileSync(new URL('../partner-portal/index.html', import.meta.url), 'utf8'),
  );
  const head = await get('/partner-portal/', 'HEAD');
  assert.equal(head.status, 200);
  assert.equal(head.body, '');
  const posted = await get('/partner-portal/', 'POST');
  assert.equal(posted.status, 405);
  assert.equal(posted.headers.allow, 'GET, HEAD');
});

test('sends the portal’s policy as a header, with frame-ancestors, base-uri and form-action', async () => {
  // The household page and the committee page: no inline script or style on either.
  for (const path of ['/partner-portal/', '/partner-portal/committee.html']) {
    const portal = await get(path);
    assert.deepEqual(
      directives(portal.headers['content-security-policy']),
      {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'"],
        'img-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'base-uri': ["'none'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
      },
      path,
    );
    // The header is at least as strict as the page's own <meta> policy, directive by directive.
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(portal.body)[1];
    for (const [name, sources] of Object.entries(directives(meta))) {
      assert.deepEqual(
        directives(portal.headers['content-security-policy'])[name],
        sources,
        `${path} ${name}`,
      );
    }
  }
  // A page with an inline <style> (the minimal embed a partner copies) gets its hash, not
  // 'unsafe-inline'; a 404 is under the same policy.
  const embed = await get('/embed.html');
  const style = /<style>([\s\S]*?)<\/style>/.exec(embed.body)[1];
  const hash = createHash('sha256').update(style).digest('base64');
  assert.deepEqual(directives(embed.headers['content-security-policy'])['style-src'], [
    "'self'",
    `'sha256-${hash}'`,
  ]);
  const missing = await get('/nothing-here.html');
  assert.equal(missing.status, 404);
  assert.match(missing.headers['content-security-policy'], /frame-ancestors 'none'/);
});

test('answers 404 to every path outside what it serves, however it is written', async () => {
  const outside = [
    // @web/dev-server's route to any file on the disk, which `pnpm start` used to expose.
    '/__wds-outside-root__/6/etc/passwd',
    '/__wds-outside-root__/1/package.json',
    // Climbing out of a served folder, plain and percent-encoded, with either slash.
    '/../package.json',
    '/partner-portal/../../package.json',
    '/partner-portal/../test/demo-server.test.mjs',
    '/partner-portal/%2e%2e/%2e%2e/package.json',
    '/partner-portal/%2E%2E/package.json',
    '/partner-portal/.%2e/package.json',
    '/partner-portal%2f..%2f..%2fpackage.json',
    '/partner-portal/..%2f..%2fpackage.json',
    '/partner-portal/..%5c..%5cpackage.json',
    '/partner-portal/..\\..\\package.json',
    '/assets/sajja/../../../../package.json',
    '/assets/sajja/%2e%2e/sajja-widgets.js',
    '/assets/sajja/..%252f..%252fpackage.json',
    '/assets/sajja-core/../../core/package.json',
    // Absolute paths, on this disk and as a full URL.
    '//etc/passwd',
    '/etc/passwd',
    `/${process.cwd()}/package.json`,
    'http://127.0.0.1/etc/passwd',
    // A null byte, to cut a name short.
    '/partner-portal/portal.js%00.html',
    '/embed.html%00',
    // Files in the examples and packages that are not served.
    '/package.json',
    '/demo-server/start.mjs',
    '/test/demo-server.test.mjs',
    '/screenshots.mjs',
    '/node-shareout/members.csv',
    '/node_modules/axe-core/axe.js',
    '/assets/sajja/../index.js',
    '/partner-portal/.hidden',
    '/assets/',
    // A long name that is not plain: answered at once (a path check that backtracks would take
    // minutes over it).
    `/${'a'.repeat(5000)}!`,
  ];
  for (const path of outside) {
    const response = await get(path);
    assert.equal(response.status, 404, path);
    assert.equal(response.body, 'Not found\n', path);
  }
});

test('refuses a raw null byte in the request line without serving anything', async () => {
  const reply = await new Promise((resolve, reject) => {
    const socket = connect(server.port, server.host, () =>
      socket.write('GET /embed.html\0/../../package.json HTTP/1.1\r\nHost: x\r\n\r\n'),
    );
    let text = '';
    socket.on('data', (chunk) => (text += chunk));
    socket.on('end', () => resolve(text));
    socket.on('error', reject);
  });
  assert.match(reply, /^HTTP\/1\.1 400 /);
  assert.doesNotMatch(reply, /"name"/);
});
