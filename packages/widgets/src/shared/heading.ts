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

type Attribute = string | typeof nothing;
type HeadingTemplate = (
  content: unknown,
  id: Attribute,
  className: Attribute,
  tabIndex: Attribute,
  live: Attribute,
) => TemplateResult;

// One template per tag: a tag name cannot be a binding, and lit's static html costs more
// bytes than these five lines.
const templates: readonly HeadingTemplate[] = [
  (content, id, className, tabIndex, live) =>
    html`<h2 id=${id} class=${className} tabindex=${tabIndex} aria-live=${live}>${content}</h2>`,
  (content, id, className, tabIndex, live) =>
    html`<h3 id=${id} class=${className} tabindex=${tabIndex} aria-live=${live}>${content}</h3>`,
  (content, id, className, tabIndex, live) =>
    html`<h4 id=${id} class=${className} tabindex=${tabIndex} aria-live=${live}>${content}</h4>`,
  (content, id, className, tabIndex, live) =>
    html`<h5 id=${id} class=${className} tabindex=${tabIndex} aria-live=${live}>${content}</h5>`,
  (content, id, className, tabIndex, live) =>
    html`<h6 id=${id} class=${className} tabindex=${tabIndex} aria-live=${live}>${content}</h6>`,
];

/**
 * `content` in an `<h2>`…`<h6>` of `level`, 2 or more; past 6 it stays `<h6>` (HTML has no
 * `<h7>`).
 */
export function renderHeading(
  level: number,
  content: unknown,
  options: HeadingOptions = {},
): TemplateResult {
  return templates[Math.min(level, 6) - 2]!(
    content,
    options.id ?? nothing,
    options.className ?? nothing,
    options.focusable ? '-1' : nothing,
    options.live ? 'polite' : nothing,
  );
}
