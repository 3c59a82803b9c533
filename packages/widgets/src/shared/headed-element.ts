import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { renderHeading, type HeadingLevel, type HeadingOptions } from './heading.js';
import { SajjaElement } from './sajja-element.js';

/**
 * A widget with a heading of its own, which the page fits into its outline: `heading-level`
 * sets the level of that heading (its sections' headings follow one level below), and
 * `no-heading` leaves it out when the page already has a heading above the widget.
 *
 * @attr heading-level - the level of the widget's own heading, 2 to 6 (default 2, an `<h2>`); the
 *   headings of its sections are one level below (never below `<h6>`). Any other value counts as 2.
 * @attr no-heading - leaves out the widget's own heading, for a page that has its own heading above
 *   the widget. The widget is then a region named by that heading's text, and its sections'
 *   headings stay one level below `heading-level`.
 */
export class SajjaHeadedElement extends SajjaElement {
  /**
   * The level of the widget's own heading, 2 to 6 (default 2, an `<h2>`); the headings of its
   * sections are one level below (never below `<h6>`). Any other value counts as 2.
   *
   * @default 2
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel?: number;

  /**
   * Leaves out the widget's own heading, for a page that has its own heading above the widget.
   * The widget is then a region named by that heading's text, and its sections' headings stay
   * one level below `heading-level`.
   */
  @property({ type: Boolean, attribute: 'no-heading', reflect: true }) noHeading = false;

  /** The level of the widget's own heading: `heading-level` when it is 2–6, else 2. */
  get titleLevel(): HeadingLevel {
    const level = this.headingLevel;
    return Number.isInteger(level) && level! >= 2 && level! <= 6 ? (level as HeadingLevel) : 2;
  }

  /** A heading `depth` levels below the widget's own (0: the widget's own level). */
  protected heading(depth: number, content: unknown, options?: HeadingOptions): TemplateResult {
    return renderHeading(this.titleLevel + depth, content, options);
  }

  /** The widget's own heading (at `heading-level`), or nothing with `no-heading`. */
  protected ownHeading(
    content: unknown,
    options?: HeadingOptions,
  ): TemplateResult | typeof nothing {
    return this.noHeading ? nothing : this.heading(0, content, options);
  }

  /**
   * `body` as it is; with `no-heading`, in a region named `label` (the text of the heading left
   * out), so assistive technology still names the widget.
   */
  protected regionIfNoHeading(label: string, body: TemplateResult): TemplateResult {
    return this.noHeading ? html`<div role="region" aria-label=${label}>${body}</div>` : body;
  }
}
