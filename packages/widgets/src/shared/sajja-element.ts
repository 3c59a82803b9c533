import type { DigitStyle, Language } from '@sajja/core';
import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { applyAppearance, type Appearance } from './appearance.js';
import { LocalizeController } from './localize-controller.js';

/**
 * What every Sajja widget shares: its language (`lang`, else the page's), digits, and the
 * partner's {@link Appearance}. Language and digits come from its {@link LocalizeController};
 * a widget with sentences of its own makes one with its table.
 *
 * @attr lang - the widget's language: `th` or `en`. Unset, it follows the nearest ancestor's
 *   `lang`, then `<html lang>`; anything but English means Thai.
 * @attr digits - digits for amounts and dates: `'arabic'` (default, 0–9) or `'thai'` (๐–๙).
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

  /** Language and digits, and re-rendering when the page's `lang` changes. */
  protected readonly locale = new LocalizeController(this);

  /** The language the widget speaks now. */
  get language(): Language {
    return this.locale.language;
  }

  /** The digit style in force (anything unknown counts as Arabic). */
  protected get digitStyle(): DigitStyle {
    return this.locale.digits;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('appearance')) applyAppearance(this, this.appearance);
  }
}
