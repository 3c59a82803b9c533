// The portal's sync with the demo server (`pnpm start`), off until a visitor turns it on on this
// device. A DEMO: the token comes from the demo server's /demo-token for anyone who asks; a
// partner's page gets its token from its own site after its own sign-in (see the deploying
// guide), and only for the household or group of the person signed in.
import { language, STORE } from './page-settings.js';

/** Where the choice is kept, per browser: `'on'` when this device syncs. */
const CHOICE = 'sajja-portal-demo-sync';

/** Whether this device syncs (the visitor turned it on). */
export const syncChosen = () => localStorage.getItem(CHOICE) === 'on';

/**
 * Sets up the page's sync button (`#sync-toggle`), before the page's texts are shown. Turning
 * the sync on erases this device's demo data (after `confirmSync`), since every device seeds the
 * same demo records with its own timestamps and the server keeps the first copy: the page then
 * syncs first and seeds only what the server did not have. Turning it off keeps the data.
 *
 * @param {{ th: Record<string, string>, en: Record<string, string> }} texts the page's texts
 */
export function showSyncChoice(texts) {
  const button = document.getElementById('sync-toggle');
  const on = syncChosen();
  button.dataset.text = on ? 'syncOff' : 'syncOn';
  button.addEventListener('click', async () => {
    if (on) {
      localStorage.removeItem(CHOICE);
    } else {
      if (!window.confirm(texts[language()].confirmSync)) return;
      localStorage.setItem(CHOICE, 'on');
      // Open connections (the widgets') close themselves when a deletion asks them to.
      await new Promise((resolve) => {
        const request = indexedDB.deleteDatabase(STORE);
        request.onsuccess = request.onerror = request.onblocked = resolve;
      });
    }
    location.reload();
  });
}

/**
 * Starts syncing `store` as the demo's `role` (`'household'` or `'treasurer'`): shows a
 * `<sajja-sync-status>` with the controller in the page's `#sync` section, syncs once, so a new
 * device gets what the server holds before the page seeds anything, then syncs in the
 * background.
 *
 * @param {object} store an open `SajjaStore`
 * @param {'household' | 'treasurer'} role
 * @param {() => Promise<void>} seed writes the page's demo data that is still missing
 */
export async function startDemoSync(store, role, seed) {
  const sync = store.sync({
    url: `${location.origin}/sync`,
    getToken: async () => {
      const response = await fetch('/demo-token', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ role }),
      });
      if (!response.ok) throw new Error(`The demo token endpoint answered ${response.status}.`);
      return (await response.json()).token;
    },
  });
  const status = document.createElement('sajja-sync-status');
  status.id = 'sync-status';
  status.setAttribute('store', STORE);
  status.setAttribute('no-heading', '');
  status.controller = sync;
  document.getElementById('sync').append(status);
  await sync.syncNow();
  await seed();
  sync.start();
  return sync;
}
