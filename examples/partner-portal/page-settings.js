// What every page of the partner portal shares: the language switch, the Thai digits switch,
// the partner's look passed to the widgets, the status line and the button that starts the demo
// data again. Each page gives its own texts; the choices are kept across pages and visits.

/** The database every page of the demo keeps its data in. */
export const STORE = 'sajja-portal-demo';

/** The partner's look, passed to every widget: the same variables a partner would use. */
const appearance = {
  colorPrimary: '#0f5c4d',
  colorDanger: '#b3261e',
  borderRadius: '0.5em',
};

/** The widgets that take `digits` and `appearance`: those with a store, and the two without. */
const WIDGETS = '[store], sajja-loan-calculator, sajja-promptpay-qr';

const $ = (id) => document.getElementById(id);

/** The page's language: `'en'` when <html lang="en">, else Thai. */
export const language = () => (document.documentElement.lang === 'en' ? 'en' : 'th');

/**
 * Sets up the page's settings with its `texts` (`{ th: {...}, en: {...} }`, the same keys in
 * both: each `[data-text]` element's text and each `[data-label]` element's aria-label, and
 * `switchTo`, `switchLang`, `confirmReset`), and returns `say(key)`, which shows a text of the
 * page in its status line (`#portal-status`), or nothing for no key.
 *
 * @param {{ th: Record<string, string>, en: Record<string, string> }} texts
 * @param {{ onLanguage?: (lang: 'th' | 'en') => void }} [options] `onLanguage` runs after each
 *   switch (and once at the start), for what a page shows beyond its `[data-text]` elements
 * @returns {(key?: string) => void}
 */
export function startPageSettings(texts, { onLanguage = () => {} } = {}) {
  const setLanguage = (lang) => {
    const t = texts[lang];
    document.documentElement.lang = lang;
    for (const element of document.querySelectorAll('[data-text]')) {
      element.textContent = t[element.dataset.text];
    }
    for (const element of document.querySelectorAll('[data-label]')) {
      element.setAttribute('aria-label', t[element.dataset.label]);
    }
    const button = $('switch-language');
    button.textContent = t.switchTo;
    button.lang = t.switchLang;
    localStorage.setItem('sajja-portal-lang', lang);
    onLanguage(lang);
  };
  const setDigits = (thai) => {
    for (const widget of document.querySelectorAll(WIDGETS)) {
      widget.setAttribute('digits', thai ? 'thai' : 'arabic');
    }
    $('switch-digits').setAttribute('aria-pressed', String(thai));
    localStorage.setItem('sajja-portal-digits', thai ? 'thai' : 'arabic');
  };

  setLanguage(localStorage.getItem('sajja-portal-lang') === 'en' ? 'en' : 'th');
  setDigits(localStorage.getItem('sajja-portal-digits') === 'thai');
  for (const widget of document.querySelectorAll(WIDGETS)) widget.appearance = appearance;
  $('switch-language').addEventListener('click', () =>
    setLanguage(language() === 'th' ? 'en' : 'th'),
  );
  $('switch-digits').addEventListener('click', () =>
    setDigits($('switch-digits').getAttribute('aria-pressed') !== 'true'),
  );
  $('reset-demo').addEventListener('click', async () => {
    if (!window.confirm(texts[language()].confirmReset)) return;
    // Open connections (the widgets') close themselves when a deletion asks them to.
    await new Promise((resolve) => {
      const request = indexedDB.deleteDatabase(STORE);
      request.onsuccess = request.onerror = request.onblocked = resolve;
    });
    location.reload();
  });
  return (key) => {
    $('portal-status').textContent = key ? texts[language()][key] : '';
  };
}
