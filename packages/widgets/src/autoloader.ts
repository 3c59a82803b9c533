/**
 * The one-script bundle's entry (`sajja-widgets.js`): an autoloader. It defines no widget
 * itself; it finds the `sajja-*` tags in the document that are not defined yet, now and
 * whenever elements are added later, and loads each widget's chunk by `import()`, which defines
 * it. A page downloads only the widgets it shows. Shadow roots of other components are out of
 * its sight: call {@link loadWidgets} with them. Bundler users import `@sajja/widgets`, which
 * defines every widget at once.
 *
 * @packageDocumentation
 */
import { loadWidgets } from './autoloader/widget-loader.js';

export { loadWidgets, whenWidgetDefined, WIDGET_TAGS } from './autoloader/widget-loader.js';
export { openStore, requestPersistence } from './shared/store-connection.js';
export { APPEARANCE_PROPERTIES, applyAppearance } from './shared/appearance.js';
export type { Appearance } from './shared/appearance.js';
export { defineElement } from './shared/define.js';
export { languageOf } from './shared/language.js';

/** Loads the widgets under each added element; errors are logged, a later addition retries. */
function loadAdded(records: MutationRecord[]): void {
  for (const record of records) {
    for (const node of record.addedNodes) {
      if (node instanceof Element) loadWidgets(node).catch(reportFailure);
    }
  }
}

function reportFailure(error: unknown): void {
  console.error('Sajja widgets could not be loaded:', error);
}

// This module's one purpose is this side effect, as Shoelace's autoloader's is: a module script
// runs after the document is parsed, so the first scan sees every tag the page was served with.
new MutationObserver(loadAdded).observe(document.documentElement, {
  childList: true,
  subtree: true,
});
loadWidgets().catch(reportFailure);
