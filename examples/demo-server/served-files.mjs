// What the demo server serves, and nothing else: the partner portal, the example pages, the
// widgets' one-script bundle and the core's standalone bundle. A request is answered only when
// its path is one of the keys listed here; no part of a URL is ever joined to a folder's path.
import { readdir } from 'node:fs/promises';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';

const examples = new URL('../', import.meta.url);
const packages = new URL('../../packages/', import.meta.url);

/** The media type of each kind of file served; files of any other kind are not served. */
export const MEDIA_TYPES = Object.freeze({
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
});

/** URL folder → disk folder: the files directly in each (no subfolders) are served. */
const FOLDERS = [
  // The partner portal: its household page (index.html) and committee page, their scripts.
  ['/partner-portal/', new URL('partner-portal/', examples)],
  ['/amount-demo/', new URL('amount-demo/', examples)],
  // Where a partner would host the bundle's folder (its entry and the chunks it imports).
  ['/assets/sajja/', new URL('widgets/dist/cdn/', packages)],
];

/** URL path → single file. */
const FILES = [
  ['/embed.html', new URL('embed.html', examples)],
  ['/promptpay-poster.html', new URL('promptpay-poster.html', examples)],
  // The core with decimal.js inlined, for the amount demo (a page without a bundler).
  ['/assets/sajja-core/sajja-core.js', new URL('core/dist/sajja-core.js', packages)],
  ['/assets/sajja-core/sajja-core.js.map', new URL('core/dist/sajja-core.js.map', packages)],
];

/**
 * Every path the server answers, mapped to its file on disk. Listed anew for each request
 * (a handful of folders), so chunks a rebuild renames are served without a restart. Only
 * regular files count: a symbolic link in a served folder is not followed.
 *
 * @returns {Promise<Map<string, string>>}
 */
export async function servedFiles() {
  const served = new Map();
  for (const [urlFolder, folder] of FOLDERS) {
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch (error) {
      if (error.code === 'ENOENT') continue; // not built yet
      throw error;
    }
    for (const entry of entries) {
      if (entry.isFile() && Object.hasOwn(MEDIA_TYPES, extname(entry.name))) {
        served.set(urlFolder + entry.name, fileURLToPath(new URL(entry.name, folder)));
      }
    }
    if (served.has(`${urlFolder}index.html`)) {
      served.set(urlFolder, served.get(`${urlFolder}index.html`));
    }
  }
  for (const [path, file] of FILES) served.set(path, fileURLToPath(file));
  return served;
}
