// Serves the examples on http://localhost:8000/ (or $PORT): the partner portal at `/`. Bare
// imports such as '@sajja/core' resolve to the workspace packages' built dist/ files; the
// one-script-tag bundle is served at /assets/sajja-widgets.js, where a partner would host it.
// Nothing is fetched from any network.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const port = Number(process.env.PORT ?? 8000);
const widgetsDist = new URL('../packages/widgets/dist/', import.meta.url);

/** Serves the built widget bundle (and its source map) under /assets/. */
async function widgetBundle(context, next) {
  const match = /^\/assets\/(sajja-widgets\.js(?:\.map)?)$/.exec(context.path);
  if (!match) return next();
  context.type = match[1].endsWith('.map') ? 'application/json' : 'text/javascript';
  context.body = await readFile(fileURLToPath(new URL(match[1], widgetsDist)));
  return undefined;
}

export default {
  rootDir: '.',
  port,
  hostname: 'localhost',
  nodeResolve: true,
  watch: false,
  middleware: [
    function frontPage(context, next) {
      if (context.url === '/' || context.url === '/index.html') {
        context.redirect('/partner-portal/');
        return undefined;
      }
      return next();
    },
    widgetBundle,
  ],
};
