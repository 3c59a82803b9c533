// The sync side of `pnpm start`: an embedded @sajja/server under /sync/ of the demo server (one
// origin, so the portal's Content-Security-Policy stays connect-src 'self'), and a DEMO token
// endpoint. A real partner signs a sync token only after its own sign-in (see
// docs/guides/deploying.md); this one signs for the demo household and the demo group's
// treasurer for anyone who asks, and exists only to let two browser windows sync on one machine.
import { randomBytes } from 'node:crypto';
import { createSyncServer, signDevelopmentToken } from '@sajja/server';
import { DEMO_GROUP, demoGroupOrganisation } from '../partner-portal/committee-data.js';
import {
  DEMO_HOUSEHOLD,
  DEMO_HOUSEHOLD_NAME,
  demoMemberships,
  demoOrganisations,
  demoSyncMembership,
} from '../partner-portal/demo-data.js';

/** Where the portal's pages find the sync server: `store.sync({ url: origin + SYNC_PATH })`. */
export const SYNC_PATH = '/sync';
/** The demo token endpoint: `POST /demo-token` with `{ "role": "household" | "treasurer" }`. */
export const TOKEN_PATH = '/demo-token';
/** How long a demo token lives: short, as a partner's should; the page asks again when it ends. */
export const DEMO_TOKEN_SECONDS = 15 * 60;
/** The largest request body the demo server reads (the protocol's batch limit is 1 MiB). */
const MAX_BODY_BYTES = 2 * 1024 * 1024;

/** What each demo role may sync. */
export const DEMO_SCOPES = Object.freeze({
  household: Object.freeze({ household: DEMO_HOUSEHOLD }),
  treasurer: Object.freeze({ organisation: DEMO_GROUP, role: 'treasurer' }),
});

/**
 * Starts the embedded sync server on PGlite in `dataDir`, signing with a fresh secret (so
 * tokens of an earlier run are refused), and stores in it what the demo's treasurers would
 * have registered: the household's three Ban Suan funds and the committee page's group, and in
 * each the demo household with its membership. A household may write neither an organisation
 * nor a membership the server does not hold (`membership-not-registered`): its phones pull
 * them, then record deposits on them.
 *
 * @param {{ dataDir: string }} options
 * @returns {Promise<{ answer(request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse, path: string): Promise<boolean>, close(): Promise<void> }>}
 */
export async function startDemoSync({ dataDir }) {
  const secret = randomBytes(32).toString('hex');
  const server = await createSyncServer({
    database: { dataDir },
    tokens: { secret },
    log: false,
  });
  const sign = (scope) => signDevelopmentToken({ secret, scope, ttlSeconds: DEMO_TOKEN_SECONDS });

  const group = demoGroupOrganisation();
  const household = {
    id: DEMO_HOUSEHOLD,
    name: DEMO_HOUSEHOLD_NAME,
    createdAt: new Date().toISOString(),
  };
  const memberships = [...demoMemberships(), demoSyncMembership(group)];
  for (const organisation of [...demoOrganisations(), group]) {
    const token = await sign({ organisation: organisation.id, role: 'treasurer' });
    const membership = memberships.find((m) => m.organisationId === organisation.id);
    const response = await server.fetch(
      new Request('http://demo/v1/push', {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          // Fixed: a restart on the same data gets the first answer and writes nothing.
          batchId: `demo-registration-${organisation.id}`,
          deviceId: 'demo-server',
          changes: [
            { table: 'organisations', record: organisation },
            { table: 'households', record: household },
            { table: 'memberships', record: membership },
          ],
        }),
      }),
    );
    if (!response.ok) {
      throw new Error(
        `The demo organisation ${organisation.id} and its member: ${await response.text()} ` +
          `(sync data of an older demo? Remove ${dataDir} and start again.)`,
      );
    }
  }

  return {
    /**
     * Answers `request` when `path` is the sync server's or the token endpoint's, and says
     * whether it did.
     */
    async answer(request, response, path) {
      if (path === TOKEN_PATH) {
        if (request.method !== 'POST') {
          response.writeHead(405, { Allow: 'POST' }).end();
          return true;
        }
        let role;
        try {
          ({ role } = JSON.parse((await readBody(request)).toString('utf8')));
        } catch {
          role = undefined;
        }
        if (!Object.hasOwn(DEMO_SCOPES, role)) {
          response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
          response.end('role must be "household" or "treasurer"\n');
          return true;
        }
        const token = await sign(DEMO_SCOPES[role]);
        response.writeHead(200, {
          'Content-Type': 'application/json; charset=utf-8',
          'Cache-Control': 'no-store',
        });
        response.end(JSON.stringify({ token, expiresIn: DEMO_TOKEN_SECONDS }));
        return true;
      }
      if (path !== SYNC_PATH && !path.startsWith(`${SYNC_PATH}/`)) return false;
      const url = new URL(request.url.slice(SYNC_PATH.length) || '/', 'http://demo');
      const body =
        request.method === 'GET' || request.method === 'HEAD' ? undefined : await readBody(request);
      const headers = new Headers();
      for (const [name, value] of Object.entries(request.headers)) {
        if (typeof value === 'string') headers.set(name, value);
      }
      const answer = await server.fetch(
        new Request(url, { method: request.method, headers, body }),
      );
      response.writeHead(answer.status, Object.fromEntries(answer.headers));
      response.end(Buffer.from(await answer.arrayBuffer()));
      return true;
    },
    close: () => server.close(),
  };
}

/** The request's body, refused past {@link MAX_BODY_BYTES}. */
async function readBody(request) {
  const chunks = [];
  let length = 0;
  for await (const chunk of request) {
    length += chunk.length;
    if (length > MAX_BODY_BYTES) throw new Error('request body too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
