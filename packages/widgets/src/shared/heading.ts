import { html, nothing, type TemplateResult } from 'lit';

/** A level a widget's heading may take: `<h2>` to `<h6>` (`<h1>` is the page's own). */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** The level of a widget's own heading when `heading-level` does not name one. */
export const DEFAULT_HEADING_LEVEL: HeadingLevel = 2;

/** What a heading carries besides its text. */
export interface HeadingOptions {
  /** Its `id`, for `aria-labelledby` and focus. */
  readonly id?: string;
  /** Its `class`: widgets style headings by class, so a heading looks the same at any level. */
  readonly className?: string;
  /** `tabindex="-1"`: focus may be moved to it (after paging, or to a list of problems). */
  readonly focusable?: boolean;
  /** `aria-live="polite"`: a change of its text is announced. */
  readonly live?: boolean;
}

/**
 * `value` (a `heading-level` attribute, read as a number) when it is a whole number from 2 to
 * 6, else `fallback`.
 */
export function headingLevelOf(
  value: unknown,
  fallback: HeadingLevel = DEFAULT_HEADING_LEVEL,
): HeadingLevel {
  return Number.isInteger(value) && (value as number) >= 2 && (value as number) <= 6
    ? (value as HeadingLevel)
    : fallback;
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
 * `content` in an `<h2>`…`<h6>` of `level`; levels past 6 stay at `<h6>` (HTML has no `<h7>`),
 * levels under 2 are `<h2>`.
 */
export function renderHeading(
  level: number,
  content: unknown,
  options: HeadingOptions = {},
): TemplateResult {
  const template = templates[Math.min(Math.max(Math.trunc(level) || 2, 2), 6) - 2]!;
  return template(
    content,
    options.id ?? nothing,
    options.className ?? nothing,
    options.focusable ? '-1' : nothing,
    options.live ? 'polite' : nothing,
  );
}
