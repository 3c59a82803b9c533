// `pnpm start`: serves the partner portal, the example pages and the built bundles on
// http://127.0.0.1:8000/, with an embedded sync server under /sync/ (its data in
// examples/.sajja-data, or SAJJA_DEMO_DATA_DIR) and a DEMO token endpoint that signs tokens for
// the demo household and treasurer without any sign-in. HOST and PORT change where it listens
// (HOST=0.0.0.0 lets other machines on the network in, and get demo tokens: only do that on a
// network you trust).
import { fileURLToPath } from 'node:url';
import { startDemoServer } from './demo-server.mjs';

const host = process.env.HOST || '127.0.0.1';
const port = Number(process.env.PORT || 8000);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number (0 to 65535), not "${process.env.PORT}".`);
  process.exit(2);
}
const dataDir =
  process.env.SAJJA_DEMO_DATA_DIR || fileURLToPath(new URL('../.sajja-data/', import.meta.url));
const server = await startDemoServer({ host, port, sync: { dataDir } });
console.log(`Sajja demo: the partner portal is at ${server.origin}/ (Ctrl+C stops it)`);
console.log(`The demo sync server keeps its data in ${dataDir}: turn sync on in two windows.`);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => server.close().then(() => process.exit(0)));
}
