// `pnpm start`: serves the partner portal, the example pages and the built bundles on
// http://127.0.0.1:8000/. HOST and PORT change where it listens (HOST=0.0.0.0 lets other
// machines on the network in: only do that on a network you trust).
import { startDemoServer } from './demo-server.mjs';

const host = process.env.HOST || '127.0.0.1';
const port = Number(process.env.PORT || 8000);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number (0 to 65535), not "${process.env.PORT}".`);
  process.exit(2);
}
const server = await startDemoServer({ host, port });
console.log(`Sajja demo: the partner portal is at ${server.origin}/ (Ctrl+C stops it)`);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => server.close().then(() => process.exit(0)));
}
