/**
 * A document for a frame, split into its markup without `<style>` blocks and the text of those
 * blocks, which {@link adoptStyles} gives the frame's document again as constructed style
 * sheets (`adoptedStyleSheets`). So the document keeps its look, and its `@page` size on paper,
 * on a page whose Content-Security-Policy forbids inline styles: a `srcdoc` frame inherits the
 * page's policy, which would block (and report) its `<style>` elements, while constructed
 * sheets are not inline styles (Lit's own styles rely on the same).
 */
export function withoutStyles(html: string): { markup: string; styles: string[] } {
  const styles: string[] = [];
  const markup = html.replace(/<style>([\s\S]*?)<\/style>/g, (_, text: string) => {
    styles.push(text);
    return '';
  });
  return { markup, styles };
}

/**
 * Gives a loaded frame's document `styles` (from {@link withoutStyles}) as its constructed
 * style sheets. Needs the frame's document (`sandbox="allow-same-origin"`); does nothing
 * without it.
 */
export function adoptStyles(frame: HTMLIFrameElement, styles: readonly string[]): void {
  const doc = frame.contentDocument;
  const view = doc?.defaultView as (Window & typeof globalThis) | null | undefined;
  if (!doc || !view || !('adoptedStyleSheets' in doc)) return;
  doc.adoptedStyleSheets = styles.map((text) => {
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(text);
    return sheet;
  });
}
