import type { DigitStyle, Language } from '@sajja/core';
import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { applyAppearance, type Appearance } from './appearance.js';
import { languageOf } from './language.js';

// One observer for every widget on the page: when the page switches `<html lang>` (or any
// ancestor's), widgets without a `lang` of their own re-render in the new language.
const connected = new Set<SajjaElement>();
let observer: MutationObserver | undefined;

function watchLanguage(element: SajjaElement): void {
  connected.add(element);
  if (observer) return;
  observer = new MutationObserver(() => connected.forEach((each) => each.requestUpdate()));
  observer.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
    subtree: true,
  });
}

function unwatchLanguage(element: SajjaElement): void {
  connected.delete(element);
  if (connected.size === 0) {
    observer?.disconnect();
    observer = undefined;
  }
}

/**
 * What every Sajja widget shares: its language (`lang`, else the page's), digits, and the
 * partner's {@link Appearance}.
 */
export class SajjaElement extends LitElement {
  /**
   * The widget's language: `th` or `en`. Unset, it follows the nearest ancestor's `lang`, then
   * `<html lang>`; anything but English means Thai.
   */
  @property() override lang!: string;

  /** Digits for amounts and dates: `'arabic'` (default, 0–9) or `'thai'` (๐–๙). */
  @property({ reflect: true }) digits: DigitStyle = 'arabic';

  /**
   * The partner's look: primary and danger colours, font, radius, spacing (see
   * {@link Appearance}); each sets a `--sajja-*` custom property on this element.
   */
  @property({ attribute: false }) appearance?: Appearance;

  /** The language the widget speaks now. */
  get language(): Language {
    if (this.lang) return /^en\b/i.test(this.lang) ? 'en' : 'th';
    return this.parentElement ? languageOf(this.parentElement) : languageOf(this);
  }

  /** The digit style in force (anything unknown counts as Arabic). */
  protected get digitStyle(): DigitStyle {
    return this.digits === 'thai' ? 'thai' : 'arabic';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    watchLanguage(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchLanguage(this);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('appearance')) applyAppearance(this, this.appearance);
  }
}
