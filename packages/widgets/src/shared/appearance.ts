/**
 * A partner's look for every Sajja widget on the page, in the spirit of Stripe Elements'
 * appearance variables. Each value is any CSS value of its kind; each maps onto a documented
 * `--sajja-*` custom property, which a stylesheet may set directly instead.
 *
 * @example
 * ```js
 * document.querySelector('sajja-deposit-form').appearance = {
 *   colorPrimary: '#0b6e4f',
 *   fontFamily: 'Sarabun, sans-serif',
 *   borderRadius: '0.5em',
 * };
 * ```
 */
export interface Appearance {
  /** Buttons, focus rings, links and chart bars for income (`--sajja-primary-color`). */
  readonly colorPrimary?: string;
  /** Text on primary buttons (`--sajja-on-primary-color`). */
  readonly colorOnPrimary?: string;
  /** Errors and chart bars for expenses (`--sajja-danger-color`). */
  readonly colorDanger?: string;
  /** Body text (`--sajja-text-color`). */
  readonly colorText?: string;
  /** Widget background (`--sajja-background-color`). */
  readonly colorBackground?: string;
  /** Borders and rules (`--sajja-border-color`). */
  readonly colorBorder?: string;
  /** The font (`--sajja-font-family`); inherited from the page when unset. */
  readonly fontFamily?: string;
  /** Corner radius of fields, buttons and cards (`--sajja-border-radius`). */
  readonly borderRadius?: string;
  /** The base gap between things (`--sajja-spacing`); use `em` so it scales with the text. */
  readonly spacing?: string;
}

/** Which custom property each {@link Appearance} variable sets. */
export const APPEARANCE_PROPERTIES: Readonly<Record<keyof Appearance, string>> = Object.freeze({
  colorPrimary: '--sajja-primary-color',
  colorOnPrimary: '--sajja-on-primary-color',
  colorDanger: '--sajja-danger-color',
  colorText: '--sajja-text-color',
  colorBackground: '--sajja-background-color',
  colorBorder: '--sajja-border-color',
  fontFamily: '--sajja-font-family',
  borderRadius: '--sajja-border-radius',
  spacing: '--sajja-spacing',
});

/**
 * Sets the custom properties of `appearance` on `host` (inline, so they win over inherited
 * ones) and removes those it no longer gives. Unknown keys are ignored.
 */
export function applyAppearance(host: HTMLElement, appearance: Appearance | undefined): void {
  for (const [key, property] of Object.entries(APPEARANCE_PROPERTIES)) {
    const value = appearance?.[key as keyof Appearance];
    if (typeof value === 'string' && value.trim() !== '') {
      host.style.setProperty(property, value);
    } else {
      host.style.removeProperty(property);
    }
  }
}
