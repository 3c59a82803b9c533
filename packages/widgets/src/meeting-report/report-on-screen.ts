/**
 * Screen-only styles added to the core's printable report when the widget shows it in its
 * frame: the document scrolls sideways in the frame when a table is wider than a phone, and
 * sits on white whatever the page's background. Print styles are the core's, untouched.
 */
const SCREEN_STYLE =
  '<style>@media screen { html { overflow-x: auto; background: #fff; } body { padding: 0.75em; } }</style>';

/** `document` (the core's `monthlyReportHtml`) with the widget's screen styles in its head. */
export function onScreen(document: string): string {
  return document.replace('</head>', `${SCREEN_STYLE}</head>`);
}
