import { adoptStyles, withoutStyles } from '../shared/frame-styles.js';

/**
 * The hidden frame a widget prints through, one per widget, kept for its next print and removed
 * with the widget.
 */
const frames = new WeakMap<ShadowRoot, HTMLIFrameElement>();

/**
 * Prints `html`, a complete HTML document with its own print styles (`@page { size: A4 }`),
 * and only it: the document goes into a hidden `<iframe srcdoc>` in the widget's shadow root
 * and that frame's window is printed, so neither the partner's page around the widget nor the
 * widget's buttons are on paper, and no style of the page or of the widget reaches the
 * printout. The frame is sandboxed (no script of the document runs; `allow-modals` lets it open
 * the print dialog, `allow-same-origin` lets the widget call its `print()`). Resolves once the
 * dialog was asked for (in most browsers, once it closes).
 */
export async function printDocument(root: ShadowRoot, html: string, title: string): Promise<void> {
  let frame = frames.get(root);
  if (!frame || !frame.isConnected) {
    frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-same-origin allow-modals');
    frame.setAttribute('aria-hidden', 'true');
    frame.tabIndex = -1;
    // Not display:none, which some browsers do not lay out, and so cannot print.
    frame.style.cssText =
      'position:fixed;inset-inline-start:0;inset-block-start:0;width:0;height:0;border:0;visibility:hidden';
    root.append(frame);
    frames.set(root, frame);
  }
  frame.title = title;
  const loaded = new Promise<void>((resolve) =>
    frame!.addEventListener('load', () => resolve(), { once: true }),
  );
  // Its styles as constructed sheets, not <style> blocks, which a page's policy may forbid.
  const { markup, styles } = withoutStyles(html);
  frame.srcdoc = markup;
  await loaded;
  adoptStyles(frame, styles);
  frame.contentWindow!.focus();
  frame.contentWindow!.print();
}
