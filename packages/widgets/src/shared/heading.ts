import { html, nothing, type TemplateResult } from 'lit';

/** A level a widget's heading may take: `<h2>` to `<h6>` (`<h1>` is the page's own). */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** What a heading carries besides its text. */
export interface HeadingOptions {
  /** Its `id`, for `aria-labelledby` and focus. */
  readonly id?: string;
  /**
   * Its `class`. Widgets style a heading the same at every level: by class, id or all of
   * `h2`…`h6` alike, never by one tag.
   */
  readonly className?: string;
  /** `tabindex="-1"`: focus may be moved to it (after paging, or to a list of problems). */
  readonly focusable?: boolean;
  /** `aria-live="polite"`: a change of its text is announced. */
  readonly live?: boolean;
}

// The strings of one template per tag, made as lit's own static html makes them (a template
// strings array carries its `raw`): a tag cannot be a binding, and five written-out templates
// or lit/static-html.js cost the smallest pages bytes they cannot spare. The tags are these five
// constants, never anyone's input.
const templates = [2, 3, 4, 5, 6].map((level) => {
  const strings = [`<h${level} id=`, ' class=', ' tabindex=', ' aria-live=', '>', `</h${level}>`];
  return Object.assign(strings, { raw: strings }) as unknown as TemplateStringsArray;
});

/**
 * `content` in an `<h2>`…`<h6>` of `level`, 2 or more; past 6 it stays `<h6>` (HTML has no
 * `<h7>`).
 */
export function renderHeading(
  level: number,
  content: unknown,
  options: HeadingOptions = {},
): TemplateResult {
  return html(
    templates[Math.min(level, 6) - 2]!,
    options.id ?? nothing,
    options.className ?? nothing,
    options.focusable ? '-1' : nothing,
    options.live ? 'polite' : nothing,
    content,
  );
}
