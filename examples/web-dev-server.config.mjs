// Serves the examples on http://localhost:8000/ (or $PORT): the partner portal at `/`. Bare
// imports such as '@sajja/core' resolve to the workspace packages' built dist/ files; the
// one-script-tag bundle's folder (its entry sajja-widgets.js and the chunks beside it) is served
// at /assets/sajja/, where a partner would host it. Nothing is fetched from any network.
import { readFile } from 'node:fs/promises';
import { dexieEsmPlugin } from '@sajja/testing';
import { fileURLToPath } from 'node:url';

const port = Number(process.env.PORT ?? 8000);
const bundleFolder = new URL('../packages/widgets/dist/cdn/', import.meta.url);

/** Serves the built widget bundle's folder (its files, source maps included) at /assets/sajja/. */
async function widgetBundle(context, next) {
  const match = /^\/assets\/sajja\/(sajja-widgets(?:-[\w-]+)?\.js(?:\.map)?)$/.exec(context.path);
  if (!match) return next();
  try {
    context.body = await readFile(fileURLToPath(new URL(match[1], bundleFolder)));
  } catch (error) {
    if (error.code === 'ENOENT') return next();
    throw error;
  }
  context.type = match[1].endsWith('.map') ? 'application/json' : 'text/javascript';
  return undefined;
}

export default {
  rootDir: '.',
  port,
  hostname: 'localhost',
  nodeResolve: true,
  watch: false,
  // The amount demo imports the widgets' modules, which load the store (and Dexie) on first use.
  plugins: [dexieEsmPlugin],
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
