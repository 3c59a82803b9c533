import {
  raisedWith,
  type SajjaError,
  type Sentences,
  type WidgetArgumentReason,
} from '@sajja/core';

/**
 * Each widget's module, which defines its tag when it loads. In the one-script bundle each is a
 * chunk of its own, so a page downloads only the widgets it shows.
 */
const widgetModules = new Map<string, () => Promise<unknown>>([
  ['sajja-baht-text', () => import('../baht-text/baht-text.js')],
  ['sajja-loan-calculator', () => import('../loan-calculator/loan-calculator.js')],
  ['sajja-balance-card', () => import('../balance-card/balance-card.js')],
  ['sajja-deposit-form', () => import('../deposit-form/deposit-form.js')],
  ['sajja-household-ledger', () => import('../household-ledger/household-ledger.js')],
  ['sajja-promptpay-qr', () => import('../promptpay-qr/promptpay-qr.js')],
  ['sajja-sync-status', () => import('../sync-status/sync-status.js')],
  // The committee's widgets: a household's page loads none of their code.
  ['sajja-meeting', () => import('../meeting/meeting.js')],
  ['sajja-meeting-report', () => import('../meeting-report/meeting-report.js')],
  ['sajja-share-out', () => import('../share-out/share-out.js')],
]);

const loading = new Map<string, Promise<CustomElementConstructor>>();
const warnedUnknown = new Set<string>();

/** The tags of Sajja's widgets, each of which {@link whenWidgetDefined} can load. */
export const WIDGET_TAGS: readonly string[] = Object.freeze([...widgetModules.keys()]);

/**
 * The class of the Sajja widget `tag` (`'sajja-loan-calculator'`), once the tag is defined:
 * loads the widget's code first if nothing has yet (with the one-script bundle, its chunk beside
 * `sajja-widgets.js`). Resolves at once when the tag is already defined, by this or another copy
 * of Sajja. A failed load (the chunk not hosted, the network down) rejects, and is forgotten,
 * so a later call tries again.
 *
 * @throws {@link @sajja/core!"@sajja/core".SajjaError} `INVALID_ARGUMENT` (reason
 *   `unknown-widget`, rejected, not thrown) for a tag that is not a Sajja widget.
 *
 * @example
 * ```js
 * import { whenWidgetDefined } from '/assets/sajja/sajja-widgets.js';
 * const SajjaLoanCalculator = await whenWidgetDefined('sajja-loan-calculator');
 * const calculator = new SajjaLoanCalculator();
 * ```
 */
export function whenWidgetDefined(tag: string): Promise<CustomElementConstructor> {
  const name = String(tag).toLowerCase();
  const defined = customElements.get(name);
  if (defined) return Promise.resolve(defined);
  const load = widgetModules.get(name);
  if (!load) return Promise.reject(unknownWidget(tag));
  let pending = loading.get(name);
  if (!pending) {
    pending = load().then(() => customElements.whenDefined(name));
    loading.set(name, pending);
    pending.catch(() => loading.delete(name));
  }
  return pending;
}

/**
 * Loads the code of every Sajja widget in `root` (default: the document) whose tag is not
 * defined yet, `root` itself included when it is one; resolves when they are all defined. The
 * one-script bundle does this on its own for the document, and again for every element added
 * to it later, but it cannot see inside another element's shadow root: a component that renders
 * Sajja widgets in its own shadow DOM calls this with that root (after rendering them). A tag
 * with the `sajja-` prefix that is not a Sajja widget is left alone, with a warning once.
 *
 * @example
 * ```js
 * import { loadWidgets } from '/assets/sajja/sajja-widgets.js';
 * this.shadowRoot.innerHTML = '<sajja-baht-text amount="120"></sajja-baht-text>';
 * await loadWidgets(this.shadowRoot);
 * ```
 */
export async function loadWidgets(
  root: Document | DocumentFragment | Element = document,
): Promise<void> {
  const tags = new Set<string>();
  if (root instanceof Element && !customElements.get(root.localName)) tags.add(root.localName);
  for (const element of root.querySelectorAll(':not(:defined)')) tags.add(element.localName);
  const widgets = [...tags].filter((tag) => {
    if (!tag.startsWith('sajja-')) return false;
    if (widgetModules.has(tag)) return true;
    if (!warnedUnknown.has(tag)) {
      warnedUnknown.add(tag);
      console.warn(`<${tag}> is not a Sajja widget (known: ${WIDGET_TAGS.join(', ')}).`);
    }
    return false;
  });
  await Promise.all(widgets.map(whenWidgetDefined));
}

/** The sentences people see for the widgets' own reasons, in Thai and English. */
const WIDGET_SENTENCES: {
  readonly [R in Extract<WidgetArgumentReason, 'unknown-widget'>]: Sentences;
} = {
  'unknown-widget': {
    th: 'ไม่มีวิดเจ็ตชื่อ {tag} ในชุดนี้',
    en: 'There is no widget called {tag} in this bundle.',
  },
};

function unknownWidget(tag: unknown): SajjaError {
  return raisedWith(
    WIDGET_SENTENCES,
    'INVALID_ARGUMENT',
    'unknown-widget',
    `${JSON.stringify(String(tag))} is not a Sajja widget (known: ${WIDGET_TAGS.join(', ')}).`,
    { input: String(tag), details: { tag: String(tag).slice(0, 64) } },
  );
}
